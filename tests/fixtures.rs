//! Every extractor over every fixture article, as one readable snapshot
//! per article.

mod common;

#[test]
fn fixture_articles() {
    let pipeline = common::pipeline(2);
    let names = common::fixture_names();
    assert!(names.len() >= 2, "the fixture articles are missing");
    for name in names {
        let doc = common::fixture(&name);
        assert!(
            doc.published.is_some(),
            "{name} has no publication date sidecar"
        );
        let found = pipeline.extract(&doc);
        assert!(found.errors.is_empty(), "{name}: {:?}", found.errors);
        for (kind, output) in &found.outputs {
            for span in output.spans() {
                assert!(span.is_valid_in(&doc.text), "{kind}: {span:?}");
            }
        }
        insta::assert_snapshot!(doc.id.clone(), common::render(&found));
    }
}
