//! Case tables for the number-and-unit grammar: one `check` per layer.

use super::*;

/// The number parsed at the first token of `text`: (value, covered text).
fn number(text: &str) -> Option<(f64, String, bool)> {
    let a = Analysis::new(text);
    let m = parse_number_at(&a, 0)?;
    let toks = a.tokens();
    let span = toks[m.first].span.to(toks[m.end - 1].span);
    Some((m.value, span.text(text).to_string(), m.vague))
}

#[test]
fn numbers_in_every_written_form() {
    let cases: &[(&str, f64, &str)] = &[
        ("9,000 kilometers", 9000.0, "9,000"),
        ("2.5 km", 2.5, "2.5"),
        ("1.5 million miles", 1.5e6, "1.5 million"),
        ("3bn years", 3e9, "3bn"),
        ("7 1/2 miles", 7.5, "7 1/2"),
        ("1/4 mile", 0.25, "1/4"),
        ("2½ hours", 2.5, "2½"),
        ("nine thousand", 9000.0, "nine thousand"),
        ("twenty-five days", 25.0, "twenty-five"),
        ("thirty six hours", 36.0, "thirty six"),
        ("two hundred and five years", 205.0, "two hundred and five"),
        (
            "three thousand and forty",
            3040.0,
            "three thousand and forty",
        ),
        ("four and a half hours", 4.5, "four and a half"),
        ("three and half days", 3.5, "three and half"),
        ("a dozen miles", 12.0, "a dozen"),
        ("a couple of weeks", 2.0, "a couple of"),
        ("couple of weeks", 2.0, "couple of"),
        ("a hundred years", 100.0, "a hundred"),
        ("half a mile", 0.5, "half"),
        ("three quarters of an hour", 0.75, "three quarters of"),
        ("three-quarters of a mile", 0.75, "three-quarters of"),
        ("a quarter mile", 0.25, "a quarter"),
        ("an hour", 1.0, "an"),
        ("another week", 1.0, "another"),
        ("½ hour", 0.5, "½"),
    ];
    for &(text, value, covered) in cases {
        let got = number(text).unwrap_or_else(|| panic!("no number in {text:?}"));
        assert!(
            (got.0 - value).abs() < 1e-9,
            "{text:?}: {} != {value}",
            got.0
        );
        assert_eq!(got.1, covered, "{text:?}");
        assert!(!got.2, "{text:?} is not vague");
    }
}

#[test]
fn vague_numbers() {
    for text in [
        "a few days",
        "several weeks",
        "some days",
        "few hours",
        "dozens of miles",
    ] {
        assert!(number(text).is_some_and(|n| n.2), "{text:?}");
    }
}

#[test]
fn not_numbers() {
    for text in [
        "7th day",
        "1990s",
        "12/7/2021",
        "2:00 pm",
        "scp-173 m",
        "hello",
    ] {
        let a = Analysis::new(text);
        let found = (0..a.tokens().len()).find_map(|i| parse_number_at(&a, i));
        // "12/7/2021" and "2:00" hold digits, but none of them is a number
        // that could carry a unit here, except the last year-like token.
        if text == "12/7/2021" {
            assert!(
                found.is_none_or(|m| m.value == 2021.0 && m.first == 4),
                "{text:?}"
            );
        } else if text == "scp-173 m" {
            assert!(found.is_none(), "{text:?}");
        } else {
            assert!(found.is_none(), "{text:?}: {found:?}");
        }
    }
}

#[test]
fn modifiers_map_to_timeml() {
    let cases: &[(&str, Modifier, usize)] = &[
        ("almost 9,000", Modifier::Approx, 1),
        ("nearly two", Modifier::Approx, 1),
        ("more than two", Modifier::MoreThan, 2),
        ("over two", Modifier::MoreThan, 1),
        ("up to 90", Modifier::EqualOrLess, 2),
        ("no more than forty", Modifier::EqualOrLess, 3),
        ("at least 20", Modifier::EqualOrMore, 2),
        ("less than a", Modifier::LessThan, 2),
        ("exactly two", Modifier::Exact, 1),
        ("just over an", Modifier::MoreThan, 2),
    ];
    for &(text, m, end) in cases {
        let a = Analysis::new(text);
        assert_eq!(modifier_at(&a, 0), Some((m, end)), "{text:?}");
    }
}

/// The quantity at the first token: (covered text, value, max, unit text, modifier).
type Found = (String, f64, Option<f64>, String, Option<Modifier>);

fn quantity(text: &str) -> Option<Found> {
    let a = Analysis::new(text);
    let q = quantity_at(&a, 0)?;
    Some((
        q.span.text(text).to_string(),
        q.value,
        q.max,
        q.unit_span.text(text).to_string(),
        q.modifier,
    ))
}

#[test]
fn quantities() {
    use Modifier::*;
    type Case = (
        &'static str,
        &'static str,
        f64,
        Option<f64>,
        &'static str,
        Option<Modifier>,
    );
    let cases: &[Case] = &[
        (
            "almost 9,000 kilometers away",
            "almost 9,000 kilometers",
            9000.0,
            None,
            "kilometers",
            Some(Approx),
        ),
        (
            "almost exactly two hours",
            "almost exactly two hours",
            2.0,
            None,
            "hours",
            Some(Approx),
        ),
        ("10-mile stretch", "10-mile", 10.0, None, "mile", None),
        ("three-day visit", "three-day", 3.0, None, "day", None),
        ("48-hour ceasefire", "48-hour", 48.0, None, "hour", None),
        ("5-10 km", "5-10 km", 5.0, Some(10.0), "km", None),
        (
            "between 4 and 6 miles",
            "between 4 and 6 miles",
            4.0,
            Some(6.0),
            "miles",
            None,
        ),
        (
            "2 to 3 hours",
            "2 to 3 hours",
            2.0,
            Some(3.0),
            "hours",
            None,
        ),
        ("10km", "10km", 10.0, None, "km", None),
        ("3m km", "3m km", 3e6, None, "km", None),
        ("1.8m tall", "1.8m", 1.8, None, "m", None),
        (
            "a day and a half",
            "a day and a half",
            1.5,
            None,
            "day",
            None,
        ),
        ("half an hour", "half an hour", 0.5, None, "hour", None),
        (
            "three quarters of an hour",
            "three quarters of an hour",
            0.75,
            None,
            "hour",
            None,
        ),
        (
            "three more weeks",
            "three more weeks",
            3.0,
            None,
            "weeks",
            None,
        ),
        (
            "a month or so",
            "a month or so",
            1.0,
            None,
            "month",
            Some(Approx),
        ),
        (
            "some 140 kilometer",
            "some 140 kilometer",
            140.0,
            None,
            "kilometer",
            Some(Approx),
        ),
        (
            "200 nautical miles",
            "200 nautical miles",
            200.0,
            None,
            "nautical miles",
            None,
        ),
        (
            "four light-years",
            "four light-years",
            4.0,
            None,
            "light-years",
            None,
        ),
        ("2 in long", "2 in", 2.0, None, "in", None),
        ("a foot tall", "a foot", 1.0, None, "foot", None),
    ];
    for &(text, covered, value, max, unit, m) in cases {
        let got = quantity(text).unwrap_or_else(|| panic!("no quantity in {text:?}"));
        assert_eq!(got.0, covered, "{text:?}");
        assert!(
            (got.1 - value).abs() < 1e-9,
            "{text:?}: {} != {value}",
            got.1
        );
        assert_eq!(got.2, max, "{text:?}");
        assert_eq!(got.3, unit, "{text:?}");
        assert_eq!(got.4, m, "{text:?}");
    }
}

#[test]
fn not_quantities() {
    for text in [
        "3 in october",
        "a foot in the door",
        "a second time",
        "$7m",
        "10 people",
        "the 1990s",
        "ten past 8",
        "half past six",
        "7 pm",
        "between 4 and 6 on Friday",
    ] {
        assert!(quantity(text).is_none(), "{text:?}: {:?}", quantity(text));
    }
}

#[test]
fn unit_table_and_prefilter_agree() {
    for w in UNIT_WORDS {
        if !matches!(*w, "nautical" | "light") {
            assert!(
                unit_word(w, false).is_some(),
                "{w} is listed as a unit but is none"
            );
        }
    }
    let word_flags = |w: &str| word_flags(&Analysis::new(w), 0);
    for w in quantity_openers() {
        assert_eq!(word_flags(w) & OPENS_QUANTITY, OPENS_QUANTITY, "{w}");
    }
    assert_eq!(word_flags("Hours") & UNIT, UNIT);
    assert_eq!(word_flags("KM") & UNIT, UNIT);
    assert_eq!(word_flags("½") & OPENS_QUANTITY, OPENS_QUANTITY);
    assert_eq!(word_flags("president"), 0);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces the grammar reacts to, glued in any order.
    fn quantityish() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "9,000", "2.5", "10", "1", "/", "2", "½", "-", "–", " ", " ", "a", "an", "half",
            "quarter", "quarters", "of", "and", "to", "between", "almost", "more", "than", "up",
            "at", "least", "some", "few", "km", "m", "mi", "in", "ft", "hours", "hour", "day",
            "second", "light", "nautical", "miles", "twenty", "five", "hundred", "million", "3m",
            "10km", "1990s", "7th", "é", "“", ".", ",", "or", "so",
        ]);
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn quantities_never_panic_and_spans_are_valid(text in quantityish()) {
            let a = Analysis::new(&text);
            for i in 0..a.tokens().len() + 2 {
                if let Some(q) = quantity_at(&a, i) {
                    prop_assert!(q.span.is_valid_in(&text) && !q.span.is_empty());
                    prop_assert!(q.unit_span.is_valid_in(&text) && q.span.contains(q.unit_span));
                    prop_assert!(q.first < q.end && q.end <= a.tokens().len());
                }
                let _ = parse_number_at(&a, i);
                let _ = modifier_at(&a, i);
                let _ = unit_token_at(&a, i);
            }
        }

        /// The fast path of number values gives exactly what the float
        /// parser gives, for any digits, commas and points.
        #[test]
        fn exact_decimal_agrees_with_the_parser(digits in "[0-9][0-9,.]{0,24}") {
            if let Some(fast) = exact_decimal(digits.as_bytes()) {
                let plain: String = digits.chars().filter(|&c| c != ',').collect();
                prop_assert_eq!(Some(fast.to_bits()), plain.parse::<f64>().ok().map(f64::to_bits));
            }
        }

        #[test]
        fn any_text_is_safe(text in "\\PC{0,120}") {
            let a = Analysis::new(&text);
            for i in 0..a.tokens().len() {
                if let Some(q) = quantity_at(&a, i) {
                    prop_assert!(q.span.is_valid_in(&text) && !q.span.is_empty());
                }
            }
        }
    }
}

#[test]
fn word_map_matches_in_any_case_and_nothing_else() {
    let words = [
        "a",
        "in",
        "km",
        "day",
        "hour",
        "years",
        "approximately",
        "kilometres",
    ];
    let map = WordMap::new(words.iter().enumerate().map(|(n, &w)| (w, n as u8 + 1)));
    for (n, w) in words.iter().enumerate() {
        let flag = n as u8 + 1;
        assert_eq!(map.get(w), flag, "{w}");
        assert_eq!(map.get(&w.to_uppercase()), flag, "{w}");
        let mut title = w.to_string();
        title[..1].make_ascii_uppercase();
        assert_eq!(map.get(&title), flag, "{title}");
    }
    for w in [
        "",
        "b",
        "an",
        "inn",
        "i",
        "kms",
        "days",
        "yearss",
        "approximatelyy",
        "kilometre",
        "kilometers",
        "hourly",
        "DAYS",
        "\u{e9}t\u{e9}",
        "d\u{e9}y",
        "[day]",
        "years-long",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "@",
        "`",
        "{",
        "IN\u{0}",
    ] {
        assert_eq!(map.get(w), 0, "{w:?}");
    }
    // Non-letters next to the case fold: '@' and '`' are not 'A'/'a' - 1.
    let map = WordMap::new([("a@", 1), ("z[", 2)]);
    assert_eq!(
        (map.get("A@"), map.get("a`"), map.get("Z["), map.get("z{")),
        (1, 0, 2, 0)
    );
}

#[test]
fn word_flags_equal_the_word_lists() {
    let lists: [(&[&str], u8); 5] = [
        (NUMBER_WORDS, OPENS_QUANTITY | NUMBERISH),
        (RANGE_OPENERS, OPENS_QUANTITY),
        (UNIT_WORDS, UNIT),
        (NUMBER_OPENERS, OPENS_QUANTITY | NUMBERISH),
        (MODIFIER_OPENERS, OPENS_QUANTITY | MODIFIER),
    ];
    let mut all: Vec<&str> = lists.iter().flat_map(|(l, _)| l.iter().copied()).collect();
    all.extend([
        "the", "said", "was", "more", "national", "mayor", "men", "has",
    ]);
    let word_flags = |w: &str| word_flags(&Analysis::new(w), 0);
    for w in all {
        let want = lists
            .iter()
            .filter(|(l, _)| l.contains(&w))
            .fold(0, |f, (_, flag)| f | flag);
        assert_eq!(word_flags(w), want, "{w}");
        assert_eq!(word_flags(&w.to_uppercase()), want, "{w}");
    }
}

#[test]
fn lower_folds_ascii_case_only() {
    for w in [
        "",
        "a",
        "A",
        "in",
        "IN",
        "Day",
        "days",
        "Years",
        "KILOMETRES",
        "approximately",
        "Approximately",
        "aBcDeFgHiJkLmNoP",
        "abcdefghijklmnopq",
        "ABCDEFGHIJKLMNOPQRSTUVWX",
        "ABCDEFGHIJKLMNOPQRSTUVWXY",
        "@[`{",
        "Z@[a",
        "d\u{e9}j\u{e0}",
        "CAF\u{c9}",
        "x\u{e9}",
    ] {
        let want = if w.len() > 24 || !w.is_ascii() {
            String::new()
        } else {
            w.to_ascii_lowercase()
        };
        assert_eq!(Lower::of(w).as_str(), want, "{w:?}");
    }
}

#[test]
fn padded_words_are_their_bytes_then_zeros() {
    let text = b"Abcdefghijklmnopq";
    for len in 0..=16 {
        let w = &text[..len];
        let mut want = [0u8; 16];
        want[..len].copy_from_slice(w);
        let (lo, hi) = padded(w);
        assert_eq!(lo.to_le_bytes(), want[..8], "{len}");
        assert_eq!(hi.to_le_bytes(), want[8..], "{len}");
    }
}

/// `is_filler` matches exactly the words of `FILLER_WORDS`, which
/// `before_unit_words` lists.
#[test]
fn filler_words_are_the_fillers() {
    for w in FILLER_WORDS {
        assert!(is_filler(w.as_bytes()), "{w}");
    }
    for w in quoted_words(include_str!("../numbers.rs")) {
        assert_eq!(is_filler(w.as_bytes()), FILLER_WORDS.contains(&w), "{w}");
    }
}

/// `passing_glued_letters` lets every number with an ASCII letter glued on
/// through the one-bit filter, and no number ending in a digit.
#[test]
fn glued_letters_pass_the_filter() {
    let map = WordMap::new([("km", 1u8)]).passing_glued_letters();
    for first in b'0'..=b'9' {
        for len in 1..=20 {
            for last in (b'A'..=b'Z').chain(b'a'..=b'z') {
                assert!(
                    map.may_contain_ends(len, first, last),
                    "{len} {first} {last}"
                );
            }
            for last in b'0'..=b'9' {
                assert!(
                    !map.may_contain_ends(len, first, last),
                    "{len} {first} {last}"
                );
            }
        }
    }
    assert!(map.may_contain_ends(2, b'K', b'M') && map.may_contain_ends(2, b'k', b'm'));
}

/// `get_candidate` answers as `get_bytes` does, for the words of a map in
/// any case and for others.
#[test]
fn candidates_are_looked_up_exactly() {
    let map = WordMap::new(UNIT_WORDS.iter().map(|&w| (w, 1u8)));
    let others = quoted_words(include_str!("../numbers.rs")).chain([
        "was",
        "his",
        "has",
        "x",
        "Hrs",
        "HOURS",
        "½",
        "",
        "a-very-long-word-indeed",
    ]);
    for w in UNIT_WORDS.iter().copied().chain(others) {
        for form in [
            w.to_string(),
            w.to_ascii_uppercase(),
            w.to_ascii_lowercase(),
        ] {
            let b = form.as_bytes();
            assert_eq!(map.get_candidate(b), map.get_bytes(b), "{form}");
        }
    }
}
