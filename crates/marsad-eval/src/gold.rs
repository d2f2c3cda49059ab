//! Reading gold files and system output the way score.py reads them.

use crate::error::EvalError;
use crate::pychar::strip;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One gold file with its article text.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldDoc {
    /// The gold `id`, which the system output's `id` must equal.
    pub id: String,
    /// The gold file.
    pub path: PathBuf,
    /// The article text, newlines read the way Python's text mode reads them.
    pub text: String,
    /// The publication date given to the system as metadata, when the gold file has one.
    pub published: Option<String>,
    /// The whole gold object.
    pub gold: Value,
}

/// Python's text-mode reading: `\r\n` and lone `\r` become `\n`. System offsets count code
/// points in the text as Python sees it, so this matters for documents with CR line ends.
pub fn universal_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn read_text(path: &Path) -> Result<String, EvalError> {
    let raw = fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(universal_newlines(&raw))
}

/// The gold files of `dir`, as `sorted(glob(dir/*.json))` lists them: names ending in `.json`
/// that do not start with a dot, in code point order of their paths. The article text is
/// read relative to each gold file.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let io_error = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error)? {
        let name = entry.map_err(io_error)?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".json") && !name.starts_with('.') {
            paths.push(dir.join(name.as_ref()));
        }
    }
    paths.sort_by(|a, b| a.to_string_lossy().cmp(&b.to_string_lossy()));
    paths.iter().map(|p| load_gold_file(p)).collect()
}

/// One gold file: its `id` and `text` must be strings.
pub fn load_gold_file(path: &Path) -> Result<GoldDoc, EvalError> {
    let gold: Value =
        serde_json::from_str(&read_text(path)?).map_err(|source| EvalError::Json {
            path: path.to_path_buf(),
            source,
        })?;
    let string_field = |key: &str| {
        gold.get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| EvalError::Gold {
                path: path.to_path_buf(),
                message: format!("gold file has no string \"{key}\""),
            })
    };
    let id = string_field("id")?;
    let text_path = path
        .parent()
        .unwrap_or(Path::new(""))
        .join(string_field("text")?);
    let text = read_text(&text_path)?;
    let published = gold
        .get("published")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(GoldDoc {
        id,
        path: path.to_path_buf(),
        text,
        published,
        gold,
    })
}

/// System output, one JSON object per line, keyed by its `id` (a later line wins). Blank lines
/// are skipped. A record whose `id` is missing or not a string is dropped: score.py keeps it
/// under that key, where no gold id (always a string) can find it.
pub fn read_system_jsonl(path: &Path) -> Result<HashMap<String, Value>, EvalError> {
    let mut system = HashMap::new();
    for (index, line) in read_text(path)?.split('\n').enumerate() {
        let line = strip(line);
        if line.is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(line).map_err(|source| EvalError::SystemJson {
            path: path.to_path_buf(),
            line: index + 1,
            source,
        })?;
        if !record.is_object() {
            return Err(EvalError::SystemRecord {
                path: path.to_path_buf(),
                line: index + 1,
                message: "a line must hold a JSON object".into(),
            });
        }
        if let Some(id) = record.get("id").and_then(Value::as_str) {
            system.insert(id.to_string(), record);
        }
    }
    Ok(system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_as_python_text_mode() {
        assert_eq!(universal_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
