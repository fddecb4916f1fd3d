//! Input readers: `.txt` files (one document each, with an optional
//! `NAME.meta.json` sidecar), `.jsonl` files of documents, folders of both,
//! and `-` for standard input.
//!
//! Readers only cut the input into [`Raw`] items; decoding (UTF-8, JSON)
//! happens later, in parallel, in [`Raw::decode`]. Every item becomes
//! exactly one output record, so a bad line is an item too.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use gleaner::Document;
use gleaner::jiff::civil::Date;
use serde_json::{Map, Value};

/// Where an item came from, for error messages: `file` or `file:line`.
#[derive(Clone, Debug)]
pub struct Origin {
    pub file: String,
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.file),
            None => f.write_str(&self.file),
        }
    }
}

/// One input item, not yet decoded.
pub struct Raw {
    pub origin: Origin,
    pub payload: Payload,
}

pub enum Payload {
    /// A whole text document with its id and sidecar metadata.
    Text {
        id: String,
        bytes: Vec<u8>,
        meta: Map<String, Value>,
    },
    /// One line of a JSONL file.
    JsonLine(Vec<u8>),
    /// The input could not be read at all.
    Unreadable { id: Option<String>, error: String },
}

/// A decoded document with the fields that pass through to the output.
pub struct Input {
    pub doc: Document,
    pub meta: Map<String, Value>,
}

/// An input that cannot become a document; it still gets an output record.
pub struct BadInput {
    pub id: Option<String>,
    pub message: String,
}

impl Raw {
    /// Rough size in bytes, for batching.
    pub fn weight(&self) -> usize {
        match &self.payload {
            Payload::Text { bytes, .. } | Payload::JsonLine(bytes) => bytes.len(),
            Payload::Unreadable { .. } => 64,
        }
    }

    /// Decodes the item into a document. `published` fills in a date the
    /// document does not carry itself.
    pub fn decode(self, published: Option<Date>) -> Result<Input, BadInput> {
        let origin = self.origin;
        match self.payload {
            Payload::Unreadable { id, error } => Err(BadInput {
                id,
                message: format!("{origin}: {error}"),
            }),
            Payload::Text {
                id,
                bytes,
                mut meta,
            } => {
                let text = String::from_utf8(bytes).map_err(|e| BadInput {
                    id: Some(id.clone()),
                    message: format!(
                        "{origin}: not valid UTF-8 (at byte {})",
                        e.utf8_error().valid_up_to()
                    ),
                })?;
                if text.trim().is_empty() {
                    return Err(BadInput {
                        id: Some(id),
                        message: format!("{origin}: the document is empty"),
                    });
                }
                let own = match meta.remove("published") {
                    Some(v) => Some(parse_date(&v).map_err(|m| BadInput {
                        id: Some(id.clone()),
                        message: format!("{origin} (sidecar): {m}"),
                    })?),
                    None => None,
                };
                meta.remove("id");
                meta.remove("text");
                let doc = Document::new(id, text).published(own.or(published));
                Ok(Input { doc, meta })
            }
            Payload::JsonLine(bytes) => decode_json_line(&origin, &bytes, published),
        }
    }
}

fn parse_date(v: &Value) -> Result<Date, String> {
    let s = v
        .as_str()
        .ok_or_else(|| format!("`published` must be a YYYY-MM-DD string, not {v}"))?;
    // A timestamp's date part is the anchor; the time is not needed.
    let day = s.get(..10).unwrap_or(s);
    day.parse::<Date>()
        .map_err(|e| format!("`published` is not a YYYY-MM-DD date: {s:?} ({e})"))
}

fn decode_json_line(
    origin: &Origin,
    bytes: &[u8],
    published: Option<Date>,
) -> Result<Input, BadInput> {
    let bad = |id: Option<String>, m: String| BadInput {
        id,
        message: format!("{origin}: {m}"),
    };
    let line = std::str::from_utf8(bytes).map_err(|e| {
        bad(
            None,
            format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
        )
    })?;
    let value: Value =
        serde_json::from_str(line).map_err(|e| bad(None, format!("not JSON: {e}")))?;
    let Value::Object(mut meta) = value else {
        return Err(bad(
            None,
            "a document must be a JSON object with `id` and `text`".into(),
        ));
    };
    let id = match meta.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => return Err(bad(None, format!("`id` must be a string, not {other}"))),
        None => return Err(bad(None, "the document has no `id`".into())),
    };
    let text = match meta.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(bad(Some(id), "`text` must be a string".into())),
        None => return Err(bad(Some(id), "the document has no `text`".into())),
    };
    let own = match meta.remove("published") {
        Some(Value::Null) | None => None,
        Some(v) => Some(parse_date(&v).map_err(|m| bad(Some(id.clone()), m))?),
    };
    Ok(Input {
        doc: Document::new(id, text).published(own.or(published)),
        meta,
    })
}

/// Lists the input files behind the command-line arguments, in order:
/// folders are walked (sorted) for `.txt` and `.jsonl` files.
pub fn expand(args: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            walk(arg, &mut out);
        } else {
            out.push(arg.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf()); // reported as unreadable later
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out);
        } else if is_document_file(&p) {
            out.push(p);
        }
    }
}

fn is_document_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".jsonl") || (name.ends_with(".txt") && !name.starts_with('.'))
}

/// The items of all inputs, read lazily: one JSONL line at a time, one
/// text file at a time.
pub fn read_all(paths: Vec<PathBuf>) -> impl Iterator<Item = Raw> + Send {
    paths.into_iter().flat_map(read_one)
}

fn read_one(path: PathBuf) -> Box<dyn Iterator<Item = Raw> + Send> {
    let file = path.display().to_string();
    let origin = Origin {
        file: file.clone(),
        line: None,
    };
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
            return unreadable(origin, None, format!("cannot read: {e}"));
        }
        let origin = Origin {
            file: "<stdin>".into(),
            line: None,
        };
        // A stream that starts with `{` is JSONL; anything else is one text.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
            return Box::new(JsonLines::new(
                origin.file,
                Box::new(std::io::Cursor::new(bytes)),
            ));
        }
        let payload = Payload::Text {
            id: "stdin".into(),
            bytes,
            meta: Map::new(),
        };
        return Box::new(std::iter::once(Raw { origin, payload }));
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("document")
        .to_string();
    if path
        .extension()
        .is_some_and(|e| e == "jsonl" || e == "ndjson")
    {
        return match File::open(&path) {
            Ok(f) => Box::new(JsonLines::new(file, Box::new(f))),
            Err(e) => unreadable(origin, None, format!("cannot read: {e}")),
        };
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => return unreadable(origin, Some(stem), format!("cannot read: {e}")),
    };
    let meta = match read_sidecar(&path) {
        Ok(m) => m,
        Err(e) => return unreadable(origin, Some(stem), e),
    };
    Box::new(std::iter::once(Raw {
        origin,
        payload: Payload::Text {
            id: stem,
            bytes,
            meta,
        },
    }))
}

fn unreadable(
    origin: Origin,
    id: Option<String>,
    error: String,
) -> Box<dyn Iterator<Item = Raw> + Send> {
    Box::new(std::iter::once(Raw {
        origin,
        payload: Payload::Unreadable { id, error },
    }))
}

/// `NAME.meta.json` beside `NAME.txt`: an object of fields for the
/// document (`published`, and anything to pass through).
pub fn sidecar_path(path: &Path) -> PathBuf {
    path.with_extension("meta.json")
}

fn read_sidecar(path: &Path) -> Result<Map<String, Value>, String> {
    let side = sidecar_path(path);
    let text = match std::fs::read_to_string(&side) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Map::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", side.display())),
    };
    match serde_json::from_str(&text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(format!("{}: must hold a JSON object", side.display())),
        Err(e) => Err(format!("{}: not JSON: {e}", side.display())),
    }
}

/// The lines of a JSONL stream; blank lines are skipped, an empty stream
/// yields one item that says so.
struct JsonLines {
    file: String,
    reader: BufReader<Box<dyn Read + Send>>,
    line: usize,
    seen: bool,
    done: bool,
}

impl JsonLines {
    fn new(file: String, read: Box<dyn Read + Send>) -> Self {
        JsonLines {
            file,
            reader: BufReader::with_capacity(1 << 16, read),
            line: 0,
            seen: false,
            done: false,
        }
    }
}

impl Iterator for JsonLines {
    type Item = Raw;

    fn next(&mut self) -> Option<Raw> {
        while !self.done {
            let mut buf = Vec::new();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    if !self.seen {
                        let origin = Origin {
                            file: self.file.clone(),
                            line: None,
                        };
                        let error = "holds no documents".to_string();
                        return Some(Raw {
                            origin,
                            payload: Payload::Unreadable { id: None, error },
                        });
                    }
                }
                Ok(_) => {
                    self.line += 1;
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.seen = true;
                    let origin = Origin {
                        file: self.file.clone(),
                        line: Some(self.line),
                    };
                    return Some(Raw {
                        origin,
                        payload: Payload::JsonLine(buf),
                    });
                }
                Err(e) => {
                    self.done = true;
                    let origin = Origin {
                        file: self.file.clone(),
                        line: Some(self.line + 1),
                    };
                    let error = format!("cannot read: {e}");
                    return Some(Raw {
                        origin,
                        payload: Payload::Unreadable { id: None, error },
                    });
                }
            }
        }
        None
    }
}
