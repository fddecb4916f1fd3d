//! Runs the dates extractor alone over a `*.docs.jsonl` file and writes
//! the output format of eval/FORMAT.md, for scoring the extractor in
//! isolation: `cargo run --release -p gleaner-dates --example dates_jsonl
//! -- FILE.docs.jsonl > OUT.jsonl`.

use std::io::{BufRead, BufReader, Write};

use gleaner_core::{Analysis, Document};
use gleaner_dates::DatesExtractor;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: dates_jsonl FILE.docs.jsonl");
    let file = std::fs::File::open(&path).expect("cannot open input");
    // With DATES_BENCH set, time the extractor alone (analysis excluded).
    if std::env::var_os("DATES_BENCH").is_some() {
        return bench(file);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in BufReader::new(file).lines() {
        let line = line.expect("read error");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("bad JSON line");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let published = v["published"].as_str().and_then(|s| s.parse().ok());
        let doc = Document::new(id.clone(), text).published(published);
        let analysis = Analysis::new(&doc.text);
        let dates = DatesExtractor::mentions(&doc, &analysis);
        let record = serde_json::json!({"id": id, "extractions": {"dates": dates}});
        writeln!(out, "{record}").expect("write error");
    }
}

fn bench(file: std::fs::File) {
    let docs: Vec<Document> = BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(&line).ok())
        .map(|v| {
            let text = v["text"].as_str().unwrap_or_default().to_string();
            let published = v["published"].as_str().and_then(|s| s.parse().ok());
            Document::new("b", text).published(published)
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = std::time::Instant::now();
    let analyses: Vec<Analysis<'_>> = docs.iter().map(|d| Analysis::new(&d.text)).collect();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "shared analysis alone: {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
    let start = std::time::Instant::now();
    let mut n = 0;
    for (doc, analysis) in docs.iter().zip(&analyses) {
        n += DatesExtractor::mentions(doc, analysis).len();
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!("dates: {n} mentions, {:.1} MB/s", bytes as f64 / secs / 1e6);
}
