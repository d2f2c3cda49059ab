//! End-to-end tests of `marsad extract` on bad input: every input item ends
//! as a record on stdout or as an error on stderr that names the input, line
//! and byte; the summary line and the exit status tell a script what happened.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn marsad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("marsad runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // The program may exit before reading stdin (a bad option): a closed pipe is fine.
    if let Err(e) = pipe.write_all(stdin.unwrap_or_default()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    drop(pipe);
    child.wait_with_output().expect("marsad finishes")
}

/// A fresh temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("marsad-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_string)
        .collect()
}

fn ids(out: &Output) -> Vec<String> {
    lines(&out.stdout)
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("each stdout line is JSON")["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn a_good_text_file_gives_one_record_and_exit_zero() {
    let dir = temp_dir("good");
    let path = dir.join("خبر.ar.txt");
    std::fs::write(
        &path,
        "بغداد - أ ف ب: قال الوزير أمس إن «الوضع مستقر. والقوات منتشرة».\n",
    )
    .unwrap();
    let out = marsad(
        &[
            "extract",
            path.to_str().unwrap(),
            "--published",
            "2021-11-27",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "خبر");
    assert_eq!(v["published"], "2021-11-27");
    assert_eq!(v["lang"], "ar");
    assert_eq!(v["provenance"]["agency"][0]["name"], "فرانس برس");
    assert_eq!(
        v["sentences"].as_array().unwrap().len(),
        1,
        "the quote keeps its two sentences together"
    );
    for layer in ["times", "quantities", "entities", "quotes", "events"] {
        assert!(v[layer].is_array(), "{layer} is an array");
    }
    assert!(lines(&out.stderr)
        .last()
        .unwrap()
        .ends_with("1 document, 0 errors"));
}

#[test]
fn bad_jsonl_lines_are_reported_and_the_rest_still_come_out() {
    let dir = temp_dir("jsonl");
    let path = dir.join("batch.jsonl");
    let mut data: Vec<u8> = Vec::new();
    data.extend_from_slice(
        "{\"id\": \"a\", \"text\": \"قال الوزير.\", \"published\": \"2015-07-21\"}\n".as_bytes(),
    );
    data.extend_from_slice(b"{\"id\": \"b\", \"text\": \n"); // malformed
    data.extend_from_slice(b"{\"id\": \"c\"}\n"); // no text
    data.extend_from_slice(
        "{\"id\": \"d\", \"text\": \"نص\", \"published\": \"2015-02-30\"}\n".as_bytes(),
    );
    data.extend_from_slice(b"{\"id\": \"e\", \"text\": \"\xff\xfe\"}\n"); // invalid UTF-8
    data.extend_from_slice("\n{\"id\": \"f\", \"text\": \"وأضاف المتحدث.\"}\n".as_bytes());
    std::fs::write(&path, &data).unwrap();
    let p = path.to_str().unwrap();
    let out = marsad(&["extract", p, "--no-tokens"], None);
    assert_eq!(out.status.code(), Some(1), "errors make the exit status 1");
    assert_eq!(ids(&out), ["a", "f"]);
    let err = lines(&out.stderr);
    assert!(
        err[0].contains(&format!("{p}:2 (byte ")) && err[0].contains("malformed JSON"),
        "{err:?}"
    );
    assert!(
        err[1].contains(&format!("{p}:3 ")) && err[1].contains("missing field `text`"),
        "{err:?}"
    );
    assert!(
        err[2].contains(&format!("{p}:4 ")) && err[2].contains("2015-02-30"),
        "{err:?}"
    );
    let e_line_start = data.windows(9).position(|w| w == b"{\"id\": \"e").unwrap();
    let bad_byte = e_line_start
        + data[e_line_start..]
            .iter()
            .position(|&b| b == 0xff)
            .unwrap();
    assert!(
        err[3].contains(&format!("{p}:5 (byte {bad_byte})")) && err[3].contains("UTF-8"),
        "{err:?}"
    );
    assert_eq!(err.last().unwrap(), "marsad: 2 documents, 4 errors");
}

#[test]
fn unreadable_binary_and_non_utf8_files_are_named() {
    let dir = temp_dir("files");
    let good = dir.join("good.txt");
    std::fs::write(&good, "قال الوزير إن المحادثات ستستأنف.").unwrap();
    let binary = dir.join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let cp1256 = dir.join("old.txt");
    std::fs::write(&cp1256, b"\xe3\xd1\xcd\xc8\xc7").unwrap(); // مرحبا in windows-1256
    let missing = dir.join("missing.txt");
    let args: Vec<&str> = ["extract", "--no-tokens"]
        .into_iter()
        .chain(
            [&binary, &good, &missing, &cp1256]
                .iter()
                .map(|p| p.to_str().unwrap()),
        )
        .collect();
    let out = marsad(&args, None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), ["good"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{} (byte 8): looks like a binary file",
            binary.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: cannot read", missing.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{} (byte 0): not valid UTF-8", cp1256.display())),
        "{err}"
    );
    assert!(
        err.contains("iconv"),
        "the message says how to fix it: {err}"
    );
    assert!(err.trim_end().ends_with("1 document, 3 errors"));
}

#[test]
fn stdin_as_text_and_as_jsonl() {
    let out = marsad(
        &["extract", "--published", "2015-07-21", "--no-tokens"],
        Some("أعلنت الوزارة اليوم.".as_bytes()),
    );
    assert!(out.status.success());
    assert_eq!(ids(&out), ["stdin"]);
    let jsonl = "{\"id\": 1, \"text\": \"قال\"}\n{\"id\": 2, \"text\": \"قالت\"}\n";
    let out = marsad(
        &["extract", "--jsonl", "--no-tokens"],
        Some(jsonl.as_bytes()),
    );
    assert!(out.status.success());
    assert_eq!(ids(&out), ["1", "2"]);
}

#[test]
fn an_absurd_published_date_is_refused_before_any_work() {
    let out = marsad(
        &["extract", "--published", "0215-07-21"],
        Some("نص".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--published") && err.contains("0215-07-21"),
        "{err}"
    );
}

#[test]
fn a_document_in_another_script_passes_through_with_a_note() {
    let out = marsad(
        &["extract", "--no-tokens"],
        Some(b"The minister said the talks would resume on Monday."),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "other");
    assert!(v["notes"][0].as_str().unwrap().contains("not Arabic"));
    assert_eq!(v["sentences"], serde_json::json!([]));
    assert_eq!(v["times"], serde_json::json!([]));
}

#[test]
fn events_only_writes_one_plover_record_per_event() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/sample-news.ar.txt"
    );
    let out = marsad(
        &[
            "extract",
            example,
            "--published",
            "2024-10-21",
            "--events-only",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Vec<serde_json::Value> = lines(&out.stdout)
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!records.is_empty(), "the example reports air strikes");
    for r in &records {
        for field in [
            "id",
            "type",
            "actor",
            "recipient",
            "modality",
            "start",
            "end",
            "anchor",
            "sentence",
        ] {
            assert!(r.get(field).is_some(), "{field} in {r}");
        }
        assert_eq!(r["doc"], "sample-news");
    }
    assert!(
        records.iter().any(|r| r["type"] == "ASSAULT"),
        "{records:?}"
    );
}
