//! Odd text never panics the extractor, and every span it returns is
//! non-empty and on char boundaries.

use gleaner_core::{Analysis, Document};
use gleaner_dates::DatesExtractor;
use jiff::civil::date;
use proptest::prelude::*;

/// Words and marks that steer the grammar into its rules, mixed with
/// arbitrary text.
const PIECES: &[&str] = &[
    "the",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "-",
    "'",
    "’",
    ",",
    ".",
    ":",
    "/",
    "May",
    "March",
    "December",
    "Dec",
    "Tuesday",
    "Friday",
    "morning",
    "night",
    "noon",
    "midnight",
    "p",
    "m",
    "a",
    "pm",
    "7th",
    "31",
    "29",
    "02",
    "2021",
    "1990s",
    "80s",
    "fiscal",
    "quarter",
    "third",
    "Q3",
    "H2",
    "year",
    "years",
    "ago",
    "earlier",
    "week",
    "weekend",
    "of",
    "today",
    "now",
    "recent",
    "future",
    "Christmas",
    "Day",
    "New",
    "Year",
    "Easter",
    "nineteen",
    "ninety",
    "six",
    "two",
    "thousand",
    "century",
    "21st",
    "summer",
    "or",
    "so",
    "later",
    "and",
    "beyond",
    "post",
    "around",
    "9999",
    "0",
    "00",
    "13/45/2021",
    "2021-02-30",
    "é",
    "日本",
    "\n",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,6}",
    ];
    proptest::collection::vec((piece, proptest::bool::ANY), 0..40).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn spans_are_valid(text in text_strategy(), dated in proptest::bool::ANY) {
        let published = dated.then(|| date(2021, 12, 8));
        let doc = Document::new("p", text.clone()).published(published);
        let analysis = Analysis::new(&doc.text);
        for m in DatesExtractor::mentions(&doc, &analysis) {
            prop_assert!(m.start < m.end);
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            prop_assert!(!m.value.is_empty());
        }
    }
}

#[test]
fn extreme_years_do_not_panic() {
    for published in [date(-9999, 1, 1), date(9999, 12, 31), date(1, 1, 1)] {
        let text = "Yesterday, last week, next year, two decades ago, the 21st century, \
                    Christmas, Easter, Tuesday at 3 p.m., Dec. 31, 9999 and the year after.";
        let doc = Document::new("x", text).published(Some(published));
        let analysis = Analysis::new(&doc.text);
        let _ = DatesExtractor::mentions(&doc, &analysis);
    }
}
