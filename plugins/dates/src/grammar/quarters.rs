//! Quarters and halves: "the third quarter", "third-quarter", "Q3 2021", "the latest quarter", "the year-ago quarter", "the first half of 2021".

use super::*;

impl Grammar<'_> {
    /// "third quarter", "third-quarter", "Q3", "first half" at `i`:
    /// (quarter, end). Halves come back as 5 and 6.
    pub(super) fn quarter_name(&self, i: usize) -> Option<(i8, usize)> {
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
    pub(super) fn quarter(&mut self, i: usize) -> Option<M> {
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
            // "the second half of the year": this year's, or last year's
            // when it has not come yet (resolved below like a bare one).
            end = k + 2;
        } else if q > 4 && (self.is_kw(end, Kw::Of) || !self.financial_context()) {
            // "the first half of the game", "a first-half goal": a half
            // with no year is a date only in a results story.
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

    pub(super) fn financial_context(&self) -> bool {
        self.quarter_context.is_some()
    }

    /// The quarter named in the last few sentences before token `i`.
    pub(super) fn recent_quarter(&self, i: usize) -> Option<(i16, i8)> {
        let (y, q, at) = self.quarter_context?;
        (i.saturating_sub(at) < 250).then_some((y, q))
    }

    /// "the quarter", "the latest quarter/period", "the year-ago quarter",
    /// "the year-earlier period", "the quarter a year ago".
    pub(super) fn contextual_quarter(&self, i: usize, j: usize, year_back: i16) -> Option<M> {
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
        // "the year-ago second quarter": the named quarter, a year back.
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
}
