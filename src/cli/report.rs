//! `riskdesk report`.

use std::path::{Path, PathBuf};

use super::{Failure, OrInput, file_failure};
use crate::domain::analytics::report::{Report, ReportRow, report};
use crate::domain::policy::Policy;
use crate::format::{pad, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// Policy (JSON, see the README) to apply instead of the policy in force.
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Print JSON (keys documented in the README; English keys in every language).
    #[arg(long)]
    pub json: bool,
}

/// `report --json`: the report's keys, then `audit`.
#[derive(serde::Serialize)]
struct WithAudit<'a> {
    #[serde(flatten)]
    report: &'a Report,
    audit: AuditJson,
    kris: Vec<KriJson>,
}

/// The audit chain as `report --json` gives it (README).
#[derive(serde::Serialize)]
struct AuditJson {
    entries: usize,
    intact: bool,
    /// The first entry that does not fit (`null` when intact).
    first_broken: Option<i64>,
    /// The recorded head hash: the anchor to keep outside the file.
    head: String,
}

/// Reads a policy file; every problem is an input error naming the file (in English:
/// `screenshot` calls this).
pub(crate) fn read_policy(path: &Path) -> Result<Policy, Failure> {
    read_policy_in(path, Language::En)
}

/// As [`read_policy`], the errors in `lang`.
pub(crate) fn read_policy_in(path: &Path, lang: Language) -> Result<Policy, Failure> {
    let fail = |key: &str, e: &dyn std::fmt::Display| file_failure(lang, key, path, e);
    let text = std::fs::read_to_string(path).map_err(|e| fail("cli-cannot-read", &e))?;
    let mut policy: Policy =
        serde_json::from_str(&text).map_err(|e| fail("report-invalid-policy", &e))?;
    policy.validate().map_err(|e| fail("cli-in-file", &e))?;
    if policy.name.trim().is_empty() {
        policy.name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "policy".into());
    }
    Ok(policy)
}

/// The policy of `path` (checked against the card's scores), or the policy in force.
pub(crate) fn policy_or_champion(
    path: Option<&Path>,
    opened: &store::Opened,
    lang: Language,
) -> Result<Policy, Failure> {
    match path {
        Some(p) => {
            let policy = read_policy_in(p, lang)?;
            policy
                .validate_for_scores(opened.portfolio.scorecard.score_range())
                .map_err(|e| file_failure(lang, "cli-in-file", p, e))?;
            Ok(policy)
        }
        None => Ok(opened.champion.clone()),
    }
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let opened = store::open(&a.db).or_input(lang)?;
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", a.db.display());
    }
    let policy = policy_or_champion(a.policy.as_deref(), &opened, lang)?;
    let r = report(&policy, &opened.portfolio);
    // The chain is checked on every report: a broken log is said on stderr and in
    // the JSON, and the report still answers.
    let (_, check) = store::audit::read(&a.db).or_input(lang)?;
    if !check.intact() {
        eprintln!(
            "riskdesk: {}",
            i18n::text_with(
                lang,
                "report-audit-warning",
                &[
                    ("path", Arg::Text(&a.db.display().to_string())),
                    ("summary", Arg::Text(&super::audit::summary(&check, lang))),
                ],
            )
        );
    }
    if a.json {
        let with_audit = WithAudit {
            report: &r,
            audit: AuditJson {
                entries: check.entries,
                intact: check.intact(),
                first_broken: check.broken.map(|b| b.entry),
                head: check.head.clone(),
            },
            kris: kris(&opened),
        };
        let text =
            serde_json::to_string_pretty(&with_audit).map_err(|e| super::json_failure(e, lang))?;
        println!("{text}");
    } else {
        print!("{}", text_report_in(&r, lang));
    }
    Ok(())
}

/// The columns of the text report: message key, width, right-aligned.
const COLUMNS: [(&str, usize, bool); 11] = [
    ("report-col-band", 10, false),
    ("report-col-applicants", 9, true),
    ("report-col-approved", 9, true),
    ("report-col-approval-rate", 8, true),
    ("report-col-expected-bad", 10, true),
    ("report-col-total-limit", 14, true),
    ("report-col-expected-loss", 12, true),
    ("report-col-booked", 9, true),
    ("report-col-drawn", 14, true),
    ("report-col-obs30", 11, true),
    ("report-col-obs90", 11, true),
];

/// One row of cells, padded to the columns by terminal width (Chinese takes two).
fn row(cells: [String; 11]) -> String {
    let mut out: Vec<String> = COLUMNS
        .iter()
        .zip(cells)
        .map(|(&(_, width, right), cell)| pad(&cell, width, right))
        .collect();
    if let Some(last) = out.last_mut() {
        *last = last.trim_end().to_string();
    }
    out.join(" ") + "\n"
}

/// `accounts`: the portfolio has accounts; without any (an import that maps none) the
/// book's columns are not known, not 0.
fn line(r: &ReportRow, band: &str, accounts: bool) -> String {
    let book = |text: String| if accounts { text } else { "–".to_string() };
    row([
        band.to_string(),
        thousands(r.applicants as f64),
        thousands(r.approved as f64),
        pct(r.approval_rate),
        pct(r.expected_bad_rate),
        thousands(r.total_limit),
        thousands(r.expected_loss),
        book(thousands(r.booked_accounts as f64)),
        book(thousands(r.drawn_exposure)),
        pct(r.observed_30plus_rate),
        pct(r.observed_90plus_rate),
    ])
}

/// The report as a table for people, in English.
pub(crate) fn text_report(r: &Report) -> String {
    text_report_in(r, Language::En)
}

/// The report as a table for people, in `lang` (the numbers as in English).
pub(crate) fn text_report_in(r: &Report, lang: Language) -> String {
    let t = |id: &str| i18n::text(lang, id);
    let mut s = format!(
        "{}\n{}\n\n",
        r.portfolio,
        i18n::text_with(
            lang,
            "report-as-of",
            &[
                ("date", Arg::Text(&r.as_of)),
                ("policy", Arg::Text(&r.policy))
            ]
        )
    );
    if !r.scorecard_in_force {
        s.push_str(&t("report-no-scorecard"));
        s.push('\n');
        return s;
    }
    s.push_str(&row(COLUMNS.map(|(key, ..)| t(key))));
    // Every booked account is in a band, so none in the total means none at all.
    let accounts = r.total.booked_accounts > 0;
    for b in &r.bands {
        s.push_str(&line(b, &b.band, accounts));
    }
    s.push_str(&line(&r.total, &t("report-total"), accounts));
    let n = |x: f64| thousands(x);
    let book = |x: f64| {
        if accounts {
            thousands(x)
        } else {
            "–".to_string()
        }
    };
    s.push('\n');
    s.push_str(&i18n::text_with(
        lang,
        "report-summary",
        &[
            ("referred", Arg::Text(&n(r.total.referred as f64))),
            ("declined", Arg::Text(&n(r.total.declined as f64))),
            ("revenue", Arg::Text(&n(r.total.revenue))),
            ("margin", Arg::Text(&n(r.total.margin))),
            ("ead", Arg::Text(&book(r.total.booked_ead))),
            ("el", Arg::Text(&book(r.total.booked_expected_loss))),
        ],
    ));
    s.push('\n');
    if r.outcome_definition == crate::domain::analytics::report::OWN_OUTCOME {
        s.push_str(&t("report-legend"));
    } else {
        s.push_str(&i18n::text_with(
            lang,
            "report-legend-given",
            &[("definition", Arg::Text(&r.outcome_definition))],
        ));
    }
    s.push('\n');
    if !r.limit_applies {
        s.push_str(&t("report-no-limit"));
        s.push('\n');
    }
    if !accounts {
        s.push_str(&t("report-no-accounts"));
        s.push('\n');
    }
    s
}

/// The text report of the policy in force (used by examples and tests).
pub fn text_report_of_champion(o: &crate::store::Opened) -> String {
    text_report(&report(&o.champion, &o.portfolio))
}

/// One key risk indicator of the latest quarter, as `report --json` gives it (README),
/// with its monthly history.
#[derive(serde::Serialize)]
struct KriJson {
    key: &'static str,
    label: &'static str,
    /// "2026 Q3".
    period: String,
    /// `null` when nothing was observed.
    value: Option<f64>,
    watch: Side,
    breach: Side,
    /// "on target", "watch", "breach" or "no data".
    status: &'static str,
    /// Every month of the portfolio's history, oldest first.
    history: Vec<PointJson>,
}

/// A month of an indicator's history.
#[derive(serde::Serialize)]
struct PointJson {
    /// "2026-09".
    period: String,
    value: Option<f64>,
    status: &'static str,
}

/// A threshold's two sides; `null` for a side the indicator does not have.
#[derive(serde::Serialize)]
struct Side {
    low: Option<f64>,
    high: Option<f64>,
}

/// The key risk indicators of the latest quarter of applications under the policy in
/// force and the file's thresholds (the Overview's tiles), each with its history.
fn kris(o: &crate::store::Opened) -> Vec<KriJson> {
    use crate::domain::analytics::{kpi, kri, kri_history};
    let p = &o.portfolio;
    let g = &o.governance;
    let quarters = kpi::periods(&o.champion, p, 3);
    let Some(q) = quarters.last() else {
        return Vec::new();
    };
    let h = kri_history::kri_history(&o.champion, p, &g.watch_thresholds);
    let finite = |v: f64| v.is_finite().then_some(round6(v));
    kri::Kri::ALL
        .into_iter()
        .map(|k| {
            let t = g.kri_thresholds.get(k);
            let value = h.quarter(k, q.index);
            let ((wl, wh), (bl, bh)) = t.watch_and_breach();
            KriJson {
                key: k.key(),
                label: k.name(),
                period: crate::format::quarter_label(q.index),
                value: finite(value),
                watch: Side { low: wl, high: wh },
                breach: Side { low: bl, high: bh },
                status: t.status(value).label(),
                history: h
                    .monthly(k)
                    .into_iter()
                    .map(|(m, v)| PointJson {
                        period: crate::domain::import::dates::month_label(m),
                        value: finite(v),
                        status: t.status(v).label(),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
