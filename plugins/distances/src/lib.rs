//! # distances
//!
//! (skeleton: being written)

use gleaner_core::{Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Distance {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Annotation for Distance {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistancesConfig {}

pub struct DistancesExtractor;

impl Extractor for DistancesExtractor {
    fn name(&self) -> &'static str {
        "distances"
    }

    fn extract(&self, _doc: &Document, _cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(Vec::<Distance>::new()))
    }
}

impl Configurable for DistancesExtractor {
    type Config = DistancesConfig;
    fn from_config(_: DistancesConfig) -> Result<Self, ConfigError> {
        Ok(DistancesExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DistancesExtractor>("distances", "distances (being written)"));
