//! `riskdesk scorecard fit | apply | report`: the scorecard engine on any data set.

mod apply;
mod fit;
mod install;
mod report;

use std::path::{Path, PathBuf};

use super::{Failure, OrInput, file_failure};
use crate::domain::fitting::fit::CardFile;
use crate::domain::fitting::table::Table;
use crate::i18n::Language;
use crate::store::csv_table::{CsvOptions, read_csv};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Fit a scorecard on a CSV file (or a portfolio's booked accounts) and write it as JSON.
    Fit(Box<fit::Args>),
    /// Score every row of a CSV file: score, PD, points per characteristic, reason codes.
    Apply(apply::Args),
    /// How well a scorecard ranks a CSV file's outcomes: AUC, Gini, KS, gains and IV tables.
    Report(report::Args),
    /// Make a card the scorecard in force in a portfolio (with a reason, in the audit log).
    Install(install::Args),
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    match a.command {
        Command::Fit(a) => fit::run(*a, lang),
        Command::Apply(a) => apply::run(a, lang),
        Command::Report(a) => report::run(a, lang),
        Command::Install(a) => install::run(a, lang),
    }
}

/// Where the data with outcomes come from (`fit` and `report`).
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct OutcomeData {
    /// Data with outcomes (CSV with a header row).
    #[arg(long, required_unless_present = "db", conflicts_with = "db")]
    pub csv: Option<PathBuf>,
    /// Or a portfolio file: its booked accounts with a known 12-month outcome (bad:
    /// 90+ days past due).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// The outcome column (CSV only).
    #[arg(long, required_unless_present = "db")]
    pub target: Option<String>,
    /// The outcome column's value that means bad (CSV only).
    #[arg(long, required_unless_present = "db")]
    pub bad: Option<String>,
    /// The values that mean good (comma separated; CSV only). Needed when the outcome
    /// column has more than two values: rows with any other value are left out and
    /// counted.
    #[arg(long, value_delimiter = ',')]
    pub good: Vec<String>,
}

/// How the CSV file is read (shared by the three commands).
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct CsvArgs {
    /// Columns to read as categories even if they hold numbers (comma separated).
    #[arg(long, value_delimiter = ',')]
    pub categorical: Vec<String>,
    /// Columns that must hold numbers (comma separated).
    #[arg(long, value_delimiter = ',')]
    pub numeric: Vec<String>,
    /// Cell texts that mean "missing" besides an empty cell, e.g. NA (comma separated).
    #[arg(long, value_delimiter = ',')]
    pub na: Vec<String>,
}

impl CsvArgs {
    fn options(&self) -> CsvOptions {
        CsvOptions {
            categorical: self.categorical.clone(),
            numeric: self.numeric.clone(),
            missing: self.na.clone(),
            expected: Vec::new(),
        }
    }
}

/// "N rows of COLUMN are neither bad nor good and were left out", in `lang`.
fn left_out(rows: &str, column: &str, lang: Language) -> String {
    crate::i18n::text_with(
        lang,
        "cli-rows-left-out",
        &[
            ("rows", crate::i18n::Arg::Text(rows)),
            ("column", crate::i18n::Arg::Text(column)),
        ],
    )
}

/// Reads a CSV file; a problem is an input error naming the file and line.
fn read_table(path: &Path, opts: &CsvOptions, lang: Language) -> Result<Table, Failure> {
    read_csv(path, opts).or_input(lang)
}

/// Reads a scorecard file written by `scorecard fit` (or by hand).
fn read_card(path: &Path, lang: Language) -> Result<CardFile, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| file_failure(lang, "cli-cannot-read", path, e))?;
    let card: CardFile = serde_json::from_str(&text)
        .map_err(|e| file_failure(lang, "scorecard-not-a-card", path, e))?;
    card.scorecard
        .validate()
        .map_err(|e| file_failure(lang, "cli-in-file", path, e))?;
    Ok(card)
}

/// The CSV options for scoring with `card`: its characteristics read as it expects.
fn options_for_card(card: &CardFile, csv: &CsvArgs) -> CsvOptions {
    let mut opts = csv.options();
    opts.expected = card
        .scorecard
        .characteristics
        .iter()
        .map(|c| (c.variable.clone(), c.kind))
        .collect();
    opts
}
