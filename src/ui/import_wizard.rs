//! The import wizard's state (File > Import CSV…): the applicants file, its first rows,
//! the form, the dry run's summary, and the job that checks or imports on a
//! background thread. The view (`views::import_wizard`) shows it and emits commands;
//! `app::commands` changes it.

use std::path::{Path, PathBuf};

use super::jobs::{Job, Poll};
use crate::i18n::Language;
use crate::out_file::{OutFile, Overwrite};
use crate::workbench::import::{self, ImportFailure};
use crate::workbench::import_form::ImportForm;
use crate::workbench::import_preview::{self, Preview};

/// Rows of the file shown, and rows scanned for an outcome column's values.
const SHOWN: usize = 8;
const SCANNED: usize = 5_000;

/// What a background step of the wizard answers.
pub(crate) enum Answer {
    /// The first rows (personal data masked) and the form they suggest.
    Preview(Result<Box<(Preview, ImportForm)>, String>),
    /// The dry run's summary, or what stops the import.
    Checked(Result<String, String>),
    /// The new portfolio, or what stopped the import (nothing is left behind).
    Imported(Result<PathBuf, String>),
}

#[derive(Default)]
pub(crate) struct ImportWizard {
    /// The applicants file's path as typed.
    pub path: String,
    pub preview: Option<Result<Preview, String>>,
    pub form: Option<ImportForm>,
    /// The last dry run: its summary, or the problem found.
    pub checked: Option<Result<String, String>>,
    /// The dry run's answer has just come and is to be scrolled into sight (below
    /// the mapping, out of sight in a small window).
    pub show_checked: bool,
    pub job: Option<(JobKind, Job<Answer>)>,
}

/// What the running job does (for the progress line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JobKind {
    Reading,
    Checking,
    Importing,
}

impl ImportWizard {
    pub(crate) fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Starts reading the first rows of `path`.
    pub(crate) fn read(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        lang: Language,
    ) -> Result<(), String> {
        self.path = path.display().to_string();
        self.checked = None;
        let job = Job::spawn("riskdesk-import-preview", ctx, move |_| {
            // Personal data is masked there, before the window holds it.
            let preview = import_preview::read(&path, SHOWN, SCANNED).map_err(|e| e.message(lang));
            Answer::Preview(preview.map(Box::new))
        })?;
        self.job = Some((JobKind::Reading, job));
        Ok(())
    }

    /// Starts the dry run of the form's map.
    pub(crate) fn check(&mut self, ctx: &egui::Context, lang: Language) -> Result<(), String> {
        let Some(form) = self.form.clone() else {
            return Ok(());
        };
        let job = Job::spawn("riskdesk-import-check", ctx, move |progress| {
            Answer::Checked(dry_run(&form, lang, progress).map_err(|e| e.message(lang)))
        })?;
        self.job = Some((JobKind::Checking, job));
        Ok(())
    }

    /// Starts the import: the map beside the new portfolio, then the portfolio.
    pub(crate) fn run(&mut self, ctx: &egui::Context, lang: Language) -> Result<(), String> {
        let Some(form) = self.form.clone() else {
            return Ok(());
        };
        let job = Job::spawn("riskdesk-import", ctx, move |progress| {
            Answer::Imported(import_now(&form, progress).map_err(|e| e.message(lang)))
        })?;
        self.job = Some((JobKind::Importing, job));
        Ok(())
    }

    /// The job's answer, once it has one.
    pub(crate) fn poll(&mut self) -> Option<Answer> {
        let (_, job) = self.job.as_ref()?;
        match job.poll() {
            Poll::Running => None,
            Poll::Done(a) => {
                self.job = None;
                Some(a)
            }
            Poll::Lost => {
                self.job = None;
                Some(Answer::Checked(Err("the import's thread stopped".into())))
            }
        }
    }
}

fn folder_of(p: &Path) -> &Path {
    p.parent()
        .filter(|f| !f.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn dry_run(
    form: &ImportForm,
    lang: Language,
    progress: &(dyn Fn(f32) + Sync),
) -> Result<String, ImportFailure> {
    let map = form.map()?;
    let folder = folder_of(&form.map_path()).to_path_buf();
    // Reading is the whole of a check: its 0–0.8 of an import's bar, stretched.
    let read = import::read_reporting(&map, &folder, false, &|share| progress(share / 0.8))?;
    Ok(import::render(&map, &read.summary, &read.encodings, lang))
}

/// Writes the map (never over a file), then imports under it; a failed import takes
/// its map away again, so nothing is left half-done.
fn import_now(
    form: &ImportForm,
    progress: &(dyn Fn(f32) + Sync),
) -> Result<PathBuf, ImportFailure> {
    let map = form.map()?;
    let map_path = form.map_path();
    let out = OutFile::create(&form.out, Overwrite::Refuse, &[&form.file])?;
    let map_out = OutFile::create(&map_path, Overwrite::Refuse, &[&form.file])?;
    std::fs::write(map_out.temp_path(), form.to_json()).map_err(|e| {
        ImportFailure::MapUnwritable {
            detail: e.to_string(),
        }
    })?;
    map_out.commit()?;
    let folder = folder_of(&map_path).to_path_buf();
    let result = import::read_reporting(&map, &folder, true, progress).and_then(|read| {
        import::write_reporting(
            &map,
            &map_path,
            read,
            out,
            "imported with the window's wizard",
            progress,
        )
    });
    match result {
        Ok(()) => Ok(form.out.clone()),
        Err(e) => {
            let _ = std::fs::remove_file(&map_path);
            Err(e)
        }
    }
}
