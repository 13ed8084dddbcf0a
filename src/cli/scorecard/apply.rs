//! `riskdesk scorecard apply`.

use std::path::PathBuf;

use super::{CsvArgs, options_for_card, read_card, read_table};
use crate::cli::{Failure, OrInput, file_failure};
use crate::domain::fitting::apply::{breakdown_row, columns_for};
use crate::domain::fitting::table::Column;
use crate::domain::scorecard::MAX_REASONS;
use crate::i18n::{self, Arg, Language};
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
    /// A column of --csv carried through to the output as its first column (an
    /// application id), so that scores join back by key, not by row order.
    #[arg(long, value_name = "COL")]
    pub id: Option<String>,
    #[command(flatten)]
    pub read: CsvArgs,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let out =
        OutFile::create(&a.out, Overwrite::forced(a.force), &[&a.card, &a.csv]).or_input(lang)?;
    let card = read_card(&a.card, lang)?;
    let mut opts = options_for_card(&card, &a.read);
    if let Some(id) = &a.id {
        if card
            .scorecard
            .characteristics
            .iter()
            .any(|c| &c.variable == id)
        {
            return Err(Failure::input(i18n::text_with(
                lang,
                "apply-id-is-characteristic",
                &[("id", Arg::Text(id))],
            )));
        }
        // Read as text, exactly as written (an id of digits is not a number).
        opts.categorical.push(id.clone());
    }
    let table = read_table(&a.csv, &opts, lang)?;
    let ids: Option<(&str, &[u32], &[String])> = match &a.id {
        None => None,
        Some(id) => match table.column(id) {
            Some(Column::Categorical { codes, levels }) => Some((id.as_str(), codes, levels)),
            _ => {
                return Err(Failure::input(i18n::text_with(
                    lang,
                    "apply-id-missing",
                    &[
                        ("id", Arg::Text(id)),
                        ("path", Arg::Text(&a.csv.display().to_string())),
                    ],
                )));
            }
        },
    };
    let sc = &card.scorecard;
    let in_csv = |e: String| file_failure(lang, "cli-in-file", &a.csv, e);
    let unwritten = |e: &dyn std::fmt::Display| file_failure(lang, "cli-cannot-write", &a.out, e);
    let columns = columns_for(sc, &table).map_err(in_csv)?;
    let file = std::fs::File::create(out.temp_path()).map_err(|e| unwritten(&e))?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let fail = |e: csv::Error| unwritten(&e);
    let mut header: Vec<String> = ids.iter().map(|(name, ..)| name.to_string()).collect();
    header.extend(["row".to_string(), "score".into(), "pd".into()]);
    header.extend(
        sc.characteristics
            .iter()
            .map(|c| format!("points_{}", c.variable)),
    );
    header.extend((1..=MAX_REASONS).map(|k| format!("reason_{k}")));
    w.write_record(&header).map_err(fail)?;
    for i in 0..table.rows() {
        let b = breakdown_row(sc, &columns, i).map_err(in_csv)?;
        let reasons = sc.reasons(&b);
        let mut record: Vec<String> = ids
            .iter()
            .map(|(_, codes, levels)| {
                codes
                    .get(i)
                    .and_then(|&c| levels.get(c as usize))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        record.extend([
            i.to_string(),
            b.score.to_string(),
            format!("{:.6}", sc.pd(b.score)),
        ]);
        record.extend(b.lines.iter().map(|l| l.points.to_string()));
        record.extend(
            (0..MAX_REASONS).map(|k| reasons.get(k).map_or(String::new(), |r| r.code.clone())),
        );
        w.write_record(&record).map_err(fail)?;
    }
    w.flush().map_err(|e| unwritten(&e))?;
    drop(w);
    out.commit().or_input(lang)?;
    println!(
        "{}",
        i18n::text_with(
            lang,
            "apply-scored",
            &[
                ("rows", Arg::Text(&table.rows().to_string())),
                ("card", Arg::Text(&sc.name)),
                ("path", Arg::Text(&a.out.display().to_string())),
            ],
        )
    );
    Ok(())
}
