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

    /// The TIMEX3 value, written by hand (no `format!` machinery: this
    /// runs for every match).
    pub(crate) fn value(self) -> String {
        let mut s = String::with_capacity(20);
        match self {
            Point::Day(d) => push_day(&mut s, d),
            Point::DayX(m, d) => {
                s.push_str("XXXX-");
                pad(&mut s, m, 2);
                s.push('-');
                pad(&mut s, d, 2);
            }
            Point::WeekdayX(w) => {
                s.push_str("XXXX-WXX-");
                pad(&mut s, w.to_monday_one_offset(), 1);
            }
            Point::Month(y, m) => {
                push_year(&mut s, y);
                s.push('-');
                pad(&mut s, m, 2);
            }
            Point::MonthX(m) => {
                s.push_str("XXXX-");
                pad(&mut s, m, 2);
            }
            Point::Year(y) => push_year(&mut s, y),
            Point::Decade(d) => pad(&mut s, d, 3),
            Point::Century(c) => pad(&mut s, c, 2),
            Point::Quarter(y, q) => {
                push_year(&mut s, y);
                s.push_str("-Q");
                pad(&mut s, q, 1);
            }
            Point::QuarterX(q) => {
                s.push_str("XXXX-Q");
                pad(&mut s, q, 1);
            }
            Point::Half(y, h) => {
                push_year(&mut s, y);
                s.push_str("-H");
                pad(&mut s, h, 1);
            }
            Point::Season(y, season) => {
                push_year(&mut s, y);
                s.push('-');
                s.push_str(season.code());
            }
            Point::SeasonX(season) => {
                s.push_str("XXXX-");
                s.push_str(season.code());
            }
            Point::Week(y, w) => {
                push_year(&mut s, y);
                s.push_str("-W");
                pad(&mut s, w, 2);
            }
            Point::Weekend(y, w) => {
                push_year(&mut s, y);
                s.push_str("-W");
                pad(&mut s, w, 2);
                s.push_str("-WE");
            }
            Point::PartOfDay(d, p) => {
                push_opt_day(&mut s, d);
                s.push('T');
                s.push_str(p.code());
            }
            Point::Clock(d, h, m) => {
                push_opt_day(&mut s, d);
                s.push('T');
                pad(&mut s, h, 2);
                s.push(':');
                pad(&mut s, m, 2);
            }
            Point::Literal(l) => s.push_str(l),
        }
        s
    }
}

/// Appends `n` as `format!("{n:0w$}")` would write it.
fn pad(s: &mut String, n: impl Into<i64>, w: usize) {
    let n: i64 = n.into();
    let mut w = w;
    if n < 0 {
        s.push('-');
        w = w.saturating_sub(1);
    }
    let mut u = n.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    for _ in buf.len() - i..w {
        s.push('0');
    }
    for &b in &buf[i..] {
        s.push(char::from(b));
    }
}

fn push_year(s: &mut String, y: i16) {
    if y < 0 {
        s.push_str("BC");
        pad(s, -i32::from(y), 4);
    } else {
        pad(s, y, 4);
    }
}

fn push_day(s: &mut String, d: Date) {
    push_year(s, d.year());
    s.push('-');
    pad(s, d.month(), 2);
    s.push('-');
    pad(s, d.day(), 2);
}

fn push_opt_day(s: &mut String, d: Option<Date>) {
    match d {
        Some(d) => push_day(s, d),
        None => s.push_str("XXXX-XX-XX"),
    }
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
    fn pad_writes_like_format() {
        for n in [
            -12345i64,
            -100,
            -7,
            -1,
            0,
            1,
            7,
            42,
            199,
            2021,
            12345,
            i64::MAX,
            i64::MIN + 1,
        ] {
            for w in 0..6 {
                let mut s = String::new();
                pad(&mut s, n, w);
                assert_eq!(s, format!("{n:0w$}"), "{n} {w}");
            }
        }
        let mut s = String::new();
        push_year(&mut s, -44);
        assert_eq!(s, "BC0044");
    }

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
