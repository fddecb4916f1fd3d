//! Calendar knowledge shared by the dates and durations extractors: month,
//! weekday and season names, ordinal words, tense cues, and the day
//! arithmetic that anchors "Tuesday" or "last month" to a publication date.
//!
//! The key design decision: names are looked up on a lower-cased copy kept
//! in a small stack buffer ([`lower_ascii`]), so classifying a token never
//! allocates, and every lookup is a plain `match` the compiler turns into a
//! jump table. Arithmetic is done with `jiff` and saturates instead of
//! failing, because a date extractor must never panic on odd input.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// Lower-cases an ASCII word of at most 24 bytes into `buf`; `None` for
/// longer or non-ASCII words (no calendar name is either).
pub fn lower_ascii<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (b, s) in buf.iter_mut().zip(bytes) {
        *b = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// The month (1–12) a lower-case name or abbreviation stands for:
/// "december", "dec", "sept". A trailing period is the caller's business.
pub fn month_number(lower: &str) -> Option<i8> {
    Some(match lower {
        "january" | "jan" => 1,
        "february" | "feb" | "febr" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for a month spelled out in full ("March", not "Mar").
pub fn is_full_month_name(lower: &str) -> bool {
    lower.len() > 4 || matches!(lower, "may" | "june" | "july")
}

/// The English name of month `m` (1–12).
pub fn month_name(m: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(m.clamp(1, 12) - 1) as usize]
}

/// The weekday a lower-case name stands for: "tuesday", "tue", "tues".
pub fn weekday_named(lower: &str) -> Option<Weekday> {
    Some(match lower {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// True for a weekday spelled out in full ("Tuesday", not "Tue").
pub fn is_full_weekday_name(lower: &str) -> bool {
    lower.ends_with("day")
}

/// A season, with its TIMEX3 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn named(lower: &str) -> Option<Season> {
        Some(match lower {
            "spring" => Season::Spring,
            "summer" => Season::Summer,
            "fall" | "autumn" => Season::Fall,
            "winter" => Season::Winter,
            _ => return None,
        })
    }

    /// The TIMEX3 code: SP, SU, FA, WI.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The (northern) season holding month `m`; December counts as the
    /// winter of its own year.
    pub fn of_month(m: i8) -> Season {
        match m {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Fall,
            _ => Season::Winter,
        }
    }

    /// Order within the year, for comparing with today's season.
    pub fn rank(self) -> u8 {
        match self {
            Season::Winter => 0,
            Season::Spring => 1,
            Season::Summer => 2,
            Season::Fall => 3,
        }
    }
}

/// The value of a cardinal number word up to ninety-nine, including the
/// indefinite "a"/"an" (one): "two" → 2, "twenty" → 20. Compounds such as
/// "twenty-four" arrive as three tokens and are joined by the caller.
pub fn cardinal_word(lower: &str) -> Option<u32> {
    Some(match lower {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The value of an ordinal word: "first" → 1, "third" → 3, "thirtieth" → 30.
/// Compounds ("twenty-first") are joined by the caller.
pub fn ordinal_word(lower: &str) -> Option<u32> {
    Some(match lower {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// The value of a numeric ordinal token: "7th" → 7, "21st" → 21. The suffix
/// must agree with the number ("7st" is not an ordinal).
pub fn numeric_ordinal(token: &str) -> Option<u32> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n: u32 = token[..digits].parse().ok()?;
    let suffix = token[digits..].to_ascii_lowercase();
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (suffix == want).then_some(n)
}

/// The tense a word signals about the event it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// The tense cue of one lower-case word, if it is one: auxiliaries and
/// common irregular past forms, future markers ("will", "expected",
/// "scheduled"), and regular past participles ending in "-ed".
pub fn tense_cue(lower: &str) -> Option<Tense> {
    match lower {
        "will" | "'ll" | "shall" | "wo" | "won't" | "should" | "could" | "might" | "would"
        | "expected" | "expects" | "expect" | "scheduled" | "slated" | "due" | "plans"
        | "planning" | "be" | "effective" | "ahead" | "upcoming" | "next" | "coming"
        | "tomorrow" | "until" | "expire" | "expires" | "payable" | "set" | "begins" | "opens"
        | "closes" | "starts" | "ends" | "hopes" | "intends" | "aims" | "await" | "awaits"
        | "going" => Some(Tense::Future),
        "was" | "were" | "had" | "did" | "said" | "told" | "met" | "made" | "took" | "came"
        | "went" | "gave" | "got" | "left" | "began" | "held" | "saw" | "found" | "won"
        | "lost" | "fell" | "rose" | "hit" | "spoke" | "wrote" | "sent" | "paid" | "sold"
        | "bought" | "led" | "brought" | "thought" | "felt" | "kept" | "ran" | "put" | "ago"
        | "last" | "yesterday" | "earlier" | "became" | "struck" | "broke" | "chose" | "knew"
        | "drew" | "grew" | "shot" | "fought" | "caught" | "taught" | "meant" | "stood" | "sat"
        | "spent" | "built" | "heard" | "wasn't" | "weren't" | "didn't" | "hadn't" | "dropped"
        | "slipped" | "closed" => Some(Tense::Past),
        "is" | "are" | "am" | "says" | "say" | "isn't" | "aren't" => Some(Tense::Present),
        _ if lower.len() > 4 && lower.ends_with("ed") => Some(Tense::Past),
        _ => None,
    }
}

/// `d` plus `n` days, saturating at jiff's range.
pub fn add_days(d: Date, n: i64) -> Date {
    d.saturating_add(n.days())
}

/// `d` plus `n` months (the day clamped to the month's length).
pub fn add_months(d: Date, n: i64) -> Date {
    d.saturating_add(n.months())
}

/// `d` plus `n` years.
pub fn add_years(d: Date, n: i64) -> Date {
    d.saturating_add(n.years())
}

/// The latest `weekday` on or before `d` ("Tuesday" in a past-tense story).
pub fn weekday_on_or_before(d: Date, weekday: Weekday) -> Date {
    let back = d.weekday().since(weekday);
    add_days(d, -i64::from(back))
}

/// The earliest `weekday` on or after `d` ("Tuesday" in a future-tense story).
pub fn weekday_on_or_after(d: Date, weekday: Weekday) -> Date {
    let ahead = d.weekday().until(weekday);
    add_days(d, i64::from(ahead))
}

/// The quarter (1–4) holding `d`.
pub fn quarter_of(d: Date) -> i8 {
    (d.month() - 1) / 3 + 1
}

/// The ISO 8601 week year and week number of `d`.
pub fn iso_week(d: Date) -> (i16, i8) {
    let w = d.iso_week_date();
    (w.year(), w.week())
}

/// The `n`th (1-based) `weekday` of a month, or the last one for `n = -1`
/// (Thanksgiving is the fourth Thursday of November, Memorial Day the last
/// Monday of May).
pub fn nth_weekday_of_month(year: i16, month: i8, n: i8, weekday: Weekday) -> Option<Date> {
    Date::new(year, month, 1)
        .ok()?
        .nth_weekday_of_month(n, weekday)
        .ok()
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// Gregorian algorithm, also known as the Meeus/Jones/Butcher method).
pub fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn names() {
        let mut buf = [0; 24];
        assert_eq!(
            month_number(lower_ascii("Sept", &mut buf).unwrap()),
            Some(9)
        );
        assert_eq!(weekday_named("tuesday"), Some(Weekday::Tuesday));
        assert_eq!(Season::named("autumn"), Some(Season::Fall));
        assert_eq!(ordinal_word("third"), Some(3));
        assert_eq!(numeric_ordinal("21st"), Some(21));
        assert_eq!(numeric_ordinal("7st"), None);
        assert_eq!(numeric_ordinal("12th"), Some(12));
        assert_eq!(tense_cue("negotiated"), Some(Tense::Past));
        assert_eq!(tense_cue("will"), Some(Tense::Future));
        assert!(lower_ascii("Ünïcode", &mut buf).is_none());
    }

    #[test]
    fn weekday_arithmetic() {
        let wed = date(2021, 12, 8);
        assert_eq!(
            weekday_on_or_before(wed, Weekday::Tuesday),
            date(2021, 12, 7)
        );
        assert_eq!(weekday_on_or_before(wed, Weekday::Wednesday), wed);
        assert_eq!(
            weekday_on_or_after(wed, Weekday::Tuesday),
            date(2021, 12, 14)
        );
        assert_eq!(quarter_of(wed), 4);
        assert_eq!(iso_week(wed), (2021, 49));
        assert_eq!(add_months(date(2021, 1, 31), 1), date(2021, 2, 28));
    }

    #[test]
    fn moveable_feasts() {
        assert_eq!(easter_sunday(2021), Some(date(2021, 4, 4)));
        assert_eq!(easter_sunday(2024), Some(date(2024, 3, 31)));
        assert_eq!(
            nth_weekday_of_month(2021, 11, 4, Weekday::Thursday),
            Some(date(2021, 11, 25))
        );
        assert_eq!(
            nth_weekday_of_month(2021, 5, -1, Weekday::Monday),
            Some(date(2021, 5, 31))
        );
    }
}
