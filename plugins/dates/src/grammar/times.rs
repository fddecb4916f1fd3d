//! Times of day: clock times ("9 p.m. Wednesday", "noon", "5 in the morning") and parts of the day ("this morning", "last night").

use super::*;

impl Grammar<'_> {
    /// "this morning", "last night", "Tuesday evening", "mid-afternoon".
    pub(super) fn part_of_day(&mut self, i: usize) -> Option<M> {
        // "CBS This Morning" mid-sentence is a title.
        if matches!(self.lex_at(i).kw(), Some(Kw::This | Kw::Last))
            && self.capitalized(i)
            && !self.sentence_initial(i)
        {
            return None;
        }
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

    /// A clock time at `i`: "10 p.m.", "7:15 p.m.", "noon", "midnight",
    /// "3pm", "15:30" (after "at"). Returns the end, hour and minute.
    pub(super) fn clock_time(&self, i: usize) -> Option<(usize, u8, u8)> {
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
                if self.lower_is(j, words!["o'clock"]) && (1..=12).contains(&h) {
                    return Some((j + 1, h as u8, 0));
                }
                // "5 in the morning", "8 in the evening".
                if (1..=12).contains(&h)
                    && self.is_kw(j, Kw::In)
                    && self.is_kw(j + 1, Kw::The)
                    && let Some(part) = self.lex_at(j + 2).kw().and_then(day_part)
                    && i > 0
                    && self.lower_is(
                        i - 1,
                        words!["at", "by", "until", "around", "about", "before", "after"],
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
    pub(super) fn am_pm(&self, i: usize) -> Option<(usize, bool)> {
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
            && self.lower_is(i + 2, words!["m"])
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
    pub(super) fn sentence_final_period(&self, i: usize) -> bool {
        let next = i + 1;
        next >= self.toks.len() || (self.capitalized(next) && !self.is_time_word(next))
    }

    pub(super) fn is_time_word(&self, i: usize) -> bool {
        matches!(self.lex_at(i), Lex::Weekday(_) | Lex::Month { .. })
            || matches!(self.lex_at(i).kw(), Some(Kw::Zone))
    }

    /// "9 p.m. Wednesday", "noon Thursday", "6 p.m. EST Oct. 4",
    /// "at 3 p.m. on Friday", "midnight".
    pub(super) fn clock(&mut self, i: usize) -> Option<M> {
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
                // A day named just before in the same sentence ("on Friday
                // ... at 10 p.m."); otherwise publication day.
                let near = self.last_day.filter(|(_, at)| {
                    i.saturating_sub(*at) < 25
                        && self.analysis.sentence_at(self.toks[*at].span.start)
                            == self.analysis.sentence_at(self.toks[i].span.start)
                });
                (near.map(|(d, _)| d).or(self.anchor), end)
            }
        };
        if matches!(self.lex_at(i).kw(), Some(Kw::Noon | Kw::Midnight)) && day.is_none() {
            // A lone "noon" is a time only after "at"/"by"/"until".
            if !(i > 0
                && self.lower_is(
                    i - 1,
                    words!["at", "by", "until", "till", "after", "before"],
                ))
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
}
