//! `riskdesk register`: the risk register with each risk's ratings and bands before
//! and after its controls, its target, its linked indicators' worst status over the
//! latest quarter, and what is overdue at the as-of date; as text, JSON (`--json`) or
//! CSV (`--out`).

use std::path::PathBuf;

use super::{Failure, OrInput};
use crate::domain::analytics::kpi;
use crate::domain::analytics::kri_history::kri_history;
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store;
use crate::workbench::register_rows::{self, RiskRow};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// Print the register as JSON (a list of risks).
    #[arg(long, conflicts_with = "out")]
    pub json: bool,
    /// CSV to write, one risk a row.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long)]
    pub force: bool,
}

/// The register's rows of an opened file: indicators judged over the latest quarter of
/// applications under the policy in force and the file's thresholds.
pub(crate) fn rows_of(o: &store::Opened) -> Vec<RiskRow> {
    let p = &o.portfolio;
    let g = &o.governance;
    let h = kri_history(&o.champion, p, &g.watch_thresholds);
    let quarter = kpi::periods(&o.champion, p, 3).last().map(|q| q.index);
    register_rows::rows(&g.register, &p.as_of, |k| {
        let v = quarter.map_or(f64::NAN, |q| h.quarter(k, q));
        g.kri_thresholds.status(k, v)
    })
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let opened = store::open(&a.db).or_input(lang)?;
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", a.db.display());
    }
    let rows = rows_of(&opened);
    if let Some(path) = &a.out {
        let out =
            OutFile::create(path, Overwrite::forced(a.force), &[a.db.as_path()]).or_input(lang)?;
        register_rows::write_csv(&rows, out.temp_path()).map_err(|e| {
            Failure::input(i18n::text_with(
                lang,
                "register-unwritable",
                &[
                    ("path", Arg::Text(&path.display().to_string())),
                    ("detail", Arg::Text(&e.to_string())),
                ],
            ))
        })?;
        out.commit().or_input(lang)?;
        println!(
            "{}",
            i18n::text_with(
                lang,
                "register-wrote",
                &[
                    ("n", Arg::Number(rows.len() as f64)),
                    ("path", Arg::Text(&path.display().to_string())),
                ],
            )
        );
        return Ok(());
    }
    if a.json {
        let v = serde_json::json!({ "risks": rows });
        let text = serde_json::to_string_pretty(&v).map_err(|e| super::json_failure(e, lang))?;
        println!("{text}");
        return Ok(());
    }
    println!(
        "{}",
        i18n::text_with(
            lang,
            "register-summary",
            &[
                ("n", Arg::Number(rows.len() as f64)),
                ("date", Arg::Text(&opened.portfolio.as_of)),
            ],
        )
    );
    for r in &rows {
        let overdue = if r.review_overdue || r.actions_overdue > 0 {
            i18n::text_with(
                lang,
                "register-overdue-note",
                &[("actions", Arg::Number(r.actions_overdue as f64))],
            )
        } else {
            String::new()
        };
        println!(
            "  {:<4} {:<13} {:<44} {:>2} {:<8} → {:>2} {:<8} {:>2}  {:<10} {:<10} {}{}",
            r.id,
            r.category,
            r.title.chars().take(44).collect::<String>(),
            r.rating,
            r.band,
            r.residual_rating,
            r.residual_band,
            r.target_rating,
            r.kri_status,
            r.status,
            r.review_date,
            overdue,
        );
    }
    Ok(())
}
