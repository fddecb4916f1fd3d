//! A tiny extractor for the core's own tests.

use gleaner_text::Span;
use serde::Serialize;

use crate::{Annotation, Context, Document, Extractor, Output};

#[derive(Debug, Serialize)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
}

impl Annotation for Mark {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Marks every occurrence of `word`; panics on the word "PANIC".
pub struct Marker {
    pub name: &'static str,
    pub requires: &'static [&'static str],
    pub word: &'static str,
}

impl Extractor for Marker {
    fn name(&self) -> &'static str {
        self.name
    }
    fn requires(&self) -> &'static [&'static str] {
        self.requires
    }
    fn extract(&self, doc: &Document, _: &Context<'_>) -> Result<Box<dyn Output>, String> {
        if self.word == "PANIC" && doc.text.contains("PANIC") {
            panic!("the word PANIC");
        }
        let marks: Vec<Mark> = doc
            .text
            .match_indices(self.word)
            .map(|(i, w)| Mark {
                start: i,
                end: i + w.len(),
            })
            .collect();
        Ok(Box::new(marks))
    }
}
