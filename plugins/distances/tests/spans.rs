//! The span invariant on any text: never a panic, every span valid,
//! non-empty, in order and not overlapping.

use gleaner_core::{Analysis, Annotation};
use proptest::prelude::*;

proptest! {
    #[test]
    fn spans_are_valid_on_any_text(text in "(\\PC|[0-9 ,./½-]|km|miles|feet|in|a|half|m){0,60}") {
        let a = Analysis::new(&text);
        let mut last_end = 0;
        for d in gleaner_distances::find_distances(&a) {
            let span = d.span();
            prop_assert!(span.is_valid_in(&text) && !span.is_empty());
            prop_assert!(span.start >= last_end);
            prop_assert_eq!(span.text(&text), d.text.as_str());
            prop_assert!(d.metres.is_finite());
            last_end = span.end;
        }
    }
}
