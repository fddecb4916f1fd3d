//! `cargo xtask eval`: every evaluation set through the release binary and
//! the scorer.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::{Result, cargo, run_command, target_dir};

pub fn run_eval_set(root: &Path, eval: &Path, set: &str, out_dir: &Path) -> Result<String> {
    let docs = eval.join(format!("{set}.docs.jsonl"));
    let gold = eval.join(format!("{set}.gold.jsonl"));
    let out = out_dir.join(format!("{set}.jsonl"));
    let file = std::fs::File::create(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let status = Command::new(target_dir(root).join("release/gleaner"))
        .args(["extract", "--format", "jsonl"])
        .arg(&docs)
        .stdout(file)
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("gleaner: {e}"))?;
    // Exit code 1 means some documents failed; their records are there.
    if status.code() != Some(0) && status.code() != Some(1) {
        return Err(format!("gleaner failed on {}: {status}", docs.display()));
    }
    let score = Command::new("python3")
        .arg(eval.join("score.py"))
        .arg(&gold)
        .arg(&out)
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    Ok(String::from_utf8_lossy(&score.stdout).into_owned()
        + &String::from_utf8_lossy(&score.stderr))
}

pub fn run(root: &Path, sets: &[String]) -> Result {
    let eval = root.join("../shared/eval");
    if !eval.join("score.py").is_file() {
        println!(
            "xtask eval: {} is missing; nothing to score (skipped)",
            eval.display()
        );
        return Ok(());
    }
    run_command(cargo().args(["build", "--release", "--quiet", "-p", "gleaner-cli"]))?;
    let mut names: Vec<String> = std::fs::read_dir(&eval)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".docs.jsonl").map(str::to_string))
        .filter(|n| sets.is_empty() || sets.contains(n))
        .collect();
    names.sort();
    let out_dir = target_dir(root).join("eval");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    for set in names {
        println!("== {set}");
        print!("{}", run_eval_set(root, &eval, &set, &out_dir)?);
    }
    println!("(outputs in {})", out_dir.display());
    Ok(())
}
