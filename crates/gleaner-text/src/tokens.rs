//! Tokens: words, numbers and single punctuation marks, with byte spans.
//!
//! The tokenizer makes one pass over the text and never allocates per token
//! beyond the token vector. Its choices serve the extractors:
//!
//! - a hyphen is its own token (`Putin-Biden`, `48-hour`), so rules can join
//!   or split hyphenated words as they need;
//! - an apostrophe inside a word keeps it whole (`O'Gorman`, `don't`), but a
//!   possessive `'s` / `’s` at a word's end is split off (`Biden` `’s`);
//! - a number keeps its thousands separators and decimal point (`9,000`,
//!   `2.5`) and any letters glued to it (`7th`, `10km`, `1990s`).

use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits after the first letter), with inner apostrophes.
    Word,
    /// Starts with a digit: `9,000`, `2.5`, `7th`, `1990s`.
    Number,
    /// A possessive ending split from its word: `'s`, `’s`, or a lone `'`
    /// after a plural (`leaders'`).
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// How a token is written, worked out once by the tokenizer so that no
/// extractor decodes a word's characters again to ask whether it is
/// capitalised, in capitals, or on a new line. [`Analysis::shapes`]
/// holds one per token.
///
/// [`Analysis::shapes`]: crate::Analysis::shapes
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Shape(u8);

impl Shape {
    /// The first character is an uppercase letter (`Putin`, `NATO`, `Élan`).
    pub const CAPITALIZED: u8 = 1;
    /// Some character is a lowercase letter.
    pub const HAS_LOWER: u8 = 1 << 1;
    /// The first character is a letter.
    pub const ALPHABETIC: u8 = 1 << 2;
    /// Every byte is ASCII.
    pub const ASCII: u8 = 1 << 3;
    /// A line break lies between the previous token and this one.
    pub const LINE_BEFORE: u8 = 1 << 4;

    #[inline]
    pub fn is(self, flags: u8) -> bool {
        self.0 & flags != 0
    }

    /// The first character is an uppercase letter.
    #[inline]
    pub fn capitalized(self) -> bool {
        self.is(Self::CAPITALIZED)
    }

    /// Some character is a lowercase letter.
    #[inline]
    pub fn has_lower(self) -> bool {
        self.is(Self::HAS_LOWER)
    }

    /// The first character is a letter.
    #[inline]
    pub fn alphabetic(self) -> bool {
        self.is(Self::ALPHABETIC)
    }

    #[inline]
    pub fn ascii(self) -> bool {
        self.is(Self::ASCII)
    }

    /// A line break lies between the previous token and this one.
    #[inline]
    pub fn line_before(self) -> bool {
        self.is(Self::LINE_BEFORE)
    }

    /// The shape of `word` (a token's text), with `line_before` given.
    #[inline]
    pub fn of(word: &str, line_before: bool) -> Shape {
        let bytes = word.as_bytes();
        let mut bits = if line_before { Self::LINE_BEFORE } else { 0 };
        // One branch-free pass: the high bits of all bytes, and whether
        // any byte is an ASCII lowercase letter.
        let (mut high, mut lower) = (0u8, false);
        for &b in bytes {
            high |= b;
            lower |= b.wrapping_sub(b'a') < 26;
        }
        if high < 0x80 {
            bits |= Self::ASCII;
            if let Some(&b) = bytes.first() {
                if b.is_ascii_uppercase() {
                    bits |= Self::CAPITALIZED | Self::ALPHABETIC;
                } else if b.is_ascii_lowercase() {
                    bits |= Self::ALPHABETIC;
                }
            }
        } else {
            if let Some(c) = word.chars().next() {
                if c.is_uppercase() {
                    bits |= Self::CAPITALIZED;
                }
                if c.is_alphabetic() {
                    bits |= Self::ALPHABETIC;
                }
            }
            lower = word.chars().any(char::is_lowercase);
        }
        if lower {
            bits |= Self::HAS_LOWER;
        }
        Shape(bits)
    }
}

impl Token {
    #[inline]
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    pub fn is_word(self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True when the token starts with an uppercase letter.
    pub fn is_capitalized(self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The char at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// True when a possessive `s` follows at `i`: an `s` that ends the word.
#[inline]
fn possessive_s_at(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    bytes.get(i) == Some(&b's')
        && match bytes.get(i + 1) {
            None => true,
            Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
            Some(_) => !char_at(text, i + 1).is_some_and(char::is_alphanumeric),
        }
}

/// Splits `text` into tokens.
///
/// Works on bytes with an ASCII fast path; only non-ASCII characters are
/// decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with_shapes(text).0
}

/// Byte classes for the tokenizer's ASCII fast path.
mod class {
    pub const ALNUM: u8 = 1;
    pub const LOWER: u8 = 1 << 1;
    pub const UPPER: u8 = 1 << 2;
    pub const DIGIT: u8 = 1 << 3;
    /// ASCII white space, as `char::is_whitespace` has it.
    pub const SPACE: u8 = 1 << 4;
    /// A byte of a multi-byte character.
    pub const HIGH: u8 = 1 << 5;
    /// A byte that may continue a word or number when a letter or digit
    /// follows: `,` `.` `'`. With [`HIGH`] (for `’` and non-ASCII
    /// letters) these are the only bytes a token can go on past; any other
    /// byte ends it at once.
    pub const JOIN: u8 = 1 << 6;
    /// `.` `!` `?`: a sentence may end here (so may `…`, which is non-ASCII).
    pub const MARK: u8 = 1 << 7;

    pub const TABLE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = if c >= 0x80 {
                HIGH
            } else if c.is_ascii_lowercase() {
                ALNUM | LOWER
            } else if c.is_ascii_uppercase() {
                ALNUM | UPPER
            } else if c.is_ascii_digit() {
                ALNUM | DIGIT
            } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                SPACE
            } else if c == b'.' {
                JOIN | MARK
            } else if matches!(c, b',' | b'\'') {
                JOIN
            } else if matches!(c, b'!' | b'?') {
                MARK
            } else {
                0
            };
            b += 1;
        }
        t
    };
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// The high bit of each byte of `x` (all bytes below 0x80) that lies in
/// `lo..=hi`; no carry crosses a byte.
#[inline]
fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = x.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & HIGHS
}

/// Of eight bytes (little endian): how many leading ones are ASCII letters
/// or digits, and whether a lowercase letter is among them.
///
/// Setting bit 5 (0x20) folds exactly the uppercase letters onto the
/// lowercase ones, so one range test finds all letters; of those, the
/// lowercase ones have bit 5 set already.
#[inline]
fn alnum_run8(w: u64) -> (usize, bool) {
    let x = w & !HIGHS;
    let letter = bytes_in(x | (ONES * 0x20), b'a', b'z');
    // `& !w` drops the bytes of multi-byte characters (high bit set).
    let alnum = (letter | bytes_in(x, b'0', b'9')) & !w;
    let stop = !alnum & HIGHS;
    let len = stop.trailing_zeros() as usize / 8;
    // The bytes before the first one that is not a letter or digit.
    let run = stop.wrapping_sub(1) & !stop;
    // Bit 5 of each byte moved to its bit 7: set for lowercase letters.
    let lower = letter & (x << 2) & run;
    (len, lower != 0)
}

/// The shape bits an ASCII first byte gives a token (all but HAS_LOWER for
/// the rest of it and LINE_BEFORE).
const FIRST_SHAPE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = Shape::ASCII
            | if c.is_ascii_uppercase() {
                Shape::CAPITALIZED | Shape::ALPHABETIC
            } else if c.is_ascii_lowercase() {
                Shape::ALPHABETIC | Shape::HAS_LOWER
            } else {
                0
            };
        b += 1;
    }
    t
};

/// The end of the word or number token whose first character ends at
/// `end`, and the classes seen after that character (`LOWER`, and `HIGH`
/// when a byte of a multi-byte character is part of it).
///
/// ASCII letters and digits go eight at a time; a token goes on past
/// anything else only for a non-ASCII letter or digit, or for inner
/// punctuation with a letter or digit after it.
#[inline]
fn word_end(text: &str, mut end: usize, number: bool) -> (usize, u8) {
    use class::{ALNUM, HIGH, JOIN, LOWER, TABLE};
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut seen = 0;
    loop {
        // Most words end inside the first eight bytes.
        while let Some(chunk) = bytes.get(end..end + 8) {
            let (len, lower) = alnum_run8(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
            end += len;
            if lower {
                seen |= LOWER;
            }
            if len < 8 {
                break;
            }
        }
        let Some(&d) = bytes.get(end) else {
            return (end, seen);
        };
        let k = TABLE[usize::from(d)];
        if k & ALNUM != 0 {
            // Within the last eight bytes of the text.
            seen |= k;
            end += 1;
            continue;
        }
        if k & (JOIN | HIGH) == 0 {
            return (end, seen);
        }
        let (dc, dlen) = if k & HIGH == 0 {
            (d as char, 1)
        } else {
            let dc = char_at(text, end).unwrap_or(' ');
            (dc, dc.len_utf8())
        };
        if k & HIGH != 0 && dc.is_alphanumeric() {
            seen |= HIGH;
            end += dlen;
            continue;
        }
        // Inner punctuation is kept when a letter or digit follows.
        let joins = match dc {
            ',' | '.' if number => {
                bytes[end - 1].is_ascii_digit()
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            }
            _ if is_apostrophe(dc) && !number => {
                // "Biden's" splits; "O'Gorman" and "don't" stay whole.
                !possessive_s_at(text, end + dlen)
                    && end + dlen < n
                    && char_at(text, end + dlen).is_some_and(char::is_alphabetic)
            }
            _ => false,
        };
        if !joins {
            return (end, seen);
        }
        seen |= k;
        end += dlen;
    }
}

/// What one pass of the tokenizer finds: tokens and their shapes, and on
/// the way the paragraphs and the places where a sentence may end.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub tokens: Vec<Token>,
    pub shapes: Vec<Shape>,
    /// Maximal runs of tokens without a line break between them, from the
    /// first token's start to the last one's end: exactly the trimmed
    /// lines of [`crate::paragraphs`], since tokens cover every character
    /// that is not white space.
    pub paragraphs: Vec<Span>,
    /// Byte offsets of the punctuation tokens `.` `!` `?` `…`, in order.
    /// (A `.` inside a number such as `2.5` is not listed: a digit follows
    /// it, so it can never end a sentence.)
    pub marks: Vec<usize>,
    paragraph_start: usize,
}

impl Scan {
    #[inline]
    fn push(&mut self, span: Span, kind: TokenKind, shape: Shape) {
        if shape.line_before() || self.tokens.is_empty() {
            self.close_paragraph();
            self.paragraph_start = span.start;
        }
        self.tokens.push(Token { span, kind });
        self.shapes.push(shape);
    }

    /// Ends the paragraph open since `paragraph_start` at the last token.
    fn close_paragraph(&mut self) {
        if let Some(last) = self.tokens.last() {
            self.paragraphs
                .push(Span::new(self.paragraph_start, last.span.end));
        }
    }
}

/// Splits `text` into tokens and tells the [`Shape`] of each, in one pass.
///
/// A table of byte classes drives the loop: ASCII letters and digits are
/// consumed eight at a time without decoding, and their classes are
/// gathered on the way into the token's shape; only multi-byte characters
/// are decoded.
pub fn tokenize_with_shapes(text: &str) -> (Vec<Token>, Vec<Shape>) {
    let scan = scan(text);
    (scan.tokens, scan.shapes)
}

/// The tokenizer behind [`tokenize_with_shapes`], which also collects
/// paragraphs and sentence marks for [`crate::Analysis`].
pub(crate) fn scan(text: &str) -> Scan {
    use class::{ALNUM, DIGIT, HIGH, MARK, SPACE, TABLE};
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Scan {
        tokens: Vec::with_capacity(n / 5),
        shapes: Vec::with_capacity(n / 5),
        ..Scan::default()
    };
    // `Shape::LINE_BEFORE` once a line break is passed, until the next token.
    let mut line = 0;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let first = TABLE[usize::from(b)];
        if first & SPACE != 0 {
            if b == b'\n' {
                line = Shape::LINE_BEFORE;
            }
            i += 1;
            continue;
        }
        if first & ALNUM != 0 {
            // The common case: an ASCII word or number.
            let (end, seen) = word_end(text, i + 1, first & DIGIT != 0);
            let kind = if first & DIGIT != 0 {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let shape = if seen & HIGH == 0 {
                let lower = if seen & class::LOWER != 0 {
                    Shape::HAS_LOWER
                } else {
                    0
                };
                Shape(FIRST_SHAPE[usize::from(b)] | lower | line)
            } else {
                Shape::of(&text[i..end], line != 0)
            };
            out.push(Span::new(i, end), kind, shape);
            line = 0;
            i = end;
            continue;
        }
        let (c, len) = if first & HIGH == 0 {
            (b as char, 1)
        } else {
            let c = char_at(text, i).unwrap_or(' ');
            (c, c.len_utf8())
        };
        if first & HIGH != 0 {
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if c.is_alphanumeric() {
                let (end, _) = word_end(text, i + len, false);
                let shape = Shape::of(&text[i..end], line != 0);
                out.push(Span::new(i, end), TokenKind::Word, shape);
                line = 0;
                i = end;
                continue;
            }
        }
        if is_apostrophe(c) {
            let after_word = out
                .tokens
                .last()
                .is_some_and(|t: &Token| t.span.end == i && t.kind == TokenKind::Word);
            if after_word && possessive_s_at(text, i + len) {
                let span = Span::new(i, i + len + 1);
                let shape = Shape::of(span.text(text), line != 0);
                out.push(span, TokenKind::Possessive, shape);
                line = 0;
                i += len + 1;
                continue;
            }
        }
        if first & MARK != 0 || c == '…' {
            out.marks.push(i);
        }
        let shape = if len == 1 {
            Shape(FIRST_SHAPE[usize::from(b)] | line)
        } else {
            Shape::of(&text[i..i + len], line != 0)
        };
        out.push(Span::new(i, i + len), TokenKind::Punct, shape);
        line = 0;
        i += len;
    }
    out.close_paragraph();
    debug_assert_eq!(out.tokens.len(), out.shapes.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_hyphens_and_possessives() {
        assert_eq!(words("Putin-Biden talks"), ["Putin", "-", "Biden", "talks"]);
        assert_eq!(words("Biden's plan"), ["Biden", "'s", "plan"]);
        assert_eq!(words("Ukraine’s border"), ["Ukraine", "’s", "border"]);
        assert_eq!(words("O'Gorman don’t"), ["O'Gorman", "don’t"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            words("almost 9,000 kilometers"),
            ["almost", "9,000", "kilometers"]
        );
        assert_eq!(words("2.5 km, 7th."), ["2.5", "km", ",", "7th", "."]);
        assert_eq!(words("12/7/2021"), ["12", "/", "7", "/", "2021"]);
    }

    #[test]
    fn runs_of_eight_bytes() {
        let run = |s: &[u8; 8]| alnum_run8(u64::from_le_bytes(*s));
        assert_eq!(run(b"Putin sa"), (5, true));
        assert_eq!(run(b"NATO's a"), (4, false));
        assert_eq!(run(b"12345678"), (8, false));
        assert_eq!(run(b"abcdefgh"), (8, true));
        assert_eq!(run(b" abcdefg"), (0, false));
        assert_eq!(run(b"AB\xc3\xa9cdef"), (2, false));
        assert_eq!(run(b"Z@[`{/:a"), (1, false));
    }

    #[test]
    fn quotes_are_punctuation() {
        let text = "“get back,” he said";
        let toks = tokenize(text);
        assert_eq!(toks[0].kind, TokenKind::Punct);
        assert_eq!(words(text), ["“", "get", "back", ",", "”", "he", "said"]);
    }
}
