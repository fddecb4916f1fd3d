//! Runs the distances and durations extractors alone over a `*.docs.jsonl`
//! file and prints scorer-ready JSON Lines, so both can be measured while
//! the other plugins are being built:
//!
//! `cargo run --release -p gleaner-durations --example eval_quantities -- DOCS.jsonl`

use gleaner_core::Analysis;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: eval_quantities DOCS.jsonl");
    let input = std::fs::read_to_string(&path).expect("readable input");
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON document");
        let text = doc["text"].as_str().unwrap_or("");
        let a = Analysis::new(text);
        let out = serde_json::json!({
            "id": doc["id"],
            "extractions": {
                "distances": gleaner_distances::find_distances(&a),
                "durations": gleaner_durations::find_durations(&a),
            }
        });
        println!("{out}");
    }
}
