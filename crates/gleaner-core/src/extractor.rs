//! The extractor trait, its typed outputs and the context it reads.

use std::any::Any;

use gleaner_text::{Analysis, Span};

use crate::Document;

/// One annotation an extractor emits: something with a span.
pub trait Annotation {
    fn span(&self) -> Span;
}

/// What an extractor returns for one document. Every `Vec<A>` of
/// serialisable annotations is an output; the pipeline checks its spans and
/// the writer serialises it, so extractors never touch JSON.
pub trait Output: Any + Send + Sync + erased_serde::Serialize {
    /// The spans of all annotations, for the span invariant check.
    fn spans(&self) -> Vec<Span>;
    /// The first span that is empty or not on character boundaries of
    /// `text`: the span invariant, checked without collecting the spans.
    fn invalid_span(&self, text: &str) -> Option<Span> {
        self.spans()
            .into_iter()
            .find(|s| !s.is_valid_in(text) || s.is_empty())
    }
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Appends the output as compact JSON to `out`: the same bytes as
    /// serialising it through `erased_serde`, but written by code made for
    /// the concrete annotation type, without a dynamic call per field.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
}

erased_serde::serialize_trait_object!(Output);

impl<A> Output for Vec<A>
where
    A: Annotation + serde::Serialize + Send + Sync + 'static,
{
    fn spans(&self) -> Vec<Span> {
        self.iter().map(Annotation::span).collect()
    }

    fn invalid_span(&self, text: &str) -> Option<Span> {
        self.iter()
            .map(Annotation::span)
            .find(|s| !s.is_valid_in(text) || s.is_empty())
    }

    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, self)
    }
}

/// What an extractor sees besides the document: the shared text analysis
/// and the outputs of the extractors it `requires()`.
pub struct Context<'a> {
    pub analysis: &'a Analysis<'a>,
    pub(crate) outputs: &'a [(&'static str, Box<dyn Output>)],
}

impl<'a> Context<'a> {
    /// A context with no earlier outputs, for running one extractor alone
    /// (tests, benchmarks).
    pub fn new(analysis: &'a Analysis<'a>) -> Self {
        Context {
            analysis,
            outputs: &[],
        }
    }

    /// A context with given earlier outputs.
    pub fn with_outputs(
        analysis: &'a Analysis<'a>,
        outputs: &'a [(&'static str, Box<dyn Output>)],
    ) -> Self {
        Context { analysis, outputs }
    }

    /// The typed output of the extractor `name`, if it ran on this document
    /// and its output has type `T`.
    pub fn output<T: Output>(&self, name: &str) -> Option<&'a T> {
        let (_, out) = self.outputs.iter().find(|(n, _)| *n == name)?;
        let any: &dyn Any = out.as_ref();
        any.downcast_ref::<T>()
    }
}

/// An extraction rule set: reads a document, returns annotations.
///
/// Extractors do no IO and never fail a document over odd text: a rule
/// that cannot make sense of a passage skips it. An `Err` is for real
/// faults only; a panic is caught by the pipeline and reported the same way.
pub trait Extractor: Send + Sync {
    /// The unique name, a plural noun of what it emits ("dates").
    fn name(&self) -> &'static str;

    /// Names of extractors whose output this one reads from the context.
    fn requires(&self) -> &'static [&'static str] {
        &[]
    }

    fn extract(&self, doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String>;
}
