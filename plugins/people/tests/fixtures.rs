//! The extractor over whole texts: the negative fixture must give nothing,
//! the two seed articles are snapshotted with their surface text, and the
//! seeds' gold people (read from ../shared when it is there) are found
//! exactly.

use std::fmt::Write as _;
use std::path::PathBuf;

use gleaner_core::Analysis;
use gleaner_people::find_people;

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One line per mention: offsets, surface text, person, canonical name,
/// role and gender.
fn render(text: &str) -> String {
    let analysis = Analysis::new(text);
    let mut out = String::new();
    for m in find_people(&analysis) {
        assert_eq!(&text[m.start..m.end], m.text);
        let _ = write!(
            out,
            "{}..{} {:?} -> #{} {:?}",
            m.start, m.end, m.text, m.person, m.name
        );
        if let Some(role) = &m.role {
            let _ = write!(out, " role={role:?}");
        }
        if let Some(g) = m.gender {
            let _ = write!(out, " {g:?}");
        }
        out.push('\n');
    }
    out
}

#[test]
fn negative_fixture_has_no_people() {
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

/// The seeds' gold people, when the shared evaluation folder is beside the
/// repository: every span and canonical name must match.
#[test]
fn seeds_gold_people_match() {
    let eval = crate_dir().join("../../../shared/eval");
    let (Ok(docs), Ok(gold)) = (
        std::fs::read_to_string(eval.join("seeds.docs.jsonl")),
        std::fs::read_to_string(eval.join("seeds.gold.jsonl")),
    ) else {
        eprintln!("shared/eval not found; skipped");
        return;
    };
    for (d, g) in docs.lines().zip(gold.lines()) {
        let d: serde_json::Value = serde_json::from_str(d).unwrap();
        let g: serde_json::Value = serde_json::from_str(g).unwrap();
        let text = d["text"].as_str().unwrap();
        let analysis = Analysis::new(text);
        let got: Vec<(u64, u64, String)> = find_people(&analysis)
            .into_iter()
            .map(|m| (m.start as u64, m.end as u64, m.name))
            .collect();
        let want: Vec<(u64, u64, String)> = g["gold"]["people"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let name = p["name"].as_str().unwrap().to_owned();
                (
                    p["start"].as_u64().unwrap(),
                    p["end"].as_u64().unwrap(),
                    name,
                )
            })
            .collect();
        assert_eq!(got, want, "document {}", d["id"]);
    }
}
