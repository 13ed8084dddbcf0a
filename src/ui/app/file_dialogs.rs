//! The app's side of file dialogs: asking (off the UI thread, see `ui::dialogs`) and
//! acting on the answer.

use std::path::PathBuf;

use super::RiskdeskApp;
use crate::i18n;
use crate::ui::dialogs::{self, Picker, Purpose, Suggestion};
use crate::ui::status::Status;

impl RiskdeskApp {
    /// Shows file dialogs with `picker` instead of the native ones (tests).
    pub fn with_file_picker(mut self, picker: Picker) -> Self {
        self.picker = picker;
        self
    }

    /// Whether a file dialog is being shown.
    pub fn dialog_open(&self) -> bool {
        self.dialog.is_some()
    }

    /// Blocks until the file dialog being shown answers, and acts on it (tests).
    pub fn wait_for_dialog(&mut self) {
        if let Some(d) = self.dialog.take() {
            let answer = d.job.wait().flatten();
            self.dialog_answered(d.purpose, answer);
        }
    }

    pub(super) fn ask(&mut self, purpose: Purpose) {
        if self.dialog.is_some() {
            self.status = Status::error(i18n::text(self.language(), "status-dialog-open"));
            return;
        }
        let db = self.data.as_ref().map(|d| d.path.clone());
        let folder = db
            .as_deref()
            .and_then(|p| p.parent())
            .map(|p| p.to_path_buf());
        let file_name = match (purpose, &self.data) {
            (Purpose::Open | Purpose::ImportCsv, _) => None,
            (Purpose::ExportCsv, _) => Some("applicants.csv".to_string()),
            (Purpose::ExportCsvPersonal, _) => Some("applicants-with-names.csv".to_string()),
            (Purpose::ExportPng, Some(d)) => Some(
                dialogs::png_beside(&d.path, self.settings.tab.slug(), &d.portfolio.as_of)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "riskdesk.png".into()),
            ),
            (Purpose::ExportPng, None) => Some("riskdesk.png".to_string()),
        };
        let ctx = self.context_for_jobs();
        match dialogs::ask(
            &self.picker,
            &ctx,
            purpose,
            Suggestion { folder, file_name },
        ) {
            Ok(p) => self.dialog = Some(p),
            Err(e) => self.status = Status::error(e),
        }
    }

    pub(super) fn dialog_answered(&mut self, purpose: Purpose, answer: Option<PathBuf>) {
        match answer {
            Some(path) => self.apply(purpose.command(path)),
            // A cancelled or unavailable dialog is not an error: a quiet note.
            None => self.status = Status::info(purpose.cancelled(self.language())),
        }
    }
}
