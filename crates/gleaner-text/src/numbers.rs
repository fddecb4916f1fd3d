//! The number-and-unit grammar shared by the distances and durations
//! extractors (and by dates, for "two years ago").
//!
//! The key design decision: the grammar reads the shared [`Analysis`]
//! tokens, never the raw text, so a quantity is a run of token indices and
//! its span is exact by construction. Three layers, each usable alone:
//!
//! - [`parse_number_at`]: a number starting at a token — digits with
//!   separators and decimals (`9,000`, `2.5`), digits with a scale word
//!   (`1.5 million`) or suffix (`3bn`), slash fractions (`7 1/2`, `1/4`),
//!   spelled numbers (`nine thousand`, `twenty-five`, `two hundred and
//!   five`), fractions (`half`, `a quarter`, `three quarters of`,
//!   `two and a half`), articles standing for one (`a`, `an`, `another`),
//!   `a dozen`, `a couple of`, and vague amounts (`a few`, `several`,
//!   `some`, `dozens of`).
//! - [`modifier_at`]: a modifier phrase (`almost`, `more than`, `up to`,
//!   `at least`, `exactly`, …) mapped to a TimeML [`Modifier`].
//! - [`unit_word`] / [`unit_token_at`]: a unit of length or time.
//!
//! [`quantity_at`] puts them together: `[modifier] [between] number
//! [(to|-|and|or) number] unit [and a half] [or so]`, including hyphenated
//! adjectives (`a 10-mile stretch`, `a 48-hour ceasefire`) and units glued
//! to digits (`10km`, `3h`). It knows nothing of what the quantity is for:
//! speeds, areas, ages and "two years ago" are the callers' business.
//!
//! Speed: extractors try a quantity only near a unit, so the first
//! question, asked of every token, "can this token matter?", is one bit
//! test on its length and first and last bytes, without a branch
//! ([`WordMap::may_contain_ends`]: a branch on each word of running text is
//! mispredicted often enough to cost more than the test) and, for the few
//! words that pass, one probe of a table keyed by the word's bytes read
//! eight at a time and lower-cased in a register ([`WordMap::get_bytes`],
//! [`unit_word`]).
//! Word lists are matched on bytes (`match w.as_bytes() { b"to" | … }`),
//! which compiles to a decision tree on the bytes rather than one string
//! comparison per pattern. No function here allocates.
//!
//! ```
//! use gleaner_text::Analysis;
//! use gleaner_text::numbers::{quantity_at, TimeUnit, Unit};
//! let a = Analysis::new("He left two and a half years ago.");
//! let q = quantity_at(&a, 2).unwrap();
//! assert_eq!((q.value, q.unit.unit), (2.5, Unit::Time(TimeUnit::Year)));
//! assert_eq!(a.token_text(q.end), "ago");
//! ```

mod units;

pub use units::{LengthUnit, TimeUnit, Unit, UnitWord, unit_word};

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use serde::Serialize;

use crate::{Analysis, Span, Token, TokenKind};

/// A short word in ASCII lower case: the word itself when it is already
/// lower case (the common case, no copy), else a lowered copy kept on the
/// stack, so classifying a token never allocates. Longer (over 24 bytes) or
/// non-ASCII words become the empty string, which matches no entry of any
/// table here.
#[derive(Clone, Copy)]
pub enum Lower<'w> {
    Borrowed(&'w [u8]),
    Owned { buf: [u8; 24], len: u8 },
}

impl<'w> Lower<'w> {
    #[inline]
    pub fn of(word: &'w str) -> Lower<'w> {
        Lower::of_bytes(word.as_bytes())
    }

    /// [`Lower::of`] a word's bytes (a token's, read straight from the
    /// text).
    #[inline]
    pub fn of_bytes(bytes: &'w [u8]) -> Lower<'w> {
        if bytes.len() > 24 {
            return Lower::Borrowed(b"");
        }
        // Any byte not ASCII, any upper-case letter: eight bytes at a time
        // for words of up to 16 bytes (read by `padded`), else a pass.
        let (high, upper) = if bytes.len() <= 16 {
            let (lo, hi) = padded(bytes);
            let high = (lo | hi) & HIGH != 0;
            (high, !high && (upper_bits(lo) | upper_bits(hi)) != 0)
        } else {
            let (mut high, mut upper) = (0u8, false);
            for &b in bytes {
                high |= b;
                upper |= b.wrapping_sub(b'A') < 26;
            }
            (high >= 0x80, upper)
        };
        if high {
            return Lower::Borrowed(b"");
        }
        if !upper {
            return Lower::Borrowed(bytes);
        }
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Owned {
            buf,
            len: bytes.len() as u8,
        }
    }

    pub fn as_str(&self) -> &str {
        // ASCII, so always UTF-8.
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    /// The word's bytes: what the grammar matches on, since a `match` on
    /// byte strings is a decision tree on the bytes where one on `&str`
    /// compares the word with each pattern in turn.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Owned { buf, len } => &buf[..usize::from(*len)],
        }
    }
}

/// The bytes of token `i`, which must exist: its text without the checks
/// of char boundaries that slicing a `str` makes (a token's span is on
/// char boundaries by construction).
#[inline]
pub fn token_bytes<'t>(a: &Analysis<'t>, i: usize) -> &'t [u8] {
    let span = a.tokens()[i].span;
    &a.text().as_bytes()[span.start..span.end]
}

/// The lower-cased text of token `i`, or "" past the end.
#[inline]
pub fn lower_at<'t>(a: &Analysis<'t>, i: usize) -> Lower<'t> {
    if i < a.tokens().len() {
        Lower::of_bytes(token_bytes(a, i))
    } else {
        Lower::Borrowed(b"")
    }
}

/// True when token `i` exists and is `word` in any case.
#[inline]
pub fn token_is(a: &Analysis<'_>, i: usize, word: &str) -> bool {
    i < a.tokens().len() && token_bytes(a, i).eq_ignore_ascii_case(word.as_bytes())
}

/// True when tokens `i` and `j` both exist and touch (no space between).
#[inline]
pub fn glued(a: &Analysis<'_>, i: usize, j: usize) -> bool {
    let t = a.tokens();
    i < t.len() && j < t.len() && t[i].span.end == t[j].span.start
}

fn is_hyphen_at(a: &Analysis<'_>, i: usize) -> bool {
    // "-", and "‐" (U+2010) and "‑" (U+2011) in UTF-8.
    i < a.tokens().len() && matches!(token_bytes(a, i), b"-" | b"\xE2\x80\x90" | b"\xE2\x80\x91")
}

/// A hyphen joining the tokens on both sides: "48-hour", "twenty-five".
fn joining_hyphen_at(a: &Analysis<'_>, i: usize) -> bool {
    i > 0 && is_hyphen_at(a, i) && glued(a, i - 1, i) && glued(a, i, i + 1)
}

/// A TimeML `mod` value: how a quantity relates to the amount written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Modifier {
    /// almost, nearly, about, some, roughly, around, or so
    #[serde(rename = "APPROX")]
    Approx,
    /// less than, under, below
    #[serde(rename = "LESS_THAN")]
    LessThan,
    /// more than, over, above, in excess of
    #[serde(rename = "MORE_THAN")]
    MoreThan,
    /// up to, at most, no more than, as many as
    #[serde(rename = "EQUAL_OR_LESS")]
    EqualOrLess,
    /// at least, no less than, or more
    #[serde(rename = "EQUAL_OR_MORE")]
    EqualOrMore,
    /// exactly, precisely
    #[serde(rename = "EXACT")]
    Exact,
}

impl Modifier {
    /// The TimeML spelling: "APPROX", "LESS_THAN", …
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Approx => "APPROX",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::Exact => "EXACT",
        }
    }
}

/// A modifier phrase starting at token `i`: the modifier and the index of
/// the first token after it. "some" is returned whatever follows; callers
/// that need a number after it check (as [`quantity_at`] does).
pub fn modifier_at(a: &Analysis<'_>, i: usize) -> Option<(Modifier, usize)> {
    let t = a.tokens().get(i)?;
    if t.kind != TokenKind::Word || word_flags(a, i) & MODIFIER == 0 {
        return None;
    }
    modifier_words_at(a, i)
}

/// [`modifier_at`] of a word token `i` known to open a modifier phrase.
fn modifier_words_at(a: &Analysis<'_>, i: usize) -> Option<(Modifier, usize)> {
    use Modifier::*;
    let w = lower_at(a, i);
    let single = match w.as_bytes() {
        b"almost" | b"nearly" | b"about" | b"roughly" | b"around" | b"approximately" | b"circa"
        | b"approx" | b"some" | b"virtually" | b"practically" => Some(Approx),
        b"over" | b"above" | b"beyond" => Some(MoreThan),
        b"under" | b"below" => Some(LessThan),
        b"exactly" | b"precisely" => Some(Exact),
        _ => None,
    };
    if let Some(m) = single {
        return Some((m, i + 1));
    }
    let next = lower_at(a, i + 1);
    let then = || lower_at(a, i + 2);
    Some(match (w.as_bytes(), next.as_bytes()) {
        (b"close" | b"closer", b"to") => (Approx, i + 2),
        (b"an", b"estimated") => (Approx, i + 2),
        (b"just", b"over" | b"above") => (MoreThan, i + 2),
        (b"just", b"under" | b"below") => (LessThan, i + 2),
        (b"just", b"about" | b"around") => (Approx, i + 2),
        (b"more" | b"longer" | b"greater" | b"further", b"than") => (MoreThan, i + 2),
        (b"upwards", b"of") => (MoreThan, i + 2),
        (b"in", b"excess") if then().as_bytes() == b"of" => (MoreThan, i + 3),
        (b"well", b"over" | b"above") => (MoreThan, i + 2),
        (b"less" | b"fewer" | b"shorter", b"than") => (LessThan, i + 2),
        (b"up", b"to") => (EqualOrLess, i + 2),
        (b"at", b"most") => (EqualOrLess, i + 2),
        (b"no" | b"not", b"more" | b"longer") if then().as_bytes() == b"than" => {
            (EqualOrLess, i + 3)
        }
        (b"as", b"many" | b"much") if then().as_bytes() == b"as" => (EqualOrLess, i + 3),
        (b"a", b"maximum") if then().as_bytes() == b"of" => (EqualOrLess, i + 3),
        (b"maximum", b"of") => (EqualOrLess, i + 2),
        (b"at", b"least") => (EqualOrMore, i + 2),
        (b"no" | b"not", b"less" | b"fewer") if then().as_bytes() == b"than" => {
            (EqualOrMore, i + 3)
        }
        (b"a", b"minimum") if then().as_bytes() == b"of" => (EqualOrMore, i + 3),
        (b"minimum", b"of") => (EqualOrMore, i + 2),
        _ => return None,
    })
}

/// A small, fast hasher (FNV-1a) for word tables keyed by short
/// lower-case words, for callers that want a `HashMap`.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Hash builder for word sets and maps keyed by lower-case words.
pub type WordHash = BuildHasherDefault<WordHasher>;

/// A bit per (length, first letter, last letter) of a set of lower-case
/// words: a test of a few nanoseconds that rejects most words of running
/// text ("the", "said", "is") before any hashing.
pub struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    const LETTERS: usize = 27;

    fn slot(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        if word.len() > 24 {
            return None;
        }
        let letter = |b: u8| {
            let b = b.to_ascii_lowercase();
            if b.is_ascii_lowercase() {
                (b - b'a') as usize
            } else {
                26
            }
        };
        Some((word.len() * Self::LETTERS + letter(first)) * Self::LETTERS + letter(last))
    }

    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let size = 25 * Self::LETTERS * Self::LETTERS;
        let mut bits = vec![0u64; size.div_ceil(64)];
        for w in words {
            if let Some(s) = Self::slot(w.as_bytes()) {
                bits[s / 64] |= 1 << (s % 64);
            }
        }
        WordFilter { bits }
    }

    /// False when `word` (in any case) is surely not in the set.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        Self::slot(word.as_bytes()).is_some_and(|s| self.bits[s / 64] & (1 << (s % 64)) != 0)
    }
}

/// The key of a word of at most [`WordMap::MAX_LEN`] ASCII bytes, in
/// lower case: its bytes zero-padded to sixteen, as two words ([`padded`]).
/// No word holds a NUL byte, so the padding tells the length. `None` for
/// longer or non-ASCII words.
#[inline]
fn word_key(w: &[u8]) -> Option<(u64, u64)> {
    if w.len() > WordMap::MAX_LEN {
        return None;
    }
    let (lo, hi) = padded(w);
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // Lower-case eight ASCII bytes at once: set bit 5 of every 'A'..='Z'.
    Some((lo | (upper_bits(lo) >> 2), hi | (upper_bits(hi) >> 2)))
}

/// The top bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The bytes of a word of at most 16 bytes, zero-padded to sixteen, as two
/// little-endian words: read as its first and last eight, four or two
/// bytes, the last shifted into place over the first (where they overlap,
/// they are the same bytes), with no loop over the bytes.
#[inline]
fn padded(w: &[u8]) -> (u64, u64) {
    let len = w.len();
    debug_assert!(len <= 16, "a key of {len} bytes");
    if let (Some((head, _)), Some((_, tail))) = (w.split_first_chunk::<8>(), w.split_last_chunk()) {
        let x = u128::from(u64::from_le_bytes(*head))
            | u128::from(u64::from_le_bytes(*tail)) << (8 * (len - 8));
        (x as u64, (x >> 64) as u64)
    } else if let (Some((head, _)), Some((_, tail))) =
        (w.split_first_chunk::<4>(), w.split_last_chunk())
    {
        let x = u64::from(u32::from_le_bytes(*head))
            | u64::from(u32::from_le_bytes(*tail)) << (8 * (len - 4));
        (x, 0)
    } else if let (Some((head, _)), Some((_, tail))) =
        (w.split_first_chunk::<2>(), w.split_last_chunk())
    {
        let x = u64::from(u16::from_le_bytes(*head))
            | u64::from(u16::from_le_bytes(*tail)) << (8 * (len - 2));
        (x, 0)
    } else {
        (w.first().map_or(0, |&b| u64::from(b)), 0)
    }
}

/// The top bit of every byte of `x` (all ASCII) that is an 'A'..='Z'.
#[inline]
fn upper_bits(x: u64) -> u64 {
    let ge_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let gt_z = x.wrapping_add(0x2525_2525_2525_2525);
    ge_a & !gt_z & HIGH
}

/// A map from short lower-case words to a byte of flags, looked up in any
/// case without allocating or hashing byte by byte: the word's
/// [`word_key`] indexes an open-addressed table. Extractors use it for
/// "is this token one of my trigger words?", asked of every token.
pub struct WordMap {
    /// For each first byte, a bit per length of the words starting with
    /// it (in either case): the first test, which rejects most words of
    /// running text ("the", "of", "said") after one table read.
    lengths_by_first: [u16; 256],
    /// A bit per (length, first and last byte) of the words: rejects most
    /// other words before their key is read. A row per length and first
    /// byte, a bit in it per last byte (see [`WordMap::has_ends`]).
    filter: Box<[u64; 16 * 128]>,
    /// A bit per (length, first and second byte) of the words: the test
    /// [`WordMap::get_candidate`] adds for a word that passed the filter.
    seconds: Box<[u64; 16 * 32]>,
    /// (key, flags), empty where the flags are 0.
    slots: Vec<(u64, u64, u8)>,
    shift: u32,
}

impl WordMap {
    /// Longer words are never in a map (and are rejected by `new`).
    pub const MAX_LEN: usize = 16;

    /// The map of each word to the union of its flags. Panics on a word
    /// longer than [`WordMap::MAX_LEN`], non-ASCII, or with a zero flag:
    /// the tables are constants, so that is a programming error.
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w str, u8)>) -> WordMap {
        let entries: Vec<(&str, u8)> = entries.into_iter().collect();
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut map = WordMap {
            lengths_by_first: [0; 256],
            // On the heap: a map is built on the stack and moved.
            filter: Box::new([0; 16 * 128]),
            seconds: Box::new([0; 16 * 32]),
            slots: vec![(0, 0, 0); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (w, flags) in entries {
            assert!(flags != 0, "{w}: no flags");
            let key = word_key(w.as_bytes()).unwrap_or_else(|| panic!("{w}: not a short word"));
            let w = w.as_bytes();
            // The last byte's bit folds no case: both cases of a letter.
            let last = w[w.len() - 1];
            for last in [last.to_ascii_lowercase(), last.to_ascii_uppercase()] {
                let (row, bit) = Self::filter_bit(w.len(), w[0], last);
                map.filter[row] |= 1 << bit;
            }
            for first in [w[0].to_ascii_lowercase(), w[0].to_ascii_uppercase()] {
                map.lengths_by_first[usize::from(first)] |= 1 << (w.len() - 1);
                let second = w[1.min(w.len() - 1)];
                for second in [second.to_ascii_lowercase(), second.to_ascii_uppercase()] {
                    let (row, bit) = Self::second_bit(w.len(), first, second);
                    map.seconds[row] |= 1 << bit;
                }
            }
            let mut s = map.index(key);
            loop {
                let slot = &mut map.slots[s];
                if slot.2 == 0 || (slot.0, slot.1) == key {
                    *slot = (key.0, key.1, slot.2 | flags);
                    break;
                }
                s = (s + 1) & (size - 1);
            }
        }
        map
    }

    /// The map with `token` (a mark, say, which no map holds; 1 to 16
    /// bytes) let through [`WordMap::may_contain_ends`] as well, so that a
    /// scan's one bit test per token covers it too. Its flags stay 0.
    pub fn passing_ends(mut self, token: &[u8]) -> WordMap {
        let (&first, &last) = (
            token.first().expect("a token"),
            token.last().expect("a token"),
        );
        assert!(
            token.len() <= Self::MAX_LEN,
            "a token of {} bytes",
            token.len()
        );
        let (row, bit) = Self::filter_bit(token.len(), first, last);
        self.filter[row] |= 1 << bit;
        self
    }

    /// The map with digits that have a letter glued on ("3h", "10km",
    /// number tokens whose last byte is one of a letter, 0x40 or above) let
    /// through [`WordMap::may_contain_ends`] too, so that a scan's one bit
    /// test per token covers them: no row of a word starts with a digit.
    /// Digits ending in a digit, and in the few non-ASCII bytes that share
    /// their bits (0xB0 to 0xB9, which end "°", "²" and some letters of
    /// other scripts, none in a unit), are turned down. Their flags stay 0.
    pub fn passing_glued_letters(mut self) -> WordMap {
        let bits_of = |bytes: std::ops::RangeInclusive<u8>| {
            bytes.fold(0u64, |bits, b| bits | 1 << Self::filter_bit(1, b'0', b).1)
        };
        let letter_bits = bits_of(0x40..=0xFF) & !bits_of(b'0'..=b'9');
        for len in 1..=Self::MAX_LEN {
            for first in b'0'..=b'9' {
                let (row, _) = Self::filter_bit(len, first, b'a');
                self.filter[row] |= letter_bits;
            }
        }
        self
    }

    #[inline]
    fn index(&self, (lo, hi): (u64, u64)) -> usize {
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    /// The filter row and bit of a word of `len` (1 to 16) bytes: its
    /// length and its first byte without bits 5 and 7, its last byte's top
    /// six bits. Dropping bit 5 of the first byte folds the case of
    /// letters, and keeping bit 6 keeps digits and ASCII marks apart from
    /// them ("(" would be "h"); other bytes map consistently. Of the last
    /// byte, bit 6 keeps digits apart from letters, so that digits with a
    /// letter glued on pass and plain digits do not
    /// ([`WordMap::passing_glued_letters`]); a letter shares its bit with
    /// one neighbour (r with s). Longer lengths share the rows of shorter
    /// ones.
    #[inline]
    fn filter_bit(len: usize, first: u8, last: u8) -> (usize, u32) {
        (
            (len & 15) << 7 | usize::from(first & 0x5F),
            (u32::from(last) >> 1) & 63,
        )
    }

    /// Whether some word of the map has `len` (1 to 16) bytes and the
    /// first and last bytes of these, up to the folding of
    /// [`WordMap::filter_bit`]: one table read and a shift.
    #[inline]
    fn has_ends(&self, len: usize, first: u8, last: u8) -> bool {
        let (row, bit) = Self::filter_bit(len, first, last);
        (self.filter[row] >> bit) & 1 != 0
    }

    /// The row and bit of [`WordMap::seconds`] of a word of `len` (1 to 16)
    /// bytes: its length and first byte's low five bits, its second byte's
    /// (or, of one byte, its only byte's) top six bits.
    #[inline]
    fn second_bit(len: usize, first: u8, second: u8) -> (usize, u32) {
        (
            (len & 15) << 5 | usize::from(first & 31),
            u32::from(second >> 1) & 63,
        )
    }

    /// [`WordMap::get_bytes`] of a word that passed
    /// [`WordMap::may_contain_ends`] (a scan's candidate): a bit test on its
    /// length and first and second bytes turns down most of the words that
    /// share their ends with one of the map (was, his and has with wks and
    /// hrs), a test a scan of every token cannot afford, before
    /// the table is read.
    #[inline]
    pub fn get_candidate(&self, w: &[u8]) -> u8 {
        let len = w.len();
        let (Some(&first), Some(&second)) = (w.first(), w.get(1.min(len.wrapping_sub(1)))) else {
            return 0;
        };
        let (row, bit) = Self::second_bit(len, first, second);
        if len > Self::MAX_LEN || (self.seconds[row] >> bit) & 1 == 0 {
            return 0;
        }
        self.lookup(w)
    }

    /// The flags of `word` in any case, 0 when it is not in the map.
    #[inline]
    pub fn get(&self, word: &str) -> u8 {
        self.get_bytes(word.as_bytes())
    }

    /// [`WordMap::get`] of a word's bytes (a token's, read straight from
    /// the text): non-ASCII bytes match nothing.
    #[inline]
    pub fn get_bytes(&self, w: &[u8]) -> u8 {
        if !self.may_contain(w) {
            return 0;
        }
        self.lookup(w)
    }

    /// False when the word `w` (its bytes, in any case) is surely not in
    /// the map: a bit test on its first byte and length, then one on its
    /// length and first and last bytes, a few instructions for a scan over
    /// every token of a text. True for the words of the map and few
    /// others; [`WordMap::get_bytes`] tells.
    #[inline]
    pub fn may_contain(&self, w: &[u8]) -> bool {
        match (w.first(), w.last()) {
            (Some(&first), Some(&last)) => self.may_contain_parts(w.len(), first, last),
            _ => false,
        }
    }

    /// [`WordMap::may_contain`] of the word at `span` of `text` (a token),
    /// read in place: its last byte only when the first two tests pass.
    #[inline]
    pub fn may_contain_at(&self, text: &[u8], span: Span) -> bool {
        let len = span.end.wrapping_sub(span.start);
        let Some(&first) = text.get(span.start) else {
            return false;
        };
        if !self.may_have_length(first, len) {
            return false;
        }
        text.get(span.end - 1)
            .is_some_and(|&last| self.has_ends(len, first, last))
    }

    /// Whether the map may hold a word of `len` bytes with these `first`
    /// and `last` bytes: one bit test, no branch. A scan over every token
    /// of a text reads the two bytes of each and then branches only on the
    /// (rare) outcome, never on a test of running text, which a processor
    /// mispredicts. Lets through a few more words than
    /// [`WordMap::may_contain`] (and tokens other than words: a dash `—`,
    /// whose first byte 0xE2 shares the row of `b`), which
    /// [`WordMap::get_bytes`] rejects.
    #[inline]
    pub fn may_contain_ends(&self, len: usize, first: u8, last: u8) -> bool {
        self.has_ends(len, first, last)
    }

    #[inline]
    fn may_contain_parts(&self, len: usize, first: u8, last: u8) -> bool {
        self.may_have_length(first, len) && self.has_ends(len, first, last)
    }

    /// Whether a word of the map starts with `first` and has `len` bytes
    /// (false for lengths outside 1 to 16).
    #[inline]
    fn may_have_length(&self, first: u8, len: usize) -> bool {
        len.wrapping_sub(1) < Self::MAX_LEN
            && (self.lengths_by_first[usize::from(first)] >> (len - 1)) & 1 != 0
    }

    #[inline(never)]
    fn lookup(&self, word: &[u8]) -> u8 {
        let Some(key) = word_key(word) else {
            return 0;
        };
        let mask = self.slots.len() - 1;
        let mut s = self.index(key);
        loop {
            let slot = &self.slots[s];
            if slot.2 == 0 {
                return 0;
            }
            if (slot.0, slot.1) == key {
                return slot.2;
            }
            s = (s + 1) & mask;
        }
    }
}

const OPENS_QUANTITY: u8 = 1;
const UNIT: u8 = 2;
/// A word [`parse_number_at`] may start with.
const NUMBERISH: u8 = 4;
/// A word [`modifier_at`] may start with.
const MODIFIER: u8 = 8;

/// Words other than number words that open a number: articles, fractions,
/// "a couple of", vague amounts.
const NUMBER_OPENERS: &[&str] = &[
    "a",
    "an",
    "another",
    "half",
    "quarter",
    "couple",
    "few",
    "several",
    "many",
    "numerous",
    "some",
    "multiple",
    "various",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousands",
    "millions",
    "scores",
];

/// Words that open a modifier phrase.
const MODIFIER_OPENERS: &[&str] = &[
    "a",
    "an",
    "some",
    "almost",
    "nearly",
    "about",
    "roughly",
    "around",
    "approximately",
    "circa",
    "approx",
    "virtually",
    "practically",
    "close",
    "closer",
    "just",
    "more",
    "longer",
    "greater",
    "further",
    "over",
    "above",
    "beyond",
    "upwards",
    "in",
    "well",
    "less",
    "fewer",
    "shorter",
    "under",
    "below",
    "up",
    "at",
    "no",
    "not",
    "as",
    "maximum",
    "minimum",
    "exactly",
    "precisely",
];

/// The spelled number words [`parse_number_at`] reads.
pub const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "thousand",
    "million",
    "billion",
    "trillion",
];

/// Words that open a range ("between 3 and 5 miles"). With
/// [`NUMBER_WORDS`], [`NUMBER_OPENERS`], [`MODIFIER_OPENERS`] and digits,
/// every [`quantity_at`] match starts with one of these words.
const RANGE_OPENERS: &[&str] = &["between"];

/// Every lower-case word other than the number words that can open a
/// [`quantity_at`] match: number openers, modifier openers, range openers.
pub fn quantity_openers() -> impl Iterator<Item = &'static str> {
    NUMBER_OPENERS
        .iter()
        .chain(MODIFIER_OPENERS)
        .chain(RANGE_OPENERS)
        .copied()
}

/// The words (in lower case) a [`quantity_at`] match may hold right before
/// its unit: the last word of a number (spelled numbers and scales, "a
/// dozen", "a few", "several", fractions such as "half", "a third of",
/// "three quarters") and the words between a number and its unit ("of",
/// "a", "an", [`FILLER_WORDS`], "long", "short"). Besides these, only
/// digits, hyphens ("48-hour") and non-ASCII tokens ("½", "‐") may stand
/// there. So when the word before a unit is none of these, no quantity
/// starting before the unit holds it: an extractor's window search may
/// try the unit's own token alone.
pub fn before_unit_words() -> impl Iterator<Item = &'static str> {
    const OTHERS: &[&str] = &[
        "of", "a", "an", "long", "short", "half", "halves", "quarter", "quarters", "third",
        "thirds",
    ];
    NUMBER_WORDS
        .iter()
        .chain(NUMBER_OPENERS)
        .chain(FILLER_WORDS)
        .chain(OTHERS)
        .copied()
}

/// Every unit word of [`unit_word`] in lower case, plus the first words of
/// the multi-word units; a token not in here is never a unit.
pub const UNIT_WORDS: &[&str] = &[
    "km",
    "kms",
    "m",
    "dm",
    "cm",
    "mm",
    "mi",
    "ft",
    "yd",
    "yds",
    "in",
    "h",
    "hr",
    "hrs",
    "min",
    "mins",
    "ms",
    "sec",
    "secs",
    "yr",
    "yrs",
    "wk",
    "wks",
    "kilometre",
    "kilometer",
    "kilometres",
    "hectometre",
    "hectometer",
    "hectometres",
    "hectometers",
    "decametre",
    "decameter",
    "dekametre",
    "dekameter",
    "decametres",
    "decameters",
    "dekametres",
    "dekameters",
    "furlong",
    "furlongs",
    "kilometers",
    "metre",
    "meter",
    "metres",
    "meters",
    "decimetre",
    "decimeter",
    "decimetres",
    "decimeters",
    "centimetre",
    "centimeter",
    "centimetres",
    "centimeters",
    "millimetre",
    "millimeter",
    "millimetres",
    "millimeters",
    "micrometre",
    "micrometer",
    "micron",
    "micrometres",
    "micrometers",
    "microns",
    "nanometre",
    "nanometer",
    "nanometres",
    "nanometers",
    "picometre",
    "picometer",
    "picometres",
    "picometers",
    "mile",
    "miles",
    "yard",
    "yards",
    "foot",
    "feet",
    "inch",
    "inches",
    "lightyear",
    "lightyears",
    "millisecond",
    "milliseconds",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "night",
    "nights",
    "weekend",
    "weekends",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "millenniums",
    "nautical",
    "light",
];

/// Every word (and ASCII mark) the quantity grammar here may read inside a
/// quantity, in lower case, with the words both quantity extractors add:
/// the shared part of their `INNER_WORDS` window cut (each keeps a test
/// that every word literal of the grammar is covered).
pub const GRAMMAR_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "additional",
    "almost",
    "am",
    "an",
    "and",
    "another",
    "apart",
    "approx",
    "approximately",
    "around",
    "as",
    "at",
    "away",
    "b",
    "below",
    "between",
    "beyond",
    "billion",
    "bn",
    "business",
    "calendar",
    "ce",
    "centimeter",
    "centimeters",
    "centimetre",
    "centimetres",
    "centuries",
    "century",
    "circa",
    "close",
    "closer",
    "cm",
    "consecutive",
    "couple",
    "d",
    "day",
    "days",
    "de",
    "decade",
    "decades",
    "decameter",
    "decameters",
    "decametre",
    "decametres",
    "decimeter",
    "decimeters",
    "decimetre",
    "decimetres",
    "deep",
    "dekameter",
    "dekameters",
    "dekametre",
    "dekametres",
    "dm",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "estimated",
    "exact",
    "exactly",
    "excess",
    "extra",
    "feet",
    "few",
    "fewer",
    "fifteen",
    "fifty",
    "five",
    "foot",
    "fortnight",
    "fortnights",
    "forty",
    "four",
    "fourteen",
    "fourty",
    "ft",
    "full",
    "furlong",
    "furlongs",
    "further",
    "greater",
    "h",
    "half",
    "halves",
    "hectometer",
    "hectometers",
    "hectometre",
    "hectometres",
    "high",
    "hour",
    "hours",
    "hr",
    "hrs",
    "hundred",
    "hundreds",
    "in",
    "inch",
    "inches",
    "just",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "km",
    "kms",
    "least",
    "less",
    "light",
    "lightyear",
    "lightyears",
    "long",
    "longer",
    "m",
    "many",
    "maximum",
    "meter",
    "meters",
    "metre",
    "metres",
    "mi",
    "micrometer",
    "micrometers",
    "micrometre",
    "micrometres",
    "micron",
    "microns",
    "mile",
    "miles",
    "millennia",
    "millennium",
    "millenniums",
    "millimeter",
    "millimeters",
    "millimetre",
    "millimetres",
    "million",
    "millions",
    "millisecond",
    "milliseconds",
    "min",
    "minimum",
    "mins",
    "minute",
    "minutes",
    "ml",
    "mln",
    "mm",
    "mn",
    "month",
    "months",
    "more",
    "most",
    "ms",
    "much",
    "multiple",
    "nanometer",
    "nanometers",
    "nanometre",
    "nanometres",
    "nautical",
    "nd",
    "nearly",
    "night",
    "nights",
    "nine",
    "nineteen",
    "ninety",
    "no",
    "not",
    "number",
    "numerous",
    "of",
    "one",
    "or",
    "over",
    "p",
    "picometer",
    "picometers",
    "picometre",
    "picometres",
    "pm",
    "practically",
    "precisely",
    "q",
    "quarter",
    "quarters",
    "rd",
    "roughly",
    "s",
    "scores",
    "sec",
    "second",
    "seconds",
    "secs",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "short",
    "shorter",
    "six",
    "sixteen",
    "sixty",
    "so",
    "solid",
    "some",
    "st",
    "straight",
    "successive",
    "tall",
    "ten",
    "th",
    "than",
    "the",
    "thick",
    "third",
    "thirds",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "through",
    "tn",
    "to",
    "trading",
    "trillion",
    "trn",
    "twelve",
    "twenty",
    "two",
    "under",
    "up",
    "upwards",
    "various",
    "virtually",
    "w",
    "week",
    "weekend",
    "weekends",
    "weeks",
    "well",
    "whole",
    "wide",
    "wk",
    "wks",
    "working",
    "y",
    "yard",
    "yards",
    "yd",
    "yds",
    "year",
    "years",
    "yr",
    "yrs",
    "zero",
    ",",
    "-",
    "/",
    ":",
];

/// Whether token `i` may lie inside a quantity whose words are `inner`
/// (an extractor's window map, built on [`GRAMMAR_WORDS`]): digits, a
/// possessive, a non-ASCII word or mark (fractions, dashes, ″), or a word of
/// `inner`.
pub fn may_lie_inside(a: &Analysis<'_>, inner: &WordMap, i: usize) -> bool {
    let t = a.tokens()[i];
    match t.kind {
        TokenKind::Number | TokenKind::Possessive => true,
        TokenKind::Word | TokenKind::Punct => {
            let w = &a.text().as_bytes()[t.span.start..t.span.end];
            // Most tokens asked about are words of the map.
            inner.get_bytes(w) != 0 || !w.is_ascii()
        }
    }
}

/// The words (ASCII letters only) and the marks `,` `-` `/` `:` written
/// between double quotes in Rust `source`: what the quantity extractors'
/// tests check their window words against, since a window cut is exact only
/// if every word the grammar reads lies inside it.
#[doc(hidden)]
pub fn quoted_words(source: &str) -> impl Iterator<Item = &str> {
    let mut rest = source;
    std::iter::from_fn(move || {
        loop {
            let open = rest.find('"')?;
            let after = &rest[open + 1..];
            let close = after.find(['"', '\n'])?;
            let literal = &after[..close];
            rest = &after[close + 1..];
            let word = !literal.is_empty() && literal.bytes().all(|b| b.is_ascii_alphabetic());
            if word || matches!(literal, "," | "-" | "/" | ":") {
                return Some(literal);
            }
        }
    })
}

/// Calls `at(c)`, in text order, for every token `c` whose length and first
/// and last bytes pass `map`'s filter ([`WordMap::may_contain_ends`]): the
/// scan for anchors of a quantity extractor, the only work it does on every
/// token. Two tokens are tested at a time and the loop branches once per
/// pair, on the (rare) outcome; `at` runs out of line.
#[inline]
pub fn scan_candidates(a: &Analysis<'_>, map: &WordMap, mut at: impl FnMut(usize)) {
    let bytes = a.text().as_bytes();
    let passes = |t: &Token| {
        let (first, last) = (bytes[t.span.start], bytes[t.span.end - 1]);
        map.may_contain_ends(t.span.len(), first, last)
    };
    let toks = a.tokens();
    let pairs = toks.chunks_exact(2);
    let odd = pairs.remainder().len();
    for (k, pair) in pairs.enumerate() {
        let (one, two) = (passes(&pair[0]), passes(&pair[1]));
        if one | two {
            if one {
                at(2 * k);
            }
            if two {
                at(2 * k + 1);
            }
        }
    }
    if odd == 1 && passes(&toks[toks.len() - 1]) {
        at(toks.len() - 1);
    }
}

/// Where a quantity extractor's pass over the tokens stands, and the window
/// search it runs at each anchor (a token every quantity of its kind
/// holds, such as a unit). Distances and durations share it.
#[derive(Debug, Default)]
pub struct AnchorScan {
    /// The first token after the last quantity found.
    next_free: usize,
    /// Starts before this were all tried for an earlier anchor and matched
    /// nothing reaching past it, so nothing reaching past a later one.
    tried_to: usize,
}

impl AnchorScan {
    /// Whether token `c` lies inside a quantity already found.
    pub fn is_taken(&self, c: usize) -> bool {
        c < self.next_free
    }

    /// The quantity holding anchor token `c`. It starts at most `window`
    /// tokens before `c`, and not before a token that cannot lie inside
    /// one (see [`may_lie_inside`] with the extractor's `inner` words);
    /// `at(s)` reads a quantity starting at token `s` and gives it with the
    /// token after it. The earliest start whose quantity reaches past `c`
    /// wins, so modifiers stay in the span. Kept out of the extractors'
    /// token loops: anchors are rare.
    #[inline(never)]
    pub fn find<T>(
        &mut self,
        a: &Analysis<'_>,
        c: usize,
        window: usize,
        inner: &WordMap,
        mut at: impl FnMut(usize) -> Option<(T, usize)>,
    ) -> Option<T> {
        let floor = c
            .saturating_sub(window)
            .max(self.next_free)
            .max(self.tried_to);
        let mut lo = c;
        while lo > floor && may_lie_inside(a, inner, lo - 1) {
            lo -= 1;
        }
        match (lo..=c).find_map(|s| at(s).filter(|&(_, end)| end > c)) {
            Some((q, end)) => {
                self.next_free = end;
                Some(q)
            }
            None => {
                self.tried_to = c + 1;
                None
            }
        }
    }
}

static WORD_FLAGS: LazyLock<WordMap> = LazyLock::new(|| {
    let tagged = |words: &'static [&'static str], flag: u8| words.iter().map(move |&w| (w, flag));
    WordMap::new(
        tagged(NUMBER_WORDS, OPENS_QUANTITY | NUMBERISH)
            .chain(tagged(UNIT_WORDS, UNIT))
            .chain(tagged(NUMBER_OPENERS, OPENS_QUANTITY | NUMBERISH))
            .chain(tagged(MODIFIER_OPENERS, OPENS_QUANTITY | MODIFIER))
            .chain(tagged(RANGE_OPENERS, OPENS_QUANTITY)),
    )
});

/// The [`WORD_FLAGS`] of word token `i`, read from its bytes.
fn word_flags(a: &Analysis<'_>, i: usize) -> u8 {
    // The only non-ASCII words here are vulgar fractions.
    if vulgar_fraction_at(a, i).is_some() {
        OPENS_QUANTITY | NUMBERISH
    } else {
        WORD_FLAGS.get_bytes(token_bytes(a, i))
    }
}

/// [`vulgar_fraction`] of token `i` (which must exist), read only when its
/// first byte is not ASCII, as in every vulgar fraction.
fn vulgar_fraction_at(a: &Analysis<'_>, i: usize) -> Option<f64> {
    if token_bytes(a, i).first().is_some_and(|b| !b.is_ascii()) {
        vulgar_fraction(a.token_text(i))
    } else {
        None
    }
}

/// A cheap test, one hash lookup per token, for whether a quantity (or its
/// modifier) may start at token `i`: a number token, or a word that opens a
/// number or a modifier phrase. Extractors scan every token, so they call
/// this first and run [`quantity_at`] only where it says yes.
pub fn may_start_quantity(a: &Analysis<'_>, i: usize) -> bool {
    let Some(t) = a.tokens().get(i) else {
        return false;
    };
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => word_flags(a, i) & OPENS_QUANTITY != 0,
        _ => false,
    }
}

/// A number found by [`parse_number_at`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberMatch {
    /// The amount (0 when `vague`).
    pub value: f64,
    /// Index of its first token.
    pub first: usize,
    /// Index of the first token after it.
    pub end: usize,
    /// A vague amount: "a few", "several", "some", "dozens of".
    pub vague: bool,
    /// An article standing for one: "a", "an", "another".
    pub article: bool,
    /// Written with digits ("9,000", "2.5", "10 1/2"), not spelled out.
    pub digits: bool,
    /// A fraction that may be followed by "of" and an article before its
    /// unit: "half a mile", "three quarters of an hour".
    pub takes_article: bool,
    /// Letters glued to the last digit token, when they are not a scale:
    /// the "km" of "10km" (a byte span into the text).
    pub glued_suffix: Option<Span>,
}

impl NumberMatch {
    fn new(value: f64, first: usize, end: usize) -> Self {
        NumberMatch {
            value,
            first,
            end,
            vague: false,
            article: false,
            digits: false,
            takes_article: false,
            glued_suffix: None,
        }
    }
}

fn small_number(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"zero" => 0.0,
        b"one" => 1.0,
        b"two" => 2.0,
        b"three" => 3.0,
        b"four" => 4.0,
        b"five" => 5.0,
        b"six" => 6.0,
        b"seven" => 7.0,
        b"eight" => 8.0,
        b"nine" => 9.0,
        b"ten" => 10.0,
        b"eleven" => 11.0,
        b"twelve" => 12.0,
        b"thirteen" => 13.0,
        b"fourteen" => 14.0,
        b"fifteen" => 15.0,
        b"sixteen" => 16.0,
        b"seventeen" => 17.0,
        b"eighteen" => 18.0,
        b"nineteen" => 19.0,
        _ => return None,
    })
}

fn tens_number(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"twenty" => 20.0,
        b"thirty" => 30.0,
        b"forty" | b"fourty" => 40.0,
        b"fifty" => 50.0,
        b"sixty" => 60.0,
        b"seventy" => 70.0,
        b"eighty" => 80.0,
        b"ninety" => 90.0,
        _ => return None,
    })
}

fn big_scale(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"thousand" => 1e3,
        b"million" => 1e6,
        b"billion" => 1e9,
        b"trillion" => 1e12,
        _ => return None,
    })
}

fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        _ => return None,
    })
}

/// "7th", "1990s", "10am": a number token (digits with letters) that
/// [`parse_number_at`] never reads as a number, so that no quantity holds
/// it; extractors need not run their rules at it. The letters are what
/// follows the digits and their inner separators, as [`split_digits`]
/// splits them.
pub fn is_ordinal_or_clock(text: &str) -> bool {
    let b = text.as_bytes();
    let mut end = 0;
    while end < b.len() && (b[end].is_ascii_digit() || matches!(b[end], b',' | b'.')) {
        end += 1;
    }
    while end > 0 && matches!(b[end - 1], b',' | b'.') {
        end -= 1;
    }
    // The letters `digits_at` turns down.
    end > 0
        && matches!(
            &text[end..],
            "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "a" | "p"
        )
}

/// Splits a number token into its value and whatever letters follow the
/// digits: "9,000" → (9000, ""), "10km" → (10, "km"), "2.5" → (2.5, "").
fn split_digits(text: &str) -> Option<(f64, &str)> {
    let bytes = text.as_bytes();
    if !bytes.first()?.is_ascii_digit() {
        return None;
    }
    let mut end = 0;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || matches!(bytes[end], b',' | b'.')) {
        end += 1;
    }
    // The tokenizer only keeps a separator that a digit follows.
    while end > 0 && matches!(bytes[end - 1], b',' | b'.') {
        end -= 1;
    }
    // The fast path only where the general one below would not give up
    // (it reads at most 40 digits and points).
    if end <= 40
        && let Some(value) = exact_decimal(&bytes[..end])
    {
        return Some((value, &text[end..]));
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &b in &bytes[..end] {
        if b != b',' {
            if n == buf.len() {
                return None;
            }
            buf[n] = b;
            n += 1;
        }
    }
    let value: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    Some((value, &text[end..]))
}

/// The value of digits with thousands commas and at most one decimal
/// point ("9,000", "2.5"), when it can be had exactly without the general
/// float parser: the digits as an integer below 2^53 divided by a power of
/// ten up to 10^22. Both are exact doubles and the division rounds
/// correctly, so the result equals `str::parse::<f64>`'s (Clinger's fast
/// path). `None` for anything else (more digits, two points): the caller
/// falls back to the parser.
fn exact_decimal(digits: &[u8]) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (mut mantissa, mut scale, mut point) = (0u64, 0usize, false);
    for &b in digits {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
                scale += usize::from(point);
            }
            b'.' if !point => point = true,
            b',' if !point => {}
            _ => return None,
        }
    }
    if mantissa >= 1 << 53 || scale >= POW10.len() {
        return None;
    }
    Some(mantissa as f64 / POW10[scale])
}

fn plain_integer(a: &Analysis<'_>, i: usize) -> Option<u64> {
    let t = a.tokens().get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = a.token_text(i);
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 6 {
        s.parse().ok()
    } else {
        None
    }
}

/// A slash fraction "n/d" whose numerator is token `i`: small denominators
/// only, numerator below denominator, and not part of a longer "12/7/2021".
fn slash_fraction_at(a: &Analysis<'_>, i: usize) -> Option<(f64, usize)> {
    // The slash first: most numbers have none, and it is the cheaper test.
    if !(glued(a, i, i + 1) && a.token_text(i + 1) == "/" && glued(a, i + 1, i + 2)) {
        return None;
    }
    let n = plain_integer(a, i)?;
    let d = plain_integer(a, i + 2)?;
    if !(2..=16).contains(&d) || n == 0 || n >= d {
        return None;
    }
    if glued(a, i + 2, i + 3) && a.token_text(i + 3) == "/" {
        return None;
    }
    if i > 0 && glued(a, i - 1, i) && a.token_text(i - 1) == "/" {
        return None;
    }
    Some((n as f64 / d as f64, i + 3))
}

/// "and a half", "and half", "and a quarter", "and three quarters", or a
/// lone "½", after a whole number ending before token `j`.
pub fn fraction_tail_at(a: &Analysis<'_>, j: usize) -> Option<(f64, usize)> {
    if j < a.tokens().len()
        && let Some(f) = vulgar_fraction_at(a, j)
    {
        return Some((f, j + 1));
    }
    if !token_is(a, j, "and") {
        return None;
    }
    let w1 = lower_at(a, j + 1);
    let w2 = lower_at(a, j + 2);
    match (w1.as_bytes(), w2.as_bytes()) {
        (b"a", b"half") => Some((0.5, j + 3)),
        (b"half", _) => Some((0.5, j + 2)),
        (b"a", b"quarter") => Some((0.25, j + 3)),
        (b"three", b"quarters") => Some((0.75, j + 3)),
        (b"a", b"third") => Some((1.0 / 3.0, j + 3)),
        _ => None,
    }
}

/// A spelled cardinal from token `i`: "nine thousand", "twenty-five",
/// "two hundred and five", "a hundred" (from "hundred"). Returns the value
/// and the first token after it.
fn cardinal_at(a: &Analysis<'_>, i: usize) -> Option<(f64, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        Small,
        Tens,
        Hundred,
        Scale,
    }
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut last: Option<Last> = None;
    let mut j = i;
    loop {
        let w = lower_at(a, j);
        let w = w.as_bytes();
        if let Some(v) = small_number(w) {
            if last == Some(Last::Small) || (last == Some(Last::Tens) && v >= 10.0) {
                break;
            }
            current += v;
            last = Some(Last::Small);
        } else if let Some(v) = tens_number(w) {
            if matches!(last, Some(Last::Small | Last::Tens)) {
                break;
            }
            current += v;
            last = Some(Last::Tens);
        } else if w == b"hundred" {
            if last == Some(Last::Hundred) {
                break;
            }
            current = current.max(1.0) * 100.0;
            last = Some(Last::Hundred);
        } else if let Some(s) = big_scale(w) {
            total += current.max(1.0) * s;
            current = 0.0;
            last = Some(Last::Scale);
        } else if w == b"dozen" && last.is_some() {
            current *= 12.0;
            last = Some(Last::Scale);
        } else {
            break;
        }
        j += 1;
        // "twenty-five": a hyphen between a ten and a unit.
        if last == Some(Last::Tens)
            && joining_hyphen_at(a, j)
            && small_number(lower_at(a, j + 1).as_bytes()).is_some_and(|v| (1.0..10.0).contains(&v))
        {
            j += 1;
            continue;
        }
        // "two hundred and five", "three thousand and forty".
        if matches!(last, Some(Last::Hundred | Last::Scale)) && token_is(a, j, "and") {
            let n = lower_at(a, j + 1);
            if small_number(n.as_bytes()).is_some() || tens_number(n.as_bytes()).is_some() {
                j += 1;
            }
        }
    }
    last.map(|_| (total + current, j))
}

/// "three quarters of", "three-quarters of", "two thirds of" after a
/// spelled number ending before token `j`: the fraction and the end.
fn fraction_of_at(a: &Analysis<'_>, j: usize) -> Option<(f64, usize)> {
    let k = if joining_hyphen_at(a, j) { j + 1 } else { j };
    let part = match lower_at(a, k).as_bytes() {
        b"quarters" | b"quarter" => 0.25,
        b"thirds" | b"third" => 1.0 / 3.0,
        b"halves" => 0.5,
        _ => return None,
    };
    token_is(a, k + 1, "of").then_some((part, k + 2))
}

/// The number that starts at token `i`, if any. See the module doc for the
/// forms read. Numbers inside identifiers ("scp-173", "COVID-19") and in
/// dates, times or ratios ("12/7", "2:00", "4:3") are not numbers here;
/// ordinals ("7th") and decades ("1990s") neither.
pub fn parse_number_at(a: &Analysis<'_>, i: usize) -> Option<NumberMatch> {
    let t = *a.tokens().get(i)?;
    match t.kind {
        TokenKind::Number => digits_at(a, i, true),
        TokenKind::Word if word_flags(a, i) & NUMBERISH != 0 => words_at(a, i),
        _ => None,
    }
}

/// [`parse_number_at`] of token `i` whose [`word_flags`] are known.
fn number_with_flags_at(a: &Analysis<'_>, i: usize, flags: u8) -> Option<NumberMatch> {
    match a.tokens()[i].kind {
        TokenKind::Number => digits_at(a, i, true),
        TokenKind::Word if flags & NUMBERISH != 0 => words_at(a, i),
        _ => None,
    }
}

/// `check_left`: false when reading the second number of a range
/// ("5-10"), which a hyphen glued to a number rightly precedes.
fn digits_at(a: &Analysis<'_>, i: usize, check_left: bool) -> Option<NumberMatch> {
    let t = a.tokens()[i];
    let text = a.token_text(i);
    // Part of an identifier or a date: a word or number, a hyphen, then
    // these digits ("scp-173", "COVID-19", "1996-08-30"). A range such as
    // "5-10" is read from its first number, never from the second.
    if check_left
        && i >= 2
        && is_hyphen_at(a, i - 1)
        && glued(a, i - 2, i - 1)
        && glued(a, i - 1, i)
    {
        return None;
    }
    // "08", "007": a leading zero marks a code or a date part, not a count.
    if text.len() > 1
        && text.starts_with('0')
        && text.as_bytes()[1].is_ascii_digit()
        && !text.contains('.')
    {
        return None;
    }
    let (mut value, rest) = split_digits(text)?;
    let mut m = NumberMatch::new(value, i, i + 1);
    m.digits = true;
    if !rest.is_empty() {
        if let Some(f) = vulgar_fraction(rest) {
            m.value += f;
            return Some(m);
        }
        match rest {
            "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "a" | "p" => return None,
            "bn" | "B" | "b" => m.value *= 1e9,
            "mn" | "M" | "mln" => m.value *= 1e6,
            "tn" | "trn" => m.value *= 1e12,
            _ => {
                let at = t.span.start + (text.len() - rest.len());
                m.glued_suffix = Some(Span::new(at, t.span.end));
            }
        }
        return Some(m);
    }
    // Dates, times and ratios: "12/7", "2:00", "4:3".
    let neighbour_is = |j: usize, marks: &[&str]| marks.contains(&a.token_text(j));
    if let Some((f, end)) = slash_fraction_at(a, i) {
        m.value = f;
        m.end = end;
        m.takes_article = true;
    } else {
        if (glued(a, i, i + 1) && neighbour_is(i + 1, &["/", ":"]))
            || (i > 0 && glued(a, i - 1, i) && neighbour_is(i - 1, &["/", ":"]))
        {
            return None;
        }
        if !glued(a, i, i + 1)
            && let Some((f, end)) = slash_fraction_at(a, i + 1)
        {
            value += f;
            m.value = value;
            m.end = end;
        }
    }
    let next = lower_at(a, m.end);
    if let Some(s) = big_scale(next.as_bytes()) {
        m.value *= s;
        m.end += 1;
    } else if next.as_bytes() == b"hundred" {
        m.value *= 100.0;
        m.end += 1;
    }
    if m.value.fract() == 0.0
        && let Some((f, end)) = fraction_tail_at(a, m.end)
    {
        m.value += f;
        m.end = end;
    }
    Some(m)
}

fn words_at(a: &Analysis<'_>, i: usize) -> Option<NumberMatch> {
    let w = lower_at(a, i);
    let next = lower_at(a, i + 1);
    let vague = |end: usize| {
        // "a few hundred", "several thousand": still vague, and longer.
        let end = match lower_at(a, end).as_bytes() {
            b"hundred" | b"thousand" | b"million" | b"billion" | b"dozen" => end + 1,
            _ => end,
        };
        let mut m = NumberMatch::new(0.0, i, end);
        m.vague = true;
        Some(m)
    };
    let fraction = |value: f64, end: usize| {
        let mut m = NumberMatch::new(value, i, end);
        m.takes_article = true;
        Some(m)
    };
    let with_of = |j: usize| if token_is(a, j, "of") { j + 1 } else { j };
    if let Some(f) = vulgar_fraction_at(a, i) {
        return fraction(f, i + 1);
    }
    match (w.as_bytes(), next.as_bytes()) {
        (b"a", b"dozen") => return Some(NumberMatch::new(12.0, i, i + 2)),
        (b"a" | b"an", b"hundred" | b"thousand" | b"million" | b"billion") => {
            let (v, end) = cardinal_at(a, i + 1)?;
            let mut m = NumberMatch::new(v, i, end);
            if let Some((f, e)) = fraction_tail_at(a, end) {
                m.value += f;
                m.end = e;
            }
            return Some(m);
        }
        (b"a" | b"an", b"couple") => return Some(NumberMatch::new(2.0, i, with_of(i + 2))),
        (b"a", b"few") => return vague(i + 2),
        (b"a", b"number") if token_is(a, i + 2, "of") => return vague(i + 3),
        (b"a", b"half") if token_is(a, i + 2, "dozen") => {
            return Some(NumberMatch::new(6.0, i, i + 3));
        }
        (b"a", b"half") => return fraction(0.5, i + 2),
        (b"a", b"quarter") => return fraction(0.25, i + 2),
        // "a third of", never "a third-quarter loss".
        (b"a", b"third") if token_is(a, i + 2, "of") => return fraction(1.0 / 3.0, i + 2),
        (b"a" | b"an" | b"another", _) => {
            let mut m = NumberMatch::new(1.0, i, i + 1);
            m.article = true;
            return Some(m);
        }
        (b"couple", b"of") => return Some(NumberMatch::new(2.0, i, i + 2)),
        (b"few" | b"several" | b"many" | b"numerous" | b"some" | b"multiple" | b"various", _) => {
            return vague(i + 1);
        }
        (b"dozens" | b"hundreds" | b"thousands" | b"millions" | b"scores", b"of") => {
            return vague(i + 2);
        }
        (b"half", b"a") if token_is(a, i + 2, "dozen") => {
            return Some(NumberMatch::new(6.0, i, i + 3));
        }
        (b"half", _) => return fraction(0.5, i + 1),
        (b"quarter", _) => return fraction(0.25, i + 1),
        _ => {}
    }
    // A bare scale word is not a number: "hundred metres" is the tail of
    // "a few hundred metres" or "a hundred metres".
    if w.as_bytes() == b"hundred" || big_scale(w.as_bytes()).is_some() {
        return None;
    }
    let (value, end) = cardinal_at(a, i)?;
    if let Some((part, end)) = fraction_of_at(a, end) {
        return fraction(value * part, end);
    }
    let mut m = NumberMatch::new(value, i, end);
    if let Some((f, e)) = fraction_tail_at(a, end) {
        m.value += f;
        m.end = e;
    }
    Some(m)
}

/// A unit starting at token `k`: one token ("km", "hours"), or two or three
/// ("nautical miles", "light-years", "light years"). Returns the unit, its
/// byte span and the first token after it.
pub fn unit_token_at(a: &Analysis<'_>, k: usize) -> Option<(UnitWord, Span, usize)> {
    let toks = a.tokens();
    let t = toks.get(k)?;
    let word = a.token_text(k);
    // Units are ASCII words (the table's "µm" is read only glued to digits).
    if t.kind != TokenKind::Word || !word.as_bytes()[0].is_ascii() {
        return None;
    }
    if let Some(u) = unit_word(word, false) {
        return Some((u, t.span, k + 1));
    }
    let length = |unit: LengthUnit, last: usize| {
        let plural = a.token_text(last).ends_with(['s', 'S']);
        let word = UnitWord {
            unit: Unit::Length(unit),
            plural,
            abbreviation: false,
            digits_only: false,
        };
        Some((word, t.span.to(toks[last].span), last + 1))
    };
    if word.eq_ignore_ascii_case("nautical") {
        let u = unit_word(toks.get(k + 1).map_or("", |_| a.token_text(k + 1)), false)?;
        return match u.unit {
            Unit::Length(LengthUnit::Mile) => length(LengthUnit::NauticalMile, k + 1),
            _ => None,
        };
    }
    if word.eq_ignore_ascii_case("light") {
        let j = if joining_hyphen_at(a, k + 1) {
            k + 2
        } else {
            k + 1
        };
        return match lower_at(a, j).as_bytes() {
            b"year" | b"years" => length(LengthUnit::LightYear, j),
            _ => None,
        };
    }
    None
}

/// Four plain digits from 1000 to 2100: "1988", not "1,988" or "1988.5".
fn looks_like_year(a: &Analysis<'_>, num: &NumberMatch) -> bool {
    num.digits
        && num.end == num.first + 1
        && plain_integer(a, num.first).is_some_and(|n| (1000..=2100).contains(&n))
}

/// A quantity found by [`quantity_at`]: a number (or range) and its unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    /// Index of the first token (the modifier's, if any).
    pub first: usize,
    /// Index of the first token after the quantity.
    pub end: usize,
    /// Byte span from the first to the last token.
    pub span: Span,
    pub modifier: Option<Modifier>,
    /// The number as parsed (its `value` before any range or glued scale).
    pub number: NumberMatch,
    /// The amount in units: the number, times a glued scale ("3m km"),
    /// plus a trailing fraction ("a day and a half" → 1.5). For a range,
    /// the lower end.
    pub value: f64,
    /// The upper end of a range ("5-10 km", "between 4 and 6 miles").
    pub max: Option<f64>,
    pub unit: UnitWord,
    /// Byte span of the unit as written ("kilometers", "km" of "10km").
    pub unit_span: Span,
    /// A hyphenated adjective: "10-mile", "48-hour".
    pub hyphenated: bool,
}

impl Quantity {
    pub fn is_vague(&self) -> bool {
        self.number.vague
    }
}

struct UnitAfter {
    unit: UnitWord,
    span: Span,
    end: usize,
    hyphenated: bool,
    scale: f64,
}

/// Words that may stand between a number and its unit: "two more weeks",
/// "six business days", "an additional month" (the words [`is_filler`]
/// matches; a test keeps the two equal).
pub const FILLER_WORDS: &[&str] = &[
    "more",
    "additional",
    "extra",
    "further",
    "consecutive",
    "straight",
    "full",
    "whole",
    "trading",
    "business",
    "working",
    "calendar",
    "solid",
    "successive",
];

/// Whether `w` is one of [`FILLER_WORDS`] (a match on bytes, cheaper than
/// a search of the list).
fn is_filler(w: &[u8]) -> bool {
    matches!(
        w,
        b"more"
            | b"additional"
            | b"extra"
            | b"further"
            | b"consecutive"
            | b"straight"
            | b"full"
            | b"whole"
            | b"trading"
            | b"business"
            | b"working"
            | b"calendar"
            | b"solid"
            | b"successive"
    )
}

/// Dimension words that show a length follows ("2 in long", "a foot tall").
pub fn is_dimension_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"long" | b"wide" | b"tall" | b"high" | b"deep" | b"thick" | b"across" | b"away" | b"apart"
    )
}

fn unit_after(a: &Analysis<'_>, num: &NumberMatch) -> Option<UnitAfter> {
    if let Some(suffix) = num.glued_suffix {
        let s = suffix.text(a.text());
        // "3m km", "1.5m miles": a glued "m" before a unit is a million.
        if s == "m"
            && let Some((u, span, end)) = unit_token_at(a, num.end)
            && !u.digits_only
        {
            return Some(UnitAfter {
                unit: u,
                span,
                end,
                hyphenated: false,
                scale: 1e6,
            });
        }
        let u = unit_word(s, true)?;
        return Some(UnitAfter {
            unit: u,
            span: suffix,
            end: num.end,
            hyphenated: false,
            scale: 1.0,
        });
    }
    let mut k = num.end;
    if joining_hyphen_at(a, k) {
        let (u, span, end) = unit_token_at(a, k + 1)?;
        if (u.digits_only || u.abbreviation) && !num.digits {
            return None;
        }
        return Some(UnitAfter {
            unit: u,
            span,
            end,
            hyphenated: true,
            scale: 1.0,
        });
    }
    if num.takes_article {
        if token_is(a, k, "of") {
            k += 1;
        }
        if token_is(a, k, "a") || token_is(a, k, "an") {
            k += 1;
        }
    }
    for _ in 0..2 {
        let w = lower_at(a, k);
        // "five long years", but not "a long day" (a day that felt long).
        let filler = is_filler(w.as_bytes())
            || (matches!(w.as_bytes(), b"long" | b"short") && !num.article && !num.vague);
        if !filler {
            break;
        }
        k += 1;
    }
    let (u, span, end) = unit_token_at(a, k)?;
    if u.digits_only && !num.digits {
        return None;
    }
    // "the 1994 second quarter", "in the 1994 quarter": a year, not a count.
    if !u.plural && looks_like_year(a, num) {
        return None;
    }
    // "a C$2.3 billion second quarter deficit", "3 second half goals":
    // "second" as an ordinal.
    if u.unit == Unit::Time(TimeUnit::Second)
        && !u.plural
        && (num.value >= 1e6
            || matches!(
                lower_at(a, end).as_bytes(),
                b"quarter"
                    | b"half"
                    | b"round"
                    | b"place"
                    | b"term"
                    | b"straight"
                    | b"largest"
                    | b"biggest"
                    | b"consecutive"
                    | b"leg"
                    | b"stage"
                    | b"innings"
                    | b"set"
                    | b"game"
                    | b"test"
                    | b"day"
            ))
    {
        return None;
    }
    if (num.vague || num.article) && u.abbreviation {
        return None;
    }
    // "an hours-long standoff": an article counts one of a singular unit.
    if num.article && u.plural {
        return None;
    }
    Some(UnitAfter {
        unit: u,
        span,
        end,
        hyphenated: false,
        scale: 1.0,
    })
}

/// A quantity starting at token `i`:
/// `[modifier]{0,2} [between] number [(to|-|–|and|or) number] unit
/// [and a half] [or so | or more | or less]`.
///
/// This is the entry point for callers outside this module, e.g. the dates
/// extractor reading "two years ago": `quantity_at(a, i)` gives the amount
/// (`value`), the [`Unit`] (`unit.unit`), and `end`, the token where "ago"
/// would stand. Vague amounts ("several weeks") come back with
/// `is_vague()`; the caller decides whether a vague one is wanted.
///
/// Guards that belong to the grammar are applied here: "in" is an inch only
/// before a dimension word ("2 in long"), "a foot"/"a yard" only before
/// one, and "a second" only at the end of a phrase (not "a second time").
pub fn quantity_at(a: &Analysis<'_>, i: usize) -> Option<Quantity> {
    let t = a.tokens().get(i)?;
    let flags = match t.kind {
        TokenKind::Number => NUMBERISH,
        TokenKind::Word => word_flags(a, i),
        _ => 0,
    };
    if flags & OPENS_QUANTITY == 0 && flags != NUMBERISH {
        return None;
    }
    let mut j = i;
    let mut modifier = None;
    if flags & MODIFIER == 0 {
        // No modifier can start here: straight to the number.
    } else if let Some((m, e)) = modifier_words_at(a, i) {
        modifier = Some(m);
        j = e;
    } else if flags & NUMBERISH == 0 && !token_is(a, i, "between") {
        return None;
    }
    for _ in 0..usize::from(modifier.is_some()) {
        match modifier_at(a, j) {
            Some((m, e)) => {
                modifier.get_or_insert(m);
                j = e;
            }
            None => break,
        }
    }
    // A modifier counts only before a definite number; otherwise ("some
    // days", "over the past year") the words are read as they stand.
    // The number read here is kept: it is the quantity's own.
    let mut after_modifier = None;
    if modifier.is_some() {
        let n = parse_number_at(a, j);
        if n.or_else(|| between_number(a, j)).is_none_or(|n| n.vague) {
            modifier = None;
            j = i;
        } else {
            after_modifier = n;
        }
    }
    let between = token_is(a, j, "between");
    let num_at = if between { j + 1 } else { j };
    // "between" is no number, so a number read after the modifier is the
    // one at `num_at`.
    let num = match after_modifier {
        Some(n) => n,
        // The flags of the first token are known.
        None if num_at == i => number_with_flags_at(a, i, flags)?,
        None => parse_number_at(a, num_at)?,
    };
    let mut first = i;
    let mut max = None;
    let mut unit = unit_after(a, &num);
    if unit.is_none() && !num.vague && !num.article && num.glued_suffix.is_none() {
        let k = num.end;
        let conn = lower_at(a, k);
        let is_conn = matches!(
            a.tokens().get(k).map(|_| a.token_text(k)),
            Some("-" | "–" | "—")
        ) || matches!(conn.as_bytes(), b"to" | b"or" | b"through")
            || (between && conn.as_bytes() == b"and");
        if is_conn
            && k + 1 < a.tokens().len()
            && let Some(n2) = match a.tokens()[k + 1].kind {
                TokenKind::Number => digits_at(a, k + 1, false),
                _ => parse_number_at(a, k + 1),
            }
            && !n2.vague
            && !n2.article
            && n2.value > num.value
            && let Some(u2) = unit_after(a, &n2)
            && !u2.hyphenated
        {
            max = Some(n2.value * u2.scale);
            unit = Some(u2);
        }
    }
    if between && max.is_none() {
        // "between" belongs to a range only.
        first = num_at;
        modifier = None;
    }
    let u = unit?;
    let mut end = u.end;
    let mut value = num.value * u.scale;
    let toks = a.tokens();
    let after = lower_at(a, end);
    // Grammar guards for ambiguous unit words.
    let unit_text = u.span.text(a.text());
    if unit_text == "in" && !is_dimension_word(after.as_bytes()) {
        return None;
    }
    if num.article && !u.unit.plural {
        match u.unit.unit {
            Unit::Length(LengthUnit::Foot | LengthUnit::Yard)
                if !is_dimension_word(after.as_bytes()) =>
            {
                return None;
            }
            // "for a second", not "a second time", "a second-place finish".
            Unit::Time(TimeUnit::Second)
                if !(end >= toks.len()
                    || (toks[end].kind == TokenKind::Punct && !joining_hyphen_at(a, end))) =>
            {
                return None;
            }
            _ => {}
        }
    }
    if max.is_none()
        && !num.vague
        && value.fract() == 0.0
        && !u.hyphenated
        && let Some((f, e)) = fraction_tail_at(a, end)
        && !(e < toks.len() && vulgar_fraction_at(a, e).is_some())
    {
        value += f;
        end = e;
    }
    if token_is(a, end, "or") && !num.vague {
        let post = match lower_at(a, end + 1).as_bytes() {
            b"so" => Some(Modifier::Approx),
            b"more" | b"longer" => Some(Modifier::EqualOrMore),
            b"less" | b"fewer" => Some(Modifier::EqualOrLess),
            _ => None,
        };
        if let Some(p) = post {
            modifier.get_or_insert(p);
            end += 2;
        }
    }
    let span = toks[first].span.to(toks[end - 1].span);
    Some(Quantity {
        first,
        end,
        span,
        modifier,
        number: num,
        value,
        max,
        unit: u.unit,
        unit_span: u.span,
        hyphenated: u.hyphenated,
    })
}

/// After "between": the number that follows it, so "some between 4 and 6"
/// does not count "some" as a vague number.
fn between_number(a: &Analysis<'_>, i: usize) -> Option<NumberMatch> {
    if token_is(a, i, "between") {
        parse_number_at(a, i + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
