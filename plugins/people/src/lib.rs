//! # people
//!
//! DOC_PLACEHOLDER

mod detect;
mod lexicon;
mod name_runs;
mod persons;
mod roles;

use gleaner_core::{
    Analysis, Annotation, ConfigError, Configurable, Context, Document, Extractor,
    ExtractorFactory, Output, Span,
};
use serde::{Deserialize, Serialize};

/// The gender the text shows for a person (Mr./Ms., he/she after a mention).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}

/// One mention of a person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonMention {
    pub start: usize,
    pub end: usize,
    /// The surface text, `text[start..end]`.
    pub text: String,
    /// The fullest form of this person's name used in the document.
    pub name: String,
    /// Shared by all mentions of one person in the document, from 0.
    pub person: usize,
    /// Title or role written with this mention ("Russian President").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Where the role is written (before the name or in an appositive after it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_span: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
}

impl Annotation for PersonMention {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The output of the people extractor, in text order.
pub type People = Vec<PersonMention>;

/// Every mention of a person in an analysed text, sorted by start.
pub fn find_people(analysis: &Analysis<'_>) -> People {
    persons::people(analysis)
}

/// The number of distinct persons in `people`.
pub fn person_count(people: &[PersonMention]) -> usize {
    people.iter().map(|m| m.person + 1).max().unwrap_or(0)
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleConfig {}

pub struct PeopleExtractor;

impl Extractor for PeopleExtractor {
    fn name(&self) -> &'static str {
        "people"
    }

    fn extract(&self, _doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(find_people(cx.analysis)))
    }
}

impl Configurable for PeopleExtractor {
    type Config = PeopleConfig;
    fn from_config(_: PeopleConfig) -> Result<Self, ConfigError> {
        Ok(PeopleExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<PeopleExtractor>(
    "people",
    "Mentions of people, each with the fullest name used for that person in the article."
));
