//! References to the present, past and future, and the days next to publication: "now", "today", "recently", "the future", "yesterday".

use super::*;

impl Grammar<'_> {
    /// now, today, yesterday, recently, the future, currently...
    pub(super) fn reference(&mut self, i: usize) -> Option<M> {
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
                // An adjective before a noun: "current trends".
                let next_ok = self.is_wordish(i + 1)
                    && !self.lower_is(
                        i + 1,
                        words![
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
                // The adjective: "the recent merger", "recent gains".
                let most = i > 0 && self.lower_is(i - 1, words!["most", "more"]);
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
                if self.is_kw(j, Kw::Near) || self.lower_is(j, words!["distant", "foreseeable"]) {
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
                if j == i + 1 && self.lower_is(j, words!["present"]) && !self.is_wordish(j + 1) {
                    return m(j + 1, Point::Literal("PRESENT_REF"));
                }
                None
            }
            Kw::At if self.lower_is(i + 1, words!["present"]) => {
                m(i + 2, Point::Literal("PRESENT_REF"))
            }
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
    pub(super) fn today_is_generic(&self, i: usize) -> bool {
        let possessive = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let after_in = i > 0 && self.lower_is(i - 1, words!["in", "of"]);
        if possessive {
            let noun = if self.is_wordish(i + 2) { i + 2 } else { i + 3 };
            return after_in
                || self.lower_is(
                    noun,
                    words![
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
        after_in && self.lower_is(i - 1, words!["of"]) && !self.is_wordish(i + 1)
    }
}
