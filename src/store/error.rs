//! What the store reports. Every error names the file; its variant says what kind of
//! problem it is, so a caller branches on the variant, never on the text.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{self, Arg, Language};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The file is missing, a folder, empty or cannot be read.
    Unreadable { path: PathBuf, detail: String },
    /// Not a Riskdesk portfolio: not SQLite, or without Riskdesk's tables.
    NotAPortfolio { path: PathBuf, detail: String },
    /// Written by a newer Riskdesk, or declaring a version that never existed.
    Version { path: PathBuf, detail: String },
    /// A table, a row or a value is wrong (a damaged or hand-edited file).
    Damaged { path: PathBuf, detail: String },
    /// SQLite failed while doing `what`.
    Sqlite {
        path: PathBuf,
        what: String,
        detail: String,
    },
    /// A write was refused before anything was written (no reason, an invalid policy).
    Refused { path: PathBuf, detail: String },
    /// The operating system failed a file operation (a backup copy, a rename).
    Io { path: PathBuf, detail: String },
}

impl StoreError {
    pub(crate) fn unreadable(path: &Path, detail: impl Into<String>) -> Self {
        Self::Unreadable {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn not_a_portfolio(path: &Path, detail: impl Into<String>) -> Self {
        Self::NotAPortfolio {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn version(path: &Path, detail: impl Into<String>) -> Self {
        Self::Version {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn damaged(path: &Path, detail: impl Into<String>) -> Self {
        Self::Damaged {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn refused(path: &Path, detail: impl Into<String>) -> Self {
        Self::Refused {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    pub(crate) fn io(path: &Path, detail: impl Into<String>) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    /// Wraps an SQLite error met while doing `what` with `path`.
    pub(crate) fn sqlite(path: &Path, what: &str, e: rusqlite::Error) -> Self {
        Self::Sqlite {
            path: path.to_path_buf(),
            what: what.into(),
            detail: e.to_string(),
        }
    }

    /// The file concerned.
    pub(crate) fn path(&self) -> &Path {
        match self {
            Self::Unreadable { path, .. }
            | Self::NotAPortfolio { path, .. }
            | Self::Version { path, .. }
            | Self::Damaged { path, .. }
            | Self::Sqlite { path, .. }
            | Self::Refused { path, .. }
            | Self::Io { path, .. } => path,
        }
    }

    /// What is wrong, for a person, without the file's name.
    pub(crate) fn detail(&self) -> String {
        match self {
            Self::Sqlite { what, detail, .. } => format!("{what}: {detail}"),
            Self::Unreadable { detail, .. }
            | Self::NotAPortfolio { detail, .. }
            | Self::Version { detail, .. }
            | Self::Damaged { detail, .. }
            | Self::Refused { detail, .. }
            | Self::Io { detail, .. } => detail.clone(),
        }
    }
}

impl StoreError {
    /// The error for a person in `lang`: the file, then (in Chinese) the kind of
    /// problem, then the detail, which stays English. In English it is the Display
    /// text.
    pub fn message(&self, lang: Language) -> String {
        let path = self.path().display().to_string();
        let (key, what, detail) = match self {
            Self::Unreadable { detail, .. } => ("store-unreadable", "", detail),
            Self::NotAPortfolio { detail, .. } => ("store-not-a-portfolio", "", detail),
            Self::Version { detail, .. } => ("store-version", "", detail),
            Self::Damaged { detail, .. } => ("store-damaged", "", detail),
            Self::Sqlite { what, detail, .. } => ("store-sqlite", what.as_str(), detail),
            Self::Refused { detail, .. } => ("store-refused", "", detail),
            Self::Io { detail, .. } => ("store-io", "", detail),
        };
        i18n::text_with(
            lang,
            key,
            &[
                ("path", Arg::Text(&path)),
                ("what", Arg::Text(what)),
                ("detail", Arg::Text(detail)),
            ],
        )
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.detail())
    }
}

impl std::error::Error for StoreError {}

/// What is wrong with a row, a value or a table, before the file is known: the store's
/// inner readers return it and their caller names the file (`StoreError::Damaged`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault(String);

impl Fault {
    /// In the file at `path`.
    pub(crate) fn in_file(self, path: &Path) -> StoreError {
        StoreError::damaged(path, self.0)
    }
}

impl From<String> for Fault {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl From<&str> for Fault {
    fn from(s: &str) -> Self {
        Self(s.to_string())
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Fault {}

impl From<Fault> for String {
    fn from(f: Fault) -> Self {
        f.0
    }
}

impl std::ops::Deref for Fault {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Fault {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
