//! The date grammar: one left-to-right pass over the classified tokens.
//! At each token every rule is tried and the longest match wins; a match
//! is resolved at once against the anchor (the publication date), using
//! the sentence's tense where the expression leaves a choice.

use gleaner_text::calendar::{
    Season, Tense, add_days, add_months, add_years, easter_sunday, lower_ascii,
    nth_weekday_of_month, quarter_of, weekday_on_or_after, weekday_on_or_before,
};
use gleaner_text::{Analysis, Token, TokenKind};
use jiff::civil::{Date, Weekday};

use crate::lexicon::{Holiday, Kw, Lex, Lexed};
use crate::timex::{DayPart, Kind, Modifier, Point, week_of, weekend_of};

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
    lex: &'a [Lex],
    cues: &'a [Option<Tense>],
    next_strong: &'a [u32],
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
            lex: &lexed.lex,
            cues: &lexed.cues,
            next_strong: &lexed.next_strong,
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
        let mut i = 0;
        while i < self.lex.len() {
            // Only try where a date word is at hand: most tokens are not.
            let next = self.next_strong[i] as usize;
            let near_strong = next <= i + 4;
            if !near_strong || matches!(self.lex[i], Lex::Other) && next != i {
                i += 1;
                continue;
            }
            match self.best_at(i) {
                Some(mut f) => {
                    i = f.end;
                    // "right now", "more recently": the adverb's modifier
                    // belongs to the expression.
                    let free = out.last().is_none_or(|p: &Found| p.end < f.first);
                    if free
                        && f.end == f.first + 1
                        && f.first > 0
                        && (self.lower_is(f.first, &["now"])
                            && self.lower_is(f.first - 1, &["right"])
                            || self.lower_is(f.first, &["recently"])
                                && self.lower_is(f.first - 1, &["more", "most"]))
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

    fn best_at(&mut self, i: usize) -> Option<Found> {
        let mut best: Option<(usize, M, Option<Modifier>)> = None;
        let prefixes = self.prefixes(i);
        for &(j, pre) in prefixes.as_slice() {
            let Some(core) = self.core_at(j) else {
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
        if first > 0 && self.lower_is(first - 1, &["each", "every"]) {
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
    fn core_at(&mut self, i: usize) -> Option<M> {
        let rules: [fn(&mut Self, usize) -> Option<M>; 12] = [
            Self::reference,
            Self::part_of_day,
            Self::weekday,
            Self::clock,
            Self::month_first,
            Self::day_first,
            Self::year_forms,
            Self::quarter,
            Self::relative,
            Self::ago,
            Self::holiday,
            Self::week_number,
        ];
        let mut best: Option<M> = None;
        for rule in rules {
            if let Some(found) = rule(self, i)
                && found.end > i
                && best.as_ref().is_none_or(|b| found.end > b.end)
            {
                best = Some(found);
            }
        }
        best
    }

    // ----- token helpers -------------------------------------------------

    fn lex_at(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
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
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        let mut buf = [0u8; 24];
        lower_ascii(self.word(i), &mut buf).is_some_and(|w| words.contains(&w))
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
        // The nearest cue of each tense; a future cue must be close to
        // count, since news narrates the past.
        let mut nearest = [usize::MAX; 3];
        for k in range {
            let Some(mut tense) = self.cues[k] else {
                continue;
            };
            if matches!(self.lex[k], Lex::Month { .. }) {
                continue;
            }
            let lower = self.word(k);
            // An infinitive has no tense of its own ("due to expire"), and
            // "next to" is a place.
            if k > 0 && self.lower_is(k - 1, &["to"]) && !self.lower_is(k, &["be"])
                || lower.eq_ignore_ascii_case("next") && self.lower_is(k + 1, &["to"])
            {
                continue;
            }
            // "is to" marks a plan; "had been scheduled", "was due" a
            // plan that lies in the past.
            if lower.eq_ignore_ascii_case("is") && self.lower_is(k + 1, &["to"]) {
                tense = Tense::Future;
            }
            // A participle after "be" is passive, its time that of "be":
            // "will be paid in January".
            if tense == Tense::Past && k > 0 && self.lower_is(k - 1, &["be", "been", "being"]) {
                if self.lower_is(k - 1, &["be"]) {
                    tense = Tense::Future;
                } else {
                    continue;
                }
            }
            if tense == Tense::Future
                && k > 0
                && (k.saturating_sub(2)..k)
                    .any(|p| self.lower_is(p, &["was", "were", "had", "been", "wasn't", "weren't"]))
            {
                tense = Tense::Past;
            }
            let slot = &mut nearest[tense as usize];
            *slot = (*slot).min(k.abs_diff(i));
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
        // verb may still govern a coming deadline: "extended to Nov. 16").
        let d = match (dir, this) {
            (Some(Dir::Past), Some(d)) if d <= add_months(a, 2) => d,
            (Some(Dir::Past), _) => Date::new(a.year() - 1, month, day).ok()?,
            (Some(Dir::Future), Some(d)) if d >= add_days(a, -14) => d,
            (Some(Dir::Future), _) => Date::new(a.year() + 1, month, day).ok()?,
            (None, Some(d)) if d > add_months(a, 6) => Date::new(a.year() - 1, month, day).ok()?,
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

    /// now, today, yesterday, recently, the future, currently...
    fn reference(&mut self, i: usize) -> Option<M> {
        let kw = self.lex_at(i).kw()?;
        let lit = |s| m(i + 1, Point::Literal(s));
        match kw {
            Kw::Now => {
                // "now" as in "just now" or "from now on" stays PRESENT_REF.
                lit("PRESENT_REF")
            }
            Kw::Nowadays | Kw::Currently => lit("PRESENT_REF"),
            // "these days" means nowadays.
            Kw::These
                if self.lex_at(i + 1)
                    == (Lex::Kw {
                        kw: Kw::Day,
                        plural: true,
                    }) =>
            {
                m(i + 2, Point::Literal("PRESENT_REF"))
            }
            Kw::Current => {
                // An adjective before a noun: "current realities".
                let next_ok = self.is_wordish(i + 1)
                    && !self.lower_is(
                        i + 1,
                        &[
                            "account", "accounts", "affairs", "events", "of", "and", "or", "flows",
                            "in", "on", "at", "to", "from", "is", "was", "through", "into", "that",
                            "which", "carries", "flowing", "pulled", "swept", "runs", "ran",
                        ],
                    );
                if next_ok && !self.is_kw(i + 1, Kw::Fiscal) && !self.is_kw(i + 1, Kw::Year) {
                    lit("PRESENT_REF")
                } else {
                    None
                }
            }
            Kw::Recently => lit("PAST_REF"),
            Kw::Recent => {
                if self.lex_at(i + 1).kw().and_then(unit_of).is_some()
                    && matches!(self.lex_at(i + 1), Lex::Kw { plural: true, .. })
                {
                    return m(i + 2, Point::Literal("PAST_REF"));
                }
                // The adjective: "the recent closing", "recent declines".
                let most = i > 0 && self.lower_is(i - 1, &["most", "more"]);
                if self.is_wordish(i + 1) && !most {
                    return lit("PAST_REF");
                }
                None
            }
            // "previously" and the adjective "future" are mostly not
            // annotated as dates in TimeML corpora ("previously announced").
            Kw::Previously | Kw::Future => None,
            Kw::The => {
                let mut j = i + 1;
                if self.is_kw(j, Kw::Near) || self.lower_is(j, &["distant", "foreseeable"]) {
                    j += 1;
                }
                if self.is_kw(j, Kw::Future) {
                    return m(j + 1, Point::Literal("FUTURE_REF"));
                }
                if j == i + 1 && self.is_kw(j, Kw::Past) {
                    // "the past year" is a relative date, handled elsewhere.
                    let next = self.lex_at(j + 1);
                    let unitish = next.kw().and_then(unit_of).is_some()
                        || matches!(next, Lex::Card(_) | Lex::Num { .. } | Lex::Month { .. })
                        || matches!(next.kw(), Some(Kw::Few | Kw::Several));
                    if !unitish {
                        return m(j + 1, Point::Literal("PAST_REF"));
                    }
                }
                if j == i + 1 && self.lower_is(j, &["present"]) && !self.is_wordish(j + 1) {
                    return m(j + 1, Point::Literal("PRESENT_REF"));
                }
                None
            }
            Kw::At if self.lower_is(i + 1, &["present"]) => m(i + 2, Point::Literal("PRESENT_REF")),
            Kw::Today => {
                // "USA Today", "the Today show": a title.
                if self.capitalized(i)
                    && !self.sentence_initial(i)
                    && (i > 0 && self.capitalized(i - 1) && self.is_wordish(i - 1)
                        || self.is_wordish(i + 1) && self.capitalized(i + 1))
                {
                    return None;
                }
                if self.today_is_generic(i) {
                    return lit("PRESENT_REF");
                }
                let point = self.anchor.map_or(Point::Literal("XXXX-XX-XX"), Point::Day);
                m(i + 1, point)
            }
            Kw::Yesterday => m(i + 1, self.shifted(Unit::Day, -1)),
            Kw::Tomorrow => m(i + 1, self.shifted(Unit::Day, 1)),
            Kw::Tonight => m(i + 1, Point::PartOfDay(self.anchor, DayPart::Night)),
            _ => None,
        }
    }

    /// "today" meaning "nowadays": "in today's realities", "today's world".
    fn today_is_generic(&self, i: usize) -> bool {
        let possessive = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let after_in = i > 0 && self.lower_is(i - 1, &["in", "of"]);
        if possessive {
            let noun = if self.is_wordish(i + 2) { i + 2 } else { i + 3 };
            return after_in
                || self.lower_is(
                    noun,
                    &[
                        "world",
                        "society",
                        "realities",
                        "reality",
                        "standards",
                        "youth",
                        "generation",
                        "economy",
                        "environment",
                        "terms",
                        "technology",
                        "children",
                        "kids",
                        "culture",
                        "politics",
                        "climate",
                        "conditions",
                        "circumstances",
                        "times",
                        "age",
                        "era",
                    ],
                );
        }
        // "the youth of today".
        after_in && self.lower_is(i - 1, &["of"]) && !self.is_wordish(i + 1)
    }

    /// "this morning", "last night", "Tuesday evening", "mid-afternoon".
    fn part_of_day(&mut self, i: usize) -> Option<M> {
        let (day, j) = match self.lex_at(i) {
            Lex::Kw { kw: Kw::This, .. } => (self.anchor, i + 1),
            Lex::Kw { kw: Kw::Last, .. } if self.is_kw(i + 1, Kw::Night) => {
                (self.anchor.map(|a| add_days(a, -1)), i + 1)
            }
            Lex::Kw {
                kw: Kw::Yesterday, ..
            } => (self.anchor.map(|a| add_days(a, -1)), i + 1),
            Lex::Kw {
                kw: Kw::Tomorrow, ..
            } => (self.anchor.map(|a| add_days(a, 1)), i + 1),
            Lex::Kw { kw: Kw::Today, .. } => (self.anchor, i + 1),
            Lex::Kw {
                kw: Kw::Afternoon | Kw::Morning | Kw::Evening,
                ..
            } if i > 0
                && (self.is_kw(i - 1, Kw::Mid)
                    || self.is_punct(i - 1, '-') && i > 1 && self.is_kw(i - 2, Kw::Mid)) =>
            {
                (self.anchor, i)
            }
            _ => return None,
        };
        let part = day_part(self.lex_at(j).kw()?)?;
        if self.is_punct(j + 1, '-') {
            return None;
        }
        // "mid-afternoon yesterday".
        if j == i {
            let day = match self.lex_at(j + 1).kw() {
                Some(Kw::Yesterday) => Some(self.anchor.map(|a| add_days(a, -1))),
                Some(Kw::Today) => Some(self.anchor),
                Some(Kw::Tomorrow) => Some(self.anchor.map(|a| add_days(a, 1))),
                _ => None,
            };
            if let Some(day) = day {
                return m(j + 2, Point::PartOfDay(day, part));
            }
        }
        m(j + 1, Point::PartOfDay(day, part))
    }

    /// Weekdays: "Tuesday", "last Friday", "this coming Sunday, March
    /// eighth", "Tuesday morning", "Saturday, April 25".
    fn weekday(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let mut strict = None;
        match self.lex_at(j).kw() {
            Some(Kw::Last | Kw::Past | Kw::Previous) => {
                strict = Some(Dir::Past);
                j += 1;
            }
            Some(Kw::Next | Kw::Coming) => {
                strict = Some(Dir::Future);
                j += 1;
            }
            Some(Kw::This) => {
                j += 1;
                if self.is_kw(j, Kw::Coming) {
                    strict = Some(Dir::Future);
                    j += 1;
                } else if self.is_kw(j, Kw::Past) {
                    strict = Some(Dir::Past);
                    j += 1;
                }
            }
            _ => {}
        }
        let Lex::Weekday(wd) = self.lex_at(j) else {
            return None;
        };
        if !self.capitalized(j) {
            return None;
        }
        // "the Sunday Times", "the Monday Note": part of a title.
        if j > 0
            && self.lower_is(j - 1, &["the", "a"])
            && self.is_wordish(j + 1)
            && self.capitalized(j + 1)
            && !matches!(self.lex_at(j + 1), Lex::Month { .. } | Lex::Weekday(_))
            && day_part(self.lex_at(j + 1).kw().unwrap_or(Kw::Other)).is_none()
        {
            return None;
        }
        let mut end = j + 1;
        let mut point = match strict {
            Some(dir) => self.weekday_point(wd, dir, true),
            None => {
                // "Friday's purchases" are reported, hence past.
                let possessive = self
                    .toks
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Possessive);
                let dir = match self.tense_near(j) {
                    Some(Tense::Future | Tense::Present) if !possessive => Dir::Future,
                    _ => Dir::Past,
                };
                self.weekday_point(wd, dir, false)
            }
        };
        // "Saturday, April 25" / "Sunday, March eighth": the date wins.
        let k = if self.is_punct(end, ',') {
            end + 1
        } else {
            end
        };
        // "Tuesday 7 December" too.
        let dated = self.month_first(k).or_else(|| {
            (!self.is_kw(k, Kw::The))
                .then(|| self.day_first(k))
                .flatten()
        });
        if let Some(found) = dated
            && matches!(found.point, Point::Day(_) | Point::DayX(..))
        {
            let mut found = found;
            let explicit_year =
                (k..found.end).any(|x| matches!(self.lex_at(x), Lex::Num { digits: 4, .. }));
            if let Point::Day(d) = found.point
                && d.weekday() != wd
                && !explicit_year
                && let Some(a) = self.anchor
            {
                // The year was guessed; the weekday can settle it.
                for y in [a.year(), a.year() + 1, a.year() - 1] {
                    if let Ok(d2) = Date::new(y, d.month(), d.day())
                        && d2.weekday() == wd
                    {
                        found.point = Point::Day(d2);
                        break;
                    }
                }
            }
            return m(found.end, found.point);
        }
        if let Some(part) = self.lex_at(end).kw().and_then(day_part) {
            point = Point::PartOfDay(point.day(), part);
            end += 1;
        } else if self.is_kw(end, Kw::At) || self.is_kw(end, Kw::Noon) {
            // "Friday at 3 p.m.", "Friday noon".
            let k = if self.is_kw(end, Kw::At) {
                end + 1
            } else {
                end
            };
            if let Some((e, h, mi)) = self.clock_time(k) {
                return m(e, Point::Clock(point.day(), h, mi));
            }
        }
        m(end, point)
    }

    /// A clock time at `i`: "10 p.m.", "7:15 p.m.", "noon", "midnight",
    /// "3pm", "15:30" (after "at"). Returns the end, hour and minute.
    fn clock_time(&self, i: usize) -> Option<(usize, u8, u8)> {
        match self.lex_at(i) {
            Lex::Kw { kw: Kw::Noon, .. } => Some((i + 1, 12, 0)),
            Lex::Kw {
                kw: Kw::Midnight, ..
            } => Some((i + 1, 24, 0)),
            Lex::Clock { h, pm } if (1..=12).contains(&h) => Some((i + 1, to_24(h, pm), 0)),
            Lex::Num {
                n: h,
                digits: 1..=2,
            } => {
                let (mut j, mut minute) = (i + 1, 0);
                if self.is_punct(j, ':')
                    && self.adjacent(i, j)
                    && let Lex::Num { n: mi, digits: 2 } = self.lex_at(j + 1)
                    && mi < 60
                {
                    minute = mi;
                    j += 2;
                }
                if let Some((e, pm)) = self.am_pm(j)
                    && (1..=12).contains(&h)
                {
                    return Some((e, to_24(h, pm), minute as u8));
                }
                if j > i + 1 && h <= 24 && i > 0 && self.is_kw(i - 1, Kw::At) {
                    return Some((j, h as u8, minute as u8));
                }
                if self.lower_is(j, &["o'clock"]) && (1..=12).contains(&h) {
                    return Some((j + 1, h as u8, 0));
                }
                // "4 in the morning", "8 in the evening".
                if (1..=12).contains(&h)
                    && self.is_kw(j, Kw::In)
                    && self.is_kw(j + 1, Kw::The)
                    && let Some(part) = self.lex_at(j + 2).kw().and_then(day_part)
                    && i > 0
                    && self.lower_is(
                        i - 1,
                        &["at", "by", "until", "around", "about", "before", "after"],
                    )
                {
                    let pm = !matches!(part, DayPart::Morning);
                    return Some((j + 3, to_24(h, pm), minute as u8));
                }
                None
            }
            _ => None,
        }
    }

    /// "p.m.", "pm", "a.m.", "AM" at `i` (the final period included when it
    /// is glued on).
    fn am_pm(&self, i: usize) -> Option<(usize, bool)> {
        if let Some(kw @ (Kw::Am | Kw::Pm)) = self.lex_at(i).kw() {
            let mut e = i + 1;
            if self.is_punct(e, '.') && self.adjacent(i, e) && !self.sentence_final_period(e) {
                e += 1;
            }
            return Some((e, kw == Kw::Pm));
        }
        let pm = match self.word(i) {
            "p" | "P" => true,
            "a" | "A" => false,
            _ => return None,
        };
        if self.is_punct(i + 1, '.')
            && self.adjacent(i, i + 1)
            && self.lower_is(i + 2, &["m"])
            && self.adjacent(i + 1, i + 2)
        {
            let mut e = i + 3;
            if self.is_punct(e, '.') && self.adjacent(i + 2, e) && !self.sentence_final_period(e) {
                e += 1;
            }
            return Some((e, pm));
        }
        None
    }

    /// True when the period at `i` also ends the sentence ("at 10 p.m. He
    /// left"): then it is punctuation and stays out of the span.
    fn sentence_final_period(&self, i: usize) -> bool {
        let next = i + 1;
        next >= self.toks.len() || (self.capitalized(next) && !self.is_time_word(next))
    }

    fn is_time_word(&self, i: usize) -> bool {
        matches!(self.lex_at(i), Lex::Weekday(_) | Lex::Month { .. })
            || matches!(self.lex_at(i).kw(), Some(Kw::Zone))
    }

    /// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9",
    /// "at 3 p.m. on Friday", "midnight".
    fn clock(&mut self, i: usize) -> Option<M> {
        let (mut end, h, mi) = self.clock_time(i)?;
        if self.is_kw(end, Kw::Zone) {
            end += 1;
        }
        // The day it is on, when one follows.
        let mut k = end;
        if self.is_punct(k, ',') {
            k += 1;
        }
        if self.is_kw(k, Kw::On) {
            k += 1;
        }
        let day = if let Lex::Weekday(_) = self.lex_at(k) {
            self.weekday(k)
                .filter(|f| matches!(f.point, Point::Day(_) | Point::WeekdayX(_)))
        } else if matches!(
            self.lex_at(k).kw(),
            Some(Kw::Today | Kw::Yesterday | Kw::Tomorrow)
        ) {
            self.reference(k)
        } else {
            self.month_first(k)
                .filter(|f| matches!(f.point, Point::Day(_)))
        };
        let (date, e) = match day {
            Some(f) => (f.point.day(), f.end),
            None => {
                let near = self.last_day.filter(|(_, at)| i.saturating_sub(*at) < 60);
                (near.map(|(d, _)| d).or(self.anchor), end)
            }
        };
        if matches!(self.lex_at(i).kw(), Some(Kw::Noon | Kw::Midnight)) && day.is_none() {
            // A lone "noon" is a time only after "at"/"by"/"until".
            if !(i > 0 && self.lower_is(i - 1, &["at", "by", "until", "till", "after", "before"]))
                && self.lex_at(i).kw() == Some(Kw::Noon)
            {
                return None;
            }
        }
        Some(M {
            end: e,
            point: Point::Clock(date, h, mi),
            modifier: None,
            approx_ok: true,
            names_quarter: false,
        })
    }

    /// Expressions led by a month name: "December 7", "Dec. 7th, 2021",
    /// "December 2021", "June 16 of this year", "January this year",
    /// "December".
    fn month_first(&mut self, i: usize) -> Option<M> {
        let Lex::Month { m: month, full } = self.lex_at(i) else {
            return None;
        };
        if !self.capitalized(i) {
            return None;
        }
        let mut j = i + 1;
        if !full && self.is_punct(j, '.') && self.adjacent(i, j) {
            j += 1;
        }
        // Day of month.
        let day = match self.lex_at(j) {
            Lex::Num { n, digits: 1..=2 } if (1..=31).contains(&n) => Some(n),
            Lex::Ord(n) if (1..=31).contains(&n) => Some(n),
            Lex::Kw { kw: Kw::The, .. } => match self.lex_at(j + 1) {
                Lex::Ord(n) if (1..=31).contains(&n) => {
                    j += 1;
                    Some(n)
                }
                _ => None,
            },
            _ => None,
        }
        .or_else(|| {
            self.spelled_ordinal(j).map(|(n, e)| {
                j = e - 1;
                n
            })
        });
        if let Some(d) = day {
            // "Aug. 7" but not "May 5 percent" or "June 16-18" ranges of numbers.
            let mut end = j + 1;
            // "May 5:30", "June 2.5": a clock time or a decimal, not a date.
            if (self.is_punct(end, ':') || self.is_punct(end, '.'))
                && self.adjacent(j, end)
                && matches!(self.lex_at(end + 1), Lex::Num { .. })
                && self.adjacent(end, end + 1)
            {
                return None;
            }
            // ", 2021" / "2021".
            let mut k = end;
            if self.is_punct(k, ',') {
                k += 1;
            }
            if let Some((y, e)) = self.year_number(k, true) {
                end = e;
                let date = Date::new(y, month, d as i8).ok()?;
                return m(end, Point::Day(date));
            }
            // "June 16 of this year".
            let mut k = end;
            if self.is_kw(k, Kw::Of) || self.is_punct(k, ',') {
                k += 1;
            }
            if let Some((n, e)) = self.this_last_next_year(k) {
                let y = self.anchor.map(|a| a.year() + n)?;
                let date = Date::new(y, month, d as i8).ok()?;
                return m(e, Point::Day(date));
            }
            let dir = self.dir3(i);
            let point = self.month_day_point(month, d as i8, dir)?;
            return Some(M {
                end,
                point,
                modifier: None,
                approx_ok: true,
                names_quarter: false,
            });
        }
        // "December 2021", "March 1996".
        let mut k = j;
        if self.is_punct(k, ',') || self.is_kw(k, Kw::Of) {
            k += 1;
        }
        if let Some((y, e)) = self.year_number(k, true) {
            return m(e, Point::Month(y, month));
        }
        // "January this year", "June last year", "May of next year".
        if let Some((n, e)) = self.this_last_next_year(k) {
            let Some(a) = self.anchor else {
                return m(e, Point::MonthX(month));
            };
            return m(e, Point::Month(a.year() + n, month));
        }
        // A bare month: only where it cannot be a verb, a name or a noun.
        if !full || !self.bare_month_ok(i, month) {
            return None;
        }
        let dir = self.dir3(i);
        m(j, self.month_point(month, dir))
    }

    /// Whether a bare month name at `i` is the month: "in December", not
    /// "May I", "the March on Washington", "April Ryan".
    fn bare_month_ok(&self, i: usize, month: i8) -> bool {
        let prev_prep = i > 0
            && self.lower_is(
                i - 1,
                &[
                    "in",
                    "since",
                    "by",
                    "until",
                    "till",
                    "through",
                    "during",
                    "from",
                    "before",
                    "after",
                    "of",
                    "to",
                    "and",
                    "or",
                    "for",
                    "early",
                    "late",
                    "mid",
                    "last",
                    "this",
                    "next",
                    "between",
                    "throughout",
                    "that",
                    "around",
                    "about",
                    "-",
                ],
            );
        let next_cap_name = self.capitalized(i + 1)
            && self.is_wordish(i + 1)
            && !matches!(self.lex_at(i + 1), Lex::Weekday(_) | Lex::Month { .. });
        if next_cap_name {
            return false;
        }
        if i > 0 && self.lower_is(i - 1, &["the", "a", "an"]) {
            return false;
        }
        match month {
            // "May" the modal verb, "March" the verb or noun.
            5 | 3 => prev_prep && !self.lower_is(i - 1, &["to", "and", "or"]),
            _ => prev_prep || !self.sentence_initial(i),
        }
    }

    /// "this year" (0), "last year" (-1), "next year" (1) at `i`.
    fn this_last_next_year(&self, i: usize) -> Option<(i16, usize)> {
        let n = match self.lex_at(i).kw()? {
            Kw::This => 0,
            Kw::Last | Kw::Past => -1,
            Kw::Next => 1,
            _ => return None,
        };
        self.is_singular(i + 1, Kw::Year).then_some((n, i + 2))
    }

    /// "eighth", "twenty-first" at `i`: the value and the end.
    fn spelled_ordinal(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex_at(i) {
            Lex::Ord(n) if self.is_wordish(i) => Some((n, i + 1)),
            Lex::Card(t @ (20 | 30)) if self.is_punct(i + 1, '-') => match self.lex_at(i + 2) {
                Lex::Ord(u) if u < 10 && self.is_wordish(i + 2) => Some((t + u, i + 3)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A year at `i`: a four-digit number or a spelled year ("nineteen
    /// ninety-six", "two thousand"). `loose` admits any 1000–2099 number
    /// (after a month name, where it cannot be a quantity).
    fn year_number(&self, i: usize, loose: bool) -> Option<(i16, usize)> {
        match self.lex_at(i) {
            Lex::Num { n, digits: 4 } if (1000..=2099).contains(&n) => {
                if !loose && !(1900..=2099).contains(&n) {
                    return None;
                }
                Some((n as i16, i + 1))
            }
            Lex::Card(_) => self.spelled_year(i),
            _ => None,
        }
    }

    /// "nineteen ninety-six", "nineteen eighty", "two thousand (and) one".
    fn spelled_year(&self, i: usize) -> Option<(i16, usize)> {
        let (y, e) = self.spelled_year_words(i)?;
        // "two thousand years", "nineteen eighty people": amounts.
        if matches!(self.lex_at(e), Lex::Kw { plural: true, .. })
            || self.is_kw(e, Kw::Hundred)
            || self.lower_is(e, &["people", "men", "women", "dollars", "percent", "of"])
        {
            return None;
        }
        Some((y, e))
    }

    fn spelled_year_words(&self, i: usize) -> Option<(i16, usize)> {
        let Lex::Card(first) = self.lex_at(i) else {
            return None;
        };
        if !self.is_wordish(i) {
            return None;
        }
        if (11..=20).contains(&first) {
            let (rest, e) = self.spelled_two_digits(i + 1)?;
            return Some(((first * 100 + rest) as i16, e));
        }
        if first == 2 && self.is_kw(i + 1, Kw::Thousand) {
            let mut e = i + 2;
            let mut k = e;
            if self.is_kw(k, Kw::And) {
                k += 1;
            }
            let mut rest = 0;
            if let Some((r, e2)) = self.spelled_two_digits(k) {
                rest = r;
                e = e2;
            } else if let Lex::Card(u) = self.lex_at(k)
                && (1..=9).contains(&u)
                && self.is_wordish(k)
                && !self.lower_is(k, &["a", "an"])
            {
                rest = u;
                e = k + 1;
            }
            return Some(((2000 + rest) as i16, e));
        }
        None
    }

    /// "ninety-six", "eighty", "oh five" → 96, 80, 5.
    fn spelled_two_digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.lower_is(i, &["oh", "o"]) {
            if let Lex::Card(u) = self.lex_at(i + 1)
                && (1..=9).contains(&u)
            {
                return Some((u, i + 2));
            }
            return None;
        }
        let Lex::Card(t) = self.lex_at(i) else {
            return None;
        };
        if !self.is_wordish(i) || self.lower_is(i, &["a", "an", "one"]) {
            return None;
        }
        if t >= 20 && t % 10 == 0 {
            if self.is_punct(i + 1, '-')
                && let Lex::Card(u) = self.lex_at(i + 2)
                && (1..=9).contains(&u)
                && !self.lower_is(i + 2, &["a", "an"])
            {
                return Some((t + u, i + 3));
            }
            return Some((t, i + 1));
        }
        (10..20).contains(&t).then_some((t, i + 1))
    }

    /// Day-first forms: "7 December 2021", "the 7th of December".
    fn day_first(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        let d = match self.lex_at(j) {
            Lex::Num { n, digits: 1..=2 } if !the && (1..=31).contains(&n) => n,
            Lex::Ord(n) if (1..=31).contains(&n) => n,
            _ => return None,
        };
        let mut k = j + 1;
        if self.is_kw(k, Kw::Of) {
            k += 1;
        } else if the {
            return None;
        }
        let Lex::Month { m: month, full } = self.lex_at(k) else {
            return None;
        };
        if !self.capitalized(k) {
            return None;
        }
        let mut end = k + 1;
        if !full && self.is_punct(end, '.') && self.adjacent(k, end) {
            end += 1;
        }
        let mut y = end;
        if self.is_punct(y, ',') {
            y += 1;
        }
        if let Some((year, e)) = self.year_number(y, true) {
            return m(e, Point::Day(Date::new(year, month, d as i8).ok()?));
        }
        // "7 May" needs the month to be read as a month: not "5 May be".
        if month == 5 && self.is_wordish(end) && !self.capitalized(end) {
            return None;
        }
        let dir = self.dir3(i);
        let point = self.month_day_point(month, d as i8, dir)?;
        m(end, point)
    }

    /// Years, decades and centuries: "2021", "fiscal 1989", "the 1988
    /// period", "the 1990s", "the '80s", "the nineties", "the 21st
    /// century", "nineteen ninety-six", "the year two thousand", numeric
    /// dates "12/7/2021" and "2021-12-07".
    fn year_forms(&mut self, i: usize) -> Option<M> {
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        let mut j = i;
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        // "the year 2000", "the year two thousand".
        if the
            && self.is_singular(j, Kw::Year)
            && let Some((y, e)) = self.year_number(j + 1, true)
        {
            return m(e, Point::Year(y));
        }
        let fiscal = self.is_kw(j, Kw::Fiscal);
        if fiscal {
            j += 1;
        }
        match self.lex_at(j) {
            Lex::Decade(n) if n >= 1000 => {
                if fiscal {
                    return None;
                }
                return Some(M {
                    end: j + 1,
                    point: Point::Decade((n / 10) as i16),
                    modifier: None,
                    approx_ok: true,
                    names_quarter: false,
                });
            }
            Lex::Punct('\'' | '\u{2019}') if self.adjacent(j, j + 1) => {
                if let Lex::Decade(n) = self.lex_at(j + 1)
                    && n < 100
                {
                    return m(j + 2, Point::Decade((190 + n / 10) as i16));
                }
                return None;
            }
            Lex::Ord(n) | Lex::Card(n) if self.is_singular(j + 1, Kw::Century) => {
                if !matches!(self.lex_at(j), Lex::Ord(_)) || n == 0 || n > 30 {
                    return None;
                }
                return m(j + 2, Point::Century(n as i16 - 1));
            }
            _ => {}
        }
        // "twenty-first century".
        if let Some((n, e)) = self.spelled_ordinal(j)
            && self.is_singular(e, Kw::Century)
        {
            return m(e + 1, Point::Century(n as i16 - 1));
        }
        // "the nineties".
        if let Lex::DecadeWord(dec) = self.lex_at(j) {
            if !the {
                return None;
            }
            return m(j + 1, Point::Decade(190 + dec));
        }
        let (y, mut end) = if let Some((y, e)) = self.spelled_year(j) {
            (y, e)
        } else {
            let (y, e) = self.year_number(j, fiscal || self.year_prep_before(i))?;
            if !self.plain_year_ok(j) {
                return None;
            }
            (y, e)
        };
        if the && !fiscal {
            // "the 1988 period", "the 1988 second quarter".
            if let Some(q) = self.quarter_name(end) {
                return m(q.1, Point::Quarter(y, q.0));
            }
            if self.is_kw(end, Kw::Period) || self.is_singular(end, Kw::Year) {
                end += 1;
            } else {
                return None;
            }
        }
        Some(M {
            end,
            point: Point::Year(y),
            modifier: None,
            approx_ok: true,
            names_quarter: false,
        })
    }

    /// True when a preposition before `i` makes a number a year: "in 1850".
    fn year_prep_before(&self, i: usize) -> bool {
        i > 0
            && self.lower_is(
                i - 1,
                &[
                    "in", "since", "by", "from", "until", "till", "of", "before", "after", "circa",
                    "c",
                ],
            )
    }

    /// A four-digit number is a year unless it is a quantity, a price, a
    /// model or part of a longer number.
    fn plain_year_ok(&self, j: usize) -> bool {
        if j > 0 {
            let prev = self.word(j - 1);
            if matches!(
                prev,
                "$" | "#" | "€" | "£" | "¥" | "No" | "no" | "+" | "=" | "/" | ":" | "x"
            ) && self.adjacent(j - 1, j)
                || self.lower_is(
                    j - 1,
                    &[
                        "version",
                        "v",
                        "windows",
                        "office",
                        "model",
                        "flight",
                        "route",
                        "highway",
                        "room",
                        "number",
                        "no",
                        "apollo",
                        "some",
                        "than",
                        "over",
                        "least",
                        "nearly",
                        "almost",
                        "about",
                        "approximately",
                        "roughly",
                        "page",
                        "pages",
                        "exactly",
                        "only",
                        "just",
                        "under",
                        "below",
                        "above",
                        "top",
                        "score",
                        "scored",
                    ],
                )
            {
                return false;
            }
            if (self.is_punct(j - 1, '.') || self.is_punct(j - 1, ',') || self.is_punct(j - 1, '-'))
                && self.adjacent(j - 1, j)
                && j > 1
                && matches!(self.lex_at(j - 2), Lex::Num { .. })
                && self.adjacent(j - 2, j - 1)
            {
                return false;
            }
        }
        let next = j + 1;
        if (self.is_punct(next, '%') || self.is_punct(next, '.') || self.is_punct(next, ','))
            && self.adjacent(j, next)
            && matches!(self.lex_at(next + 1), Lex::Num { .. })
            && self.adjacent(next, next + 1)
        {
            return false;
        }
        if self.is_punct(next, '%') {
            return false;
        }
        !self.lower_is(
            next,
            &[
                "people",
                "persons",
                "men",
                "women",
                "children",
                "troops",
                "soldiers",
                "workers",
                "employees",
                "students",
                "members",
                "jobs",
                "cars",
                "units",
                "homes",
                "houses",
                "votes",
                "shares",
                "barrels",
                "tons",
                "tonnes",
                "miles",
                "kilometers",
                "kilometres",
                "km",
                "meters",
                "metres",
                "feet",
                "foot",
                "yards",
                "dollars",
                "euros",
                "pounds",
                "yen",
                "years",
                "days",
                "hours",
                "minutes",
                "times",
                "points",
                "acres",
                "cases",
                "deaths",
                "percent",
                "per",
                "copies",
                "pages",
                "words",
                "calories",
                "degrees",
                "rpm",
                "mph",
                "kg",
                "lbs",
                "ft",
                "m",
                "cc",
                "hp",
                "residents",
                "delegates",
                "police",
                "officers",
                "refugees",
                "patients",
                "fans",
                "customers",
                "users",
                "companies",
                "firms",
                "stores",
                "planes",
                "ships",
                "vehicles",
                "tanks",
                "rockets",
                "missiles",
                "flights",
                "beds",
                "seats",
                "passengers",
                "guests",
                "visitors",
                "protesters",
                "demonstrators",
                "jobs",
                "of",
                "more",
                "other",
                "new",
                "million",
                "billion",
            ],
        )
    }

    /// "12/7/2021" (month first) and "2021-12-07".
    fn numeric_date(&self, i: usize) -> Option<M> {
        let Lex::Num { n: a, digits: da } = self.lex_at(i) else {
            return None;
        };
        let sep = match self.lex_at(i + 1) {
            Lex::Punct(c @ ('/' | '-')) => c,
            _ => return None,
        };
        let Lex::Num {
            n: b,
            digits: 1..=2,
        } = self.lex_at(i + 2)
        else {
            return None;
        };
        if !self.is_punct(i + 3, sep) {
            return None;
        }
        let Lex::Num { n: c, digits: dc } = self.lex_at(i + 4) else {
            return None;
        };
        if !(i..i + 4).all(|k| self.adjacent(k, k + 1)) {
            return None;
        }
        let (y, mo, d) = if da == 4 && dc <= 2 {
            (a, b, c)
        } else if da <= 2 && dc == 4 && sep == '/' {
            (c, a, b)
        } else {
            return None;
        };
        let date = Date::new(y as i16, mo as i8, d as i8).ok()?;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        m(i + 5, Point::Day(date))
    }

    /// "third quarter", "third-quarter", "Q3", "first half" at `i`:
    /// (quarter, end). Halves come back as 5 and 6.
    fn quarter_name(&self, i: usize) -> Option<(i8, usize)> {
        if let Some(q) = q_token(self.word(i)) {
            return Some((q, i + 1));
        }
        let n = match self.lex_at(i) {
            Lex::Ord(n) if (1..=4).contains(&n) => n,
            _ => return None,
        };
        let mut j = i + 1;
        if self.is_punct(j, '-') && self.adjacent(i, j) {
            j += 1;
        }
        if self.is_singular(j, Kw::Quarter) {
            return Some((n as i8, j + 1));
        }
        if self.is_kw(j, Kw::Half) && n <= 2 {
            return Some((4 + n as i8, j + 1));
        }
        None
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "Q3
    /// 2021", "the fiscal first quarter", "this year's third quarter",
    /// "the latest quarter", "the year-ago quarter", "the first half".
    fn quarter(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        // "this year's third quarter".
        let mut year_shift = None;
        if let Some((n, e)) = self.this_last_next_year(j)
            && self
                .toks
                .get(e)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            year_shift = Some(n);
            j = e + 1;
        }
        // "the latest quarter", "the year-ago quarter", "the quarter",
        // "last year's quarter".
        if (the && year_shift.is_none() || year_shift == Some(-1))
            && let Some(found) = self.contextual_quarter(i, j, -year_shift.unwrap_or(0))
        {
            return Some(found);
        }
        if self.is_kw(j, Kw::Fiscal) {
            j += 1;
            // "the fiscal-first quarter".
            if self.is_punct(j, '-') {
                j += 1;
            }
        }
        let (q, mut end) = self.quarter_name(j)?;
        // "the third-quarter loss": the article belongs to the noun.
        if the && year_shift.is_none() && self.is_punct(end - 2, '-') && q <= 4 {
            let mut k = end;
            if self.is_kw(k, Kw::Of) || self.is_punct(k, ',') {
                k += 1;
            }
            if self.year_number(k, true).is_none() && self.this_last_next_year(k).is_none() {
                return None;
            }
        }
        // "fourth-quarter" as an adjective needs no article; "first half"
        // of something else ("the first half of the game") does.
        let mut year = year_shift.and_then(|n| self.anchor.map(|a| a.year() + n));
        let mut k = end;
        if self.is_kw(k, Kw::Of) || self.is_punct(k, ',') {
            k += 1;
        }
        if let Some((y, e)) = self.year_number(k, true) {
            year = Some(y);
            end = e;
        } else if let Some((n, e)) = self.this_last_next_year(k) {
            year = self.anchor.map(|a| a.year() + n);
            end = e;
        } else if k > end
            && self.is_kw(k, Kw::The)
            && self.is_singular(k + 1, Kw::Year)
            && self.anchor.is_some()
            && !matches!(self.lex_at(k + 2), Lex::Num { .. } | Lex::Card(_))
        {
            // "the second half of the year".
            year = self.anchor.map(|a| a.year());
            end = k + 2;
        } else if q > 4 && (self.is_kw(end, Kw::Of) || the && !self.financial_context()) {
            return None;
        }
        let point = match year {
            Some(y) if q > 4 => Point::Half(y, q - 4),
            Some(y) => Point::Quarter(y, q),
            None => {
                let Some(a) = self.anchor else {
                    return if q > 4 {
                        None
                    } else {
                        m(end, Point::QuarterX(q))
                    };
                };
                let cur = if q > 4 {
                    (a.month() - 1) / 6 + 5
                } else {
                    quarter_of(a)
                };
                let y = match self.dir_near(i) {
                    // Results are reported after the quarter ends, so a
                    // year-less quarter is never next year's.
                    Dir::Future => a.year(),
                    Dir::Past if q > cur => a.year() - 1,
                    Dir::Past => a.year(),
                };
                if q > 4 {
                    Point::Half(y, q - 4)
                } else {
                    Point::Quarter(y, q)
                }
            }
        };
        Some(M {
            end,
            point,
            modifier: None,
            approx_ok: false,
            names_quarter: true,
        })
    }

    fn financial_context(&self) -> bool {
        self.quarter_context.is_some()
    }

    /// The day named in the last few sentences before token `i`.
    fn recent_day(&self, i: usize) -> Option<Date> {
        let (d, at) = self.last_day?;
        (i.saturating_sub(at) < 120).then_some(d)
    }

    /// The quarter named in the last few sentences before token `i`.
    fn recent_quarter(&self, i: usize) -> Option<(i16, i8)> {
        let (y, q, at) = self.quarter_context?;
        (i.saturating_sub(at) < 250).then_some((y, q))
    }

    /// "the quarter", "the latest quarter/period", "the year-ago quarter",
    /// "the year-earlier period", "the quarter a year ago".
    fn contextual_quarter(&self, i: usize, j: usize, year_back: i16) -> Option<M> {
        let a = self.anchor?;
        let current = self.recent_quarter(i).unwrap_or_else(|| {
            let d = add_months(a, -3);
            (d.year(), quarter_of(d))
        });
        let mut k = j;
        let mut back = year_back;
        if self.is_kw(k, Kw::Latest) || self.is_kw(k, Kw::Current) || self.is_kw(k, Kw::Same) {
            k += 1;
        }
        if self.is_singular(k, Kw::Year)
            && self.is_punct(k + 1, '-')
            && matches!(self.lex_at(k + 2).kw(), Some(Kw::Ago | Kw::Earlier))
        {
            back = 1;
            k += 3;
        }
        // "the year-ago third quarter": the named quarter, a year back.
        if back > 0
            && let Some((q, e)) = self.quarter_name(k)
            && q <= 4
        {
            return m(e, Point::Quarter(current.0 - back, q));
        }
        let period = self.is_kw(k, Kw::Period);
        if !(self.is_singular(k, Kw::Quarter) || period) {
            return None;
        }
        if k == j && period {
            // "the period" alone is too vague.
            return None;
        }
        if period && self.quarter_context.is_none() {
            // "the latest period" with no quarter named is too vague.
            if back == 0 {
                return None;
            }
            return m(k + 1, Point::Year(a.year() - back));
        }
        let mut end = k + 1;
        // "the quarter a year ago".
        if back == 0
            && matches!(self.lex_at(end), Lex::Card(1))
            && self.is_singular(end + 1, Kw::Year)
            && matches!(self.lex_at(end + 2).kw(), Some(Kw::Ago | Kw::Earlier))
        {
            back = 1;
            end += 3;
        }
        m(end, Point::Quarter(current.0 - back, current.1))
    }

    /// Relative dates: "this week", "last year", "next month", "the past
    /// decade", "this summer", "last May", "the weekend", "the year".
    fn relative(&mut self, i: usize) -> Option<M> {
        let mut j = i;
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        let shift: i64 = match self.lex_at(j).kw() {
            Some(Kw::This | Kw::Current) => 0,
            Some(Kw::Last | Kw::Past | Kw::Previous) => -1,
            Some(Kw::Next | Kw::Coming | Kw::Following) => 1,
            Some(Kw::That) if !the => {
                // "that year": the year last named.
                if self.is_singular(j + 1, Kw::Year) {
                    return self.last_year.and_then(|y| m(j + 2, Point::Year(y)));
                }
                // "that day", "that same day": the day last named.
                let k = if self.is_kw(j + 1, Kw::Same) {
                    j + 2
                } else {
                    j + 1
                };
                if self.is_singular(k, Kw::Day) {
                    return self.recent_day(i).and_then(|d| m(k + 1, Point::Day(d)));
                }
                return None;
            }
            _ => return self.bare_unit(i, j, the),
        };
        // "This Week" mid-sentence is a title (a TV show), not a date.
        if !the && self.capitalized(j) && !self.sentence_initial(j) {
            return None;
        }
        let relative_to_last =
            matches!(self.lex_at(j).kw(), Some(Kw::Following | Kw::Previous)) && the;
        let mut k = j + 1;
        // "this past spring".
        let shift = if shift == 0 && self.is_kw(k, Kw::Past) {
            k += 1;
            -1
        } else {
            shift
        };
        // "this coming Sunday" belongs to the weekday rule.
        if the && self.is_kw(k, Kw::Fiscal) {
            k += 1;
        }
        match self.lex_at(k) {
            Lex::Kw { kw, plural: false } if unit_of(kw).is_some() => {
                let unit = unit_of(kw)?;
                if unit == Unit::Day {
                    // "the following day", "the next day", "the previous
                    // day": from the day last named.
                    if !(relative_to_last || the && self.is_kw(j, Kw::Next)) {
                        return None;
                    }
                    let d = self.recent_day(i)?;
                    return m(k + 1, Point::Day(add_days(d, shift)));
                }
                if relative_to_last {
                    // "the following year": after the year last named.
                    if unit != Unit::Year {
                        return None;
                    }
                    let y = self.last_year? + shift as i16;
                    return m(k + 1, Point::Year(y));
                }
                if unit == Unit::Weekend && shift != 0 {
                    let Some(a) = self.anchor else {
                        return m(k + 1, Point::Literal("XXXX-WXX-WE"));
                    };
                    // Last weekend is the latest one that is over; next
                    // weekend the first one still to come.
                    let in_weekend = matches!(a.weekday(), Weekday::Saturday | Weekday::Sunday);
                    let sat = if shift < 0 {
                        let s = weekday_on_or_before(a, Weekday::Saturday);
                        if in_weekend { add_days(s, -7) } else { s }
                    } else {
                        weekday_on_or_after(add_days(a, 1), Weekday::Saturday)
                    };
                    return m(k + 1, weekend_of(sat));
                }
                // "the next year or so" is a span of time, but in news it
                // dates the event to that year.
                let point = if unit == Unit::Quarter && shift == 0 {
                    // "this quarter" in a results story is the one reported.
                    match (self.recent_quarter(i), self.anchor) {
                        (Some((y, q)), _) if !self.is_kw(j, Kw::Current) => Point::Quarter(y, q),
                        (_, Some(a)) => Point::Quarter(a.year(), quarter_of(a)),
                        (_, None) => Point::Literal("XXXX-QX"),
                    }
                } else {
                    self.shifted(unit, shift)
                };
                m(k + 1, point)
            }
            Lex::Kw {
                kw: Kw::Few | Kw::Several,
                ..
            }
            | Lex::Card(_)
            | Lex::Num { .. }
                if the || shift != 0 =>
            {
                // "the past few months", "the next three days": spans of
                // time, which TimeML annotates as durations (not ours).
                None
            }
            Lex::Kw { kw, plural: true } if unit_of(kw).is_some() && shift > 0 && !the => {
                // "coming months".
                m(k + 1, Point::Literal("FUTURE_REF"))
            }
            Lex::Kw { kw, plural: true }
                if unit_of(kw).is_some() && shift > 0 && self.is_kw(j, Kw::Coming) =>
            {
                m(k + 1, Point::Literal("FUTURE_REF"))
            }
            Lex::Season(s) if !the || shift != 0 => {
                let Some(a) = self.anchor else {
                    return m(k + 1, Point::SeasonX(s));
                };
                let cur = season_rank_of(a);
                let y = match shift {
                    0 => a.year(),
                    -1 if s.rank() < cur => a.year(),
                    -1 => a.year() - 1,
                    _ if s.rank() > cur => a.year(),
                    _ => a.year() + 1,
                };
                m(k + 1, Point::Season(y, s))
            }
            Lex::Month {
                m: month,
                full: true,
            } if !the && self.capitalized(k) => {
                let Some(a) = self.anchor else {
                    return m(k + 1, Point::MonthX(month));
                };
                let y = match shift {
                    0 => a.year(),
                    -1 if month < a.month() => a.year(),
                    -1 => a.year() - 1,
                    _ if month > a.month() => a.year(),
                    _ => a.year() + 1,
                };
                m(k + 1, Point::Month(y, month))
            }
            Lex::Kw {
                kw: Kw::Holiday(_), ..
            } if !the => {
                // "last Thanksgiving", "next Christmas".
                self.forced_dir = Some(if shift < 0 { Dir::Past } else { Dir::Future });
                let found = self.holiday(k);
                self.forced_dir = None;
                found
            }
            _ => None,
        }
    }

    /// "the year", "the full year", "the fiscal year", "the month", "the
    /// weekend", "year-end", "summer 2021", "the winter of 1994".
    fn bare_unit(&self, i: usize, j: usize, the: bool) -> Option<M> {
        // Seasons: "summer 2021", "the winter of nineteen ninety-four", "summer".
        if let Lex::Season(s) = self.lex_at(j) {
            let mut k = j + 1;
            if self.is_kw(k, Kw::Of) {
                k += 1;
            }
            if let Some((y, e)) = self.year_number(k, true) {
                return m(e, Point::Season(y, s));
            }
            if the
                || (i > 0
                    && self.lower_is(
                        i - 1,
                        &["in", "during", "over", "by", "until", "since", "through"],
                    ))
            {
                // "summer camp", "the fall of Rome".
                if self.is_wordish(j + 1) {
                    return None;
                }
                let Some(a) = self.anchor else {
                    return m(j + 1, Point::SeasonX(s));
                };
                let cur = season_rank_of(a);
                let y = match self.dir_near(i) {
                    Dir::Past if s.rank() > cur => a.year() - 1,
                    Dir::Future if s.rank() < cur => a.year() + 1,
                    _ => a.year(),
                };
                return m(j + 1, Point::Season(y, s));
            }
            return None;
        }
        // "year-end", "year end", "year's end".
        if self.is_singular(j, Kw::Year) {
            let mut k = j + 1;
            if self.is_punct(k, '-')
                || self
                    .toks
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
            {
                k += 1;
            }
            if self.is_kw(k, Kw::End) && self.word(k).eq_ignore_ascii_case("end") {
                let a = self.anchor?;
                return Some(M {
                    end: k + 1,
                    point: Point::Year(a.year()),
                    modifier: Some(Modifier::End),
                    approx_ok: true,
                    names_quarter: false,
                });
            }
        }
        if !the {
            return None;
        }
        let mut k = j;
        if self.is_kw(k, Kw::Full) || self.is_kw(k, Kw::Fiscal) {
            k += 1;
        }
        if self.is_kw(k, Kw::Current) && self.is_kw(k + 1, Kw::Fiscal) {
            k += 2;
        }
        match self.lex_at(k) {
            Lex::Kw {
                kw: Kw::Year,
                plural: false,
            } => {
                if matches!(self.lex_at(k + 1), Lex::Num { .. } | Lex::Card(_))
                    || self.is_kw(k + 1, Kw::Before)
                    || self.is_kw(k + 1, Kw::After)
                    || self.lower_is(k + 1, &["earlier", "later", "ago", "of", "in"])
                        && !self.lower_is(k + 1, &["in"])
                {
                    return None;
                }
                let a = self.anchor?;
                m(k + 1, Point::Year(a.year()))
            }
            Lex::Kw {
                kw: Kw::Month,
                plural: false,
            } if k == j && i > 0 && self.is_kw(i - 1, Kw::Of) => {
                let a = self.anchor?;
                m(k + 1, Point::Month(a.year(), a.month()))
            }
            Lex::Kw {
                kw: Kw::Weekend,
                plural: false,
            } if k == j => {
                let Some(a) = self.anchor else {
                    return m(k + 1, Point::Literal("XXXX-WXX-WE"));
                };
                let sat = match self.dir_near(i) {
                    Dir::Past => weekday_on_or_before(a, Weekday::Saturday),
                    Dir::Future => weekday_on_or_after(a, Weekday::Saturday),
                };
                let sat = if a.weekday() == Weekday::Sunday {
                    add_days(a, -1)
                } else {
                    sat
                };
                m(k + 1, weekend_of(sat))
            }
            _ => None,
        }
    }

    /// "two days ago", "a year earlier", "10 days ago", "a week or so ago",
    /// "several years ago", "year-earlier", "year-ago".
    fn ago(&mut self, i: usize) -> Option<M> {
        // "year-earlier", "year-ago" as adjectives.
        if self.is_singular(i, Kw::Year)
            && self.is_punct(i + 1, '-')
            && matches!(self.lex_at(i + 2).kw(), Some(Kw::Ago | Kw::Earlier))
            && self.adjacent(i, i + 1)
        {
            return m(i + 3, self.year_back(i));
        }
        let mut j = i;
        let vague = matches!(self.lex_at(j).kw(), Some(Kw::Several | Kw::Few))
            || self.lower_is(j, &["some"])
                && matches!(self.lex_at(j + 1), Lex::Kw { plural: true, .. });
        let n: i64 = if vague {
            j += 1;
            0
        } else if self.lower_is(j, &["a", "an"]) && self.is_kw(j + 1, Kw::Few) {
            j += 2;
            0
        } else if self.lower_is(j, &["a"])
            && self.lower_is(j + 1, &["couple"])
            && self.is_kw(j + 2, Kw::Of)
        {
            j += 3;
            2
        } else {
            match self.lex_at(j) {
                Lex::Num { n, digits: 1..=3 } => {
                    j += 1;
                    i64::from(n)
                }
                Lex::Card(t) => {
                    j += 1;
                    let mut n = t;
                    if t >= 20
                        && self.is_punct(j, '-')
                        && let Lex::Card(u) = self.lex_at(j + 1)
                        && u < 10
                    {
                        n += u;
                        j += 2;
                    }
                    i64::from(n)
                }
                _ => {
                    // "half a century ago".
                    return None;
                }
            }
        };
        let Lex::Kw { kw, .. } = self.lex_at(j) else {
            return None;
        };
        // "a fortnight ago" is two weeks ago.
        let (kw, n) = if kw == Kw::Fortnight {
            (Kw::Week, 2 * n)
        } else {
            (kw, n)
        };
        let unit = unit_of(kw)?;
        let mut k = j + 1;
        let mut modifier = None;
        if self.is_kw(k, Kw::Or) && self.is_kw(k + 1, Kw::So) {
            k += 2;
            modifier = Some(Modifier::Approx);
        }
        let back = match self.lex_at(k).kw() {
            Some(Kw::Ago) => true,
            Some(Kw::Earlier | Kw::Before) => {
                // Only "earlier" relative to the publication: "a year
                // earlier" in a results story.
                if !matches!(unit, Unit::Year | Unit::Quarter | Unit::Month | Unit::Week) {
                    return None;
                }
                if self.is_kw(k, Kw::Before) {
                    return None;
                }
                true
            }
            _ => {
                // "two years from now".
                if self.lower_is(k, &["from"]) && self.is_kw(k + 1, Kw::Now) {
                    k += 1;
                    false
                } else {
                    return None;
                }
            }
        };
        let end = k + 1;
        if n == 0 {
            let lit = if back { "PAST_REF" } else { "FUTURE_REF" };
            return m(end, Point::Literal(lit));
        }
        let point = if n == 1 && unit == Unit::Year && back {
            self.year_back(i)
        } else {
            self.shifted(unit, if back { -n } else { n })
        };
        Some(M {
            end,
            point,
            modifier,
            approx_ok: true,
            names_quarter: false,
        })
    }

    /// A year before the publication, at the granularity of the results
    /// being compared: the same quarter a year earlier when a quarter was
    /// named.
    fn year_back(&self, i: usize) -> Point {
        match (self.recent_quarter(i), self.anchor) {
            (Some((y, q)), Some(a)) if y >= a.year() - 1 => Point::Quarter(y - 1, q),
            _ => self.shifted(Unit::Year, -1),
        }
    }

    /// ISO week numbers: "week 49", "week 49 of 2021", "the 49th week of
    /// 2021".
    fn week_number(&mut self, i: usize) -> Option<M> {
        let (w, mut end) = match self.lex_at(i) {
            Lex::Kw {
                kw: Kw::Week,
                plural: false,
            } => match self.lex_at(i + 1) {
                Lex::Num { n, digits: 1..=2 } if (1..=53).contains(&n) => (n, i + 2),
                _ => return None,
            },
            Lex::Kw { kw: Kw::The, .. } => match self.lex_at(i + 1) {
                Lex::Ord(n) if (1..=53).contains(&n) && self.is_singular(i + 2, Kw::Week) => {
                    (n, i + 3)
                }
                _ => return None,
            },
            _ => return None,
        };
        let mut k = end;
        if self.is_kw(k, Kw::Of) || self.is_punct(k, ',') {
            k += 1;
        }
        let year = if let Some((y, e)) = self.year_number(k, true) {
            end = e;
            y
        } else if let Some((n, e)) = self.this_last_next_year(k) {
            end = e;
            self.anchor?.year() + n
        } else if matches!(self.lex_at(i), Lex::Kw { kw: Kw::The, .. }) {
            return None;
        } else {
            // "week 49" alone: of the publication year.
            self.anchor?.year()
        };
        let weeks = jiff::civil::ISOWeekDate::new(year, 1, Weekday::Monday)
            .map(|d| d.weeks_in_year())
            .unwrap_or(52);
        if w as i8 > weeks {
            return None;
        }
        m(end, Point::Week(year, w as i8))
    }

    /// Named days: "Christmas", "New Year's Day", "Independence Day",
    /// "Thanksgiving", "Easter".
    fn holiday(&mut self, i: usize) -> Option<M> {
        let Some(Kw::Holiday(h)) = self.lex_at(i).kw() else {
            return None;
        };
        if !self.capitalized(i) {
            return None;
        }
        let mut end = i + 1;
        let day_word = |g: &Self, k: usize| g.is_singular(k, Kw::Day) && g.capitalized(k);
        let (fixed, moveable): (Option<(i8, i8)>, Option<MoveableFeast>) = match h {
            Holiday::Christmas => {
                if self.is_kw(end, Kw::Eve) && self.capitalized(end) {
                    end += 1;
                    (Some((12, 24)), None)
                } else {
                    if day_word(self, end) {
                        end += 1;
                    } else if !self.holiday_context(i, end) {
                        return None;
                    }
                    (Some((12, 25)), None)
                }
            }
            Holiday::NewYear => {
                // "New Year's Day", "New Year's Eve", "New Year".
                if !self.is_singular(end, Kw::Year) || !self.capitalized(end) {
                    return None;
                }
                end += 1;
                if self
                    .toks
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                {
                    end += 1;
                }
                if self.is_kw(end, Kw::Eve) {
                    end += 1;
                    (Some((12, 31)), None)
                } else {
                    if day_word(self, end) {
                        end += 1;
                    } else if !self.holiday_context(i, end) {
                        return None;
                    }
                    (Some((1, 1)), None)
                }
            }
            Holiday::Independence
            | Holiday::Labor
            | Holiday::Memorial
            | Holiday::Veterans
            | Holiday::Boxing => {
                if !day_word(self, end) {
                    return None;
                }
                end += 1;
                match h {
                    Holiday::Independence => (Some((7, 4)), None),
                    Holiday::Veterans => (Some((11, 11)), None),
                    Holiday::Boxing => (Some((12, 26)), None),
                    Holiday::Labor => (
                        None,
                        Some(|y| nth_weekday_of_month(y, 9, 1, Weekday::Monday)),
                    ),
                    _ => (
                        None,
                        Some(|y| nth_weekday_of_month(y, 5, -1, Weekday::Monday)),
                    ),
                }
            }
            Holiday::Halloween => (Some((10, 31)), None),
            Holiday::Valentine => {
                if self
                    .toks
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                {
                    end += 1;
                }
                if !day_word(self, end) {
                    return None;
                }
                end += 1;
                (Some((2, 14)), None)
            }
            Holiday::Thanksgiving => {
                if day_word(self, end) {
                    end += 1;
                } else if !self.holiday_context(i, end) {
                    return None;
                }
                (
                    None,
                    Some(|y| nth_weekday_of_month(y, 11, 4, Weekday::Thursday)),
                )
            }
            Holiday::Easter => {
                if self.lower_is(end, &["sunday", "day"]) {
                    end += 1;
                    (None, Some(easter_sunday))
                } else if self.lower_is(end, &["monday"]) {
                    end += 1;
                    (None, Some(|y| easter_sunday(y).map(|d| add_days(d, 1))))
                } else {
                    if !self.holiday_context(i, end) {
                        return None;
                    }
                    (None, Some(easter_sunday))
                }
            }
            Holiday::Election => {
                // US Election Day: the Tuesday after the first Monday of November.
                if !day_word(self, end) {
                    return None;
                }
                end += 1;
                (
                    None,
                    Some(|y| {
                        nth_weekday_of_month(y, 11, 1, Weekday::Monday).map(|d| add_days(d, 1))
                    }),
                )
            }
            Holiday::Good => {
                if !self.lower_is(end, &["friday"]) || !self.capitalized(end) {
                    return None;
                }
                end += 1;
                (None, Some(|y| easter_sunday(y).map(|d| add_days(d, -2))))
            }
        };
        // An explicit year: "Christmas 2021", "Easter of 1998".
        let mut k = end;
        if self.is_kw(k, Kw::Of) || self.is_punct(k, ',') {
            k += 1;
        }
        let explicit = self.year_number(k, true);
        let dir = self.forced_dir.unwrap_or_else(|| self.dir_near(i));
        let point = match (fixed, moveable) {
            (Some((mo, d)), _) => match explicit {
                Some((y, e)) => {
                    end = e;
                    Point::Day(Date::new(y, mo, d).ok()?)
                }
                None => self.month_day_point(mo, d, Some(dir))?,
            },
            (None, Some(f)) => match (explicit, self.anchor) {
                (Some((y, e)), _) => {
                    end = e;
                    Point::Day(f(y)?)
                }
                (None, Some(a)) => {
                    let this = f(a.year())?;
                    let d = match dir {
                        Dir::Past if this > a => f(a.year() - 1)?,
                        Dir::Future if this < a => f(a.year() + 1)?,
                        _ => this,
                    };
                    Point::Day(d)
                }
                (None, None) => Point::Literal("XXXX-XX-XX"),
            },
            (None, None) => return None,
        };
        m(end, point)
    }

    /// A bare holiday name is a date after a preposition or a
    /// "this/last/next", and not before a noun it modifies ("Christmas
    /// tree").
    fn holiday_context(&self, i: usize, end: usize) -> bool {
        if self.forced_dir.is_some() {
            return true;
        }
        let prep = i > 0
            && self.lower_is(
                i - 1,
                &[
                    "on", "at", "by", "before", "after", "until", "till", "since", "over", "for",
                    "during", "this", "last", "next", "around", "from", "of",
                ],
            );
        // "Christmas tree", "Easter egg", "Easter Island": the name
        // modifies a noun or is part of another name.
        let modifies = self.is_wordish(end)
            && (self.capitalized(end)
                || !self.lower_is(
                    end,
                    &[
                        "and", "or", "when", "this", "last", "next", "in", "on", "at", "with",
                        "for", "as", "is", "was", "will", "to", "the", "a", "after", "before",
                        "because",
                    ],
                ));
        let after_to = i > 0 && self.lower_is(i - 1, &["to", "at", "til", "'til", "and"]);
        let after_the = i > 0 && self.lower_is(i - 1, &["the", "a", "an"]);
        (prep || after_to || !after_the) && !modifies
    }
}

/// The date of a moveable feast in a given year.
type MoveableFeast = fn(i16) -> Option<Date>;

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
