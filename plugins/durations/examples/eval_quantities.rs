//! Runs the distances and durations extractors alone over a `*.docs.jsonl`
//! file and prints scorer-ready JSON Lines, so both can be measured while
//! the other plugins are being built:
//!
//! `cargo run --release -p gleaner-durations --example eval_quantities -- DOCS.jsonl`
//!
//! With `GLEANER_TIME=1` it also reports throughput on stderr.

use gleaner_core::Analysis;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: eval_quantities DOCS.jsonl");
    let input = std::fs::read_to_string(&path).expect("readable input");
    let (mut bytes, mut analysis, mut extraction) = (0usize, 0f64, 0f64);
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON document");
        let text = doc["text"].as_str().unwrap_or("");
        let t0 = std::time::Instant::now();
        let a = Analysis::new(text);
        let t1 = std::time::Instant::now();
        let distances = gleaner_distances::find_distances(&a);
        let durations = gleaner_durations::find_durations(&a);
        let t2 = std::time::Instant::now();
        bytes += text.len();
        analysis += (t1 - t0).as_secs_f64();
        extraction += (t2 - t1).as_secs_f64();
        let out = serde_json::json!({
            "id": doc["id"],
            "extractions": { "distances": distances, "durations": durations }
        });
        println!("{out}");
    }
    if std::env::var_os("GLEANER_TIME").is_some() {
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "{mb:.1} MB: analysis {:.0} MB/s, distances+durations {:.0} MB/s",
            mb / analysis,
            mb / extraction
        );
    }
}
