//! End-to-end test of `marsad bench`: it reads a corpus, reports what it
//! measured, counts bad lines as input errors, and times the one-time
//! loading (the first document) apart from the corpus.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn bench_reports_the_corpus_its_errors_and_the_startup_apart() {
    let dir: PathBuf = std::env::temp_dir().join(format!("marsad-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("corpus.jsonl");
    let first = "قال الوزير أمس إن القوات انتشرت في بغداد.";
    let second = "التقى الرئيس وفدا من البرلمان في القاهرة يوم الأحد.";
    std::fs::write(
        &corpus,
        format!(
            "{}\n{{\"id\": \"broken\n{}\n",
            serde_json::json!({"id": "a", "text": first, "published": "2020-01-01"}),
            serde_json::json!({"id": "b", "text": second, "published": "2020-01-02"}),
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(["bench", corpus.to_str().unwrap(), "--threads", "1"])
        .output()
        .expect("marsad runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "bench failed: {stderr}");
    assert!(
        stdout.contains("documents   2 (1 input errors)"),
        "two documents and the broken line: {stdout}"
    );
    let mb = (first.len() + second.len()) as f64 / 1e6;
    assert!(
        stdout.contains(&format!("input       {mb:.1} MB")),
        "{stdout}"
    );
    assert!(stdout.contains("threads     1"), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.starts_with("startup     ")),
        "the one-time loading is reported apart: {stdout}"
    );
    assert!(
        stderr.contains("corpus.jsonl:2"),
        "the bad line is named: {stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
