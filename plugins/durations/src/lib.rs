//! # durations
//!
//! ## What it extracts
//!
//! Spans of time: a number (in any form the shared grammar in
//! [`gleaner_text::numbers`] reads) with a unit from milliseconds to
//! millennia, and the phrases TimeML counts as durations:
//!
//! - amounts: "two hours", "9,000 years", "3.5 years", "3h", "twenty-five
//!   minutes", "a week", "another month", "a couple of days", "a fortnight"
//! - fractions: "half an hour", "a year and a half", "four and a half
//!   hours", "three quarters of an hour", "a half hour", "½ hour"
//! - compounds: "2 years 4 months 9 days", "2 hours and 15 minutes"
//! - hyphenated adjectives: "a 48-hour ceasefire", "a three-day visit",
//!   "day-long", "hours-long"
//! - ranges: "2 to 3 hours", "between 4 and 6 days", "12-18 months"
//! - modifiers, inside the span: "almost exactly two hours", "more than a
//!   day", "at least 12 more years", "a month or so"
//! - periods: "the past five months", "the last 36 hours", "the next few
//!   weeks", "the first seven months", "the past decade"
//! - vague amounts: "several weeks", "a few days", "for years", "within
//!   weeks", "recent years", "the weeks ahead", "all day"
//!
//! ## Normalised value
//!
//! `value`: an ISO 8601 / TIMEX3 duration. Fractions are carried into the
//! next unit when they come out whole ("PT1H30M", "P3Y6M", "PT30M"), else
//! written as decimals ("PT3.5S"). Decades, centuries and millennia use the
//! TIMEX3 designators `DE`, `CE`, `ML` ("P1DE"), weekends `WE`, quarters
//! `Q`; a fortnight is "P2W" and a night "P1D". A vague amount puts `X` for
//! the number: "PXW", "PTXH", "PXY". A range ("2 to 3 hours") has its lower
//! end in `value` (as TimeBank annotates "two to three weeks" P2W) and both
//! ends in `min` and `max`. `mod` carries the TimeML modifier (`APPROX`,
//! `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE`, `EXACT`).
//!
//! ## Examples (text → value)
//!
//! - "two hours" → PT2H
//! - "almost exactly two hours" → PT2H, mod APPROX
//! - "a year and a half" → P1Y6M
//! - "a 48-hour ceasefire" → "48-hour", PT48H
//! - "several weeks" → PXW; "for years" → "years", PXY
//! - "the past five years" → P5Y
//! - "two decades" → P2DE
//!
//! ## Not extracted (the false-positive traps)
//!
//! - durations that anchor a date: "two years ago", "three days later", "a
//!   week earlier", "two years from now" (the dates extractor's)
//! - ages: "a 45-year-old man", "52 years old", "five years of age" are
//!   not reported at all (an age is a property of a person, not a span of
//!   time in the story)
//! - times of day: "ten past 9", "half past seven", "2 pm", "a quarter to
//!   five"; dates and sets: "last week", "every two weeks", "twice a day",
//!   "the first week of March", "the 1990s"
//! - "a second time", "second-quarter", "the day", "Have a lovely week"
//!
//! ## References
//!
//! - ISO 8601-1:2019, durations (§5.5.2)
//! - TimeML TIMEX3 (Pustejovsky et al., TimeML 1.2.1 annotation guidelines):
//!   DURATION values and `mod`
//! - Microsoft Recognizers-Text, DateTime duration specification

use gleaner_core::{
    Analysis, Annotation, ConfigError, Configurable, Context, Document, Extractor,
    ExtractorFactory, Output, Span,
};
use std::sync::LazyLock;

use gleaner_text::TokenKind;
use gleaner_text::numbers::{
    AnchorScan, GRAMMAR_WORDS, Modifier, NUMBER_WORDS, Quantity, TimeUnit, UNIT_WORDS, Unit,
    UnitWord, WordMap, before_unit_words, glued, is_ordinal_or_clock, lower_at, may_start_quantity,
    modifier_at, parse_number_at, quantity_at, quantity_openers, scan_candidates, token_bytes,
    token_is, unit_token_at, unit_word,
};
use serde::{Deserialize, Serialize};

mod value;

pub use value::{iso_duration, vague_duration};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duration {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// ISO 8601 / TIMEX3 duration: "PT2H", "P3D", "PXW".
    pub value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// Lower end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    /// Upper end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
}

impl Annotation for Duration {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DurationsConfig {}

pub struct DurationsExtractor;

impl Extractor for DurationsExtractor {
    fn name(&self) -> &'static str {
        "durations"
    }

    fn extract(&self, _doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(find_durations(cx.analysis)))
    }
}

impl Configurable for DurationsExtractor {
    type Config = DurationsConfig;
    fn from_config(_: DurationsConfig) -> Result<Self, ConfigError> {
        Ok(DurationsExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DurationsExtractor>(
    "durations",
    "durations as ISO 8601 / TIMEX3 values (\"two hours\" → PT2H)"
));

/// A duration found at a token: its first and end tokens and its value.
struct Found {
    first: usize,
    end: usize,
    value: String,
    modifier: Option<Modifier>,
    range: Option<(String, String)>,
}

/// Every duration in the analysed text, in text order, never overlapping.
pub fn find_durations(a: &Analysis<'_>) -> Vec<Duration> {
    find_durations_with(a, true)
}

/// [`find_durations`]; `cut`: whether an anchor that no duration starting
/// before it can hold ([`own_start_only`]) is tried from its own token
/// alone (tests compare the two ways).
fn find_durations_with(a: &Analysis<'_>, cut: bool) -> Vec<Duration> {
    let mut scan = AnchorScan::default();
    let mut out = Vec::new();
    // Most tokens are surely no anchor, which one bit test on their length
    // and first and last bytes tells (`scan_candidates`): a bit of the
    // anchor words' filter, which lets digits with letters glued on
    // through too. The few others that pass (a mark whose first byte
    // shares a letter's row, as a dash `—` does) are turned down by
    // `is_anchor`.
    scan_candidates(a, &ANCHOR_WORDS, |c| {
        if !scan.is_taken(c) {
            at_anchor(a, c, cut, &mut scan, &mut out);
        }
    });
    out
}

/// The duration holding token `c` if it is an anchor, into `out`. Out of
/// the scan loop, which keeps its registers: anchors are rare.
#[inline(never)]
fn at_anchor(
    a: &Analysis<'_>,
    c: usize,
    cut: bool,
    scan: &mut AnchorScan,
    out: &mut Vec<Duration>,
) {
    if !is_anchor(a, c) {
        return;
    }
    // The duration holding a unit starts at most WINDOW tokens before it
    // ("at least the past two and a half years").
    let window = if cut && own_start_only(a, c) {
        0
    } else {
        WINDOW
    };
    let found = scan.find(a, c, window, &INNER, |s| {
        duration_at(a, s).map(|f| {
            let end = f.end;
            (f, end)
        })
    });
    out.extend(found.map(|f| mention(a, f)));
}

/// The output record of a duration the rules found.
fn mention(a: &Analysis<'_>, f: Found) -> Duration {
    let toks = a.tokens();
    let span = toks[f.first].span.to(toks[f.end - 1].span);
    let (min, max) = f
        .range
        .map_or((None, None), |(lo, hi)| (Some(lo), Some(hi)));
    Duration {
        start: span.start,
        end: span.end,
        text: span.text(a.text()).to_string(),
        value: f.value,
        modifier: f.modifier,
        min,
        max,
    }
}

/// A token every duration holds: a time unit word, digits with letters
/// glued on ("3h", "3.5years"), or "yearlong" and its kin. Units are rare
/// in running text, so the rules run only near them.
fn is_anchor(a: &Analysis<'_>, c: usize) -> bool {
    match a.tokens()[c].kind {
        TokenKind::Number => number_anchor(a.token_text(c)),
        TokenKind::Word => match ANCHOR_WORDS.get_candidate(token_bytes(a, c)) {
            0 => false,
            FULL_UNIT | LONG_ADJECTIVE => true,
            _ => time_unit_anchor(a, c),
        },
        _ => false,
    }
}

/// A time unit, and for "h" or "ms" one right after digits.
fn time_unit_anchor(a: &Analysis<'_>, c: usize) -> bool {
    unit_token_at(a, c).is_some_and(|(u, _, _)| {
        time_unit(&u).is_some()
            && (!u.digits_only || (c > 0 && a.tokens()[c - 1].kind == TokenKind::Number))
    })
}

/// How far before its unit a duration may start, in tokens.
const WINDOW: usize = 12;

/// Whether no duration starting before anchor `c` can hold it, so that
/// only a duration starting at `c` is tried: most anchors ("this year",
/// "last week", "the day", "a 20-year-old") start none. Every rule reads a
/// unit word right after a word of [`BEFORE_UNIT`], digits, or a non-ASCII
/// token ("½", "‐"); after four of these words only with more words
/// around, which are tested here (for a word anchor that starts no number:
/// "3h" and "quarter" may follow a modifier):
/// - "the": "the year ended", "the weeks ahead";
/// - a period word: with "the" before it ("the past year"), or before a
///   number or a plural ("past 20 years", "coming weeks");
/// - a hyphen: "48-hour", "all-day", never in an age ("a 20-year-old").
fn own_start_only(a: &Analysis<'_>, c: usize) -> bool {
    let toks = a.tokens();
    if c == 0 || toks[c].kind != TokenKind::Word || toks[c - 1].kind == TokenKind::Number {
        return false;
    }
    let before = token_bytes(a, c - 1);
    let flags = BEFORE_UNIT.get_bytes(before);
    let cut = if flags & BEFORE_ANY != 0 {
        false
    } else if flags & BEFORE_THE != 0 {
        !matches!(
            lower_at(a, c + 1).as_bytes(),
            b"ended" | b"ending" | b"ahead"
        )
    } else if flags & BEFORE_PERIOD != 0 {
        !(may_be_plural(lower_at(a, c).as_bytes()) || c >= 2 && token_is(a, c - 2, "the"))
    } else if flags & BEFORE_HYPHEN != 0 {
        is_age(a, c + 1)
            && !(c >= 2 && STARTERS.get_bytes(lower_at(a, c - 2).as_bytes()) & WHOLE != 0)
    } else {
        // Not ASCII ("½", a dash) may be anything: the map holds none.
        a.shape(c - 1).ascii()
    };
    // A unit word that is a number too ("quarter") may follow a modifier.
    cut && !may_start_quantity(a, c)
}

/// Flags of [`BEFORE_UNIT`]: a word that may stand right before a unit
/// inside a duration anywhere, and the words after which
/// [`own_start_only`] looks further: "the", a period word, a hyphen.
const BEFORE_ANY: u8 = 1;
const BEFORE_THE: u8 = 2;
const BEFORE_PERIOD: u8 = 4;
const BEFORE_HYPHEN: u8 = 8;

/// The words (and the mark "-") that may stand right before a unit word
/// inside a duration that starts before the unit, with the flags above:
/// the grammar's own ([`before_unit_words`]), the words that open a
/// reporting period ("the fiscal year ended"), a whole unit ("all day")
/// or a vague plural ("recent years"), "or" ("weeks or months") and, to be
/// safe, the other words that join amounts.
static BEFORE_UNIT: LazyLock<WordMap> = LazyLock::new(|| {
    let any = [
        "fiscal",
        "all",
        "full",
        "whole",
        "entire",
        "recent",
        "intervening",
        "subsequent",
    ];
    let joins = ["or", "and", "to", "through"];
    WordMap::new(
        before_unit_words()
            .chain(any)
            .chain(joins)
            .map(|w| (w, BEFORE_ANY))
            .chain([("the", BEFORE_THE), ("-", BEFORE_HYPHEN)])
            .chain(PERIOD_WORDS.iter().map(|&w| (w, BEFORE_PERIOD))),
    )
});

/// Whether a number token, `text`, anchors a duration: digits with
/// letters that are not an ordinal or a time of day ("3h", not "7th").
fn number_anchor(text: &str) -> bool {
    text.ends_with(|ch: char| ch.is_alphabetic()) && !is_ordinal_or_clock(text)
}

/// A time unit word written in full ("hours"), which is a unit in any
/// case: an anchor wherever it stands.
const FULL_UNIT: u8 = 1;
/// An abbreviation ("hrs", "h"), a unit only as written and, for some,
/// only after digits: [`time_unit_anchor`] decides.
const ABBREVIATION: u8 = 2;
const LONG_ADJECTIVE: u8 = 4;

/// Every word that may anchor a duration: the time unit words (in lower
/// case) and "daylong" & co.
static ANCHOR_WORDS: LazyLock<WordMap> = LazyLock::new(|| {
    let long = ["daylong", "weeklong", "monthlong", "yearlong"];
    WordMap::new(
        UNIT_WORDS
            .iter()
            .filter_map(|&w| {
                let u = unit_word(w, false)?;
                time_unit(&u)?;
                Some((
                    w,
                    if u.abbreviation {
                        ABBREVIATION
                    } else {
                        FULL_UNIT
                    },
                ))
            })
            .chain(long.into_iter().map(|w| (w, LONG_ADJECTIVE))),
    )
    // "3h", "3.5years"
    .passing_glued_letters()
});

/// The words (and ASCII marks) only the duration grammar here may read
/// inside a duration, in lower case; with `gleaner_text::numbers::GRAMMAR_WORDS`
/// a superset of every word literal of both sources but the few only ever
/// read around a duration ("ago", "for", "per"; a test keeps it so).
const INNER_WORDS: &[&str] = &[
    "ahead",
    "all",
    "coming",
    "daylong",
    "ensuing",
    "entire",
    "final",
    "first",
    "fiscal",
    "following",
    "initial",
    "intervening",
    "last",
    "latest",
    "monthlong",
    "next",
    "past",
    "preceding",
    "previous",
    "ptxh",
    "pxw",
    "pxy",
    "recent",
    "remaining",
    "subsequent",
    "upcoming",
    "weeklong",
    "yearlong",
];

static INNER: LazyLock<WordMap> =
    LazyLock::new(|| WordMap::new(GRAMMAR_WORDS.iter().chain(INNER_WORDS).map(|&w| (w, 1))));

fn time_unit(u: &UnitWord) -> Option<TimeUnit> {
    match u.unit {
        Unit::Time(t) => Some(t),
        Unit::Length(_) => None,
    }
}

// What a word may start: one bit per rule of [`duration_at`], which runs
// a rule only where its first word can stand.

/// "the": "the past …", "the fiscal year …", "the weeks ahead".
const THE: u8 = 1;
/// A word of [`PERIOD_WORDS`]: "past", "next", … ([`period_at`]).
const PERIOD: u8 = 2;
/// A number word or a word that opens a quantity or its modifier
/// ([`quantity_at`], through [`amount_at`]).
const QUANTITY: u8 = 4;
/// "all", "full", "whole", "entire" ([`whole_unit_at`]).
const WHOLE: u8 = 8;
/// A unit word ([`long_adjective_at`], [`vague_plural_at`]; after "the",
/// [`reporting_period_at`] too).
const UNIT: u8 = 16;
/// "daylong" and its kin ([`long_adjective_at`]).
const LONG: u8 = 32;
/// "recent", "coming", … before a plural unit ([`vague_plural_at`]).
const ADJECTIVE: u8 = 64;
/// "fiscal": starts nothing, but "the fiscal year" starts a duration.
const FISCAL: u8 = 128;

/// Every lower-case word a duration may start with (and "fiscal"), with
/// the [`duration_at`] rules it may start. One probe per token.
static STARTERS: LazyLock<WordMap> = LazyLock::new(|| {
    let tagged = |words: &'static [&'static str], flag: u8| words.iter().map(move |&w| (w, flag));
    let long = ["daylong", "weeklong", "monthlong", "yearlong"];
    let adjectives = [
        "recent",
        "coming",
        "upcoming",
        "ensuing",
        "intervening",
        "subsequent",
    ];
    WordMap::new(
        [("the", THE), ("fiscal", FISCAL)]
            .into_iter()
            .chain(tagged(PERIOD_WORDS, PERIOD))
            .chain(tagged(NUMBER_WORDS, QUANTITY))
            .chain(quantity_openers().map(|w| (w, QUANTITY)))
            .chain(tagged(&["all", "full", "whole", "entire"], WHOLE))
            .chain(tagged(UNIT_WORDS, UNIT))
            .chain(long.into_iter().map(|w| (w, LONG)))
            .chain(adjectives.into_iter().map(|w| (w, ADJECTIVE))),
    )
});

/// Whether a lower-case word is one of [`PERIOD_WORDS`].
fn is_period_word(w: &[u8]) -> bool {
    STARTERS.get_bytes(w) & PERIOD != 0
}

/// The [`STARTERS`] flags of word token `i` (0 for any other token).
fn starter_flags(a: &Analysis<'_>, i: usize) -> u8 {
    let t = a.tokens()[i];
    if t.kind != TokenKind::Word || t.span.len() > 24 {
        return 0;
    }
    let word = &a.text().as_bytes()[t.span.start..t.span.end];
    match STARTERS.get_bytes(word) {
        // "½": the only non-ASCII words that start anything.
        0 if !a.shape(i).ascii() && may_start_quantity(a, i) => QUANTITY,
        flags => flags,
    }
}

fn duration_at(a: &Analysis<'_>, i: usize) -> Option<Found> {
    if a.tokens()[i].kind == TokenKind::Number {
        return amount_at(a, i);
    }
    let flags = starter_flags(a, i);
    if flags == 0 {
        return None;
    }
    // The first word in lower case, read once for the rules below.
    let word = lower_at(a, i);
    let w = word.as_bytes();
    if flags & THE != 0 {
        // Only "the past …", "the fiscal year …", "the weeks ahead": the
        // next word's flags tell which of the three may follow.
        if i + 1 >= a.tokens().len() {
            return None;
        }
        let next = starter_flags(a, i + 1);
        if next & PERIOD != 0
            && let Some(f) = period_at(a, i)
        {
            return Some(f);
        }
        if next & (FISCAL | UNIT) != 0
            && let Some(f) = reporting_period_at(a, i)
        {
            return Some(f);
        }
        return if next & UNIT != 0 {
            vague_plural_at(a, i, w)
        } else {
            None
        };
    }
    if flags & PERIOD != 0
        && let Some(f) = period_at(a, i)
    {
        return Some(f);
    }
    if flags & QUANTITY != 0 {
        // "at least the past 14 weeks": a modifier before a period phrase.
        // Prepositions that can be modifiers ("over two days") are only
        // prepositions here: "over the next few days".
        if !matches!(
            w,
            b"over" | b"under" | b"around" | b"about" | b"above" | b"below" | b"beyond" | b"some"
        ) && let Some((m, e)) = modifier_at(a, i)
            && let Some(mut f) = period_at(a, e)
        {
            f.first = i;
            f.modifier.get_or_insert(m);
            return Some(f);
        }
        if let Some(f) = amount_at(a, i) {
            return Some(f);
        }
    }
    if flags & WHOLE != 0
        && let Some(f) = whole_unit_at(a, i, w)
    {
        return Some(f);
    }
    if flags & (UNIT | LONG) != 0
        && let Some(f) = long_adjective_at(a, i, w)
    {
        return Some(f);
    }
    // A unit word starts a vague amount only in the plural ("for years"),
    // which its spelling tells before the unit lookup: most units met are
    // singular ("this year", "the second half").
    if flags & ADJECTIVE != 0 || (flags & UNIT != 0 && may_be_plural(w)) {
        return vague_plural_at(a, i, w);
    }
    None
}

/// Whether a unit word (`w`, in lower case) may be a plural: every plural
/// time unit ends in "s" but "millennia" (a test keeps it so).
fn may_be_plural(w: &[u8]) -> bool {
    w.last() == Some(&b's') || w == b"millennia"
}

/// Words after a duration that turn it into a date: "two years ago".
/// "a year-earlier deficit" and "the year-ago quarter" too. "six days before
/// the auction" stays a duration: TimeML marks the span between two
/// events ("before"/"after" + event) as a duration.
fn anchors_a_date(a: &Analysis<'_>, end: usize) -> bool {
    let k = if is_hyphen(a, end) && glued(a, end - 1, end) {
        end + 1
    } else {
        end
    };
    match lower_at(a, k).as_bytes() {
        b"ago" | b"later" | b"earlier" | b"hence" | b"afterward" | b"afterwards" => true,
        b"from" => token_is(a, k + 1, "now") || token_is(a, k + 1, "today"),
        _ => false,
    }
}

fn is_hyphen(a: &Analysis<'_>, i: usize) -> bool {
    i > 0 && i < a.tokens().len() && a.token_text(i) == "-"
}

/// "$2.40 a year", "four flights a week", "24 hours a day": an article
/// after an amount is a rate ("per"), not a span of time.
fn is_rate_article(a: &Analysis<'_>, article: usize) -> bool {
    if article == 0 {
        return false;
    }
    let is_amount = |j: usize| {
        a.tokens()[j].kind == TokenKind::Number
            || matches!(
                lower_at(a, j).as_bytes(),
                b"million"
                    | b"billion"
                    | b"thousand"
                    | b"trillion"
                    | b"hundred"
                    | b"cents"
                    | b"dollars"
                    | b"percent"
                    | b"pounds"
                    | b"euros"
                    | b"yen"
            )
            || parse_number_at(a, j).is_some_and(|n| n.end == j + 1 && !n.article && !n.vague)
    };
    let prev = article - 1;
    // "$15-an-hour"
    if is_amount(prev) || (a.token_text(prev) == "-" && glued(a, prev, article)) {
        return true;
    }
    // A plural noun counted just before: "400 crates a week".
    prev > 0
        && a.tokens()[prev].kind == TokenKind::Word
        && a.token_text(prev).ends_with('s')
        && is_amount(prev - 1)
}

/// "he will one day return": "one day" meaning some day.
fn is_someday(a: &Analysis<'_>, q_first: usize, end: usize) -> bool {
    if q_first == 0 {
        return token_is(a, end, ",");
    }
    matches!(
        lower_at(a, q_first - 1).as_bytes(),
        b"will"
            | b"would"
            | b"could"
            | b"might"
            | b"may"
            | b"can"
            | b"should"
            | b"must"
            | b"shall"
            | b"to"
            | b"and"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"it"
            | b"who"
            | b"that"
    ) || (token_is(a, end, ",") && a.tokens()[q_first - 1].kind == TokenKind::Punct)
}

/// Words after a duration that make it an age: "52 years old",
/// "a 45-year-old man", "five years of age".
fn is_age(a: &Analysis<'_>, end: usize) -> bool {
    let k = if a
        .tokens()
        .get(end)
        .is_some_and(|_| a.token_text(end) == "-")
        && glued(a, end - 1, end)
    {
        end + 1
    } else {
        end
    };
    match lower_at(a, k).as_bytes() {
        b"old" | b"olds" => true,
        b"of" => token_is(a, k + 1, "age"),
        _ => false,
    }
}

/// Words before an amount that make it a rate or a set: "twice a day",
/// "every two weeks", "per year".
fn is_rate(a: &Analysis<'_>, first: usize) -> bool {
    first > 0
        && matches!(
            lower_at(a, first - 1).as_bytes(),
            b"per" | b"every" | b"each" | b"once" | b"twice" | b"thrice" | b"times"
        )
}

/// A number and a time unit, with compounds ("2 hours and 15 minutes").
fn amount_at(a: &Analysis<'_>, i: usize) -> Option<Found> {
    amount_of(a, quantity_at(a, i)?)
}

/// [`amount_at`] of a quantity already read.
fn amount_of(a: &Analysis<'_>, q: Quantity) -> Option<Found> {
    let unit = time_unit(&q.unit)?;
    if anchors_a_date(a, q.end) || is_age(a, q.end) || is_rate(a, q.number.first) {
        return None;
    }
    // "a day-long meeting": the article belongs to the noun.
    if q.number.article && long_suffix_at(a, q.end).is_some() {
        return None;
    }
    // "One day, ..." and "he will one day" tell a story, not a span of time.
    if unit == TimeUnit::Day
        && q.modifier.is_none()
        && q.value == 1.0
        && lower_at(a, q.number.first).as_bytes() == b"one"
        && is_someday(a, q.number.first, q.end)
    {
        return None;
    }
    if q.number.article && q.modifier.is_none() && is_rate_article(a, q.number.first) {
        return None;
    }
    // "three-quarters oppose", "about three quarters of voters": a share.
    // Quarters of a year are counted after a period word or "for"/"over".
    if unit == TimeUnit::Quarter && q.value <= 3.0 && !q.number.article && !q.is_vague() {
        let before = if q.number.first > 0 {
            lower_at(a, q.number.first - 1)
        } else {
            lower_at(a, usize::MAX)
        };
        let counted = is_period_word(before.as_bytes())
            || matches!(
                before.as_bytes(),
                b"for" | b"over" | b"in" | b"within" | b"the"
            );
        if !counted || q.hyphenated {
            return None;
        }
    }
    if q.is_vague() {
        let hyphen_long = long_suffix_at(a, q.end);
        return Some(Found {
            first: q.first,
            end: hyphen_long.unwrap_or(q.end),
            value: vague_duration(unit),
            modifier: q.modifier,
            range: None,
        });
    }
    let mut parts = vec![(unit, q.value)];
    let mut end = q.end;
    if q.max.is_none() && !q.hyphenated {
        // "2 years 4 months 9 days", "2 hours and 15 minutes".
        loop {
            let k = if token_is(a, end, "and") {
                end + 1
            } else {
                end
            };
            let Some(next) = quantity_at(a, k) else { break };
            let Some(u) = time_unit(&next.unit) else {
                break;
            };
            if next.modifier.is_some()
                || next.is_vague()
                || next.max.is_some()
                || next.hyphenated
                || next.number.article && k == end
                || parts.iter().any(|(p, _)| p == &u)
            {
                break;
            }
            if anchors_a_date(a, next.end) {
                return None;
            }
            parts.push((u, next.value));
            end = next.end;
        }
    }
    // "between two weeks and four months old": an age after all.
    if end != q.end && (is_age(a, end) || anchors_a_date(a, end)) {
        return None;
    }
    if let Some(e) = long_suffix_at(a, end) {
        end = e;
    }
    let value = iso_duration(&parts);
    let range = q.max.map(|m| (value.clone(), iso_duration(&[(unit, m)])));
    Some(Found {
        first: q.first,
        end,
        value,
        modifier: q.modifier,
        range,
    })
}

/// "-long" after a unit: "hours-long", "48-hour-long". The end token.
fn long_suffix_at(a: &Analysis<'_>, end: usize) -> Option<usize> {
    (end > 0
        && a.tokens()
            .get(end)
            .is_some_and(|_| a.token_text(end) == "-")
        && glued(a, end - 1, end)
        && glued(a, end, end + 1)
        && token_is(a, end + 1, "long"))
    .then_some(end + 2)
}

const PERIOD_WORDS: &[&str] = &[
    "past",
    "last",
    "next",
    "coming",
    "first",
    "previous",
    "final",
    "latest",
    "initial",
    "remaining",
    "ensuing",
    "following",
    "preceding",
    "upcoming",
];

/// "the past three months", "the next few days", "past 20 years", "the
/// first hours", "the past decade".
fn period_at(a: &Analysis<'_>, i: usize) -> Option<Found> {
    let the = token_is(a, i, "the");
    let k = if the { i + 1 } else { i };
    let word = lower_at(a, k);
    if !is_period_word(word.as_bytes()) {
        return None;
    }
    let k = k + 1;
    if let Some(q) = quantity_at(a, k)
        && time_unit(&q.unit).is_some()
    {
        if q.number.article && !the {
            return None;
        }
        let mut f = amount_of(a, q)?;
        f.first = i;
        return Some(f);
    }
    let (u, _, end) = unit_token_at(a, k)?;
    let unit = time_unit(&u)?;
    if u.abbreviation || anchors_a_date(a, end) {
        return None;
    }
    if u.plural {
        // "the first hours", "the past months".
        return the.then(|| Found {
            first: i,
            end,
            value: vague_duration(unit),
            modifier: None,
            range: None,
        });
    }
    // "the past year", "the last decade": a duration only after "past" or
    // "last" with "the", and not "the last week of August".
    let singular_ok = matches!(
        unit,
        TimeUnit::Week | TimeUnit::Month | TimeUnit::Year | TimeUnit::Decade | TimeUnit::Century
    );
    let after = lower_at(a, end);
    if the
        && singular_ok
        && matches!(word.as_bytes(), b"past" | b"last")
        // (b"\xE2\x80\x99s" is "’s".)
        && !matches!(after.as_bytes(), b"of" | b"'s" | b"\xE2\x80\x99s" | b"and" | b"or")
        && !a
            .tokens()
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        return Some(Found {
            first: i,
            end,
            value: iso_duration(&[(unit, 1.0)]),
            modifier: None,
            range: None,
        });
    }
    None
}

/// A reporting period in business news: "the year ended April 30", "the
/// fiscal year ending September 30". ("the quarter ended Oct. 2" is left out:
/// TimeBank reads a quarter named by its end as a date as often as not.)
fn reporting_period_at(a: &Analysis<'_>, i: usize) -> Option<Found> {
    if !token_is(a, i, "the") {
        return None;
    }
    let k = if token_is(a, i + 1, "fiscal") {
        i + 2
    } else {
        i + 1
    };
    let (u, _, end) = unit_token_at(a, k)?;
    let unit = time_unit(&u)?;
    if u.plural || u.abbreviation || unit != TimeUnit::Year {
        return None;
    }
    if !matches!(lower_at(a, end).as_bytes(), b"ended" | b"ending") {
        return None;
    }
    Some(Found {
        first: i,
        end,
        value: iso_duration(&[(unit, 1.0)]),
        modifier: None,
        range: None,
    })
}

/// "all day", "all-week", "full day", "whole day", "the whole year"
/// (`w`: token `i` in lower case).
fn whole_unit_at(a: &Analysis<'_>, i: usize, w: &[u8]) -> Option<Found> {
    if !matches!(w, b"all" | b"full" | b"whole" | b"entire") {
        return None;
    }
    let k = if a
        .tokens()
        .get(i + 1)
        .is_some_and(|_| a.token_text(i + 1) == "-")
        && glued(a, i, i + 1)
    {
        i + 2
    } else {
        i + 1
    };
    let (u, _, end) = unit_token_at(a, k)?;
    let unit = time_unit(&u)?;
    if u.plural
        || u.abbreviation
        || !matches!(
            unit,
            TimeUnit::Day | TimeUnit::Night | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
        )
    {
        return None;
    }
    // "all day long" is still all day; "full-year results" is a year.
    let end = if token_is(a, end, "long") {
        end + 1
    } else {
        end
    };
    Some(Found {
        first: i,
        end,
        value: iso_duration(&[(unit, 1.0)]),
        modifier: None,
        range: None,
    })
}

/// "day-long", "hours-long", "yearlong" (`w`: token `i` in lower case).
fn long_adjective_at(a: &Analysis<'_>, i: usize, w: &[u8]) -> Option<Found> {
    let single = match w {
        b"daylong" => Some(TimeUnit::Day),
        b"weeklong" => Some(TimeUnit::Week),
        b"monthlong" => Some(TimeUnit::Month),
        b"yearlong" => Some(TimeUnit::Year),
        _ => None,
    };
    if let Some(unit) = single {
        let value = iso_duration(&[(unit, 1.0)]);
        return Some(Found {
            first: i,
            end: i + 1,
            value,
            modifier: None,
            range: None,
        });
    }
    // "-long" first, the cheaper test: a time unit is one token.
    let end = long_suffix_at(a, i + 1)?;
    let (u, _, _) = unit_token_at(a, i)?;
    let unit = time_unit(&u)?;
    let value = if u.plural {
        vague_duration(unit)
    } else {
        iso_duration(&[(unit, 1.0)])
    };
    Some(Found {
        first: i,
        end,
        value,
        modifier: None,
        range: None,
    })
}

/// A bare plural unit read as a vague amount: "for years", "within weeks",
/// "recent years", "coming weeks", "the weeks ahead", "weeks or months"
/// (`w`: token `i` in lower case).
fn vague_plural_at(a: &Analysis<'_>, i: usize, w: &[u8]) -> Option<Found> {
    let adjective = matches!(
        w,
        b"recent" | b"coming" | b"upcoming" | b"ensuing" | b"intervening" | b"subsequent"
    );
    // "the 5 coming minutes" counts minutes from now: a date range.
    if adjective && i > 0 && parse_number_at(a, i - 1).is_some_and(|n| !n.vague) {
        return None;
    }
    let the = w == b"the";
    let k = if adjective || the { i + 1 } else { i };
    let (u, _, mut end) = unit_token_at(a, k)?;
    let unit = time_unit(&u)?;
    if !u.plural || u.abbreviation || unit == TimeUnit::Millisecond {
        return None;
    }
    let after = lower_at(a, end);
    if anchors_a_date(a, end)
        || matches!(after.as_bytes(), b"before" | b"after" | b"since" | b"old")
        || is_age(a, end)
    {
        return None;
    }
    if the {
        // "the weeks ahead"
        if !token_is(a, end, "ahead") {
            return None;
        }
        end += 1;
    } else if !adjective {
        let before = if i > 0 {
            lower_at(a, i - 1)
        } else {
            lower_at(a, usize::MAX)
        };
        let cue = matches!(
            before.as_bytes(),
            b"for"
                | b"within"
                | b"in"
                | b"after"
                | b"over"
                | b"lasting"
                | b"lasted"
                | b"spent"
                | b"took"
                | b"taken"
                | b"takes"
                | b"take"
                | b"spanning"
                | b"waited"
                | b"waiting"
                | b"spend"
                | b"spending"
                | b"lasts"
        );
        if !cue {
            return None;
        }
        // "in years past" is fine, "in days of old" is not a span.
        if before.as_bytes() == b"in" && after.as_bytes() == b"of" {
            return None;
        }
    }
    // "weeks or months": one vague span.
    if token_is(a, end, "or")
        && let Some((u2, _, e2)) = unit_token_at(a, end + 1)
        && u2.plural
        && time_unit(&u2).is_some()
    {
        end = e2;
    }
    Some(Found {
        first: i,
        end,
        value: vague_duration(unit),
        modifier: None,
        range: None,
    })
}

#[cfg(test)]
mod tests;
