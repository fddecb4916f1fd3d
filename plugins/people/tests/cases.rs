//! Case tables: a sentence and the mentions it must give, as (surface
//! text, canonical name) in text order. All sentences are written for
//! these tests.

use gleaner_core::Analysis;
use gleaner_people::{Gender, PersonMention, find_people, person_count};

fn people(text: &str) -> Vec<PersonMention> {
    let analysis = Analysis::new(text);
    let found = find_people(&analysis);
    for m in &found {
        assert_eq!(&text[m.start..m.end], m.text, "span and text agree");
    }
    assert!(
        found.windows(2).all(|w| w[0].start < w[1].start),
        "sorted by start"
    );
    found
}

fn check(text: &str, want: &[(&str, &str)]) {
    let got: Vec<(String, String)> = people(text).into_iter().map(|m| (m.text, m.name)).collect();
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn name_shapes() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The talks were led by Angela Merkel in the capital.",
            &[("Angela Merkel", "Angela Merkel")],
        ),
        (
            "Vladimir Putin arrived late. Later, Putin spoke for an hour.",
            &[
                ("Vladimir Putin", "Vladimir Putin"),
                ("Putin", "Vladimir Putin"),
            ],
        ),
        (
            "The novel by J.K. Rowling sold well.",
            &[("J.K. Rowling", "J.K. Rowling")],
        ),
        (
            "He admired Charles de Gaulle all his life.",
            &[("Charles de Gaulle", "Charles de Gaulle")],
        ),
        (
            "Troops loyal to Bashar al-Assad held the town.",
            &[("Bashar al-Assad", "Bashar al-Assad")],
        ),
        (
            "The minister met Jean-Pierre Raffarin on Monday.",
            &[("Jean-Pierre Raffarin", "Jean-Pierre Raffarin")],
        ),
        (
            "The ball was bowled by Sean O'Gorman at the end.",
            &[("Sean O'Gorman", "Sean O'Gorman")],
        ),
        (
            "The call between Xi Jinping and the delegates lasted long.",
            &[("Xi Jinping", "Xi Jinping")],
        ),
        (
            "Turkey's leader Recep Tayyip Erdogan replied to Dmitry Peskov at once.",
            &[
                ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
                ("Dmitry Peskov", "Dmitry Peskov"),
            ],
        ),
        (
            "The letter was signed by Osama bin Laden himself.",
            &[("Osama bin Laden", "Osama bin Laden")],
        ),
    ];
    for (text, want) in cases {
        check(text, want);
    }
}

#[test]
fn titles_and_roles_stay_out_of_the_name() {
    let text = "Russian President Vladimir Putin met U.S. Secretary of State Anthony Blinken.";
    check(
        text,
        &[
            ("Vladimir Putin", "Vladimir Putin"),
            ("Anthony Blinken", "Anthony Blinken"),
        ],
    );
    let found = people(text);
    assert_eq!(found[0].role.as_deref(), Some("Russian President"));
    assert_eq!(found[1].role.as_deref(), Some("U.S. Secretary of State"));
    let span = found[1].role_span.unwrap();
    assert_eq!(&text[span.start..span.end], "U.S. Secretary of State");

    let text = "Earlier, Press Secretary for the President of Russia Dmitry Peskov said no.";
    let found = people(text);
    assert_eq!(found[0].text, "Dmitry Peskov");
    assert_eq!(
        found[0].role.as_deref(),
        Some("Press Secretary for the President of Russia")
    );

    let text = "The Kremlin spokesman, Dmitry Peskov, said no.";
    assert_eq!(people(text)[0].role.as_deref(), Some("Kremlin spokesman"));

    let text = "Maria Lopez, CEO of the Open Data Center, told reporters it was fine.";
    let found = people(text);
    assert_eq!(found[0].text, "Maria Lopez");
    assert_eq!(
        found[0].role.as_deref(),
        Some("CEO of the Open Data Center")
    );

    check(
        "Mr. Biden and Dr. Fiona Hill spoke; later Mr. Biden left.",
        &[
            ("Biden", "Biden"),
            ("Fiona Hill", "Fiona Hill"),
            ("Biden", "Biden"),
        ],
    );
    let found = people("Mr. Biden spoke first.");
    assert_eq!(found[0].role.as_deref(), Some("Mr."));
    assert_eq!(found[0].gender, Some(Gender::Male));
}

#[test]
fn possessives_brackets_and_pairs() {
    check(
        "Joe Biden spoke. Biden's plan was clear.",
        &[("Joe Biden", "Joe Biden"), ("Biden", "Joe Biden")],
    );
    check(
        "Joe Biden met Vladimir Putin. Later the Putin-Biden talks ended.",
        &[
            ("Joe Biden", "Joe Biden"),
            ("Vladimir Putin", "Vladimir Putin"),
            ("Putin", "Vladimir Putin"),
            ("Biden", "Joe Biden"),
        ],
    );
    let text = "He will warn [Ukrainian President Vladimir] Zelensky about it.";
    check(text, &[("Zelensky", "Vladimir Zelensky")]);
    assert_eq!(people(text)[0].role.as_deref(), Some("Ukrainian President"));
    // A title closed by the editor's bracket still names the word after it.
    check(
        "He met [Mr.] Biden on Tuesday in Washington, officials said.",
        &[("Biden", "Biden")],
    );
}

#[test]
fn headlines_in_title_case_and_capitals() {
    check(
        "Putin-Biden Summit: Agreement to Come in Contact is Reached\n\nVladimir Putin and Joe Biden talked.",
        &[
            ("Putin", "Vladimir Putin"),
            ("Biden", "Joe Biden"),
            ("Vladimir Putin", "Vladimir Putin"),
            ("Joe Biden", "Joe Biden"),
        ],
    );
    check(
        "CYCLING - KOWALCZYK WINS STAGE IN HEAVY RAIN\nLYON 2004-07-11\nMarek Kowalczyk won again.",
        &[
            ("KOWALCZYK", "Marek Kowalczyk"),
            ("Marek Kowalczyk", "Marek Kowalczyk"),
        ],
    );
    check(
        "ATHLETICS - MARCO FERRANTE RUNS ON\nSAN MARINO 2004-07-11\nFerrante, 38, said he felt fine.",
        &[
            ("MARCO FERRANTE", "MARCO FERRANTE"),
            ("Ferrante", "MARCO FERRANTE"),
        ],
    );
}

#[test]
fn not_people() {
    let cases = [
        "The Federation Council and the White House both answered.",
        "Officials in Washington, Kyiv and Geneva said the Russian side agreed.",
        "In March the Political Information Center issued a report.",
        "Such talks rarely help. Given the mood, few expected more.",
        "The new iPhone and the Honda Civic sold well in Hong Kong.",
        "Real Madrid beat the Texas Rangers? No: the Dow Jones fell.",
    ];
    for text in cases {
        check(text, &[]);
    }
}

#[test]
fn one_person_per_name_and_nearest_full_name_wins() {
    let text = "Bill Clinton spoke first. Hillary Clinton answered. Clinton then thanked him. \
                Later Bill Clinton left, and Clinton waved.";
    let found = people(text);
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Bill Clinton",
            "Hillary Clinton",
            "Hillary Clinton",
            "Bill Clinton",
            "Bill Clinton"
        ]
    );
    assert_eq!(person_count(&found), 2);
    assert_eq!(found[0].person, found[3].person);
    assert_ne!(found[0].person, found[1].person);
}

#[test]
fn gender_from_titles_and_pronouns() {
    let found = people("Ms. Alvarez said she would stay. Karel Novak said he would go.");
    assert_eq!(found[0].gender, Some(Gender::Female));
    assert_eq!(found[1].gender, Some(Gender::Male));
    let found = people(
        "The spokeswoman, Kim Jordan, would not comment. Company spokeswoman Lee Parks agreed.",
    );
    assert_eq!(found.last().unwrap().gender, Some(Gender::Female));
    let found = people("Ngozi Okonjo said she was pleased.");
    assert_eq!(found[0].gender, Some(Gender::Female));
}

#[test]
fn sports_results() {
    check(
        "1. Noreti Kamasu (Uganda) 14:52.36\n2. Halima Desta (Eritrea) 14:58.02",
        &[
            ("Noreti Kamasu", "Noreti Kamasu"),
            ("Halima Desta", "Halima Desta"),
        ],
    );
    check(
        "K. Dunmore b Such 31\nThe catches went to Brian Such once more.",
        &[
            ("K. Dunmore", "K. Dunmore"),
            ("Such", "Brian Such"),
            ("Brian Such", "Brian Such"),
        ],
    );
}

#[test]
fn names_listed_beside_known_names() {
    check(
        "Squad: Peter Nolan (captain), Tavake Lolohea, Wirimu Tahuri.",
        &[
            ("Peter Nolan", "Peter Nolan"),
            ("Tavake Lolohea", "Tavake Lolohea"),
            ("Wirimu Tahuri", "Wirimu Tahuri"),
        ],
    );
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        "]",
        "[",
        "Mr.",
        "J.",
        "O'",
        "- -",
        "A.B.C.",
        "Ä Ö Ü ß",
        "“Putin”",
        "X-",
    ] {
        let _ = people(text);
    }
}

proptest::proptest! {
    #[test]
    fn spans_are_valid_on_any_text(text in "(\\PC|[A-Z][a-z]+ |\\. |, |\\[|\\]|'s |-| ){0,60}") {
        let analysis = Analysis::new(&text);
        let found = find_people(&analysis);
        for m in &found {
            proptest::prop_assert!(m.start < m.end && m.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            proptest::prop_assert!(m.person < person_count(&found));
        }
        proptest::prop_assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    }
}

#[test]
fn particles_in_a_row_and_titled_given_names() {
    check(
        "The plan came from Ursula von der Leyen today.",
        &[("Ursula von der Leyen", "Ursula von der Leyen")],
    );
    check(
        "They met Queen Elizabeth II in London.",
        &[("Elizabeth", "Elizabeth")],
    );
}
