//! The seed article of the issue, end to end: provenance, sentences that keep
//! quotations with their attribution, and code-point offsets that point into
//! the original. Needs `../shared` beside the repository; skips without it.

use std::path::PathBuf;
use std::process::Command;

fn seed() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/seed-kss-volunteers.ar.txt");
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "skipped: {} is absent (../shared is not beside the repository)",
            path.display()
        );
        None
    }
}

#[test]
fn seed_article_text_layer() {
    let Some(path) = seed() else { return };
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args([
            "extract",
            path.to_str().unwrap(),
            "--published",
            "2021-11-27",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text: Vec<char> = std::fs::read_to_string(&path).unwrap().chars().collect();
    let slice = |span: &serde_json::Value| -> String {
        let (s, e) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        text[s..e].iter().collect()
    };

    assert_eq!(v["id"], "seed-kss-volunteers");
    assert_eq!(v["provenance"]["source"][0]["name"], "المونيتور");
    assert_eq!(
        slice(&v["provenance"]["source"][0]),
        "موقع المونيتور الأمريكي"
    );
    assert_eq!(v["provenance"]["translated_by"][0]["name"], "أوغاريت بوست");
    assert_eq!(slice(&v["provenance"]["translated_by"][0]), "أوغاريت بوست");

    // Every line of this article is one sentence: line 5 quotes without an
    // opening mark, line 6 quotes two sentences after وقال:.
    let lines: Vec<String> = text
        .iter()
        .collect::<String>()
        .lines()
        .map(str::to_string)
        .collect();
    let sentences: Vec<String> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(slice)
        .collect();
    assert_eq!(sentences, lines);
    assert!(sentences[5].starts_with("وقال: “لقد تلقينا") && sentences[5].contains("1500. اعتاد"));

    // Token offsets are code points into the original text.
    let tokens = v["tokens"].as_array().unwrap();
    let token_text: Vec<String> = tokens.iter().map(slice).collect();
    assert_eq!(token_text[0], "حث");
    let i = token_text
        .iter()
        .position(|t| t == "حاليًا")
        .expect("a token keeps its marks");
    assert_eq!(tokens[i]["norm"], "حاليا");
    let i = token_text.iter().position(|t| t == "45000").unwrap();
    assert_eq!(tokens[i]["kind"], "number");
    let i = token_text.iter().position(|t| t == "وللولايات").unwrap();
    assert_eq!(tokens[i]["proclitics"], "و+ل+ال");
    assert_eq!(tokens[i]["stem"], "ولايات");
}
