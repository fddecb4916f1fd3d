//! `cargo xtask bench [--quick]`: release build, then one table of speed.
//!
//! - the library API over the news corpus: each extractor alone and all
//!   together on one thread, all together on every core (the `throughput`
//!   example);
//! - the CLI end to end over a JSONL file of at least 100 MB (20 MB with
//!   `--quick`) made by repeating the corpus, on 1 and 2 threads, with peak
//!   memory from `/usr/bin/time` where it exists;
//! - the CLI on one fixture article, start-up included (median of 21 runs).
//!
//! The corpus is the news text of ../shared/eval (read at bench time) or,
//! without it, the fixture articles.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{Result, cargo, run_command, target_dir};

/// A JSON string literal (the xtask has no dependencies).
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The corpus as JSONL lines: the evaluation documents, or the fixtures.
fn corpus_lines(root: &Path) -> Result<(Vec<String>, &'static str)> {
    let eval = root.join("../shared/eval");
    let mut lines = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&eval) {
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(".docs.jsonl"))
        {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            lines.extend(
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string),
            );
        }
    }
    if !lines.is_empty() {
        return Ok((lines, "news texts of ../shared/eval"));
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("fixtures"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
        let id = p
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        lines.push(format!(
            "{{\"id\": {}, \"text\": {}, \"published\": \"2021-12-08\"}}",
            json_string(&id),
            json_string(&text)
        ));
    }
    Ok((lines, "fixture articles (../shared/eval is missing)"))
}

/// Writes `lines` once to `small` and repeated (with fresh ids) to `big`
/// until it holds at least `min_bytes`.
fn write_corpora(lines: &[String], small: &Path, big: &Path, min_bytes: usize) -> Result {
    let mut f = std::fs::File::create(small).map_err(|e| e.to_string())?;
    for l in lines {
        writeln!(f, "{l}").map_err(|e| e.to_string())?;
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(big).map_err(|e| e.to_string())?);
    let mut written = 0;
    let mut round = 0;
    while written < min_bytes {
        for l in lines {
            let line = match ["\"id\": \"", "\"id\":\""]
                .iter()
                .find_map(|p| Some(l.find(p)? + p.len()))
            {
                Some(at) => format!("{}r{round}-{}", &l[..at], &l[at..]),
                None => l.clone(),
            };
            writeln!(f, "{line}").map_err(|e| e.to_string())?;
            written += line.len() + 1;
        }
        round += 1;
    }
    f.flush().map_err(|e| e.to_string())
}

/// Text bytes (the `text` fields) in a JSONL file, estimated as the file
/// size less the per-line overhead, which is small against news articles.
fn file_mb(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

/// Runs the CLI over `input`; returns (seconds, peak RSS in MB if known).
fn time_cli(bin: &Path, input: &Path, threads: usize) -> Result<(f64, Option<f64>)> {
    let time = Path::new("/usr/bin/time");
    let start = Instant::now();
    // Peak memory comes from GNU time where it exists.
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let output = cmd
        .args([
            "extract",
            "--format",
            "jsonl",
            "--threads",
            &threads.to_string(),
        ])
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    let secs = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "gleaner failed on {}: {}",
            input.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let rss = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0);
    Ok((secs, rss))
}

pub fn run(root: &Path, args: &[String]) -> Result {
    let quick = args.iter().any(|a| a == "--quick");
    run_command(cargo().args(["build", "--release", "--quiet", "-p", "gleaner-cli"]))?;
    run_command(cargo().args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "gleaner",
        "--example",
        "throughput",
    ]))?;
    let dir = target_dir(root).join("bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (lines, source) = corpus_lines(root)?;
    let small = dir.join("corpus.jsonl");
    let big = dir.join("corpus-big.jsonl");
    let min = if quick { 20_000_000 } else { 100_000_000 };
    write_corpora(&lines, &small, &big, min)?;
    println!(
        "corpus: {source}: {} documents, {:.1} MB as JSONL",
        lines.len(),
        file_mb(&small)
    );
    println!();

    let secs = if quick { "1" } else { "3" };
    run_command(
        Command::new(target_dir(root).join("release/examples/throughput"))
            .arg(&small)
            .arg(secs),
    )?;
    println!();

    let bin = target_dir(root).join("release/gleaner");
    let mb = file_mb(&big);
    println!("CLI end to end: {mb:.0} MB JSONL");
    println!(
        "{:>8} {:>10} {:>10} {:>14}",
        "threads", "seconds", "MB/s", "peak RSS MB"
    );
    let mut one = 0.0;
    for threads in [1, 2] {
        let (s, rss) = time_cli(&bin, &big, threads)?;
        if threads == 1 {
            one = s;
        }
        let rss = rss.map_or("-".to_string(), |r| format!("{r:.0}"));
        println!("{threads:>8} {s:>10.2} {:>10.2} {rss:>14}", mb / s);
    }
    let (two, _) = time_cli(&bin, &big, 2)?;
    println!("speed-up 2 threads / 1 thread: {:.2}x", one / two);
    println!();

    let fixture = std::fs::read_dir(root.join("fixtures"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .ok_or("no fixture article")?;
    let mut times: Vec<f64> = (0..21)
        .map(|_| {
            let start = Instant::now();
            let _ = Command::new(&bin)
                .arg("extract")
                .arg(&fixture)
                .stdout(Stdio::null())
                .status();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "one fixture article, start-up included: {:.1} ms wall (median of 21)",
        times[10]
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
