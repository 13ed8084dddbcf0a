//! What the workbench reports: a variant a caller can match, with the store's own
//! error inside when the file is the cause.

use std::fmt;

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
        match self {
            Self::Store(e) => write!(f, "{e}"),
            Self::NoReason => f.write_str("a reason is required (it goes into the audit log)"),
            Self::NoName => f.write_str("a policy needs a name to be saved"),
            Self::Reread(e) => write!(f, "written, but the lists were not re-read: {e}"),
            Self::ReadOnly => f.write_str(
                "the file is read-only: personal data is shown only when the reveal can be logged",
            ),
            Self::Interrupted => f.write_str("the work stopped before it was done"),
            Self::Export(e) => write!(f, "{e}"),
            Self::ExportWrite { path, detail } => {
                write!(f, "{}: cannot be written: {detail}", path.display())
            }
        }
    }
}

impl std::error::Error for WorkbenchError {}
