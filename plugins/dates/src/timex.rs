//! TIMEX3 values: what a matched expression denotes, and how it is written.

use gleaner_text::calendar::{Season, iso_week};
use jiff::civil::{Date, Weekday};
use serde::Serialize;

/// DATE or TIME, the TIMEX3 `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Kind {
    Date,
    Time,
}

/// The TIMEX3 `mod` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    Approx,
    Start,
    Mid,
    End,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
}

/// A part of the day, as TIMEX3 writes it after the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// What an expression denotes once resolved as far as the anchor allows.
/// The `...X` variants are the underspecified forms used when no
/// publication date is known (or the expression gives no year).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Point {
    Day(Date),
    /// Month and day with no year: XXXX-12-07.
    DayX(i8, i8),
    /// A weekday with no anchor: XXXX-WXX-2.
    WeekdayX(Weekday),
    Month(i16, i8),
    MonthX(i8),
    Year(i16),
    /// The first three digits of the decade's years: 199 for the 1990s.
    Decade(i16),
    /// The first two digits of the century's years: 20 for the 21st century.
    Century(i16),
    Quarter(i16, i8),
    QuarterX(i8),
    Half(i16, i8),
    Season(i16, Season),
    SeasonX(Season),
    Week(i16, i8),
    Weekend(i16, i8),
    PartOfDay(Option<Date>, DayPart),
    Clock(Option<Date>, u8, u8),
    /// PRESENT_REF, PAST_REF, FUTURE_REF, or a fully unknown value.
    Literal(&'static str),
}

impl Point {
    pub(crate) fn kind(self) -> Kind {
        match self {
            Point::PartOfDay(..) | Point::Clock(..) => Kind::Time,
            _ => Kind::Date,
        }
    }

    /// The date this point is on, when it is one day (used as the anchor of
    /// a bare clock time later in the text).
    pub(crate) fn day(self) -> Option<Date> {
        match self {
            Point::Day(d) => Some(d),
            Point::PartOfDay(d, _) | Point::Clock(d, ..) => d,
            _ => None,
        }
    }

    /// The year this point lies in, if it names one.
    pub(crate) fn year(self) -> Option<i16> {
        match self {
            Point::Day(d) => Some(d.year()),
            Point::Month(y, _)
            | Point::Year(y)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Season(y, _)
            | Point::Week(y, _)
            | Point::Weekend(y, _) => Some(y),
            _ => None,
        }
    }

    pub(crate) fn value(self) -> String {
        match self {
            Point::Day(d) => day(d),
            Point::DayX(m, d) => format!("XXXX-{m:02}-{d:02}"),
            Point::WeekdayX(w) => format!("XXXX-WXX-{}", w.to_monday_one_offset()),
            Point::Month(y, m) => format!("{}-{m:02}", year(y)),
            Point::MonthX(m) => format!("XXXX-{m:02}"),
            Point::Year(y) => year(y),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
            Point::Quarter(y, q) => format!("{}-Q{q}", year(y)),
            Point::QuarterX(q) => format!("XXXX-Q{q}"),
            Point::Half(y, h) => format!("{}-H{h}", year(y)),
            Point::Season(y, s) => format!("{}-{}", year(y), s.code()),
            Point::SeasonX(s) => format!("XXXX-{}", s.code()),
            Point::Week(y, w) => format!("{}-W{w:02}", year(y)),
            Point::Weekend(y, w) => format!("{}-W{w:02}-WE", year(y)),
            Point::PartOfDay(d, p) => format!("{}T{}", opt_day(d), p.code()),
            Point::Clock(d, h, m) => format!("{}T{h:02}:{m:02}", opt_day(d)),
            Point::Literal(s) => s.to_string(),
        }
    }
}

fn year(y: i16) -> String {
    if y < 0 {
        format!("BC{:04}", -i32::from(y))
    } else {
        format!("{y:04}")
    }
}

fn day(d: Date) -> String {
    format!("{}-{:02}-{:02}", year(d.year()), d.month(), d.day())
}

fn opt_day(d: Option<Date>) -> String {
    d.map_or_else(|| "XXXX-XX-XX".to_string(), day)
}

/// The week point holding `d`.
pub(crate) fn week_of(d: Date) -> Point {
    let (y, w) = iso_week(d);
    Point::Week(y, w)
}

/// The weekend point of the week holding `d`.
pub(crate) fn weekend_of(d: Date) -> Point {
    let (y, w) = iso_week(d);
    Point::Weekend(y, w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_are_timex3() {
        assert_eq!(Point::Day(date(2021, 12, 7)).value(), "2021-12-07");
        assert_eq!(Point::DayX(12, 7).value(), "XXXX-12-07");
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Century(20).value(), "20");
        assert_eq!(Point::Quarter(2021, 3).value(), "2021-Q3");
        assert_eq!(Point::Season(2021, Season::Summer).value(), "2021-SU");
        assert_eq!(week_of(date(2021, 12, 8)).value(), "2021-W49");
        assert_eq!(weekend_of(date(1990, 8, 12)).value(), "1990-W32-WE");
        let t = Point::PartOfDay(Some(date(2021, 12, 7)), DayPart::Morning);
        assert_eq!(
            (t.value().as_str(), t.kind()),
            ("2021-12-07TMO", Kind::Time)
        );
        assert_eq!(Point::Clock(None, 15, 0).value(), "XXXX-XX-XXT15:00");
        assert_eq!(Point::WeekdayX(Weekday::Tuesday).value(), "XXXX-WXX-2");
    }
}
