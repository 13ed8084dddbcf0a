//! `riskdesk decisions`: every applicant's decision under a policy with its principal
//! reasons, as CSV for programs (no personal data: ids only).

use std::path::PathBuf;

use super::{Failure, OrInput};
use crate::domain::evaluation::decide;
use crate::domain::evaluation::explanation::explain;
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store;
use crate::workbench::export::{PRINCIPAL_HEADERS, principal_cells};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// Policy (JSON, see the README) to apply instead of the policy in force.
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// CSV to write: id, decision, rule, score, pd, limit, reason_1..4, reason_text_1..4.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long)]
    pub force: bool,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let opened = store::open(&a.db).or_input(lang)?;
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", a.db.display());
    }
    // Without a card there are no scores, so no decisions to explain.
    if !opened.portfolio.has_scorecard() {
        return Err(Failure::input(i18n::text(lang, "report-no-scorecard")));
    }
    let policy = super::report::policy_or_champion(a.policy.as_deref(), &opened, lang)?;
    let mut inputs = vec![a.db.as_path()];
    inputs.extend(a.policy.as_deref());
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &inputs).or_input(lang)?;
    let p = &opened.portfolio;
    let fail = |e: &dyn std::fmt::Display| {
        Failure::input(i18n::text_with(
            lang,
            "decisions-unwritable",
            &[
                ("path", Arg::Text(&a.out.display().to_string())),
                ("detail", Arg::Text(&e.to_string())),
            ],
        ))
    };
    let mut w = csv::Writer::from_path(out.temp_path()).map_err(|e| fail(&e))?;
    // The rule sits after the decision; the reasons after the figures.
    let [rule, reasons @ ..] = PRINCIPAL_HEADERS;
    let header = ["id", "decision", rule, "score", "pd", "limit"];
    w.write_record(header.into_iter().chain(reasons))
        .map_err(|e| fail(&e))?;
    for i in 0..p.len() {
        let (_, decision, limit) = decide(&policy, p, i);
        let e = explain(&policy, p, i, lang.tag());
        // The rule comes first among the principal cells: it follows the decision.
        let mut cells = principal_cells(&e, lang).into_iter();
        let rule = cells.next().unwrap_or_default();
        let limit = if p.limit_applies() {
            format!("{limit:.0}")
        } else {
            String::new()
        };
        let row = [
            p.applicants.id[i].to_string(),
            decision.label().to_string(),
            rule,
            p.derived.score[i].to_string(),
            format!("{:.6}", p.derived.pd[i]),
            limit,
        ];
        w.write_record(row.into_iter().chain(cells))
            .map_err(|e| fail(&e))?;
    }
    w.flush().map_err(|e| fail(&e))?;
    drop(w);
    out.commit().or_input(lang)?;
    println!(
        "{}",
        i18n::text_with(
            lang,
            "decisions-written",
            &[
                ("rows", Arg::Text(&crate::format::thousands(p.len() as f64))),
                ("path", Arg::Text(&a.out.display().to_string())),
                ("policy", Arg::Text(&policy.name)),
            ],
        )
    );
    Ok(())
}
