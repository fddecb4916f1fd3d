//! gleaner's core: the document model, the extractor trait, the plugin
//! registry and the parallel pipeline. No extraction logic lives here.
//!
//! The key design decision: extractors are plugins that register
//! themselves (`inventory`) and return typed outputs (`Vec<A>` of their own
//! annotation type). A plugin that needs another's findings reads them,
//! typed, from the [`Context`]; only the writer turns outputs into JSON.
//!
//! ```
//! use gleaner_core::{Document, Pipeline, Registry};
//! let registry = Registry::global().unwrap();
//! let pipeline = Pipeline::new(registry.build_all_default().unwrap(), 1).unwrap();
//! let found = pipeline.extract(&Document::new("1", "Nothing to see."));
//! assert!(found.errors.is_empty());
//! ```

mod document;
mod error;
mod extractor;
mod pipeline;
mod registry;
pub mod scratch;
#[cfg(test)]
mod test_support;

pub use document::Document;
pub use error::{ConfigError, Error, ExtractError};
pub use extractor::{Annotation, Context, Extractor, Output};
pub use gleaner_text::{Analysis, Span};
pub use pipeline::{Batching, Extraction, Pipeline};
pub use registry::{Configurable, ExtractorFactory, Registry};

/// Re-exported so plugins can `gleaner_core::inventory::submit!` without a
/// dependency of their own.
pub use inventory;
pub use jiff;
