//! Times the text analysis, the people extractor and the quotes extractor
//! over a `.docs.jsonl` file: `cargo run --release -p gleaner-quotes
//! --example speed -- DOCS.docs.jsonl`.

use std::io::BufRead;
use std::time::{Duration, Instant};

use gleaner_core::Analysis;

fn main() {
    let path = std::env::args().nth(1).expect("docs file");
    let input = std::io::BufReader::new(std::fs::File::open(path).expect("docs file"));
    let texts: Vec<String> = input
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l).expect("json");
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut t_analysis, mut t_people, mut t_quotes) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let rounds = 10;
    if std::env::var("QUOTES_ONLY").is_ok() {
        // Quotes alone, on analyses and people computed once: for
        // `perf stat` instruction counts that other processes do not skew.
        let prepared: Vec<_> = texts
            .iter()
            .map(|t| {
                let a = Analysis::new(t);
                let p = gleaner_people::find_people(&a);
                (a, p)
            })
            .collect();
        let t0 = Instant::now();
        let mut n = 0;
        for _ in 0..rounds * 5 {
            for (a, p) in &prepared {
                n += gleaner_quotes::find_quotes(a, p).len();
            }
        }
        let mb = (bytes * rounds * 5) as f64 / 1e6;
        println!(
            "quotes alone {:8.1} MB/s ({n} quotations)",
            mb / t0.elapsed().as_secs_f64()
        );
        return;
    }
    let mut found = 0;
    for _ in 0..rounds {
        for text in &texts {
            let t0 = Instant::now();
            let analysis = Analysis::new(text);
            let t1 = Instant::now();
            let people = gleaner_people::find_people(&analysis);
            let t2 = Instant::now();
            found += gleaner_quotes::find_quotes(&analysis, &people).len();
            let t3 = Instant::now();
            t_analysis += t1 - t0;
            t_people += t2 - t1;
            t_quotes += t3 - t2;
        }
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    for (name, t) in [
        ("analysis", t_analysis),
        ("people", t_people),
        ("quotes", t_quotes),
    ] {
        println!("{name:10} {:8.1} MB/s", mb / t.as_secs_f64());
    }
    println!("{found} quotations");
}
