//! Runs people + quotes over a `.docs.jsonl` file and writes the scorer's
//! output format: `cargo run --release -p gleaner-quotes --example dump --
//! DOCS.docs.jsonl OUT.jsonl`.

use std::io::{BufRead, Write};

use gleaner_core::{Analysis, Context, Document, Extractor, Output};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let input = std::io::BufReader::new(std::fs::File::open(&args[1]).expect("docs file"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[2]).expect("output file"));
    for line in input.lines() {
        let line = line.expect("line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let doc = Document::new(id.clone(), text);
        let analysis = Analysis::new(&doc.text);
        let people = gleaner_people::PeopleExtractor
            .extract(&doc, &Context::new(&analysis))
            .expect("people");
        let outputs: Vec<(&'static str, Box<dyn Output>)> = vec![("people", people)];
        let cx = Context::with_outputs(&analysis, &outputs);
        let quotes = gleaner_quotes::QuotesExtractor
            .extract(&doc, &cx)
            .expect("quotes");
        let rec = serde_json::json!({"id": id, "extractions": {"quotes": serde_json::to_value(&*quotes).expect("ser")}});
        writeln!(out, "{rec}").expect("write");
    }
}
