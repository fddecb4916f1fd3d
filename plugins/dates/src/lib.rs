//! # dates
//!
//! (skeleton: being written)

use gleaner_core::{Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Annotation for DateMention {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatesConfig {}

pub struct DatesExtractor;

impl Extractor for DatesExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, _doc: &Document, _cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(Vec::<DateMention>::new()))
    }
}

impl Configurable for DatesExtractor {
    type Config = DatesConfig;
    fn from_config(_: DatesConfig) -> Result<Self, ConfigError> {
        Ok(DatesExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DatesExtractor>("dates", "dates (being written)"));
