//! Byte spans into a document's text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's
/// text. Both ends lie on char boundaries, so `&text[span]` never panics.
///
/// Spans are made with [`Span::new`] (which checks the order) and checked
/// against their text with [`Span::is_valid_in`]; the pipeline checks every
/// span an extractor returns in one place before anything is written.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. `start <= end` is a debug assertion.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    #[inline]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers. Panics only if the span is invalid for
    /// `text`, which [`Span::is_valid_in`] rules out.
    #[inline]
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The text the span covers, or `None` when the span does not fit `text`.
    #[inline]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// True when `start <= end <= text.len()` and both ends are char boundaries.
    #[inline]
    pub fn is_valid_in(self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The smallest span covering both.
    #[inline]
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The span with leading and trailing white space removed (white space
    /// as `str::trim` has it).
    ///
    /// Most spans start and end with something else: two chars are looked
    /// at. Else ASCII white space is skipped byte by byte; only when a
    /// non-ASCII character comes first do the Unicode-aware `str` methods
    /// take over.
    pub fn trim(self, text: &str) -> Span {
        let s = self.text(text);
        let mut chars = s.chars();
        if chars.next().is_some_and(|c| !c.is_whitespace())
            && chars.next_back().is_none_or(|c| !c.is_whitespace())
        {
            return self; // the common case: nothing to trim
        }
        let bytes = s.as_bytes();
        let lead = match bytes.iter().position(|&b| !is_ascii_space(b)) {
            None => return Span::new(self.end, self.end),
            Some(j) if bytes[j] >= 0x80 => s.len() - s.trim_start().len(),
            Some(j) => j,
        };
        let rest = &bytes[lead..];
        let keep = match rest.iter().rposition(|&b| !is_ascii_space(b)) {
            Some(j) if rest[j] >= 0x80 => s[lead..].trim_end().len(),
            Some(j) => j + 1,
            None => 0,
        };
        Span::new(self.start + lead, self.start + lead + keep)
    }
}

/// ASCII white space as `char::is_whitespace` has it (which, unlike
/// `u8::is_ascii_whitespace`, counts the vertical tab).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_respects_char_boundaries() {
        let text = "a “b” c";
        assert!(Span::new(0, 1).is_valid_in(text));
        assert!(
            !Span::new(2, 3).is_valid_in(text),
            "inside the three-byte “"
        );
        assert!(Span::new(2, 5).is_valid_in(text));
        assert!(!Span::new(0, 100).is_valid_in(text));
    }

    #[test]
    fn trim_drops_outer_white_space() {
        let text = "  hello  ";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.text(text), "hello");
    }
}
