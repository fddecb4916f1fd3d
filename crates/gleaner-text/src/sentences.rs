//! Sentence and paragraph boundaries.
//!
//! A paragraph is a run of text between line breaks. A sentence ends at
//! `.`, `!` or `?` (plus any closing quote marks or brackets) followed by
//! white space and something that can open a sentence, unless the word
//! before the period is a known abbreviation (`Mr.`, `U.S.`, `Dec.`) or a
//! single initial (`J.`). A paragraph break always ends a sentence.

use crate::Span;

/// Abbreviations whose period does not end a sentence when a capitalised
/// word follows (titles, months, initialisms). Compared case-sensitively,
/// without the final period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr",
    "Sgt", "Maj", "Adm", "Rev", "Fr", "St", "Mt", "Ft", "Jr", "Sr", "Hon", "Pres", "Supt", "Det",
    "Insp", "Amb", "Sec", "Atty", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No",
    "Nos", "vs", "v", "etc", "approx", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Ave",
    "Blvd", "Rd", "U.S", "U.K", "U.N", "E.U", "D.C", "a.m", "p.m", "e.g", "i.e", "Calif", "Fla",
    "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis", "Ariz", "Colo",
    "Conn", "Ga", "Ky", "La", "Md", "Mo", "Nev", "Okla", "Ore", "Pa",
];

/// Abbreviations that never end a sentence, whatever follows them.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj",
    "Adm", "Rev", "Fr", "St", "Hon", "No",
];

/// Paragraphs: maximal runs of text without a line break, trimmed; empty
/// lines give none.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len()).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start += line.len();
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn can_open_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '-'
        )
}

/// The word right before byte `end` (letters, digits and inner periods).
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// Sentences within `paragraph`, trimmed.
fn sentences_in(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let body = paragraph.text(text);
    let mut start = 0;
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take in runs of terminal marks and closing quotes/brackets.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '!' | '?') || is_closer(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &body[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue; // no white space after: "U.S." inside a word, "3.5"
        }
        let next = trimmed.chars().next();
        if c == '.' {
            let word = word_before(body, i);
            let bare = word.trim_end_matches('.');
            if TITLES.contains(&bare) {
                continue;
            }
            let next_upper = next.is_some_and(can_open_sentence);
            if !next_upper {
                continue;
            }
            let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
            // "U.S." followed by a capital is ambiguous; a sentence rarely
            // ends on an initialism, so only a quote opening after it counts.
            if (initial || ABBREVIATIONS.contains(&bare) || bare.contains('.'))
                && !next.is_some_and(|n| matches!(n, '"' | '“'))
            {
                continue;
            }
        } else if !next.is_none_or(can_open_sentence) {
            continue;
        }
        let span = Span::new(paragraph.start + start, paragraph.start + end).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start = end;
    }
    let span = Span::new(paragraph.start + start, paragraph.end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// Sentences of the whole text, given its paragraphs.
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(paragraphs.len() * 3);
    for &p in paragraphs {
        sentences_in(text, p, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &paragraphs(text))
            .into_iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Biden met U.S. officials on Dec. 7. They talked."),
            ["Mr. Biden met U.S. officials on Dec. 7.", "They talked."]
        );
        assert_eq!(
            split("J.K. Rowling wrote it. Then she left."),
            ["J.K. Rowling wrote it.", "Then she left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: “We agreed.” Then he left."),
            ["He said: “We agreed.”", "Then he left."]
        );
    }

    #[test]
    fn line_breaks_end_paragraphs() {
        let text = "Headline here\n\nFirst line. Second line\nThird";
        assert_eq!(paragraphs(text).len(), 3);
        assert_eq!(
            split(text),
            ["Headline here", "First line.", "Second line", "Third"]
        );
    }
}
