//! # distances
//!
//! ## What it extracts
//!
//! Lengths and distances written with a number and a unit of length, in
//! any form the shared grammar ([`gleaner_text::numbers`]) reads: digits
//! ("9,000 kilometers", "2.5 km", "10km"), spelled numbers ("nine thousand
//! miles", "two feet"), fractions ("half a mile", "7 1/2 miles", "1/4
//! mile"), scales ("1.5 million km", "3m km"), hyphenated adjectives ("a
//! 10-mile stretch"), ranges ("5-10 km", "between 4 and 6 miles") and
//! modifiers ("almost", "more than", "up to", …). The span includes the
//! modifier: "almost 9,000 kilometers". Feet and inches written together
//! are one distance ("4 feet 7 inches").
//!
//! Units: kilometres/km, metres/m, decimetres/dm, centimetres/cm,
//! millimetres/mm, micrometres, nanometres, picometres, miles/mi, nautical
//! miles, yards/yd, feet/foot/ft, inches/in, light-years.
//!
//! ## Normalised value
//!
//! - `metres`: the distance in metres (international yard and pound). For a
//!   range, the upper end (the number written next to the unit), with the
//!   two ends in `min` and `max`.
//! - `unit`: the unit as written ("kilometers", "km", "feet").
//! - `mod`: the TimeML modifier when there is one: `APPROX`, `LESS_THAN`,
//!   `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE`, `EXACT`.
//!
//! ## Examples (text → value)
//!
//! - "almost 9,000 kilometers" → 9000000.0, mod APPROX
//! - "a 10-mile stretch" → "10-mile", 16093.44
//! - "half a mile" → 804.672
//! - "5-10 km" → 10000.0, min 5000.0, max 10000.0
//! - "6 feet tall" → 1.8288 (a person's height written as a length is kept)
//! - "4 ft 7 in" → 1.397
//!
//! ## Not extracted (the false-positive traps)
//!
//! - speeds: "50 miles per hour", "140 miles an hour", "80 km/h"
//! - areas and volumes: "815 square meters", "47 km2", "2.4 trillion cubic
//!   feet", "10 km squared"
//! - "m" meaning million: "$7m", "4m voters", "3.6M dollars" (but "3m km"
//!   is three million kilometres)
//! - "in" the preposition: "3 in october" ("in" is an inch only before a
//!   dimension word or after feet: "2 in long", "4 ft 7 in")
//! - identifiers: "qz-58 m", "58120m407"; times: "7 pm"
//! - vague amounts without a number: "miles away", "hundreds of miles"
//!
//! ## References
//!
//! - NIST SP 811, Appendix B (conversion factors for US customary units)
//! - ISO 80000-3 (space and time); TimeML / TIMEX3 `mod` values

use gleaner_core::{
    Analysis, Annotation, ConfigError, Configurable, Context, Document, Extractor,
    ExtractorFactory, Output, Span,
};
use gleaner_text::TokenKind;
use gleaner_text::numbers::{
    AnchorScan, GRAMMAR_WORDS, LengthUnit, Modifier, Quantity, UNIT_WORDS, Unit, WordMap, glued,
    is_ordinal_or_clock, lower_at, parse_number_at, quantity_at, scan_candidates, token_bytes,
    token_is, unit_token_at, unit_word,
};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Distance {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The distance in metres (for a range, the upper end).
    pub metres: f64,
    /// The unit as written.
    pub unit: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// Lower end of a range, in metres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Upper end of a range, in metres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Annotation for Distance {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistancesConfig {}

pub struct DistancesExtractor;

impl Extractor for DistancesExtractor {
    fn name(&self) -> &'static str {
        "distances"
    }

    fn extract(&self, _doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(find_distances(cx.analysis)))
    }
}

impl Configurable for DistancesExtractor {
    type Config = DistancesConfig;
    fn from_config(_: DistancesConfig) -> Result<Self, ConfigError> {
        Ok(DistancesExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DistancesExtractor>(
    "distances",
    "distances with their length in metres (\"almost 9,000 kilometers\")"
));

/// Every distance in the analysed text, in text order, never overlapping.
pub fn find_distances(a: &Analysis<'_>) -> Vec<Distance> {
    let mut scan = AnchorScan::default();
    let mut out = Vec::new();
    // Most tokens are surely no anchor, which one bit test on their length
    // and first and last bytes tells (`scan_candidates`): a bit of the
    // length words' filter, which lets inch marks and digits with letters
    // glued on through too. The few others that pass (a mark whose first
    // byte shares a letter's row, as a dash `—` does, and the many `"` and
    // "in" that follow no number) are turned down by `at_candidate`.
    scan_candidates(a, &LENGTH_WORDS, |c| {
        at_candidate(a, c, &mut scan, &mut out)
    });
    out
}

/// The distance holding candidate token `c`, if it is an anchor, into
/// `out`. Out of the scan loop, which keeps its registers.
#[inline(never)]
fn at_candidate(a: &Analysis<'_>, c: usize, scan: &mut AnchorScan, out: &mut Vec<Distance>) {
    // Digits before an inch mark, `"` or `″` (whose first byte is 0xE2),
    // are an anchor too, seen from the mark, which is none itself: nothing
    // happens between the two tokens. (Digits with letters glued on were
    // tried already; trying them again finds the same.)
    let toks = a.tokens();
    let first = a.text().as_bytes()[toks[c].span.start];
    let inch_mark = c > 0 && matches!(first, b'"' | 0xE2) && toks[c - 1].kind == TokenKind::Number;
    let anchor = c - usize::from(inch_mark);
    // The distance holding a unit starts at most WINDOW tokens before it
    // ("no more than two hundred and fifty thousand km").
    if !scan.is_taken(anchor) && is_anchor(a, anchor) {
        out.extend(scan.find(a, anchor, WINDOW, &INNER, |s| distance_at(a, s)));
    }
}

/// The words that may be (the first word of) a length unit, in lower
/// case: the unit words of length and the first words of the two-word
/// units. [`is_anchor`] decides on the word as written and where it
/// stands ("m", "in", "mi" only right after digits).
static LENGTH_WORDS: LazyLock<WordMap> = LazyLock::new(|| {
    WordMap::new(
        UNIT_WORDS
            .iter()
            .filter_map(|&w| {
                let u = unit_word(w, false)?;
                matches!(u.unit, Unit::Length(_)).then_some((
                    w,
                    if u.abbreviation {
                        OTHER_UNIT
                    } else {
                        FULL_UNIT
                    },
                ))
            })
            .chain([("nautical", OTHER_UNIT), ("light", OTHER_UNIT)]),
    )
    // Inch marks, which anchor the digits before them.
    .passing_ends(b"\"")
    .passing_ends("″".as_bytes())
    // "10km", "1.8m"
    .passing_glued_letters()
});

/// A length unit word written in full ("miles"), which is a unit in any
/// case: an anchor wherever it stands.
const FULL_UNIT: u8 = 1;
/// An abbreviation ("km", "in"), a unit only as written and, for some,
/// only after digits, or the first word of a two-word unit ("nautical
/// miles"): [`unit_token_at`] decides.
const OTHER_UNIT: u8 = 2;

/// The words (and ASCII marks) only the distance grammar here may read
/// inside a distance, in lower case; with `gleaner_text::numbers::GRAMMAR_WORDS`
/// a superset of every word literal of both sources (a test keeps it so).
const INNER_WORDS: &[&str] = &[
    "ago",
    "barrels",
    "biggest",
    "cars",
    "cases",
    "children",
    "copies",
    "customers",
    "deaths",
    "distances",
    "dollars",
    "doses",
    "each",
    "euros",
    "every",
    "game",
    "homes",
    "households",
    "innings",
    "is",
    "jobs",
    "largest",
    "leg",
    "mod",
    "people",
    "per",
    "place",
    "pounds",
    "residents",
    "round",
    "said",
    "set",
    "shares",
    "sq",
    "square",
    "squared",
    "stage",
    "subscribers",
    "term",
    "test",
    "tonnes",
    "tons",
    "units",
    "users",
    "vehicles",
    "viewers",
    "visitors",
    "voters",
    "votes",
    "we",
    "\"",
    "$",
];

static INNER: LazyLock<WordMap> =
    LazyLock::new(|| WordMap::new(GRAMMAR_WORDS.iter().chain(INNER_WORDS).map(|&w| (w, 1))));

/// How far before its unit a distance may start, in tokens.
const WINDOW: usize = 12;

/// A token every distance holds: a unit word, digits with letters glued
/// on ("10km", "1.8m"), or digits before an inch mark. Units are rare in
/// running text, so the rules run only near them.
fn is_anchor(a: &Analysis<'_>, c: usize) -> bool {
    let t = a.tokens()[c];
    match t.kind {
        TokenKind::Number => {
            let text = a.token_text(c);
            // Not "61st", "10am": no distance holds them.
            (text.ends_with(|ch: char| ch.is_alphabetic()) && !is_ordinal_or_clock(text))
                || a.tokens()
                    .get(c + 1)
                    .is_some_and(|_| matches!(a.token_text(c + 1), "\"" | "″"))
        }
        // A length unit; "m", "in" or "mi" only right after digits.
        TokenKind::Word => {
            // The common "in" is an inch only right after digits.
            let after_digits = c > 0 && a.tokens()[c - 1].kind == TokenKind::Number;
            let word = token_bytes(a, c);
            (after_digits || word != b"in")
                && match LENGTH_WORDS.get_candidate(word) {
                    0 => false,
                    FULL_UNIT => true,
                    _ => unit_token_at(a, c).is_some_and(|(u, _, _)| {
                        matches!(u.unit, Unit::Length(_)) && (!u.digits_only || after_digits)
                    }),
                }
        }
        _ => false,
    }
}

fn length_of(q: &Quantity) -> Option<LengthUnit> {
    match q.unit.unit {
        Unit::Length(l) => Some(l),
        Unit::Time(_) => None,
    }
}

/// Nouns counted in millions after a glued "m": "5m people", "2m doses".
fn is_counted_noun(w: &[u8]) -> bool {
    matches!(
        w,
        b"people"
            | b"dollars"
            | b"euros"
            | b"pounds"
            | b"users"
            | b"customers"
            | b"viewers"
            | b"residents"
            | b"votes"
            | b"voters"
            | b"shares"
            | b"doses"
            | b"barrels"
            | b"tonnes"
            | b"tons"
            | b"years"
            | b"jobs"
            | b"cases"
            | b"deaths"
            | b"children"
            | b"homes"
            | b"households"
            | b"visitors"
            | b"subscribers"
            | b"copies"
            | b"units"
            | b"vehicles"
            | b"cars"
    )
}

fn is_currency(s: &str) -> bool {
    matches!(s, "$" | "£" | "€" | "¥" | "₹" | "US$" | "A$" | "C$" | "HK$")
}

/// The distance starting at token `i`, and the token after it.
fn distance_at(a: &Analysis<'_>, i: usize) -> Option<(Distance, usize)> {
    if let Some(found) = inch_mark_at(a, i) {
        return Some(found);
    }
    let q = quantity_at(a, i)?;
    let length = length_of(&q)?;
    if q.is_vague() {
        return None;
    }
    let text = a.text();
    let unit_text = q.unit_span.text(text);
    let mut end = q.end;
    let after = lower_at(a, end);
    // Speeds: "miles per hour", "km/h", "miles an hour", "metres a second".
    let time_follows = |k: usize| {
        unit_token_at(a, k).is_some_and(|(u, _, _)| matches!(u.unit, Unit::Time(_)))
            || (k < a.tokens().len()
                && unit_word(a.token_text(k), true)
                    .is_some_and(|u| matches!(u.unit, Unit::Time(_))))
    };
    match after.as_bytes() {
        // Rates: "miles per gallon", "km per day", "metres a second".
        b"per" => return None,
        b"a" | b"an" | b"each" | b"every" if time_follows(end + 1) => return None,
        b"/" if time_follows(end + 1)
            || a.tokens()
                .get(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && glued(a, end, end + 1) =>
        {
            return None;
        }
        // Areas: "10 km squared", "5 miles square".
        b"square" | b"squared" | b"sq" => return None,
        _ => {}
    }
    // "m" meaning million: "$5m", "5m people".
    if unit_text == "m" {
        let first = q.number.first;
        let currency_before = first > 0 && is_currency(a.token_text(first - 1));
        if currency_before || is_counted_noun(after.as_bytes()) {
            return None;
        }
    }
    let factor = length.metres();
    let mut metres = q.max.unwrap_or(q.value) * factor;
    // Feet and inches together: "4 feet 7 inches", "4 ft 7 in", "6 feet and 3 inches",
    // and a height written "5-foot-9".
    if length == LengthUnit::Foot && q.max.is_none() {
        if q.hyphenated {
            if end < a.tokens().len()
                && a.token_text(end) == "-"
                && glued(a, end - 1, end)
                && glued(a, end, end + 1)
                && let Ok(inches) = a.token_text(end + 1).parse::<u8>()
                && inches < 12
            {
                metres += f64::from(inches) * LengthUnit::Inch.metres();
                end += 2;
            }
        } else {
            let k = if token_is(a, end, "and") {
                end + 1
            } else {
                end
            };
            if let Some((inches, e)) = inches_at(a, k) {
                metres += inches * LengthUnit::Inch.metres();
                end = e;
            }
        }
    }
    let metres = round_metres(metres);
    let toks = a.tokens();
    let span = toks[q.first].span.to(toks[end - 1].span);
    let d = Distance {
        start: span.start,
        end: span.end,
        text: span.text(text).to_string(),
        metres,
        unit: unit_text.to_string(),
        modifier: q.modifier,
        min: q.max.map(|_| round_metres(q.value * factor)),
        max: q.max.map(|m| round_metres(m * factor)),
    };
    Some((d, end))
}

/// Digits and an inch mark before a dimension word: `a 10" long pen`,
/// `a 55″ wide screen`. Without the dimension word a `"` after a number is
/// far more often a closing quotation mark.
fn inch_mark_at(a: &Analysis<'_>, i: usize) -> Option<(Distance, usize)> {
    let toks = a.tokens();
    if toks.get(i)?.kind != TokenKind::Number || i + 2 >= toks.len() {
        return None;
    }
    if !matches!(a.token_text(i + 1), "\"" | "″") {
        return None;
    }
    let after = lower_at(a, i + 2);
    if !matches!(
        after.as_bytes(),
        b"long" | b"wide" | b"tall" | b"thick" | b"deep" | b"high"
    ) {
        return None;
    }
    let n = parse_number_at(a, i)?;
    if n.end != i + 1 || n.glued_suffix.is_some() {
        return None;
    }
    let span = toks[i].span.to(toks[i + 1].span);
    let text = a.text();
    let d = Distance {
        start: span.start,
        end: span.end,
        text: span.text(text).to_string(),
        metres: round_metres(n.value * LengthUnit::Inch.metres()),
        unit: toks[i + 1].span.text(text).to_string(),
        modifier: None,
        min: None,
        max: None,
    };
    Some((d, i + 2))
}

/// Rounds to 12 significant digits, so 12 feet is 3.6576, not
/// 3.6576000000000004.
fn round_metres(x: f64) -> f64 {
    // A whole number below 10^12 has at most 12 significant digits: the
    // round trip through text would give it back unchanged.
    if x.fract() == 0.0 && x.abs() < 1e12 {
        return x;
    }
    format!("{x:.11e}").parse().unwrap_or(x)
}

/// "2 inches", "2 in", "2in" at token `k`: the number of inches and the end.
fn inches_at(a: &Analysis<'_>, k: usize) -> Option<(f64, usize)> {
    let n = parse_number_at(a, k)?;
    if n.vague || n.article {
        return None;
    }
    let unit = match n.glued_suffix {
        Some(s) => unit_word(s.text(a.text()), true).map(|u| (u, n.end)),
        None => unit_token_at(a, n.end).map(|(u, _, e)| (u, e)),
    };
    let (u, end) = unit?;
    if u.unit != Unit::Length(LengthUnit::Inch) {
        return None;
    }
    Some((n.value, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use gleaner_text::numbers::{may_lie_inside, quoted_words};

    /// `is_anchor` takes a word flagged `FULL_UNIT` without asking
    /// `unit_token_at`: such a word is a length unit in any case.
    #[test]
    fn full_length_words_are_units_in_any_case() {
        for &w in UNIT_WORDS
            .iter()
            .filter(|w| LENGTH_WORDS.get(w) == FULL_UNIT)
        {
            let mut capital = w.to_string();
            capital[..1].make_ascii_uppercase();
            for form in [w.to_string(), w.to_ascii_uppercase(), capital] {
                let u = unit_word(&form, false).unwrap_or_else(|| panic!("{form}"));
                assert!(
                    matches!(u.unit, Unit::Length(_)) && !u.digits_only,
                    "{form}"
                );
            }
        }
    }

    /// text → [(surface, metres, mod)]
    fn check(text: &str, expected: &[(&str, f64, Option<&str>)]) {
        let a = Analysis::new(text);
        let found = find_distances(&a);
        let got: Vec<(&str, f64, Option<&str>)> = found
            .iter()
            .map(|d| (d.text.as_str(), d.metres, d.modifier.map(Modifier::as_str)))
            .collect();
        assert_eq!(got.len(), expected.len(), "{text:?}: {got:?}");
        for (g, e) in got.iter().zip(expected) {
            assert_eq!(g.0, e.0, "{text:?}");
            assert!(
                (g.1 - e.1).abs() <= 1e-6 * e.1.abs().max(1.0),
                "{text:?}: {} != {}",
                g.1,
                e.1
            );
            assert_eq!(g.2, e.2, "{text:?}");
        }
        for d in &found {
            assert_eq!(&text[d.start..d.end], d.text);
        }
    }

    #[test]
    fn digits_and_separators() {
        check(
            "a trip of almost 9,000 kilometers to Geneva",
            &[("almost 9,000 kilometers", 9e6, Some("APPROX"))],
        );
        check("It lies 2.5 km east.", &[("2.5 km", 2500.0, None)]);
        check("a 10km run", &[("10km", 10000.0, None)]);
        check("The wall is 1.8m tall.", &[("1.8m", 1.8, None)]);
        check("a 7.62mm barrel", &[("7.62mm", 0.00762, None)]);
        check("measured 500 metres", &[("500 metres", 500.0, None)]);
        check("15 cm of snow", &[("15 cm", 0.15, None)]);
    }

    #[test]
    fn spelled_and_fractions() {
        check(
            "nine thousand miles",
            &[("nine thousand miles", 9000.0 * 1609.344, None)],
        );
        check(
            "about twelve miles wide",
            &[("about twelve miles", 19312.128, Some("APPROX"))],
        );
        check("half a mile away", &[("half a mile", 804.672, None)]);
        check(
            "more than 7 1/2 miles",
            &[("more than 7 1/2 miles", 12070.08, Some("MORE_THAN"))],
        );
        check("a 1/4 mile track", &[("1/4 mile", 402.336, None)]);
        check(
            "three quarters of a mile",
            &[("three quarters of a mile", 1207.008, None)],
        );
        check("that one mile", &[("one mile", 1609.344, None)]);
        check(
            "a mile and a half",
            &[("a mile and a half", 2414.016, None)],
        );
    }

    #[test]
    fn hyphenated_adjectives() {
        check("a 10-mile stretch", &[("10-mile", 16093.44, None)]);
        check("a six-mile trip", &[("six-mile", 9656.064, None)]);
        check("the 412-foot tower", &[("412-foot", 125.5776, None)]);
        check("a 2.5-mile stretch", &[("2.5-mile", 4023.36, None)]);
    }

    #[test]
    fn ranges_and_modifiers() {
        check("5-10 km", &[("5-10 km", 10000.0, None)]);
        check(
            "between 4 and 6 miles",
            &[("between 4 and 6 miles", 6.0 * 1609.344, None)],
        );
        check(
            "hedges six to 9 feet high",
            &[("six to 9 feet", 2.7432, None)],
        );
        check(
            "up to 200 km",
            &[("up to 200 km", 200000.0, Some("EQUAL_OR_LESS"))],
        );
        check(
            "at least 3 miles",
            &[("at least 3 miles", 4828.032, Some("EQUAL_OR_MORE"))],
        );
        check(
            "some 140 kilometer south of the lake",
            &[("some 140 kilometer", 140000.0, Some("APPROX"))],
        );
    }

    #[test]
    fn compound_and_special_units() {
        check(
            "the girl is 4 feet 7 inches",
            &[("4 feet 7 inches", 1.397, None)],
        );
        check("my aunt is 4 ft 7 in", &[("4 ft 7 in", 1.397, None)]);
        check(
            "the coach is 6 feet and 3 inches.",
            &[("6 feet and 3 inches", 1.905, None)],
        );
        check(
            "over six furlongs",
            &[("over six furlongs", 1207.008, Some("MORE_THAN"))],
        );
        check("3 hectometres", &[("3 hectometres", 300.0, None)]);
        check(
            "200 nautical miles offshore",
            &[("200 nautical miles", 370400.0, None)],
        );
        check(
            "four light-years away",
            &[("four light-years", 4.0 * 9.4607304725808e15, None)],
        );
        check("3m km from Earth", &[("3m km", 3e9, None)]);
        check("2 m x 3 m", &[("2 m", 2.0, None), ("3 m", 3.0, None)]);
        check("stood 6 feet tall", &[("6 feet", 1.8288, None)]);
        check("a ruler which is 12 \" long", &[("12 \"", 0.3048, None)]);
        check("he said \"I ran 10\" and left", &[]);
        check("Ortega is 5-foot-9", &[("5-foot-9", 1.7526, None)]);
        check(
            "the 1996-08-30 stage of 205 km",
            &[("205 km", 205000.0, None)],
        );
    }

    /// The window cut in `find_distances` is exact only if every word the
    /// grammar can read inside a distance is in `INNER_WORDS`: a superset,
    /// so every word literal of the grammar's sources must be there.
    #[test]
    fn inner_words_cover_every_literal_of_the_grammar() {
        let lib = include_str!("lib.rs");
        let lib = &lib[..lib.find("#[cfg(test)]\nmod tests {").unwrap_or(lib.len())];
        let sources = [
            lib,
            include_str!("../../../crates/gleaner-text/src/numbers.rs"),
            include_str!("../../../crates/gleaner-text/src/numbers/units.rs"),
        ];
        for literal in sources.into_iter().flat_map(quoted_words) {
            assert!(
                INNER.get(&literal.to_ascii_lowercase()) != 0,
                "{literal:?} is missing from INNER_WORDS"
            );
        }
        assert!(INNER.get("\"") != 0);
        for w in ["miles", "Feet", "-", "½", "″"] {
            assert!(may_lie_inside(&Analysis::new(w), &INNER, 0), "{w}");
        }
        for w in ["president", ".", "(", "Obama"] {
            assert!(!may_lie_inside(&Analysis::new(w), &INNER, 0), "{w}");
        }
    }

    #[test]
    fn whole_metres_round_to_themselves() {
        for x in [
            0.0,
            1.0,
            804.0,
            9e6,
            123_456_789_012.0,
            999_999_999_999.0,
            -5.0,
        ] {
            assert_eq!(round_metres(x), format!("{x:.11e}").parse::<f64>().unwrap());
        }
    }

    #[test]
    fn traps() {
        for text in [
            "50 miles per hour",
            "30 miles per gallon",
            "15 km/l",
            "the train may reach over 140 miles an hour",
            "at 80 km/h",
            "815 square meters",
            "47 km2",
            "2.4 trillion cubic feet",
            "a $7m grant",
            "4m voters",
            "The oven cost 3.6M dollars.",
            "Let us meet for 3 in october",
            "qz-58 m",
            "58120m407",
            "She wrote: 7 pm",
            "miles away",
            "hundreds of miles",
            "within a few hundred metres",
            "a foot in the door",
            "16-bit chip",
            "75ml",
            "That update weighs 250 mb",
        ] {
            check(text, &[]);
        }
    }
}
