//! The document every extractor reads.

use jiff::civil::Date;

/// One news article: an id, its text and, when known, its publication date,
/// the anchor for relative dates ("Tuesday", "last year").
///
/// Built once and shared read-only by every extractor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub published: Option<Date>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            published: None,
        }
    }

    pub fn published(mut self, date: Option<Date>) -> Self {
        self.published = date;
        self
    }
}
