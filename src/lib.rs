//! gleaner extracts quotes, dates, people, distances and durations from news
//! articles, each with its exact byte span and a normalised value.
//!
//! This facade re-exports the core API and links every built-in extractor,
//! so `Registry::global()` lists them all. A binary that adds its own
//! extractor names its crate the same way (`use my_plugin as _;`): a crate
//! nothing refers to is dropped by the linker, and its registration with it.
//!
//! ```
//! use gleaner::{Document, Pipeline, Registry};
//!
//! let registry = Registry::global().unwrap();
//! let pipeline = Pipeline::new(registry.build_all_default().unwrap(), 1).unwrap();
//! let doc = Document::new("1", "The talks lasted two hours.");
//! let found = pipeline.extract(&doc);
//! assert!(found.errors.is_empty());
//! ```

pub use gleaner_core::*;

pub use gleaner_dates as dates;
pub use gleaner_distances as distances;
pub use gleaner_durations as durations;
pub use gleaner_people as people;
pub use gleaner_quotes as quotes;
pub use gleaner_text as text;

/// The names of the built-in extractors.
pub const BUILT_IN: [&str; 5] = ["dates", "distances", "durations", "people", "quotes"];
