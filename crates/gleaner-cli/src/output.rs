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
    /// One HTML page with every annotation highlighted in the text.
    Html,
}

impl Format {
    /// What the writer puts before the first record, between records and
    /// after the last, so the records form one document.
    pub fn frame(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Format::Json => ("[\n", ",\n", "\n]\n"),
            Format::Html => (HTML_HEAD, "", HTML_TAIL),
            Format::Jsonl | Format::Pretty => ("", "", ""),
        }
    }
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

impl Record<'_> {
    /// The record as compact JSON, byte for byte what serialising it does,
    /// with each output written by its own [`Output::write_json`].
    fn write_compact(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        out.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut *out, &self.id)?;
        for (k, v) in self.meta.into_iter().flatten() {
            out.push(b',');
            serde_json::to_writer(&mut *out, k)?;
            out.push(b':');
            serde_json::to_writer(&mut *out, v)?;
        }
        if let Some(error) = self.error {
            out.extend_from_slice(b",\"error\":");
            serde_json::to_writer(&mut *out, error)?;
        }
        if self.error.is_none() || !self.outputs.is_empty() {
            out.extend_from_slice(b",\"extractions\":{");
            let shown = self.outputs.iter().filter(|(n, _)| self.shown.contains(n));
            for (i, (name, output)) in shown.enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, name)?;
                out.push(b':');
                output.write_json(out)?;
            }
            out.push(b'}');
        }
        out.push(b'}');
        Ok(())
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
            record.write_compact(&mut bytes).expect("records serialise");
            bytes.push(b'\n');
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut bytes, &record).expect("records serialise")
        }
        Format::Pretty | Format::Html => {
            let text = match &item {
                Ok((input, _)) => input.doc.text.as_str(),
                Err(_) => "",
            };
            let render = if format == Format::Pretty {
                pretty
            } else {
                html
            };
            bytes = render(id, published, error.as_deref(), outputs, shown, text).into_bytes();
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
                .map(|(k, v)| format!("{k}={}", plain(v)))
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

/// A field value for people: strings bare, spans as `start..end`.
fn plain(v: &Value) -> String {
    match v {
        Value::String(x) => x.clone(),
        Value::Object(o) if o.len() == 2 && o.contains_key("start") && o.contains_key("end") => {
            format!("{}..{}", o["start"], o["end"])
        }
        other => other.to_string(),
    }
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

const HTML_HEAD: &str = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>gleaner</title>\n<style>\n\
body{font:16px/1.6 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}\n\
article{white-space:pre-wrap;border-bottom:1px solid #ccc;padding-bottom:2em}\n\
h2{font:bold 14px monospace}.error{color:#b00}\n\
.quotes{background:#fff3c4}.people{border-bottom:2px solid #3a7}.dates{background:#d8ecff}\n\
.distances{background:#f4d9ff}.durations{background:#ffe0cc}\n\
.legend span{padding:0 .4em;margin-right:.5em}\n\
</style></head><body>\n<p class=\"legend\"><span class=\"quotes\">quotes</span><span class=\"people\">people</span>\
<span class=\"dates\">dates</span><span class=\"distances\">distances</span><span class=\"durations\">durations</span>\
 Hover a highlight for its value.</p>\n";
const HTML_TAIL: &str = "</body></html>\n";

fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The document's text with every annotation highlighted. Annotations may
/// overlap without nesting (a name inside a quote, a quote across
/// paragraphs), so the text is cut at every span boundary and each piece
/// carries the classes and values of all annotations covering it.
fn html(
    id: Option<&str>,
    _published: Option<gleaner::jiff::civil::Date>,
    error: Option<&str>,
    outputs: &[(&'static str, Box<dyn Output>)],
    shown: &[&'static str],
    text: &str,
) -> String {
    let mut s = String::from("<h2>");
    escape_html(id.unwrap_or("(no id)"), &mut s);
    s.push_str("</h2>\n");
    if let Some(e) = error {
        s.push_str("<p class=\"error\">");
        escape_html(e, &mut s);
        s.push_str("</p>\n");
    }
    // (start, end, kind, tooltip)
    let mut marks: Vec<(usize, usize, &str, String)> = Vec::new();
    for (name, out) in outputs.iter().filter(|(n, _)| shown.contains(n)) {
        let Ok(Value::Array(items)) = serde_json::to_value(out.as_ref()) else {
            continue;
        };
        for (item, span) in items.iter().zip(out.spans()) {
            let Value::Object(fields) = item else {
                continue;
            };
            let tip: Vec<String> = fields
                .iter()
                .filter(|(k, v)| !matches!(k.as_str(), "start" | "end" | "text") && !v.is_null())
                .map(|(k, v)| {
                    format!(
                        "{k}={}",
                        v.as_str().map_or_else(|| v.to_string(), str::to_string)
                    )
                })
                .collect();
            marks.push((
                span.start,
                span.end,
                name,
                format!("{name}: {}", tip.join(", ")),
            ));
        }
    }
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.0, m.1])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    s.push_str("<article>");
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(piece) = text.get(a..b) else {
            continue;
        };
        let covering: Vec<&(usize, usize, &str, String)> =
            marks.iter().filter(|m| m.0 <= a && b <= m.1).collect();
        if covering.is_empty() {
            escape_html(piece, &mut s);
            continue;
        }
        let classes: Vec<&str> = covering.iter().map(|m| m.2).collect();
        let tips: Vec<&str> = covering.iter().map(|m| m.3.as_str()).collect();
        s.push_str(&format!("<span class=\"{}\" title=\"", classes.join(" ")));
        escape_html(&tips.join("\n"), &mut s);
        s.push_str("\">");
        escape_html(piece, &mut s);
        s.push_str("</span>");
    }
    s.push_str("</article>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use gleaner::{Annotation, Span};

    #[derive(serde::Serialize)]
    struct Mark {
        start: usize,
        end: usize,
        text: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<&'static str>,
    }

    impl Annotation for Mark {
        fn span(&self) -> Span {
            Span::new(self.start, self.end)
        }
    }

    #[test]
    fn compact_records_are_what_serde_writes() {
        let marks = |n: usize| -> Box<dyn Output> {
            Box::new(
                (0..n)
                    .map(|i| Mark {
                        start: i,
                        end: i + 1,
                        text: "“quoted”\n\\ and \"escaped\"",
                        note: (i % 2 == 0).then_some("é"),
                    })
                    .collect::<Vec<_>>(),
            )
        };
        let outputs = vec![("alpha", marks(2)), ("beta", marks(0)), ("gamma", marks(3))];
        let mut meta = Map::new();
        meta.insert("title".into(), Value::from("A \"title\""));
        meta.insert("n".into(), Value::from(3));
        for (id, meta, error, shown) in [
            (Some("doc-1"), Some(&meta), None, &["alpha", "gamma"][..]),
            (None, None, Some("bad \"line\""), &[][..]),
            (
                Some("d"),
                None,
                Some("one failed"),
                &["alpha", "beta", "gamma"][..],
            ),
        ] {
            let record = Record {
                id,
                meta,
                error,
                outputs: if error.is_some() && id.is_none() {
                    &[]
                } else {
                    &outputs
                },
                shown,
            };
            let mut compact = Vec::new();
            record.write_compact(&mut compact).unwrap();
            assert_eq!(
                String::from_utf8(compact).unwrap(),
                serde_json::to_string(&record).unwrap()
            );
        }
    }
}
