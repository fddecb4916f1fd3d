//! # quotes
//!
//! The key design decision: quote marks are paired first, by one scan per
//! paragraph that knows which marks open and which close
//! (module `marks`), and attribution is read afterwards from the
//! shared tokens: speech cues and their subjects (module `cues`), then
//! who those subjects are, from the people extractor's mentions
//! (module `speakers`). Nothing re-tokenizes, and no regex runs over the
//! text.
//!
//! ## What it extracts
//!
//! Every direct quotation in an English news article, full or partial,
//! with its exact span, quote marks included:
//!
//! - straight `"…"` and typographic `“…”` double quotes, `''…''` (text that
//!   renders `"` as two apostrophes), `‘…’` single quotes used as the outer
//!   quote, `«…»` and `„…“`; a quotation nested inside another (`“…
//!   ‘red lines,’ …”`) belongs to the outer one;
//! - a quotation that runs over several paragraphs (each paragraph opens a
//!   mark, only the last closes it) gives one quotation per paragraph, all
//!   with the same speaker; a mark left open by mistake is closed before an
//!   attribution inside it (`…‘red lines,’ Ushakov said`) or at the
//!   paragraph end, never later;
//! - a quotation interrupted by its attribution (`“…,” he said. “…”`) gives
//!   two quotations with one speaker;
//! - partial quotations inside reported speech (`Biden emphasized the
//!   allegedly “threatening” nature`).
//!
//! Each [`Quote`] carries who said it (`speaker`), the mention that says so
//! (`speaker_span`), the cue (`cue`: `said`, `according to`, `:`), whether
//! it is a whole utterance or a fragment (`kind`: `full` / `partial`),
//! whether anybody in the text says it (`attributed`), and whether it sits
//! in a headline (`headline`). A quotation nobody says (a scare quote, a
//! title) is still reported, with `speaker: null` and `attributed: false`.
//! `direct` is false for those and for headline quotations: they are no
//! direct speech, which is what the evaluation format's `direct` flag is
//! about (the scorer leaves `direct: false` out).
//!
//! ## Normalised value
//!
//! `speaker` is the canonical name of the person (the fullest form the
//! people extractor found in the article) or the organisation (`White
//! House`, `Reuters`), read, in this order, from:
//!
//! 1. a cue right after the quotation, in either order (`“…,” Putin said`,
//!    `“…,” said former aide Nora Pells`, `“…,” Alexei Mukhin, CEO of
//!    X, told wek.ru`, `“…,” Ruiz shot back`), also across a sentence end
//!    after `?`/`!` (`“…?” Reed asked.`);
//! 2. a cue before it in its sentence (`Graham said, “…”`, `X called it
//!    “…”`, `According to Reed, “…”`, `…, saying “…”`);
//! 3. `X: “…”`, or the subject of the clause before the colon;
//! 4. a cue later in its sentence (`…, the union says.`);
//! 5. the running speaker: the quotation before it in the same passage,
//!    the speaker reported in the paragraph before a quoted paragraph, the
//!    subject of the sentence before (`Reed was brief. “…”`), or, for a
//!    fragment, the person its sentence is about.
//!
//! Pronouns (`he said`) go to the most recent reported speaker or sentence
//! subject of matching gender; nominals (`the senator`, `the Russian
//! leader`, `the U.S. leader`) to the most recent person whose role fits
//! (`Russian President Vladimir Putin`), else the running speaker whose role
//! does not contradict them. Without people output a name stands for itself,
//! titles stripped (`Sen. Lindsey Graham` → `Lindsey Graham`).
//!
//! ## Examples (text → value)
//!
//! - `Senator Jane Roe told TASS… “We agreed,” the senator said.` →
//!   `“We agreed,”`, speaker `Jane Roe`, cue `said`, kind `full`
//! - `Biden emphasized the allegedly “threatening” nature` → `“threatening”`,
//!   speaker `Joe Biden`, cue `emphasized`, kind `partial`
//! - `“Despite it, there are ‘red lines,’ Ushakov said. “They…”` → the
//!   first quotation ends after `lines,’`; both are Ushakov's
//! - `“The talks were constructive,” the White House said.` → speaker `White House`
//! - `The so-called “reform” passed.` → speaker null, `attributed: false`
//!
//! ## Not extracted (the false-positive traps)
//!
//! - apostrophes inside or at the end of words: `Ukraine's`, `don’t`,
//!   `leaders’`, `’90s`, `rock 'n' roll`;
//! - inch and foot marks (`5'10"`), a lone mark with no words inside;
//! - a single mark left open to the paragraph end (an apostrophe, not a quote);
//! - nouns that look like cues: `so-called`, `Ginsburg’s comments`, `his remarks`.
//!
//! ## References
//!
//! - PolNeAR (Newell, Margolin & Ruths 2018): attribution relations in
//!   political news; its dev split in `shared/eval`.
//! - Pareti (2016), PARC 3.0: source, cue and content of attributions.
//! - The Associated Press Stylebook on quotations across paragraphs and on
//!   single quote marks in headlines.

mod cues;
mod marks;
mod speakers;

use gleaner_core::{
    Analysis, Annotation, ConfigError, Configurable, Context, Document, Extractor,
    ExtractorFactory, Output, Span,
};
use gleaner_people::{People, PersonMention};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::ops::Range;

use cues::{CueKind, CueShapes, Event, NpKind, Words, cue_kind, is_quote_mark};
use marks::Quotation;
use speakers::{Speaker, Speakers};

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
    /// True when the text says somebody said it (a cue, or the passage of
    /// a speaker); false for scare quotes and titles.
    pub attributed: bool,
    /// True in a headline (a short first paragraph quoting in single marks,
    /// or a short title-case line): headlines condense
    /// what was said, so their quotations are not counted as direct speech.
    pub headline: bool,
    /// Direct speech: false when not attributed or in the headline (the evaluation
    /// format leaves `direct: false` out of the quotation gold).
    #[serde(skip_serializing_if = "is_true")]
    pub direct: bool,
}

fn is_true(b: &bool) -> bool {
    *b
}

impl Annotation for Quote {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotesConfig {
    /// Also report quotations nobody is said to have said (scare quotes,
    /// titles), with `attributed: false` and `direct: false`.
    pub unattributed: bool,
}

impl Default for QuotesConfig {
    fn default() -> Self {
        QuotesConfig { unattributed: true }
    }
}

pub struct QuotesExtractor {
    unattributed: bool,
}

impl Extractor for QuotesExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn requires(&self) -> &'static [&'static str] {
        &["people"]
    }

    fn extract(&self, _doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        let people = cx.output::<People>("people").map_or(&[][..], Vec::as_slice);
        let mut quotes = find_quotes(cx.analysis, people);
        if !self.unattributed {
            quotes.retain(|q| q.attributed);
        }
        Ok(Box::new(quotes))
    }
}

impl Configurable for QuotesExtractor {
    type Config = QuotesConfig;
    fn from_config(config: QuotesConfig) -> Result<Self, ConfigError> {
        Ok(QuotesExtractor {
            unattributed: config.unattributed,
        })
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<QuotesExtractor>(
    "quotes",
    "Direct quotations, full or partial, with the person who said them."
));

/// The attribution found for one quotation.
#[derive(Clone, Default)]
struct Attribution<'a> {
    speaker: Option<Speaker<'a>>,
    mention: Option<Span>,
    cue: Option<Span>,
    attributed: bool,
}

/// What every rule reads: the text's tokens and analysis, the quotations
/// found, and which tokens lie inside one.
struct Scene<'a, 't> {
    words: Words<'a>,
    analysis: &'a Analysis<'t>,
    found: &'a [Quotation],
    in_quote: &'a [bool],
    /// The tokens inside each quotation of `found`.
    quoted: &'a [Range<usize>],
    /// How many paragraphs and sentences start at or before the last byte
    /// asked about: the next lookup walks from there (a step or two, where
    /// a binary search is a chain of dependent loads), since quotations
    /// and their cues are read in text order. Any order gives the same
    /// answers, only slower.
    steps: Cell<(usize, usize)>,
}

impl Scene<'_, '_> {
    fn paragraph_of(&self, b: usize) -> usize {
        self.paragraph_at(b).unwrap_or(0)
    }

    /// `Analysis::paragraph_at(b)`, walking from the last lookup.
    fn paragraph_at(&self, b: usize) -> Option<usize> {
        let (p, s) = self.steps.get();
        let p = passed_from(self.analysis.paragraphs(), p, b);
        self.steps.set((p, s));
        p.checked_sub(1)
    }

    /// `Analysis::sentence_at(b)`, walking from the last lookup.
    fn sentence_at(&self, b: usize) -> Option<usize> {
        let (p, s) = self.steps.get();
        let s = passed_from(self.analysis.sentences(), s, b);
        self.steps.set((p, s));
        s.checked_sub(1)
    }

    fn quoted_byte(&self, b: usize) -> bool {
        let i = self.found.partition_point(|q| q.span.end <= b);
        self.found.get(i).is_some_and(|q| q.span.start <= b)
    }

    /// `Analysis::token_at(x)`, searched from token `near` (a token of
    /// the quotation or cue asked about: the answer is close by).
    fn token_at(&self, near: usize, x: usize) -> usize {
        let at = token_at_near(self.analysis.tokens(), near, x);
        debug_assert_eq!(at, self.analysis.token_at(x));
        at
    }

    /// Token index of the start of the sentence holding byte `b`; `near`
    /// is a token close by.
    fn sentence_floor(&self, b: usize, near: usize) -> usize {
        self.sentence_at(b).map_or(0, |s| {
            self.token_at(near, self.analysis.sentences()[s].start)
        })
    }

    /// Token index just past the end of the sentence holding byte `b`;
    /// `near` is a token close by.
    fn sentence_ceil(&self, b: usize, near: usize) -> usize {
        self.sentence_at(b)
            .map_or(0, |s| self.token_at(near, self.analysis.sentences()[s].end))
    }

    /// Token index just past the end of the paragraph holding byte `b`;
    /// `near` is a token close by.
    fn paragraph_ceil(&self, b: usize, near: usize) -> usize {
        self.paragraph_at(b).map_or(0, |p| {
            self.token_at(near, self.analysis.paragraphs()[p].end)
        })
    }
}

/// Sentence bounds for a walk in text order: the sentence holding a byte is
/// found by stepping on from the last one, and each of its token bounds
/// once per sentence, when first asked for (many cues share a sentence,
/// most sentences have none, and few cues need the end).
struct SentenceSteps<'a, 't> {
    analysis: &'a Analysis<'t>,
    /// How many sentences start at or before the last byte asked about.
    passed: usize,
    /// The first token of sentence `passed - 1`, once asked for.
    floor: Option<usize>,
    /// The token just past sentence `passed - 1`, once asked for.
    ceil: Option<usize>,
    /// The last floor found: the floors of later sentences are not before it.
    low: usize,
}

impl<'a, 't> SentenceSteps<'a, 't> {
    fn new(analysis: &'a Analysis<'t>) -> Self {
        SentenceSteps {
            analysis,
            passed: 0,
            floor: None,
            ceil: None,
            low: 0,
        }
    }

    /// The sentence holding byte `b` (`Analysis::sentence_at`), for a byte
    /// not before the last one asked about.
    fn sentence(&mut self, b: usize) -> Option<Span> {
        let sentences = self.analysis.sentences();
        while self.passed < sentences.len() && sentences[self.passed].start <= b {
            self.passed += 1;
            (self.floor, self.ceil) = (None, None);
        }
        self.passed.checked_sub(1).map(|s| sentences[s])
    }

    /// `Scene::sentence_floor(b)` for the start `b` of token `i`, not
    /// before the last byte asked about.
    fn floor(&mut self, i: usize, b: usize) -> usize {
        let Some(s) = self.sentence(b) else {
            return 0;
        };
        if let Some(floor) = self.floor {
            return floor;
        }
        // `token_at_from(toks, i, s.start)`: the sentence holds token `i`,
        // and starts at or after the last floor found; a binary search
        // between the two (a walk back from `i` takes a step per token).
        let toks = self.analysis.tokens();
        let low = self.low.min(i);
        let floor = low + toks[low..i].partition_point(|t| t.span.end <= s.start);
        debug_assert_eq!(floor, token_at_from(toks, i, s.start));
        self.low = floor;
        self.floor = Some(floor);
        floor
    }

    /// `Scene::sentence_ceil(b)` for the start `b` of token `i`, not
    /// before the last byte asked about.
    fn ceil(&mut self, i: usize, b: usize) -> usize {
        let Some(s) = self.sentence(b) else {
            return 0;
        };
        let toks = self.analysis.tokens();
        *self
            .ceil
            .get_or_insert_with(|| token_at_from(toks, i, s.end))
    }
}

/// `Analysis::token_at(x)` (the first token that ends after byte `x`),
/// walking from token `i`: cheaper than a binary search for an `x` a
/// sentence or so away.
fn token_at_from(toks: &[gleaner_text::Token], mut i: usize, x: usize) -> usize {
    i = i.min(toks.len());
    while i > 0 && toks[i - 1].span.end > x {
        i -= 1;
    }
    while i < toks.len() && toks[i].span.end <= x {
        i += 1;
    }
    i
}

/// `Analysis::token_at(x)` (the first token that ends after byte `x`),
/// searched from token `i` ([`partition_near`]).
fn token_at_near(toks: &[gleaner_text::Token], i: usize, x: usize) -> usize {
    partition_near(toks, i, |t| t.span.end <= x)
}

/// `toks.partition_point(ends_by)` (`ends_by` holds for the tokens up to
/// some point and for none after it), searched from token `i` by steps of
/// 1, 2, 4… towards the answer and a binary search in the last step: a few
/// probes for an answer a sentence or a paragraph away, where a binary
/// search over all the tokens is a long chain of dependent loads.
fn partition_near(
    toks: &[gleaner_text::Token],
    i: usize,
    ends_by: impl Fn(&gleaner_text::Token) -> bool,
) -> usize {
    let i = i.min(toks.len());
    if i > 0 && !ends_by(&toks[i - 1]) {
        // The answer is at or before `i - 1`: every token from `hi` on
        // ends after `x`.
        let (mut lo, mut hi, mut step) = (i - 1, i - 1, 1);
        while lo > 0 && !ends_by(&toks[lo - 1]) {
            hi = lo - 1;
            lo = lo.saturating_sub(step);
            step *= 2;
        }
        lo + toks[lo..hi].partition_point(&ends_by)
    } else {
        // Every token before `lo` ends at or before `x`.
        let (mut lo, mut hi, mut step) = (i, i, 1);
        while hi < toks.len() && ends_by(&toks[hi]) {
            lo = hi + 1;
            hi += step;
            step *= 2;
        }
        let hi = hi.min(toks.len());
        lo + toks[lo..hi].partition_point(ends_by)
    }
}

/// How many of `spans` (sorted) start at or before byte `b`, walking from
/// `from`, the answer for a byte close by: `spans.partition_point(|s|
/// s.start <= b)` in a step or two.
fn passed_from(spans: &[Span], mut from: usize, b: usize) -> usize {
    from = from.min(spans.len());
    while from > 0 && spans[from - 1].start > b {
        from -= 1;
    }
    while from < spans.len() && spans[from].start <= b {
        from += 1;
    }
    from
}

/// The buffers [`find_quotes`] works in that hold nothing borrowed from a
/// text, kept per thread from one document to the next so that a document
/// allocates none of them again. Every buffer is cleared before use.
#[derive(Default)]
struct Buffers {
    marks: marks::MarkBuffers,
    found: Vec<Quotation>,
    quoted: Vec<Range<usize>>,
    in_quote: Vec<bool>,
    person: Vec<bool>,
    events: Vec<Event>,
}

impl gleaner_core::scratch::Scratch for Buffers {
    fn largest(&self) -> usize {
        (self.marks.capacity())
            .max(self.found.capacity())
            .max(self.quoted.capacity())
            .max(self.in_quote.capacity())
            .max(self.person.capacity())
            .max(self.events.capacity())
    }
}

thread_local! {
    static BUFFERS: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

/// Every quotation in the analysed text, with its speaker, given the
/// people extractor's mentions (in text order; may be empty).
pub fn find_quotes(analysis: &Analysis<'_>, people: &[PersonMention]) -> Vec<Quote> {
    gleaner_core::scratch::with(&BUFFERS, |buffers| {
        find_quotes_in(analysis, people, buffers)
    })
}

/// [`find_quotes`], in the buffers of `bufs`.
fn find_quotes_in(
    analysis: &Analysis<'_>,
    people: &[PersonMention],
    bufs: &mut Buffers,
) -> Vec<Quote> {
    let Buffers {
        marks: mark_buffers,
        found,
        quoted,
        in_quote,
        person,
        events,
    } = bufs;
    let text = analysis.text();
    let words = Words {
        text,
        toks: analysis.tokens(),
        shapes: analysis.shapes(),
        person: &[],
        quoted: &[],
    };
    let paragraphs = analysis.paragraphs();
    // Every token in ASCII: the text holds no typographic quote mark (the
    // tokens leave out white space alone). One AND over the token shapes.
    let all_ascii = analysis
        .shapes()
        .iter()
        .fold(u8::MAX, |all, s| all & s.bits())
        & gleaner_text::Shape::ASCII
        != 0;
    marks::quotations(
        text,
        paragraphs,
        !all_ascii,
        |open, end| attribution_break(&words, analysis, open, end),
        mark_buffers,
        found,
    );
    if found.is_empty() {
        return Vec::new();
    }
    // Which tokens lie inside a quotation: cues and names there are quoted,
    // not attributions.
    token_ranges(analysis.tokens(), found.iter().map(|q| q.span), quoted);
    in_quote.clear();
    in_quote.resize(analysis.tokens().len(), false);
    for r in quoted.iter() {
        in_quote[r.clone()].fill(true);
    }
    covered(
        analysis.tokens(),
        people.iter().map(|m| Span::new(m.start, m.end)),
        person,
    );
    let (found, quoted) = (&found[..], &quoted[..]);
    let words = Words {
        person,
        quoted: in_quote,
        ..words
    };
    let scene = Scene {
        words,
        analysis,
        found,
        in_quote,
        quoted,
        steps: Cell::new((0, 0)),
    };

    // Speech events in text order, resolved as they come so that a pronoun
    // or nominal sees the speakers before it. Every cue of the text is
    // read: the attributions resolved after this loop (a colon, a pronoun
    // by a partial quote) search the whole history of speakers.
    speech_events(&scene, words.toks.len(), events);
    let events = &events[..];
    let mut speakers = Speakers::new(words, analysis.sentences(), people);
    let mut resolved: Vec<Option<Speaker>> = Vec::with_capacity(events.len());
    // `scene.paragraph_of(b)`, walking from the last answer: events are in
    // text order.
    let mut passed = 0;
    let mut paragraph_of = |b: usize| {
        passed = passed_from(paragraphs, passed, b);
        passed.saturating_sub(1)
    };
    for e in events {
        let s = e.np.and_then(|np| {
            let par = paragraph_of(words.toks[np.first].span.start);
            speakers.resolve(np, par, |b| scene.quoted_byte(b))
        });
        if let Some(s) = &s {
            let at = words.toks[e.cue].span.start;
            speakers.record(paragraph_of(at), at, *s);
        }
        resolved.push(s);
    }

    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    // The attribution of the quotation before.
    let mut prev_att = Attribution::default();
    let mut title_case_par = None;
    for (n, q) in found.iter().enumerate() {
        // `analysis.tokens_in(q.span)`, found once for all quotations.
        let (qa, qb) = (quoted[n].start, quoted[n].end);
        debug_assert_eq!(qa..qb, analysis.tokens_in(q.span));
        let par = scene.paragraph_of(q.span.start);
        let kind = kind_of(&scene, q, qa);
        let title = is_title(&words, q, qa);
        let mut att = if title {
            Attribution::default()
        } else {
            local_attribution(&scene, q, qa, qb, events, &resolved, &speakers)
        };
        let starts_par = paragraphs.get(par).is_some_and(|p| p.start == q.span.start);
        if !att.attributed && n > 0 && !title {
            // No cue of its own: the running speaker of the passage.
            let prev = &found[n - 1];
            let prev_par = scene.paragraph_of(prev.span.start);
            if prev_par == par || (prev_par + 1 == par && (starts_par || prev.continues)) {
                let pa = &prev_att;
                if pa.attributed && (kind == QuoteKind::Full || prev_par == par) {
                    att = Attribution {
                        cue: None,
                        ..pa.clone()
                    };
                }
            }
        }
        if !att.attributed && kind == QuoteKind::Full && starts_par && par > 0 {
            // A quoted paragraph of its own after a paragraph that reports
            // somebody's speech: theirs.
            let prev_par = analysis.paragraphs()[par - 1];
            let from = events.partition_point(|e| words.toks[e.cue].span.start < prev_par.start);
            let to = events.partition_point(|e| words.toks[e.cue].span.start < prev_par.end);
            if let Some(e) = (from..to).rev().find(|&e| resolved[e].is_some()) {
                att = Attribution {
                    speaker: resolved[e],
                    mention: events[e].np.map(|np| words.span(np)),
                    cue: None,
                    attributed: true,
                };
            }
        }
        if !att.attributed && kind == QuoteKind::Full && !starts_par && !title {
            // `Reed was brief. “…”`: the subject of the sentence before.
            let par_start = paragraphs[par].start;
            if let Some(s) =
                speakers.previous_subject(q.span.start, par_start, |b| scene.quoted_byte(b))
            {
                att = Attribution {
                    speaker: Some(s),
                    mention: None,
                    cue: None,
                    attributed: true,
                };
            }
        }
        if !att.attributed && kind == QuoteKind::Partial && !title && !title_case(q.span.text(text))
        {
            // A fragment woven into a sentence about a person: theirs.
            let floor = scene.sentence_floor(q.span.start, qa);
            let floor_byte = words.toks[floor.min(qa)].span.start;
            if let Some(s) =
                speakers.first_person_between(floor_byte, q.span.start, |b| scene.quoted_byte(b))
            {
                att = Attribution {
                    mention: s.mention,
                    speaker: Some(s),
                    cue: None,
                    attributed: true,
                };
            } else if let Some(np) = words.clause_subject(qa, floor)
                && np.kind == NpKind::Pronoun
            {
                att = Attribution {
                    speaker: speakers.resolve(np, par, |b| scene.quoted_byte(b)),
                    mention: Some(words.span(np)),
                    cue: None,
                    attributed: true,
                };
            }
        }
        if !att.attributed && kind == QuoteKind::Full && !title {
            // A whole quoted utterance is direct speech even when the text
            // does not say whose.
            att.attributed = true;
        }
        let in_headline = is_headline(analysis, par, q, qa, &mut title_case_par);
        out.push(Quote {
            start: q.span.start,
            end: q.span.end,
            text: q.span.text(text).to_string(),
            speaker: att.speaker.as_ref().map(|s| s.name.to_string()),
            speaker_span: att.mention,
            cue: att.cue.map(|c| c.text(text).to_string()),
            kind,
            attributed: att.attributed,
            headline: in_headline,
            direct: att.attributed && !in_headline,
        });
        prev_att = att;
    }
    // A quotation continued in the next paragraph shares its speaker.
    for n in (0..found.len().saturating_sub(1)).rev() {
        if found[n].continues && out[n].speaker.is_none() && out[n + 1].speaker.is_some() {
            out[n].speaker = out[n + 1].speaker.clone();
            out[n].speaker_span = out[n + 1].speaker_span;
            out[n].attributed = true;
            out[n].direct = !out[n].headline;
        }
    }
    out
}

/// Per token, in `out` (cleared first): whether it lies inside one of
/// `spans` (sorted, not overlapping), read as [`token_ranges`] does.
fn covered(tokens: &[gleaner_text::Token], spans: impl Iterator<Item = Span>, out: &mut Vec<bool>) {
    out.clear();
    out.resize(tokens.len(), false);
    let mut t = 0;
    for span in spans {
        t = first_starting_at(tokens, t, span.start);
        let mut k = t;
        while k < tokens.len() && tokens[k].span.end <= span.end {
            out[k] = true;
            k += 1;
        }
    }
}

/// Per span of `spans` (sorted, not overlapping): the tokens that lie
/// inside it (`Analysis::tokens_in`), in order. Spans are few next to
/// tokens: each span's first token is found by a galloping search from the
/// previous span's first token. In `out`, cleared first.
fn token_ranges(
    tokens: &[gleaner_text::Token],
    spans: impl Iterator<Item = Span>,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    out.reserve(spans.size_hint().0);
    let mut t = 0;
    for span in spans {
        t = first_starting_at(tokens, t, span.start);
        let mut k = t;
        while k < tokens.len() && tokens[k].span.end <= span.end {
            k += 1;
        }
        out.push(t..k);
    }
}

/// The first token from `t` on that starts at or after byte `b` (the
/// tokens before `t` start before it): `t + tokens[t..].partition_point(|x|
/// x.span.start < b)`, found by steps of 1, 2, 4… and a binary search in the
/// last step, so that a `b` a few tokens on costs a few short probes (the
/// next mention or quotation is usually near; a binary search over all
/// the tokens after `t` is a long chain of dependent loads).
fn first_starting_at(tokens: &[gleaner_text::Token], t: usize, b: usize) -> usize {
    // Every token before `lo` starts before `b`.
    let (mut lo, mut hi, mut step) = (t, t, 1);
    while hi < tokens.len() && tokens[hi].span.start < b {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    let hi = hi.min(tokens.len());
    lo + tokens[lo..hi].partition_point(|x| x.span.start < b)
}

/// A headline: a short paragraph in title case, or a short first
/// paragraph whose quotation is in single marks (headline style).
/// `title_case` is the last paragraph found in title case or not (the
/// quotations of a paragraph ask in turn): the words are counted once.
fn is_headline(
    analysis: &Analysis<'_>,
    par: usize,
    q: &Quotation,
    qa: usize,
    title_case: &mut Option<(usize, bool)>,
) -> bool {
    let (text, paragraphs) = (analysis.text(), analysis.paragraphs());
    let p = paragraphs[par];
    if p.len() >= 200 || paragraphs.len() < 2 {
        return false;
    }
    let single = q.span.text(text).starts_with(['‘', '\'']) && !q.span.text(text).starts_with("''");
    if par == 0 && single {
        return true;
    }
    match *title_case {
        Some((last, answer)) if last == par => answer,
        _ => {
            // Counting stops once too many words are not capitalised
            // for the rest to make up (each token left may be a word): the
            // answer from the words so far is then no too.
            let (all, capital) = capitalised_words(analysis, p, qa, |all, capital, left| {
                (all - capital) * 5 <= all + left
            });
            let answer = all >= 4 && capital * 10 >= all * 8;
            *title_case = Some((par, answer));
            answer
        }
    }
}

/// How many white-space separated words of `span` hold a letter, and how
/// many of those open (their first letter or digit) with a capital.
///
/// Read from the tokens, not the characters: the tokenizer skips white
/// space and nothing else, so a word is a run of tokens that touch. A word
/// holds a letter when one of its tokens does, and its first letter or
/// digit is in its first token that has one (a punctuation token has none;
/// a word token starts with one).
///
/// Stops early, with the counts so far, when `go_on(all, capital, left)`
/// is false after a word, `left` being the number of tokens after it.
fn capitalised_words(
    analysis: &Analysis<'_>,
    span: Span,
    near: usize,
    go_on: impl Fn(usize, usize, usize) -> bool,
) -> (usize, usize) {
    let (text, toks, shapes) = (analysis.text(), analysis.tokens(), analysis.shapes());
    let (mut all, mut capital) = (0, 0);
    // The current word: whether it holds a letter, and whether its first
    // letter or digit (once seen) is a capital.
    let (mut letter, mut first) = (false, None);
    let mut end = usize::MAX;
    // `analysis.tokens_in(span)`, searched from token `near`.
    let range = partition_near(toks, near, |t| t.span.start < span.start)
        ..partition_near(toks, near, |t| t.span.end <= span.end);
    debug_assert_eq!(range, analysis.tokens_in(span));
    for i in range.clone() {
        let t = toks[i];
        if t.span.start != end {
            // White space before this token: a new word.
            if letter {
                all += 1;
                capital += usize::from(first == Some(true));
                if !go_on(all, capital, range.end - i) {
                    return (all, capital);
                }
            }
            (letter, first) = (false, None);
        }
        end = t.span.end;
        match t.kind {
            gleaner_text::TokenKind::Punct => {}
            gleaner_text::TokenKind::Word if shapes[i].alphabetic() => {
                letter = true;
                first = first.or(Some(shapes[i].capitalized()));
            }
            _ => {
                let w = t.text(text);
                letter |= w.chars().any(char::is_alphabetic);
                first = first.or_else(|| {
                    w.chars()
                        .find(|c| c.is_alphanumeric())
                        .map(char::is_uppercase)
                });
            }
        }
    }
    if letter {
        all += 1;
        capital += usize::from(first == Some(true));
    }
    (all, capital)
}

/// True for a short phrase in title case (`“Good Morning America”`).
fn title_case(quoted: &str) -> bool {
    let mut content = quoted
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    content.clone().count() <= 6
        && content.all(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    w,
                    "of" | "the" | "and" | "a" | "in" | "on" | "to" | "for" | "with"
                )
        })
}

/// A title rather than speech: a quotation right after a possessive
/// (`CNN’s “This Week”`), or a capitalised phrase after `on` (`on “New Day.”`).
fn is_title(words: &Words<'_>, q: &Quotation, qa: usize) -> bool {
    if qa == 0 {
        return false;
    }
    let before = words.w(qa - 1);
    let title_case = || title_case(q.span.text(words.text));
    // `CNN’s “State of the Union”`, but not `it’s “very sad”`.
    if words.toks[qa - 1].kind == gleaner_text::TokenKind::Possessive
        && qa >= 2
        && words.is_capitalized(qa - 2)
    {
        return title_case();
    }
    if before == "on" {
        return title_case();
    }
    false
}

/// `full` when the quotation opens with a capital where a sentence can
/// start (paragraph start, after `:`, a sentence end, or the comma of a
/// cue: `he said, “…”`); else `partial`.
fn kind_of(scene: &Scene<'_, '_>, q: &Quotation, qa: usize) -> QuoteKind {
    let words = &scene.words;
    let inner = q.span.text(words.text);
    let first = inner.chars().find(|&c| marks::is_alnum(c));
    if !first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return QuoteKind::Partial;
    }
    let par_start = scene
        .paragraph_at(q.span.start)
        .map_or(0, |p| scene.analysis.paragraphs()[p].start);
    if qa == 0 || words.toks[qa - 1].span.end <= par_start {
        return QuoteKind::Full;
    }
    let full = match words.w(qa - 1) {
        ":" | "." | "!" | "?" | "—" | "–" | "-" | "(" | ";" => true,
        "," => (qa.saturating_sub(5)..qa - 1).any(|i| cue_kind(words.b(i)).is_some()),
        w => is_quote_mark(w),
    };
    if full {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    }
}

/// A loose reporting verb, accepted only right after a quotation and its
/// speaker (`“…,” Trump shot back`): any past tense in `-ed`, or one of a
/// few irregular ones.
fn is_loose_verb(w: impl AsRef<[u8]>) -> bool {
    let w = w.as_ref();
    w.len() > 3 && w.ends_with(b"ed") && w[0].is_ascii_lowercase()
        || matches!(
            w,
            b"shot"
                | b"fired"
                | b"went"
                | b"spoke"
                | b"wrote"
                | b"snapped"
                | b"chimed"
                | b"quipped"
        )
}

/// The indices of the tokens [`speech_events`] tests exactly, in order:
/// outside the quotations (`quoted`, the token ranges of each, in order),
/// every token that may be a quote mark or a cue ([`may_be_mark_or_cue`]);
/// inside each quotation, only its last quote mark. Inside a quotation
/// no word is a cue, and of its marks only the last counts: the marks
/// matter only to a loose verb after them, through the last one before it.
///
/// The loop over the tokens outside quotations is tight and without a
/// branch on the text: each token is tested by arithmetic and its index
/// written at the end of the list, which grows by one only when the test
/// holds. A branch per test of kind, length and first letter would be
/// mispredicted about once per token of running text. Not inlined: alone,
/// the loop keeps its values in registers.
#[inline(never)]
fn marks_and_cue_candidates(
    text: &str,
    toks: &[gleaner_text::Token],
    quoted: &[Range<usize>],
) -> Vec<u32> {
    let (bytes, shapes) = (text.as_bytes(), cues::cue_shapes());
    // About one token in eight is a candidate.
    let mut out = Vec::with_capacity(toks.len() / 8 + 16);
    // Tokens `from..to`, outside quotations: a block of 64 at a time, a
    // bit per token telling whether it is a candidate, then the indices of
    // the bits set appended.
    let outside = |from: usize, to: usize, out: &mut Vec<u32>| {
        for first in (from..to).step_by(64) {
            let mut bits = 0u64;
            for (k, t) in toks[first..to.min(first + 64)].iter().enumerate() {
                bits |= u64::from(may_be_mark_or_cue(bytes, *t, shapes)) << k;
            }
            while bits != 0 {
                out.push((first + bits.trailing_zeros() as usize) as u32);
                bits &= bits - 1;
            }
        }
    };
    // The first token not yet read.
    let mut from = 0;
    for r in quoted {
        let start = r.start.max(from).min(toks.len());
        let r = start..r.end.max(start).min(toks.len());
        outside(from, r.start, &mut out);
        if let Some(last) = r.clone().rev().find(|&k| is_mark_token(text, toks[k])) {
            out.push(last as u32);
        }
        from = r.end;
    }
    outside(from, toks.len(), &mut out);
    out
}

/// True for a quote mark token: a one-character punctuation or possessive
/// token, starting with one of the bytes quote marks start with.
fn is_mark_token(text: &str, t: gleaner_text::Token) -> bool {
    matches!(
        t.kind,
        gleaner_text::TokenKind::Punct | gleaner_text::TokenKind::Possessive
    ) && matches!(text.as_bytes()[t.span.start], b'"' | b'\'' | 0xC2 | 0xE2)
        && is_quote_mark(&text.as_bytes()[t.span.start..t.span.end])
}

/// False when token `t`, outside quotations, is surely neither a quote
/// mark (a punctuation or possessive token starting with a byte quote
/// marks start with) nor a cue or loose verb (a word starting with a
/// lowercase ASCII letter or `A` whose length and first and last bytes a
/// cue word or loose verb may have): what [`speech_events`] tests exactly,
/// read with two table lookups and no branch.
#[inline]
fn may_be_mark_or_cue(bytes: &[u8], t: gleaner_text::Token, shapes: &CueShapes) -> bool {
    let (start, end) = (t.span.start, t.span.end);
    let (first, last) = (bytes[start], bytes[end - 1]);
    shapes.may_have_token(first, end - start, last)
}

/// The row of [`CueShapes`] a token outside quotations reads, by its first
/// byte: the row of its first byte for a lowercase ASCII letter or `A` (as
/// cue words and loose verbs start with), [`CueShapes::ANY`] for a byte
/// quote marks start with, else [`CueShapes::NONE`].
///
/// The first byte stands for the kind: a word starts with a letter, a
/// number with a digit, a possessive with an apostrophe, and punctuation
/// with no ASCII letter. The few words and numbers starting with one of
/// the bytes `0xC2` and `0xE2` (`µ`, `ℓ`, `²`) get the row of every word and are
/// rejected by [`speech_events`]' exact tests.
pub(crate) const SHAPE_ROW: [u8; 256] = {
    let mut table = [CueShapes::NONE; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_lowercase() || byte == b'A' {
            table[b] = CueShapes::row(byte);
        }
        if matches!(byte, b'"' | b'\'' | 0xC2 | 0xE2) {
            table[b] = CueShapes::ANY;
        }
        b += 1;
    }
    table
};

/// Every reporting cue outside quotations before token `upto`, with its
/// speaker mention, in `out` (cleared first).
fn speech_events(scene: &Scene<'_, '_>, upto: usize, out: &mut Vec<Event>) {
    let words = &scene.words;
    let in_quote = scene.in_quote;
    let bytes = words.text.as_bytes();
    out.clear();
    // The last quote mark token so far, for the cheap test below.
    let mut last_mark = None;
    let cue_words = cues::cue_words();
    let mut sentence = SentenceSteps::new(scene.analysis);
    // Only the candidates, in text order, get the exact tests.
    for i in marks_and_cue_candidates(words.text, &words.toks[..upto], scene.quoted) {
        let i = i as usize;
        let t = words.toks[i];
        let first = bytes[t.span.start];
        if t.kind != gleaner_text::TokenKind::Word {
            if is_mark_token(words.text, t) {
                last_mark = Some(i);
            }
            continue;
        }
        // The words among the candidates lie outside quotations.
        debug_assert!(!in_quote[i]);
        // Every cue and loose verb has three letters or more and starts
        // with a lowercase ASCII letter, except `According`.
        if t.span.len() < 3 || !(first.is_ascii_lowercase() || first == b'A') {
            continue;
        }
        let wb = &bytes[t.span.start..t.span.end];
        let flags = cue_words.get_bytes(wb);
        if !cues::may_be_cue_or_loose(wb, flags) {
            continue;
        }
        let lexical = cues::cue_kind_flagged(wb, || flags);
        let at = words.toks[i].span.start;
        if lexical.is_none() {
            if !is_loose_verb(wb) {
                continue;
            }
            // A loose verb's subject starts at the sentence's first token
            // or later, and a quote mark must stand at most two tokens
            // before it: without one, no event (and no need to look
            // further). The marks so far all stand before `i`: the last
            // one must not be more than two tokens before the sentence's
            // first, that is token `last + 2` must end inside the sentence.
            let Some(last) = last_mark else {
                continue;
            };
            let near = sentence.sentence(at).is_none_or(|s| {
                words
                    .toks
                    .get(last + 2)
                    .is_none_or(|t| t.span.end > s.start)
            });
            if !near {
                continue;
            }
        }
        if i > 0 && words.b(i - 1) == b"-" && words.toks[i - 1].span.end == at {
            continue; // `so-called`, `well-said`
        }
        if i > 0
            && (words.toks[i - 1].kind == gleaner_text::TokenKind::Possessive
                || matches!(
                    words.b(i - 1),
                    b"the"
                        | b"The"
                        | b"his"
                        | b"her"
                        | b"their"
                        | b"its"
                        | b"a"
                        | b"an"
                        | b"these"
                        | b"those"
                        | b"my"
                        | b"our"
                        | b"your"
                ))
        {
            continue; // a noun: `Ginsburg’s comments`, `his remarks`
        }
        let kind = match lexical {
            Some(k) => k,
            None => {
                // A loose verb with a quote mark near.
                let floor = sentence.floor(i, at);
                let Some(np) = words.subject_before(i, floor) else {
                    continue;
                };
                let b = np.first;
                let after_quote = b >= 1
                    && (is_quote_mark(words.b(b - 1))
                        || (words.b(b - 1) == b"," && b >= 2 && is_quote_mark(words.b(b - 2))));
                if after_quote && np.last + 3 >= i {
                    out.push(Event {
                        cue: i,
                        np: Some(np),
                        loose: true,
                    });
                }
                continue;
            }
        };
        let floor = sentence.floor(i, at);
        let mut ceil = || sentence.ceil(i, at).max(i + 1).min(words.len());
        let np = match kind {
            CueKind::Verb => words
                .subject_before(i, floor)
                .filter(|np| !in_quote[np.last])
                .or_else(|| {
                    // Inverted: `“…,” said Putin`.
                    let prev = i.checked_sub(1).map(|p| words.b(p));
                    if prev.is_none_or(|p| p == b"," || is_quote_mark(p)) {
                        words.np_after_cue(i + 1, ceil())
                    } else {
                        None
                    }
                }),
            CueKind::Participle => {
                // `with Gov. Ana Ruiz calling it …`, else the clause's subject.
                let before = i.checked_sub(1).and_then(|p| words.np_ending_at(p, floor));
                before
                    .filter(|np| {
                        np.kind != NpKind::Nominal
                            && np.first > 0
                            && words.b(np.first - 1) == b"with"
                    })
                    .or_else(|| words.clause_subject(i, floor))
            }
            CueKind::According => {
                if i + 1 < words.len() && words.b(i + 1) == b"to" {
                    words.np_after_cue(i + 2, ceil())
                } else {
                    continue;
                }
            }
        };
        out.push(Event {
            cue: i,
            np,
            loose: false,
        });
    }
}

/// Where an unclosed quotation opening at byte `open` most plausibly ends
/// before byte `end`: after a comma (and any closing marks) that an
/// attribution follows (`…‘red lines,’ Ushakov said`).
fn attribution_break(
    words: &Words<'_>,
    analysis: &Analysis<'_>,
    open: usize,
    end: usize,
) -> Option<usize> {
    let first = analysis.token_at(open) + 1;
    let last = analysis.token_at(end).min(words.len());
    for t in first..last {
        if words.b(t) != b"," {
            continue;
        }
        let mut k = t + 1;
        while k < last && is_quote_mark(words.b(k)) {
            k += 1;
        }
        if k >= last {
            break;
        }
        let Some(np) = words.np_starting_at(k, last) else {
            continue;
        };
        if np.kind == NpKind::Nominal
            && !matches!(words.b(np.first), b"the" | b"a" | b"an" | b"his" | b"her")
        {
            continue;
        }
        // The cue right after the phrase, or inverted `said Putin`.
        let mut v = np.last + 1;
        while v < last && words.b(v).ends_with(b"ly") && !words.is_capitalized(v) {
            v += 1;
        }
        let verb = v < last && cue_kind(words.b(v)) == Some(CueKind::Verb);
        let inverted = cue_kind(words.b(k)) == Some(CueKind::Verb);
        if verb || inverted {
            return Some(words.toks[k - 1].span.end);
        }
    }
    None
}

/// The attribution a quotation has in its own sentence: a cue right after
/// it (`“…,” X said` / `said X`, also across a sentence end: `“…?” X
/// asked`), a cue before it in its sentence (`X said: “…”`, `X called it
/// “…”`), `X: “…”`, or a cue later in the sentence.
fn local_attribution<'a>(
    scene: &Scene<'a, '_>,
    q: &Quotation,
    qa: usize,
    qb: usize,
    events: &[Event],
    resolved: &[Option<Speaker<'a>>],
    speakers: &Speakers<'a>,
) -> Attribution<'a> {
    let words = &scene.words;
    let par = scene.paragraph_of(q.span.start);
    let from_event = |e: usize| {
        let ev = events[e];
        let (np, speaker) = match ev.np {
            Some(np) => (Some(np), resolved[e]),
            None => {
                // A cue whose subject was not found next to it (`21 percent
                // said`, `… and claims that`): the clause's subject.
                let at = words.toks[ev.cue].span.start;
                let np = words.clause_subject(ev.cue, scene.sentence_floor(at, ev.cue));
                (
                    np,
                    np.and_then(|np| speakers.resolve(np, par, |b| scene.quoted_byte(b))),
                )
            }
        };
        let np = np.map(|np| words.span(np));
        Attribution {
            mention: speaker
                .as_ref()
                .and_then(|s| s.mention)
                .filter(|m| np.is_some_and(|np| np.contains(*m)))
                .or(np),
            speaker,
            cue: Some(cue_span(words, ev)),
            attributed: true,
        }
    };
    let par_ceil = scene.paragraph_ceil(q.span.start, qb);
    // After: the rest of the sentence.
    let sent_ceil = scene
        .sentence_ceil(q.span.end.saturating_sub(1), qb)
        .min(par_ceil)
        .max(qb);
    let ends_sentence = sent_ceil <= qb;
    let mut near_ceil = sent_ceil;
    // Across a sentence end only after a question or exclamation (`“…?”
    // Reed asked.`), or when the next sentence is a bare attribution.
    let asks = q
        .span
        .text(words.text)
        .trim_end_matches(marks::is_quote_char)
        .ends_with(['?', '!']);
    let next_short = qb < par_ceil && scene.sentence_ceil(words.toks[qb].span.start, qb) <= qb + 8;
    if ends_sentence && qb < par_ceil && (asks || next_short) {
        // `“…?” X asked.`: the next sentence, for an adjacent cue only.
        near_ceil = scene
            .sentence_ceil(words.toks[qb].span.start, qb)
            .min(par_ceil)
            .max(qb);
    }
    // An adjacent cue comes before the next quote mark.
    let near_ceil = (qb..near_ceil)
        .find(|&k| is_quote_mark(words.b(k)))
        .unwrap_or(near_ceil);
    let first_after = events.partition_point(|e| e.cue < qb);
    // Adjacent: `“…,” X said` or `“…,” said X`.
    let start = if qb < near_ceil && words.b(qb) == b"," {
        qb + 1
    } else {
        qb
    };
    for e in (first_after..events.len()).take_while(|&e| events[e].cue < near_ceil) {
        let ev = events[e];
        let Some(np) = ev.np else { continue };
        if ev.cue > start + 20 {
            break;
        }
        if ends_sentence && ev.loose {
            continue;
        }
        let subject_first = np.first == start && np.last < ev.cue;
        let inverted = np.first > ev.cue && ev.cue <= start + 1;
        if subject_first || inverted {
            return from_event(e);
        }
    }
    // Before, in the same sentence.
    let floor = scene.sentence_floor(q.span.start, qa);
    let first_before = events.partition_point(|e| e.cue < floor);
    let before_end = events.partition_point(|e| e.cue < qa);
    let before = (first_before..before_end).rev();
    if let Some(e) = before
        .clone()
        .find(|&e| events[e].np.is_some())
        .or_else(|| before.clone().next())
    {
        return from_event(e);
    }
    // `X: “…”`: the name before the colon, or the subject of its clause.
    if qa > 0 && words.b(qa - 1) == b":" {
        let colon = qa - 1;
        let at = words.toks[colon].span.start;
        let par_floor = scene.token_at(colon, scene.analysis.paragraphs()[par].start);
        let sent_floor = scene.sentence_floor(at, colon).max(par_floor);
        // The name before the colon when it opens its clause (`Reed: “…”`),
        // else the clause's subject (`Reed sent a message to Berg: “…”`).
        let np = words
            .skip_back(colon, sent_floor)
            .and_then(|i| words.np_ending_at(i, sent_floor))
            .filter(|np| np.kind == NpKind::Name)
            .filter(|np| {
                np.first == sent_floor
                    || words.b(np.first - 1) == b","
                    || is_quote_mark(words.b(np.first - 1))
            })
            .or_else(|| {
                words
                    .clause_subject(colon, sent_floor)
                    .filter(|np| np.kind != NpKind::Nominal)
            });
        if let Some(np) = np {
            let speaker = speakers.resolve(np, par, |b| scene.quoted_byte(b));
            let span = words.span(np);
            return Attribution {
                mention: speaker
                    .as_ref()
                    .and_then(|s| s.mention)
                    .filter(|m| span.contains(*m))
                    .or(Some(span)),
                speaker,
                cue: Some(words.toks[colon].span),
                attributed: true,
            };
        }
    }
    // Later in the sentence: `…, the union says.`
    if !ends_sentence {
        let mut later = (first_after..events.len()).take_while(|&e| events[e].cue < sent_ceil);
        if let Some(e) = later
            .clone()
            .find(|&e| events[e].np.is_some())
            .or_else(|| later.next())
        {
            return from_event(e);
        }
    }
    Attribution::default()
}

/// The cue's text span: the verb, or `according to`.
fn cue_span(words: &Words<'_>, ev: Event) -> Span {
    let s = words.toks[ev.cue].span;
    if words.w(ev.cue).eq_ignore_ascii_case("according") && ev.cue + 1 < words.len() {
        s.to(words.toks[ev.cue + 1].span)
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
