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
/// without the final period. Sorted, for binary search.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Amb", "Apr", "Ariz", "Atty", "Aug", "Ave", "Blvd", "Bros", "Calif", "Capt", "Cmdr",
    "Co", "Col", "Colo", "Conn", "Corp", "D.C", "Dec", "Dept", "Det", "Dr", "E.U", "Feb", "Fla",
    "Fr", "Fri", "Ft", "Ga", "Gen", "Gov", "Hon", "Ill", "Inc", "Insp", "Jan", "Jr", "Jul", "Jun",
    "Ky", "La", "Lt", "Ltd", "Maj", "Mar", "Mass", "Md", "Mich", "Minn", "Mo", "Mon", "Mr", "Mrs",
    "Ms", "Mt", "Nev", "No", "Nos", "Nov", "Oct", "Okla", "Ore", "Pa", "Penn", "Pres", "Prof",
    "Rd", "Rep", "Rev", "Sat", "Sec", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Sun", "Supt",
    "Tenn", "Tex", "Thu", "Thurs", "Tue", "Tues", "U.K", "U.N", "U.S", "Univ", "Va", "Wash", "Wed",
    "Wis", "a.m", "approx", "e.g", "etc", "i.e", "p.m", "v", "vs",
];

/// Abbreviations that never end a sentence, whatever follows them. Sorted.
const TITLES: &[&str] = &[
    "Adm", "Capt", "Col", "Dr", "Fr", "Gen", "Gov", "Hon", "Lt", "Maj", "Mr", "Mrs", "Ms", "No",
    "Prof", "Rep", "Rev", "Sen", "Sgt", "St",
];

/// A word of up to eight bytes as a number in the same order as the words:
/// its bytes, big-endian, padded with zeros (a word holds no zero byte),
/// so that a table of abbreviations is searched with integer compares.
const fn key(word: &[u8]) -> u64 {
    let mut k = 0;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < word.len() {
            k |= word[i] as u64;
        }
        i += 1;
    }
    k
}

/// The keys of `words`, in their order.
const fn keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = key(words[i].as_bytes());
        i += 1;
    }
    out
}

const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = keys(ABBREVIATIONS);
const TITLE_KEYS: [u64; TITLES.len()] = keys(TITLES);

/// Paragraphs: maximal runs of text without a line break, trimmed; empty
/// lines give none.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let span = Span::new(start, end).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start = end + 1;
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

/// Sentences within `paragraph` (trimmed), trimmed. Only `.`, `!`, `?` and `…` can
/// end a sentence: `marks` are their byte offsets in `text` (in order; a
/// mark that a letter or digit follows at once may be left out, as it
/// never ends a sentence), so the scan jumps from one to the next.
fn sentences_in(
    text: &str,
    paragraph: Span,
    marks: impl IntoIterator<Item = usize>,
    out: &mut Vec<Span>,
) {
    let body = paragraph.text(text);
    let bytes = body.as_bytes();
    let mut start = 0;
    // Where the scan stands: marks before it were taken into a run.
    let mut i = 0;
    for at in marks {
        let at = at - paragraph.start;
        if at < i {
            continue;
        }
        // `…` is the only mark that is not one byte.
        let mark = if bytes[at] < 0x80 {
            bytes[at] as char
        } else {
            '…'
        };
        // Take in runs of terminal marks and closing quotes/brackets.
        let mut end = at + mark.len_utf8();
        while let Some(d) = body[end..].chars().next() {
            if matches!(d, '.' | '!' | '?') || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let rest = &body[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue; // no white space after: "U.S." inside a word, "3.5"
        }
        let next = trimmed.chars().next();
        if !next.is_none_or(can_open_sentence) {
            continue;
        }
        if mark == '.' && next.is_some() {
            let bare = word_before(body, at).trim_end_matches('.');
            // Every title is an abbreviation, none longer than six bytes.
            let key = key(bare.as_bytes());
            let abbreviation = bare.len() <= 6 && ABBREVIATION_KEYS.binary_search(&key).is_ok();
            if abbreviation && TITLE_KEYS.binary_search(&key).is_ok() {
                continue;
            }
            let initial = bare.len() <= 4 && {
                let mut chars = bare.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
            };
            // "U.S." followed by a capital is ambiguous; a sentence rarely
            // ends on an initialism, so only a quote opening after it counts.
            if (initial || abbreviation || bare.contains('.'))
                && !next.is_some_and(|n| matches!(n, '"' | '“'))
            {
                continue;
            }
        }
        // Ends on a mark or closer, and starts after white space: trimmed.
        out.push(Span::new(paragraph.start + start, paragraph.start + end));
        start = end + (rest.len() - trimmed.len());
    }
    if start < body.len() {
        out.push(Span::new(paragraph.start + start, paragraph.end));
    }
}

/// Sentences of the whole text, given its paragraphs.
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(paragraphs.len() * 3);
    for &p in paragraphs {
        let p = p.trim(text);
        let marks = p.text(text).match_indices(['.', '!', '?', '…']);
        sentences_in(text, p, marks.map(|(o, _)| p.start + o), &mut out);
    }
    out
}

/// [`sentences`] with the marks the tokenizer found (see
/// [`crate::tokens::Scan::marks`]), which spares a search of the text.
/// `paragraphs` must be trimmed and hold every mark.
pub(crate) fn sentences_at_marks(text: &str, paragraphs: &[Span], marks: &[usize]) -> Vec<Span> {
    let mut out = Vec::with_capacity(paragraphs.len() * 3);
    let mut marks = marks;
    for &p in paragraphs {
        // Few marks to a paragraph: counted one by one.
        let (inside, after) = marks.split_at(marks.iter().take_while(|&&m| m < p.end).count());
        if inside.is_empty() || inside == [p.end - 1] {
            // No mark (a headline, a byline), or only a `.` `!` `?` that
            // ends the paragraph, as in most news paragraphs: one sentence.
            out.push(p);
        } else {
            sentences_in(text, p, inside.iter().copied(), &mut out);
        }
        marks = after;
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

    /// The splitter as first written (a search for each mark, every span
    /// trimmed with `str` methods), for the faster one to agree with.
    fn reference(text: &str) -> Vec<Span> {
        let trim = |s: Span| {
            let t = s.text(text);
            let lead = t.len() - t.trim_start().len();
            Span::new(s.start + lead, s.start + lead + t.trim().len())
        };
        let mut out = Vec::new();
        let mut line_start = 0;
        for line in text.split('\n') {
            let paragraph = trim(Span::new(line_start, line_start + line.len()));
            line_start += line.len() + 1;
            if paragraph.is_empty() {
                continue;
            }
            let body = paragraph.text(text);
            let (mut start, mut i) = (0, 0);
            while let Some(o) = body[i..].find(['.', '!', '?', '…']) {
                let at = i + o;
                let mark = body[at..].chars().next().unwrap();
                let mut end = at + mark.len_utf8();
                while let Some(d) = body[end..].chars().next() {
                    if matches!(d, '.' | '!' | '?') || is_closer(d) {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                i = end;
                let rest = &body[end..];
                let trimmed = rest.trim_start();
                if trimmed.len() == rest.len() && !rest.is_empty() {
                    continue;
                }
                let next = trimmed.chars().next();
                if !next.is_none_or(can_open_sentence) {
                    continue;
                }
                if mark == '.' && next.is_some() {
                    let bare = word_before(body, at).trim_end_matches('.');
                    if TITLES.contains(&bare) {
                        continue;
                    }
                    let initial = bare.chars().count() == 1 && bare.starts_with(char::is_uppercase);
                    if (initial || ABBREVIATIONS.contains(&bare) || bare.contains('.'))
                        && !next.is_some_and(|n| matches!(n, '"' | '“'))
                    {
                        continue;
                    }
                }
                let span = trim(Span::new(paragraph.start + start, paragraph.start + end));
                if !span.is_empty() {
                    out.push(span);
                }
                start = end;
            }
            let span = trim(Span::new(paragraph.start + start, paragraph.end));
            if !span.is_empty() {
                out.push(span);
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn sentences_follow_the_reference(
            text in "([a-zA-Z0-9]{1,8}|[ ,.'’…!?\"”“()»\n\t]|\\.\\.\\.|[éÉ]|\u{3000}|\u{85}|Mr|U\\.S|Dec|[A-Z]\\.|\\PC){0,80}"
        ) {
            let mine = sentences(&text, &paragraphs(&text));
            proptest::prop_assert_eq!(mine, reference(&text));
        }
    }

    #[test]
    fn abbreviation_tables_are_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLES.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLES.iter().all(|t| ABBREVIATIONS.contains(t)));
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6));
        // The keys keep the order, so a key is found where its word is.
        assert!(ABBREVIATION_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLE_KEYS.windows(2).all(|w| w[0] < w[1]));
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
