//! Years, decades and centuries, spelled-out years and numeric dates: "2021", "fiscal 1989", "the 1990s", "the '80s", "the 21st century", "nineteen ninety-six", "12/7/2021".

use super::*;

impl Grammar<'_> {
    /// A year at `i`: a four-digit number or a spelled year ("nineteen
    /// ninety-six", "two thousand"). `loose` admits any 1000–2099 number
    /// (after a month name, where it cannot be a quantity).
    pub(super) fn year_number(&self, i: usize, loose: bool) -> Option<(i16, usize)> {
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
    pub(super) fn spelled_year(&self, i: usize) -> Option<(i16, usize)> {
        let (y, e) = self.spelled_year_words(i)?;
        // "two thousand years", "nineteen eighty people": amounts.
        if matches!(self.lex_at(e), Lex::Kw { plural: true, .. })
            || self.is_kw(e, Kw::Hundred)
            || self.lower_is(
                e,
                words!["people", "men", "women", "dollars", "percent", "of"],
            )
        {
            return None;
        }
        Some((y, e))
    }

    pub(super) fn spelled_year_words(&self, i: usize) -> Option<(i16, usize)> {
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
                && !self.lower_is(k, words!["a", "an"])
            {
                rest = u;
                e = k + 1;
            }
            return Some(((2000 + rest) as i16, e));
        }
        None
    }

    /// "ninety-six", "eighty", "oh five" → 96, 80, 5.
    pub(super) fn spelled_two_digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.lower_is(i, words!["oh", "o"]) {
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
        if !self.is_wordish(i) || self.lower_is(i, words!["a", "an", "one"]) {
            return None;
        }
        if t >= 20 && t % 10 == 0 {
            if self.is_punct(i + 1, '-')
                && let Lex::Card(u) = self.lex_at(i + 2)
                && (1..=9).contains(&u)
                && !self.lower_is(i + 2, words!["a", "an"])
            {
                return Some((t + u, i + 3));
            }
            return Some((t, i + 1));
        }
        (10..20).contains(&t).then_some((t, i + 1))
    }

    /// Years, decades and centuries: "2021", "fiscal 1989", "the 1994
    /// period", "the 1990s", "the '80s", "the nineties", "the 21st
    /// century", "nineteen ninety-six", "the year nineteen eighty", numeric
    /// dates "12/7/2021" and "2021-12-07".
    pub(super) fn year_forms(&mut self, i: usize) -> Option<M> {
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        let mut j = i;
        let the = self.is_kw(j, Kw::The);
        if the {
            j += 1;
        }
        // "the year 2000", "the year nineteen eighty".
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
            // "the 21st century", "21st-century".
            Lex::Ord(n) if (1..=30).contains(&n) => {
                let k = if self.is_punct(j + 1, '-') && self.adjacent(j, j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                if self.is_singular(k, Kw::Century) {
                    return m(k + 1, Point::Century(n as i16 - 1));
                }
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
            // "the 1994 period", "the 1994 second quarter".
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
    pub(super) fn year_prep_before(&self, i: usize) -> bool {
        i > 0
            && self.lower_is(
                i - 1,
                words![
                    "in", "since", "by", "from", "until", "till", "of", "before", "after", "circa",
                    "c",
                ],
            )
    }

    /// A four-digit number is a year unless it is a quantity, a price, a
    /// model or part of a longer number.
    pub(super) fn plain_year_ok(&self, j: usize) -> bool {
        if j > 0 {
            let prev = self.word(j - 1);
            if matches!(
                prev,
                "$" | "#" | "€" | "£" | "¥" | "No" | "no" | "+" | "=" | "/" | ":" | "x"
            ) && self.adjacent(j - 1, j)
                || self.lower_is(
                    j - 1,
                    words![
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
            words![
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
    pub(super) fn numeric_date(&self, i: usize) -> Option<M> {
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
            // Month first (US), unless the first number cannot be a month:
            // "25/12/2021" is day first.
            if a > 12 && b <= 12 {
                (c, b, a)
            } else {
                (c, a, b)
            }
        } else {
            return None;
        };
        let date = Date::new(y as i16, mo as i8, d as i8).ok()?;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        m(i + 5, Point::Day(date))
    }
}
