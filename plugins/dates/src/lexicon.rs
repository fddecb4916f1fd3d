//! Token classes: every token of the document is classified once into a
//! [`Lex`] (a month, a weekday, a number, a keyword...), so the grammar
//! matches small enums instead of comparing strings.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// Classifies every token of `text`.
/// Token classes, tense cues, and for each token the index of the first
/// strong token at or after it (see [`Lex::is_strong`]).
pub(crate) struct Lexed {
    pub lex: Vec<Lex>,
    pub cues: Vec<Option<Tense>>,
    pub next_strong: Vec<u32>,
}

/// Classifies every token of `text`, and notes the tense cue of each word
/// (computed here because the word is lower-cased here anyway).
pub(crate) fn classify(text: &str, tokens: &[Token]) -> Lexed {
    let mut lex = Vec::with_capacity(tokens.len());
    let mut cues = Vec::with_capacity(tokens.len());
    WORD_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        for t in tokens {
            let (l, cue) = classify_one(t.text(text), t.kind, &mut cache);
            lex.push(l);
            cues.push(cue);
        }
    });
    let mut next_strong = vec![u32::MAX; tokens.len()];
    let mut next = u32::MAX;
    for k in (0..tokens.len()).rev() {
        if lex[k].is_strong() || lex[k] == Lex::Other && is_quarter_token(tokens[k].text(text)) {
            next = k as u32;
        }
        next_strong[k] = next;
    }
    Lexed {
        lex,
        cues,
        next_strong,
    }
}

/// "Q3", "H1": quarter and half tokens.
pub(crate) fn is_quarter_token(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 2 && matches!(b[0], b'Q' | b'H') && (b'1'..=b'4').contains(&b[1])
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

type WordCache = HashMap<[u8; 24], (Lex, Option<Tense>), BuildHasherDefault<WordHasher>>;

fn classify_one(word: &str, kind: TokenKind, cache: &mut WordCache) -> (Lex, Option<Tense>) {
    match kind {
        TokenKind::Punct => return (Lex::Punct(word.chars().next().unwrap_or(' ')), None),
        TokenKind::Possessive => return (Lex::Other, None),
        TokenKind::Number => return (classify_number(word), None),
        TokenKind::Word => {}
    }
    let bytes = word.as_bytes();
    if bytes.len() > 24 || !word.is_ascii() {
        return (Lex::Other, None);
    }
    let mut key = [0u8; 24];
    for (k, b) in key.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    // Words repeat (Zipf), so each distinct lower-cased word is classified
    // once per thread and then looked up.
    let (lex, cue) = match cache.get(&key) {
        Some(hit) => *hit,
        None => {
            let lower = std::str::from_utf8(&key[..bytes.len()]).unwrap_or("");
            let entry = (classify_word(lower), tense_cue(lower));
            if cache.len() >= 200_000 {
                cache.clear();
            }
            cache.insert(key, entry);
            entry
        }
    };
    let cue = cue.filter(|&t| real_cue(word, &key[..bytes.len()], t));
    (lex, cue)
}

thread_local! {
    static WORD_CACHE: RefCell<WordCache> =
        RefCell::new(HashMap::default());
}

/// A fast hasher for the zero-padded 24-byte word keys (no DoS concern:
/// the cache is bounded and local to the thread).
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0 ^ u64::from_le_bytes(w))
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .rotate_left(29);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

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
        if digits > 9 {
            return Lex::Other;
        }
        return match word.parse() {
            Ok(n) => Lex::Num {
                n,
                digits: digits as u8,
            },
            Err(_) => Lex::Other,
        };
    }
    let Ok(n) = word[..digits].parse::<u32>() else {
        return Lex::Other;
    };
    match rest {
        "s" if (digits == 4 || digits == 2) && n % 10 == 0 => Lex::Decade(n),
        "am" | "AM" | "a.m" => Lex::Clock { h: n, pm: false },
        "pm" | "PM" | "p.m" => Lex::Clock { h: n, pm: true },
        _ => numeric_ordinal(word).map_or(Lex::Other, Lex::Ord),
    }
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
