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

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let number = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = i + d.len_utf8();
                    chars.next();
                    continue;
                }
                // Inner punctuation is kept when a letter or digit follows it.
                let next = text[i + d.len_utf8()..].chars().next();
                let joins = match d {
                    ',' | '.' if number => {
                        next.is_some_and(|n| n.is_ascii_digit())
                            && text[start..i]
                                .chars()
                                .last()
                                .is_some_and(|p| p.is_ascii_digit())
                    }
                    _ if is_apostrophe(d) && !number => {
                        // "Biden's" splits; "O'Gorman" and "don't" stay whole.
                        let after = &text[i + d.len_utf8()..];
                        let possessive = after.starts_with('s')
                            && !after[1..].chars().next().is_some_and(char::is_alphanumeric);
                        !possessive && next.is_some_and(char::is_alphabetic)
                    }
                    _ => false,
                };
                if joins {
                    chars.next();
                    continue;
                }
                break;
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
            continue;
        }
        if is_apostrophe(c) {
            let prev_word = tokens
                .last()
                .is_some_and(|t: &Token| t.span.end == start && t.kind == TokenKind::Word);
            let after = &text[start + c.len_utf8()..];
            if prev_word
                && after.starts_with('s')
                && !after[1..].chars().next().is_some_and(char::is_alphanumeric)
            {
                chars.next();
                let end = start + c.len_utf8() + 1;
                tokens.push(Token {
                    span: Span::new(start, end),
                    kind: TokenKind::Possessive,
                });
                continue;
            }
        }
        tokens.push(Token {
            span: Span::new(start, start + c.len_utf8()),
            kind: TokenKind::Punct,
        });
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
