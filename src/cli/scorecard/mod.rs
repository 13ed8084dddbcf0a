//! `riskdesk scorecard fit | apply | report`: the scorecard engine on any data set.

mod apply;
mod fit;
mod report;

use std::path::{Path, PathBuf};

use super::Failure;
use crate::domain::fitting::fit::CardFile;
use crate::domain::fitting::table::Table;
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
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    match a.command {
        Command::Fit(a) => fit::run(*a),
        Command::Apply(a) => apply::run(a),
        Command::Report(a) => report::run(a),
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

/// Reads a CSV file; a problem is an input error naming the file and line.
fn read_table(path: &Path, opts: &CsvOptions) -> Result<Table, Failure> {
    Ok(read_csv(path, opts)?)
}

/// Reads a scorecard file written by `scorecard fit` (or by hand).
fn read_card(path: &Path) -> Result<CardFile, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::input(format!("{}: cannot be read: {e}", path.display())))?;
    let card: CardFile = serde_json::from_str(&text)
        .map_err(|e| Failure::input(format!("{}: not a scorecard: {e}", path.display())))?;
    card.scorecard
        .validate()
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
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
