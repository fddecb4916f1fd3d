//! Working buffers an extractor keeps per thread from one document to the
//! next, so that a document allocates none of them again.
//!
//! The one state an extractor may keep between documents, and invisible in
//! its results: every buffer is cleared before use. A call takes the
//! thread's buffers and puts them back when done, so a nested or panicking
//! call simply works in fresh ones; buffers grown by a long document are
//! dropped, so the memory kept per thread stays small whatever the input.
//!
//! ```
//! use std::cell::Cell;
//! use gleaner_core::scratch::{self, Scratch};
//!
//! #[derive(Default)]
//! struct Words(Vec<usize>);
//!
//! impl Scratch for Words {
//!     fn largest(&self) -> usize {
//!         self.0.capacity()
//!     }
//! }
//!
//! thread_local! {
//!     static WORDS: Cell<Option<Box<Words>>> = const { Cell::new(None) };
//! }
//!
//! fn word_starts(text: &str) -> usize {
//!     scratch::with(&WORDS, |w| {
//!         w.0.clear();
//!         w.0.extend(text.split(' ').map(str::len));
//!         w.0.len()
//!     })
//! }
//! assert_eq!(word_starts("two words"), 2);
//! ```

use std::cell::Cell;
use std::thread::LocalKey;

/// Buffers kept per thread by [`with`].
pub trait Scratch: Default + 'static {
    /// The capacity of the largest buffer, in elements.
    fn largest(&self) -> usize;
}

/// Past this many elements in its largest buffer (a document of more than
/// a few thousand tokens, a few in a thousand), a scratch is dropped after
/// use rather than kept.
pub const MAX_KEPT: usize = 1 << 12;

/// A thread's slot for one kind of scratch (boxed, so that taking it moves
/// a pointer).
pub type Slot<T> = LocalKey<Cell<Option<Box<T>>>>;

/// Runs `work` in this thread's scratch from `slot` (a fresh one if there
/// is none: the first call, or one nested in another), then keeps it for
/// the next call unless a buffer grew past [`MAX_KEPT`].
pub fn with<T: Scratch, R>(slot: &'static Slot<T>, work: impl FnOnce(&mut T) -> R) -> R {
    let mut scratch = slot.take().unwrap_or_default();
    let out = work(&mut scratch);
    if scratch.largest() <= MAX_KEPT {
        slot.set(Some(scratch));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Buf(Vec<u8>);

    impl Scratch for Buf {
        fn largest(&self) -> usize {
            self.0.capacity()
        }
    }

    thread_local! {
        static BUF: Cell<Option<Box<Buf>>> = const { Cell::new(None) };
    }

    #[test]
    fn kept_unless_grown_and_fresh_when_nested() {
        with(&BUF, |b| b.0.reserve(10));
        assert!(with(&BUF, |b| b.0.capacity() >= 10), "kept");
        // A nested call finds the slot empty.
        with(&BUF, |_| {
            assert!(with(&BUF, |inner| inner.0.capacity() == 0))
        });
        with(&BUF, |b| b.0.reserve(MAX_KEPT + 1));
        assert_eq!(with(&BUF, |b| b.0.capacity()), 0, "dropped after growing");
    }
}
