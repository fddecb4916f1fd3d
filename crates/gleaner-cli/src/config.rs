//! gleaner.toml: which extractors run, with which settings.
//!
//! The file is read with spans, so every mistake (an unknown extractor or
//! key, a value of the wrong type) is reported with its file, line and the
//! valid choices before any document is read.

use std::collections::BTreeMap;
use std::path::Path;

use gleaner::{Extractor, Registry};
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    At {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Core(#[from] gleaner::Error),
}

type RawTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    extractors: BTreeMap<Spanned<String>, Spanned<RawTable>>,
}

/// One extractor's settings: on or off, and its own keys.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractorConfig {
    pub enabled: bool,
    pub table: toml::Table,
    /// Where it was set, for error messages: (file, line).
    origin: Option<(String, usize)>,
}

/// The extractors to run, and the names whose output is shown (with
/// `--only`, requirements run without being shown).
pub struct Selection {
    pub extractors: Vec<Box<dyn Extractor>>,
    pub shown: Vec<&'static str>,
}

/// The effective config: every registered extractor, with defaults for
/// whatever the file leaves out. Sorted by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub extractors: BTreeMap<&'static str, ExtractorConfig>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn type_name(v: &toml::Value) -> &'static str {
    v.type_str()
}

impl Config {
    /// Every registered extractor, enabled, with its defaults.
    pub fn default_for(registry: &Registry) -> Config {
        let extractors = registry
            .factories()
            .iter()
            .map(|f| {
                let c = ExtractorConfig {
                    enabled: true,
                    table: (f.default_config)(),
                    origin: None,
                };
                (f.name, c)
            })
            .collect();
        Config { extractors }
    }

    pub fn load(path: &Path, registry: &Registry) -> Result<Config, ConfigError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: file.clone(),
            source,
        })?;
        Config::parse(&text, &file, registry)
    }

    /// Reads a config from `text`; `file` names it in errors.
    pub fn parse(text: &str, file: &str, registry: &Registry) -> Result<Config, ConfigError> {
        let at = |offset: usize, message: String| ConfigError::At {
            file: file.to_string(),
            line: line_of(text, offset),
            message,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            let mut message = e.message().trim().to_string();
            if message.contains("unknown field") {
                message.push_str(" (the only top-level table is `extractors`)");
            }
            at(offset, message)
        })?;
        let mut config = Config::default_for(registry);
        for (name, table) in raw.extractors {
            let Some(factory) = registry.get(name.get_ref()) else {
                let message = format!(
                    "unknown extractor `{}`; the extractors are: {}",
                    name.get_ref(),
                    registry.names().join(", ")
                );
                return Err(at(name.span().start, message));
            };
            let defaults = (factory.default_config)();
            let entry = config
                .extractors
                .get_mut(factory.name)
                .expect("every factory has a default");
            entry.origin = Some((file.to_string(), line_of(text, table.span().start)));
            for (key, value) in table.into_inner() {
                let (key_name, value_span, value) =
                    (key.get_ref().as_str(), value.span(), value.into_inner());
                if key_name == "enabled" {
                    match value {
                        toml::Value::Boolean(b) => entry.enabled = b,
                        other => {
                            let message = format!(
                                "`extractors.{}.enabled` must be a boolean, not a {}",
                                factory.name,
                                type_name(&other)
                            );
                            return Err(at(value_span.start, message));
                        }
                    }
                    continue;
                }
                let Some(default) = defaults.get(key_name) else {
                    let mut valid: Vec<&str> = vec!["enabled"];
                    valid.extend(defaults.keys().map(String::as_str));
                    let message = format!(
                        "unknown key `{key_name}` for extractor `{}`; valid keys: {}",
                        factory.name,
                        valid.join(", ")
                    );
                    return Err(at(key.span().start, message));
                };
                if !same_type(default, &value) {
                    let message = format!(
                        "`extractors.{}.{key_name}` must be a {}, not a {}",
                        factory.name,
                        type_name(default),
                        type_name(&value)
                    );
                    return Err(at(value_span.start, message));
                }
                entry.table.insert(key_name.to_string(), value);
            }
            // The plugin checks its values (ranges, enums) itself.
            if let Err(e) = (factory.build)(&entry.table) {
                let line = entry.origin.as_ref().map_or(1, |o| o.1);
                return Err(ConfigError::At {
                    file: file.to_string(),
                    line,
                    message: format!("extractor `{}`: {}", factory.name, e.message),
                });
            }
        }
        Ok(config)
    }

    /// Builds the enabled extractors, or those `only` names plus what they
    /// require.
    pub fn build(
        &self,
        registry: &Registry,
        only: Option<&[String]>,
    ) -> Result<Selection, ConfigError> {
        let mut run: Vec<&'static str> = match only {
            Some(names) => names
                .iter()
                .map(|n| registry.require(n).map(|f| f.name))
                .collect::<Result<_, _>>()?,
            None => self
                .extractors
                .iter()
                .filter(|(_, c)| c.enabled)
                .map(|(n, _)| *n)
                .collect(),
        };
        let shown = run.clone();
        let mut extractors: Vec<Box<dyn Extractor>> = Vec::new();
        let mut i = 0;
        while i < run.len() {
            let name = run[i];
            let factory = registry.require(name)?;
            let cfg = &self.extractors[name];
            let extractor = (factory.build)(&cfg.table).map_err(|source| {
                ConfigError::Core(gleaner::Error::Config {
                    extractor: factory.name,
                    source,
                })
            })?;
            // With --only, requirements run too (their output is not shown).
            if only.is_some() {
                for r in extractor.requires() {
                    if !run.contains(r) {
                        run.push(registry.require(r)?.name);
                    }
                }
            }
            extractors.push(extractor);
            i += 1;
        }
        Ok(Selection { extractors, shown })
    }

    /// The config as TOML, complete: `gleaner config --default` prints this
    /// and it loads back unchanged.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# gleaner configuration. Every extractor is enabled by default;\n\
             # `enabled = false` removes one from the run and from the output.\n",
        );
        for (name, c) in &self.extractors {
            out.push_str(&format!("\n[extractors.{name}]\nenabled = {}\n", c.enabled));
            let body = toml::to_string(&c.table).unwrap_or_default();
            out.push_str(&body);
        }
        out
    }
}

/// True when `value` may stand where `default` stands (an integer is a
/// fine float).
fn same_type(default: &toml::Value, value: &toml::Value) -> bool {
    use toml::Value::{Float, Integer};
    matches!((default, value), (Float(_), Integer(_)))
        || std::mem::discriminant(default) == std::mem::discriminant(value)
}
