//! What the workbench reports: a variant a caller can match, with the store's own
//! error inside when the file is the cause.

use std::fmt;

use crate::i18n::{self, Arg, Language};
use crate::out_file::OutError;
use crate::store::StoreError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbenchError {
    /// Opening, reading or writing the portfolio failed.
    Store(StoreError),
    /// A save or a change of champion was asked for without a reason.
    NoReason,
    /// A policy was to be saved without a name.
    NoName,
    /// The write was done, but the lists could not be re-read afterwards.
    Reread(Box<StoreError>),
    /// An export's file was refused or could not be written.
    Export(OutError),
    /// The file cannot be written, so nothing that must be logged may happen.
    ReadOnly,
    /// A background job ended without an answer (its thread stopped).
    Interrupted,
    /// The portfolio has no scorecard yet: no scores or decisions to export.
    NoScorecard,
    /// An export failed while writing its rows.
    ExportWrite {
        path: std::path::PathBuf,
        detail: String,
    },
}

impl From<StoreError> for WorkbenchError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<OutError> for WorkbenchError {
    fn from(e: OutError) -> Self {
        Self::Export(e)
    }
}

impl fmt::Display for WorkbenchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for WorkbenchError {}

impl WorkbenchError {
    /// The error for people, in `lang` (Display gives the English one). A detail
    /// from SQLite or the operating system stays as they word it.
    pub fn message(&self, lang: Language) -> String {
        let t = |id: &str| i18n::text(lang, id);
        match self {
            Self::Store(e) => store_message(lang, e),
            Self::NoReason => t("error-no-reason"),
            Self::NoName => t("error-no-name"),
            Self::Reread(e) => i18n::text_with(
                lang,
                "error-reread",
                &[("error", Arg::Text(&store_message(lang, e)))],
            ),
            Self::ReadOnly => t("error-read-only"),
            Self::Interrupted => t("error-interrupted"),
            Self::NoScorecard => t("error-no-scorecard"),
            Self::Export(e) => out_message(lang, e),
            Self::ExportWrite { path, detail } => i18n::text_with(
                lang,
                "error-cannot-write",
                &[
                    ("path", Arg::Text(&path.display().to_string())),
                    ("detail", Arg::Text(detail)),
                ],
            ),
        }
    }
}

/// A store error in `lang`.
fn store_message(lang: Language, e: &StoreError) -> String {
    e.message(lang)
}

/// An output file's error in `lang`.
fn out_message(lang: Language, e: &OutError) -> String {
    e.message(lang)
}
