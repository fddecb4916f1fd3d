//! Span invariant and determinism over arbitrary and real text.
//!
//! The pipeline turns an invalid span or a panic into a document error, so
//! "no errors" here means every extractor kept every span on char
//! boundaries and inside the text, whatever the input.

mod common;

use gleaner::Document;
use proptest::prelude::*;

/// Text that looks enough like news to reach deep into the rules: words,
/// capitals, numbers with units, quote marks of every kind, dates.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Putin".to_string()),
        Just("said".to_string()),
        Just("Mr.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’s".to_string()),
        Just("«".to_string()),
        Just("December".to_string()),
        Just("Tuesday".to_string()),
        Just("two hours".to_string()),
        Just("9,000 km".to_string()),
        Just("almost".to_string()),
        Just("last year".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9]{1,5}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn spans_are_valid_on_any_text(text in newsish()) {
        let pipeline = common::pipeline(1);
        let doc = Document::new("p", text.clone());
        let found = pipeline.extract(&doc);
        prop_assert!(found.errors.is_empty(), "{:?}", found.errors);
        for (_, output) in &found.outputs {
            for span in output.spans() {
                prop_assert!(span.is_valid_in(&text) && !span.is_empty());
            }
        }
    }

    #[test]
    fn spans_are_valid_on_raw_unicode(text in "\\PC{0,300}") {
        let pipeline = common::pipeline(1);
        let found = pipeline.extract(&Document::new("u", text));
        prop_assert!(found.errors.is_empty(), "{:?}", found.errors);
    }
}

/// Output does not depend on the number of threads.
#[test]
fn one_and_two_threads_agree() {
    let mut docs: Vec<Document> = common::fixture_names()
        .iter()
        .map(|n| common::fixture(n))
        .collect();
    // A document long enough for its extractors to run side by side.
    let mut long = String::new();
    while long.len() < 80 * 1024 {
        for d in &docs[..2] {
            long.push_str(&d.text);
            long.push_str("\n\n");
        }
    }
    docs.push(Document::new("long", long));
    // More documents when the evaluation sets are beside the checkout.
    let shared = common::root().join("../shared/eval/seeds.docs.jsonl");
    if let Ok(text) = std::fs::read_to_string(&shared) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            docs.push(Document::new(
                v["id"].as_str().unwrap(),
                v["text"].as_str().unwrap(),
            ));
        }
    }
    let one: Vec<String> = common::pipeline(1)
        .extract_all(&docs)
        .iter()
        .map(common::render)
        .collect();
    let two: Vec<String> = common::pipeline(2)
        .extract_all(&docs)
        .iter()
        .map(common::render)
        .collect();
    assert_eq!(one, two);
}
