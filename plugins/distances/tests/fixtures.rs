//! The extractor over the two fixture articles (one snapshot each, surface
//! text beside offsets and value) and over its negative fixture, which must
//! give nothing.

use gleaner_core::{Analysis, Configurable, Context, Document, Extractor};
use gleaner_distances::{Distance, DistancesExtractor};

fn run(text: &str) -> Vec<Distance> {
    let extractor = DistancesExtractor::from_config(Default::default()).unwrap();
    let doc = Document::new("t", text);
    let analysis = Analysis::new(&doc.text);
    let out = extractor.extract(&doc, &Context::new(&analysis)).unwrap();
    let spans = out.spans();
    let found = gleaner_distances::find_distances(&analysis);
    assert_eq!(spans.len(), found.len());
    found
}

fn check(text: &str) -> String {
    run(text)
        .iter()
        .map(|d| {
            assert!(d.span().is_valid_in(text) && d.end > d.start);
            let m = d
                .modifier
                .map_or(String::new(), |m| format!(" {}", m.as_str()));
            format!(
                "{}..{} «{}» → {} m ({}){m}\n",
                d.start, d.end, d.text, d.metres, d.unit
            )
        })
        .collect()
}

use gleaner_core::Annotation;

#[test]
fn fixture_articles() {
    for name in ["000_0e37f0b22e24cc58", "001_f084baa8377643e8"] {
        let path = format!("{}/../../fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("fixture article");
        insta::assert_snapshot!(name, check(&text));
    }
}

#[test]
fn negative_fixture_finds_nothing() {
    assert_eq!(check(include_str!("../fixtures/negative.txt")), "");
}
