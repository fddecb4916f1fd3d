//! Errors of the core: configuration, pipeline assembly and extraction.

use thiserror::Error;

/// What can go wrong before any document is read: a bad registry or config.
#[derive(Debug, Error)]
pub enum Error {
    #[error("two extractors are registered under the name `{0}`")]
    DuplicateName(&'static str),
    #[error("unknown extractor `{name}`; the extractors are: {valid}")]
    UnknownExtractor { name: String, valid: String },
    #[error("extractor `{extractor}` requires `{missing}`, which is not enabled")]
    MissingRequirement {
        extractor: &'static str,
        missing: &'static str,
    },
    #[error("extractors require each other in a cycle: {0}")]
    Cycle(String),
    #[error("extractor `{extractor}`: {source}")]
    Config {
        extractor: &'static str,
        source: ConfigError,
    },
    #[error("cannot start {threads} worker threads: {message}")]
    ThreadPool { threads: usize, message: String },
}

/// A plugin's config table could not be read.
#[derive(Debug, Error)]
#[error("{message}")]
pub struct ConfigError {
    pub message: String,
}

impl ConfigError {
    pub fn new(message: impl Into<String>) -> Self {
        ConfigError {
            message: message.into(),
        }
    }
}

/// One extractor failed on one document. The run goes on; the document's
/// record carries the error.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{extractor}: {message}")]
pub struct ExtractError {
    pub extractor: &'static str,
    pub message: String,
}
