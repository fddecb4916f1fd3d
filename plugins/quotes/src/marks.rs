//! Quotation spans: pairing quote marks within paragraphs.
//!
//! One left-to-right pass per paragraph keeps a stack of open marks.
//! Double marks (`“ ”`, `"`, `„`, `« »`) nest at any depth; single marks
//! (`‘ ’`, `'`) open a quotation only at the top level, so a `‘red lines’`
//! inside a double quotation belongs to it and an apostrophe inside a word
//! (`Ukraine's`, `don’t`) is never a mark: a mark opens only with a word
//! boundary on its left and closes only with one on its right.
//!
//! A double quotation still open at the end of its paragraph is either the
//! journalistic multi-paragraph convention (the next paragraph opens a
//! mark again) or a mark left open by mistake. Either way it is closed at
//! the most plausible point: before an attribution inside it (`…, Ushakov
//! said`), found by the caller's `attribution_at`, else at the paragraph
//! end. A single quotation left open is dropped (it was an apostrophe).

use gleaner_text::Span;

/// One quotation, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    pub span: Span,
    /// False when no closing mark was found and the end was recovered.
    pub closed: bool,
    /// True when the quotation ran to its paragraph's end unclosed and the
    /// next paragraph opens with a quote mark: the same speaker goes on.
    pub continues: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

/// `c.is_alphanumeric()`, without the Unicode tables for ASCII and for the
/// quote marks (which open every quotation and are neither).
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_quote_char(c) && c.is_alphanumeric()
    }
}

/// Characters that can be quote marks.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›'
    )
}

/// White space, or an invisible format character (`U+202A`, `U+200B`, …)
/// that some feeds leave before a paragraph.
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}')
}

fn opens_on_left(c: char) -> bool {
    is_blank(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':') || is_quote_char(c)
}

fn closes_on_right(c: char) -> bool {
    is_blank(c)
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
        )
        || is_quote_char(c)
}

/// Where a mark sits: whether it can open (word boundary on its left, text
/// on its right) and whether it can close (text on its left, boundary on
/// its right).
fn placement(text: &str, at: usize, len: usize) -> (bool, bool) {
    let prev = text[..at].chars().next_back();
    let next = text[at + len..].chars().next();
    // At a paragraph start any mark opens (`” … in the case of`).
    let opener = (prev.is_none_or(opens_on_left) && next.is_some_and(|c| !is_blank(c)))
        || (prev.is_none_or(|c| c == '\n') && next.is_some_and(|c| c != '\n'));
    let closer = prev.is_some_and(|c| !is_blank(c)) && next.is_none_or(closes_on_right);
    (opener, closer)
}

/// Every quote mark in `text` with its byte offset, in text order.
///
/// Each mark starts with `"`, `'`, `0xE2` (the typographic ones,
/// U+2018–203A) or `0xC2` (`«`, `»`), and none of these bytes occurs inside
/// another character: `memchr` finds them at memory speed, and only the
/// `0xE2`/`0xC2` hits (dashes and ellipses among them) are decoded to tell a
/// quote mark from another character.
#[cfg(test)]
pub(crate) fn quote_marks(text: &str) -> Vec<(usize, char)> {
    quote_marks_in(text, true)
}

/// [`quote_marks`], told whether the text may hold a typographic mark: when
/// `typographic` is false (every character of the text outside white
/// space is ASCII, as the tokens tell), only `"` and `'` are searched for.
#[cfg(test)]
pub(crate) fn quote_marks_in(text: &str, typographic: bool) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    quote_marks_into(text, typographic, &mut out);
    out
}

/// [`quote_marks_in`], into `out` (cleared first), which a caller keeps from
/// one document to the next.
pub(crate) fn quote_marks_into(text: &str, typographic: bool, out: &mut Vec<(usize, char)>) {
    let bytes = text.as_bytes();
    out.clear();
    if !typographic {
        out.extend(memchr::memchr2_iter(b'"', b'\'', bytes).map(|at| (at, char::from(bytes[at]))));
        return;
    }
    let decode = |at: usize| text[at..].chars().next().filter(|&c| is_quote_char(c));
    for at in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        let c = match bytes[at] {
            b'"' => Some('"'),
            b'\'' => Some('\''),
            // U+2000–203F are `E2 80 xx`: the quote marks among them read
            // from their last byte, the dashes and the ellipsis rejected.
            _ => match bytes.get(at + 1..at + 3) {
                Some([0x80, 0x98]) => Some('‘'),
                Some([0x80, 0x99]) => Some('’'),
                Some([0x80, 0x9A]) => Some('‚'),
                Some([0x80, 0x9C]) => Some('“'),
                Some([0x80, 0x9D]) => Some('”'),
                Some([0x80, 0x9E]) => Some('„'),
                Some([0x80, 0xB9]) => Some('‹'),
                Some([0x80, 0xBA]) => Some('›'),
                _ => None,
            },
        };
        if let Some(c) = c {
            out.push((at, c));
        }
    }
    let before = out.len();
    out.extend(memchr::memchr_iter(0xC2, bytes).filter_map(|at| Some((at, decode(at)?))));
    if out.len() > before {
        out.sort_unstable_by_key(|&(at, _)| at);
    }
}

/// True when the paragraph opens with a quote mark (ignoring dashes).
fn opens_with_mark(text: &str, paragraph: Span) -> bool {
    paragraph
        .text(text)
        .chars()
        .find(|c| !matches!(c, '—' | '–' | '-' | ' '))
        .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«' | '”' | '‘'))
}

/// True when the span holds a letter or digit: `“ ”` alone is no quotation.
fn has_content(text: &str, span: Span) -> bool {
    span.text(text).chars().any(is_alnum)
}

/// All quotations in `text`, in order. `attribution_at(open, end)` returns
/// the end of the quoted words when an attribution interrupts the unclosed
/// quotation that opens at `open` before `end`.
///
/// `typographic` is false when no character of the text outside white space
/// lies outside ASCII (then no mark but `"` and `'` is looked for).
///
/// The quotations go to `out`, cleared first; `bufs` is scratch. Both are
/// kept by the caller from one document to the next.
pub(crate) fn quotations(
    text: &str,
    paragraphs: &[Span],
    typographic: bool,
    attribution_at: impl Fn(usize, usize) -> Option<usize>,
    bufs: &mut MarkBuffers,
    out: &mut Vec<Quotation>,
) {
    out.clear();
    let MarkBuffers {
        marks: all_marks,
        stack,
    } = bufs;
    quote_marks_into(text, typographic, all_marks);
    if all_marks.is_empty() {
        return;
    }
    // The marks from the current paragraph on.
    let mut rest = &all_marks[..];
    for (pi, &para) in paragraphs.iter().enumerate() {
        while let [(at, _), tail @ ..] = rest
            && *at < para.start
        {
            rest = tail;
        }
        if rest.first().is_none_or(|&(at, _)| at >= para.end) {
            continue; // no mark, no quotation
        }
        let in_para = rest.partition_point(|&(at, _)| at < para.end);
        let para_marks = &rest[..in_para];
        let mut pos = para.start;
        // An opener that turned out to be an apostrophe, skipped on rescan.
        let mut banned = usize::MAX;
        while pos < para.end {
            stack.clear();
            let mut resume = None;
            let mut skip_to = 0;
            let from = para_marks.partition_point(|&(at, _)| at < pos);
            for &(at, c) in &para_marks[from..] {
                if at == banned || at < skip_to {
                    continue;
                }
                // Two apostrophes (or backquotes) make one double mark, as in
                // text that renders `"` as `''`.
                let pair = c == '\'' && text[at + 1..].starts_with('\'');
                let c = if pair { '"' } else { c };
                let len = if pair { 2 } else { c.len_utf8() };
                skip_to = at + len;
                let top = stack.last().map(|&(_, m)| m);
                // Most marks are apostrophes that can neither close a single
                // quotation (none is open on top) nor open one (`’` never
                // opens; `'` not after a letter or digit, nor inside
                // another quotation): they change nothing, and skip the
                // placement test below.
                if top != Some(Mark::Single)
                    && (matches!(c, '’' | '›')
                        || c == '\''
                            && (!stack.is_empty()
                                || at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric()))
                {
                    continue;
                }
                let (opener, closer) = placement(text, at, len);
                let outer = stack.first().copied();
                let has_double = stack.iter().any(|&(_, m)| m == Mark::Double);
                let double_at = stack
                    .iter()
                    .rposition(|&(_, m)| m == Mark::Double)
                    .unwrap_or(0);
                match c {
                    '“' | '„' | '«' => {
                        if closer && !opener && has_double {
                            stack.truncate(double_at);
                        } else if opener || !closer {
                            stack.push((at, Mark::Double));
                        }
                    }
                    '”' | '»' => {
                        if has_double {
                            stack.truncate(double_at);
                        } else if opener {
                            stack.push((at, Mark::Double));
                        }
                    }
                    '"' => {
                        if has_double && (closer || !opener) {
                            stack.truncate(double_at);
                        } else if opener {
                            stack.push((at, Mark::Double));
                        }
                    }
                    '‘' | '‚' | '‹' => {
                        if top == Some(Mark::Single) && closer && !opener {
                            stack.pop();
                        } else if stack.is_empty() && opener {
                            stack.push((at, Mark::Single));
                        }
                    }
                    '’' | '›' | '\'' => {
                        if top == Some(Mark::Single) && closer {
                            stack.pop();
                        } else if c == '\''
                            && stack.is_empty()
                            && opener
                            && text[at + len..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic)
                        {
                            stack.push((at, Mark::Single));
                        }
                    }
                    _ => {}
                }
                if let (Some((open, mark)), true) = (outer, stack.is_empty()) {
                    let span = Span::new(open, at + len);
                    // `rock 'n' roll`: one letter in single marks is no quotation.
                    let enough = mark == Mark::Double
                        || span
                            .text(text)
                            .chars()
                            .filter(|c| c.is_alphanumeric())
                            .nth(1)
                            .is_some();
                    if enough && has_content(text, span) {
                        out.push(Quotation {
                            span,
                            closed: true,
                            continues: false,
                        });
                    }
                }
            }
            let Some(&(open, mark)) = stack.first() else {
                break;
            };
            // The paragraph ended inside a quotation. A straight single
            // mark was an apostrophe; a typographic `‘` before a few words
            // is a quotation in the British style, kept like a double one.
            let british = text[open..].starts_with('‘')
                && text[open..para.end].split_whitespace().nth(3).is_some();
            if mark == Mark::Single && !british {
                banned = open;
                resume = Some(open);
            } else if let Some(end) = attribution_at(open, para.end).filter(|&e| e > open) {
                let span = Span::new(open, end);
                if has_content(text, span) {
                    out.push(Quotation {
                        span,
                        closed: false,
                        continues: false,
                    });
                }
                resume = Some(end);
            } else {
                let span = Span::new(open, para.end);
                if has_content(text, span) {
                    let continues = paragraphs
                        .get(pi + 1)
                        .is_some_and(|&p| opens_with_mark(text, p));
                    out.push(Quotation {
                        span,
                        closed: false,
                        continues,
                    });
                }
            }
            match resume {
                Some(r) if r >= pos => pos = r,
                _ => break,
            }
        }
    }
}

/// The scratch of [`quotations`].
#[derive(Default)]
pub(crate) struct MarkBuffers {
    /// Every quote mark of the text.
    marks: Vec<(usize, char)>,
    /// The marks open at a point of a paragraph.
    stack: Vec<(usize, Mark)>,
}

impl MarkBuffers {
    /// The number of elements its largest buffer has room for.
    pub(crate) fn capacity(&self) -> usize {
        self.marks.capacity().max(self.stack.capacity())
    }
}
