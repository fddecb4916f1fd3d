//! The registry holds exactly the built-in extractors, each buildable from
//! its default config and named as it registers.

use gleaner::{BUILT_IN, Registry};

#[test]
fn built_in_extractors_are_registered_once() {
    let registry = Registry::global().unwrap();
    assert_eq!(registry.names(), BUILT_IN);
    for factory in registry.factories() {
        let extractor = factory.build_default().unwrap();
        assert_eq!(extractor.name(), factory.name);
        assert!(!factory.description.is_empty());
        for r in extractor.requires() {
            assert!(
                registry.get(r).is_some(),
                "{} requires unknown {r}",
                factory.name
            );
        }
    }
}

#[test]
fn quotes_run_after_people() {
    let registry = Registry::global().unwrap();
    let pipeline = gleaner::Pipeline::new(registry.build_all_default().unwrap(), 1).unwrap();
    let order = pipeline.names();
    let pos = |n: &str| order.iter().position(|x| *x == n).unwrap();
    assert!(pos("people") < pos("quotes"), "{order:?}");
}
