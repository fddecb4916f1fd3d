//! Case tables: one row per written form, all through `check`.

use super::*;
use gleaner_text::numbers::{may_lie_inside, quoted_words};
use proptest::prelude::*;

/// `is_anchor` takes a word flagged `FULL_UNIT` without asking
/// `time_unit_anchor`: such a word is a time unit in any case.
#[test]
fn full_time_words_are_units_in_any_case() {
    for &w in UNIT_WORDS
        .iter()
        .filter(|w| ANCHOR_WORDS.get(w) == FULL_UNIT)
    {
        let mut capital = w.to_string();
        capital[..1].make_ascii_uppercase();
        for form in [w.to_string(), w.to_ascii_uppercase(), capital] {
            let u = unit_word(&form, false).unwrap_or_else(|| panic!("{form}"));
            assert!(time_unit(&u).is_some() && !u.digits_only, "{form}");
        }
    }
}

/// `duration_at` asks `may_be_plural` before it looks a unit up.
#[test]
fn plural_time_units_are_spelled_so() {
    for &w in UNIT_WORDS {
        if let Some(u) = unit_word(w, false)
            && time_unit(&u).is_some()
            && u.plural
        {
            assert!(may_be_plural(w.as_bytes()), "{w}");
        }
    }
}

/// text → [(surface, value, mod)]
fn check(text: &str, expected: &[(&str, &str, Option<&str>)]) {
    let a = Analysis::new(text);
    let found = find_durations(&a);
    let got: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|d| {
            (
                d.text.as_str(),
                d.value.as_str(),
                d.modifier.map(Modifier::as_str),
            )
        })
        .collect();
    assert_eq!(got, expected, "{text:?}");
    for d in &found {
        assert_eq!(&text[d.start..d.end], d.text);
    }
}

#[test]
fn amounts() {
    check(
        "The talks lasted two hours.",
        &[("two hours", "PT2H", None)],
    );
    check("a wait of 30 seconds", &[("30 seconds", "PT30S", None)]);
    check("for 3 days", &[("3 days", "P3D", None)]);
    check("for two weeks", &[("two weeks", "P2W", None)]);
    check("for six months", &[("six months", "P6M", None)]);
    check("in ten years", &[("ten years", "P10Y", None)]);
    check("for two decades", &[("two decades", "P2DE", None)]);
    check("for a century", &[("a century", "P1CE", None)]);
    check("for 3h", &[("3h", "PT3H", None)]);
    check("for 4.5years", &[("4.5years", "P4Y6M", None)]);
    check("for 5 hrs", &[("5 hrs", "PT5H", None)]);
    check("for forty min", &[("forty min", "PT40M", None)]);
    check("for 9,000 years", &[("9,000 years", "P9000Y", None)]);
    check("lasting a fortnight", &[("a fortnight", "P2W", None)]);
    check("two nights", &[("two nights", "P2D", None)]);
    check("another week", &[("another week", "P1W", None)]);
    check(
        "rested a couple of days",
        &[("a couple of days", "P2D", None)],
    );
    check(
        "an additional month",
        &[("an additional month", "P1M", None)],
    );
}

#[test]
fn fractions() {
    check("half an hour", &[("half an hour", "PT30M", None)]);
    check(
        "the ferry took an hour and a half",
        &[("an hour and a half", "PT1H30M", None)],
    );
    check(
        "four and a half hours",
        &[("four and a half hours", "PT4H30M", None)],
    );
    check(
        "three quarters of an hour",
        &[("three quarters of an hour", "PT45M", None)],
    );
    check("a half hour", &[("a half hour", "PT30M", None)]);
    check("½ hour", &[("½ hour", "PT30M", None)]);
    check("3 1/2 years", &[("3 1/2 years", "P3Y6M", None)]);
    check(
        "the clip ran a minute and a half",
        &[("a minute and a half", "PT1M30S", None)],
    );
    check("half year", &[("half year", "P6M", None)]);
    check("a year and a half", &[("a year and a half", "P1Y6M", None)]);
}

#[test]
fn compounds() {
    check(
        "2 years 4 months 9 days",
        &[("2 years 4 months 9 days", "P2Y4M9D", None)],
    );
    check(
        "2 hours and 15 minutes",
        &[("2 hours and 15 minutes", "PT2H15M", None)],
    );
    check(
        "two weeks five days",
        &[("two weeks five days", "P2W5D", None)],
    );
}

#[test]
fn hyphenated() {
    check("a 48-hour ceasefire", &[("48-hour", "PT48H", None)]);
    check("a three-day visit", &[("three-day", "P3D", None)]);
    check("the 30-year bond", &[("30-year", "P30Y", None)]);
    check("an hours-long standoff", &[("hours-long", "PTXH", None)]);
    check("a day-long meeting", &[("day-long", "P1D", None)]);
    check("a decades-long feud", &[("decades-long", "PXDE", None)]);
    check("a 3-min call", &[("3-min", "PT3M", None)]);
}

#[test]
fn ranges_and_modifiers() {
    check(
        "almost exactly two hours",
        &[("almost exactly two hours", "PT2H", Some("APPROX"))],
    );
    check(
        "exactly two hours",
        &[("exactly two hours", "PT2H", Some("EXACT"))],
    );
    check(
        "more than a day",
        &[("more than a day", "P1D", Some("MORE_THAN"))],
    );
    check(
        "less than a couple of weeks",
        &[("less than a couple of weeks", "P2W", Some("LESS_THAN"))],
    );
    check(
        "for up to 90 days",
        &[("up to 90 days", "P90D", Some("EQUAL_OR_LESS"))],
    );
    check(
        "at least 12 more years",
        &[("at least 12 more years", "P12Y", Some("EQUAL_OR_MORE"))],
    );
    check(
        "nearly sixty years",
        &[("nearly sixty years", "P60Y", Some("APPROX"))],
    );
    check("a month or so", &[("a month or so", "P1M", Some("APPROX"))]);
    check("2 to 3 hours", &[("2 to 3 hours", "PT2H", None)]);
    check(
        "between 4 and 6 days",
        &[("between 4 and 6 days", "P4D", None)],
    );
    check("12-18 months", &[("12-18 months", "P12M", None)]);
}

#[test]
fn periods() {
    check(
        "in the past five months",
        &[("the past five months", "P5M", None)],
    );
    check(
        "in the last thirty six hours",
        &[("the last thirty six hours", "PT36H", None)],
    );
    check(
        "for the first seven months",
        &[("the first seven months", "P7M", None)],
    );
    check(
        "over the next few weeks",
        &[("the next few weeks", "PXW", None)],
    );
    check(
        "during the next couple of months",
        &[("the next couple of months", "P2M", None)],
    );
    check(
        "during the past decade",
        &[("the past decade", "P1DE", None)],
    );
    check("over past 15 years", &[("past 15 years", "P15Y", None)]);
    check(
        "in the first hours of the storm",
        &[("the first hours", "PTXH", None)],
    );
    check(
        "for at least the past 14 weeks",
        &[("at least the past 14 weeks", "P14W", Some("EQUAL_OR_MORE"))],
    );
}

#[test]
fn vague() {
    check("for several weeks", &[("several weeks", "PXW", None)]);
    check("a few days", &[("a few days", "PXD", None)]);
    check("for few hours", &[("few hours", "PTXH", None)]);
    check("He waited for years.", &[("years", "PXY", None)]);
    check("within weeks", &[("weeks", "PXW", None)]);
    check("in recent years", &[("recent years", "PXY", None)]);
    check("in coming weeks", &[("coming weeks", "PXW", None)]);
    check("in the months ahead", &[("the months ahead", "PXM", None)]);
    check("within days or weeks", &[("days or weeks", "PXD", None)]);
    check("ruled for centuries", &[("centuries", "PXCE", None)]);
    check("They waited hours for a bus.", &[("hours", "PTXH", None)]);
    check(
        "after several quarters of growth",
        &[("several quarters", "PXQ", None)],
    );
    check("all day", &[("all day", "P1D", None)]);
    check("all-week", &[("all-week", "P1W", None)]);
    check("full day", &[("full day", "P1D", None)]);
}

#[test]
fn traps() {
    for text in [
        "two years ago",
        "three days later",
        "a week earlier",
        "two years from now",
        "a 45-year-old man",
        "He is 52 years old.",
        "five years of age",
        "ten past 9",
        "half past seven",
        "at 2 pm",
        "a quarter to five",
        "last week",
        "every two weeks",
        "twice a day",
        "the first week of March",
        "the last week of August",
        "the 1990s",
        "for a second time",
        "second-quarter profit",
        "the day before",
        "Have a lovely week!",
        "days after the flood",
        "Next year",
        "in the year 2013",
        "after a second-place result",
        "a $12-an-hour minimum wage",
        "About three-quarters oppose the levy",
        "Suite 41D, Chicago",
        "a write-off in the 1994 second quarter",
        "a C$2.3 billion second quarter deficit",
        "posted a third-quarter loss",
        "The mill will ship nearly 400 crates a week",
        "a payout of $2.40 a year",
        "She hopes she will one day sail again.",
        "against a year-earlier deficit",
        "puppies between two weeks and four months old",
        "LISBON 2003-05-17 Quarter-final results",
    ] {
        check(text, &[]);
    }
}

#[test]
fn events_apart_and_reporting_periods() {
    check("for five long years", &[("five long years", "P5Y", None)]);
    check("It was a long day.", &[]);
    check(
        "thirty years after the first voyage",
        &[("thirty years", "P30Y", None)],
    );
    check(
        "at least 45 days before the vote",
        &[("at least 45 days", "P45D", Some("EQUAL_OR_MORE"))],
    );
    check("for the year ended April 30", &[("the year", "P1Y", None)]);
    check(
        "in the fiscal year ending September 30",
        &[("the fiscal year", "P1Y", None)],
    );
    check(
        "over the next two quarters",
        &[("the next two quarters", "P2Q", None)],
    );
    check(
        "a one second lag in the feed",
        &[("one second", "PT1S", None)],
    );
    check("a two-week-long trip", &[("two-week-long", "P2W", None)]);
}

/// Word literals of the grammar that are only ever read next to a duration
/// (before its start or after its end: "for", "ago", "per", "will", "old",
/// the words after an ordinal "second"), or in comments: never inside one.
const CONTEXT_WORDS: &[&str] = &[
    "for",
    "said",
    "is",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "who",
    "that",
    "will",
    "would",
    "could",
    "might",
    "may",
    "can",
    "should",
    "must",
    "shall",
    "from",
    "now",
    "today",
    "after",
    "before",
    "since",
    "per",
    "each",
    "every",
    "times",
    "once",
    "twice",
    "thrice",
    "age",
    "old",
    "olds",
    "ago",
    "later",
    "earlier",
    "hence",
    "afterward",
    "afterwards",
    "ended",
    "ending",
    "lasting",
    "lasted",
    "lasts",
    "spanning",
    "spend",
    "spending",
    "spent",
    "take",
    "taken",
    "takes",
    "took",
    "waited",
    "waiting",
    "within",
    "percent",
    "dollars",
    "cents",
    "pounds",
    "euros",
    "yen",
    "set",
    "game",
    "test",
    "place",
    "term",
    "round",
    "leg",
    "stage",
    "innings",
    "largest",
    "biggest",
    "durations",
    "mod",
];

/// The window cut in `find_durations` is exact only if every word the
/// grammar can read inside a duration is in `INNER_WORDS`: a superset, so
/// every word literal of the grammar's sources must be there.
#[test]
fn inner_words_cover_every_literal_of_the_grammar() {
    let sources = [
        include_str!("lib.rs"),
        include_str!("../../../crates/gleaner-text/src/numbers.rs"),
        include_str!("../../../crates/gleaner-text/src/numbers/units.rs"),
    ];
    for literal in sources.into_iter().flat_map(quoted_words) {
        let lower = literal.to_ascii_lowercase();
        assert!(
            INNER.get(&lower) != 0 || CONTEXT_WORDS.contains(&lower.as_str()),
            "{literal:?} is missing from INNER_WORDS"
        );
    }
    for w in ["the", "years", "Years", "-", "½"] {
        let a = Analysis::new(w);
        assert!(may_lie_inside(&a, &INNER, 0), "{w}");
    }
    for w in CONTEXT_WORDS {
        assert_eq!(
            INNER.get(w),
            0,
            "{w} is read inside a duration, not context"
        );
    }
    for w in ["president", ".", "(", "Obama", "for", "ago"] {
        let a = Analysis::new(w);
        assert!(!may_lie_inside(&a, &INNER, 0), "{w}");
    }
}

#[test]
fn ordinals_and_clock_times_anchor_nothing() {
    for w in ["7th", "1990s", "10am", "3pm", "1,000th", "21st"] {
        assert!(is_ordinal_or_clock(w), "{w}");
        // What makes skipping them exact: the grammar reads no number.
        let a = Analysis::new(w);
        assert!(
            gleaner_text::numbers::parse_number_at(&a, 0).is_none(),
            "{w}"
        );
    }
    for w in ["3h", "10min", "5yrs", "7", "2.5", "10km", "3D"] {
        assert!(!is_ordinal_or_clock(w), "{w}");
    }
    check(
        "the 7th day of a 3h wait in the 1990s",
        &[("3h", "PT3H", None)],
    );
}

/// The words every rule reads, units, numbers and marks: what the random
/// texts below are made of.
fn rule_words() -> Vec<&'static str> {
    let sources = [
        include_str!("lib.rs"),
        include_str!("../../../crates/gleaner-text/src/numbers.rs"),
    ];
    let mut words: Vec<&str> = sources.iter().flat_map(|s| quoted_words(s)).collect();
    words.extend(UNIT_WORDS);
    words.extend(NUMBER_WORDS);
    words.extend(GRAMMAR_WORDS);
    words.extend([
        "2", "15", "1990", "3.5", "1/2", "3h", "48", "10am", "7th", "½", "‐", "–", "'s", "’s", ",",
        ".", "this", "labor", "his", "Year", "The", "Last", "DAYS", "-", "-", "-", "old", "said",
        "“", "\"", "3m", "10km", "″",
    ]);
    words
}

/// Random runs of those words, a unit one time in four, a hyphen mostly
/// glued to its neighbours ("20-year-old").
fn random_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        1 => prop::sample::select(UNIT_WORDS.to_vec()),
        3 => prop::sample::select(rule_words()),
    ];
    prop::collection::vec((word, 0u8..4), 2..14).prop_map(|words| {
        let mut text = String::new();
        for (k, (w, spaced)) in words.into_iter().enumerate() {
            let glue = (w == "-" || text.ends_with('-')) && spaced != 0;
            if k > 0 && !glue {
                text.push(' ');
            }
            text.push_str(w);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// `own_start_only` only spares work: on random runs of words the
    /// rules read, the durations found are the same with and without the
    /// cut.
    #[test]
    fn anchor_cut_changes_nothing(text in random_text()) {
        let a = Analysis::new(&text);
        let with = find_durations_with(&a, true);
        let without = find_durations_with(&a, false);
        prop_assert_eq!(format!("{with:?}"), format!("{without:?}"));
    }
}

/// The cut applies where it is meant to (so the test above tests it).
#[test]
fn anchor_cut_applies() {
    for (text, anchor) in [
        ("since last week", 2),
        ("talks this month", 2),
        ("a 20-year-old", 3),
    ] {
        let a = Analysis::new(text);
        assert!(is_anchor(&a, anchor), "{text}");
        assert!(own_start_only(&a, anchor), "{text}");
    }
    for (text, anchor) in [
        ("for two weeks", 2),
        ("in the past year", 3),
        ("a 48-hour strike", 3),
    ] {
        let a = Analysis::new(text);
        assert!(is_anchor(&a, anchor), "{text}");
        assert!(!own_start_only(&a, anchor), "{text}");
    }
}
