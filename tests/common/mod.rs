//! Helpers shared by the integration tests: fixture loading and a
//! readable rendering of extractions for snapshots.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use gleaner::jiff::civil::Date;
use gleaner::{Document, Extraction, Pipeline, Registry};
use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture article with the publication date from its sidecar.
pub fn fixture(name: &str) -> Document {
    let path = root().join("fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let meta: Value = std::fs::read_to_string(path.with_extension("meta.json"))
        .map(|s| serde_json::from_str(&s).unwrap())
        .unwrap_or(Value::Null);
    let published = meta["published"]
        .as_str()
        .map(|s| s.parse::<Date>().unwrap());
    let id = Path::new(name).file_stem().unwrap().to_str().unwrap();
    Document::new(id, text).published(published)
}

pub fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

pub fn pipeline(threads: usize) -> Pipeline {
    let registry = Registry::global().unwrap();
    Pipeline::new(registry.build_all_default().unwrap(), threads).unwrap()
}

/// One line per annotation: kind, offsets, surface text, then the other
/// fields, so a reviewer reads the snapshot without opening the article.
pub fn render(found: &Extraction) -> String {
    let mut out = String::new();
    for e in &found.errors {
        out.push_str(&format!("ERROR {e}\n"));
    }
    for (name, output) in &found.outputs {
        out.push_str(&format!("## {name} ({})\n", output.len()));
        let Value::Array(items) = serde_json::to_value(output.as_ref()).unwrap() else {
            panic!("{name} does not serialise to an array");
        };
        for item in items {
            let Value::Object(mut fields) = item else {
                panic!("{name}: not an object")
            };
            let start = fields.remove("start").unwrap();
            let end = fields.remove("end").unwrap();
            let text = fields.remove("text").unwrap_or(Value::Null);
            let text = text.as_str().unwrap_or("").replace('\n', "⏎");
            let rest: Vec<String> = fields
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    format!(
                        "{k}={}",
                        v.as_str().map_or_else(|| v.to_string(), str::to_string)
                    )
                })
                .collect();
            out.push_str(&format!("{start}..{end} «{text}» {}\n", rest.join(" ")));
        }
    }
    out
}
