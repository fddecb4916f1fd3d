//! `cargo xtask new-extractor NAME`: a plugin crate that builds, registers
//! and is tested from the first minute, wired into the workspace and the
//! facade. The generated extractor is a working term matcher to rewrite.

use std::path::Path;

use crate::Result;

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn camel(name: &str) -> String {
    let mut s = name.to_string();
    s[..1].make_ascii_uppercase();
    s
}

pub fn new_extractor(root: &Path, name: &str) -> Result {
    if !valid_name(name) {
        return Err(format!(
            "`{name}`: an extractor name is lowercase letters and digits, a plural noun"
        ));
    }
    let dir = root.join("plugins").join(name);
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    let manifest_path = root.join("Cargo.toml");
    let facade_path = root.join("src/lib.rs");
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| e.to_string())?;
    let facade = std::fs::read_to_string(&facade_path).map_err(|e| e.to_string())?;
    let manifest = wire_manifest(&manifest, name)?;
    let facade = wire_facade(&facade, name)?;

    for sub in ["src", "tests", "fixtures"] {
        std::fs::create_dir_all(dir.join(sub)).map_err(|e| e.to_string())?;
    }
    let files = [
        ("Cargo.toml", CARGO.to_string()),
        ("src/lib.rs", LIB.to_string()),
        ("tests/fixtures.rs", TEST.to_string()),
        (
            "fixtures/example.txt",
            "The example shows an Example of the EXAMPLES.\n".to_string(),
        ),
        (
            "fixtures/negative.txt",
            "Nothing to find here: exemplary, examined, sample.\n".to_string(),
        ),
    ];
    for (file, template) in files {
        let text = template
            .replace("{{name}}", name)
            .replace("{{Name}}", &camel(name));
        std::fs::write(dir.join(file), text).map_err(|e| e.to_string())?;
    }
    std::fs::write(&manifest_path, manifest).map_err(|e| e.to_string())?;
    std::fs::write(&facade_path, facade).map_err(|e| e.to_string())?;
    println!(
        "created plugins/{name} (package gleaner-{name}), wired into Cargo.toml and src/lib.rs"
    );
    println!("next: `cargo xtask snapshots` to review its first snapshot, then make the rule real");
    Ok(())
}

/// Adds the plugin to members, default-members, workspace dependencies and
/// the facade's dependencies.
fn wire_manifest(manifest: &str, name: &str) -> Result<String> {
    let mut out = String::with_capacity(manifest.len() + 256);
    let mut section = "";
    let mut in_list = "";
    let mut done = [false; 4];
    for line in manifest.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') && !trimmed.starts_with("[[") && trimmed.ends_with(']') {
            section = if trimmed == "[workspace]" {
                "workspace"
            } else if trimmed == "[workspace.dependencies]" {
                "wdeps"
            } else if trimmed == "[dependencies]" {
                "deps"
            } else {
                "other"
            };
        }
        if section == "workspace" && (trimmed == "members = [" || trimmed == "default-members = [")
        {
            in_list = if trimmed.starts_with("members") {
                "members"
            } else {
                "default"
            };
        }
        if !in_list.is_empty() && trimmed == "]" {
            out.push_str(&format!("    \"plugins/{name}\",\n"));
            done[if in_list == "members" { 0 } else { 1 }] = true;
            in_list = "";
        }
        out.push_str(line);
        out.push('\n');
        if section == "wdeps" && trimmed.starts_with("gleaner-text ") {
            out.push_str(&format!(
                "gleaner-{name} = {{ path = \"plugins/{name}\", version = \"0.1.0\" }}\n"
            ));
            done[2] = true;
        }
        if section == "deps" && trimmed == "gleaner-text.workspace = true" {
            out.push_str(&format!("gleaner-{name}.workspace = true\n"));
            done[3] = true;
        }
    }
    if done.iter().all(|d| *d) {
        Ok(out)
    } else {
        Err("Cargo.toml does not have the expected layout; wire the plugin by hand".into())
    }
}

/// Re-exports the plugin from the facade (which keeps it linked) and adds
/// it to `BUILT_IN`.
fn wire_facade(facade: &str, name: &str) -> Result<String> {
    let anchor = "pub use gleaner_text as text;";
    let built_in = "pub const BUILT_IN: [&str; ";
    let start = facade.find(built_in).ok_or("src/lib.rs has no BUILT_IN")?;
    let end = start
        + facade[start..]
            .find(";\n")
            .ok_or("BUILT_IN is not one line")?
        + 2;
    let list = &facade[start..end];
    let open = list.find("= [").ok_or("BUILT_IN is not an array")? + 3;
    let mut names: Vec<String> = list[open..list.rfind(']').unwrap_or(list.len())]
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    names.push(name.to_string());
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let new_list = format!(
        "pub const BUILT_IN: [&str; {}] = [{}];\n",
        names.len(),
        quoted.join(", ")
    );
    let facade = format!("{}{}{}", &facade[..start], new_list, &facade[end..]);
    let at = facade
        .find(anchor)
        .ok_or("src/lib.rs has no `pub use gleaner_text as text;`")?;
    Ok(format!(
        "{}pub use gleaner_{name} as {name};\n{}",
        &facade[..at],
        &facade[at..]
    ))
}

const CARGO: &str = r#"[package]
name = "gleaner-{{name}}"
description = "gleaner extractor: {{name}}."
version.workspace = true
edition.workspace = true
rust-version.workspace = true
license.workspace = true
repository.workspace = true

[dependencies]
gleaner-core.workspace = true
gleaner-text.workspace = true
serde.workspace = true

[dev-dependencies]
insta.workspace = true

[lints]
workspace = true
"#;

const LIB: &str = r#"//! # {{name}}
//!
//! ## What it extracts
//! Whole-word, case-insensitive occurrences of the configured `terms`.
//! Replace this rule with the real one.
//!
//! ## Normalised value
//! `term`: the configured term that matched, lowercase.
//!
//! ## Examples
//! - "an Example" → `term`: "example"
//!
//! ## Not extracted
//! - a term inside a longer word ("exemplary", "examples")
//!
//! ## References
//! - gleaner's README, "Writing an extractor"

use gleaner_core::{Annotation, ConfigError, Configurable, Context, Document, Extractor, ExtractorFactory, Output, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct {{Name}}Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub term: String,
}

impl Annotation for {{Name}}Mention {
    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct {{Name}}Config {
    /// The words to find.
    pub terms: Vec<String>,
}

impl Default for {{Name}}Config {
    fn default() -> Self {
        {{Name}}Config { terms: vec!["example".into()] }
    }
}

pub struct {{Name}}Extractor {
    terms: Vec<String>,
}

impl Extractor for {{Name}}Extractor {
    fn name(&self) -> &'static str {
        "{{name}}"
    }

    fn extract(&self, doc: &Document, cx: &Context<'_>) -> Result<Box<dyn Output>, String> {
        let mut found = Vec::new();
        for token in cx.analysis.tokens().iter().filter(|t| t.is_word()) {
            let word = token.text(&doc.text).to_lowercase();
            if let Some(term) = self.terms.iter().find(|t| **t == word) {
                found.push({{Name}}Mention {
                    start: token.span.start,
                    end: token.span.end,
                    text: token.text(&doc.text).to_string(),
                    term: term.clone(),
                });
            }
        }
        Ok(Box::new(found))
    }
}

impl Configurable for {{Name}}Extractor {
    type Config = {{Name}}Config;

    fn from_config(config: {{Name}}Config) -> Result<Self, ConfigError> {
        if config.terms.iter().any(|t| t.trim().is_empty()) {
            return Err(ConfigError::new("`terms` must not hold an empty term"));
        }
        Ok({{Name}}Extractor { terms: config.terms.iter().map(|t| t.to_lowercase()).collect() })
    }
}

gleaner_core::inventory::submit!(ExtractorFactory::of::<{{Name}}Extractor>(
    "{{name}}",
    "Occurrences of configured terms (scaffold: replace with the real rule)."
));
"#;

const TEST: &str = r#"//! The extractor over its own fixtures: one snapshot each; the negative
//! fixture must give nothing.

use gleaner_core::{Analysis, Configurable, Context, Document, Extractor};
use gleaner_{{name}}::{{Name}}Extractor;

fn check(text: &str) -> String {
    let extractor = {{Name}}Extractor::from_config(Default::default()).unwrap();
    let doc = Document::new("t", text);
    let analysis = Analysis::new(&doc.text);
    let out = extractor.extract(&doc, &Context::new(&analysis)).unwrap();
    let spans = out.spans();
    spans.iter().map(|s| format!("{}..{} «{}»\n", s.start, s.end, s.text(text))).collect()
}

#[test]
fn example_fixture() {
    insta::assert_snapshot!(check(include_str!("../fixtures/example.txt")));
}

#[test]
fn negative_fixture_finds_nothing() {
    assert_eq!(check(include_str!("../fixtures/negative.txt")), "");
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wiring_edits_every_list() {
        let manifest = std::fs::read_to_string(crate::root().join("Cargo.toml")).unwrap();
        let wired = wire_manifest(&manifest, "colours").unwrap();
        assert_eq!(wired.matches("\"plugins/colours\"").count(), 3);
        assert!(wired.contains("gleaner-colours = { path = \"plugins/colours\""));
        assert!(wired.contains("gleaner-colours.workspace = true"));
        let facade = std::fs::read_to_string(crate::root().join("src/lib.rs")).unwrap();
        let wired = wire_facade(&facade, "colours").unwrap();
        assert!(wired.contains("pub use gleaner_colours as colours;"));
        assert!(wired.contains("\"colours\", \"dates\""));
    }

    #[test]
    fn names_are_checked() {
        assert!(valid_name("colours"));
        assert!(!valid_name("Colours") && !valid_name("") && !valid_name("my-plugin"));
        assert_eq!(camel("colours"), "Colours");
    }
}
