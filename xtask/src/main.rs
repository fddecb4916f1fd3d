//! `cargo xtask`: the project's chores, in Rust, with no dependencies.
//!
//! - `cargo xtask test`: what CI runs: format check, clippy with warnings
//!   as errors, and every test of the workspace.
//! - `cargo xtask snapshots [--accept]`: run the snapshot tests and review
//!   (or accept) pending snapshots with cargo-insta, installed if missing.
//! - `cargo xtask new-extractor NAME`: scaffold a plugin crate, wired into
//!   the workspace and the facade, that builds and registers at once.
//! - `cargo xtask eval [SET…]`: run gleaner on the evaluation sets in
//!   ../shared/eval and print the scorer's table per set.
//! - `cargo xtask bench`: build release and print the speed table.

mod bench;
mod eval;
mod scaffold;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("snapshots") => snapshots(args.iter().any(|a| a == "--accept")),
        Some("new-extractor") => match args.get(1) {
            Some(name) => scaffold::new_extractor(&root(), name),
            None => Err("usage: cargo xtask new-extractor NAME".into()),
        },
        Some("eval") => eval::run(&root(), &args[1..]),
        Some("bench") => bench::run(&root(), &args[1..]),
        _ => Err("usage: cargo xtask <test | snapshots [--accept] | new-extractor NAME | eval [SET…] | bench [--quick]>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set, else `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// Runs a command in the workspace root; an error if it fails.
pub fn run_command(cmd: &mut Command) -> Result {
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed: {status}"))
    }
}

pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn test() -> Result {
    run_command(cargo().args(["fmt", "--all", "--", "--check"]))
        .map_err(|e| format!("{e}\nformatting differs: run `cargo fmt --all`"))?;
    run_command(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    run_command(cargo().args(["test", "--workspace", "--locked", "--no-fail-fast"]))
}

fn snapshots(accept: bool) -> Result {
    let has_insta = cargo()
        .args(["insta", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_insta {
        eprintln!("xtask: installing cargo-insta");
        run_command(cargo().args(["install", "cargo-insta", "--locked"]))?;
    }
    let mut cmd = cargo();
    cmd.args(["insta", "test", "--workspace"]);
    cmd.arg(if accept { "--accept" } else { "--review" });
    run_command(&mut cmd)
}
