//! The date grammar: one left-to-right pass over the classified tokens.
//! At each token every rule is tried and the longest match wins; a match
//! is resolved at once against the anchor (the publication date), using
//! the sentence's tense where the expression leaves a choice.

use std::cell::RefCell;
use std::ops::Range;

use gleaner_text::calendar::{
    Season, Tense, add_days, add_months, add_years, easter_sunday, nth_weekday_of_month,
    quarter_of, weekday_on_or_after, weekday_on_or_before,
};
use gleaner_text::{Analysis, Token, TokenKind};
use jiff::civil::{Date, Weekday};

use crate::lexicon::{self, Holiday, Kw, Lex, Lexed, Lexeme};
use crate::timex::{DayPart, Kind, Modifier, Point, week_of, weekend_of};

mod holidays;
mod months;
mod quarters;
mod references;
mod relative;
mod times;
mod weekdays;
mod years;

/// One date expression found: tokens `[first, end)`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub value: String,
    pub kind: Kind,
    pub modifier: Option<Modifier>,
}

/// A rule's match before the prefix and suffix modifiers are applied.
#[derive(Clone, Copy, Debug)]
struct M {
    end: usize,
    point: Point,
    modifier: Option<Modifier>,
    /// Whether an APPROX prefix ("about", "nearly") may attach.
    approx_ok: bool,
    /// Whether it names a quarter outright, the context for later "the
    /// quarter" or "a year earlier".
    names_quarter: bool,
}

fn m(end: usize, point: Point) -> Option<M> {
    Some(M {
        end,
        point,
        modifier: None,
        approx_ok: false,
        names_quarter: false,
    })
}

/// Where a core expression may start after modifier prefixes, with the
/// modifier each implies (a small fixed list, no allocation).
struct Prefixes {
    items: [(usize, Option<Modifier>); 3],
    len: usize,
}

impl Prefixes {
    fn push(&mut self, at: usize, modifier: Modifier) {
        if self.len < self.items.len() {
            self.items[self.len] = (at, Some(modifier));
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[(usize, Option<Modifier>)] {
        &self.items[..self.len]
    }
}

// The bit of each rule in a mask of [`Grammar::rules_at`], in the fixed
// order of [`Grammar::rule`].
const REFERENCE: u16 = 1 << 0;
const PART_OF_DAY: u16 = 1 << 1;
const WEEKDAY: u16 = 1 << 2;
const CLOCK: u16 = 1 << 3;
const MONTH_FIRST: u16 = 1 << 4;
const DAY_FIRST: u16 = 1 << 5;
const YEAR_FORMS: u16 = 1 << 6;
const QUARTER: u16 = 1 << 7;
const RELATIVE: u16 = 1 << 8;
const AGO: u16 = 1 << 9;
const HOLIDAY: u16 = 1 << 10;
const WEEK_NUMBER: u16 = 1 << 11;
/// Not a rule: marks a token whose rules depend on the token after it
/// ("the", numbers), worked out by [`Grammar::rules_at`].
pub(crate) const BY_NEXT: u16 = 1 << 15;
/// Not a rule: marks a keyword that may start a modifier prefix ("early",
/// "the end of": [`Grammar::may_prefix`]), so that a token whose stored
/// mask is empty can be passed over at once.
const PREFIX: u16 = 1 << 14;

/// The rules that can start at a token of class `lex` as far as the class
/// alone tells ([`Grammar::rules_for`]), or [`BY_NEXT`] for "the" and the
/// numbers. The lexicon stores it with each token (from its table entry),
/// so that [`Grammar::rules_at`] needs no dispatch on the class for most
/// tokens (the compiler makes such a dispatch a jump table, mispredicted
/// for most calls).
pub(crate) const fn rules_of(lex: Lex) -> u16 {
    let prefix = match lex {
        Lex::Kw { kw, .. } if Grammar::is_prefix(kw) => PREFIX,
        _ => 0,
    };
    prefix
        | match lex {
            _ if lex.is_number() => BY_NEXT,
            Lex::Kw { kw: Kw::The, .. } => BY_NEXT,
            _ => Grammar::rules_for(lex),
        }
}

/// Which occurrence a year-less expression means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Past,
    Future,
}

/// Calendar units of relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

fn unit_of(kw: Kw) -> Option<Unit> {
    Some(match kw {
        Kw::Day => Unit::Day,
        Kw::Week => Unit::Week,
        Kw::Weekend => Unit::Weekend,
        Kw::Month => Unit::Month,
        Kw::Quarter => Unit::Quarter,
        Kw::Year => Unit::Year,
        Kw::Decade => Unit::Decade,
        Kw::Century => Unit::Century,
        _ => return None,
    })
}

pub(crate) struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The class of each token and its packed lower-case form (for one
    /// of at most 8 bytes).
    lexemes: &'a [Lexeme],
    /// The tense cues of the tokens the grammar asked about.
    cues: RefCell<CueWindow>,
    /// The tokens that can anchor a date, in order.
    strong: &'a [u32],
    analysis: &'a Analysis<'a>,
    anchor: Option<Date>,
    /// The quarter last named, for "the latest quarter", "a year earlier".
    quarter_context: Option<(i16, i8, usize)>,
    /// The year last named, for "that year", "the following year".
    last_year: Option<i16>,
    /// The direction imposed by "last"/"next" before a holiday name.
    forced_dir: Option<Dir>,
    /// The day last named, for a bare "at 10 p.m.".
    last_day: Option<(Date, usize)>,
}

impl<'a> Grammar<'a> {
    pub(crate) fn new(
        analysis: &'a Analysis<'a>,
        lexed: &'a Lexed,
        anchor: Option<Date>,
    ) -> Grammar<'a> {
        Grammar {
            text: analysis.text(),
            toks: analysis.tokens(),
            lexemes: &lexed.tokens,
            cues: RefCell::new(CueWindow {
                tokens: 0..0,
                cues: Vec::new(),
            }),
            strong: &lexed.strong,
            analysis,
            anchor,
            quarter_context: None,
            last_year: None,
            last_day: None,
            forced_dir: None,
        }
    }

    /// Every date expression of the text, in order, never overlapping.
    pub(crate) fn find_all(mut self) -> Vec<Found> {
        let mut out = Vec::new();
        let strong = self.strong;
        // `strong[s]` is the first strong token at or after `i` (`i` never
        // goes back).
        let mut s = 0;
        let mut i = 0;
        while i < self.lexemes.len() {
            while strong.get(s).is_some_and(|&k| (k as usize) < i) {
                s += 1;
            }
            // Only try where a date word is at hand: most tokens are not.
            let Some(&next) = strong.get(s) else {
                break;
            };
            let next = next as usize;
            // Nothing to try before the next strong token comes near, nor
            // where no date starts: an unknown word, or a token that starts
            // no rule and no prefix ("in", a mark). (A tight loop up to the
            // strong token, which starts something unless its mask is
            // empty.)
            i = i.max(next.saturating_sub(4));
            while i < next && {
                let Lexeme { lex, rules, .. } = self.lexemes[i];
                matches!(lex, Lex::Other) || rules == 0
            } {
                #[cfg(debug_assertions)]
                self.check_no_start(i);
                i += 1;
            }
            if self.lexemes[i].rules == 0 {
                #[cfg(debug_assertions)]
                self.check_no_start(i);
                i += 1;
                continue;
            }
            let mask = self.rules_at(i);
            if mask == 0 && !self.may_prefix(i) {
                #[cfg(debug_assertions)]
                {
                    assert!(self.prefixes(i).len == 1, "prefix at gated token {i}");
                    self.check_skipped_rules(i, 0);
                }
                i += 1;
                continue;
            }
            match self.best_at(i, mask) {
                Some(mut f) => {
                    i = f.end;
                    // "right now", "more recently": the adverb's modifier
                    // belongs to the expression.
                    let free = out.last().is_none_or(|p: &Found| p.end < f.first);
                    if free
                        && f.end == f.first + 1
                        && f.first > 0
                        && (self.lower_is(f.first, words!["now"])
                            && self.lower_is(f.first - 1, words!["right"])
                            || self.lower_is(f.first, words!["recently"])
                                && self.lower_is(f.first - 1, words!["more", "most"]))
                    {
                        f.first -= 1;
                    }
                    out.push(f);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Debug builds check that a token with an empty rule mask starts no
    /// date.
    #[cfg(debug_assertions)]
    fn check_no_start(&mut self, i: usize) {
        if self.lexemes[i].rules == 0 {
            assert!(self.rules_at(i) == 0 && !self.may_prefix(i));
            assert!(self.prefixes(i).len == 1, "prefix at gated token {i}");
            self.check_skipped_rules(i, 0);
        }
    }

    /// The best match at `i`, `mask` being `self.rules_at(i)`.
    fn best_at(&mut self, i: usize, mask: u16) -> Option<Found> {
        let mut best: Option<(usize, M, Option<Modifier>)> = None;
        let prefixes = self.prefixes(i);
        for &(j, pre) in prefixes.as_slice() {
            let mask = if j == i { mask } else { self.rules_at(j) };
            let Some(core) = self.core_at(j, mask) else {
                continue;
            };
            if pre == Some(Modifier::Approx) && !core.approx_ok {
                continue;
            }
            if matches!(core.point, Point::Literal(_)) && pre.is_some() {
                continue;
            }
            if best.as_ref().is_none_or(|(_, b, _)| core.end > b.end) {
                best = Some((i, core, pre.or(core.modifier)));
            }
        }
        let (first, core, mut modifier) = best?;
        let mut end = core.end;
        // Suffixes: "or so", "or later", "and beyond".
        if self.is_kw(end, Kw::Or) && self.is_kw(end + 1, Kw::So) {
            end += 2;
            modifier = Some(Modifier::Approx);
        } else if (self.is_kw(end, Kw::Or) && self.is_kw(end + 1, Kw::Later))
            || (self.is_kw(end, Kw::And) && self.is_kw(end + 1, Kw::Beyond))
        {
            end += 2;
            modifier = Some(Modifier::OnOrAfter);
        }
        // "1990s-era", "2021-style": the date only modifies a word.
        if self.is_punct(end, '-') && self.adjacent(end - 1, end) && self.is_wordish(end + 1) {
            return None;
        }
        // "each July", "every Thursday": recurring sets, not dates.
        if first > 0 && self.lower_is(first - 1, words!["each", "every"]) {
            return None;
        }
        let point = core.point;
        if let Some(y) = point.year() {
            self.last_year = Some(y);
        }
        if let Point::Quarter(y, q) = point
            && core.names_quarter
        {
            self.quarter_context = Some((y, q, first));
        }
        if let Some(d) = point.day() {
            self.last_day = Some((d, first));
        }
        Some(Found {
            first,
            end,
            value: point.value(),
            kind: point.kind(),
            modifier,
        })
    }

    /// The modifier prefixes that may start at `i`, with where the core
    /// then starts; always includes `(i, None)`.
    fn prefixes(&self, i: usize) -> Prefixes {
        let mut out = Prefixes {
            items: [(i, None); 3],
            len: 1,
        };
        let mut j = i;
        // "the early 1980s", "the end of", "the beginning of".
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        let pre = match self.lex_at(j).kw() {
            Some(Kw::Early) => Some((j + 1, Modifier::Start)),
            Some(Kw::Late) => Some((j + 1, Modifier::End)),
            Some(Kw::Mid) => {
                let k = if self.is_punct(j + 1, '-') {
                    j + 2
                } else {
                    j + 1
                };
                Some((k, Modifier::Mid))
            }
            Some(Kw::Earlier) if !the => Some((j + 1, Modifier::Start)),
            Some(Kw::Later) if !the => Some((j + 1, Modifier::End)),
            Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                if self.is_kw(j + 1, Kw::Of) && (the || j == i) =>
            {
                let md = match self.lex_at(j).kw() {
                    Some(Kw::End) => Modifier::End,
                    Some(Kw::Middle) => Modifier::Mid,
                    _ => Modifier::Start,
                };
                Some((j + 2, md))
            }
            Some(Kw::Approx) if !the => Some((j + 1, Modifier::Approx)),
            _ => None,
        };
        if let Some((k, md)) = pre {
            out.push(k, md);
            // "nearly" + "more than"-free forms only; "early next year" etc.
        }
        // "mid-1996" arrives as one word "mid" then "-" (handled above);
        // "post-1959" / "pre-war" are AFTER / BEFORE.
        if let Some(kw @ (Kw::Post | Kw::Pre)) = self.lex_at(i).kw()
            && self.is_punct(i + 1, '-')
            && self.adjacent(i, i + 1)
        {
            let md = if kw == Kw::Post {
                Modifier::After
            } else {
                Modifier::Before
            };
            out.push(i + 2, md);
        }
        out
    }

    /// The longest plain (unmodified) expression starting at `i`.
    /// (`mask`: `self.rules_at(i)`.)
    fn core_at(&mut self, i: usize, mut mask: u16) -> Option<M> {
        #[cfg(debug_assertions)]
        self.check_skipped_rules(i, mask);
        let mut best: Option<M> = None;
        // The rules in a fixed order (the first of equally long matches
        // wins), only those `rules_at` allows.
        while mask != 0 {
            let k = mask.trailing_zeros();
            mask &= mask - 1;
            let found = self.rule(k, i);
            if let Some(found) = found
                && found.end > i
                && best.as_ref().is_none_or(|b| found.end > b.end)
            {
                best = Some(found);
            }
        }
        best
    }

    /// Rule `k` of the fixed order at token `i` (bit `k` of a rule mask,
    /// see the constants below).
    fn rule(&mut self, k: u32, i: usize) -> Option<M> {
        match k {
            0 => self.reference(i),
            1 => self.part_of_day(i),
            2 => self.weekday(i),
            3 => self.clock(i),
            4 => self.month_first(i),
            5 => self.day_first(i),
            6 => self.year_forms(i),
            7 => self.quarter(i),
            8 => self.relative(i),
            9 => self.ago(i),
            10 => self.holiday(i),
            11 => self.week_number(i),
            _ => None,
        }
    }

    /// Debug builds (the tests) check the gate of [`Self::rules_at`]: every
    /// rule it skips at `i` must indeed give nothing there, so that a new
    /// rule form cannot be silently lost to the gate.
    #[cfg(debug_assertions)]
    fn check_skipped_rules(&mut self, i: usize, mask: u16) {
        let saved = (
            self.quarter_context,
            self.last_year,
            self.forced_dir,
            self.last_day,
        );
        for k in 0..12 {
            if mask & (1 << k) != 0 {
                continue;
            }
            let found = self.rule(k, i);
            (
                self.quarter_context,
                self.last_year,
                self.forced_dir,
                self.last_day,
            ) = saved;
            assert!(
                found.is_none_or(|f| f.end <= i),
                "rule {k} matches at token {i} ({:?}) but rules_at skips it",
                self.lex_at(i)
            );
        }
    }

    /// The rules that can match at token `i` (see [`Self::rules_for`]),
    /// narrowed for numbers by the token after them: "10 days ago", "3
    /// p.m.", "7 December", "12/7", "the 3rd of May", "third-quarter",
    /// "21st century", "two thousand", "a couple of years ago".
    ///
    /// For most tokens the class alone decides, and the lexicon has stored
    /// the answer ([`rules_of`]): no dispatch on the class here, which the
    /// compiler makes a jump table, mispredicted for most calls
    /// (cachegrind's branch simulation). Within the numbers the class is
    /// tested by `if let`, not by one `match`, for the same reason.
    #[inline]
    fn rules_at(&self, i: usize) -> u16 {
        let Some(&Lexeme { lex, rules, .. }) = self.lexemes.get(i) else {
            return Self::rules_for(Lex::Other);
        };
        // Most tokens: the rules their class allows, stored by the lexicon.
        if rules & BY_NEXT == 0 {
            return rules & !PREFIX;
        }
        if lex.kw() == Some(Kw::The) {
            return self.rules_after_the(i);
        }
        let next = self.lex_at(i + 1);
        let next_kw = next.kw();
        let mut mask = 0;
        // (`if let`, not `match`: see above.)
        if let Lex::Num { digits, .. } = lex {
            if digits == 4 || matches!(next, Lex::Punct('/' | '-')) {
                mask |= YEAR_FORMS;
            }
            if digits <= 3 && next_kw.is_some() {
                mask |= AGO;
            }
            if digits <= 2 {
                if matches!(next, Lex::Month { .. }) || next_kw == Some(Kw::Of) {
                    mask |= DAY_FIRST;
                }
                if matches!(next, Lex::Punct(':') | Lex::Card(_))
                    || matches!(next_kw, Some(Kw::Am | Kw::Pm | Kw::In))
                    || self.lower_is(i + 1, words!["p", "o'clock"])
                {
                    mask |= CLOCK;
                }
            }
        } else if let Lex::Ord(_) = lex {
            if matches!(next, Lex::Month { .. }) || next_kw == Some(Kw::Of) {
                mask |= DAY_FIRST;
            }
            if matches!(next, Lex::Punct('-')) || next_kw == Some(Kw::Century) {
                mask |= YEAR_FORMS;
            }
            if matches!(next, Lex::Punct('-')) || matches!(next_kw, Some(Kw::Quarter | Kw::Half)) {
                mask |= QUARTER;
            }
        } else if let Lex::Card(n) = lex {
            if matches!(n, 2 | 11..=20 | 30) {
                mask |= YEAR_FORMS;
            }
            if next_kw.is_some()
                || matches!(next, Lex::Punct('-'))
                || self.lower_is(i + 1, words!["couple"])
            {
                mask |= AGO;
            }
        }
        mask
    }

    /// The rules of [`Self::core_at`] (bit `k` for its `k`th rule) that can
    /// match at a token of class `lex`; the others return `None` there at
    /// their first test, so skipping them changes nothing.
    const fn rules_for(lex: Lex) -> u16 {
        match lex {
            Lex::Kw { kw, .. } => Self::rules_for_kw(kw),
            Lex::Num { .. } => CLOCK | DAY_FIRST | YEAR_FORMS | AGO,
            // "a year ago", "nineteen ninety-six", "twenty-first century".
            Lex::Card(_) => YEAR_FORMS | AGO,
            Lex::Ord(_) => DAY_FIRST | YEAR_FORMS | QUARTER,
            Lex::Month { .. } => MONTH_FIRST,
            Lex::Weekday(_) => WEEKDAY,
            Lex::Season(_) => RELATIVE,
            Lex::Decade(_) | Lex::DecadeWord(_) => YEAR_FORMS,
            Lex::Clock { .. } => CLOCK,
            // "'80s".
            Lex::Punct('\'' | '\u{2019}') => YEAR_FORMS,
            Lex::Punct(_) => 0,
            // "Q3", "H1".
            Lex::Other => QUARTER,
        }
    }

    /// [`Self::rules_for`] a keyword: the rules whose first test accepts
    /// it ("the" starts "the 7th of May" and "the past decade", "last"
    /// starts "last Friday" and "last night"; "year" only "year-end" and
    /// "year-ago"). Most keywords start no rule: "half", "period", "end"
    /// and the like only continue an expression or are prefixes (see
    /// [`Self::may_prefix`]).
    const fn rules_for_kw(kw: Kw) -> u16 {
        match kw {
            Kw::The => REFERENCE | DAY_FIRST | YEAR_FORMS | QUARTER | RELATIVE | WEEK_NUMBER,
            Kw::This | Kw::Last => PART_OF_DAY | WEEKDAY | QUARTER | RELATIVE,
            Kw::Past | Kw::Next => WEEKDAY | QUARTER | RELATIVE,
            Kw::Previous | Kw::Coming => WEEKDAY | RELATIVE,
            Kw::Following | Kw::That => RELATIVE,
            Kw::Current => REFERENCE | RELATIVE,
            Kw::Year => RELATIVE | AGO,
            Kw::Fiscal => YEAR_FORMS | QUARTER,
            Kw::Week => WEEK_NUMBER,
            Kw::Now
            | Kw::Nowadays
            | Kw::Currently
            | Kw::These
            | Kw::Recently
            | Kw::Recent
            | Kw::At
            | Kw::Tonight => REFERENCE,
            Kw::Today | Kw::Yesterday | Kw::Tomorrow => REFERENCE | PART_OF_DAY,
            Kw::Morning | Kw::Afternoon | Kw::Evening => PART_OF_DAY,
            Kw::Noon | Kw::Midnight => CLOCK,
            Kw::Holiday(_) => HOLIDAY,
            // "some years ago", "several weeks ago", "a few days ago".
            Kw::Approx | Kw::Several | Kw::Few => AGO,
            _ => 0,
        }
    }

    /// The rules that can match at "the" (token `i`), narrowed by the token
    /// after it (a subset of `rules_for_kw(Kw::The)`): "the 7th of May",
    /// "the 1990s", "the past decade", "the latest quarter", "the near
    /// future". After most words ("the talks") none.
    fn rules_after_the(&self, i: usize) -> u16 {
        match self.lex_at(i + 1) {
            Lex::Ord(_) => DAY_FIRST | YEAR_FORMS | QUARTER | WEEK_NUMBER,
            Lex::Card(_)
            | Lex::Num { .. }
            | Lex::Decade(_)
            | Lex::DecadeWord(_)
            | Lex::Punct('\'' | '\u{2019}') => YEAR_FORMS,
            Lex::Season(_) => RELATIVE,
            Lex::Other => {
                let mut mask = 0;
                if q_token(self.word(i + 1)).is_some() {
                    mask |= QUARTER;
                }
                if self.lower_is(i + 1, words!["distant", "foreseeable", "present"]) {
                    mask |= REFERENCE;
                }
                mask
            }
            Lex::Kw { kw, .. } => match kw {
                Kw::Near | Kw::Future => REFERENCE,
                Kw::Past => REFERENCE | QUARTER | RELATIVE,
                Kw::This | Kw::Last | Kw::Next | Kw::Current => QUARTER | RELATIVE,
                Kw::Previous | Kw::Coming | Kw::Following => RELATIVE,
                Kw::Year | Kw::Fiscal => YEAR_FORMS | QUARTER | RELATIVE,
                Kw::Latest | Kw::Same | Kw::Quarter | Kw::Period => QUARTER,
                Kw::Full | Kw::Month | Kw::Weekend => RELATIVE,
                _ => 0,
            },
            _ => 0,
        }
    }

    /// True when a modifier prefix may start at `i` ("the early 1990s",
    /// "late last year", "mid-2021", "the end of", "about", "post-war"): a
    /// token with no rule of its own that [`Self::prefixes`] may still
    /// lead to one.
    fn may_prefix(&self, i: usize) -> bool {
        match self.lex_at(i).kw() {
            Some(kw) => Self::is_prefix(kw),
            None => false,
        }
    }

    /// [`Self::may_prefix`] of a keyword.
    const fn is_prefix(kw: Kw) -> bool {
        matches!(
            kw,
            Kw::The
                | Kw::Early
                | Kw::Late
                | Kw::Mid
                | Kw::Earlier
                | Kw::Later
                | Kw::End
                | Kw::Beginning
                | Kw::Start
                | Kw::Middle
                | Kw::Approx
                | Kw::Post
                | Kw::Pre
        )
    }

    // ----- token helpers -------------------------------------------------

    fn lex_at(&self, i: usize) -> Lex {
        self.lexemes.get(i).map_or(Lex::Other, |l| l.lex)
    }

    fn is_kw(&self, i: usize, kw: Kw) -> bool {
        self.lex_at(i).kw() == Some(kw)
    }

    fn is_singular(&self, i: usize, kw: Kw) -> bool {
        self.lex_at(i) == Lex::Kw { kw, plural: false }
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.lex_at(i) == Lex::Punct(c)
    }

    fn adjacent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_wordish(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn capitalized(&self, i: usize) -> bool {
        // (The tokenizer's shape: whether the first character is
        // uppercase, as `char::is_uppercase` tells.)
        self.analysis
            .shapes()
            .get(i)
            .is_some_and(|s| s.capitalized())
    }

    /// True when token `i` is one of `words` (see [`words!`]), in any case.
    #[inline(always)]
    fn lower_is<const N: usize>(&self, i: usize, words: &Words<N>) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // Most tokens have a length no listed word has.
        if !words.may_have_length(t.span.len()) {
            return false;
        }
        let words = &words.list;
        // Compares the packed lower-case key with the words packed at
        // compile time, all of them without a branch between (which word
        // matches, if any, is unpredictable; the lists are short).
        // (The lexicon packed the words it looked up, the others are
        // packed here.)
        let key = match self.lexemes[i].key {
            0 => lexicon::key_of(self.text, t),
            key => key,
        };
        if key != 0 {
            return words.iter().fold(false, |found, w| found | (w.key == key));
        }
        // No packed key: longer than 8 bytes or not ASCII. Compare the
        // text (a word that is not ASCII equals no listed word).
        let word = t.text(self.text);
        words.iter().any(|w| w.text.eq_ignore_ascii_case(word))
    }

    /// True when token `i` starts its sentence.
    fn sentence_initial(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let Some(s) = self.analysis.sentence_at(t.span.start) else {
            return true;
        };
        let first = self.analysis.tokens_in(self.analysis.sentences()[s]).start;
        // Quote marks and dashes before the first word do not count.
        (first..i).all(|k| matches!(self.lex_at(k), Lex::Punct(_)))
    }

    /// The tense of the clause around token `i`: the nearest tense cue in
    /// its sentence.
    fn tense_near(&self, i: usize) -> Option<Tense> {
        let t = self.toks.get(i)?;
        let s = self.analysis.sentence_at(t.span.start)?;
        let range = self.analysis.tokens_in(self.analysis.sentences()[s]);
        // A window keeps a run-on "sentence" (a table, a list) linear.
        let range = range.start.max(i.saturating_sub(60))..range.end.min(i + 60);
        // The nearest cue of each tense; a future cue must be close to
        // count, since news narrates the past.
        let mut nearest = [usize::MAX; 3];
        // Only the tokens with a cue matter: walk the sorted list of them.
        let window = self.cues_in(range.clone());
        let from = window
            .cues
            .partition_point(|&(k, _)| (k as usize) < range.start);
        let to = window
            .cues
            .partition_point(|&(k, _)| (k as usize) < range.end);
        for &(k, tense) in &window.cues[from..to.max(from)] {
            let k = k as usize;
            // The governing verb mostly comes before the time expression;
            // a cue after it counts at double distance.
            let dist = if k < i { i - k } else { 2 * (k - i) };
            let slot = &mut nearest[tense as usize];
            *slot = (*slot).min(dist);
        }
        let [past, present, future] = nearest;
        if future < past && future <= 12 {
            Some(Tense::Future)
        } else if past < usize::MAX {
            Some(Tense::Past)
        } else if present < usize::MAX {
            Some(Tense::Present)
        } else if future < usize::MAX {
            Some(Tense::Future)
        } else {
            None
        }
    }

    /// The tense that the cue `tense` of token `k` gives its clause, or
    /// `None` when it does not count there (its neighbours tell).
    fn counted_cue(&self, k: usize, mut tense: Tense) -> Option<Tense> {
        if matches!(self.lexemes[k].lex, Lex::Month { .. }) {
            return None;
        }
        // An infinitive has no tense of its own ("due to expire"), and
        // "next to" is a place.
        if k > 0 && self.lower_is(k - 1, words!["to"]) && !self.lower_is(k, words!["be"])
            || self.lower_is(k, words!["next"]) && self.lower_is(k + 1, words!["to"])
        {
            return None;
        }
        // "is to" marks a plan; "had been scheduled", "was due" a
        // plan that lies in the past.
        if self.lower_is(k, words!["is"]) && self.lower_is(k + 1, words!["to"]) {
            tense = Tense::Future;
        }
        // A participle after "be" is passive, its time that of "be":
        // "will be paid in January".
        if tense == Tense::Past && k > 0 && self.lower_is(k - 1, words!["be", "been", "being"]) {
            if self.lower_is(k - 1, words!["be"]) {
                tense = Tense::Future;
            } else {
                return None;
            }
        }
        if tense == Tense::Future
            && k > 0
            && (k.saturating_sub(2)..k).any(|p| {
                self.lower_is(p, words!["was", "were", "had", "been", "wasn't", "weren't"])
            })
        {
            tense = Tense::Past;
        }
        // "set" marks a plan only in "set to" / "set for".
        if self.lower_is(k, words!["set"]) && !self.lower_is(k + 1, words!["to", "for"]) {
            return None;
        }
        Some(tense)
    }

    /// The tense cues of a stretch of tokens holding `range` (see
    /// [`CueWindow`]): the window grows to the right when `range` overlaps
    /// it or follows it directly, and starts afresh elsewhere. Each cue is
    /// weighed against its neighbours ([`Self::counted_cue`]) once, when
    /// the window takes it in.
    fn cues_in(&self, range: Range<usize>) -> std::cell::Ref<'_, CueWindow> {
        if range.start < range.end {
            let mut w = self.cues.borrow_mut();
            if range.start < w.tokens.start || range.start > w.tokens.end {
                w.cues.clear();
                w.tokens = range.start..range.start;
            }
            if range.end > w.tokens.end {
                let CueWindow { tokens, cues } = &mut *w;
                let new = cues.len();
                lexicon::push_cues(self.text, self.toks, tokens.end..range.end, cues);
                tokens.end = range.end;
                let mut kept = new;
                for c in new..cues.len() {
                    let (k, tense) = cues[c];
                    if let Some(tense) = self.counted_cue(k as usize, tense) {
                        cues[kept] = (k, tense);
                        kept += 1;
                    }
                }
                cues.truncate(kept);
            }
        }
        self.cues.borrow()
    }

    /// The direction the tense gives, or `None` (nearest occurrence) for
    /// the present tense or no cue.
    fn dir3(&self, i: usize) -> Option<Dir> {
        match self.tense_near(i) {
            Some(Tense::Future) => Some(Dir::Future),
            Some(Tense::Past) => Some(Dir::Past),
            _ => None,
        }
    }

    fn dir_near(&self, i: usize) -> Dir {
        match self.tense_near(i) {
            Some(Tense::Future) => Dir::Future,
            _ => Dir::Past,
        }
    }

    // ----- resolution helpers --------------------------------------------

    fn weekday_point(&self, wd: Weekday, dir: Dir, strict: bool) -> Point {
        let Some(a) = self.anchor else {
            return Point::WeekdayX(wd);
        };
        let d = match (dir, strict) {
            (Dir::Past, false) => weekday_on_or_before(a, wd),
            (Dir::Past, true) => weekday_on_or_before(add_days(a, -1), wd),
            (Dir::Future, false) => weekday_on_or_after(a, wd),
            (Dir::Future, true) => weekday_on_or_after(add_days(a, 1), wd),
        };
        Point::Day(d)
    }

    fn month_point(&self, month: i8, dir: Option<Dir>) -> Point {
        let Some(a) = self.anchor else {
            return Point::MonthX(month);
        };
        let y = a.year();
        let y = match dir {
            Some(Dir::Past) if month > a.month() + 2 => y - 1,
            Some(Dir::Future) if month < a.month() => y + 1,
            // No cue: the nearest such month.
            None if month - a.month() > 6 => y - 1,
            None if a.month() - month > 6 => y + 1,
            _ => y,
        };
        Point::Month(y, month)
    }

    fn month_day_point(&self, month: i8, day: i8, dir: Option<Dir>) -> Option<Point> {
        let Some(a) = self.anchor else {
            Date::new(2000, month, day).ok()?;
            return Some(Point::DayX(month, day));
        };
        let this = Date::new(a.year(), month, day).ok();
        // Dates in news cluster around publication: the tense only moves
        // a date into another year when it is far from the anchor (a past
        // verb may still govern a coming deadline: "extended to Oct. 21").
        // With no cue, a date well ahead is taken as reported, hence past.
        let d = match (dir, this) {
            (Some(Dir::Past), Some(d)) if d <= add_months(a, 2) => d,
            (Some(Dir::Past), _) => Date::new(a.year() - 1, month, day).ok()?,
            (Some(Dir::Future), Some(d)) if d >= add_days(a, -14) => d,
            (Some(Dir::Future), _) => Date::new(a.year() + 1, month, day).ok()?,
            (None, Some(d)) if d > add_months(a, 3) => Date::new(a.year() - 1, month, day).ok()?,
            (None, Some(d)) if d < add_months(a, -6) => Date::new(a.year() + 1, month, day).ok()?,
            (None, Some(d)) => d,
            (None, None) => Date::new(a.year() - 1, month, day).ok()?,
        };
        Some(Point::Day(d))
    }

    /// Moves `a` by `n` units and returns the point of that unit.
    fn shifted(&self, unit: Unit, n: i64) -> Point {
        let Some(a) = self.anchor else {
            return Point::Literal(match unit {
                Unit::Day => "XXXX-XX-XX",
                Unit::Week => "XXXX-WXX",
                Unit::Weekend => "XXXX-WXX-WE",
                Unit::Month => "XXXX-XX",
                Unit::Quarter => "XXXX-QX",
                Unit::Year => "XXXX",
                Unit::Decade => "XXX",
                Unit::Century => "XX",
            });
        };
        match unit {
            Unit::Day => Point::Day(add_days(a, n)),
            Unit::Week => week_of(add_days(a, 7 * n)),
            Unit::Weekend => weekend_of(add_days(a, 7 * n)),
            Unit::Month => {
                let d = add_months(a, n);
                Point::Month(d.year(), d.month())
            }
            Unit::Quarter => {
                let d = add_months(a, 3 * n);
                Point::Quarter(d.year(), quarter_of(d))
            }
            Unit::Year => Point::Year(add_years(a, n).year()),
            Unit::Decade => Point::Decade((add_years(a, 10 * n).year()) / 10),
            Unit::Century => Point::Century((add_years(a, 100 * n).year()) / 100),
        }
    }

    // ----- rules ---------------------------------------------------------

    /// The day named in the last few sentences before token `i`.
    fn recent_day(&self, i: usize) -> Option<Date> {
        let (d, at) = self.last_day?;
        (i.saturating_sub(at) < 120).then_some(d)
    }
}

/// The tense cues of the tokens of one stretch of the text, found only
/// when [`Grammar::tense_near`] asks for them: the grammar walks the text
/// forwards, so the stretch mostly grows, and the tokens far from a date
/// resolved by tense are never looked at.
struct CueWindow {
    /// The tokens whose cues are known.
    tokens: Range<usize>,
    /// The tokens of `tokens` with a cue that counts, ascending, with the
    /// tense it gives ([`Grammar::counted_cue`]).
    cues: Vec<(u32, Tense)>,
}

/// A word [`Grammar::lower_is`] compares tokens with: its text (in lower
/// case) and, for up to 8 bytes, its packed form like the lexicon's keys
/// (zero-padded, so that equal keys mean equal words).
pub(crate) struct Word {
    text: &'static str,
    /// 0 for a word longer than 8 bytes, which no packed key equals (the
    /// lexicon gives such tokens the key 0, and `lower_is` compares their
    /// text).
    key: u64,
}

impl Word {
    pub(crate) const fn new(text: &'static str) -> Word {
        // Little endian, zero-padded.
        let b = text.as_bytes();
        let mut key = 0u64;
        let mut n = 0;
        while n < b.len() && n < 8 {
            key |= (b[n].to_ascii_lowercase() as u64) << (8 * n);
            n += 1;
        }
        if b.len() > 8 {
            key = 0;
        }
        Word { text, key }
    }
}

/// The words of a [`words!`] list, and a bit for each of their lengths.
pub(crate) struct Words<const N: usize> {
    /// Bit `n` (at most 31): some word has `n` bytes.
    lengths: u32,
    list: [Word; N],
}

impl<const N: usize> Words<N> {
    pub(crate) const fn new(list: [Word; N]) -> Words<N> {
        let mut lengths = 0;
        let mut n = 0;
        while n < N {
            let len = list[n].text.len();
            lengths |= 1 << if len < 31 { len } else { 31 };
            n += 1;
        }
        Words { lengths, list }
    }

    /// Whether some word has as many bytes as a token of `len` (a token
    /// of another length is none of them: not worth packing).
    #[inline]
    fn may_have_length(&self, len: usize) -> bool {
        self.lengths >> len.min(31) & 1 != 0
    }
}

/// A list of [`Word`]s built at compile time: `words!["the", "a"]`.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        &const { crate::grammar::Words::new([$(crate::grammar::Word::new($w)),*]) }
    };
}
use words;

/// The rank of the season holding `a`; December's winter comes after the
/// fall of the same year.
fn season_rank_of(a: Date) -> u8 {
    if a.month() == 12 {
        4
    } else {
        Season::of_month(a.month()).rank()
    }
}

fn day_part(kw: Kw) -> Option<DayPart> {
    Some(match kw {
        Kw::Morning => DayPart::Morning,
        Kw::Afternoon => DayPart::Afternoon,
        Kw::Evening => DayPart::Evening,
        Kw::Night => DayPart::Night,
        _ => return None,
    })
}

fn to_24(h: u32, pm: bool) -> u8 {
    let h = h % 12 + if pm { 12 } else { 0 };
    h as u8
}

/// "Q3" → 3, "H2" → 6 (halves after the quarters).
fn q_token(word: &str) -> Option<i8> {
    let b = word.as_bytes();
    if b.len() != 2 || !b[1].is_ascii_digit() {
        return None;
    }
    let n = (b[1] - b'0') as i8;
    match (b[0], n) {
        (b'Q', 1..=4) => Some(n),
        (b'H', 1..=2) => Some(4 + n),
        _ => None,
    }
}
