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

    /// All the bits, for tables indexed by shape.
    #[inline]
    pub fn bits(self) -> u8 {
        self.0
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
    /// `.` `!` `?`: a sentence may end here (so may `…`, which is non-ASCII).
    pub const MARK: u8 = 1 << 6;

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
            } else if matches!(c, b'.' | b'!' | b'?') {
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

/// The high bit of each byte of `x` that lies in `lo..=hi`, correct for
/// every byte below 0x80 up to the first one that is not: no carry
/// crosses from such a byte into the next.
#[inline]
fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = x.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & HIGHS
}

/// Of eight bytes (little endian): how many leading ones are ASCII letters
/// or digits.
///
/// Setting bit 5 (0x20) folds exactly the uppercase letters onto the
/// lowercase ones, so one range test finds all letters. A byte of a
/// multi-byte character (high bit set) counts as neither; the carry its
/// sums may pass on only touches the bytes after it, past the run.
#[inline]
fn alnum_len8(w: u64) -> usize {
    let letter = bytes_in(w | (ONES * 0x20), b'a', b'z');
    let alnum = (letter | bytes_in(w, b'0', b'9')) & !w;
    (!alnum & HIGHS).trailing_zeros() as usize / 8
}

/// The end of the run of ASCII letters and digits from byte `at`, eight
/// bytes at a time: most words end within the first eight.
#[inline(always)]
fn alnum_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk) {
        let len = alnum_len8(u64::from_le_bytes(chunk));
        at += len;
        if len < 8 {
            return at;
        }
    }
    // The last few bytes of the text.
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// The shape bits an ASCII first byte gives a token (all but HAS_LOWER for
/// the rest of it and LINE_BEFORE); 256 entries so that indexing by a byte
/// needs no bounds check, only the ASCII ones are read.
const FIRST_SHAPE: [u8; 256] = {
    let mut t = [0u8; 256];
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

/// For each byte that ends a run of ASCII letters and digits: whether a
/// word (bit [`go_on::WORD`]) or a number ([`go_on::NUMBER`]) may go on
/// past it. Only a non-ASCII character (a letter, or `’`) or inner
/// punctuation can be part of a token, `'` in words and `,` `.` in
/// numbers; any other byte ends the token at once.
mod go_on {
    pub const WORD: u8 = 1;
    pub const NUMBER: u8 = 2;

    /// The bit for a number or a word, without a branch.
    #[inline(always)]
    pub fn bit(number: bool) -> u8 {
        WORD << u8::from(number)
    }

    pub const TABLE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = match b as u8 {
                0x80.. => WORD | NUMBER, // a multi-byte character: `word_end` decodes it
                b'\'' => WORD,
                b',' | b'.' => NUMBER,
                _ => 0,
            };
            b += 1;
        }
        t
    };
}

/// True when a token of kind `kind` ([`go_on::WORD`] or
/// [`go_on::NUMBER`]) may go on past byte `at`, which is not an ASCII
/// letter or digit: one table read, no branch on the kind (which a
/// predictor gets wrong whenever a number follows words).
#[inline(always)]
fn may_go_on(bytes: &[u8], at: usize, kind: u8) -> bool {
    bytes
        .get(at)
        .is_some_and(|&d| go_on::TABLE[usize::from(d)] & kind != 0)
}

/// The end of the word or number token whose run of ASCII letters and
/// digits ends at `end`, where [`may_go_on`] said that it may go on, and
/// whether a multi-byte character is part of it.
///
/// ASCII letters and digits go by [`alnum_end`]; a token goes on past
/// anything else only for a non-ASCII letter or digit, or for inner
/// punctuation with a letter or digit after it.
#[inline(never)]
fn word_end(text: &str, mut end: usize, number: bool) -> (usize, bool) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut high = false;
    loop {
        let d = bytes[end];
        let multibyte = d >= 0x80;
        let (dc, dlen) = if !multibyte {
            (d as char, 1)
        } else {
            let dc = char_at(text, end).unwrap_or(' ');
            (dc, dc.len_utf8())
        };
        let joins = if multibyte && dc.is_alphanumeric() {
            true
        } else {
            // Inner punctuation is kept when a letter or digit follows.
            match dc {
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
            }
        };
        if !joins {
            return (end, high);
        }
        high |= multibyte;
        end = alnum_end(bytes, end + dlen);
        if !may_go_on(bytes, end, go_on::bit(number)) {
            return (end, high);
        }
    }
}

/// What one pass of the tokenizer finds: tokens and their shapes, and on
/// the way the paragraphs and the places where a sentence may end.
#[derive(Debug)]
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
    /// Adds a token of shape bits `shape`; `line` is as in [`scan`].
    #[inline(always)]
    fn push(&mut self, span: Span, kind: TokenKind, shape: u8, line: u8) {
        if line != 0 {
            self.close_paragraph();
            self.paragraph_start = span.start;
        }
        self.tokens.push(Token { span, kind });
        self.shapes.push(Shape(shape | (line & Shape::LINE_BEFORE)));
    }

    /// Ends the paragraph open since `paragraph_start` at the last token.
    fn close_paragraph(&mut self) {
        if let Some(last) = self.tokens.last() {
            self.paragraphs
                .push(Span::new(self.paragraph_start, last.span.end));
        }
    }
}

/// The token at `i`, whose first byte is not an ASCII letter or digit:
/// punctuation (a possessive `'s` among it), or a non-ASCII character,
/// which may also be white space or start a word. Returns where the scan
/// goes on and whether a token was added.
#[inline(never)]
fn other_token(out: &mut Scan, text: &str, i: usize, line: u8) -> (usize, bool) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    let c = char_at(text, i).unwrap_or(' ');
    let len = c.len_utf8();
    // General punctuation (dashes, curly quotes, bullets, `…`) is most of
    // the non-ASCII characters of English news: neither space nor letter,
    // of no case, so spared the Unicode table searches.
    let general_punct = matches!(c, '\u{2010}'..='\u{2027}');
    if len > 1 && !general_punct {
        if c.is_whitespace() {
            return (i + len, false);
        }
        if c.is_alphanumeric() {
            let run = alnum_end(bytes, i + len);
            let end = if may_go_on(bytes, run, go_on::WORD) {
                word_end(text, run, false).0
            } else {
                run
            };
            let shape = Shape::of(&text[i..end], false).0;
            out.push(Span::new(i, end), TokenKind::Word, shape, line);
            return (end, true);
        }
    }
    if is_apostrophe(c) {
        let after_word = out
            .tokens
            .last()
            .is_some_and(|t: &Token| t.span.end == i && t.kind == TokenKind::Word);
        if after_word && possessive_s_at(text, i + len) {
            let span = Span::new(i, i + len + 1);
            let shape = Shape::of(span.text(text), false).0;
            out.push(span, TokenKind::Possessive, shape, line);
            return (i + len + 1, true);
        }
    }
    if class::TABLE[usize::from(b)] & class::MARK != 0 || c == '…' {
        out.marks.push(i);
    }
    let shape = if len == 1 {
        FIRST_SHAPE[usize::from(b)]
    } else if general_punct {
        0
    } else {
        Shape::of(&text[i..i + len], false).0
    };
    out.push(Span::new(i, i + len), TokenKind::Punct, shape, line);
    (i + len, true)
}

/// Splits `text` into tokens and tells the [`Shape`] of each, in one pass.
///
/// A table of byte classes drives the loop: ASCII letters and digits are
/// consumed eight at a time without decoding, and an ASCII token's shape
/// comes from a table of its first byte; only multi-byte characters are
/// decoded.
pub fn tokenize_with_shapes(text: &str) -> (Vec<Token>, Vec<Shape>) {
    let scan = scan(text);
    (scan.tokens, scan.shapes)
}

/// The tokenizer behind [`tokenize_with_shapes`], which also collects
/// paragraphs and sentence marks for [`crate::Analysis`].
pub(crate) fn scan(text: &str) -> Scan {
    let n = text.len();
    let mut out = Scan {
        // News text has a token per five bytes, a sentence mark per fifty
        // and a paragraph per eighty or so; room for more (lists, tables,
        // short lines), as a vector that grows is copied whole.
        tokens: Vec::with_capacity(n / 3),
        shapes: Vec::with_capacity(n / 3),
        paragraphs: Vec::with_capacity(n / 32 + 1),
        marks: Vec::with_capacity(n / 16 + 1),
        paragraph_start: 0,
    };
    scan_into(&mut out, text);
    out.close_paragraph();
    debug_assert_eq!(out.tokens.len(), out.shapes.len());
    out
}

/// The loop of [`scan`]. `out` comes in as a `&mut` argument rather than
/// being a local whose address other calls see, so the compiler knows
/// that writing a token cannot change the vectors' lengths.
#[inline(never)]
fn scan_into(out: &mut Scan, text: &str) {
    use class::{ALNUM, DIGIT, HIGH, MARK, SPACE, TABLE};
    // Not a shape bit: marks the start of the text in `line`.
    const TEXT_START: u8 = 1 << 7;
    let bytes = text.as_bytes();
    let n = bytes.len();
    // What lies between the last token and the next: `Shape::LINE_BEFORE`
    // after a line break, `TEXT_START` before the first token. Either
    // makes the next token open a paragraph.
    let mut line = TEXT_START;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let first = TABLE[usize::from(b)];
        if first & ALNUM != 0 {
            // The common case: an ASCII word or number.
            let number = first & DIGIT != 0;
            let mut end = alnum_end(bytes, i + 1);
            let mut high = false;
            if may_go_on(bytes, end, go_on::bit(number)) {
                (end, high) = word_end(text, end, number);
            }
            let kind = if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let shape = if !high {
                // All ASCII: a lowercase letter is a lowercase byte, and
                // the first byte's entry tells about the first one.
                let mut shape = FIRST_SHAPE[usize::from(b)];
                if shape & Shape::HAS_LOWER == 0
                    && bytes[i + 1..end].iter().any(u8::is_ascii_lowercase)
                {
                    shape |= Shape::HAS_LOWER;
                }
                shape
            } else {
                Shape::of(&text[i..end], false).0
            };
            out.push(Span::new(i, end), kind, shape, line);
            line = 0;
            // Words are mostly followed by one space, skipped here.
            i = end + usize::from(bytes.get(end) == Some(&b' '));
            continue;
        }
        if first & SPACE != 0 {
            if b == b'\n' {
                line |= Shape::LINE_BEFORE;
            }
            i += 1;
            continue;
        }
        if first & HIGH == 0 && b != b'\'' {
            // ASCII punctuation other than an apostrophe: a token by itself.
            if first & MARK != 0 {
                out.marks.push(i);
            }
            let shape = FIRST_SHAPE[usize::from(b)];
            out.push(Span::new(i, i + 1), TokenKind::Punct, shape, line);
            line = 0;
            i += 1;
            continue;
        }
        // An apostrophe or a non-ASCII character: off the hot path.
        let (next, pushed) = other_token(out, text, i, line);
        if pushed {
            line = 0;
        }
        i = next;
    }
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
    fn runs_of_letters_and_digits() {
        let end = |text: &str, at: usize| alnum_end(text.as_bytes(), at);
        assert_eq!(end("Putin sa", 0), 5);
        assert_eq!(end("NATO's a", 0), 4);
        assert_eq!(end("NATO's a", 5), 6);
        assert_eq!(end("12345678", 0), 8);
        assert_eq!(end("abcdefgh", 3), 8);
        assert_eq!(end(" abcdefg", 0), 0);
        assert_eq!(end("ABécdef", 0), 2);
        assert_eq!(end("Z@[`{/:a", 0), 1);
        assert_eq!(end("ABCDEFGHIJKLMNOPQRSTU.", 0), 21);
        assert_eq!(end("ABCDEFGHIJKLMNOPQRSTU", 2), 21);
        assert_eq!(end("a\u{FFFF}\u{7FF}zzzz", 0), 1);
    }

    proptest::proptest! {
        #[test]
        fn runs_are_counted_byte_by_byte(text in "[a-zA-Z0-9@\\[`{/: \u{80}-\u{10FFFF}]{0,24}") {
            let bytes = text.as_bytes();
            for at in 0..=bytes.len() {
                let run = bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                proptest::prop_assert_eq!(alnum_end(bytes, at), at + run);
            }
        }
    }

    #[test]
    fn quotes_are_punctuation() {
        let text = "“get back,” he said";
        let toks = tokenize(text);
        assert_eq!(toks[0].kind, TokenKind::Punct);
        assert_eq!(words(text), ["“", "get", "back", ",", "”", "he", "said"]);
    }
}
