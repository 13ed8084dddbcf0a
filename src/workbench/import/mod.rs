//! Importing a lender's extract, for the command line and the window alike: read the
//! files a map names (`read`: the dry run, or the values kept for an import), lay
//! them out as a portfolio and write it with its audit entry (`write`), and the
//! summary and errors for people (`summary`).

mod summary;

use std::path::Path;

pub use summary::{error_text, render};

use crate::domain::import::book::Book;
use crate::domain::import::check::{ApplicantsCheck, ImportError, OutcomesCheck, Summary};
use crate::domain::import::collect::Collected;
use crate::domain::import::map::ImportMap;
use crate::domain::portfolio::GivenOutcome;
use crate::i18n::Language;
use crate::out_file::OutFile;
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
        }
    }
}

/// What reading an extract gave.
pub struct Read {
    pub summary: Summary,
    pub encodings: Vec<(String, Encoding)>,
    /// The values, when collected for an import.
    pub collected: Option<Collected>,
    /// Outcomes of an outcome file of its own, per applicant row (collected).
    pub given: Option<Vec<GivenOutcome>>,
    /// The files read, with their SHA-256.
    pub files: Vec<SourceFile>,
}

/// Reads the applicants (and an outcome file of their own) under `map`, keeping the
/// values when `collect` (an import; a check only counts).
pub fn read(map: &ImportMap, folder: &Path, collect: bool) -> Result<Read, ImportFailure> {
    let enc = map.encoding.as_deref();
    let path = folder.join(&map.applicants.file);
    let mut files = Vec::new();
    let (text, encoding) = if collect {
        let (text, encoding, sha256) = extract::decode_with_digest(&path, enc)?;
        files.push(SourceFile {
            name: map.applicants.file.clone(),
            sha256,
        });
        (text, encoding)
    } else {
        extract::decode(&path, enc)?
    };
    let mut encodings = vec![(map.applicants.file.clone(), encoding)];
    let mut applicants = extract::for_each_row(
        &path,
        &text,
        |header| {
            ApplicantsCheck::new(map, header).map(|c| if collect { c.collecting() } else { c })
        },
        |c: &mut ApplicantsCheck, line, cells| c.row(line, cells),
    )?
    .map_err(ImportFailure::Row)?;
    drop(text);
    let ids = std::mem::take(&mut applicants.ids);
    let (mut summary, collected) = applicants.finish_collected(map);
    let mut given = None;
    if let Some(o) = map
        .outcomes
        .as_ref()
        .filter(|o| o.file != map.applicants.file)
    {
        let path = folder.join(&o.file);
        let (text, encoding) = if collect {
            let (text, encoding, sha256) = extract::decode_with_digest(&path, enc)?;
            files.push(SourceFile {
                name: o.file.clone(),
                sha256,
            });
            (text, encoding)
        } else {
            extract::decode(&path, enc)?
        };
        encodings.push((o.file.clone(), encoding));
        let outcomes = extract::for_each_row(
            &path,
            &text,
            |header| {
                OutcomesCheck::new(map, header, &ids)
                    .map(|c| c.map(|c| if collect { c.collecting() } else { c }))
            },
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
    Ok(Read {
        summary,
        encodings,
        collected,
        given,
        files,
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
    let Some(collected) = read.collected else {
        return Err(ImportFailure::Book {
            file: map.applicants.file.clone(),
            detail: "the values were not kept (a dry run)".into(),
        });
    };
    let book = Book::of(map, &read.summary, collected, read.given).map_err(|detail| {
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
    store::import_write::write_book(out, &book, &stamp)?;
    Ok(())
}
