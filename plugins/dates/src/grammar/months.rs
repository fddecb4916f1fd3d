//! Dates led by a month or a day of the month: "December 7", "Dec. 7th, 2021", "7 December 2021", "the 7th of December", "June 16 of this year", "December".

use super::*;

impl Grammar<'_> {
    /// Expressions led by a month name: "December 7", "Dec. 7th, 2021",
    /// "December 2021", "June 16 of this year", "January this year",
    /// "December".
    pub(super) fn month_first(&mut self, i: usize) -> Option<M> {
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
                let Some(a) = self.anchor else {
                    Date::new(2000, month, d as i8).ok()?;
                    return m(e, Point::DayX(month, d as i8));
                };
                let date = Date::new(a.year() + n, month, d as i8).ok()?;
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
    pub(super) fn bare_month_ok(&self, i: usize, month: i8) -> bool {
        let prev_prep = i > 0
            && self.lower_is(
                i - 1,
                words![
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
        if i > 0 && self.lower_is(i - 1, words!["the", "a", "an"]) {
            return false;
        }
        match month {
            // "May" the modal verb, "March" the verb or noun.
            5 | 3 => prev_prep && !self.lower_is(i - 1, words!["to", "and", "or"]),
            _ => prev_prep || !self.sentence_initial(i),
        }
    }

    /// "this year" (0), "last year" (-1), "next year" (1) at `i`.
    pub(super) fn this_last_next_year(&self, i: usize) -> Option<(i16, usize)> {
        let n = match self.lex_at(i).kw()? {
            Kw::This => 0,
            Kw::Last | Kw::Past => -1,
            Kw::Next => 1,
            _ => return None,
        };
        self.is_singular(i + 1, Kw::Year).then_some((n, i + 2))
    }

    /// "eighth", "twenty-first" at `i`: the value and the end.
    pub(super) fn spelled_ordinal(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex_at(i) {
            Lex::Ord(n) if self.is_wordish(i) => Some((n, i + 1)),
            Lex::Card(t @ (20 | 30)) if self.is_punct(i + 1, '-') => match self.lex_at(i + 2) {
                Lex::Ord(u) if u < 10 && self.is_wordish(i + 2) => Some((t + u, i + 3)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Day-first forms: "7 December 2021", "the 7th of December".
    pub(super) fn day_first(&mut self, i: usize) -> Option<M> {
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
}
