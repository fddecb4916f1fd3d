//! Criterion benchmarks: every extractor alone and all together over the
//! fixture articles, and all together over the news texts of the
//! evaluation sets when they are beside the checkout (../shared/eval).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gleaner::{Document, Pipeline, Registry};

/// The allocator the `gleaner` binary uses, so both measure the same code.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixtures() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            Document::new(p.file_stem().unwrap().to_string_lossy(), text)
                .published("2021-12-08".parse().ok())
        })
        .collect()
}

fn eval_corpus() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut docs = Vec::new();
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".docs.jsonl"))
    {
        for line in std::fs::read_to_string(p).unwrap_or_default().lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let published = v["published"].as_str().and_then(|s| s.parse().ok());
            let text = v["text"].as_str().unwrap_or_default();
            docs.push(
                Document::new(v["id"].as_str().unwrap_or_default(), text).published(published),
            );
        }
    }
    docs
}

fn pipeline(names: &[&str], threads: usize) -> Pipeline {
    let registry = Registry::global().unwrap();
    let extractors = names
        .iter()
        .map(|n| registry.require(n).unwrap().build_default().unwrap())
        .collect();
    Pipeline::new(extractors, threads).unwrap()
}

fn bench(c: &mut Criterion) {
    let docs = fixtures();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("fixtures");
    group.throughput(Throughput::Bytes(bytes as u64));
    let all = Registry::global().unwrap().names();
    let mut sets: Vec<(&str, Vec<&str>)> = all.iter().map(|n| (*n, vec![*n])).collect();
    for (name, names) in &mut sets {
        if *name == "quotes" {
            names.insert(0, "people");
        }
    }
    sets.push(("all", all.clone()));
    // The shared analysis alone: the floor under every extractor.
    group.bench_function("analysis", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| gleaner::Analysis::new(&d.text).tokens().len())
                .sum::<usize>()
        })
    });
    for (name, names) in &sets {
        let p = pipeline(names, 1);
        group.bench_function(*name, |b| b.iter(|| p.extract_all(&docs)));
    }
    group.finish();

    let corpus = eval_corpus();
    if !corpus.is_empty() {
        let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
        let mut group = c.benchmark_group("news");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(bytes as u64));
        for threads in [1, 2] {
            let p = pipeline(&all, threads);
            group.bench_function(format!("all/{threads}-threads"), |b| {
                b.iter(|| p.extract_all(&corpus))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
