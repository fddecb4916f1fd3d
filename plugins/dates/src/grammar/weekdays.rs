//! Weekdays: "Tuesday", "last Friday", "this coming Saturday, April ninth", "Tuesday morning", "Friday at 3 p.m.".

use super::*;

impl Grammar<'_> {
    /// Weekdays: "Tuesday", "last Friday", "this coming Saturday, April
    /// ninth", "Tuesday morning", "Saturday, April 25".
    pub(super) fn weekday(&mut self, i: usize) -> Option<M> {
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
            && self.lower_is(j - 1, words!["the", "a"])
            && self.is_wordish(j + 1)
            && self.capitalized(j + 1)
            && !matches!(self.lex_at(j + 1), Lex::Month { .. } | Lex::Weekday(_))
            && day_part(self.lex_at(j + 1).kw().unwrap_or(Kw::Other)).is_none()
        {
            return None;
        }
        let mut end = j + 1;
        // "Saturday, April 25" / "Saturday, April ninth": the date wins.
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
        // (The tense only now: a dated weekday needs none.)
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
}
