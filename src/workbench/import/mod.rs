//! Importing a lender's extract, for the command line and the window alike: read the
//! files a map names (`read`: the dry run, or the values kept for an import), lay
//! them out as a portfolio and write it with its audit entry (`write`), and the
//! summary and errors for people (`summary`).

mod summary;

use std::path::Path;

pub use summary::{error_text, map_error_text, render};

use crate::domain::import::accounts::{AccountsCheck, ImportedAccounts};
use crate::domain::import::book::Book;
use crate::domain::import::check::{ApplicantsCheck, Summary};
use crate::domain::import::collect::Collected;
use crate::domain::import::disagreements::disagreements;
use crate::domain::import::error::ImportError;
use crate::domain::import::map::{ImportMap, MapError};
use crate::domain::import::outcomes::OutcomesCheck;
use crate::domain::import::performance::{ImportedHistory, PerformanceCheck};
use crate::domain::portfolio::GivenOutcome;
use crate::i18n::Language;
use crate::out_file::{OutError, OutFile};
use crate::store::extract::{self, Encoding};
use crate::store::import_write::{ImportStamp, SourceFile};
use crate::store::{self, StoreError};

/// What stops an import.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportFailure {
    /// A file cannot be read or written.
    Store(StoreError),
    /// A row that stops it (file, line and column named).
    Row(ImportError),
    /// The book cannot be laid out as a portfolio.
    Book { file: String, detail: String },
    /// The map (as the window's wizard made it) is not valid.
    Map(MapError),
    /// An output (the portfolio, the map beside it) is refused or cannot be written.
    Output(OutError),
    /// The map beside the portfolio cannot be written.
    MapUnwritable { detail: String },
}

impl From<OutError> for ImportFailure {
    fn from(e: OutError) -> Self {
        Self::Output(e)
    }
}

impl From<MapError> for ImportFailure {
    fn from(e: MapError) -> Self {
        Self::Map(e)
    }
}

impl From<StoreError> for ImportFailure {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl ImportFailure {
    /// For people, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ImportFailure::Store(e) => e.message(lang),
            ImportFailure::Row(e) => error_text(lang, e),
            ImportFailure::Book { file, detail } => format!("{file}: {detail}"),
            ImportFailure::Map(e) => map_error_text(lang, e),
            ImportFailure::Output(e) => e.message(lang),
            ImportFailure::MapUnwritable { detail } => {
                crate::i18n::text(lang, "wizard-map-unwritable") + ": " + detail
            }
        }
    }
}

/// What reading an extract gave.
pub struct Read {
    pub summary: Summary,
    pub encodings: Vec<(String, Encoding)>,
    /// The values, when collected for an import.
    pub collected: Option<Collected>,
    /// The given outcomes, one per applicant row (when mapped).
    pub given: Option<Vec<GivenOutcome>>,
    /// The accounts and their month-ends (when mapped).
    pub accounts: Option<(ImportedAccounts, Option<ImportedHistory>)>,
    /// The files read, with their SHA-256 (an import).
    pub files: Vec<SourceFile>,
}

/// The files of an extract as they are read: their text, encodings and digests.
struct Files<'a> {
    map: &'a ImportMap,
    folder: &'a Path,
    /// Digests are taken for an import's audit entry, not for a dry run.
    digest: bool,
    encodings: Vec<(String, Encoding)>,
    files: Vec<SourceFile>,
}

impl Files<'_> {
    /// The text of the map's `name` (a file name relative to the map's folder).
    fn text(&mut self, name: &str) -> Result<(std::path::PathBuf, String), ImportFailure> {
        let path = self.folder.join(name);
        let enc = self.map.encoding.as_deref();
        let (text, encoding) = if self.digest {
            let (text, encoding, sha256) = extract::decode_with_digest(&path, enc)?;
            if !self.files.iter().any(|f| f.name == name) {
                self.files.push(SourceFile {
                    name: name.to_string(),
                    sha256,
                });
            }
            (text, encoding)
        } else {
            extract::decode(&path, enc)?
        };
        if !self.encodings.iter().any(|(f, _)| f == name) {
            self.encodings.push((name.to_string(), encoding));
        }
        Ok((path, text))
    }
}

/// Reads the applicants, an outcome file of their own, the accounts and their
/// month-ends under `map`, keeping the applicants' values when `collect` (an import;
/// a check only counts them). Outcomes, accounts and month-ends are kept either way:
/// the check compares them and sorts the month-ends to find gaps.
pub fn read(map: &ImportMap, folder: &Path, collect: bool) -> Result<Read, ImportFailure> {
    read_reporting(map, folder, collect, &|_| {})
}

/// The share of an import's progress bar each file's reading takes (the applicants,
/// an outcome file, the accounts, the month-ends); writing takes the rest.
const READ_SHARES: [(f32, f32); 4] = [(0.0, 0.6), (0.6, 0.65), (0.65, 0.7), (0.7, 0.8)];

/// [`read`], telling `progress` how far it is (0 to 0.8; `write` goes on to 1).
pub fn read_reporting(
    map: &ImportMap,
    folder: &Path,
    collect: bool,
    progress: &dyn Fn(f32),
) -> Result<Read, ImportFailure> {
    let part = |k: usize| {
        let (from, to) = READ_SHARES[k];
        move |share: f32| progress(from + (to - from) * share)
    };
    let mut f = Files {
        map,
        folder,
        digest: collect,
        encodings: Vec::new(),
        files: Vec::new(),
    };
    let (path, text) = f.text(&map.applicants.file)?;
    let mut applicants = extract::for_each_row_reporting(
        &path,
        &text,
        &part(0),
        |header| {
            ApplicantsCheck::new(map, header).map(|c| if collect { c.collecting() } else { c })
        },
        |c: &mut ApplicantsCheck, line, cells| c.row(line, cells),
    )?
    .map_err(ImportFailure::Row)?;
    drop(text);
    let ids = std::mem::take(&mut applicants.ids);
    let as_of = applicants.as_of();
    let in_file = std::mem::take(&mut applicants.given);
    let (mut summary, collected) = applicants.finish_collected(map);
    let mut given = map.outcomes.as_ref().map(|_| in_file);
    if let Some(o) = map
        .outcomes
        .as_ref()
        .filter(|o| o.file != map.applicants.file)
    {
        let (path, text) = f.text(&o.file)?;
        let outcomes = extract::for_each_row_reporting(
            &path,
            &text,
            &part(1),
            |header| OutcomesCheck::new(map, header, &ids).map(|c| c.map(|c| c.collecting())),
            |c: &mut Option<OutcomesCheck>, line, cells| match c.as_mut() {
                Some(c) => c.row(line, cells),
                None => Ok(()),
            },
        )?
        .map_err(ImportFailure::Row)?;
        if let Some(o) = outcomes {
            let (s, g) = o.finish_collected();
            summary.outcomes = Some(s);
            given = g;
        }
    }
    let mut accounts = None;
    if let Some(m) = &map.accounts {
        let (path, text) = f.text(&m.file)?;
        let read = extract::for_each_row_reporting(
            &path,
            &text,
            &part(2),
            |header| AccountsCheck::new(map, header, &ids, as_of),
            |c: &mut Option<AccountsCheck>, line, cells| match c.as_mut() {
                Some(c) => c.row(line, cells),
                None => Ok(()),
            },
        )?
        .map_err(ImportFailure::Row)?;
        drop(text);
        if let Some(c) = read {
            let (s, read, by_id) = c.finish();
            summary.accounts = Some(s);
            let mut history = None;
            if let Some(p) = &map.performance {
                let (path, text) = f.text(&p.file)?;
                let perf = extract::for_each_row_reporting(
                    &path,
                    &text,
                    &part(3),
                    |header| PerformanceCheck::new(map, header, &by_id, &read, as_of),
                    |c: &mut Option<PerformanceCheck>, line, cells| match c.as_mut() {
                        Some(c) => c.row(line, cells),
                        None => Ok(()),
                    },
                )?
                .map_err(ImportFailure::Row)?;
                if let Some(c) = perf {
                    let (s, h) = c.finish().map_err(ImportFailure::Row)?;
                    summary.performance = Some(s);
                    history = Some(h);
                }
            }
            if let Some(g) = &given {
                summary.disagreements = Some(disagreements(g, &read, history.as_ref()));
            }
            accounts = Some((read, history));
        }
    }
    Ok(Read {
        summary,
        encodings: f.encodings,
        collected,
        given,
        accounts,
        files: f.files,
    })
}

/// Lays out what `read` kept and writes it as the portfolio `out`, with the audit
/// entry naming each file read and the map, with their SHA-256.
pub(crate) fn write(
    map: &ImportMap,
    map_path: &Path,
    read: Read,
    out: OutFile,
    reason: &str,
) -> Result<(), ImportFailure> {
    write_reporting(map, map_path, read, out, reason, &|_| {})
}

/// [`write`], telling `progress` how far it is (from 0.8, where reading ends, to 1).
pub(crate) fn write_reporting(
    map: &ImportMap,
    map_path: &Path,
    read: Read,
    out: OutFile,
    reason: &str,
    progress: &dyn Fn(f32),
) -> Result<(), ImportFailure> {
    let Some(collected) = read.collected else {
        return Err(ImportFailure::Book {
            file: map.applicants.file.clone(),
            detail: "the values were not kept (a dry run)".into(),
        });
    };
    let book =
        Book::of(map, &read.summary, collected, read.given, read.accounts).map_err(|detail| {
            ImportFailure::Book {
                file: map.applicants.file.clone(),
                detail,
            }
        })?;
    let mut files = read.files;
    let map_digest = extract::decode_with_digest(map_path, None)?.2;
    files.push(SourceFile {
        name: map_path.file_name().map_or_else(
            || map_path.display().to_string(),
            |f| f.to_string_lossy().into_owned(),
        ),
        sha256: map_digest,
    });
    let at = store::who::now_utc();
    let user = store::who::account_name();
    let stamp = ImportStamp {
        at: &at,
        user: &user,
        reason: reason.trim(),
        files: &files,
    };
    let from = READ_SHARES[3].1;
    store::import_write::write_book(out, &book, &stamp, &|share| {
        progress(from + (1.0 - from) * share)
    })?;
    Ok(())
}
