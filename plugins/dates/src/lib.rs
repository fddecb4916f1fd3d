//! # dates
//!
//! Finds every date and time expression in a news article and normalises
//! it to a TIMEX3 value, resolved against the article's publication date.
//!
//! The key design decision: a single left-to-right pass over the shared
//! tokens, each classified once into a small enum (`lexicon`), with a
//! hand-written grammar (`grammar`) that tries every rule at each token and
//! keeps the longest match. Resolution happens as the match is made, so
//! the grammar can use what the text said before ("a year earlier" after
//! "the third quarter" is that quarter a year back). Calendar names, tense
//! cues and weekday arithmetic live in `gleaner_text::calendar`, shared
//! with the durations extractor.
//!
//! ## What it extracts
//!
//! - Absolute dates in the common written forms: "December 7", "7 December
//!   2021", "Dec. 7", "Dec 7th", "the 7th of December", "12/7/2021",
//!   "2021-12-07", "December 2021", "2021", "fiscal 1989", "the 1990s", "the
//!   '80s", "the nineties", "the 21st century", "Q3 2021", "the third
//!   quarter", "the first half of 2021", "summer 2021", "the winter of 1987",
//!   week numbers ("week 49 of 2021"), spelled years ("nineteen
//!   ninety-six", "the year nineteen eighty"), a weekday with its date
//!   ("Tuesday 7 December", "Friday, Dec. 3, 2021").
//! - Dates missing a year or a part, resolved against the publication date
//!   with the tense of the sentence: "Tuesday", "last Friday", "this coming
//!   Sunday", "in December", "last May", "June 16 of this year", "January
//!   this year", "third-quarter", "this summer".
//! - Relative dates: "today", "yesterday", "tomorrow", "this week", "last
//!   month", "next year", "the past decade", "two days ago", "a year
//!   earlier", "a fortnight ago", "year-ago", "the weekend", "the year",
//!   "year-end", "the latest quarter", "the second half of the year"; and
//!   from the date last named: "the following year", "the next day", "that
//!   day".
//! - References: "now", "right now", "currently", "current" (adjective),
//!   "nowadays", "these days", "today" meaning nowadays → PRESENT_REF;
//!   "recently", "recent", "the past", "recent years", "several years ago"
//!   → PAST_REF; "the future", "the near future", "coming months" →
//!   FUTURE_REF.
//! - Times (type TIME): "Tuesday morning", "this evening", "last night",
//!   "tonight", "9 p.m. Wednesday", "noon Thursday", "6 p.m. EST Oct. 4",
//!   "Friday at 3 p.m.", "11:30 a.m. ET on Thursday", "midnight", "4 in
//!   the morning", "around 7:15 p.m.".
//! - Named days: Christmas (Eve/Day), New Year's Day/Eve, Independence Day,
//!   Valentine's Day, Halloween, Veterans Day, Boxing Day (fixed); Easter,
//!   Good Friday, Thanksgiving, Labor Day, Memorial Day, Election Day
//!   (moveable); "last Thanksgiving", "next Christmas".
//! - Modifiers (`mod`): early/earlier → START, late/later → END, mid- →
//!   MID, "the end of" → END, "the beginning of" → START, "about",
//!   "nearly", "around", "or so" → APPROX, "or later", "and beyond" →
//!   ON_OR_AFTER, "post-" → AFTER, "pre-" → BEFORE.
//!
//! ## Normalised value
//!
//! `value` is a TIMEX3 value: `2021-12-07`, `2021-12`, `2021`, `2021-W49`,
//! `2021-W48-WE`, `2021-Q3`, `2021-H1`, `2021-SU`, `199` (the 1990s), `20`
//! (the 21st century), `2021-12-07TMO`, `2021-12-07T15:00`, `PRESENT_REF`,
//! `PAST_REF`, `FUTURE_REF`. `type` is `DATE` or `TIME`; `mod` is set where
//! a modifier applies. Without a publication date nothing is guessed from
//! the clock: values stay underspecified (`XXXX-12-07`, `XXXX-WXX-2` for a
//! bare Tuesday, `XXXX-XX-XX` for "yesterday").
//!
//! Year-less dates follow news conventions: in a past-tense sentence a
//! weekday is the latest such day on or before publication, in a
//! future-tense one ("will", "expected", "scheduled", "next") the first on
//! or after it. The tense is the nearest cue in the sentence (a future cue
//! only counts when close, infinitives carry none, "had been scheduled" is
//! past). A bare month or a month and day stays near publication: a past
//! verb moves it to last year only when it would lie well ahead, a future
//! one to next year only when it lies behind. A year-less quarter is never
//! next year's (results are reported after the quarter ends).
//!
//! ## Examples (text → value), published 2021-12-08
//!
//! - "The Tuesday negotiations were hardly a breakthrough" → `2021-12-07`
//! - "talks on December 7" → `2021-12-07`
//! - "held on June 16 of this year" → `2021-06-16`
//! - "In December, they were almost 9,000 kilometers away" → `2021-12`
//! - "cooperation in today's realities" → `PRESENT_REF`
//! - "Tuesday morning" → `2021-12-07TMO` (TIME)
//! - "two years ago" → `2019`; "last week" → `2021-W48`
//! - "the 1990s" → `199`; "the 21st century" → `20`; "Q3 2021" → `2021-Q3`
//! - "early next year" → `2022`, mod `START`
//!
//! ## Not extracted (the false-positive traps)
//!
//! - "May" the modal verb ("this may concern"), "March" the verb or the
//!   event ("the March on Washington"), month names that are first names
//!   ("April Ryan").
//! - Year-like quantities and identifiers: "2,021 people", "2021 people",
//!   "$2000", "Windows 2000", "version 2021", "1990s-era".
//! - Durations: "two hours", "three years" (the durations extractor owns
//!   them); only "two years ago" and the like are dates.
//! - Spans of time: "the past few months", "the next three days" (TimeML
//!   durations); "the first half of the game" is not a date.
//! - Recurring sets: "each July", "every Thursday".
//! - Titles and names: "This Week" (a TV show), "the Sunday Times", "USA
//!   Today", "Christmas tree", "Easter Island", "the fall of Rome",
//!   "summer camp".
//! - "previously" and the adjective "future" ("future earnings"), which
//!   TimeML corpora mostly leave unannotated.
//!
//! ## References
//!
//! - TimeML TIMEX3 guidelines (ISO-TimeML, ISO 24617-1), TempEval-3.
//! - ISO 8601 (dates, week dates).

mod grammar;
mod lexicon;
mod timex;

use std::cell::Cell;

use gleaner_core::{
    Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output,
    Span,
};
use serde::{Deserialize, Serialize};

pub use timex::{Kind, Modifier};

/// One date or time expression and its TIMEX3 normalisation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: String,
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
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

impl DatesExtractor {
    /// The date mentions of `doc`, using the shared analysis of its text.
    pub fn mentions(doc: &Document, analysis: &gleaner_core::Analysis<'_>) -> Vec<DateMention> {
        // The classes of the text's tokens, in this thread's buffers (see
        // `gleaner_core::scratch`).
        thread_local! {
            static LEXED: Cell<Option<Box<lexicon::Lexed>>> = const { Cell::new(None) };
        }
        let found = gleaner_core::scratch::with(&LEXED, |lexed| {
            lexicon::classify_into(&doc.text, analysis.tokens(), lexed);
            grammar::Grammar::new(analysis, lexed, doc.published).find_all()
        });
        let tokens = analysis.tokens();
        found
            .into_iter()
            .filter(|f| f.first < f.end && f.end <= tokens.len())
            .map(|f| {
                let span = Span::new(tokens[f.first].span.start, tokens[f.end - 1].span.end);
                DateMention {
                    start: span.start,
                    end: span.end,
                    text: span.text(&doc.text).to_string(),
                    value: f.value,
                    kind: f.kind,
                    modifier: f.modifier,
                }
            })
            .collect()
    }
}

impl Extractor for DatesExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        Ok(Box::new(Self::mentions(doc, cx.analysis)))
    }
}

impl Configurable for DatesExtractor {
    type Config = DatesConfig;
    fn from_config(_: DatesConfig) -> Result<Self, ConfigError> {
        Ok(DatesExtractor)
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<DatesExtractor>(
    "dates",
    "date and time expressions, normalised to TIMEX3 values against the publication date"
));
