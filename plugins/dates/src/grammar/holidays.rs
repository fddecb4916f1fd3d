//! Named days: fixed (Christmas, New Year's Day, Independence Day) and moveable (Easter, Thanksgiving, Labor Day, Election Day).

use super::*;

impl Grammar<'_> {
    /// Named days: "Christmas", "New Year's Day", "Independence Day",
    /// "Thanksgiving", "Easter".
    pub(super) fn holiday(&mut self, i: usize) -> Option<M> {
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
                if self.lower_is(end, words!["sunday", "day"]) {
                    end += 1;
                    (None, Some(easter_sunday))
                } else if self.lower_is(end, words!["monday"]) {
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
                if !self.lower_is(end, words!["friday"]) || !self.capitalized(end) {
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
    pub(super) fn holiday_context(&self, i: usize, end: usize) -> bool {
        if self.forced_dir.is_some() {
            return true;
        }
        let prep = i > 0
            && self.lower_is(
                i - 1,
                words![
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
                    words![
                        "and", "or", "when", "this", "last", "next", "in", "on", "at", "with",
                        "for", "as", "is", "was", "will", "to", "the", "a", "after", "before",
                        "because",
                    ],
                ));
        let after_to = i > 0 && self.lower_is(i - 1, words!["to", "at", "til", "'til", "and"]);
        let after_the = i > 0 && self.lower_is(i - 1, words!["the", "a", "an"]);
        (prep || after_to || !after_the) && !modifies
    }
}

/// The date of a moveable feast in a given year.
type MoveableFeast = fn(i16) -> Option<Date>;
