//! Case tables: one row per written form, all through `check`.

use super::*;

/// text → [(surface, value, mod)]
fn check(text: &str, expected: &[(&str, &str, Option<&str>)]) {
    let a = Analysis::new(text);
    let found = find_durations(&a);
    let got: Vec<(&str, &str, Option<&str>)> = found
        .iter()
        .map(|d| {
            (
                d.text.as_str(),
                d.value.as_str(),
                d.modifier.map(Modifier::as_str),
            )
        })
        .collect();
    assert_eq!(got, expected, "{text:?}");
    for d in &found {
        assert_eq!(&text[d.start..d.end], d.text);
    }
}

#[test]
fn amounts() {
    check(
        "The talks lasted two hours.",
        &[("two hours", "PT2H", None)],
    );
    check("a wait of 30 seconds", &[("30 seconds", "PT30S", None)]);
    check("for 3 days", &[("3 days", "P3D", None)]);
    check("for two weeks", &[("two weeks", "P2W", None)]);
    check("for six months", &[("six months", "P6M", None)]);
    check("in ten years", &[("ten years", "P10Y", None)]);
    check("for two decades", &[("two decades", "P2DE", None)]);
    check("for a century", &[("a century", "P1CE", None)]);
    check("for 3h", &[("3h", "PT3H", None)]);
    check("for 3.5years", &[("3.5years", "P3Y6M", None)]);
    check("for 3 hrs", &[("3 hrs", "PT3H", None)]);
    check("for twenty min", &[("twenty min", "PT20M", None)]);
    check("for 9,000 years", &[("9,000 years", "P9000Y", None)]);
    check("for a fortnight", &[("a fortnight", "P2W", None)]);
    check("two nights", &[("two nights", "P2D", None)]);
    check("another week", &[("another week", "P1W", None)]);
    check("a couple of days", &[("a couple of days", "P2D", None)]);
    check("an additional year", &[("an additional year", "P1Y", None)]);
}

#[test]
fn fractions() {
    check("half an hour", &[("half an hour", "PT30M", None)]);
    check(
        "an hour and a half",
        &[("an hour and a half", "PT1H30M", None)],
    );
    check(
        "two and a half hours",
        &[("two and a half hours", "PT2H30M", None)],
    );
    check(
        "three quarters of an hour",
        &[("three quarters of an hour", "PT45M", None)],
    );
    check("a half hour", &[("a half hour", "PT30M", None)]);
    check("½ hour", &[("½ hour", "PT30M", None)]);
    check("2 1/2 years", &[("2 1/2 years", "P2Y6M", None)]);
    check(
        "a minute and a half",
        &[("a minute and a half", "PT1M30S", None)],
    );
    check("half year", &[("half year", "P6M", None)]);
}

#[test]
fn compounds() {
    check(
        "1 year 1 month 21 days",
        &[("1 year 1 month 21 days", "P1Y1M21D", None)],
    );
    check(
        "1 hour and 30 minutes",
        &[("1 hour and 30 minutes", "PT1H30M", None)],
    );
    check(
        "one week three days",
        &[("one week three days", "P1W3D", None)],
    );
}

#[test]
fn hyphenated() {
    check("a 48-hour ceasefire", &[("48-hour", "PT48H", None)]);
    check("a three-day visit", &[("three-day", "P3D", None)]);
    check("the 30-year bond", &[("30-year", "P30Y", None)]);
    check("an hours-long standoff", &[("hours-long", "PTXH", None)]);
    check("a day-long meeting", &[("day-long", "P1D", None)]);
    check("a decades-long feud", &[("decades-long", "PXDE", None)]);
    check("a 3-min call", &[("3-min", "PT3M", None)]);
}

#[test]
fn ranges_and_modifiers() {
    check(
        "almost exactly two hours",
        &[("almost exactly two hours", "PT2H", Some("APPROX"))],
    );
    check(
        "exactly two hours",
        &[("exactly two hours", "PT2H", Some("EXACT"))],
    );
    check(
        "more than an hour",
        &[("more than an hour", "PT1H", Some("MORE_THAN"))],
    );
    check(
        "less than a couple of days",
        &[("less than a couple of days", "P2D", Some("LESS_THAN"))],
    );
    check(
        "for up to 180 days",
        &[("up to 180 days", "P180D", Some("EQUAL_OR_LESS"))],
    );
    check(
        "at least 20 more years",
        &[("at least 20 more years", "P20Y", Some("EQUAL_OR_MORE"))],
    );
    check(
        "nearly forty years",
        &[("nearly forty years", "P40Y", Some("APPROX"))],
    );
    check("a month or so", &[("a month or so", "P1M", Some("APPROX"))]);
    check("2 to 3 hours", &[("2 to 3 hours", "PT2H", None)]);
    check(
        "between 3 and 5 days",
        &[("between 3 and 5 days", "P3D", None)],
    );
    check("12-18 months", &[("12-18 months", "P12M", None)]);
}

#[test]
fn periods() {
    check(
        "in the past three months",
        &[("the past three months", "P3M", None)],
    );
    check(
        "in the last twenty four hours",
        &[("the last twenty four hours", "PT24H", None)],
    );
    check(
        "for the first nine months",
        &[("the first nine months", "P9M", None)],
    );
    check(
        "over the next few days",
        &[("the next few days", "PXD", None)],
    );
    check(
        "over the next couple of years",
        &[("the next couple of years", "P2Y", None)],
    );
    check("over the past decade", &[("the past decade", "P1DE", None)]);
    check("over past 20 years", &[("past 20 years", "P20Y", None)]);
    check(
        "in the first hours of the war",
        &[("the first hours", "PTXH", None)],
    );
    check(
        "for at least the past 18 months",
        &[("at least the past 18 months", "P18M", Some("EQUAL_OR_MORE"))],
    );
}

#[test]
fn vague() {
    check("for several weeks", &[("several weeks", "PXW", None)]);
    check("a few days", &[("a few days", "PXD", None)]);
    check("for few hours", &[("few hours", "PTXH", None)]);
    check("He waited for years.", &[("years", "PXY", None)]);
    check("within weeks", &[("weeks", "PXW", None)]);
    check("in recent years", &[("recent years", "PXY", None)]);
    check("in coming weeks", &[("coming weeks", "PXW", None)]);
    check("in the weeks ahead", &[("the weeks ahead", "PXW", None)]);
    check(
        "within weeks or months",
        &[("weeks or months", "PXW", None)],
    );
    check("ruled for centuries", &[("centuries", "PXCE", None)]);
    check("They waited hours for a bus.", &[("hours", "PTXH", None)]);
    check(
        "after several quarters of losses",
        &[("several quarters", "PXQ", None)],
    );
    check("all day", &[("all day", "P1D", None)]);
    check("all-week", &[("all-week", "P1W", None)]);
    check("full day", &[("full day", "P1D", None)]);
}

#[test]
fn traps() {
    for text in [
        "two years ago",
        "three days later",
        "a week earlier",
        "two years from now",
        "a 45-year-old man",
        "He is 52 years old.",
        "five years of age",
        "ten past 9",
        "half past seven",
        "at 2 pm",
        "a quarter to five",
        "last week",
        "every two weeks",
        "twice a day",
        "the first week of July",
        "the last week of July",
        "the 1990s",
        "for a second time",
        "second-quarter profit",
        "the day before",
        "Have a great week!",
        "days after the attack",
        "Next year",
        "in the year 2008",
        "after a second-place finish",
        "a $15-an-hour minimum wage",
        "About three-quarters support the plan",
        "Suite 29D, New York",
        "a charge in the 1988 second quarter",
        "a C$1.15 billion second quarter surplus",
        "posted a third-quarter loss",
        "This will add nearly 700 seats a week",
        "a dividend of $1.76 a year",
        "He hopes he will one day return.",
        "compared with a year-earlier loss",
        "babies between one week and three months old",
        "HONG KONG 1996-08-30 Quarter-final results",
    ] {
        check(text, &[]);
    }
}

#[test]
fn events_apart_and_reporting_periods() {
    check("for five long years", &[("five long years", "P5Y", None)]);
    check("It was a long day.", &[]);
    check(
        "twenty years after the first flight",
        &[("twenty years", "P20Y", None)],
    );
    check(
        "at least 30 days before closing",
        &[("at least 30 days", "P30D", Some("EQUAL_OR_MORE"))],
    );
    check("for the year ended March 31", &[("the year", "P1Y", None)]);
    check(
        "in the fiscal year ending June 30",
        &[("the fiscal year", "P1Y", None)],
    );
    check(
        "over the next three quarters",
        &[("the next three quarters", "P3Q", None)],
    );
    check(
        "a one second time difference",
        &[("one second", "PT1S", None)],
    );
    check("a two-week-long trip", &[("two-week-long", "P2W", None)]);
}
