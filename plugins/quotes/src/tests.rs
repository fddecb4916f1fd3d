//! Case tables: text → expected quotations, on sentences written for them.

use super::*;
use gleaner_people::Gender;

/// A person as the people extractor would give them: every occurrence of
/// each of `surfaces` (whole words) is a mention of `name`.
struct P<'a> {
    surfaces: &'a [&'a str],
    name: &'a str,
    role: Option<&'a str>,
    gender: Option<Gender>,
}

fn people(text: &str, persons: &[P<'_>]) -> Vec<PersonMention> {
    let mut out: Vec<PersonMention> = Vec::new();
    for (person, p) in persons.iter().enumerate() {
        for surface in p.surfaces {
            for (start, _) in text.match_indices(surface) {
                let end = start + surface.len();
                let bounded = !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !text[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if bounded && !out.iter().any(|m| m.start < end && start < m.end) {
                    out.push(PersonMention {
                        start,
                        end,
                        text: surface.to_string(),
                        name: p.name.to_string(),
                        person,
                        role: p.role.map(str::to_string),
                        role_span: None,
                        gender: p.gender,
                    });
                }
            }
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

fn run(text: &str, persons: &[P<'_>]) -> Vec<Quote> {
    let analysis = Analysis::new(text);
    let got = find_quotes(&analysis, &people(text, persons));
    for q in &got {
        assert!(Span::new(q.start, q.end).is_valid_in(text) && q.start < q.end);
        assert_eq!(q.text, &text[q.start..q.end]);
    }
    got
}

/// Runs the extractor and compares `(quotation, speaker)` pairs.
fn check(text: &str, persons: &[P<'_>], expected: &[(&str, Option<&str>)]) {
    let got = run(text, persons);
    let got: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

const REED: P<'static> = P {
    surfaces: &["Tom Reed", "Reed"],
    name: "Tom Reed",
    role: None,
    gender: Some(Gender::Male),
};
const BERG: P<'static> = P {
    surfaces: &["Anna Berg", "Berg"],
    name: "Anna Berg",
    role: None,
    gender: Some(Gender::Female),
};

#[test]
fn quote_marks_of_every_style() {
    let cases: &[(&str, &str)] = &[
        ("\"We will win,\" Reed said.", "\"We will win,\""),
        ("“We will win,” Reed said.", "“We will win,”"),
        ("‘We will win,’ Reed said.", "‘We will win,’"),
        ("«We will win», Reed said.", "«We will win»"),
        ("„We will win“, Reed said.", "„We will win“"),
        ("''We will win,'' Reed said.", "''We will win,''"),
    ];
    for (text, quote) in cases {
        check(text, &[REED], &[(quote, Some("Tom Reed"))]);
    }
}

#[test]
fn nested_quotes_belong_to_the_outer_one() {
    check(
        "“We drew ‘red lines,’ and they know it,” Anna Berg said.",
        &[BERG],
        &[(
            "“We drew ‘red lines,’ and they know it,”",
            Some("Anna Berg"),
        )],
    );
    check(
        "\"He told me 'never again' and left,\" Berg said.",
        &[BERG],
        &[("\"He told me 'never again' and left,\"", Some("Anna Berg"))],
    );
}

#[test]
fn a_quotation_over_several_paragraphs() {
    let text = "Anna Berg spoke after the vote.\n\n“We will not leave.\n\n“We will stay here until the end,” she said.";
    check(
        text,
        &[BERG],
        &[
            ("“We will not leave.", Some("Anna Berg")),
            ("“We will stay here until the end,”", Some("Anna Berg")),
        ],
    );
}

#[test]
fn a_continued_quotation_takes_the_speaker_named_at_its_end() {
    let text = "The hall was full on Monday night.\n\n“We will not leave.\n\n“We stay until the end,” Berg said.";
    check(
        text,
        &[BERG],
        &[
            ("“We will not leave.", Some("Anna Berg")),
            ("“We stay until the end,”", Some("Anna Berg")),
        ],
    );
}

#[test]
fn british_single_quotes_run_over_paragraphs_too() {
    let text = "Anna Berg spoke after the vote.\n\n‘We will not leave this hall.\n\n‘We stay until the end,’ she said.";
    check(
        text,
        &[BERG],
        &[
            ("‘We will not leave this hall.", Some("Anna Berg")),
            ("‘We stay until the end,’", Some("Anna Berg")),
        ],
    );
}

#[test]
fn an_unclosed_mark_ends_before_its_attribution_or_at_the_paragraph_end() {
    check(
        "“We agreed on the terms, Berg said at the meeting. “Now the work starts.”",
        &[BERG],
        &[
            ("“We agreed on the terms,", Some("Anna Berg")),
            ("“Now the work starts.”", Some("Anna Berg")),
        ],
    );
    check(
        "“Despite it all there are certain ‘limits,’ Reed said to the press. “They hold.”",
        &[REED],
        &[
            (
                "“Despite it all there are certain ‘limits,’",
                Some("Tom Reed"),
            ),
            ("“They hold.”", Some("Tom Reed")),
        ],
    );
    let text = "Tom Reed was brief. “This will not stand.\n\nThe vote is on Monday. Nobody expects a surprise.";
    check(
        text,
        &[REED],
        &[("“This will not stand.", Some("Tom Reed"))],
    );
}

#[test]
fn an_interrupted_quotation_has_one_speaker() {
    check(
        "Tom Reed spoke on Monday. “We are ready,” he said. “The rest is up to them.”",
        &[REED],
        &[
            ("“We are ready,”", Some("Tom Reed")),
            ("“The rest is up to them.”", Some("Tom Reed")),
        ],
    );
}

#[test]
fn partial_quotes_in_reported_speech() {
    let mayor = P {
        surfaces: &["Lena Holm", "Holm"],
        name: "Lena Holm",
        role: Some("Mayor"),
        gender: None,
    };
    check(
        "Mayor Lena Holm called the plan “a disgrace” on Monday.",
        &[mayor],
        &[("“a disgrace”", Some("Lena Holm"))],
    );
    check(
        "Reed stressed the allegedly “reckless” nature of the plan.",
        &[REED],
        &[("“reckless”", Some("Tom Reed"))],
    );
    check(
        "Berg said the bill was “dead on arrival” and “a waste of time.”",
        &[BERG],
        &[
            ("“dead on arrival”", Some("Anna Berg")),
            ("“a waste of time.”", Some("Anna Berg")),
        ],
    );
}

#[test]
fn scare_quotes_and_titles_have_no_speaker() {
    for text in [
        "The so-called “reform” passed quietly.",
        "Reed appeared on CNN’s “State of the Union” on Sunday.",
    ] {
        let got = run(text, &[REED]);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(
            (got[0].speaker.as_deref(), got[0].attributed, got[0].direct),
            (None, false, false),
            "{text}"
        );
        assert_eq!(got[0].kind, QuoteKind::Partial);
    }
}

#[test]
fn apostrophes_are_never_quote_marks() {
    let text = include_str!("../fixtures/negative.txt");
    assert_eq!(run(text, &[]), vec![]);
    check(
        "Reed’s team doesn’t know the ministers’ plan, Berg's aide said.",
        &[REED, BERG],
        &[],
    );
}

#[test]
fn cue_verbs_in_either_order_and_position() {
    let cases: &[(&str, &str)] = &[
        ("“It is over,” Reed told reporters.", "“It is over,”"),
        ("“It is over,” said Reed.", "“It is over,”"),
        ("“It is over,” Reed added.", "“It is over,”"),
        ("Reed underscored: “It is over.”", "“It is over.”"),
        ("Reed emphasized, “It is over.”", "“It is over.”"),
        ("According to Reed, “it is over.”", "“it is over.”"),
        ("Reed: “It is over.”", "“It is over.”"),
        ("“It is over?” Reed asked.", "“It is over?”"),
        (
            "“It is over,” Tom Reed, the club’s chairman, told the paper.",
            "“It is over,”",
        ),
        (
            "“It is over,” said club chairman Tom Reed.",
            "“It is over,”",
        ),
        ("“It is over,” Reed shot back.", "“It is over,”"),
    ];
    for (text, quote) in cases {
        check(text, &[REED], &[(quote, Some("Tom Reed"))]);
    }
}

#[test]
fn pronouns_follow_gender_and_the_running_speaker() {
    let text = "Tom Reed met Anna Berg on Monday. She said: “It went well.” He disagreed. “Not at all,” he said.";
    check(
        text,
        &[REED, BERG],
        &[
            ("“It went well.”", Some("Anna Berg")),
            ("“Not at all,”", Some("Tom Reed")),
        ],
    );
}

#[test]
fn nominals_resolve_through_roles() {
    let putin = P {
        surfaces: &["Vladimir Putin", "Putin"],
        name: "Vladimir Putin",
        role: Some("Russian President"),
        gender: Some(Gender::Male),
    };
    let biden = P {
        surfaces: &["Joe Biden", "Biden"],
        name: "Joe Biden",
        role: Some("US President"),
        gender: Some(Gender::Male),
    };
    let text = "Russian President Vladimir Putin spoke with US President Joe Biden on Tuesday.\n\n\
                “It was useful,” the Russian leader said.\n\n\
                “We will see,” the U.S. leader said.";
    check(
        text,
        &[putin, biden],
        &[
            ("“It was useful,”", Some("Vladimir Putin")),
            ("“We will see,”", Some("Joe Biden")),
        ],
    );
    let senator = P {
        surfaces: &["Jane Roe"],
        name: "Jane Roe",
        role: Some("Senator"),
        gender: None,
    };
    check(
        "Senator Jane Roe told TASS the talks went well.\n\n“We agreed,” the senator said.",
        &[senator],
        &[("“We agreed,”", Some("Jane Roe"))],
    );
}

#[test]
fn organisations_speak_under_their_own_name() {
    check(
        "“The talks were constructive,” the White House said.",
        &[],
        &[("“The talks were constructive,”", Some("White House"))],
    );
    check(
        "Reuters reported that the plan was “on hold.”",
        &[],
        &[("“on hold.”", Some("Reuters"))],
    );
}

#[test]
fn without_people_a_name_stands_for_itself() {
    check(
        "Sen. Lindsey Graham said, “We lose elections this way.”",
        &[],
        &[("“We lose elections this way.”", Some("Lindsey Graham"))],
    );
}

#[test]
fn a_speaker_that_is_no_person_is_still_a_cue() {
    let got = run("“Leave now,” the man shouted.", &[]);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].speaker.as_deref(), got[0].attributed), (None, true));
    assert_eq!(got[0].cue.as_deref(), Some("shouted"));
    assert_eq!(
        got[0]
            .speaker_span
            .map(|s| s.text("“Leave now,” the man shouted.")),
        Some("the man")
    );
}

#[test]
fn headline_quotes_are_not_direct_speech() {
    let text =
        "Reed: ‘We Will Win’\n\nTom Reed spoke on Monday to his supporters in the town hall.";
    let got = run(text, &[REED]);
    assert_eq!(got.len(), 1);
    assert!(got[0].headline && !got[0].direct);
}

#[test]
fn cue_lists_are_sorted() {
    for list in [cues::VERBS, cues::PARTICIPLES] {
        assert!(
            list.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            list.windows(2).find(|w| w[0] >= w[1])
        );
    }
}

#[test]
fn cue_kind_is_an_exact_match_on_the_lists() {
    use crate::cues::{PARTICIPLES, VERBS, cue_kind};
    let fits = |w: &str| (3..=12).contains(&w.len());
    for &w in VERBS {
        assert_eq!(cue_kind(w).is_some(), fits(w), "{w}");
        assert_eq!(cue_kind(w.to_uppercase()), None, "{w}");
        let mut capital = w.to_string();
        capital[..1].make_ascii_uppercase();
        assert_eq!(cue_kind(&capital), None, "{capital}");
    }
    for &w in PARTICIPLES {
        assert_eq!(cue_kind(w).is_some(), fits(w), "{w}");
        assert_eq!(cue_kind(format!("{w}s")), None, "{w}s");
    }
    assert!(cue_kind("according").is_some() && cue_kind("According").is_some());
    for w in [
        "saId",
        "the",
        "president",
        "Said",
        "ACCORDING",
        "sayd",
        "s\u{e4}id",
    ] {
        assert_eq!(cue_kind(w), None, "{w}");
    }
}

#[test]
fn the_cue_prefilter_lets_every_cue_and_loose_verb_through() {
    use crate::cues::{PARTICIPLES, VERBS, cue_flags};
    let may_be_cue_or_loose =
        |w: &str| crate::cues::may_be_cue_or_loose(w.as_bytes(), cue_flags(w.as_bytes()));
    let loose = [
        "shot", "fired", "went", "spoke", "wrote", "snapped", "chimed", "quipped",
    ];
    let extra = [
        "According",
        "according",
        "walked",
        "Walked",
        "red",
        "the",
        "Shot",
        "said",
    ];
    for &w in VERBS.iter().chain(PARTICIPLES).chain(&loose).chain(&extra) {
        let mut capital = w.to_string();
        capital[..1].make_ascii_uppercase();
        for w in [w.to_string(), capital, w.to_uppercase()] {
            if cue_kind(&w).is_some() || is_loose_verb(&w) {
                assert!(may_be_cue_or_loose(&w), "{w}");
            }
        }
    }
    assert!(!may_be_cue_or_loose("president") && !may_be_cue_or_loose("the"));
    assert_eq!(cue_kind("shot"), None, "a loose verb, no cue");
}

/// Whether `speech_events` goes past its first tests with token `i`: a
/// quote mark, or a word outside quotations that is a cue or may be a
/// loose verb.
fn passes_first_tests(a: &Analysis<'_>, i: usize, quoted: bool) -> bool {
    use gleaner_text::TokenKind;
    let t = a.tokens()[i];
    let w = t.text(a.text());
    match t.kind {
        TokenKind::Punct | TokenKind::Possessive => is_quote_mark(w),
        TokenKind::Word => !quoted && (cue_kind(w).is_some() || is_loose_verb(w)),
        TokenKind::Number => false,
    }
}

fn check_candidates(text: &str) -> Result<(), String> {
    let a = Analysis::new(text);
    let n = a.tokens().len();
    // No quotation, the whole text quoted (and an empty quotation after
    // it), and two quotations.
    for quoted in [vec![], vec![0..n, n..n], vec![0..n / 4, n / 2..3 * n / 4]] {
        let in_quote = |i: usize| quoted.iter().any(|r| r.contains(&i));
        let got = marks_and_cue_candidates(text, a.tokens(), &quoted);
        for i in 0..n {
            if !in_quote(i) && passes_first_tests(&a, i, false) && !got.contains(&(i as u32)) {
                return Err(format!("{:?} in {text:?}", a.token_text(i)));
            }
        }
        // Inside a quotation: its last mark only.
        for r in &quoted {
            let marks: Vec<u32> = r
                .clone()
                .filter(|&i| passes_first_tests(&a, i, true))
                .map(|i| i as u32)
                .collect();
            let kept: Vec<u32> = got
                .iter()
                .copied()
                .filter(|&i| r.contains(&(i as usize)))
                .collect();
            if kept.last() != marks.last() || kept.len() != usize::from(!marks.is_empty()) {
                return Err(format!("marks {marks:?}, kept {kept:?} in {text:?}"));
            }
        }
        if !got.windows(2).all(|w| w[0] < w[1]) {
            return Err(format!("not in order: {got:?}"));
        }
    }
    Ok(())
}

#[test]
fn the_branch_free_filter_keeps_every_mark_and_cue() {
    let verbs = crate::cues::VERBS.join(" ");
    let participles = crate::cues::PARTICIPLES.join(" ");
    for text in [
        verbs.as_str(),
        participles.as_str(),
        &verbs.to_uppercase(),
        "“No,” he said. 'Yes' \"Maybe\" «Oui» „Ja“ ‘So’ leaders' ’s According to Reed, ed",
        "shot went spoke wrote walked fired quipped Walked reported-ed a-ed",
        "d ed e",
    ] {
        check_candidates(text).unwrap();
    }
}

proptest::proptest! {
    #[test]
    fn the_branch_free_filter_keeps_every_mark_and_cue_on_any_text(
        text in "([a-zA-Z '’‘\"“”«».,-]|said|told|ed|According|é|\u{a0}){0,40}"
    ) {
        proptest::prop_assert_eq!(check_candidates(&text), Ok(()));
    }
}

/// The definition `capitalised_words` reads from the tokens: white-space
/// separated words with a letter, and those whose first letter or digit is
/// a capital.
fn capitalised_words_of_str(s: &str) -> (usize, usize) {
    let words = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    let (mut all, mut capital) = (0, 0);
    for w in words {
        all += 1;
        let first = w.chars().find(|c| c.is_alphanumeric());
        capital += usize::from(first.is_some_and(char::is_uppercase));
    }
    (all, capital)
}

#[test]
fn capitalised_words_match_their_definition_on_samples() {
    for text in [
        "Putin Says 'No' To Talks",
        "CNN's \"State of the Union\" 7th x",
        "  ‘Red lines’ — O'Gorman's don’t 90s ’90s (Reed) co-op",
        "É é Ünter ßtraße 3rd 10KM … «Oui»",
        "٣abc x ²b",
        "",
    ] {
        let a = Analysis::new(text);
        let whole = Span::new(0, text.len());
        assert_eq!(
            capitalised_words(&a, whole, 0, |_, _, _| true),
            capitalised_words_of_str(text),
            "{text:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn capitalised_words_match_their_definition(
        text in "([A-Za-z0-9 '’‘\"“”.,()\t-]|É|é|ß|٣|²|\u{a0}|\u{2009}){0,60}"
    ) {
        let a = Analysis::new(&text);
        let whole = Span::new(0, text.len());
        proptest::prop_assert_eq!(
            capitalised_words(&a, whole, 0, |_, _, _| true),
            capitalised_words_of_str(&text)
        );
    }

    #[test]
    fn the_title_case_count_stops_early_with_the_same_answer(
        text in "([A-Za-z ]|The|And|Says|Said){0,60}"
    ) {
        let a = Analysis::new(&text);
        let whole = Span::new(0, text.len());
        let answer = |(all, capital): (usize, usize)| all >= 4 && capital * 10 >= all * 8;
        let early = capitalised_words(&a, whole, 0, |all, capital, left| {
            (all - capital) * 5 <= all + left
        });
        proptest::prop_assert_eq!(
            answer(early),
            answer(capitalised_words(&a, whole, 0, |_, _, _| true))
        );
    }
}

#[test]
fn a_quote_mark_token_is_one_quote_character() {
    use crate::cues::is_quote_mark;
    for m in ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›"] {
        assert!(is_quote_mark(m), "{m}");
    }
    for w in ["", "a", "''", "—", "…", "’s", "\"x", "é", "\u{a0}"] {
        assert!(!is_quote_mark(w), "{w:?}");
    }
}

#[test]
fn role_words_compare_without_periods_and_case() {
    use crate::speakers::role_has;
    let role = "Former U.S. Vice-President, Sen.";
    for w in ["us", "US", "president", "vice", "sen", "former"] {
        assert!(role_has(role, w), "{w}");
    }
    for w in ["u", "s", "presiden", "senator", "u.s"] {
        assert!(!role_has(role, w), "{w}");
    }
}

#[test]
fn every_quote_character_is_found_as_a_mark() {
    // `quote_marks` reads the typographic marks from their bytes: the same
    // set as `is_quote_char`, found anywhere in the text.
    let all: String = (0x20u32..0x2100)
        .filter_map(char::from_u32)
        .filter(|c| !c.is_control())
        .collect();
    let expected: Vec<(usize, char)> = all
        .char_indices()
        .filter(|&(_, c)| crate::marks::is_quote_char(c))
        .collect();
    assert_eq!(crate::marks::quote_marks(&all), expected);
}

#[test]
fn is_alnum_is_is_alphanumeric() {
    for c in (0u32..0x3000).filter_map(char::from_u32) {
        assert_eq!(crate::marks::is_alnum(c), c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn word_lists_searched_by_bisection_are_sorted() {
    for list in [crate::speakers::TITLE_WORDS, crate::speakers::ROLE_NOUNS] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

#[test]
fn token_at_near_anywhere_is_token_at() {
    for text in [
        "“Yes,” she said. A b cc — ddd: e “f” ggg hh i.",
        "a",
        "",
        "one two  three four five six seven eight nine ten eleven twelve thirteen",
    ] {
        let a = Analysis::new(text);
        let toks = a.tokens();
        for i in 0..=toks.len() + 1 {
            for x in 0..=text.len() + 1 {
                assert_eq!(
                    crate::token_at_near(toks, i, x),
                    a.token_at(x),
                    "from {i} to byte {x} in {text:?}"
                );
            }
        }
    }
}

#[test]
fn token_at_from_anywhere_is_token_at() {
    let text = "“Yes,” she said. A b cc — ddd: e “f” ggg hh i.";
    let a = Analysis::new(text);
    let toks = a.tokens();
    for i in 0..=toks.len() + 1 {
        for x in 0..=text.len() + 1 {
            assert_eq!(
                token_at_from(toks, i, x),
                a.token_at(x),
                "from {i} to byte {x}"
            );
        }
    }
}

#[test]
fn galloping_search_is_partition_point() {
    let text = "“Yes,” she said. A b cc — ddd: e “f” ggg hh i.";
    let toks = gleaner_text::tokenize_with_shapes(text).0;
    for t in 0..=toks.len() {
        for b in 0..=text.len() + 1 {
            let want = t + toks[t..].partition_point(|x| x.span.start < b);
            if toks[..t].iter().all(|x| x.span.start < b) {
                assert_eq!(first_starting_at(&toks, t, b), want, "from {t} to byte {b}");
            }
        }
    }
}

#[test]
fn word_matches_agree_with_their_lists() {
    use crate::cues::{
        DETERMINERS, NAME_LINKS, PRONOUNS, is_determiner_word, is_name_link, is_pronoun_word,
    };
    let all: Vec<&str> = PRONOUNS
        .iter()
        .chain(DETERMINERS)
        .chain(NAME_LINKS)
        .copied()
        .chain(["", "H", "hE", "thee", "vo", "Of", "said", "they'", "ther"])
        .collect();
    for w in all {
        assert_eq!(is_pronoun_word(w.as_bytes()), PRONOUNS.contains(&w), "{w}");
        assert_eq!(
            is_determiner_word(w.as_bytes()),
            DETERMINERS.contains(&w),
            "{w}"
        );
        assert_eq!(is_name_link(w.as_bytes()), NAME_LINKS.contains(&w), "{w}");
    }
}

#[test]
fn an_ascii_text_has_the_same_marks_either_way() {
    use crate::marks::{quote_marks, quote_marks_in};
    for text in [
        "He said \"no\" and 'maybe', don't.",
        "'' twice '' and \" once",
        "no marks at all",
        "\u{a0}\"a\u{2003}b\"",
    ] {
        assert_eq!(quote_marks_in(text, false), quote_marks(text), "{text}");
    }
}
