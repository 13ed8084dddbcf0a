//! One error type for everything the store reports: the file and what is wrong.

use std::fmt;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    /// The file concerned.
    pub path: String,
    /// What is wrong, for a person to read.
    pub message: String,
}

impl StoreError {
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        Self {
            path: path.display().to_string(),
            message: message.into(),
        }
    }

    /// Wraps an SQLite error met while reading or writing `path`.
    pub fn sqlite(path: &Path, what: &str, e: rusqlite::Error) -> Self {
        Self::new(path, format!("{what}: {e}"))
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for StoreError {}
