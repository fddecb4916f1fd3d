//! Throughput of the library API on a JSONL corpus: each extractor alone
//! (with what it requires) and all together, on one thread, then all
//! together on every core. `cargo xtask bench` runs this in release mode.
//!
//! Usage: cargo run --release --example throughput -- CORPUS.jsonl [SECONDS]

use std::time::{Duration, Instant};

use gleaner::{Document, Pipeline, Registry};

/// The allocator the `gleaner` binary uses, so both measure the same code.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load(path: &str) -> Vec<Document> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON document");
            let published = v["published"].as_str().and_then(|s| s.parse().ok());
            Document::new(
                v["id"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or(""),
            )
            .published(published)
        })
        .collect()
}

/// Runs `pipeline` over `docs` repeatedly for at least `budget`; returns
/// (MB/s, docs/s). One round runs untimed first, so that the word tables
/// built on first use are not counted.
fn measure(pipeline: &Pipeline, docs: &[Document], budget: Duration) -> (f64, f64) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    std::hint::black_box(pipeline.extract_all(docs));
    let start = Instant::now();
    let mut rounds = 0usize;
    while rounds == 0 || start.elapsed() < budget {
        let out = pipeline.extract_all(docs);
        std::hint::black_box(out);
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    (mb / secs, (docs.len() * rounds) as f64 / secs)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: throughput CORPUS.jsonl [SECONDS]");
    let budget = Duration::from_secs_f64(args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3.0));
    let docs = load(path);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "library API: {} documents, {:.1} MB of text",
        docs.len(),
        bytes as f64 / 1e6
    );
    println!(
        "{:<28} {:>8} {:>10} {:>10}",
        "extractors", "threads", "MB/s", "docs/s"
    );
    let registry = Registry::global().unwrap();
    let build = |names: &[&str]| -> Vec<Box<dyn gleaner::Extractor>> {
        names
            .iter()
            .map(|n| registry.require(n).unwrap().build_default().unwrap())
            .collect()
    };
    let mut rows: Vec<(String, Vec<&str>)> = registry
        .names()
        .into_iter()
        .map(|n| (n.to_string(), vec![n]))
        .collect();
    for (label, names) in &mut rows {
        if label == "quotes" {
            names.insert(0, "people");
            *label = "quotes (+people)".into();
        }
    }
    rows.push(("all".into(), registry.names()));
    for (label, names) in &rows {
        let pipeline = Pipeline::new(build(names), 1).unwrap();
        let (mbs, dps) = measure(&pipeline, &docs, budget);
        println!("{label:<28} {:>8} {mbs:>10.2} {dps:>10.0}", 1);
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores > 1 {
        let pipeline = Pipeline::new(build(&registry.names()), cores).unwrap();
        let (mbs, dps) = measure(&pipeline, &docs, budget);
        println!("{:<28} {:>8} {mbs:>10.2} {dps:>10.0}", "all", cores);
    }
}
