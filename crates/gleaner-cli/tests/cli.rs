//! The `gleaner` binary end to end: config errors, bad input, formats.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn gleaner(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("gleaner runs")
}

fn stdout_records(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn every_input_gets_exactly_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "docs.jsonl",
        b"{\"id\":\"a\",\"text\":\"Talks lasted two hours.\",\"published\":\"2021-12-08\",\"source\":\"wire\"}\n\
          {broken\n\
          \n\
          {\"id\":\"b\"}\n\
          {\"id\":\"c\",\"text\":\"x\",\"published\":\"2021-13-01\"}\n",
    );
    write(d, "bad.txt", b"abc\xff\xfe def");
    write(d, "empty.txt", b"");
    let out = gleaner(
        d,
        &[
            "extract",
            "--format",
            "jsonl",
            "docs.jsonl",
            "bad.txt",
            "empty.txt",
            "missing.txt",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "some documents failed: {}",
        stderr(&out)
    );
    let records = stdout_records(&out);
    assert_eq!(records.len(), 7);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["source"], "wire", "other fields pass through");
    assert!(records[0]["extractions"].is_object());
    assert!(records[0].get("error").is_none());
    let err = stderr(&out);
    for (i, needle) in [
        (1, "docs.jsonl:2: not JSON"),
        (2, "docs.jsonl:4: the document has no `text`"),
        (3, "docs.jsonl:5: `published` is not a YYYY-MM-DD date"),
        (4, "bad.txt: not valid UTF-8 (at byte 3)"),
        (5, "empty.txt: the document is empty"),
        (6, "missing.txt: cannot read"),
    ] {
        let e = records[i]["error"].as_str().unwrap_or_default();
        assert!(e.contains(needle), "record {i}: {e}");
        assert!(err.contains(needle), "stderr lacks {needle}: {err}");
    }
    assert_eq!(records[2]["id"], "b");
    assert_eq!(records[4]["id"], "bad");
}

#[test]
fn config_mistakes_name_file_line_and_choices() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "doc.txt", b"Nothing here.");
    let cases: &[(&str, &str)] = &[
        (
            "[extractors.quotes]\nenabled = true\ncolour = 1\n",
            "c.toml:3: unknown key `colour` for extractor `quotes`; valid keys: enabled, unattributed",
        ),
        (
            "\n[extractors.datez]\n",
            "c.toml:2: unknown extractor `datez`; the extractors are: dates, distances, durations, people, quotes",
        ),
        (
            "[extractors.dates]\nenabled = \"yes\"\n",
            "c.toml:2: `extractors.dates.enabled` must be a boolean, not a string",
        ),
        ("[extractor.dates]\n", "c.toml:1: unknown field `extractor`"),
        (
            "[extractors.people]\nenabled = false\n",
            "`quotes` requires `people`, which is not enabled",
        ),
        ("[extractors\n", "c.toml:1:"),
        (
            "[extractors.quotes]\n\nunattributed = \"no\"\n",
            "c.toml:3: `extractors.quotes.unattributed` must be a boolean, not a string",
        ),
    ];
    for (toml, expected) in cases {
        write(d, "c.toml", toml.as_bytes());
        let out = gleaner(d, &["extract", "--config", "c.toml", "doc.txt"]);
        assert_eq!(out.status.code(), Some(2), "{toml}");
        assert!(stderr(&out).contains(expected), "{toml}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn default_config_lists_everything_and_loads_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = gleaner(d, &["config", "--default"]);
    assert!(out.status.success());
    let default = String::from_utf8(out.stdout).unwrap();
    for name in ["dates", "distances", "durations", "people", "quotes"] {
        assert!(
            default.contains(&format!("[extractors.{name}]\nenabled = true\n")),
            "{default}"
        );
    }
    write(d, "gleaner.toml", default.as_bytes());
    let again = gleaner(d, &["config", "--config", "gleaner.toml"]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), default);
}

#[test]
fn disabled_extractors_leave_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "doc.txt", b"The talks lasted two hours on Tuesday.");
    write(d, "gleaner.toml", b"[extractors.dates]\nenabled = false\n");
    let out = gleaner(d, &["extract", "--format", "jsonl", "doc.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let kinds = &stdout_records(&out)[0]["extractions"];
    assert!(kinds.get("dates").is_none());
    assert!(kinds.get("durations").is_some());

    let out = gleaner(
        d,
        &[
            "extract", "--format", "jsonl", "--only", "quotes", "doc.txt",
        ],
    );
    let kinds = stdout_records(&out)[0]["extractions"]
        .as_object()
        .unwrap()
        .clone();
    assert_eq!(
        kinds.keys().collect::<Vec<_>>(),
        ["quotes"],
        "people runs for quotes but is not shown"
    );
}

#[test]
fn json_output_is_one_array_and_stdin_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", b"One.");
    write(d, "b.txt", b"Two.");
    let out = gleaner(d, &["extract", "--format", "json", "a.txt", "b.txt"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2));

    let out = gleaner(d, &["extract", "--format", "html", "a.txt", "b.txt"]);
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>\n"));
    assert_eq!(page.matches("<article>").count(), 2);

    let mut child = Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\":\"x\",\"text\":\"Hi.\"}\n{\"id\":\"y\",\"text\":\"Yo.\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let ids: Vec<Value> = stdout_records(&out)
        .into_iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, ["x", "y"]);
}

#[test]
fn folders_are_walked_and_sidecars_give_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("in")).unwrap();
    write(d, "in/b.txt", b"Second.");
    write(d, "in/a.txt", b"First.");
    write(
        d,
        "in/a.meta.json",
        b"{\"published\": \"2021-12-08\", \"desk\": \"world\"}",
    );
    write(d, "in/notes.md", b"not an input");
    let out = gleaner(d, &["extract", "--format", "jsonl", "in"]);
    let records = stdout_records(&out);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["desk"], "world");
    assert_eq!(records[1]["id"], "b");
}

#[test]
fn usage_errors_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(gleaner(dir.path(), &["extract"]).status.code(), Some(2));
    assert_eq!(
        gleaner(
            dir.path(),
            &["extract", "--published", "yesterday", "x.txt"]
        )
        .status
        .code(),
        Some(2)
    );
    let out = gleaner(dir.path(), &["extract", "--only", "nope", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown extractor `nope`"));
}

#[test]
fn extractors_are_listed_with_descriptions() {
    let dir = tempfile::tempdir().unwrap();
    let out = gleaner(dir.path(), &["extractors"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = text
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        ["dates", "distances", "durations", "people", "quotes"]
    );
    assert!(text.contains("(requires people)"));
}
