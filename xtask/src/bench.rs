//! `cargo xtask bench`: placeholder replaced below.
use std::path::Path;
pub fn run(_root: &Path, _args: &[String]) -> crate::Result {
    Err("bench: not yet".into())
}
