//! `riskdesk import --map MAP.json --out P.db` (or `--check`): reads a lender's
//! extract under its map and prints what it found (counts, missing values, outcomes,
//! which hard rules have their input), or the first problem that stops it, with file,
//! line and column (exit 2, nothing written). With `--out` it writes the portfolio
//! in one transaction, with an audit entry naming each file read and its SHA-256;
//! with `--check` nothing is written.

use std::path::{Path, PathBuf};

use super::{Failure, OrInput};
use crate::domain::import::map::ImportMap;
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::workbench::import;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The import map (JSON, see the README): which file and column holds what.
    #[arg(long, value_name = "MAP.json")]
    pub map: PathBuf,
    /// Read every row under the map and print the summary; nothing is written.
    #[arg(long, conflicts_with = "out", required_unless_present = "out")]
    pub check: bool,
    /// The portfolio file to write.
    #[arg(long, value_name = "P.db")]
    pub out: Option<PathBuf>,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long, requires = "out")]
    pub force: bool,
    /// Why the book is imported (recorded in the audit log).
    #[arg(long, default_value = "imported from the lender's extract")]
    pub reason: String,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let text = std::fs::read_to_string(&a.map).map_err(|e| {
        Failure::input(i18n::text_with(
            lang,
            "import-map-unreadable",
            &[
                ("path", Arg::Text(&a.map.display().to_string())),
                ("detail", Arg::Text(&e.to_string())),
            ],
        ))
    })?;
    let map = ImportMap::from_json(&text).map_err(|e| {
        Failure::input(i18n::text_with(
            lang,
            "import-map-invalid",
            &[
                ("path", Arg::Text(&a.map.display().to_string())),
                ("detail", Arg::Text(&import::map_error_text(lang, &e))),
            ],
        ))
    })?;
    // Files are named relative to the map's folder.
    let folder = a.map.parent().unwrap_or(Path::new("."));
    // The output is checked before the work: a refusal comes at once.
    let out = match &a.out {
        Some(path) => {
            let inputs = [a.map.as_path()];
            Some(OutFile::create(path, Overwrite::forced(a.force), &inputs).or_input(lang)?)
        }
        None => None,
    };
    let fail = |e: import::ImportFailure| Failure::input(e.message(lang));
    let read = import::read(&map, folder, out.is_some()).map_err(fail)?;
    let mut text = import::render(&map, &read.summary, &read.encodings, lang);
    match out {
        Some(out) => {
            let path = out.path().to_path_buf();
            import::write(&map, &a.map, read, out, &a.reason).map_err(fail)?;
            text += &i18n::text_with(
                lang,
                "import-wrote",
                &[("path", Arg::Text(&path.display().to_string()))],
            );
        }
        None => text += &i18n::text(lang, "import-nothing-written"),
    }
    text.push('\n');
    print!("{text}");
    Ok(())
}
