//! Token classes: every token of the document is classified once into a
//! [`Lex`] (a month, a weekday, a number, a keyword...), so the grammar
//! matches small enums instead of comparing strings. Tense cues are looked
//! up only for the tokens the grammar asks about ([`push_cues`]).

use std::sync::LazyLock;

use gleaner_text::calendar::{
    Season, Tense, cardinal_word, is_full_month_name, is_full_weekday_name, month_number,
    numeric_ordinal, ordinal_word, tense_cue, weekday_named,
};
use gleaner_text::{Token, TokenKind};

use crate::grammar::{BY_NEXT, rules_of};
use jiff::civil::Weekday;

/// Words the grammar looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    The,
    This,
    These,
    That,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Currently,
    Recent,
    Recently,
    Previously,
    Future,
    Near,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Of,
    On,
    In,
    At,
    By,
    Or,
    And,
    So,
    Beyond,
    Year,
    Month,
    Week,
    Fortnight,
    Day,
    Weekend,
    Quarter,
    Half,
    Decade,
    Century,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Now,
    Nowadays,
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
    Fiscal,
    Latest,
    Same,
    Period,
    Approx,
    Few,
    Several,
    Full,
    Thousand,
    Hundred,
    Am,
    Pm,
    Zone,
    Post,
    Pre,
    Before,
    After,
    Era,
    Eve,
    Holiday(Holiday),
    Other,
}

/// Named days the extractor can date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    NewYear,
    Independence,
    Thanksgiving,
    Easter,
    Halloween,
    Valentine,
    Labor,
    Memorial,
    Veterans,
    Boxing,
    Good,
    Election,
}

/// The class of one token. `plural` marks "years", "months"...
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    /// A month name; `full` for "December" (not "Dec").
    Month {
        m: i8,
        full: bool,
    },
    Weekday(Weekday),
    Season(Season),
    /// A plain integer token with its digit count: "2021" (4), "07" (2).
    Num {
        n: u32,
        digits: u8,
    },
    /// "7th", "seventh".
    Ord(u32),
    /// A number word: "two", "a", "twenty".
    Card(u32),
    /// "1990s" → 1990; "80s" → 80.
    Decade(u32),
    /// "nineties" → 9 (the decade digit of the 1900s).
    DecadeWord(i16),
    /// "10pm", "3am": hour and whether it is p.m.
    Clock {
        h: u32,
        pm: bool,
    },
    Kw {
        kw: Kw,
        plural: bool,
    },
    Punct(char),
    Other,
}

impl Lex {
    /// True for a token that can anchor a date expression by itself; only
    /// near one of these does the grammar look for a match.
    pub(crate) fn is_strong(self) -> bool {
        match self {
            Lex::Month { .. }
            | Lex::Weekday(_)
            | Lex::Season(_)
            | Lex::Num { .. }
            | Lex::Ord(_)
            | Lex::Decade(_)
            | Lex::Clock { .. } => true,
            Lex::Kw { kw, .. } => matches!(
                kw,
                Kw::Year
                    | Kw::Month
                    | Kw::Week
                    | Kw::Fortnight
                    | Kw::Day
                    | Kw::Weekend
                    | Kw::Quarter
                    | Kw::Half
                    | Kw::Decade
                    | Kw::Century
                    | Kw::Today
                    | Kw::Tonight
                    | Kw::Yesterday
                    | Kw::Tomorrow
                    | Kw::Now
                    | Kw::Nowadays
                    | Kw::Currently
                    | Kw::Current
                    | Kw::Recent
                    | Kw::Recently
                    | Kw::Future
                    | Kw::Past
                    | Kw::Morning
                    | Kw::Afternoon
                    | Kw::Evening
                    | Kw::Night
                    | Kw::Noon
                    | Kw::Midnight
                    | Kw::Thousand
                    | Kw::Latest
                    | Kw::Period
                    | Kw::Fiscal
                    | Kw::Holiday(_)
                    | Kw::Am
                    | Kw::Pm
            ),
            // "nineteen ninety-six", "twenty twenty-one".
            Lex::Card(n) => (11..=20).contains(&n),
            Lex::DecadeWord(_) => true,
            Lex::Punct(_) | Lex::Other => false,
        }
    }

    /// True for a number: "2021", "7th", "two" (tested by a range of the
    /// discriminant, not a jump).
    pub(crate) const fn is_number(self) -> bool {
        matches!(self, Lex::Num { .. } | Lex::Ord(_) | Lex::Card(_))
    }

    pub(crate) fn kw(self) -> Option<Kw> {
        match self {
            Lex::Kw { kw, .. } => Some(kw),
            _ => None,
        }
    }
}

/// One token as the grammar sees it: its class, the rules that can start
/// at it and, for a token the lexicon looked up, its packed lower-case
/// form.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexeme {
    pub lex: Lex,
    /// The rules that can start at the token, as far as its class tells
    /// (see [`rules_of`]).
    pub rules: u16,
    /// The token lower-cased and packed into one integer ([`key_of`]) if
    /// the lexicon looked it up, else 0 (as for a token longer than 8
    /// bytes or not ASCII); the grammar packs the others when it compares
    /// them with a word.
    pub key: u64,
}

impl Lexeme {
    /// The lexeme of every word the lexicon does not know.
    const OTHER: Lexeme = Lexeme {
        lex: Lex::Other,
        rules: rules_of(Lex::Other),
        key: 0,
    };
}

/// What the lexicon tells the grammar: the class of every token, and in
/// sparse form the tokens that can anchor a date. (The tense cues are
/// found only where the grammar asks for them: see [`push_cues`].)
#[derive(Default)]
pub(crate) struct Lexed {
    /// The class of each token.
    pub tokens: Vec<Lexeme>,
    /// The tokens that can anchor a date (see [`Lex::is_strong`]),
    /// ascending: only near one of them does the grammar look for a match.
    pub strong: Vec<u32>,
}

/// Kept per thread from one document to the next ([`classify_into`]
/// clears it).
impl gleaner_core::scratch::Scratch for Lexed {
    fn largest(&self) -> usize {
        self.tokens.capacity().max(self.strong.capacity())
    }
}

/// What the lexicon knows of one token.
struct Class {
    lex: Lex,
    strong: bool,
    rules: u16,
    /// See [`Lexeme::key`].
    key: u64,
}

impl Class {
    const OTHER: Class = Class {
        lex: Lex::Other,
        strong: false,
        rules: rules_of(Lex::Other),
        key: 0,
    };
}

/// Classifies every token of `text`, in passes over each run of 64 tokens.
///
/// Most tokens of running text are words no table knows ("talks",
/// "minister"), whose class is `Other` whatever their letters, or ASCII
/// marks, whose class is their byte. The first pass asks of each token only
/// what its kind, length and end bytes tell ([`FirstLook`]: one table read,
/// no branch), and notes the marks and the tokens that may be more than
/// `Other` in two bit masks. Then the marks get their class from a table,
/// and the few that may be more (a third of the tokens: numbers, and words
/// that share length and end letters with a known word, "the", "of" and
/// "in" among them) are looked up in the word table ([`class_of`]), each
/// loop running over the set bits of its mask: no branch on a token.
#[cfg(test)]
pub(crate) fn classify(text: &str, tokens: &[Token]) -> Lexed {
    let mut lexed = Lexed::default();
    classify_into(text, tokens, &mut lexed);
    lexed
}

/// [`classify`], into the buffers of `lexed` (cleared first), which a
/// caller keeps from one document to the next.
pub(crate) fn classify_into(text: &str, tokens: &[Token], lexed: &mut Lexed) {
    let table = &*WORD_TABLE;
    let bytes = text.as_bytes();
    // Taken out while filled, so that the compiler keeps their lengths in
    // registers.
    let mut lexemes = std::mem::take(&mut lexed.tokens);
    let mut strong = std::mem::take(&mut lexed.strong);
    lexemes.clear();
    lexemes.resize(tokens.len(), Lexeme::OTHER);
    strong.clear();
    strong.reserve(tokens.len() / 8 + 8);
    for (run, chunk) in tokens.chunks(32).enumerate() {
        let base = run * 32;
        // Bits `2j` and `2j + 1`: what the first look tells of token
        // `base + j`.
        let looks = table.first_look.of_run(bytes, chunk);
        let out = &mut lexemes[base..base + chunk.len()];
        let mut marks = looks & FirstLook::ALL_MARK;
        while marks != 0 {
            let j = marks.trailing_zeros() as usize / 2;
            marks &= marks - 1;
            let first = bytes[chunk[j].span.start];
            out[j] = table.marks[usize::from(first & 0x7F)];
        }
        look_up_run(
            table,
            text,
            chunk,
            out,
            looks & FirstLook::ALL_MORE,
            base,
            &mut strong,
        );
    }
    lexed.tokens = lexemes;
    lexed.strong = strong;
}

/// The lexemes of the tokens of `run` (token `base + j` of the text at
/// `j`) whose bit pair in `more` is set, by lookup; the strong ones are
/// appended to `strong`. (A function of its own: fewer register spills.)
#[inline(never)]
fn look_up_run(
    table: &WordTable,
    text: &str,
    run: &[Token],
    out: &mut [Lexeme],
    mut more: u64,
    base: usize,
    strong: &mut Vec<u32>,
) {
    while more != 0 {
        let j = more.trailing_zeros() as usize / 2;
        more &= more - 1;
        let c = class_of(table, text, &run[j]);
        out[j] = Lexeme {
            lex: c.lex,
            rules: c.rules,
            key: c.key,
        };
        if c.strong {
            strong.push((base + j) as u32);
        }
    }
}

/// The first look at a token: what its kind, length and first and last
/// bytes tell of its class. Two bits for each token: [`FirstLook::MORE`]
/// when it may be more than `Other` (a number; a word that shares its
/// length and end letters, in any case, with a word the table knows; a
/// mark outside ASCII), [`FirstLook::MARK`] for an ASCII mark.
///
/// A word the table knows always passes, in any case; most other words do
/// not (a word known only as a tense cue, "said", need not: its class is
/// `Other`).
struct FirstLook {
    /// Row [`FirstLook::row`] of a token, bit pair `2 * (last & 31)` of its
    /// last byte.
    rows: [u64; 2048],
}

impl FirstLook {
    const MORE: u64 = 1;
    const MARK: u64 = 2;
    /// Every bit pair with `MORE`, resp. `MARK`.
    const ALL_MORE: u64 = Self::MORE * 0x5555_5555_5555_5555;
    const ALL_MARK: u64 = Self::MARK * 0x5555_5555_5555_5555;

    fn new() -> FirstLook {
        let mut look = FirstLook { rows: [0; 2048] };
        for len in 0..16 {
            for first in 0..32 {
                look.rows[Self::row(TokenKind::Number, len, first)] = Self::ALL_MORE;
                // An ASCII mark is one byte, any other mark 2 to 4.
                look.rows[Self::row(TokenKind::Punct, len, first)] = match len {
                    1 => Self::ALL_MARK,
                    2..=4 => Self::ALL_MORE,
                    _ => 0,
                };
            }
        }
        // The row and bit pair of byte 0 (shared with '@' and '`', which
        // lose nothing by a closer look): a mark of byte 0 may be more.
        look.rows[Self::row(TokenKind::Punct, 1, 0)] |= Self::MORE;
        look
    }

    /// The row of a token: by kind, length (1 to 16, longer ones folded
    /// onto them) and first byte's low five bits (a letter without case).
    #[inline(always)]
    fn row(kind: TokenKind, len: usize, first: u8) -> usize {
        // (The last mask only spares a bounds check: no row lies beyond.)
        ((kind as usize) << 9 | (len & 15) << 5 | usize::from(first & 31)) & 2047
    }

    /// Lets the word `w` (lower case) through, in any case.
    fn insert_word(&mut self, w: &[u8]) {
        if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
            self.rows[Self::row(TokenKind::Word, w.len(), first)] |=
                Self::MORE << (2 * (last & 31));
        }
    }

    /// The two bits of each token of `run` (at most 32), token `j` at bits
    /// `2j` and `2j + 1`. (A function of its own: in the caller's loop the
    /// compiler ran out of registers.)
    #[inline(never)]
    fn of_run(&self, bytes: &[u8], run: &[Token]) -> u64 {
        let mut looks = 0u64;
        for t in run {
            // (Shifted in from the top: no shift by the token's place.)
            looks = looks >> 2 | self.of(bytes, t) << 62;
        }
        looks >> (64 - 2 * run.len())
    }

    /// The two bits of token `t` (one table read, no branch).
    #[inline(always)]
    fn of(&self, bytes: &[u8], t: &Token) -> u64 {
        let (start, end) = (t.span.start, t.span.end);
        let (first, last) = (bytes[start], bytes[end - 1]);
        self.rows[Self::row(t.kind, end - start, first)] >> (2 * (last & 31)) & 3
    }
}

/// The first look for tense cues: a bit for each kind, length, first and
/// last byte of a word that may have a cue (see [`FirstLook::row`]): the
/// words of the table with a cue, in any case, and every word ending in
/// "d" or "D" (a regular "-ed" form outside the table).
struct CueLook {
    rows: [u32; 2048],
}

impl CueLook {
    fn new() -> CueLook {
        let mut look = CueLook { rows: [0; 2048] };
        // Every word ending in "d", whatever its length and first letter.
        for len in 0..16 {
            for first in 0..32 {
                look.rows[FirstLook::row(TokenKind::Word, len, first)] |= 1 << (b'd' & 31);
            }
        }
        look
    }

    fn insert_word(&mut self, w: &[u8]) {
        if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
            self.rows[FirstLook::row(TokenKind::Word, w.len(), first)] |= 1 << (last & 31);
        }
    }

    /// Whether token `t` may have a tense cue (one table read, no branch).
    #[inline(always)]
    fn may_be_cue(&self, bytes: &[u8], t: &Token) -> bool {
        let (start, end) = (t.span.start, t.span.end);
        let (first, last) = (bytes[start], bytes[end - 1]);
        self.rows[FirstLook::row(t.kind, end - start, first)] >> (last & 31) & 1 != 0
    }
}

/// The packed lower-case form of token `t` (see [`raw8`]), or 0 for a
/// token longer than 8 bytes or not ASCII: what the grammar compares with
/// the words it looks for.
#[inline]
pub(crate) fn key_of(text: &str, t: &Token) -> u64 {
    raw8(text.as_bytes(), t.span.start, t.span.len()).map_or(0, lower64)
}

/// The class of token `t` (one that [`FirstLook`] could not tell): most
/// by one table lookup, the others by [`classify_token`].
#[inline(always)]
fn class_of(table: &WordTable, text: &str, t: &Token) -> Class {
    let bytes = text.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let len = end - start;
    let raw = raw8(bytes, start, len);
    if let Some(raw) = raw
        && t.kind == TokenKind::Word
    {
        // Most of them: a short ASCII word. Known or not, the lookup gives
        // an entry (`Other` for an unknown word), so this path does not
        // branch on whether the word is known; only "Q3" (whose entry says
        // so) needs a closer look.
        let lower = lower64(raw);
        let e = table.short.lookup(lower);
        if !e.check {
            return Class {
                lex: e.lex,
                strong: e.strong,
                rules: e.rules,
                key: lower,
            };
        }
    }
    match (
        t.kind,
        raw.and_then(|raw| Some((raw, packed_digits_value(raw, len)?))),
    ) {
        // A plain integer of up to 8 digits.
        (TokenKind::Number, Some((raw, n))) => Class {
            lex: Lex::Num {
                n,
                digits: len as u8,
            },
            strong: true,
            rules: BY_NEXT,
            key: raw,
        },
        _ => {
            let c = classify_token(table, text, t);
            Class {
                rules: rules_of(c.lex),
                key: raw.map_or(0, lower64),
                ..c
            }
        }
    }
}

/// The class of one token (the common short words take a shortcut in
/// [`class_of`]).
#[inline(never)]
fn classify_token(table: &WordTable, text: &str, t: &Token) -> Class {
    let bytes = text.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let len = end - start;
    let raw = raw8(bytes, start, len);
    match t.kind {
        TokenKind::Word => match raw {
            Some(raw) => {
                let mut c = word_class(table.short.get(lower64(raw)));
                c.strong |= matches!(c.lex, Lex::Other) && is_quarter_raw(raw, len);
                c
            }
            None if len <= 16 => match raw16(bytes, start, len) {
                // (Too long for "Q3".)
                Some(raw) => word_class(table.long.get(lower_swar(raw))),
                None => Class::OTHER,
            },
            // No calendar word is that long.
            None => Class::OTHER,
        },
        TokenKind::Number => {
            let lex = classify_number(&text[start..end]);
            Class {
                lex,
                rules: 0,
                key: 0,
                strong: lex.is_strong()
                    || matches!(lex, Lex::Other) && raw.is_some_and(|r| is_quarter_raw(r, len)),
            }
        }
        TokenKind::Punct => {
            let c = match bytes.get(start) {
                Some(&b) if b < 0x80 => char::from(b),
                _ => text[start..end].chars().next().unwrap_or(' '),
            };
            Class {
                lex: Lex::Punct(c),
                ..Class::OTHER
            }
        }
        TokenKind::Possessive => Class::OTHER,
    }
}

/// The class of an ASCII word of at most 16 bytes: `entry` its table
/// entry if known.
#[inline]
fn word_class(entry: Option<&Entry>) -> Class {
    match entry {
        Some(e) => Class {
            lex: e.lex,
            strong: e.strong,
            rules: 0,
            key: 0,
        },
        None => Class::OTHER,
    }
}

/// Appends to `out` the tense cue of each token of `range` that has one,
/// in order. The grammar asks only for the tokens around a date it
/// resolves by tense, so most tokens are never looked at for a cue.
pub(crate) fn push_cues(
    text: &str,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    out: &mut Vec<(u32, Tense)>,
) {
    let table = &*WORD_TABLE;
    let bytes = text.as_bytes();
    let Some(tokens) = tokens.get(range.clone()) else {
        return;
    };
    // As in `classify`: a first look at each token of a run of 64 (bits
    // by kind, length and end bytes, no branch), then the lookup only for
    // the words that may be a cue (a fifth of them).
    for (run, chunk) in tokens.chunks(64).enumerate() {
        let mut maybe = 0u64;
        for (j, t) in chunk.iter().enumerate() {
            maybe |= u64::from(table.cue_look.may_be_cue(bytes, t)) << j;
        }
        while maybe != 0 {
            let j = maybe.trailing_zeros() as usize;
            maybe &= maybe - 1;
            let k = range.start + run * 64 + j;
            if let Some(cue) = word_cue_at(table, text, &chunk[j]) {
                out.push((k as u32, cue));
            }
        }
    }
}

/// The tense cue of the word `t`, if any.
#[inline]
fn word_cue_at(table: &WordTable, text: &str, t: &Token) -> Option<Tense> {
    let len = t.span.len();
    match raw8(text.as_bytes(), t.span.start, len) {
        Some(raw) => {
            let lower = lower64(raw);
            short_word_cue(table.short.lookup(lower), lower, len, raw as u8)
        }
        None => cue_of(table, text, t),
    }
}

/// The tense cue of token `t`: that of its table entry, or the past of a
/// regular "-ed" form outside the table.
fn cue_of(table: &WordTable, text: &str, t: &Token) -> Option<Tense> {
    if t.kind != TokenKind::Word {
        return None;
    }
    let bytes = text.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let len = end - start;
    match raw8(bytes, start, len) {
        Some(raw) => {
            let lower = lower64(raw);
            word_cue(table.short.get(lower), lower, len, raw as u8)
        }
        None if len <= 16 => {
            let raw = raw16(bytes, start, len)?;
            let lower = lower_swar(raw);
            word_cue(table.long.get(lower), lower, len, raw as u8)
        }
        None => {
            let word = &text[start..end];
            word.is_ascii()
                .then(|| participle_cue(word, word.as_bytes()))
                .flatten()
        }
    }
}

/// [`word_cue`] of a short word from its entry, known or not (`lookup`):
/// whether a word is known is a coin toss, so this takes the cue of the
/// entry without a branch on it; only an unknown "-ed" form takes a look
/// more.
#[inline]
fn short_word_cue(e: &Entry, lower: u64, len: usize, first: u8) -> Option<Tense> {
    let upper = first.is_ascii_uppercase();
    let ed = !e.known & (len > 4) & lower.ends_in_ed(len.max(2)) & !upper;
    if ed {
        return word_cue(None, lower, len, first);
    }
    e.cue.filter(|_| !(e.ed_cue & upper))
}

/// The tense cue of an ASCII word of at most 16 bytes: `entry` its table
/// entry if known, `lower` its packed lower-case form, `first` its first
/// byte as written.
#[inline]
fn word_cue<K: Packed>(entry: Option<&Entry>, lower: K, len: usize, first: u8) -> Option<Tense> {
    match entry {
        // A cue ending in "-ed" does not count on a capitalized word
        // ("United"); see `real_cue`.
        Some(e) => e.cue.filter(|_| !(e.ed_cue && first.is_ascii_uppercase())),
        // Only a regular "-ed" form outside the table can be a cue.
        None => (len > 4 && lower.ends_in_ed(len) && !first.is_ascii_uppercase())
            .then(|| {
                let bytes = lower.bytes();
                real_cue("", &bytes.as_ref()[..len], Tense::Past).then_some(Tense::Past)
            })
            .flatten(),
    }
}

/// "Q3", "H1": quarter and half tokens (case matters), from the raw
/// packed bytes.
#[inline]
fn is_quarter_raw(raw: u64, len: usize) -> bool {
    len == 2 && matches!(raw as u8, b'Q' | b'H') && (b'1'..=b'4').contains(&((raw >> 8) as u8))
}

/// The bytes `[start, start + len)` of `text` packed into one integer
/// (little endian, zero-padded), or `None` when empty, longer than 8 bytes
/// or not ASCII.
#[inline]
fn raw8(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if len > 8 || len == 0 {
        return None;
    }
    let w = match bytes.get(start..).and_then(<[u8]>::first_chunk::<8>) {
        // Load 8 bytes at once and keep the token's.
        Some(&b8) => u64::from_le_bytes(b8) & (u64::MAX >> (64 - 8 * len)),
        None => {
            let mut a = [0u8; 8];
            a[..len].copy_from_slice(bytes.get(start..start + len)?);
            u64::from_le_bytes(a)
        }
    };
    (w & 0x8080_8080_8080_8080 == 0).then_some(w)
}

/// Like [`raw8`] for 9 to 16 bytes.
#[inline]
fn raw16(bytes: &[u8], start: usize, len: usize) -> Option<u128> {
    if len > 16 || len == 0 {
        return None;
    }
    let w = match bytes.get(start..start + 16) {
        Some(b16) => {
            let mut a = [0u8; 16];
            a.copy_from_slice(b16);
            u128::from_le_bytes(a) & (u128::MAX >> (128 - 8 * len))
        }
        None => {
            let mut a = [0u8; 16];
            a[..len].copy_from_slice(bytes.get(start..start + len)?);
            u128::from_le_bytes(a)
        }
    };
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    (w & HIGH == 0).then_some(w)
}

/// ASCII lower-casing of all 16 packed bytes at once (every byte < 0x80).
#[inline]
fn lower_swar(w: u128) -> u128 {
    u128::from(lower64(w as u64)) | (u128::from(lower64((w >> 64) as u64)) << 64)
}

/// ASCII lower-casing of 8 packed bytes (every byte < 0x80).
#[inline]
fn lower64(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Bit 7 of each byte: set when the byte is >= 'A', resp. > 'Z'.
    let ge_a = w + ONES * (0x80 - u64::from(b'A'));
    let gt_z = w + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = ge_a & !gt_z & HIGH;
    w | (upper >> 2)
}

/// Whether a tense cue of `word` is real: a word merely ending in "-ed"
/// counts only when it is not a capitalized name ("United") nor "need",
/// "hundred"...
fn real_cue(word: &str, lower: &[u8], tense: Tense) -> bool {
    if tense != Tense::Past || !lower.ends_with(b"ed") {
        return true;
    }
    !(word.starts_with(char::is_uppercase)
        || lower.ends_with(b"eed")
        || matches!(
            lower,
            b"hundred" | b"sacred" | b"naked" | b"wicked" | b"kindred" | b"rugged"
        ))
}

#[cfg(test)]
fn classify_one(word: &str, kind: TokenKind) -> (Lex, Option<Tense>) {
    let token = Token {
        span: gleaner_text::Span::new(0, word.len()),
        kind,
    };
    let lexed = classify(word, &[token]);
    let mut cues = Vec::new();
    push_cues(word, &[token], 0..1, &mut cues);
    (lexed.tokens[0].lex, cues.first().map(|&(_, cue)| cue))
}

/// The past-tense cue of a word outside the table: a regular "-ed" form.
fn participle_cue(word: &str, bytes: &[u8]) -> Option<Tense> {
    let n = bytes.len();
    if n <= 4
        || !bytes[n - 2].eq_ignore_ascii_case(&b'e')
        || !bytes[n - 1].eq_ignore_ascii_case(&b'd')
    {
        return None;
    }
    let mut lower = [0u8; 24];
    let lower = &mut lower[..n.min(24)];
    for (l, b) in lower.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    real_cue(word, lower, Tense::Past).then_some(Tense::Past)
}

/// A word of at most 16 bytes, lower-cased and packed into one integer.
fn pack_lower(bytes: &[u8]) -> u128 {
    let mut packed = [0u8; 16];
    for (k, b) in packed.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    u128::from_le_bytes(packed)
}

/// Every word the lexicon or the tense cues know (a test checks that the
/// list covers every word literal of those tables).
const KNOWN_WORDS: &[&str] = &[
    "'ll",
    "a",
    "about",
    "after",
    "afternoon",
    "ago",
    "ahead",
    "aims",
    "almost",
    "am",
    "an",
    "and",
    "approximately",
    "apr",
    "april",
    "are",
    "aren't",
    "around",
    "at",
    "aug",
    "august",
    "autumn",
    "await",
    "awaits",
    "be",
    "became",
    "before",
    "began",
    "beginning",
    "begins",
    "beyond",
    "bought",
    "boxing",
    "broke",
    "brought",
    "bst",
    "built",
    "by",
    "came",
    "caught",
    "cdt",
    "centuries",
    "century",
    "cet",
    "chose",
    "christmas",
    "circa",
    "close",
    "closed",
    "closes",
    "coming",
    "comparable",
    "could",
    "cst",
    "ct",
    "current",
    "currently",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "did",
    "didn't",
    "drew",
    "dropped",
    "due",
    "earlier",
    "early",
    "easter",
    "edt",
    "effective",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighties",
    "eighty",
    "election",
    "eleven",
    "eleventh",
    "end",
    "ends",
    "entire",
    "era",
    "est",
    "et",
    "eve",
    "evening",
    "expect",
    "expected",
    "expects",
    "expire",
    "expires",
    "fall",
    "feb",
    "febr",
    "february",
    "fell",
    "felt",
    "few",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifties",
    "fifty",
    "first",
    "fiscal",
    "five",
    "following",
    "formerly",
    "forties",
    "fortnight",
    "fortnights",
    "forty",
    "fought",
    "found",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "fri",
    "friday",
    "full",
    "future",
    "gave",
    "gmt",
    "going",
    "good",
    "got",
    "grew",
    "had",
    "hadn't",
    "half",
    "halloween",
    "heard",
    "held",
    "hit",
    "hopes",
    "hundred",
    "in",
    "independence",
    "intends",
    "is",
    "isn't",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "kept",
    "knew",
    "labor",
    "labour",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "led",
    "left",
    "lost",
    "made",
    "many",
    "mar",
    "march",
    "may",
    "mdt",
    "meant",
    "memorial",
    "met",
    "mid",
    "midday",
    "middle",
    "midnight",
    "might",
    "mon",
    "monday",
    "month",
    "months",
    "morning",
    "mst",
    "near",
    "nearly",
    "new",
    "next",
    "night",
    "nine",
    "nineteen",
    "nineteenth",
    "nineties",
    "ninety",
    "ninth",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "of",
    "on",
    "one",
    "opens",
    "or",
    "paid",
    "past",
    "payable",
    "pdt",
    "period",
    "planning",
    "plans",
    "pm",
    "post",
    "pre",
    "preceding",
    "previous",
    "previously",
    "prior",
    "pst",
    "pt",
    "put",
    "quarter",
    "quarters",
    "ran",
    "recent",
    "recently",
    "rose",
    "roughly",
    "said",
    "same",
    "sat",
    "saturday",
    "saw",
    "say",
    "says",
    "scheduled",
    "second",
    "sent",
    "sep",
    "sept",
    "september",
    "set",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventies",
    "seventy",
    "several",
    "shall",
    "shot",
    "should",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixties",
    "sixty",
    "slated",
    "slipped",
    "so",
    "sold",
    "some",
    "spent",
    "spoke",
    "spring",
    "start",
    "starts",
    "stood",
    "struck",
    "summer",
    "sun",
    "sunday",
    "taught",
    "ten",
    "tenth",
    "thanksgiving",
    "that",
    "the",
    "these",
    "third",
    "thirteen",
    "thirteenth",
    "thirties",
    "thirtieth",
    "thirty",
    "this",
    "thought",
    "thousand",
    "three",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "today",
    "told",
    "tomorrow",
    "tonight",
    "took",
    "tue",
    "tues",
    "tuesday",
    "twelfth",
    "twelve",
    "twenties",
    "twentieth",
    "twenty",
    "two",
    "until",
    "upcoming",
    "utc",
    "valentine",
    "veterans",
    "was",
    "wasn't",
    "wed",
    "wednesday",
    "week",
    "weekend",
    "weekends",
    "weeks",
    "went",
    "were",
    "weren't",
    "whole",
    "will",
    "winter",
    "wo",
    "won",
    "won't",
    "would",
    "wrote",
    "xmas",
    "year",
    "years",
    "yesterday",
];

/// Known words with their class and tense cue: two cuckoo tables, one for
/// words of at most 8 bytes (most tokens), one for longer words, small
/// enough to stay in cache, and the first test that spares most words the
/// lookup.
pub(crate) struct WordTable {
    short: Table<u64, 1024>,
    long: Table<u128, 128>,
    /// What a token's kind, length and end bytes tell.
    first_look: FirstLook,
    /// The same for tense cues.
    cue_look: CueLook,
    /// The lexeme of each ASCII mark by its byte.
    marks: [Lexeme; 128],
}

/// What the table knows of a word.
#[derive(Clone, Copy, Debug)]
struct Entry {
    lex: Lex,
    /// The tense cue, already without the "-ed" words that never are one
    /// ("hundred", "need").
    cue: Option<Tense>,
    /// Whether the cue is a past "-ed" form, which does not count on a
    /// capitalized word.
    ed_cue: bool,
    /// Whether it can anchor a date (see [`Lex::is_strong`]).
    strong: bool,
    /// False for the entry of an empty slot (an unknown word).
    known: bool,
    /// An unknown word that needs a closer look: "q3", a quarter only as
    /// "Q3" (see [`is_quarter_raw`]).
    check: bool,
    /// [`rules_of`] its class.
    rules: u16,
}

/// A packed word: `u64` for up to 8 bytes, `u128` for up to 16.
trait Packed: Copy + Eq + Default {
    /// The bits the table hashes.
    fn spread(self) -> u64;
    /// Whether the word of `len` bytes ends in "ed".
    fn ends_in_ed(self, len: usize) -> bool;
    fn bytes(self) -> impl AsRef<[u8]>;
}

impl Packed for u64 {
    #[inline]
    fn spread(self) -> u64 {
        self
    }
    #[inline]
    fn ends_in_ed(self, len: usize) -> bool {
        (self >> (8 * (len - 2))) as u16 == u16::from_le_bytes(*b"ed")
    }
    fn bytes(self) -> impl AsRef<[u8]> {
        self.to_le_bytes()
    }
}

impl Packed for u128 {
    #[inline]
    fn spread(self) -> u64 {
        (self as u64) ^ ((self >> 64) as u64).rotate_left(29)
    }
    #[inline]
    fn ends_in_ed(self, len: usize) -> bool {
        (self >> (8 * (len - 2))) as u16 == u16::from_le_bytes(*b"ed")
    }
    fn bytes(self) -> impl AsRef<[u8]> {
        self.to_le_bytes()
    }
}

/// A cuckoo hash table of packed words with `N` slots (a power of two:
/// fixed sizes let the lookup index without bounds checks). Each word sits
/// in one of its two slots, so a lookup reads both and selects without a
/// loop or a data-dependent branch (whether a word is known is a coin toss
/// the processor cannot predict).
struct Table<K, const N: usize> {
    keys: [K; N],
    entries: [Entry; N],
    /// The entry of every unknown word.
    unknown: Entry,
}

impl<K: Packed, const N: usize> Table<K, N> {
    fn new() -> Table<K, N> {
        let unknown = Entry {
            lex: Lex::Other,
            cue: None,
            ed_cue: false,
            strong: false,
            known: false,
            check: false,
            rules: rules_of(Lex::Other),
        };
        Table {
            keys: [K::default(); N],
            entries: [unknown; N],
            unknown,
        }
    }

    /// The two slots of `key` (never the same: the second differs from
    /// the first in at least its lowest bit).
    #[inline]
    fn slots_of(key: K) -> (usize, usize) {
        let h = key.spread().wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let first = (h >> (64 - N.trailing_zeros())) as usize;
        (first, (first ^ (h as usize >> 20 | 1)) & (N - 1))
    }

    fn insert(&mut self, key: K, entry: Entry) {
        let (a, b) = Self::slots_of(key);
        if let Some(at) = [a, b].into_iter().find(|&at| self.keys[at] == key) {
            self.entries[at] = entry;
            return;
        }
        // Place the word in its first slot; a word it displaces moves to
        // its other slot, and so on.
        let (mut key, mut entry, mut at) = (key, entry, a);
        for _ in 0..N {
            std::mem::swap(&mut key, &mut self.keys[at]);
            std::mem::swap(&mut entry, &mut self.entries[at]);
            if key == K::default() {
                return;
            }
            let (a, b) = Self::slots_of(key);
            at = if at == a { b } else { a };
        }
        panic!("the word table is full: give it more slots");
    }

    #[inline]
    fn get(&self, key: K) -> Option<&Entry> {
        let e = self.lookup(key);
        e.known.then_some(e)
    }

    /// The entry of `key`, or the unknown entry (class `Other`).
    #[inline]
    fn lookup(&self, key: K) -> &Entry {
        let (a, b) = Self::slots_of(key);
        let at = if self.keys[b] == key { b } else { a };
        if self.keys[at] == key {
            &self.entries[at]
        } else {
            &self.unknown
        }
    }
}

static WORD_TABLE: LazyLock<WordTable> = LazyLock::new(|| {
    let mut table = WordTable {
        short: Table::new(),
        long: Table::new(),
        first_look: FirstLook::new(),
        cue_look: CueLook::new(),
        marks: [Lexeme::OTHER; 128],
    };
    for b in 1..0x80u8 {
        let lex = Lex::Punct(char::from(b));
        table.marks[usize::from(b)] = Lexeme {
            lex,
            rules: rules_of(lex),
            key: u64::from(b),
        };
    }
    for w in KNOWN_WORDS {
        let lex = classify_word(w);
        let cue = tense_cue(w).filter(|&t| real_cue("", w.as_bytes(), t));
        let entry = Entry {
            lex,
            cue,
            ed_cue: cue == Some(Tense::Past) && w.ends_with("ed"),
            strong: lex.is_strong(),
            known: true,
            check: false,
            rules: rules_of(lex),
        };
        let key = pack_lower(w.as_bytes());
        if w.len() <= 8 {
            table.short.insert(key as u64, entry);
        } else {
            table.long.insert(key, entry);
        }
        // A word known only as a tense cue is `Other` to the classes.
        if !matches!(lex, Lex::Other) || entry.strong {
            table.first_look.insert_word(w.as_bytes());
        }
        if entry.cue.is_some() {
            table.cue_look.insert_word(w.as_bytes());
        }
    }
    // "q1"-"q4", "h1"-"h4": unknown words, but quarters and halves when
    // written "Q3", "H1" (tested apart from the lookup).
    for q in [b'q', b'h'] {
        for d in b'1'..=b'4' {
            let entry = Entry {
                check: true,
                ..table.short.unknown
            };
            table
                .short
                .insert(u64::from_le_bytes([q, d, 0, 0, 0, 0, 0, 0]), entry);
            table.first_look.insert_word(&[q, d]);
        }
    }
    table
});

fn classify_word(lower: &str) -> Lex {
    if let Some(m) = month_number(lower) {
        return Lex::Month {
            m,
            full: is_full_month_name(lower),
        };
    }
    if let Some(wd) = weekday_named(lower)
        && is_full_weekday_name(lower)
    {
        return Lex::Weekday(wd);
    }
    if let Some(s) = Season::named(lower) {
        return Lex::Season(s);
    }
    if let Some(n) = cardinal_word(lower) {
        return Lex::Card(n);
    }
    if let Some(d) = decade_word(lower) {
        return Lex::DecadeWord(d);
    }
    if let Some(n) = ordinal_word(lower) {
        return Lex::Ord(n);
    }
    if let Some(pm) = match lower {
        "am" => Some(false),
        "pm" => Some(true),
        _ => None,
    } {
        return Lex::Kw {
            kw: if pm { Kw::Pm } else { Kw::Am },
            plural: false,
        };
    }
    let (kw, plural) = keyword(lower);
    if kw == Kw::Other {
        return Lex::Other;
    }
    Lex::Kw { kw, plural }
}

fn keyword(lower: &str) -> (Kw, bool) {
    let kw = match lower {
        "the" => Kw::The,
        "this" => Kw::This,
        "these" => Kw::These,
        "that" => Kw::That,
        "last" => Kw::Last,
        "next" => Kw::Next,
        "past" => Kw::Past,
        "coming" | "upcoming" => Kw::Coming,
        "previous" | "prior" | "preceding" => Kw::Previous,
        "following" => Kw::Following,
        "current" => Kw::Current,
        "currently" => Kw::Currently,
        "recent" => Kw::Recent,
        "recently" | "lately" => Kw::Recently,
        "previously" | "formerly" => Kw::Previously,
        "future" => Kw::Future,
        "near" => Kw::Near,
        "ago" => Kw::Ago,
        "earlier" => Kw::Earlier,
        "later" => Kw::Later,
        "early" => Kw::Early,
        "late" => Kw::Late,
        "mid" => Kw::Mid,
        "middle" => Kw::Middle,
        "beginning" => Kw::Beginning,
        "start" => Kw::Start,
        "end" | "close" => Kw::End,
        "of" => Kw::Of,
        "on" => Kw::On,
        "in" => Kw::In,
        "at" => Kw::At,
        "by" => Kw::By,
        "or" => Kw::Or,
        "and" => Kw::And,
        "so" => Kw::So,
        "beyond" => Kw::Beyond,
        "before" => Kw::Before,
        "after" => Kw::After,
        "era" => Kw::Era,
        "eve" => Kw::Eve,
        "weekend" => Kw::Weekend,
        "weekends" => return (Kw::Weekend, true),
        "today" => Kw::Today,
        "tonight" => Kw::Tonight,
        "yesterday" => Kw::Yesterday,
        "tomorrow" => Kw::Tomorrow,
        "now" => Kw::Now,
        "nowadays" => Kw::Nowadays,
        "morning" => Kw::Morning,
        "afternoon" => Kw::Afternoon,
        "evening" => Kw::Evening,
        "night" => Kw::Night,
        "noon" | "midday" => Kw::Noon,
        "midnight" => Kw::Midnight,
        "fiscal" => Kw::Fiscal,
        "latest" => Kw::Latest,
        "same" | "comparable" => Kw::Same,
        "period" => Kw::Period,
        "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some"
        | "circa" => Kw::Approx,
        "few" => Kw::Few,
        "several" | "many" => Kw::Several,
        "full" | "whole" | "entire" => Kw::Full,
        "thousand" => Kw::Thousand,
        "hundred" => Kw::Hundred,
        "est" | "edt" | "gmt" | "utc" | "et" | "pt" | "ct" | "pst" | "pdt" | "cst" | "cdt"
        | "mst" | "mdt" | "bst" | "cet" => Kw::Zone,
        "post" => Kw::Post,
        "pre" => Kw::Pre,
        "christmas" | "xmas" => Kw::Holiday(Holiday::Christmas),
        "independence" => Kw::Holiday(Holiday::Independence),
        "thanksgiving" => Kw::Holiday(Holiday::Thanksgiving),
        "easter" => Kw::Holiday(Holiday::Easter),
        "halloween" => Kw::Holiday(Holiday::Halloween),
        "valentine" => Kw::Holiday(Holiday::Valentine),
        "labor" | "labour" => Kw::Holiday(Holiday::Labor),
        "memorial" => Kw::Holiday(Holiday::Memorial),
        "veterans" => Kw::Holiday(Holiday::Veterans),
        "boxing" => Kw::Holiday(Holiday::Boxing),
        "good" => Kw::Holiday(Holiday::Good),
        "election" => Kw::Holiday(Holiday::Election),
        "new" => Kw::Holiday(Holiday::NewYear),
        _ => {
            let (kw, plural) = unit_word(lower);
            return (kw, plural);
        }
    };
    (kw, false)
}

fn unit_word(lower: &str) -> (Kw, bool) {
    match lower {
        "year" => (Kw::Year, false),
        "years" => (Kw::Year, true),
        "month" => (Kw::Month, false),
        "months" => (Kw::Month, true),
        "week" => (Kw::Week, false),
        "weeks" => (Kw::Week, true),
        "fortnight" => (Kw::Fortnight, false),
        "fortnights" => (Kw::Fortnight, true),
        "day" => (Kw::Day, false),
        "days" => (Kw::Day, true),
        "quarter" => (Kw::Quarter, false),
        "quarters" => (Kw::Quarter, true),
        "half" => (Kw::Half, false),
        "decade" => (Kw::Decade, false),
        "decades" => (Kw::Decade, true),
        "century" => (Kw::Century, false),
        "centuries" => (Kw::Century, true),
        _ => (Kw::Other, false),
    }
}

fn classify_number(word: &str) -> Lex {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &word[digits..];
    if digits == word.len() {
        if digits > 9 || digits == 0 {
            return Lex::Other;
        }
        return Lex::Num {
            n: digits_value(word.as_bytes()),
            digits: digits as u8,
        };
    }
    let n = match digits {
        1..=9 => digits_value(&word.as_bytes()[..digits]),
        _ => match word[..digits].parse::<u32>() {
            Ok(n) => n,
            Err(_) => return Lex::Other,
        },
    };
    match rest {
        "s" if (digits == 4 || digits == 2) && n % 10 == 0 => Lex::Decade(n),
        "am" | "AM" | "a.m" => Lex::Clock { h: n, pm: false },
        "pm" | "PM" | "p.m" => Lex::Clock { h: n, pm: true },
        // An ordinal suffix has two letters ("7th"); skip the lookup
        // (which allocates) for anything else.
        _ if rest.len() == 2 && digits <= 3 => numeric_ordinal(word).map_or(Lex::Other, Lex::Ord),
        _ => Lex::Other,
    }
}

/// The value of at most 9 ASCII digits (what `parse` gives, without its
/// checks).
fn digits_value(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'))
}

/// The value of the `len` (1 to 8) ASCII bytes packed in `raw` (see
/// [`raw8`]) if they are all digits: all bytes at once, no loop.
#[inline]
fn packed_digits_value(raw: u64, len: usize) -> Option<u32> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let used = HIGH & (u64::MAX >> (64 - 8 * len));
    // Bit 7 of each byte (all below 0x80): set when the byte is >= '0',
    // resp. > '9' (no carry crosses a byte).
    let ge_0 = raw + ONES * (0x80 - u64::from(b'0'));
    let gt_9 = raw + ONES * (0x80 - u64::from(b'9') - 1);
    if ge_0 & !gt_9 & used != used {
        return None;
    }
    // The digits' values, the first in the highest used byte's place:
    // leading zeros fill the low bytes of the eight.
    let mut v = (raw & (ONES * 0x0F)) << (8 * (8 - len));
    // Pairs, then fours, then all eight (the products' high bits spill
    // out: wrapping).
    v = v.wrapping_mul(10 << 8 | 1) >> 8 & 0x00FF_00FF_00FF_00FF;
    v = v.wrapping_mul(100 << 16 | 1) >> 16 & 0x0000_FFFF_0000_FFFF;
    v = v.wrapping_mul(10_000 << 32 | 1) >> 32;
    Some(v as u32)
}

/// "nineties" → 9, "twenties" → 2.
fn decade_word(lower: &str) -> Option<i16> {
    Some(match lower {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cuckoo table finds every known word in one of its two slots,
    /// and no word outside it.
    #[test]
    fn word_table_finds_each_known_word() {
        let table = &*WORD_TABLE;
        for w in KNOWN_WORDS {
            let key = pack_lower(w.as_bytes());
            let found = if w.len() <= 8 {
                table.short.get(key as u64).is_some()
            } else {
                table.long.get(key).is_some()
            };
            assert!(found, "{w} not found");
        }
        for w in ["talks", "xyz", "q3", "notaword", "extraordinarily"] {
            let key = pack_lower(w.as_bytes());
            assert!(table.short.get(key as u64).is_none() || w.len() > 8, "{w}");
            assert!(table.long.get(key).is_none() || w.len() <= 8, "{w}");
        }
    }

    /// Every word literal of the name tables and tense cues must be in
    /// `KNOWN_WORDS`, or the fast lookup would never see it.
    #[test]
    fn known_words_cover_the_tables() {
        let calendar = include_str!("../../../crates/gleaner-text/src/calendar.rs");
        let lexicon = include_str!("lexicon.rs");
        let tables = [
            (calendar, "pub fn month_number"),
            (calendar, "pub fn weekday_named"),
            (calendar, "pub fn named"),
            (calendar, "pub fn cardinal_word"),
            (calendar, "pub fn ordinal_word"),
            (calendar, "pub fn tense_cue"),
            (lexicon, "fn classify_word"),
            (lexicon, "fn keyword"),
            (lexicon, "fn unit_word"),
            (lexicon, "fn decade_word"),
        ];
        let mut missing = Vec::new();
        for (src, sig) in tables {
            let start = src.find(sig).unwrap_or_else(|| panic!("{sig} not found"));
            let body = &src[start..];
            let end = body
                .find("\n}\n")
                .or_else(|| body.find("\n    }\n"))
                .unwrap();
            for lit in body[..end].split('"').skip(1).step_by(2) {
                let word = lit.chars().all(|c| c.is_ascii_lowercase() || c == '\'');
                if word
                    && !lit.is_empty()
                    && !matches!(lit, "ed" | "eed")
                    && !KNOWN_WORDS.contains(&lit)
                {
                    missing.push(lit.to_string());
                }
            }
        }
        assert!(missing.is_empty(), "add to KNOWN_WORDS: {missing:?}");
    }

    /// The casings of `w` to try: lower, upper, capitalized, and every
    /// mix for a word of up to 8 letters.
    fn casings(w: &str) -> Vec<String> {
        let b = w.as_bytes();
        let mut out = vec![w.to_string(), w.to_ascii_uppercase()];
        let n = b.len().min(8);
        for mask in 0u32..1 << n {
            let s: Vec<u8> = (0..b.len())
                .map(|k| {
                    let upper = k < n && mask >> k & 1 != 0 || k >= n && mask & 1 != 0;
                    if upper {
                        b[k].to_ascii_uppercase()
                    } else {
                        b[k]
                    }
                })
                .collect();
            out.push(String::from_utf8(s).unwrap());
        }
        out
    }

    /// The class of every token as the lookup alone gives it, without the
    /// first look (what `classify` did before it had one).
    fn classify_slowly(text: &str, tokens: &[Token]) -> Vec<Lexeme> {
        let table = &*WORD_TABLE;
        tokens
            .iter()
            .map(|t| {
                let c = class_of(table, text, t);
                Lexeme {
                    lex: c.lex,
                    rules: c.rules,
                    key: 0,
                }
            })
            .collect()
    }

    /// The first look never turns down a word the table knows by more
    /// than `Other`, in any casing; and `classify` gives every token the
    /// class the lookup alone gives it (words known and not, marks,
    /// numbers, odd tokens), with the same strong tokens. The same for
    /// the first look for tense cues and `push_cues`.
    #[test]
    fn first_look_loses_no_known_word() {
        let table = &*WORD_TABLE;
        let mut text = String::new();
        let mut words: Vec<&str> = KNOWN_WORDS.to_vec();
        words.extend(["q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4", "q5", "h0"]);
        for w in &words {
            for c in casings(w) {
                let token = Token {
                    span: gleaner_text::Span::new(0, c.len()),
                    kind: TokenKind::Word,
                };
                let known = !matches!(classify_word(w), Lex::Other)
                    || matches!(w.as_bytes(), [b'q' | b'h', b'1'..=b'4']);
                if known {
                    assert!(
                        table.first_look.of(c.as_bytes(), &token) & FirstLook::MORE != 0,
                        "{c}"
                    );
                }
                if tense_cue(w).is_some() {
                    assert!(table.cue_look.may_be_cue(c.as_bytes(), &token), "{c}");
                }
                text.push_str(&c);
                text.push(' ');
            }
        }
        text.push_str(
            "negotiated NEGOTIATED Negotiated united hundred agreed internationalized \
             talks minister said was 2021 07 1990s '80s 10pm 3am 7th 21st Q3 H1 \
             9,000 2.5 12/7 5:30 \u{2019}90s \u{2014} \u{201c}quoted\u{201d} Zürich \
             leaders' Biden's e.g. U.S. a.m. p.m. extraordinarily wednesday's \
             @ ` ~ ^ \\ | { } [ ] < > # % & * + = _ $ ! ? ; : , . ( ) \" ' - /",
        );
        text.push('\u{0}');
        text.push_str(" \u{1}x");
        let tokens = gleaner_text::tokenize(&text);
        let fast = classify(&text, &tokens);
        let slow = classify_slowly(&text, &tokens);
        let mut strong = Vec::new();
        for (k, (f, s)) in fast.tokens.iter().zip(&slow).enumerate() {
            let word = tokens[k].text(&text);
            assert_eq!(f.lex, s.lex, "{word:?}");
            assert_eq!(f.rules, s.rules, "{word:?}");
            assert!(f.key == 0 || f.key == key_of(&text, &tokens[k]), "{word:?}");
            let table = &*WORD_TABLE;
            if class_of(table, &text, &tokens[k]).strong {
                strong.push(k as u32);
            }
        }
        assert_eq!(fast.tokens.len(), slow.len());
        assert_eq!(fast.strong, strong);
        // The same for the tense cues: every token, looked up or not.
        let mut cues = Vec::new();
        push_cues(&text, &tokens, 0..tokens.len(), &mut cues);
        let slow: Vec<(u32, Tense)> = (0..tokens.len())
            .filter(|&k| tokens[k].kind == TokenKind::Word)
            .filter_map(|k| Some((k as u32, word_cue_at(table, &text, &tokens[k])?)))
            .collect();
        assert!(slow.len() > 100, "{}", slow.len());
        assert_eq!(cues, slow);
    }

    #[test]
    fn packed_digits_agree_with_parse() {
        for w in [
            "0", "7", "07", "2021", "1990", "12345678", "99999999", "00000000", "10000000", "2a",
            "1/2", "9:", "/", "a1", "1 2",
        ] {
            let b = w.as_bytes();
            let raw = raw8(b, 0, b.len()).unwrap();
            let want = w
                .bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| w.parse::<u32>().unwrap());
            assert_eq!(packed_digits_value(raw, b.len()), want, "{w}");
        }
        for n in (0..100_000_000u32).step_by(99_991) {
            for w in [n.to_string(), format!("{n:08}")] {
                let raw = raw8(w.as_bytes(), 0, w.len()).unwrap();
                assert_eq!(packed_digits_value(raw, w.len()), Some(n), "{w}");
            }
        }
    }

    #[test]
    fn lookup_agrees_with_the_tables() {
        for w in KNOWN_WORDS {
            assert_eq!(classify_one(w, TokenKind::Word).0, classify_word(w), "{w}");
        }
        assert_eq!(classify_one("Negotiated", TokenKind::Word).1, None);
        assert_eq!(
            classify_one("negotiated", TokenKind::Word).1,
            Some(Tense::Past)
        );
        for w in ["Tuesday", "MAY", "[@`{", "Q3", "x-Z", "zA9~"] {
            let b = w.as_bytes();
            assert_eq!(raw8(b, 0, b.len()).map(lower64), Some(pack_lower(b) as u64));
        }
        for w in [
            "Wednesday",
            "THANKSGIVING",
            "[@`{[@`{[@`{",
            "zA9~zA9~zA9~zA9~",
        ] {
            let b = w.as_bytes();
            assert_eq!(raw16(b, 0, b.len()).map(lower_swar), Some(pack_lower(b)));
        }
        assert_eq!(raw8("Zürich".as_bytes(), 0, 7), None);
        assert_eq!(raw16("Zürich-Zürich".as_bytes(), 0, 15), None);
        assert_eq!(
            classify_one("DECEMBER", TokenKind::Word).0,
            Lex::Month { m: 12, full: true }
        );
    }
}
