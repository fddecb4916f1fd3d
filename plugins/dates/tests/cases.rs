//! Case tables: text → the date mentions expected, checked by one
//! `check()`. Each row names the surface text, its value, and the type and
//! modifier where they are not plain DATE.

use gleaner_core::{Analysis, Document};
use gleaner_dates::{DateMention, DatesExtractor};
use jiff::civil::{Date, date};

/// Published date of the case texts: Wednesday 2021-12-08, like the fixtures.
const PUBLISHED: Date = date(2021, 12, 8);

fn extract(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let doc = Document::new("case", text).published(published);
    let analysis = Analysis::new(&doc.text);
    DatesExtractor::mentions(&doc, &analysis)
}

/// Renders mentions as "text = value [TIME] [MOD]" lines.
fn render(found: &[DateMention]) -> Vec<String> {
    found
        .iter()
        .map(|m| {
            let mut s = format!("{} = {}", m.text, m.value);
            if m.kind == gleaner_dates::Kind::Time {
                s.push_str(" TIME");
            }
            if let Some(md) = m.modifier {
                let md = serde_json::to_value(md).unwrap();
                s.push(' ');
                s.push_str(md.as_str().unwrap());
            }
            s
        })
        .collect()
}

/// Runs every case and reports all failures at once.
fn check(published: Option<Date>, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let found = extract(text, published);
        for m in &found {
            assert_eq!(
                &text[m.start..m.end],
                m.text,
                "span/text mismatch in {text:?}"
            );
        }
        let got = render(&found);
        if got != *expected {
            failures.push(format!(
                "{text:?}\n   expected {expected:?}\n        got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn absolute_dates() {
    check(
        Some(PUBLISHED),
        &[
            (
                "They met on December 7 in Geneva.",
                &["December 7 = 2021-12-07"],
            ),
            (
                "The deal was signed 7 December 2021.",
                &["7 December 2021 = 2021-12-07"],
            ),
            ("Talks were held on Dec. 7.", &["Dec. 7 = 2021-12-07"]),
            ("Talks were held Dec 7th.", &["Dec 7th = 2021-12-07"]),
            (
                "It happened on the 7th of December.",
                &["the 7th of December = 2021-12-07"],
            ),
            ("The form is dated 12/7/2021.", &["12/7/2021 = 2021-12-07"]),
            (
                "The form is dated 25/12/2021.",
                &["25/12/2021 = 2021-12-25"],
            ),
            (
                "The log shows 2021-12-07 as the start.",
                &["2021-12-07 = 2021-12-07"],
            ),
            ("Sales fell in December 2020.", &["December 2020 = 2020-12"]),
            ("The law passed in 2019.", &["2019 = 2019"]),
            ("Oil was cheap in the 1990s.", &["the 1990s = 199"]),
            (
                "It is the challenge of the 21st century.",
                &["the 21st century = 20"],
            ),
            ("Profit rose in Q3 2021.", &["Q3 2021 = 2021-Q3"]),
            (
                "The plant opened in summer 2021.",
                &["summer 2021 = 2021-SU"],
            ),
            (
                "The treaty of March 26, 1996 still holds.",
                &["March 26, 1996 = 1996-03-26"],
            ),
            (
                "It was built in nineteen ninety-six.",
                &["nineteen ninety-six = 1996"],
            ),
            (
                "The canal was to reopen by the year nineteen eighty.",
                &["the year nineteen eighty = 1980"],
            ),
            (
                "The talks resume in week 50 of 2021.",
                &["week 50 of 2021 = 2021-W50"],
            ),
            (
                "The data covers the 49th week of 2021.",
                &["the 49th week of 2021 = 2021-W49"],
            ),
            ("Music from the '80s was playing.", &["the '80s = 198"]),
            (
                "Rents soared in the winter of 1987.",
                &["the winter of 1987 = 1987-WI"],
            ),
            (
                "Earnings fell in the first half of 2021.",
                &["the first half of 2021 = 2021-H1"],
            ),
            (
                "In fiscal 1989, the company earned $7.8 million.",
                &["fiscal 1989 = 1989"],
            ),
        ],
    );
}

#[test]
fn dates_resolved_against_publication() {
    check(
        Some(PUBLISHED),
        &[
            (
                "The Tuesday negotiations were hardly a breakthrough.",
                &["Tuesday = 2021-12-07"],
            ),
            (
                "The leaders will meet again on Friday.",
                &["Friday = 2021-12-10"],
            ),
            (
                "The meeting was held on June 16 of this year.",
                &["June 16 of this year = 2021-06-16"],
            ),
            ("In December, they were far apart.", &["December = 2021-12"]),
            ("The ban was lifted in March.", &["March = 2021-03"]),
            ("Sales will pick up in February.", &["February = 2022-02"]),
            ("Prices rose last month.", &["last month = 2021-11"]),
            ("Prices will rise next month.", &["next month = 2022-01"]),
            ("Output fell last year.", &["last year = 2020"]),
            ("Output will grow next year.", &["next year = 2022"]),
            (
                "The minister resigned two days ago.",
                &["two days ago = 2021-12-06"],
            ),
            ("The plant closed two years ago.", &["two years ago = 2019"]),
            ("He left six weeks ago.", &["six weeks ago = 2021-W43"]),
            (
                "He resigned a fortnight ago.",
                &["a fortnight ago = 2021-W47"],
            ),
            (
                "Results for the third quarter beat forecasts, up from a year earlier.",
                &["the third quarter = 2021-Q3", "a year earlier = 2020-Q3"],
            ),
            (
                "Sales slipped from the year-ago second quarter.",
                &["the year-ago second quarter = 2020-Q2"],
            ),
            (
                "The third-quarter loss widened.",
                &["third-quarter = 2021-Q3"],
            ),
            (
                "Shares are worth less right now.",
                &["right now = PRESENT_REF"],
            ),
            (
                "The minister resigned yesterday.",
                &["yesterday = 2021-12-07"],
            ),
            ("The vote is tomorrow.", &["tomorrow = 2021-12-09"]),
            (
                "He spoke earlier this week.",
                &["earlier this week = 2021-W49 START"],
            ),
            ("The group met last week.", &["last week = 2021-W48"]),
            (
                "The firm grew over the past decade.",
                &["the past decade = 201"],
            ),
            (
                "Lawmakers voted today on the bill.",
                &["today = 2021-12-08"],
            ),
            (
                "It is an example of cooperation in today's realities.",
                &["today = PRESENT_REF"],
            ),
            ("Iraq now controls the border.", &["now = PRESENT_REF"]),
            ("The party recently won seats.", &["recently = PAST_REF"]),
            (
                "Nobody knows what will happen in the future.",
                &["the future = FUTURE_REF"],
            ),
            ("Holders will be paid in January.", &["January = 2022-01"]),
            (
                "The deal closes early next year.",
                &["early next year = 2022 START"],
            ),
            (
                "Profit fell in the third quarter.",
                &["the third quarter = 2021-Q3"],
            ),
            ("It opened in mid-1996.", &["mid-1996 = 1996 MID"]),
            (
                "Prices fell in late November.",
                &["late November = 2021-11 END"],
            ),
            (
                "The group began to split in the late 1970s.",
                &["the late 1970s = 197 END"],
            ),
            (
                "It will be done by the end of 2022.",
                &["the end of 2022 = 2022 END"],
            ),
            (
                "The company won't be profitable until 2024 or later.",
                &["2024 or later = 2024 ON_OR_AFTER"],
            ),
            (
                "The drought began nearly four years ago.",
                &["nearly four years ago = 2017 APPROX"],
            ),
            ("A strike began last spring.", &["last spring = 2021-SP"]),
            (
                "Stocks fell in the week before, as they did last May.",
                &["last May = 2021-05"],
            ),
            (
                "The plan will be put to a vote this summer.",
                &["this summer = 2021-SU"],
            ),
            (
                "Officials met over the weekend.",
                &["the weekend = 2021-W48-WE"],
            ),
        ],
    );
}

#[test]
fn times() {
    check(
        Some(PUBLISHED),
        &[
            (
                "Putin and Biden spoke Tuesday morning.",
                &["Tuesday morning = 2021-12-07TMO TIME"],
            ),
            (
                "The deadline is at 3 p.m. on Friday.",
                &["3 p.m. on Friday = 2021-12-10T15:00 TIME"],
            ),
            (
                "The shop closed at 9 p.m. Wednesday, staff said.",
                &["9 p.m. Wednesday = 2021-12-08T21:00 TIME"],
            ),
            (
                "The ferry sailed at noon Thursday.",
                &["noon Thursday = 2021-12-02T12:00 TIME"],
            ),
            (
                "The curfew starts at midnight.",
                &["midnight = 2021-12-08T24:00 TIME"],
            ),
            (
                "Clinton said this morning that he agreed.",
                &["this morning = 2021-12-08TMO TIME"],
            ),
            (
                "The radio station said last night that the dog was safe.",
                &["last night = 2021-12-07TNI TIME"],
            ),
            (
                "The robbery happened around 7:15 p.m.",
                &["around 7:15 p.m = 2021-12-08T19:15 TIME APPROX"],
            ),
            (
                "Shares rose at mid-afternoon yesterday.",
                &["mid-afternoon yesterday = 2021-12-07TAF TIME MID"],
            ),
            ("He will speak tonight.", &["tonight = 2021-12-08TNI TIME"]),
            (
                "The bus departs at 5 in the morning.",
                &["5 in the morning = 2021-12-08T05:00 TIME"],
            ),
            (
                "The market opens at 11:30 a.m. ET on Thursday.",
                &["11:30 a.m. ET on Thursday = 2021-12-09T11:30 TIME"],
            ),
            (
                "The ceasefire began at 06:00 GMT on Sunday.",
                &["06:00 GMT on Sunday = 2021-12-05T06:00 TIME"],
            ),
        ],
    );
}

#[test]
fn holidays() {
    check(
        Some(PUBLISHED),
        &[
            (
                "Families will gather on Christmas Day.",
                &["Christmas Day = 2021-12-25"],
            ),
            (
                "The shop opens on New Year's Day.",
                &["New Year's Day = 2022-01-01"],
            ),
            (
                "The parade was held on Independence Day.",
                &["Independence Day = 2021-07-04"],
            ),
            ("They met at Thanksgiving.", &["Thanksgiving = 2021-11-25"]),
            ("Churches were full at Easter.", &["Easter = 2021-04-04"]),
            (
                "She was rescued last Thanksgiving.",
                &["last Thanksgiving = 2021-11-25"],
            ),
            (
                "Voters go to the polls on Election Day.",
                &["Election Day = 2021-11-02"],
            ),
            (
                "Easter Sunday fell on April 4 in 2021.",
                &[
                    "Easter Sunday = 2021-04-04",
                    "April 4 = 2021-04-04",
                    "2021 = 2021",
                ],
            ),
        ],
    );
}

#[test]
fn without_publication_date_values_stay_underspecified() {
    check(
        None,
        &[
            ("They met on December 7.", &["December 7 = XXXX-12-07"]),
            ("They met on Tuesday.", &["Tuesday = XXXX-WXX-2"]),
            ("They met yesterday.", &["yesterday = XXXX-XX-XX"]),
            ("They met in December 2021.", &["December 2021 = 2021-12"]),
            ("They met in December.", &["December = XXXX-12"]),
            (
                "They met on June 16 of this year.",
                &["June 16 of this year = XXXX-06-16"],
            ),
            ("The deal was signed in 2019.", &["2019 = 2019"]),
            ("They met last week.", &["last week = XXXX-WXX"]),
        ],
    );
}

#[test]
fn not_dates() {
    check(
        Some(PUBLISHED),
        &[
            ("This may concern you.", &[]),
            ("May I ask a question?", &[]),
            ("Thousands joined the March on Washington.", &[]),
            ("They march to the capital.", &[]),
            ("The event drew 2,021 people.", &[]),
            ("The event drew 2021 people.", &[]),
            ("He bought 1990s-era furniture.", &[]),
            ("Upgrade to version 2021 now.", &["now = PRESENT_REF"]),
            ("The talks lasted two hours.", &[]),
            ("He served three years in prison.", &[]),
            ("It costs $2000 a month.", &[]),
            ("April Ryan asked a question.", &[]),
            ("The senator was a guest on ABC's This Week show.", &[]),
            ("The chef cooked live on CBS This Morning.", &[]),
            ("The nurse was named person of the year by the paper.", &[]),
            ("Norway's best first-half chance was a volley.", &[]),
            ("Prices rose 2.5% to 2021.5 points.", &[]),
        ],
    );
}
