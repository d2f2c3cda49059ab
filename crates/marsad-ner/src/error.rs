//! Errors of reading corpora, gazetteers and model files.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A malformed line of a CoNLL or gazetteer file; `line` counts from 1.
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A model file that is not one, or of another format version.
    #[error("model {origin}: {message}")]
    Model { origin: String, message: String },
    #[error("{}: {message}", path.display())]
    Gazetteer { path: PathBuf, message: String },
}

impl NerError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> NerError {
        NerError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
