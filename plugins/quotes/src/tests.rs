//! Case tables: text → expected quotations.

use super::*;
use gleaner_people::Gender;

/// A hand-built person mention for `name` at the first occurrence of
/// `surface` at or after byte `from`.
fn mention(
    text: &str,
    surface: &str,
    name: &str,
    person: usize,
    role: Option<&str>,
    gender: Option<Gender>,
) -> PersonMention {
    let start = text.find(surface).expect("surface in text");
    PersonMention {
        start,
        end: start + surface.len(),
        text: surface.to_string(),
        name: name.to_string(),
        person,
        role: role.map(str::to_string),
        role_span: None,
        gender,
    }
}

/// Runs the extractor and compares `(quoted text, speaker)` pairs.
fn check(text: &str, people: &[PersonMention], expected: &[(&str, Option<&str>)]) {
    let analysis = Analysis::new(text);
    let mut people = people.to_vec();
    people.sort_by_key(|m| m.start);
    let got = find_quotes(&analysis, &people);
    for q in &got {
        assert!(Span::new(q.start, q.end).is_valid_in(text) && q.start < q.end);
        assert_eq!(q.text, &text[q.start..q.end]);
    }
    let got: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn straight_and_typographic_quotes_after_attribution() {
    check(
        "\"We will win,\" Smith said.",
        &[],
        &[("\"We will win,\"", Some("Smith"))],
    );
    check(
        "“We will win,” said Jane Smith.",
        &[],
        &[("“We will win,”", Some("Jane Smith"))],
    );
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
