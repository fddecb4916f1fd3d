//! The keys of one document's names, each stored once under a dense id.
//!
//! Candidates and persons carry their first and last keys as ids, so
//! that telling two keys apart, or finding a person by a key, compares or
//! hashes a `u32` instead of a string, and no key string is copied per
//! candidate or per person.

use std::hash::Hasher;

/// A key's id in its document's [`Vocab`]: ids are equal exactly when the
/// keys are.
pub type KeyId = u32;

/// The distinct keys of one document.
pub struct Vocab {
    /// Every key, one after another.
    text: String,
    /// Per id: where its key lies in `text`.
    bounds: Vec<(u32, u32)>,
    /// Open addressing over the ids: per slot the key's hash (high half)
    /// and `id + 1` (low half), 0 for an empty slot. The length is a
    /// power of two, at least twice the number of keys.
    slots: Vec<u64>,
}

/// The slots of a new table: room for the name keys of most articles,
/// seldom grown.
const SLOTS: usize = 256;

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            text: String::with_capacity(512),
            bounds: Vec::with_capacity(64),
            slots: vec![0; SLOTS],
        }
    }
}

fn hash(key: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(key.as_bytes());
    h.finish()
}

impl Vocab {
    /// The key of `id`.
    #[inline]
    pub fn key(&self, id: KeyId) -> &str {
        let (s, e) = self.bounds[id as usize];
        &self.text[s as usize..e as usize]
    }

    /// The slot holding `key` (of hash `h`), or the empty slot where it
    /// belongs. The home slot comes from the hash's high bits, where
    /// FxHash mixes best; a slot of another hash is passed over without
    /// comparing keys.
    fn slot_of(&self, key: &str, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = (h >> (64 - self.slots.len().trailing_zeros())) as usize;
        let tag = h >> 32 << 32;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return at;
            }
            if slot >> 32 << 32 == tag && self.key(slot as u32 - 1) == key {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// Forgets every key, keeping the room: the next document's keys get
    /// ids from 0 again.
    pub fn clear(&mut self) {
        // A table grown for a document of many keys would cost the next
        // documents, of few, a long clearing: it is made small again
        // unless the last document filled a quarter of it.
        if self.slots.len() > SLOTS && self.bounds.len() * 4 < self.slots.len() {
            self.slots = vec![0; SLOTS];
        } else {
            self.slots.fill(0);
        }
        self.text.clear();
        self.bounds.clear();
    }

    /// The number of elements its largest buffer has room for.
    pub fn capacity(&self) -> usize {
        (self.text.capacity())
            .max(self.bounds.capacity())
            .max(self.slots.len())
    }

    /// The id of `key`, if it has one.
    pub fn find(&self, key: &str) -> Option<KeyId> {
        (self.slots[self.slot_of(key, hash(key))] as u32).checked_sub(1)
    }

    /// The id of `key`, given it when new.
    pub fn intern(&mut self, key: &str) -> KeyId {
        let h = hash(key);
        let at = self.slot_of(key, h);
        if self.slots[at] != 0 {
            return self.slots[at] as u32 - 1;
        }
        let id = self.bounds.len() as KeyId;
        let start = self.text.len() as u32;
        self.text.push_str(key);
        self.bounds.push((start, self.text.len() as u32));
        self.slots[at] = h >> 32 << 32 | u64::from(id + 1);
        if self.bounds.len() * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    /// Doubles the table and places every id again.
    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for id in 0..self.bounds.len() as KeyId {
            let h = hash(self.key(id));
            let at = self.slot_of(self.key(id), h);
            self.slots[at] = h >> 32 << 32 | u64::from(id + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_key_through_growth() {
        let mut v = Vocab::default();
        let keys: Vec<String> = (0..500).map(|i| format!("k{i}")).collect();
        let ids: Vec<KeyId> = keys.iter().map(|k| v.intern(k)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(ids[i], i as KeyId);
            assert_eq!(v.intern(k), ids[i]);
            assert_eq!(v.find(k), Some(ids[i]));
            assert_eq!(v.key(ids[i]), k);
        }
        assert_eq!(v.find("nothere"), None);
        assert_eq!(v.find(""), None);
        let empty = v.intern("");
        assert_eq!(v.key(empty), "");
        assert_eq!(v.find(""), Some(empty));
        v.clear();
        assert_eq!(v.find("k1"), None);
        assert_eq!(v.intern("k7"), 0);
        assert_eq!(v.find("k7"), Some(0));
        assert_eq!(v.find("k1"), None);
    }
}
