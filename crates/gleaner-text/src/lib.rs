//! Shared text analysis for gleaner, computed once per document and read by
//! every extractor.
//!
//! The key design decision: this crate is the lowest layer. It knows text
//! and nothing of documents, plugins or files, so every extractor can lean
//! on the same tokens, sentences and number grammar without a second copy,
//! and [`Span`], the byte range every annotation carries, lives here.
//!
//! [`Analysis::new`] tokenizes and splits a text in one pass each; the
//! pipeline builds it once per document and hands it to every extractor.

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
        let (tokens, shapes) = tokenize_with_shapes(text);
        let paragraphs = paragraphs(text);
        let sentences = sentences(text, &paragraphs);
        Analysis {
            text,
            tokens,
            shapes,
            sentences,
            paragraphs,
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
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// Token indices `[first, last)` lying inside `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.end <= span.end);
        first..last.max(first)
    }

    /// Index of the sentence holding byte `offset`, or of the nearest one
    /// before it.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= offset);
        i.checked_sub(1)
    }

    /// Index of the paragraph holding byte `offset`, or of the nearest one
    /// before it.
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
