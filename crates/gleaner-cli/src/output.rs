//! Output writers. `json` and `jsonl` follow the evaluation format
//! (`{"id", …pass-through fields, "extractions": {kind: [annotation…]}}`),
//! `pretty` is for people reading a terminal.
//!
//! Records are rendered to bytes on the worker threads; the writer only
//! copies bytes out, in input order.

use std::fmt::Write as _;

use gleaner::{Extraction, Output};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::input::{BadInput, Input};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON array of records.
    Json,
    /// One JSON record per line (what the scorer reads).
    Jsonl,
    /// A readable listing per document.
    Pretty,
}

/// One document's output, rendered.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Errors to report on stderr (the record carries them too).
    pub errors: Vec<String>,
}

struct Record<'a> {
    id: Option<&'a str>,
    meta: Option<&'a Map<String, Value>>,
    error: Option<&'a str>,
    outputs: &'a [(&'static str, Box<dyn Output>)],
    shown: &'a [&'static str],
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(meta) = self.meta {
            for (k, v) in meta {
                map.serialize_entry(k, v)?;
            }
        }
        if let Some(error) = self.error {
            map.serialize_entry("error", error)?;
        }
        if self.error.is_none() || !self.outputs.is_empty() {
            map.serialize_entry(
                "extractions",
                &Extractions {
                    outputs: self.outputs,
                    shown: self.shown,
                },
            )?;
        }
        map.end()
    }
}

struct Extractions<'a> {
    outputs: &'a [(&'static str, Box<dyn Output>)],
    shown: &'a [&'static str],
}

impl Serialize for Extractions<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (name, out) in self.outputs.iter().filter(|(n, _)| self.shown.contains(n)) {
            map.serialize_entry(name, out.as_ref())?;
        }
        map.end()
    }
}

/// Renders one document's record in `format`.
pub fn render(
    format: Format,
    item: Result<(Input, Extraction), BadInput>,
    shown: &[&'static str],
) -> Rendered {
    let (id, meta, published, outputs, errors) = match &item {
        Ok((input, found)) => {
            let errors: Vec<String> = found
                .errors
                .iter()
                .map(|e| format!("document {}: {e}", input.doc.id))
                .collect();
            (
                Some(input.doc.id.as_str()),
                Some(&input.meta),
                input.doc.published,
                &found.outputs[..],
                errors,
            )
        }
        Err(bad) => (
            bad.id.as_deref(),
            None,
            None,
            &[][..],
            vec![bad.message.clone()],
        ),
    };
    let error = (!errors.is_empty()).then(|| errors.join("; "));
    let record = Record {
        id,
        meta,
        error: error.as_deref(),
        outputs,
        shown,
    };
    let mut bytes = Vec::with_capacity(1024);
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut bytes, &record).expect("records serialise");
            bytes.push(b'\n');
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut bytes, &record).expect("records serialise")
        }
        Format::Pretty => {
            let text = match &item {
                Ok((input, _)) => input.doc.text.as_str(),
                Err(_) => "",
            };
            bytes = pretty(id, published, error.as_deref(), outputs, shown, text).into_bytes();
        }
    }
    Rendered { bytes, errors }
}

fn pretty(
    id: Option<&str>,
    published: Option<gleaner::jiff::civil::Date>,
    error: Option<&str>,
    outputs: &[(&'static str, Box<dyn Output>)],
    shown: &[&'static str],
    text: &str,
) -> String {
    let mut s = String::new();
    let _ = write!(s, "== {}", id.unwrap_or("(no id)"));
    match published {
        Some(d) => {
            let _ = writeln!(s, " (published {d}, {} bytes)", text.len());
        }
        None => {
            let _ = writeln!(s, " ({} bytes)", text.len());
        }
    }
    if let Some(e) = error {
        let _ = writeln!(s, "   error: {e}");
    }
    for (name, out) in outputs.iter().filter(|(n, _)| shown.contains(n)) {
        let _ = writeln!(s, "{name} ({})", out.len());
        let Ok(Value::Array(items)) = serde_json::to_value(out.as_ref()) else {
            continue;
        };
        for item in items {
            let Value::Object(fields) = item else {
                continue;
            };
            let start = fields.get("start").and_then(Value::as_u64).unwrap_or(0);
            let end = fields.get("end").and_then(Value::as_u64).unwrap_or(0);
            let surface = fields.get("text").and_then(Value::as_str).unwrap_or("");
            let _ = write!(s, "  {start:>6}..{end:<6} {}", shorten(surface, 72));
            let rest: Vec<String> = fields
                .iter()
                .filter(|(k, v)| !matches!(k.as_str(), "start" | "end" | "text") && !v.is_null())
                .map(|(k, v)| match v {
                    Value::String(x) => format!("{k}={x}"),
                    other => format!("{k}={other}"),
                })
                .collect();
            if !rest.is_empty() {
                let _ = write!(s, "  → {}", rest.join("  "));
            }
            s.push('\n');
        }
    }
    s.push('\n');
    s
}

/// `text` on one line, cut in the middle when longer than `max` chars.
fn shorten(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let n = flat.chars().count();
    if n <= max {
        return format!("«{flat}»");
    }
    let head: String = flat.chars().take(max / 2).collect();
    let tail: String = flat.chars().skip(n - max / 2).collect();
    format!("«{head} … {tail}»")
}
