//! Odd text never makes the extractor panic or return a bad span.

use gleaner_core::Analysis;
use gleaner_quotes::find_quotes;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn spans_are_valid_on_any_text(
        text in "([a-zA-Z]{1,6}|[ \n,.:;!?—-]|[\"'“”‘’«»„‚‹›]|said|he|The|Smith|according to |\u{202A}|é){0,60}"
    ) {
        let analysis = Analysis::new(&text);
        let people = gleaner_people::find_people(&analysis);
        for q in find_quotes(&analysis, &people) {
            prop_assert!(q.start < q.end && q.end <= text.len());
            prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            prop_assert_eq!(&q.text, &text[q.start..q.end]);
            if let Some(s) = q.speaker_span {
                prop_assert!(s.is_valid_in(&text) && s.start < s.end);
            }
        }
    }
}
