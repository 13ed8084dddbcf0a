//! `riskdesk scorecard apply`.

use std::path::PathBuf;

use super::{CsvArgs, options_for_card, read_card, read_table};
use crate::cli::Failure;
use crate::domain::fitting::apply::{breakdown_row, columns_for};
use crate::domain::scorecard::MAX_REASONS;
use crate::out_file::{OutFile, Overwrite};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Scorecard (JSON from `scorecard fit`).
    #[arg(long)]
    pub card: PathBuf,
    /// Data to score (CSV with a header row).
    #[arg(long)]
    pub csv: PathBuf,
    /// Where to write the scores (CSV, one row per input row, in input order).
    #[arg(long)]
    pub out: PathBuf,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub read: CsvArgs,
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &[&a.card, &a.csv])?;
    let card = read_card(&a.card)?;
    let table = read_table(&a.csv, &options_for_card(&card, &a.read))?;
    let sc = &card.scorecard;
    let columns =
        columns_for(sc, &table).map_err(|e| Failure::input(format!("{}: {e}", a.csv.display())))?;
    let file = std::fs::File::create(out.temp_path())
        .map_err(|e| Failure::input(format!("{}: cannot be written: {e}", a.out.display())))?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let fail =
        |e: csv::Error| Failure::input(format!("{}: cannot be written: {e}", a.out.display()));
    let mut header = vec!["row".to_string(), "score".into(), "pd".into()];
    header.extend(
        sc.characteristics
            .iter()
            .map(|c| format!("points_{}", c.variable)),
    );
    header.extend((1..=MAX_REASONS).map(|k| format!("reason_{k}")));
    w.write_record(&header).map_err(fail)?;
    for i in 0..table.rows() {
        let b = breakdown_row(sc, &columns, i)
            .map_err(|e| Failure::input(format!("{}: {e}", a.csv.display())))?;
        let reasons = sc.reasons(&b);
        let mut record = vec![
            i.to_string(),
            b.score.to_string(),
            format!("{:.6}", sc.pd(b.score)),
        ];
        record.extend(b.lines.iter().map(|l| l.points.to_string()));
        record.extend(
            (0..MAX_REASONS).map(|k| reasons.get(k).map_or(String::new(), |r| r.code.clone())),
        );
        w.write_record(&record).map_err(fail)?;
    }
    w.flush()
        .map_err(|e| Failure::input(format!("{}: cannot be written: {e}", a.out.display())))?;
    drop(w);
    out.commit()?;
    println!(
        "{} rows scored with {} into {}",
        table.rows(),
        sc.name,
        a.out.display()
    );
    Ok(())
}
