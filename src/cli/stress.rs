//! `riskdesk stress`, `riskdesk capital` and `riskdesk ecl`: a scenario (a preset or a
//! file) applied to the policy in force (and a challenger), the Basel IRB capital of
//! the approvals and of the booked book, and the IFRS 9 ECL of the booked book, base
//! against stressed. JSON keys in the README.

use std::path::{Path, PathBuf};

use super::report::read_policy_in;
use super::{Failure, OrInput, file_failure};
use crate::domain::stress::Scenario;
use crate::domain::stress::capital::{CapitalParams, Correlation};
use crate::domain::stress::ecl::EclParams;
use crate::domain::stress::reverse::Lever;
use crate::format::{money, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store;
use crate::workbench::stress::StressFigures;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// Policy (JSON): the challenger beside the policy in force (stress), or the policy instead of it (capital, ecl).
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Scenario (JSON, see the README).
    #[arg(long, conflicts_with = "preset")]
    pub scenario: Option<PathBuf>,
    /// A scenario saved in the portfolio (its latest version).
    #[arg(long, conflicts_with_all = ["scenario", "preset"])]
    pub saved: Option<String>,
    /// A preset scenario: base, mild or severe.
    #[arg(long, value_parser = ["base", "mild", "severe", "Base", "Mild", "Severe"])]
    pub preset: Option<String>,
    /// Asset correlation: qrre (0.04) or other (other retail, 0.03–0.16 by PD).
    #[arg(long, value_parser = ["qrre", "other"], default_value = "qrre")]
    pub correlation: String,
    /// PD floor (0.0003 = 0.03%; 0.0005 or 0.001 under Basel 3.1).
    #[arg(long, default_value_t = 0.0003)]
    pub pd_floor: f64,
    /// Capital / RWA (0.08; 0.105 with the conservation buffer).
    #[arg(long, default_value_t = 0.08)]
    pub capital_ratio: f64,
    /// Reverse stress: the lever's value at which expected loss (approvals and booked book) reaches this many yuan.
    #[arg(long, conflicts_with = "reverse_capital")]
    pub reverse_el: Option<f64>,
    /// Reverse stress: the lever's value at which capital (approvals and booked book) reaches this many yuan.
    #[arg(long)]
    pub reverse_capital: Option<f64>,
    /// The lever of the reverse stress test: pd (the PD multiplier) or income (the income shock).
    #[arg(long, value_parser = ["pd", "income"], default_value = "pd")]
    pub lever: String,
    /// Print JSON (keys in the README).
    #[arg(long)]
    pub json: bool,
}

/// Which of the three commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Which {
    Stress,
    Capital,
    Ecl,
}

fn read_scenario(path: &Path, lang: Language) -> Result<Scenario, Failure> {
    let fail = |key: &str, e: &dyn std::fmt::Display| file_failure(lang, key, path, e);
    let text = std::fs::read_to_string(path).map_err(|e| fail("cli-cannot-read", &e))?;
    let mut s: Scenario =
        serde_json::from_str(&text).map_err(|e| fail("stress-invalid-scenario", &e))?;
    s.check().map_err(|e| fail("cli-in-file", &e))?;
    if s.name.trim().is_empty() {
        s.name = path
            .file_stem()
            .map_or_else(|| "scenario".into(), |x| x.to_string_lossy().into_owned());
    }
    Ok(s)
}

pub(crate) fn run(which: Which, a: Args, lang: Language) -> Result<(), Failure> {
    let opened = store::open(&a.db).or_input(lang)?;
    let scenario = match (&a.scenario, &a.preset, &a.saved) {
        (Some(path), _, _) => read_scenario(path, lang)?,
        (None, Some(name), _) => Scenario::preset(name).unwrap_or_default(),
        (None, None, Some(name)) => opened
            .governance
            .scenarios
            .iter()
            .rev()
            .find(|s| s.scenario.name == *name)
            .map(|s| s.scenario.clone())
            .ok_or_else(|| {
                Failure::input(i18n::text_with(
                    lang,
                    "stress-no-saved",
                    &[("name", Arg::Text(name))],
                ))
            })?,
        (None, None, None) => Scenario::preset("Severe").unwrap_or_default(),
    };
    let floor_ok = a.pd_floor.is_finite() && (0.0..0.5).contains(&a.pd_floor);
    let ratio_ok = a.capital_ratio.is_finite() && (0.0..=1.0).contains(&a.capital_ratio);
    if !(floor_ok && ratio_ok) {
        return Err(Failure::input(i18n::text(lang, "stress-bad-params")));
    }
    let capital = CapitalParams {
        correlation: if a.correlation == "other" {
            Correlation::Other
        } else {
            Correlation::Qrre
        },
        pd_floor: a.pd_floor,
        ratio: a.capital_ratio,
        ..CapitalParams::default()
    };
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", a.db.display());
    }
    let p = &opened.portfolio;
    if !p.has_scorecard() {
        return Err(Failure::input(i18n::text(lang, "stress-no-scorecard")));
    }
    let given = a
        .policy
        .as_deref()
        .map(|x| read_policy_in(x, lang))
        .transpose()?;
    let (champion, challenger) = match (which, given) {
        (Which::Stress, g) => (opened.champion.clone(), g),
        (_, Some(g)) => (g, None),
        (_, None) => (opened.champion.clone(), None),
    };
    let f = StressFigures::new(
        p,
        &champion,
        challenger.as_ref(),
        &scenario,
        &capital,
        &EclParams::default(),
    );
    let reverse = match (a.reverse_el, a.reverse_capital) {
        (Some(limit), _) => Some((false, limit)),
        (None, Some(limit)) => Some((true, limit)),
        (None, None) => None,
    };
    if reverse.is_some_and(|(_, limit)| !(limit.is_finite() && limit > 0.0)) {
        return Err(Failure::input(i18n::text(lang, "stress-bad-limit")));
    }
    let lever = if a.lever == "income" {
        Lever::IncomeShock
    } else {
        Lever::PdMultiplier
    };
    let found =
        reverse.map(|(capital, limit)| (capital, limit, f.reverse(p, lever, capital, limit)));
    if a.json {
        let mut v = match which {
            Which::Stress => f.stress_json(),
            Which::Capital => f.capital_json(),
            Which::Ecl => f.ecl_json(),
        };
        if let Some((capital, limit, value)) = found {
            v["reverse"] = serde_json::json!({
                "figure": if capital { "capital" } else { "expected_loss" },
                "limit": limit,
                "lever": if lever == Lever::IncomeShock { "income_shock" } else { "pd_multiplier" },
                "value": value.map(|x| (x * 1e4).round() / 1e4),
            });
        }
        let text = serde_json::to_string_pretty(&v).map_err(|e| super::json_failure(e, lang))?;
        println!("{text}");
        return Ok(());
    }
    print!("{}", text(which, &f, lang));
    if let Some((capital, limit, value)) = found {
        let figure = i18n::text(
            lang,
            if capital {
                "stress-capital"
            } else {
                "stress-el"
            },
        );
        let limit = money(limit);
        let line = match (value, lever) {
            (None, _) => i18n::text_with(
                lang,
                "stress-reverse-never",
                &[("figure", Arg::Text(&figure)), ("limit", Arg::Text(&limit))],
            ),
            (Some(x), Lever::PdMultiplier) => i18n::text_with(
                lang,
                "stress-reverse-pd",
                &[
                    ("figure", Arg::Text(&figure)),
                    ("limit", Arg::Text(&limit)),
                    ("value", Arg::Text(&format!("{x:.2}"))),
                ],
            ),
            (Some(x), Lever::IncomeShock) => i18n::text_with(
                lang,
                "stress-reverse-income",
                &[
                    ("figure", Arg::Text(&figure)),
                    ("limit", Arg::Text(&limit)),
                    ("value", Arg::Text(&pct(x))),
                ],
            ),
        };
        println!("{line}");
    }
    Ok(())
}

/// The figures for people.
fn text(which: Which, f: &StressFigures, lang: Language) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| i18n::text_with(lang, id, args);
    let mut s = t(
        "stress-head",
        &[
            ("scenario", Arg::Text(&f.scenario.name)),
            ("policy", Arg::Text(&f.champion.policy.name)),
        ],
    );
    s.push('\n');
    let line = |s: &mut String, label: &str, base: String, stressed: String| {
        s.push_str(&format!("  {label:<34} {base:>16} {stressed:>16}\n"));
    };
    line(
        &mut s,
        "",
        t("stress-col-base", &[]),
        t("stress-col-stressed", &[]),
    );
    if which != Which::Ecl {
        for ps in std::iter::once(&f.champion).chain(f.challenger.as_ref()) {
            let (b, x) = (&ps.base.total, &ps.stressed.total);
            s.push_str(&format!("{}\n", ps.policy.name));
            line(
                &mut s,
                &t("stress-approvals", &[]),
                thousands(b.exposures as f64),
                thousands(x.exposures as f64),
            );
            line(&mut s, &t("stress-ead", &[]), money(b.ead), money(x.ead));
            line(
                &mut s,
                &t("stress-el", &[]),
                money(b.expected_loss),
                money(x.expected_loss),
            );
            line(&mut s, &t("stress-rwa", &[]), money(b.rwa), money(x.rwa));
            line(
                &mut s,
                &t("stress-capital", &[]),
                money(b.capital),
                money(x.capital),
            );
            let h = f.capital.hurdle;
            line(
                &mut s,
                &t("stress-margin", &[]),
                money(b.margin_after_capital(h)),
                money(x.margin_after_capital(h)),
            );
            s.push_str(&format!(
                "  {}\n",
                t(
                    "stress-lost",
                    &[("n", Arg::Number(ps.stressed.lost_approvals as f64))]
                )
            ));
        }
        let (b, x) = (&f.booked_base.total, &f.booked_stressed.total);
        s.push_str(&format!("{}\n", t("stress-booked", &[])));
        line(&mut s, &t("stress-ead", &[]), money(b.ead), money(x.ead));
        line(
            &mut s,
            &t("stress-el", &[]),
            money(b.expected_loss),
            money(x.expected_loss),
        );
        line(&mut s, &t("stress-rwa", &[]), money(b.rwa), money(x.rwa));
        line(
            &mut s,
            &t("stress-capital", &[]),
            money(b.capital),
            money(x.capital),
        );
    }
    if which != Which::Capital {
        s.push_str(&format!("{}\n", t("stress-ecl-head", &[])));
        let base = &f.presets[0];
        for k in 0..3 {
            line(
                &mut s,
                &t("stress-stage", &[("stage", Arg::Number((k + 1) as f64))]),
                format!(
                    "{} / {}",
                    thousands(base.stages[k].accounts as f64),
                    money(base.stages[k].ecl)
                ),
                format!(
                    "{} / {}",
                    thousands(f.ecl.stages[k].accounts as f64),
                    money(f.ecl.stages[k].ecl)
                ),
            );
        }
        line(
            &mut s,
            &t("stress-provision-ratio", &[]),
            pct(base.provision_ratio()),
            pct(f.ecl.provision_ratio()),
        );
        s.push_str(&format!(
            "  {}\n",
            t(
                "stress-weighted",
                &[("ecl", Arg::Text(&money(f.weighted_ecl())))]
            )
        ));
    }
    s
}
