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
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut tokens = Vec::with_capacity(n / 5);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let c = char_at(text, i).unwrap_or(' ');
            (c, c.len_utf8())
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let number = c.is_ascii_digit();
            let mut end = i + len;
            while end < n {
                let d = bytes[end];
                if d.is_ascii_alphanumeric() {
                    end += 1;
                    continue;
                }
                let (dc, dlen) = if d < 0x80 {
                    (d as char, 1)
                } else {
                    let dc = char_at(text, end).unwrap_or(' ');
                    (dc, dc.len_utf8())
                };
                if d >= 0x80 && dc.is_alphanumeric() {
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
                    break;
                }
                end += dlen;
            }
            let kind = if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                span: Span::new(start, end),
                kind,
            });
            i = end;
            continue;
        }
        if is_apostrophe(c) {
            let after_word = tokens
                .last()
                .is_some_and(|t: &Token| t.span.end == i && t.kind == TokenKind::Word);
            if after_word && possessive_s_at(text, i + len) {
                let span = Span::new(i, i + len + 1);
                tokens.push(Token {
                    span,
                    kind: TokenKind::Possessive,
                });
                i += len + 1;
                continue;
            }
        }
        tokens.push(Token {
            span: Span::new(i, i + len),
            kind: TokenKind::Punct,
        });
        i += len;
    }
    tokens
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
    fn quotes_are_punctuation() {
        let text = "“get back,” he said";
        let toks = tokenize(text);
        assert_eq!(toks[0].kind, TokenKind::Punct);
        assert_eq!(words(text), ["“", "get", "back", ",", "”", "he", "said"]);
    }
}
