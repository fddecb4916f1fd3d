//! The plugin registry: every extractor factory submitted with
//! `inventory::submit!` from any crate linked into the binary.
//!
//! Iteration order of `inventory` is unspecified, so the registry sorts by
//! name; a name submitted twice is an error at start, never a silent
//! override.

use std::sync::OnceLock;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{ConfigError, Error, Extractor};

/// How to make an extractor from its config table.
pub struct ExtractorFactory {
    pub name: &'static str,
    /// One line for `gleaner extractors`.
    pub description: &'static str,
    /// The plugin's config keys with their defaults (without `enabled`).
    pub default_config: fn() -> toml::Table,
    pub build: fn(&toml::Table) -> Result<Box<dyn Extractor>, ConfigError>,
}

inventory::collect!(ExtractorFactory);

/// An extractor built from a typed config. Implement it and submit
/// `ExtractorFactory::of::<YourExtractor>(name, description)`.
pub trait Configurable: Extractor + Sized + 'static {
    /// The plugin's keys; unknown keys must be refused
    /// (`#[serde(deny_unknown_fields)]`), and `Default` gives the defaults.
    type Config: Serialize + DeserializeOwned + Default;

    fn from_config(config: Self::Config) -> Result<Self, ConfigError>;
}

fn default_table<E: Configurable>() -> toml::Table {
    toml::Table::try_from(E::Config::default()).unwrap_or_default()
}

fn build<E: Configurable>(table: &toml::Table) -> Result<Box<dyn Extractor>, ConfigError> {
    let config: E::Config = table
        .clone()
        .try_into()
        .map_err(|e: toml::de::Error| ConfigError::new(e.message().to_string()))?;
    Ok(Box::new(E::from_config(config)?))
}

impl ExtractorFactory {
    pub const fn of<E: Configurable>(name: &'static str, description: &'static str) -> Self {
        ExtractorFactory {
            name,
            description,
            default_config: default_table::<E>,
            build: build::<E>,
        }
    }

    /// Builds the extractor from its default config.
    pub fn build_default(&self) -> Result<Box<dyn Extractor>, Error> {
        (self.build)(&(self.default_config)()).map_err(|source| Error::Config {
            extractor: self.name,
            source,
        })
    }
}

/// All registered factories, sorted by name.
pub struct Registry {
    factories: Vec<&'static ExtractorFactory>,
}

impl Registry {
    /// The registry of everything linked into this binary, checked once.
    pub fn global() -> Result<&'static Registry, Error> {
        static GLOBAL: OnceLock<Result<Registry, &'static str>> = OnceLock::new();
        GLOBAL
            .get_or_init(|| Registry::from_factories(inventory::iter::<ExtractorFactory>))
            .as_ref()
            .map_err(|name| Error::DuplicateName(name))
    }

    /// A registry of the given factories; a repeated name is an error.
    pub fn from_factories(
        factories: impl IntoIterator<Item = &'static ExtractorFactory>,
    ) -> Result<Registry, &'static str> {
        let mut factories: Vec<_> = factories.into_iter().collect();
        factories.sort_by_key(|f| f.name);
        if let Some(w) = factories.windows(2).find(|w| w[0].name == w[1].name) {
            return Err(w[0].name);
        }
        Ok(Registry { factories })
    }

    pub fn factories(&self) -> &[&'static ExtractorFactory] {
        &self.factories
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.factories.iter().map(|f| f.name).collect()
    }

    pub fn get(&self, name: &str) -> Option<&'static ExtractorFactory> {
        self.factories.iter().copied().find(|f| f.name == name)
    }

    /// `get`, or an error that lists the valid names.
    pub fn require(&self, name: &str) -> Result<&'static ExtractorFactory, Error> {
        self.get(name).ok_or_else(|| Error::UnknownExtractor {
            name: name.to_string(),
            valid: self.names().join(", "),
        })
    }

    /// Every registered extractor with its default config.
    pub fn build_all_default(&self) -> Result<Vec<Box<dyn Extractor>>, Error> {
        self.factories.iter().map(|f| f.build_default()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Context, Document, Output};

    struct Nothing;
    impl Extractor for Nothing {
        fn name(&self) -> &'static str {
            "nothing"
        }
        fn extract(&self, _: &Document, _: &Context<'_>) -> Result<Box<dyn Output>, String> {
            Ok(Box::new(Vec::<crate::test_support::Mark>::new()))
        }
    }

    #[derive(Default, Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NothingConfig {
        level: u32,
    }

    impl Configurable for Nothing {
        type Config = NothingConfig;
        fn from_config(c: NothingConfig) -> Result<Self, ConfigError> {
            if c.level > 3 {
                return Err(ConfigError::new("level must be at most 3"));
            }
            Ok(Nothing)
        }
    }

    static A: ExtractorFactory = ExtractorFactory::of::<Nothing>("nothing", "finds nothing");
    static B: ExtractorFactory = ExtractorFactory::of::<Nothing>("nothing", "finds nothing again");

    #[test]
    fn duplicate_names_are_refused() {
        assert_eq!(Registry::from_factories([&A, &B]).err(), Some("nothing"));
        assert!(Registry::from_factories([&A]).is_ok());
    }

    #[test]
    fn configs_are_typed_and_checked() {
        assert_eq!(
            (A.default_config)().get("level"),
            Some(&toml::Value::Integer(0))
        );
        let mut t = toml::Table::new();
        t.insert("level".into(), toml::Value::Integer(9));
        assert!((A.build)(&t).is_err());
        t.insert("level".into(), toml::Value::String("high".into()));
        assert!((A.build)(&t).is_err());
        let mut t = toml::Table::new();
        t.insert("colour".into(), toml::Value::Integer(1));
        let err = (A.build)(&t).err().unwrap();
        assert!(err.message.contains("colour"), "{}", err.message);
    }
}
