//! Dates relative to publication: "last week", "next year", "this summer", "last May", "the weekend", "two days ago", "a year earlier", "week 49".

use super::*;

impl Grammar<'_> {
    /// Relative dates: "this week", "last year", "next month", "the past
    /// decade", "this summer", "last May", "the weekend", "the year".
    pub(super) fn relative(&mut self, i: usize) -> Option<M> {
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
    /// weekend", "year-end", "summer 2021", "the winter of 1987".
    pub(super) fn bare_unit(&self, i: usize, j: usize, the: bool) -> Option<M> {
        // Seasons: "summer 2021", "the spring of nineteen eighty-two", "summer".
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
                        words![
                            "in", "during", "over", "by", "until", "since", "through", "early",
                            "late", "mid", "-",
                        ],
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
                    || self.lower_is(k + 1, words!["earlier", "later", "ago", "of"])
                    || self.capitalized(k)
                {
                    return None;
                }
                // "person of the year" is an award; "the end of the year",
                // "nine months of the year" are dates.
                if k == j
                    && i > 1
                    && self.is_kw(i - 1, Kw::Of)
                    && !self.is_kw(i - 2, Kw::End)
                    && !matches!(
                        self.lex_at(i - 2).kw(),
                        Some(Kw::Month | Kw::Week | Kw::Day | Kw::Quarter | Kw::Half)
                    )
                    && !self.lower_is(
                        i - 2,
                        words![
                            "end",
                            "start",
                            "beginning",
                            "middle",
                            "rest",
                            "part",
                            "first",
                            "last",
                            "remainder",
                            "course",
                            "balance",
                            "most",
                            "much",
                        ],
                    )
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
    pub(super) fn ago(&mut self, i: usize) -> Option<M> {
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
            || self.lower_is(j, words!["some"])
                && matches!(self.lex_at(j + 1), Lex::Kw { plural: true, .. });
        let n: i64 = if vague {
            j += 1;
            0
        } else if self.lower_is(j, words!["a", "an"]) && self.is_kw(j + 1, Kw::Few) {
            j += 2;
            0
        } else if self.lower_is(j, words!["a"])
            && self.lower_is(j + 1, words!["couple"])
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
                if self.lower_is(k, words!["from"]) && self.is_kw(k + 1, Kw::Now) {
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
    pub(super) fn year_back(&self, i: usize) -> Point {
        match (self.recent_quarter(i), self.anchor) {
            (Some((y, q)), Some(a)) if y >= a.year() - 1 => Point::Quarter(y - 1, q),
            _ => self.shifted(Unit::Year, -1),
        }
    }

    /// ISO week numbers: "week 49", "week 49 of 2021", "the 49th week of
    /// 2021".
    pub(super) fn week_number(&mut self, i: usize) -> Option<M> {
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
}
