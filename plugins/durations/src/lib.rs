//! # durations
//!
//! (skeleton: being written)

use gleaner_core::{Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duration {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Annotation for Duration {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DurationsConfig {}

pub struct DurationsExtractor;

impl Extractor for DurationsExtractor {
    fn name(&self) -> &'static str {
        "durations"
    }

    fn extract(&self, _doc: &Document, _cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(Vec::<Duration>::new()))
    }
}

impl Configurable for DurationsExtractor {
    type Config = DurationsConfig;
    fn from_config(_: DurationsConfig) -> Result<Self, ConfigError> {
        Ok(DurationsExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DurationsExtractor>("durations", "durations (being written)"));
