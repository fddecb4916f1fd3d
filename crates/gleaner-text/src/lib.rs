//! Shared text analysis for gleaner, computed once per document and read by
//! every extractor.
//!
//! The key design decision: this crate is the lowest layer. It knows text
//! and nothing of documents, plugins or files, so every extractor can lean
//! on the same tokens, sentences and number grammar without a second copy,
//! and [`Span`], the byte range every annotation carries, lives here.
//!
//! [`Analysis::new`] makes one pass over the text: the tokenizer also finds
//! the paragraphs (runs of tokens between line breaks) and the marks that
//! may end a sentence, and the sentence splitter then looks at those marks
//! only. The pipeline builds it once per document and hands it to every
//! extractor, so its cost is paid for each document once: about 22
//! instructions per byte of news text (callgrind, 2026-11), most of them in
//! the tokenizer's loop over ASCII words (README.md, "Speed", tells what
//! was tried).

pub mod calendar;
pub mod numbers;
mod sentences;
mod span;
mod tokens;

pub use sentences::{paragraphs, sentences};
pub use span::Span;
pub use tokens::{Shape, Token, TokenKind, tokenize, tokenize_with_shapes};

/// Tokens, sentences and paragraphs of one text.
#[derive(Debug)]
pub struct Analysis<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    shapes: Vec<Shape>,
    sentences: Vec<Span>,
    paragraphs: Vec<Span>,
}

impl<'t> Analysis<'t> {
    pub fn new(text: &'t str) -> Self {
        // One pass of the tokenizer also finds the paragraphs and the
        // marks that may end a sentence; only those marks are looked at
        // again. (Same results as `paragraphs` and `sentences`, which
        // search the text themselves; a test compares them.)
        let scan = tokens::scan(text);
        let sentences = sentences::sentences_at_marks(text, &scan.paragraphs, &scan.marks);
        Analysis {
            text,
            tokens: scan.tokens,
            shapes: scan.shapes,
            sentences,
            paragraphs: scan.paragraphs,
        }
    }

    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    #[inline]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// How each token is written, index for index with [`Self::tokens`].
    #[inline]
    pub fn shapes(&self) -> &[Shape] {
        &self.shapes
    }

    /// How token `i` is written.
    #[inline]
    pub fn shape(&self, i: usize) -> Shape {
        self.shapes[i]
    }

    #[inline]
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    #[inline]
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// The surface text of token `i`.
    #[inline]
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].span.text(self.text)
    }

    /// Index of the first token that ends after byte `offset`.
    #[inline]
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// Token indices `[first, last)` lying inside `span`.
    #[inline]
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.end <= span.end);
        first..last.max(first)
    }

    /// Index of the sentence holding byte `offset`, or of the nearest one
    /// before it.
    #[inline]
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= offset);
        i.checked_sub(1)
    }

    /// Index of the paragraph holding byte `offset`, or of the nearest one
    /// before it.
    #[inline]
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= offset);
        i.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_span_is_valid(text in "\\PC{0,200}") {
            let a = Analysis::new(&text);
            for t in a.tokens() {
                prop_assert!(t.span.is_valid_in(&text) && !t.span.is_empty());
            }
            for s in a.sentences().iter().chain(a.paragraphs()) {
                prop_assert!(s.is_valid_in(&text) && !s.is_empty());
            }
        }

        #[test]
        fn shapes_tell_how_each_token_is_written(text in "(\\PC|\n| |É|é|[A-Z]){0,120}") {
            let a = Analysis::new(&text);
            prop_assert_eq!(a.shapes().len(), a.tokens().len());
            let mut prev_end = 0;
            for (t, &shape) in a.tokens().iter().zip(a.shapes()) {
                let w = t.text(&text);
                prop_assert_eq!(shape.capitalized(), t.is_capitalized(&text));
                prop_assert_eq!(shape.has_lower(), w.chars().any(char::is_lowercase));
                prop_assert_eq!(shape.alphabetic(), w.starts_with(char::is_alphabetic));
                prop_assert_eq!(shape.ascii(), w.is_ascii());
                prop_assert_eq!(shape.line_before(), text[prev_end..t.span.start].contains('\n'));
                prev_end = t.span.end;
            }
        }
    }

    /// A straightforward char-by-char statement of the token rules, for
    /// the byte-level tokenizer to agree with.
    fn reference_tokens(text: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let offset = |k: usize| chars.get(k).map_or(text.len(), |&(i, _)| i);
        let apostrophe = |c: char| c == '\'' || c == '’';
        // A possessive `s`: an `s` at `k` that ends the word.
        let possessive_s =
            |k: usize| at(k) == Some('s') && !at(k + 1).is_some_and(char::is_alphanumeric);
        let mut out: Vec<Token> = Vec::new();
        let mut k = 0;
        while let Some(c) = at(k) {
            let token = |kind, end: usize| Token {
                span: Span::new(offset(k), offset(end)),
                kind,
            };
            if c.is_whitespace() {
                k += 1;
            } else if c.is_alphanumeric() {
                let number = c.is_ascii_digit();
                let mut j = k + 1;
                while let Some(d) = at(j) {
                    let joins = d.is_alphanumeric()
                        || if number {
                            matches!(d, ',' | '.')
                                && at(j - 1).is_some_and(|p| p.is_ascii_digit())
                                && at(j + 1).is_some_and(|n| n.is_ascii_digit())
                        } else {
                            apostrophe(d)
                                && !possessive_s(j + 1)
                                && at(j + 1).is_some_and(char::is_alphabetic)
                        };
                    if !joins {
                        break;
                    }
                    j += 1;
                }
                let kind = if number {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(token(kind, j));
                k = j;
            } else if apostrophe(c)
                && out
                    .last()
                    .is_some_and(|t| t.span.end == offset(k) && t.is_word())
                && possessive_s(k + 1)
            {
                out.push(token(TokenKind::Possessive, k + 2));
                k += 2;
            } else {
                out.push(token(TokenKind::Punct, k + 1));
                k += 1;
            }
        }
        out
    }

    /// Text rich in what the tokenizer and sentence splitter look at:
    /// long and short ASCII runs, inner punctuation, possessives, curly
    /// quotes, non-ASCII letters and white space, line breaks.
    const TRICKY: &str = "([a-zA-Z0-9]{1,12}|[ ,.'’s…!?\"”“()\n\t\r]|[éÉß½٣]|\u{3000}|\u{2028}|\u{85}|\u{b}|Mr|U\\.S|\\PC){0,80}";

    /// Text that puts what the tokenizer's fast paths must leave to its
    /// slow ones at every offset (a run of letters and spaces in front
    /// moves it across the eight-byte reads): line breaks with `\r`,
    /// no-break spaces, curly apostrophes and possessives, numbers with
    /// separators, words longer than eight and sixteen bytes, non-ASCII
    /// letters inside and at the ends of words.
    const EDGES: &str = "[a ]{0,70}(\r\n|\n|\u{a0}|\u{2019}s?|'s?|[0-9]{1,5}[,.][0-9]{1,4}|[A-Za-z]{9,24}|[a-zA-Z]{0,9}[éßÉ½٣][a-z0-9]{0,9}|[A-Z]{2,10}|[a-z]{1,8}|[0-9]{1,3}(st|km|s)?|[ ,.!?()\"“”…-]|\u{2014}|\\PC){0,60}";

    /// The offsets of the punctuation tokens that may end a sentence.
    fn marks_of(text: &str, tokens: &[Token]) -> Vec<usize> {
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?" | "…"))
            .map(|t| t.span.start)
            .collect()
    }

    proptest! {
        #[test]
        fn tokens_follow_the_reference(text in TRICKY) {
            prop_assert_eq!(tokenize(&text), reference_tokens(&text));
        }

        #[test]
        fn one_pass_finds_the_same_paragraphs_and_sentences(text in TRICKY) {
            let a = Analysis::new(&text);
            let paragraphs = paragraphs(&text);
            prop_assert_eq!(a.paragraphs(), &paragraphs[..]);
            prop_assert_eq!(a.sentences(), &sentences(&text, &paragraphs)[..]);
        }

        #[test]
        fn edges_follow_the_reference(text in EDGES) {
            let a = Analysis::new(&text);
            prop_assert_eq!(a.tokens(), &reference_tokens(&text)[..]);
            let paragraphs = paragraphs(&text);
            prop_assert_eq!(a.paragraphs(), &paragraphs[..]);
            prop_assert_eq!(a.sentences(), &sentences(&text, &paragraphs)[..]);
            let scan = tokens::scan(&text);
            prop_assert_eq!(scan.marks, marks_of(&text, a.tokens()));
            let mut prev_end = 0;
            for (t, &shape) in a.tokens().iter().zip(a.shapes()) {
                let w = t.text(&text);
                prop_assert_eq!(shape, Shape::of(w, text[prev_end..t.span.start].contains('\n')));
                prev_end = t.span.end;
            }
        }

        #[test]
        fn trim_is_str_trim(text in TRICKY) {
            for start in 0..=text.len() {
                if !text.is_char_boundary(start) {
                    continue;
                }
                let span = Span::new(start, text.len()).trim(&text);
                let trimmed = text[start..].trim();
                prop_assert_eq!(span.text(&text), trimmed);
                let lead = text[start..].len() - text[start..].trim_start().len();
                prop_assert!(trimmed.is_empty() || span.start == start + lead);
            }
        }
    }

    #[test]
    fn lookups_find_the_right_units() {
        let text = "One two. Three four.\nFive.";
        let a = Analysis::new(text);
        assert_eq!(a.sentences().len(), 3);
        assert_eq!(a.sentence_at(10), Some(1));
        assert_eq!(a.paragraph_at(22), Some(1));
        let r = a.tokens_in(a.sentences()[1]);
        assert_eq!(a.token_text(r.start), "Three");
        assert_eq!(a.token_text(r.end - 1), ".");
        assert_eq!(a.token_text(a.token_at(5)), "two");
    }
}
