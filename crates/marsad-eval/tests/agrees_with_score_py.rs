//! The port must print exactly what the reference scorer prints. This test builds system
//! outputs out of the gold files themselves (a near-perfect one, an empty one, a malformed-ish
//! one and many seeded noisy ones), scores each with `python3 score.py` and with the crate, and
//! demands byte-identical `--verbose --json` and `--verbose` (table) output.

use marsad_eval::{load_gold_dir, read_system_jsonl, score, GoldDoc, Scoreboard};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const NOISY_VARIANTS: u64 = 24;

/// Where `shared/` is: beside the repository (the usual layout), or inside it.
fn shared_dir() -> Option<PathBuf> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../../../shared", "../../shared"]
        .iter()
        .map(|rel| crate_dir.join(rel))
        .find(|dir| dir.join("gold/dev").is_dir() && dir.join("gold/tools/score.py").is_file())
}

fn python_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

#[test]
fn rust_scorer_agrees_with_score_py_byte_for_byte() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: agrees_with_score_py because shared/gold/dev and shared/gold/tools/score.py were not found next to the repository");
        return;
    };
    if !python_available() {
        eprintln!("skipped: agrees_with_score_py because python3 is not on PATH");
        return;
    }
    let gold_dir = shared.join("gold/dev");
    let score_py = shared.join("gold/tools/score.py");
    let gold = load_gold_dir(&gold_dir).expect("gold files load");
    assert!(!gold.is_empty(), "no gold files in {}", gold_dir.display());

    let mut variants = vec![
        ("perfect".to_string(), jsonl(&perfect_system(&gold))),
        ("empty".to_string(), String::new()),
        ("odd-lines".to_string(), odd_lines(&gold)),
        ("odd-values".to_string(), jsonl(&odd_values(&gold))),
    ];
    for seed in 1..=NOISY_VARIANTS {
        let mut rng = Rng::new(seed);
        let noise = 0.1 + 0.6 * (seed as f64 / NOISY_VARIANTS as f64);
        variants.push((
            format!("noisy-{seed}"),
            jsonl(&noisy_system(&gold, &mut rng, noise)),
        ));
    }

    let mut failures = Vec::new();
    for (name, content) in &variants {
        let path = std::env::temp_dir().join(format!(
            "marsad-eval-agree-{}-{name}.jsonl",
            std::process::id()
        ));
        std::fs::write(&path, content).expect("temp file written");
        let board = score(
            &gold,
            &read_system_jsonl(&path).expect("system output reads"),
        );
        let json_run = start_score_py(&score_py, &gold_dir, &path, &["--verbose", "--json"]);
        let table_run = start_score_py(&score_py, &gold_dir, &path, &["--verbose"]);
        let python_json = finish_score_py(json_run, &path);
        let python_table = finish_score_py(table_run, &path);
        let rust_json = format!("{}{}\n", board.verbose_log(), board.to_json_string());
        let rust_table = format!("{}{}", board.verbose_log(), board.table());
        if name == "perfect" {
            assert_perfect_is_found(&board);
        }
        for (what, python, rust) in [
            ("--verbose --json", &python_json, &rust_json),
            ("--verbose", &python_table, &rust_table),
        ] {
            if python != rust {
                failures.push(format!("{name} {what}: {}", first_difference(python, rust)));
            }
        }
        if std::env::var_os("MARSAD_EVAL_KEEP").is_none() {
            let _ = std::fs::remove_file(&path);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} comparisons differ:\n{}",
        failures.len(),
        2 * variants.len(),
        failures.join("\n")
    );
    eprintln!(
        "agrees_with_score_py: {} variants x 2 output modes identical to score.py",
        variants.len()
    );
}

/// Starts `python3 score.py GOLD SYSTEM FLAGS...`; the two output modes run side by side.
fn start_score_py(score_py: &Path, gold_dir: &Path, system: &Path, flags: &[&str]) -> Child {
    Command::new("python3")
        .arg(score_py)
        .arg(gold_dir)
        .arg(system)
        .args(flags)
        .env("PYTHONIOENCODING", "utf-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 starts")
}

fn finish_score_py(run: Child, system: &Path) -> String {
    let out = run.wait_with_output().expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py failed on {}: {}",
        system.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("score.py prints UTF-8")
}

/// The near-perfect system finds every gold item: a guard that the synthetic offsets really
/// are code-point offsets located as `locate()` does.
fn assert_perfect_is_found(board: &Scoreboard) {
    for (layer, row) in &board.layers {
        assert_eq!(row.recall, 1.0, "perfect system misses {layer} items");
    }
}

fn first_difference(python: &str, rust: &str) -> String {
    let (p, r): (Vec<&str>, Vec<&str>) = (python.lines().collect(), rust.lines().collect());
    for i in 0..p.len().max(r.len()) {
        if p.get(i) != r.get(i) {
            return format!(
                "line {}:\n  python: {:?}\n  rust:   {:?}",
                i + 1,
                p.get(i),
                r.get(i)
            );
        }
    }
    "outputs differ only in line endings".into()
}

fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

// ---------------------------------------------------------------------------------------
// Synthetic systems

/// splitmix64: a tiny deterministic generator, enough for reproducible noise.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The test's own `locate` (code points, nth occurrence, overlapping search), kept apart from
/// the crate's so a bug there cannot hide here.
fn locate(text: &[char], needle: &str, nth: i64) -> Option<(i64, i64)> {
    let needle: Vec<char> = needle.chars().collect();
    let mut at: i64 = -1;
    for _ in 0..nth {
        let from = (at + 1) as usize;
        let hit = (from..=text.len().saturating_sub(needle.len()))
            .find(|&i| i + needle.len() <= text.len() && text[i..i + needle.len()] == needle[..])?;
        at = hit as i64;
    }
    Some((at, at + needle.len() as i64))
}

fn span_of(text: &[char], g: &Value) -> (i64, i64) {
    let key = g["text"]
        .as_str()
        .filter(|s| !s.is_empty())
        .or(g["content"].as_str())
        .unwrap_or("");
    let nth = g.get("nth").and_then(Value::as_i64).unwrap_or(1);
    locate(text, key, nth).unwrap_or((0, 0))
}

fn first(v: &Value) -> Value {
    match v {
        Value::Array(items) => items.first().cloned().unwrap_or(Value::Null),
        other => other.clone(),
    }
}

fn list(gold: &Value, key: &str) -> Vec<Value> {
    gold.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn object(pairs: Vec<(&str, Value)>) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<Map<_, _>>(),
    )
}

fn perfect_time(text: &[char], g: &Value) -> Value {
    let (start, end) = span_of(text, g);
    object(vec![
        ("start", json!(start)),
        ("end", json!(end)),
        ("type", g["type"].clone()),
        ("value", first(&g["value"])),
        ("mod", g.get("mod").cloned().unwrap_or(Value::Null)),
    ])
}

fn perfect_quantity(text: &[char], g: &Value) -> Value {
    let (start, end) = span_of(text, g);
    let field = |k: &str| g.get(k).cloned().unwrap_or(Value::Null);
    object(vec![
        ("start", json!(start)),
        ("end", json!(end)),
        ("value", field("value")),
        ("min", field("min")),
        ("max", field("max")),
        ("mod", field("mod")),
        ("unit", first(&field("unit"))),
    ])
}

fn perfect_entity(text: &[char], g: &Value) -> Value {
    let forms = std::iter::once(g["name"].clone()).chain(list(g, "aliases"));
    let mentions: Vec<Value> = forms
        .filter_map(|f| locate(text, f.as_str()?, 1))
        .map(|(start, end)| json!({"start": start, "end": end}))
        .collect();
    let field = |k: &str| g.get(k).cloned().unwrap_or(Value::Null);
    object(vec![
        ("name", g["name"].clone()),
        ("type", g["type"].clone()),
        ("nominal", json!(false)),
        ("wikidata", field("wikidata")),
        ("lat", field("lat")),
        ("lon", field("lon")),
        ("mentions", Value::Array(mentions)),
    ])
}

fn perfect_quote(text: &[char], g: &Value) -> Value {
    let (start, end) = span_of(text, g);
    object(vec![
        ("start", json!(start)),
        ("end", json!(end)),
        ("speaker", g["speaker"].clone()),
        ("kind", g["kind"].clone()),
    ])
}

fn perfect_event(text: &[char], g: &Value) -> Value {
    let anchor = g["anchor"].as_str().unwrap_or("");
    let (start, end) = locate(text, anchor, 1).unwrap_or((0, 0));
    let field = |k: &str| g.get(k).cloned().unwrap_or(Value::Null);
    object(vec![
        ("type", g["type"].clone()),
        ("actor", field("actor")),
        ("recipient", field("recipient")),
        ("place", first(&field("place"))),
        ("date", first(&field("date"))),
        ("modality", field("modality")),
        ("start", json!(start)),
        ("end", json!(end)),
    ])
}

fn perfect_record(doc: &GoldDoc) -> Value {
    let text: Vec<char> = doc.text.chars().collect();
    let layer = |key: &str, make: &dyn Fn(&[char], &Value) -> Value| -> Value {
        Value::Array(
            list(&doc.gold, key)
                .iter()
                .map(|g| make(&text, g))
                .collect(),
        )
    };
    object(vec![
        ("id", json!(doc.id)),
        ("times", layer("times", &perfect_time)),
        ("quantities", layer("quantities", &perfect_quantity)),
        ("entities", layer("entities", &perfect_entity)),
        ("quotes", layer("quotes", &perfect_quote)),
        ("events", layer("events", &perfect_event)),
    ])
}

fn perfect_system(gold: &[GoldDoc]) -> Vec<Value> {
    gold.iter().map(perfect_record).collect()
}

/// CRLF line ends, blank and blank-looking lines, a duplicate id whose later line wins, and
/// records whose id is null or a number (they match no gold file).
fn odd_lines(gold: &[GoldDoc]) -> String {
    let mut out = String::from("\r\n   \r\n");
    for (i, doc) in gold.iter().enumerate() {
        if i % 3 == 0 {
            out.push_str(&format!("{}\r\n", json!({"id": doc.id, "times": []})));
        }
        out.push_str(&format!("\t{}  \r\n\u{1c}\r\n", perfect_record(doc)));
    }
    out.push_str(&format!("{}\n", json!({"id": null, "times": []})));
    out.push_str(&format!("{}", json!({"id": 7})));
    out
}

/// Values of unusual type that Python still accepts: numeric strings and bools where numbers
/// go, bool, negative and huge offsets, null mention bounds, big and tiny floats in logged
/// items, text that needs escaping in `repr` and `json.dumps`.
fn odd_values(gold: &[GoldDoc]) -> Vec<Value> {
    let mut records = perfect_system(gold);
    for record in &mut records {
        if let Some(times) = record["times"].as_array_mut() {
            for (i, t) in times.iter_mut().enumerate() {
                match i % 4 {
                    0 => t["start"] = json!(true),
                    1 => t["value"] = json!(1e16),
                    2 => t["value"] = json!([1.5e-7, null, "x'y\"z\\"]),
                    _ => t["end"] = json!(1_000_000_000_000i64),
                }
            }
            times.push(json!({"start": -12, "end": -3, "value": -0.0, "note": "\u{200c}\t\u{1}"}));
            times.push(json!({"start": 5, "end": 2, "value": 0.1}));
        }
        if let Some(quantities) = record["quantities"].as_array_mut() {
            for (i, q) in quantities.iter_mut().enumerate() {
                let whole = q["value"].as_i64();
                match (i % 3, whole) {
                    (0, Some(v)) => q["value"] = json!(v.to_string()),
                    (1, Some(v)) => q["value"] = json!(format!(" {}_0 ", v)),
                    (2, _) => q["mod"] = json!(false),
                    _ => q["value"] = json!(true),
                }
            }
        }
        if let Some(entities) = record["entities"].as_array_mut() {
            for (i, e) in entities.iter_mut().enumerate() {
                if i % 2 == 0 {
                    e["mentions"] = json!([{"start": null, "end": 3}, {"start": -8, "end": null}]);
                }
                if i % 5 == 1 {
                    e["lat"] = json!(true);
                }
            }
            for name in [
                "it's",
                "say \"hi\"",
                "a'b\"c",
                "back\\slash\n",
                "zw\u{200c}nj\u{a0}",
                "\u{1}ctl\u{7f}",
                "😀\u{e0001}",
            ] {
                entities.push(json!({"name": name, "type": "PER", "mentions": []}));
            }
        }
        if let Some(events) = record["events"].as_array_mut() {
            events.push(
                json!({"type": "PROTEST", "actor": ["it's", "q\"uote"], "recipient": "\u{200f}x"}),
            );
            events.push(json!({"type": null, "actor": null, "recipient": {"k": [1, 2.5, true]}}));
        }
    }
    records
}

const TIME_MODS: [&str; 5] = ["AFTER", "BEFORE", "START", "MID", "APPROX"];
const QUANTITY_MODS: [&str; 5] = [
    "APPROX",
    "MORE_THAN",
    "LESS_THAN",
    "EQUAL_OR_MORE",
    "EQUAL_OR_LESS",
];
const ENTITY_TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
const EVENT_TYPES: [&str; 6] = [
    "ASSAULT", "CONSULT", "REQUEST", "ACCUSE", "PROTEST", "AGREE",
];
const MODALITIES: [&str; 5] = ["asserted", "claimed", "alleged", "negated", "future"];

/// Names a noisy system may use: the document's gold names and aliases, and some that match
/// nothing.
fn name_pool(doc: &GoldDoc) -> Vec<Value> {
    let mut names = vec![json!("مصدر مجهول"), json!("it's"), json!("")];
    for e in list(&doc.gold, "entities") {
        names.push(e["name"].clone());
        names.extend(list(&e, "aliases"));
    }
    names
}

fn noisy_span(rng: &mut Rng, item: &mut Value, text_len: i64) {
    let start = item["start"].as_i64().unwrap_or(0);
    let end = item["end"].as_i64().unwrap_or(0);
    match rng.below(5) {
        0 => {
            item["start"] = json!(start + rng.between(-6, 6));
            item["end"] = json!(end + rng.between(-6, 6));
        }
        1 => {
            item["start"] = json!(text_len + 3);
            item["end"] = json!(text_len + 9);
        }
        2 => item["start"] = json!(end - 1),
        _ => item["end"] = json!(start + 1),
    }
}

fn random_span(rng: &mut Rng, text_len: i64) -> (i64, i64) {
    let start = rng.between(0, (text_len - 1).max(0));
    (start, start + rng.between(0, 15))
}

fn noisy_time(rng: &mut Rng, mut t: Value, values: &[Value], text_len: i64, noise: f64) -> Value {
    if rng.chance(noise * 0.4) {
        noisy_span(rng, &mut t, text_len);
    }
    if rng.chance(noise * 0.5) {
        let value = t["value"].clone();
        t["value"] = match rng.below(7) {
            0 => rng.pick(values).clone(),
            1 => json!("XXXX-XX-XX"),
            2 => value
                .as_str()
                .and_then(|s| s.parse::<i64>().ok())
                .map_or(Value::Null, |v| json!(v)),
            3 => json!(2021.0),
            4 => Value::Null,
            5 => json!(true),
            _ => json!([value]),
        };
    }
    if rng.chance(noise * 0.3) {
        t["mod"] = json!(rng.pick(&TIME_MODS));
    }
    t
}

fn noisy_quantity(rng: &mut Rng, mut q: Value, g: &Value, text_len: i64, noise: f64) -> Value {
    if rng.chance(noise * 0.4) {
        noisy_span(rng, &mut q, text_len);
    }
    if rng.chance(noise * 0.6) {
        noisy_quantity_value(rng, &mut q, g);
    }
    if rng.chance(noise * 0.3) {
        q["mod"] = if rng.chance(0.3) {
            Value::Null
        } else {
            json!(rng.pick(&QUANTITY_MODS))
        };
    }
    if rng.chance(noise * 0.4) {
        let unit = q["unit"].as_str().unwrap_or("شخص").to_string();
        q["unit"] = match rng.below(5) {
            0 => json!(format!("ال{unit}")),
            1 => json!("وحدة"),
            2 => Value::Null,
            3 => json!("%"),
            _ => json!(format!("{unit}ً")),
        };
    }
    q
}

/// Numbers Python can still compare: for a gold value, numbers and numeric strings; for a gold
/// range, numbers only (score.py compares them with `<=`).
fn noisy_quantity_value(rng: &mut Rng, q: &mut Value, g: &Value) {
    let (lo, hi) = match (g["min"].as_f64(), g["max"].as_f64()) {
        (Some(lo), Some(hi)) => (lo, hi),
        _ => {
            let v = g["value"].as_f64().unwrap_or(1.0);
            (v, v)
        }
    };
    let choice = rng.below(8);
    let (value, min, max) = match choice {
        0 => (json!(lo + 1.0), Value::Null, Value::Null),
        1 => (json!(hi * 1.004), Value::Null, Value::Null),
        2 => (Value::Null, json!(lo), json!(hi)),
        3 => (Value::Null, json!(lo + 1.0), json!(hi + 1.0)),
        4 => (json!((lo + hi) / 2.0), Value::Null, Value::Null),
        5 => (json!(hi as i64 + 1), json!(lo), Value::Null),
        6 if g.get("value").is_some() => (json!(format!("{}", lo)), Value::Null, Value::Null),
        _ if g.get("value").is_some() => {
            let arabic: String = (lo as i64)
                .to_string()
                .chars()
                .map(|d| char::from_u32(0x0660 + d.to_digit(10).unwrap_or(0)).unwrap_or('٠'))
                .collect();
            (json!(arabic), Value::Null, Value::Null)
        }
        _ => (json!(lo - 1.0), Value::Null, Value::Null),
    };
    q["value"] = value;
    q["min"] = min;
    q["max"] = max;
}

fn noisy_entity(rng: &mut Rng, mut e: Value, names: &[Value], text_len: i64, noise: f64) -> Value {
    if rng.chance(noise * 0.4) {
        e["name"] = rng.pick(names).clone();
    }
    if rng.chance(noise * 0.4) {
        let mentions = match rng.below(3) {
            0 => json!([]),
            1 => {
                let (s, end) = random_span(rng, text_len);
                json!([{"start": s, "end": end}])
            }
            _ => json!([{"start": null, "end": rng.between(0, 5)}]),
        };
        e["mentions"] = mentions;
    }
    if rng.chance(noise * 0.3) {
        e["type"] = json!(rng.pick(&ENTITY_TYPES));
    }
    if rng.chance(noise * 0.3) {
        e["wikidata"] = match rng.below(3) {
            0 => Value::Null,
            1 => json!("Q1"),
            _ => json!(format!("Q{}", rng.below(100_000))),
        };
    }
    if rng.chance(noise * 0.5) {
        let lat = e["lat"].as_f64().unwrap_or(30.0);
        let lon = e["lon"].as_f64().unwrap_or(40.0);
        let (dlat, dlon) = match rng.below(5) {
            0 => (0.2, -0.1),
            1 => (0.44, 0.0),
            2 => (3.0, 1.0),
            3 => (1.9, 1.2),
            _ => (0.0, 0.0),
        };
        e["lat"] = json!(lat + dlat);
        e["lon"] = if rng.chance(0.1) {
            Value::Null
        } else {
            json!(lon + dlon)
        };
        if rng.chance(0.1) {
            e["lat"] = json!(lat.round() as i64);
        }
    }
    e
}

fn noisy_quote(rng: &mut Rng, mut q: Value, names: &[Value], text_len: i64, noise: f64) -> Value {
    if rng.chance(noise * 0.4) {
        noisy_span(rng, &mut q, text_len);
    }
    if rng.chance(noise * 0.5) {
        let speaker = q["speaker"].as_str().unwrap_or("").to_string();
        q["speaker"] = match rng.below(4) {
            0 => json!(format!("و{speaker}")),
            1 => Value::Null,
            2 => json!(""),
            _ => rng.pick(names).clone(),
        };
    }
    if rng.chance(noise * 0.3) {
        q["content"] = json!("«".repeat(3) + &"كلام طويل جدا ".repeat(30));
    }
    q
}

fn noisy_names(rng: &mut Rng, current: &Value, names: &[Value]) -> Value {
    match rng.below(5) {
        0 => json!([]),
        1 => json!([rng.pick(names).clone()]),
        2 => first(current),
        3 => Value::Null,
        _ => json!([rng.pick(names).clone(), first(current)]),
    }
}

fn noisy_event(rng: &mut Rng, mut ev: Value, g: &Value, names: &[Value], noise: f64) -> Value {
    if rng.chance(noise * 0.3) {
        let alt = list(g, "alt_types");
        ev["type"] = if !alt.is_empty() && rng.chance(0.5) {
            rng.pick(&alt).clone()
        } else {
            json!(rng.pick(&EVENT_TYPES))
        };
    }
    if rng.chance(noise * 0.4) {
        ev["actor"] = noisy_names(rng, &ev["actor"], names);
    }
    if rng.chance(noise * 0.4) {
        ev["recipient"] = noisy_names(rng, &ev["recipient"], names);
    }
    if rng.chance(noise * 0.4) {
        ev["place"] = if rng.chance(0.3) {
            Value::Null
        } else {
            rng.pick(names).clone()
        };
    }
    if rng.chance(noise * 0.4) {
        let date = ev["date"].clone();
        ev["date"] = match rng.below(4) {
            0 => date
                .as_str()
                .and_then(|d| d.get(..4)?.parse::<i64>().ok())
                .map_or(Value::Null, |y| json!(y)),
            1 => json!("2015"),
            2 => Value::Null,
            _ => json!([date]),
        };
    }
    if rng.chance(noise * 0.3) {
        ev["modality"] = json!(rng.pick(&MODALITIES));
    }
    ev
}

fn shuffle(rng: &mut Rng, items: &mut [Value]) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// Keeps each perfect item with probability `1 - noise * 0.4`, passing it through `mutate`.
fn noisy_layer(
    rng: &mut Rng,
    perfect: &Value,
    gold: &[Value],
    noise: f64,
    mutate: &mut dyn FnMut(&mut Rng, Value, &Value) -> Value,
) -> Vec<Value> {
    let items = perfect.as_array().cloned().unwrap_or_default();
    let mut kept = Vec::new();
    for (item, g) in items.into_iter().zip(gold) {
        if !rng.chance(noise * 0.4) {
            kept.push(mutate(rng, item, g));
        }
    }
    kept
}

fn extra_spans(
    rng: &mut Rng,
    text_len: i64,
    noise: f64,
    make: impl Fn(&mut Rng, i64, i64) -> Value,
) -> Vec<Value> {
    let count = if rng.chance(noise) {
        rng.between(1, 3)
    } else {
        0
    };
    (0..count)
        .map(|_| {
            let (s, e) = random_span(rng, text_len);
            make(rng, s, e)
        })
        .collect()
}

fn noisy_record(doc: &GoldDoc, rng: &mut Rng, noise: f64) -> Value {
    let perfect = perfect_record(doc);
    let text_len = doc.text.chars().count() as i64;
    let names = name_pool(doc);
    let gold_times = list(&doc.gold, "times");
    let mut time_values: Vec<Value> = gold_times.iter().map(|t| first(&t["value"])).collect();
    time_values.push(json!("2015"));

    let mut times = noisy_layer(
        rng,
        &perfect["times"],
        &gold_times,
        noise,
        &mut |rng, t, _| noisy_time(rng, t, &time_values, text_len, noise),
    );
    times.extend(extra_spans(rng, text_len, noise, |rng, s, e| {
        json!({"start": s, "end": e, "type": "DATE", "value": rng.pick(&time_values).clone(), "mod": null})
    }));
    let mut quantities = noisy_layer(
        rng,
        &perfect["quantities"],
        &list(&doc.gold, "quantities"),
        noise,
        &mut |rng, q, g| noisy_quantity(rng, q, g, text_len, noise),
    );
    quantities.extend(extra_spans(rng, text_len, noise, |rng, s, e| {
        json!({"start": s, "end": e, "value": rng.between(1, 100), "min": null, "max": null, "mod": null, "unit": "شخص"})
    }));
    let mut entities = noisy_layer(
        rng,
        &perfect["entities"],
        &list(&doc.gold, "entities"),
        noise,
        &mut |rng, e, _| noisy_entity(rng, e, &names, text_len, noise),
    );
    entities.extend(extra_spans(rng, text_len, noise, |rng, s, e| {
        json!({"name": rng.pick(&names).clone(), "type": "ORG", "mentions": [{"start": s, "end": e}]})
    }));
    shuffle(rng, &mut entities);
    let mut quotes = noisy_layer(
        rng,
        &perfect["quotes"],
        &list(&doc.gold, "quotes"),
        noise,
        &mut |rng, q, _| noisy_quote(rng, q, &names, text_len, noise),
    );
    quotes.extend(extra_spans(rng, text_len, noise, |rng, s, e| {
        json!({"start": s, "end": e, "speaker": rng.pick(&names).clone(), "kind": "direct"})
    }));
    let gold_events = list(&doc.gold, "events");
    let mut events = noisy_layer(
        rng,
        &perfect["events"],
        &gold_events,
        noise,
        &mut |rng, ev, g| noisy_event(rng, ev, g, &names, noise),
    );
    let duplicates: Vec<Value> = events
        .iter()
        .filter(|_| rng.chance(noise * 0.3))
        .cloned()
        .collect();
    events.extend(duplicates);
    if rng.chance(noise) {
        events.push(json!({"type": rng.pick(&EVENT_TYPES), "actor": [rng.pick(&names).clone()], "recipient": [], "modality": "asserted"}));
    }
    shuffle(rng, &mut events);

    object(vec![
        ("id", json!(doc.id)),
        ("times", Value::Array(times)),
        ("quantities", Value::Array(quantities)),
        ("entities", Value::Array(entities)),
        ("quotes", Value::Array(quotes)),
        ("events", Value::Array(events)),
    ])
}

/// Some documents missing, some with an empty or bare record, the rest noisy.
fn noisy_system(gold: &[GoldDoc], rng: &mut Rng, noise: f64) -> Vec<Value> {
    let mut records = Vec::new();
    for doc in gold {
        match rng.below(20) {
            0 => continue,
            1 => records.push(json!({"id": doc.id})),
            2 => records.push(json!({"id": doc.id, "times": [], "quantities": [], "entities": [], "quotes": [], "events": []})),
            _ => records.push(noisy_record(doc, rng, noise)),
        }
    }
    shuffle(rng, &mut records);
    records
}
