//! The extractor over whole texts: the negative fixture must give nothing,
//! and the two seed articles are snapshotted with their surface text.

use std::fmt::Write as _;
use std::path::PathBuf;

use gleaner_core::{Analysis, Document};
use gleaner_dates::DatesExtractor;
use jiff::civil::date;

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One line per mention: offsets, surface text, value, type and modifier.
fn render(text: &str) -> String {
    // The fixtures' sidecar context: published 2021-12-08.
    let doc = Document::new("fixture", text).published(Some(date(2021, 12, 8)));
    let analysis = Analysis::new(&doc.text);
    let mut out = String::new();
    for m in DatesExtractor::mentions(&doc, &analysis) {
        assert_eq!(&text[m.start..m.end], m.text);
        let kind = serde_json::to_value(m.kind).unwrap();
        let md = m.modifier.map(|x| serde_json::to_value(x).unwrap());
        let _ = writeln!(
            out,
            "{}..{} {:?} -> {} {}{}",
            m.start,
            m.end,
            m.text,
            m.value,
            kind.as_str().unwrap(),
            md.map(|v| format!(" {}", v.as_str().unwrap()))
                .unwrap_or_default()
        );
    }
    out
}

#[test]
fn negative_fixture_has_no_dates() {
    let text = read(crate_dir().join("fixtures/negative.txt"));
    assert_eq!(render(&text), "", "the negative fixture must yield nothing");
}

#[test]
fn seed_articles() {
    let dir = crate_dir().join("../../fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, render(&read(path)));
    }
}
