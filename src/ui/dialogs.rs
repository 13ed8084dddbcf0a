//! Native file dialogs, off the UI thread. The dialog's future is made on the UI thread
//! (macOS wants dialogs created there) and waited for on a named thread; the chosen
//! path comes back through a `Job` that the app polls each frame, then becomes an
//! ordinary command (`Open`, `ExportCsvTo`, `ExportPngTo`). A cancelled dialog, or none
//! available (no desktop portal: rfd answers `None`), is not an error.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;

use super::command::Command;
use super::jobs::Job;
use crate::i18n::{self, Arg, Language};

/// What a dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    /// The applicants file of an import (File > Import CSV…).
    ImportCsv,
    ExportCsv,
    ExportCsvPersonal,
    ExportPng,
}

impl Purpose {
    /// The command that does the work with the chosen path.
    pub(crate) fn command(self, path: PathBuf) -> Command {
        match self {
            Purpose::Open => Command::Open(path),
            Purpose::ImportCsv => Command::ImportReadFile(path),
            Purpose::ExportCsv => Command::ExportCsvTo(path),
            Purpose::ExportCsvPersonal => Command::ExportCsvPersonalTo(path),
            Purpose::ExportPng => Command::ExportPngTo(path),
        }
    }

    /// The status message when no file was chosen, in `lang`.
    pub(crate) fn cancelled(self, lang: Language) -> String {
        let (id, item) = match self {
            Purpose::Open => ("status-no-file-opened", "menu-open-path"),
            Purpose::ImportCsv => ("status-no-file-opened", "menu-import-csv"),
            Purpose::ExportCsv | Purpose::ExportCsvPersonal => {
                ("status-dialog-nothing-exported", "menu-save-csv-beside")
            }
            Purpose::ExportPng => ("status-dialog-nothing-exported", "menu-save-png-beside"),
        };
        let path = format!(
            "{} > {}",
            i18n::text(lang, "menu-file"),
            i18n::text(lang, item)
        );
        i18n::text_with(lang, id, &[("item", Arg::Text(&path))])
    }
}

/// The answer of a dialog, still to come.
pub(crate) type Answer = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// Shows a dialog for a purpose, starting in a folder with a suggested file name; it
/// runs on the UI thread and must not block (it returns the dialog's future).
pub type Picker = Arc<dyn Fn(Purpose, Suggestion) -> Answer + Send + Sync>;

/// Where a dialog starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestion {
    pub folder: Option<PathBuf>,
    pub file_name: Option<String>,
}

/// The native dialogs (rfd's asynchronous ones).
pub(crate) fn native() -> Picker {
    Arc::new(|purpose, s: Suggestion| {
        let mut d = rfd::AsyncFileDialog::new();
        if let Some(folder) = &s.folder {
            d = d.set_directory(folder);
        }
        if let Some(name) = &s.file_name {
            d = d.set_file_name(name);
        }
        let path = |h: Option<rfd::FileHandle>| h.map(|h| h.path().to_path_buf());
        match purpose {
            Purpose::Open => {
                let f = d
                    .add_filter("Riskdesk portfolio", &["db", "sqlite"])
                    .pick_file();
                Box::pin(async move { path(f.await) })
            }
            Purpose::ImportCsv => {
                let f = d.add_filter("CSV", &["csv", "txt"]).pick_file();
                Box::pin(async move { path(f.await) })
            }
            Purpose::ExportCsv | Purpose::ExportCsvPersonal => {
                let f = d.add_filter("CSV", &["csv"]).save_file();
                Box::pin(async move { path(f.await) })
            }
            Purpose::ExportPng => {
                let f = d.add_filter("PNG", &["png"]).save_file();
                Box::pin(async move { path(f.await) })
            }
        }
    })
}

/// A dialog being shown.
pub(crate) struct Pending {
    pub purpose: Purpose,
    pub job: Job<Option<PathBuf>>,
}

/// Shows the dialog and waits for it on the thread "riskdesk-dialog".
pub(crate) fn ask(
    picker: &Picker,
    ctx: &egui::Context,
    purpose: Purpose,
    suggestion: Suggestion,
) -> Result<Pending, String> {
    let answer = picker(purpose, suggestion);
    let job = Job::spawn("riskdesk-dialog", ctx, move |_| pollster::block_on(answer))?;
    Ok(Pending { purpose, job })
}

/// A file name for a picture of `view` beside the portfolio `db` that does not exist
/// yet: `sample-charts-2026-10-31.png`, then `…-2.png`, `…-3.png`.
pub(crate) fn png_beside(db: &Path, view: &str, as_of: &str) -> PathBuf {
    beside(db, view, as_of, "png")
}

/// A new file `NAME-WHAT-DATE.EXT` beside the portfolio `db` (`-2`, `-3`… rather than
/// an existing name).
pub(crate) fn beside(db: &Path, view: &str, as_of: &str, ext: &str) -> PathBuf {
    let folder = db.parent().unwrap_or(Path::new("."));
    let stem = db.file_stem().map_or_else(
        || "riskdesk".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let base = format!("{stem}-{view}-{as_of}");
    let mut path = folder.join(format!("{base}.{ext}"));
    let mut k = 2;
    while path.exists() {
        path = folder.join(format!("{base}-{k}.{ext}"));
        k += 1;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_names_beside_the_portfolio_never_overwrite() {
        let dir = std::env::temp_dir().join(format!("riskdesk-png-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("sample.db");
        let first = png_beside(&db, "charts", "2026-10-31");
        assert_eq!(first, dir.join("sample-charts-2026-10-31.png"));
        std::fs::write(&first, b"x").unwrap();
        assert_eq!(
            png_beside(&db, "charts", "2026-10-31"),
            dir.join("sample-charts-2026-10-31-2.png")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
