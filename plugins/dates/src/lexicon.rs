//! Token classes: every token of the document is classified once into a
//! [`Lex`] (a month, a weekday, a number, a keyword...), so the grammar
//! matches small enums instead of comparing strings.

use std::sync::LazyLock;

use gleaner_text::calendar::{
    Season, Tense, cardinal_word, is_full_month_name, is_full_weekday_name, month_number,
    numeric_ordinal, ordinal_word, tense_cue, weekday_named,
};
use gleaner_text::{Token, TokenKind};
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

    pub(crate) fn kw(self) -> Option<Kw> {
        match self {
            Lex::Kw { kw, .. } => Some(kw),
            _ => None,
        }
    }
}

/// What the grammar knows of one token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokInfo {
    /// The token lower-cased and packed into one integer (see
    /// [`pack_lower`]), or 0 for a token longer than 16 bytes or not ASCII.
    pub key: u128,
    pub lex: Lex,
    pub cue: Option<Tense>,
    /// Whether it can anchor a date (see [`Lex::is_strong`]).
    pub strong: bool,
}

/// Token classes and tense cues, the tokens with a cue, and for each
/// token the index of the first strong token at or after it.
pub(crate) struct Lexed {
    pub info: Vec<TokInfo>,
    /// The indices of the tokens with a tense cue, ascending.
    pub cue_at: Vec<u32>,
    pub next_strong: Vec<u32>,
}

/// Classifies every token of `text`, and notes the tense cue of each word
/// (computed here because the word is lower-cased here anyway).
pub(crate) fn classify(text: &str, tokens: &[Token]) -> Lexed {
    let n = tokens.len();
    let table = &*WORD_TABLE;
    let info: Vec<TokInfo> = tokens
        .iter()
        .map(|t| classify_token(table, text, t))
        .collect();
    let mut cue_at = Vec::with_capacity(n / 4 + 8);
    let mut next_strong = vec![u32::MAX; n];
    for (k, (x, slot)) in info.iter().zip(next_strong.iter_mut()).enumerate() {
        if x.cue.is_some() {
            cue_at.push(k as u32);
        }
        if x.strong {
            *slot = k as u32;
        }
    }
    let mut next = u32::MAX;
    for slot in next_strong.iter_mut().rev() {
        if *slot != u32::MAX {
            next = *slot;
        }
        *slot = next;
    }
    Lexed {
        info,
        cue_at,
        next_strong,
    }
}

#[inline]
fn classify_token(table: &WordTable, text: &str, t: &Token) -> TokInfo {
    let bytes = text.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let raw = raw_key(bytes, start, end);
    // Punctuation has no letters to lower-case.
    let key = match t.kind {
        TokenKind::Punct => raw.unwrap_or(0),
        _ => raw.map_or(0, lower_swar),
    };
    let (lex, cue, strong) = match t.kind {
        TokenKind::Word => {
            let (l, cue, strong) = classify_word_token(table, text, start, end, key);
            // A known word is never "Q3": only a miss can be one.
            let quarter = matches!(l, Lex::Other) && is_quarter_raw(raw, end - start);
            (l, cue, strong || quarter)
        }
        TokenKind::Punct => {
            let c = match bytes.get(start) {
                Some(&b) if b < 0x80 => char::from(b),
                _ => text[start..end].chars().next().unwrap_or(' '),
            };
            (Lex::Punct(c), None, false)
        }
        TokenKind::Possessive => (Lex::Other, None, false),
        TokenKind::Number => {
            let l = classify_number(&text[start..end]);
            let strong =
                l.is_strong() || matches!(l, Lex::Other) && is_quarter_raw(raw, end - start);
            (l, None, strong)
        }
    };
    TokInfo {
        key,
        lex,
        cue,
        strong,
    }
}

/// "Q3", "H1": quarter and half tokens (case matters), from the raw
/// packed bytes.
#[inline]
fn is_quarter_raw(raw: Option<u128>, len: usize) -> bool {
    len == 2
        && raw.is_some_and(|r| {
            matches!(r as u8, b'Q' | b'H') && (b'1'..=b'4').contains(&((r >> 8) as u8))
        })
}

/// The bytes `[start, end)` of `text` packed into one integer (little
/// endian, zero-padded), or `None` when longer than 16 bytes or not ASCII.
#[inline]
fn raw_key(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len > 16 || len == 0 {
        return None;
    }
    if len <= 8 {
        // Most words fit one 64-bit word: half the work.
        let w = match bytes.get(start..start + 8) {
            Some(b8) => {
                let mut a = [0u8; 8];
                a.copy_from_slice(b8);
                u64::from_le_bytes(a) & (u64::MAX >> (64 - 8 * len))
            }
            None => {
                let mut a = [0u8; 8];
                a[..len].copy_from_slice(bytes.get(start..end)?);
                u64::from_le_bytes(a)
            }
        };
        return (w & 0x8080_8080_8080_8080 == 0).then_some(u128::from(w));
    }
    let w = match bytes.get(start..start + 16) {
        Some(b16) => {
            let mut a = [0u8; 16];
            a.copy_from_slice(b16);
            u128::from_le_bytes(a) & MASKS[len]
        }
        None => {
            let mut a = [0u8; 16];
            a[..len].copy_from_slice(bytes.get(start..end)?);
            u128::from_le_bytes(a)
        }
    };
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    (w & HIGH == 0).then_some(w)
}

/// `MASKS[n]` keeps the low `n` bytes.
const MASKS: [u128; 17] = {
    let mut m = [0u128; 17];
    let mut n = 1;
    while n < 17 {
        m[n] = (m[n - 1] << 8) | 0xFF;
        n += 1;
    }
    m
};

/// ASCII lower-casing of all 16 packed bytes at once (every byte < 0x80).
#[inline]
fn lower_swar(w: u128) -> u128 {
    let lo = u128::from(lower64(w as u64));
    let hi = (w >> 64) as u64;
    if hi == 0 {
        lo
    } else {
        lo | (u128::from(lower64(hi)) << 64)
    }
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

/// The class and tense cue of a word token, `key` its packed lower-case
/// form (0 when not representable).
#[inline]
fn classify_word_token(
    table: &WordTable,
    text: &str,
    start: usize,
    end: usize,
    key: u128,
) -> (Lex, Option<Tense>, bool) {
    let len = end - start;
    if key == 0 {
        let word = &text[start..end];
        if len <= 16 || !word.is_ascii() {
            return (Lex::Other, None, false);
        }
        // No calendar word is that long; only the "-ed" cue can apply.
        return (Lex::Other, participle_cue(word, word.as_bytes()), false);
    }
    match table.get(key) {
        Some((lex, cue, strong)) => {
            let cue = cue.filter(|&t| {
                let lower = key.to_le_bytes();
                real_cue(&text[start..end], &lower[..len], t)
            });
            (lex, cue, strong)
        }
        None => {
            // Only a word ending in "-ed" can be a cue.
            // ('E' | 0x20 and 'e' | 0x20 are the only bytes giving 'e'.)
            let b = text.as_bytes();
            if len <= 4 || (b[end - 2] | 0x20) != b'e' || (b[end - 1] | 0x20) != b'd' {
                return (Lex::Other, None, false);
            }
            let word = &text[start..end];
            (Lex::Other, participle_cue(word, word.as_bytes()), false)
        }
    }
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
    (lexed.info[0].lex, lexed.info[0].cue)
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

fn lower16(bytes: &[u8]) -> [u8; 16] {
    let mut packed = [0u8; 16];
    for (k, b) in packed.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    packed
}

/// A word of at most 16 bytes, lower-cased and packed into one integer.
fn pack_lower(bytes: &[u8]) -> u128 {
    u128::from_le_bytes(lower16(bytes))
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

/// Known words, packed, with their class and tense cue: an open-addressing
/// table (linear probing, key 0 free) small enough to stay in cache.
pub(crate) struct WordTable {
    slots: Box<[Slot]>,
}

/// A packed word (0: free), its class, tense cue and strength.
type Slot = (u128, Lex, Option<Tense>, bool);

const TABLE_BITS: u32 = 10;

impl WordTable {
    #[inline]
    fn slot_of(key: u128) -> usize {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
    }

    #[inline]
    fn get(&self, key: u128) -> Option<(Lex, Option<Tense>, bool)> {
        let mask = self.slots.len() - 1;
        let mut at = Self::slot_of(key);
        loop {
            let (k, lex, cue, strong) = self.slots[at];
            if k == key {
                return Some((lex, cue, strong));
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }
}

static WORD_TABLE: LazyLock<WordTable> = LazyLock::new(|| {
    let mut slots = vec![(0u128, Lex::Other, None, false); 1 << TABLE_BITS].into_boxed_slice();
    let mask = slots.len() - 1;
    for w in KNOWN_WORDS {
        let key = pack_lower(w.as_bytes());
        let mut at = WordTable::slot_of(key);
        while slots[at].0 != 0 && slots[at].0 != key {
            at = (at + 1) & mask;
        }
        let lex = classify_word(w);
        slots[at] = (key, lex, tense_cue(w), lex.is_strong());
    }
    WordTable { slots }
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
            assert_eq!(raw_key(b, 0, b.len()).map(lower_swar), Some(pack_lower(b)));
        }
        assert_eq!(raw_key("Zürich".as_bytes(), 0, 7), None);
        assert_eq!(
            classify_one("DECEMBER", TokenKind::Word).0,
            Lex::Month { m: 12, full: true }
        );
    }
}
