//! # quotes
//!
//! (skeleton: being written)

use gleaner_core::{Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output, Span};
use gleaner_people::People;
use serde::{Deserialize, Serialize};

/// Whether a quotation is a whole utterance or a fragment woven into
/// reported speech or used as a scare quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Full,
    Partial,
}

/// One direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// The quotation with its quote marks, `text[start..end]`.
    pub text: String,
    /// Canonical name of who said it, or `None` when the text names nobody.
    pub speaker: Option<String>,
    /// The mention the speaker was read from (a name, pronoun or noun phrase).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// The attribution cue ("said", "according to", ":").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    pub kind: QuoteKind,
}

impl Annotation for Quote {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotesConfig {}

pub struct QuotesExtractor;

impl Extractor for QuotesExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn requires(&self) -> &'static [&'static str] {
        &["people"]
    }

    fn extract(&self, _doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        let _people = cx.output::<People>("people").ok_or("no people output")?;
        Ok(Box::new(Vec::<Quote>::new()))
    }
}

impl Configurable for QuotesExtractor {
    type Config = QuotesConfig;
    fn from_config(_: QuotesConfig) -> Result<Self, ConfigError> {
        Ok(QuotesExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<QuotesExtractor>(
    "quotes",
    "Direct quotations, full or partial, with the person who said them."
));
