//! The import wizard's answers as they reach the app: a preview, a check, an
//! import that opens the new portfolio.

use super::RiskdeskApp;
use crate::format::file_name;
use crate::i18n::{self, Arg};
use crate::ui::command::Command;
use crate::ui::import_wizard::Answer;
use crate::ui::status::Status;

impl RiskdeskApp {
    /// The import wizard's answer, once its job has one.
    pub(super) fn poll_import(&mut self) {
        if let Some(answer) = self.import.as_mut().and_then(|w| w.poll()) {
            self.act_on_import(answer);
        }
    }

    /// Blocks until the import wizard's job answers, and acts on it (tests).
    pub fn wait_for_import(&mut self) {
        let job = self.import.as_mut().and_then(|w| w.job.take());
        if let Some((_, job)) = job
            && let Some(answer) = job.wait()
        {
            self.act_on_import(answer);
        }
    }

    /// A preview suggests a form, a check shows its summary, an import opens the new
    /// portfolio (or shows what stopped it, in the wizard).
    fn act_on_import(&mut self, answer: Answer) {
        let lang = self.language();
        match answer {
            Answer::Preview(preview) => {
                if let Some(w) = &mut self.import {
                    let (preview, form) = match preview {
                        Ok(pf) => {
                            let (p, f) = *pf;
                            (Ok(p), Some(f))
                        }
                        Err(e) => (Err(e), None),
                    };
                    w.form = form;
                    w.preview = Some(preview);
                }
            }
            Answer::Checked(result) => {
                if let Some(w) = &mut self.import {
                    w.checked = Some(result);
                    w.show_checked = true;
                }
            }
            Answer::Imported(Ok(path)) => {
                self.import = None;
                self.apply(Command::Open(path.clone()));
                self.status = Status::info(i18n::text_with(
                    lang,
                    "status-imported",
                    &[("file", Arg::Text(&file_name(&path)))],
                ));
            }
            Answer::Imported(Err(e)) => {
                if let Some(w) = &mut self.import {
                    w.checked = Some(Err(e));
                    w.show_checked = true;
                }
            }
        }
    }

    /// The import wizard, if open (tests).
    pub fn import_wizard_open(&self) -> bool {
        self.import.is_some()
    }

    /// Whether the wizard's job runs (tests).
    pub fn import_busy(&self) -> bool {
        self.import.as_ref().is_some_and(|w| w.busy())
    }

    /// The wizard's last check or import problem (tests): the summary, or the error.
    pub fn import_checked(&self) -> Option<Result<&str, &str>> {
        let c = self.import.as_ref()?.checked.as_ref()?;
        Some(c.as_ref().map(String::as_str).map_err(String::as_str))
    }
}
