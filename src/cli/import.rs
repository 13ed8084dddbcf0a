//! `riskdesk import --map MAP.json --out P.db` (or `--check`): reads a lender's
//! extract under its map and prints what it found (counts, missing values, outcomes,
//! which hard rules have their input), or the first problem that stops it, with file,
//! line and column (exit 2, nothing written). With `--out` it writes the portfolio
//! in one transaction, with an audit entry naming each file read and its SHA-256;
//! with `--check` nothing is written.

use std::path::{Path, PathBuf};

use super::{Failure, OrInput};
use crate::domain::import::book::Book;
use crate::domain::import::check::{
    ApplicantsCheck, ColumnSummary, DtiSource, HardRule, IdSource, ImportError, OutcomeSummary,
    OutcomesCheck, Summary,
};
use crate::domain::import::collect::Collected;
use crate::domain::import::map::{ColumnKind, ImportMap};
use crate::domain::portfolio::GivenOutcome;
use crate::format::{iso_of_days, thousands};
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store;
use crate::store::extract::{self, Encoding};
use crate::store::import_write::{ImportStamp, SourceFile};

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
                ("detail", Arg::Text(&e.to_string())),
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
    let read = read(&map, folder, lang, out.is_some())?;
    let mut text = render(&map, &read.summary, &read.encodings, lang);
    if let (Some(out), Some(collected)) = (out, read.collected) {
        let book = Book::of(&map, &read.summary, collected, read.given)
            .map_err(|e| Failure::input(format!("{}: {e}", map.applicants.file)))?;
        let mut files = read.files;
        let map_digest = extract::decode_with_digest(&a.map, None).or_input(lang)?.2;
        files.push(SourceFile {
            name: a.map.file_name().map_or_else(
                || a.map.display().to_string(),
                |f| f.to_string_lossy().into_owned(),
            ),
            sha256: map_digest,
        });
        let path = out.path().to_path_buf();
        let at = store::who::now_utc();
        let user = store::who::account_name();
        let stamp = ImportStamp {
            at: &at,
            user: &user,
            reason: a.reason.trim(),
            files: &files,
        };
        store::import_write::write_book(out, &book, &stamp).or_input(lang)?;
        text = text.replace(
            &(i18n::text(lang, "import-nothing-written") + "\n"),
            &(i18n::text_with(
                lang,
                "import-wrote",
                &[("path", Arg::Text(&path.display().to_string()))],
            ) + "\n"),
        );
    }
    print!("{text}");
    Ok(())
}

/// What reading an extract gave.
pub(super) struct Read {
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
pub(super) fn read(
    map: &ImportMap,
    folder: &Path,
    lang: Language,
    collect: bool,
) -> Result<Read, Failure> {
    let enc = map.encoding.as_deref();
    let path = folder.join(&map.applicants.file);
    let mut files = Vec::new();
    let (text, encoding) = if collect {
        let (text, encoding, sha256) = extract::decode_with_digest(&path, enc).or_input(lang)?;
        files.push(SourceFile {
            name: map.applicants.file.clone(),
            sha256,
        });
        (text, encoding)
    } else {
        extract::decode(&path, enc).or_input(lang)?
    };
    let mut encodings = vec![(map.applicants.file.clone(), encoding)];
    let mut applicants = extract::for_each_row(
        &path,
        &text,
        |header| {
            ApplicantsCheck::new(map, header).map(|c| if collect { c.collecting() } else { c })
        },
        |c: &mut ApplicantsCheck, line, cells| c.row(line, cells),
    )
    .or_input(lang)?
    .map_err(|e| Failure::input(error_text(lang, &e)))?;
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
            let (text, encoding, sha256) =
                extract::decode_with_digest(&path, enc).or_input(lang)?;
            files.push(SourceFile {
                name: o.file.clone(),
                sha256,
            });
            (text, encoding)
        } else {
            extract::decode(&path, enc).or_input(lang)?
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
        )
        .or_input(lang)?
        .map_err(|e| Failure::input(error_text(lang, &e)))?;
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

/// A problem that stops the import, for people.
fn error_text(lang: Language, e: &ImportError) -> String {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args)
    };
    match e {
        ImportError::MissingColumn {
            file,
            column,
            columns,
        } => t(
            "import-missing-column",
            &[
                ("file", file.clone()),
                ("column", column.clone()),
                ("columns", columns.join(", ")),
            ],
        ),
        ImportError::NotANumber {
            file,
            line,
            column,
            value,
        } => t(
            "import-not-a-number",
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
            ],
        ),
        ImportError::BadDate {
            file,
            line,
            column,
            value,
            ambiguous,
        } => t(
            if *ambiguous {
                "import-ambiguous-date"
            } else {
                "import-bad-date"
            },
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
            ],
        ),
        ImportError::BadAsOf { value } => t("import-bad-as-of", &[("value", value.clone())]),
        ImportError::DuplicateId {
            file,
            id,
            first_line,
            line,
        } => t(
            "import-duplicate-id",
            &[
                ("file", file.clone()),
                ("id", id.clone()),
                ("first", first_line.to_string()),
                ("line", line.to_string()),
            ],
        ),
        ImportError::UnknownApplicant { file, line, id } => t(
            "import-unknown-applicant",
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("id", id.clone()),
            ],
        ),
        ImportError::ShortRow { file, line } => t(
            "import-short-row",
            &[("file", file.clone()), ("line", line.to_string())],
        ),
    }
}

/// The summary for people, in `lang`.
fn render(
    map: &ImportMap,
    s: &Summary,
    encodings: &[(String, Encoding)],
    lang: Language,
) -> String {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args) + "\n"
    };
    let mut out = t(
        "import-title",
        &[("name", map.name.clone()), ("date", map.as_of.clone())],
    );
    for (file, e) in encodings {
        let key = match e {
            Encoding::Utf8 => "import-file-utf8",
            Encoding::Gbk => "import-file-gbk",
            Encoding::GbkFoundOut => "import-file-gbk-found",
        };
        out += &t(key, &[("file", file.clone())]);
    }
    out += &t(
        match &s.ids {
            IdSource::Column(_) => "import-applicants",
            IdSource::RowNumber => "import-applicants-row-numbers",
        },
        &[
            ("rows", thousands(s.rows as f64)),
            (
                "id",
                match &s.ids {
                    IdSource::Column(c) => c.clone(),
                    IdSource::RowNumber => String::new(),
                },
            ),
        ],
    );
    let day = |d: Option<i32>| d.map_or("–".to_string(), iso_of_days);
    out += &match &s.applied_on {
        Some(c) => t(
            "import-applied",
            &[
                ("column", c.clone()),
                ("first", day(s.first_day)),
                ("last", day(s.last_day)),
                ("after", thousands(s.after_as_of as f64)),
            ],
        ),
        None => t("import-applied-as-of", &[]),
    };
    for c in &s.columns {
        out += &column_line(lang, c, s.rows);
    }
    out += &match &s.dti {
        DtiSource::Column(c) => t("import-dti-column", &[("column", c.clone())]),
        DtiSource::DebtOverIncome => t("import-dti-computed", &[]),
        DtiSource::None => t("import-dti-none", &[]),
    };
    if !s.rules_without_input.is_empty() {
        let rules: Vec<String> = s
            .rules_without_input
            .iter()
            .map(|r| {
                let id = match r {
                    HardRule::Limit => "import-rule-income",
                    HardRule::DtiCap => "import-rule-dti",
                    HardRule::MinAge => "import-rule-age",
                    HardRule::MinTenure => "import-rule-tenure",
                };
                i18n::text(lang, id)
            })
            .collect();
        let separator = i18n::text(lang, "import-list-separator");
        out += &t(
            "import-rules-not-applicable",
            &[("rules", rules.join(&separator))],
        );
    }
    out += &match &s.outcomes {
        Some(o) => outcome_lines(lang, o),
        None => t("import-no-outcomes", &[]),
    };
    for part in &s.not_read {
        out += &t("import-not-read", &[("part", part.to_string())]);
    }
    out += &t("import-nothing-written", &[]);
    out
}

fn column_line(lang: Language, c: &ColumnSummary, rows: usize) -> String {
    let share = if rows == 0 {
        "–".to_string()
    } else {
        crate::format::pct(c.missing as f64 / rows as f64)
    };
    let what = match c.kind {
        ColumnKind::Numeric => i18n::text_with(
            lang,
            "import-numeric",
            &[
                ("min", Arg::Text(&crate::format::fixed(c.min, 2))),
                ("max", Arg::Text(&crate::format::fixed(c.max, 2))),
            ],
        ),
        ColumnKind::Categorical => i18n::text_with(
            lang,
            "import-categorical",
            &[("levels", Arg::Text(&thousands(c.levels as f64)))],
        ),
    };
    let mut line = i18n::text_with(
        lang,
        "import-column",
        &[
            ("field", Arg::Text(&c.field)),
            ("column", Arg::Text(&c.column)),
            ("what", Arg::Text(&what)),
            ("missing", Arg::Text(&thousands(c.missing as f64))),
            ("share", Arg::Text(&share)),
        ],
    );
    if c.negative_set_missing > 0 {
        line += &i18n::text_with(
            lang,
            "import-negatives",
            &[("n", Arg::Text(&thousands(c.negative_set_missing as f64)))],
        );
    }
    line + "\n"
}

fn outcome_lines(lang: Language, o: &OutcomeSummary) -> String {
    let mut out = i18n::text_with(
        lang,
        "import-outcomes",
        &[
            ("bad", Arg::Text(&thousands(o.bad as f64))),
            ("good", Arg::Text(&thousands(o.good as f64))),
            ("neither", Arg::Text(&thousands(o.indeterminate as f64))),
            ("definition", Arg::Text(&o.definition)),
        ],
    ) + "\n";
    if o.without_outcome > 0 {
        out += &(i18n::text_with(
            lang,
            "import-without-outcome",
            &[("n", Arg::Text(&thousands(o.without_outcome as f64)))],
        ) + "\n");
    }
    out
}
