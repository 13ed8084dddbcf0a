//! `riskdesk watchlist`: the early-warning watchlist of booked accounts (signals,
//! the chance of reaching 90+ within 3 and 6 months, at-risk expected loss, an
//! action), as CSV (`--out`), JSON (`--json`) or, without either, the first rows as
//! text. Ids only: no personal data.

use std::path::PathBuf;

use serde_json::{Value, json};

use super::{Failure, OrInput};
use crate::domain::analytics::watchlist::{chain_of, watchlist};
use crate::domain::portfolio::DPD_BUCKETS;
use crate::format::{fixed, money, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store;
use crate::workbench::watchlist_csv::{self, cells};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// CSV to write: account_id, applicant_id, bucket, balance, limit, utilisation,
    /// signals, p90_3m, p90_6m, at_risk_el, action.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long)]
    pub force: bool,
    /// Print the rows as JSON (without --out).
    #[arg(long, conflicts_with = "out")]
    pub json: bool,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let opened = store::open(&a.db).or_input(lang)?;
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", a.db.display());
    }
    let p = &opened.portfolio;
    if p.accounts.is_empty() {
        return Err(Failure::input(i18n::text(lang, "watchlist-no-accounts")));
    }
    let policy = &opened.champion;
    let list = watchlist(
        p,
        &chain_of(p),
        policy.lgd,
        policy.ccf,
        &opened.governance.watch_thresholds,
    );
    if let Some(path) = &a.out {
        let out =
            OutFile::create(path, Overwrite::forced(a.force), &[a.db.as_path()]).or_input(lang)?;
        let fail = |e: &dyn std::fmt::Display| {
            Failure::input(i18n::text_with(
                lang,
                "watchlist-unwritable",
                &[
                    ("path", Arg::Text(&path.display().to_string())),
                    ("detail", Arg::Text(&e.to_string())),
                ],
            ))
        };
        let all: Vec<u32> = (0..list.len() as u32).collect();
        watchlist_csv::write(p, &list, &all, out.temp_path()).map_err(|e| fail(&e))?;
        out.commit().or_input(lang)?;
        println!(
            "{}",
            i18n::text_with(
                lang,
                "watchlist-wrote",
                &[
                    ("n", Arg::Number(list.len() as f64)),
                    ("count", Arg::Text(&thousands(list.len() as f64))),
                    ("path", Arg::Text(&path.display().to_string())),
                ],
            )
        );
        return Ok(());
    }
    if a.json {
        let rows: Vec<Value> = list
            .iter()
            .map(|w| {
                let c = cells(p, w);
                let k = w.account as usize;
                json!({
                    "account_id": p.accounts.id[k],
                    "applicant_id": p.applicants.id.get(p.accounts.applicant[k] as usize),
                    "bucket": c[2],
                    "balance": w.balance,
                    "limit": w.limit,
                    "utilisation": w.utilisation.is_finite().then_some(w.utilisation),
                    "signals": w.signals.iter().map(|s| s.key()).collect::<Vec<_>>(),
                    "p90_3m": w.p90_3m,
                    "p90_6m": w.p90_6m,
                    "at_risk_el": w.at_risk_el,
                    "action": w.action.key(),
                })
            })
            .collect();
        let v = super::json::rounded(json!({ "accounts": rows }), 6);
        let text = serde_json::to_string_pretty(&v).map_err(|e| super::json_failure(e, lang))?;
        println!("{text}");
        return Ok(());
    }
    // For people: how many, then the first rows.
    println!(
        "{}",
        i18n::text_with(
            lang,
            "watchlist-summary",
            &[
                ("n", Arg::Number(list.len() as f64)),
                ("count", Arg::Text(&thousands(list.len() as f64))),
                ("accounts", Arg::Text(&thousands(p.accounts.len() as f64))),
            ],
        )
    );
    for w in list.iter().take(20) {
        let c = cells(p, w);
        println!(
            "  {:>10}  {:<6} {:>10} / {:>10}  p90 3m {:>7}  6m {:>7}  {:>9}  {}",
            c[0],
            DPD_BUCKETS
                .get(usize::from(w.bucket))
                .copied()
                .unwrap_or(""),
            money(w.balance),
            money(w.limit),
            pct(w.p90_3m),
            pct(w.p90_6m),
            fixed(w.at_risk_el, 0),
            w.action.key(),
        );
    }
    Ok(())
}
