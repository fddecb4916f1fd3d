//! Snapshots of the quotations in the two fixture articles (with the people
//! extractor's mentions, as in the pipeline), and the negative fixture.

use gleaner_core::Analysis;
use gleaner_quotes::find_quotes;

fn render(path: &str) -> String {
    let text = std::fs::read_to_string(path).expect("fixture");
    let analysis = Analysis::new(&text);
    let people = gleaner_people::find_people(&analysis);
    let mut out = String::new();
    for q in find_quotes(&analysis, &people) {
        let span = q
            .speaker_span
            .map_or(String::new(), |s| format!(" from {:?}", s.text(&text)));
        let cue = q
            .cue
            .as_deref()
            .map_or(String::new(), |c| format!(" cue {c:?}"));
        out.push_str(&format!(
            "{}..{} {:?}\n    speaker {:?}{span}{cue}; {:?}{}{}\n",
            q.start,
            q.end,
            q.text,
            q.speaker,
            q.kind,
            if q.attributed { "" } else { ", unattributed" },
            if q.headline { ", headline" } else { "" },
        ));
    }
    out
}

#[test]
fn fixture_000() {
    insta::assert_snapshot!(render(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/000_0e37f0b22e24cc58.txt"
    )));
}

#[test]
fn fixture_001() {
    insta::assert_snapshot!(render(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/001_f084baa8377643e8.txt"
    )));
}

#[test]
fn negative_fixture_is_empty() {
    assert_eq!(
        render(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/negative.txt"
        )),
        ""
    );
}
