//! Errors of loading gold files and system output; each names the file (and line) at fault.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not valid JSON: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{}: {message}", path.display())]
    Gold { path: PathBuf, message: String },
    #[error("{}:{line}: not valid JSON: {source}", path.display())]
    SystemJson {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    SystemRecord {
        path: PathBuf,
        line: usize,
        message: String,
    },
}
