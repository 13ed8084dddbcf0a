//! `riskdesk compliance`: the policy in force (and a challenger with `--policy`) and
//! the book checked against the compliance rules, the APRs of the orders, and the
//! fair-lending table; as text for people or JSON for programs (README,
//! "Compliance JSON"). `--strict` exits 4 when a rule is in breach.

use std::path::PathBuf;

use serde_json::{Map, Value, json};

use super::{Failure, OrInput};
use crate::domain::compliance::age_points::AgePoints;
use crate::domain::compliance::fairness::DimensionResult;
use crate::domain::compliance::{Base, PolicyTest, Report, RuleResult, Status};
use crate::format::{fixed, money, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store;
use crate::workbench::compliance::RulesFile;
use crate::workbench::compliance_words as words;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Portfolio file.
    #[arg(long, required_unless_present = "print_rules")]
    pub db: Option<PathBuf>,
    /// A challenger policy (JSON) checked beside the policy in force.
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Rules file (JSON); without it the built-in rules (see --print-rules).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Print JSON for programs.
    #[arg(long)]
    pub json: bool,
    /// Exit with code 4 when a rule is in breach (the challenger's with --policy).
    #[arg(long)]
    pub strict: bool,
    /// Print the rules (the built-in ones, or --rules) as JSON and stop.
    #[arg(long)]
    pub print_rules: bool,
    /// Also group the fairness table by these categorical columns (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "COL,...")]
    pub group_by: Vec<String>,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let file = RulesFile::built_in_or(a.rules.as_deref()).map_err(|e| {
        let path = a.rules.as_deref().unwrap_or(std::path::Path::new(""));
        let (key, detail) = e.parts();
        super::file_failure(lang, key, path, detail)
    })?;
    if a.print_rules {
        println!("{}", file.rules.to_json());
        return Ok(());
    }
    let Some(db) = a.db.as_deref() else {
        return Err(Failure::input(i18n::text(lang, "compliance-needs-db")));
    };
    let opened = store::open(db).or_input(lang)?;
    for note in &opened.notes {
        eprintln!("riskdesk: {}: {note}", db.display());
    }
    if !opened.portfolio.has_scorecard() {
        return Err(Failure::input(i18n::text(lang, "report-no-scorecard")));
    }
    let challenger = match a.policy.as_deref() {
        Some(path) => Some(super::report::policy_or_champion(
            Some(path),
            &opened,
            lang,
        )?),
        None => None,
    };
    let p = &opened.portfolio;
    let mut base = Base::new(file.rules.clone(), p);
    for name in &a.group_by {
        let known = base.dims.iter().any(|d| &d.key == name);
        if !known && !base.add_dimension(p, name) {
            return Err(Failure::input(i18n::text_with(
                lang,
                "compliance-cannot-group",
                &[("column", Arg::Text(name))],
            )));
        }
    }
    let champion = crate::domain::compliance::report(&base, &opened.champion, p);
    let challenger = challenger.map(|c| {
        let r = crate::domain::compliance::report(&base, &c, p);
        (c, r)
    });
    let (_, check) = store::audit::read(db).or_input(lang)?;
    if a.json {
        let mut out = Map::new();
        out.insert("rules_version".into(), json!(file.version));
        out.insert(
            "rules_file".into(),
            json!(file.path.as_ref().map(|p| p.display().to_string())),
        );
        out.insert("audit_head".into(), json!(check.head));
        out.insert("audit_intact".into(), json!(check.intact()));
        out.insert("policy".into(), json!(opened.champion.name));
        out.insert("approved".into(), json!(champion.approved));
        out.insert("rules".into(), rules_json(&champion.rules));
        out.insert("policy_tests".into(), tests_json(&champion.policy_tests));
        out.insert("apr".into(), apr_json(&base));
        out.insert("fairness".into(), fairness_json(&champion.fairness));
        out.insert("scorecard_age_check".into(), age_json(&base.age_points));
        if let Some((policy, r)) = &challenger {
            out.insert(
                "challenger".into(),
                json!({
                    "policy": policy.name,
                    "approved": r.approved,
                    "rules": rules_json(&r.rules),
                    "policy_tests": tests_json(&r.policy_tests),
                    "fairness": fairness_json(&r.fairness),
                }),
            );
        }
        let v = super::json::rounded(Value::Object(out), 6);
        let text = serde_json::to_string_pretty(&v).map_err(|e| super::json_failure(e, lang))?;
        println!("{text}");
    } else {
        print!(
            "{}",
            text_of(&file, &base, &opened.champion.name, &champion, lang)
        );
        if let Some((policy, r)) = &challenger {
            println!();
            print!("{}", text_of(&file, &base, &policy.name, r, lang));
        }
    }
    let gated = challenger.as_ref().map_or(&champion, |(_, r)| r);
    if a.strict && gated.any_breach() {
        return Err(Failure {
            code: 4,
            message: i18n::text(lang, "compliance-strict-breach"),
        });
    }
    Ok(())
}

fn rules_json(rules: &[RuleResult]) -> Value {
    rules
        .iter()
        .map(|r| {
            let thresholds: Map<String, Value> = r
                .thresholds
                .iter()
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            json!({
                "id": r.id,
                "label": r.label,
                "source": r.source,
                "status": r.status.key(),
                "policy_status": r.policy_status.map(Status::key),
                "not_checkable": r.unavailable.map(|u| u.key()),
                "breaches": r.breaches,
                "limits": r.limits,
                "exposure": r.exposure,
                "thresholds": thresholds,
                "book": r.book.map(|b| json!({
                    "status": r.book_status.map(Status::key),
                    "accounts": b.count,
                    "limits": b.limits,
                    "drawn": b.drawn,
                    "undrawn": b.undrawn,
                })),
            })
        })
        .collect()
}

fn tests_json(tests: &[PolicyTest]) -> Value {
    tests
        .iter()
        .map(|t| {
            let mut v = match t {
                PolicyTest::LimitMultiple { largest, allowed } => {
                    json!({"largest": largest, "allowed": allowed})
                }
                PolicyTest::MinLimit {
                    min_limit,
                    lowest_income,
                    cap,
                } => json!({"min_limit": min_limit, "lowest_income": lowest_income, "cap": cap}),
                PolicyTest::MaxLimit { max_limit, cap } => {
                    json!({"max_limit": max_limit, "cap": cap})
                }
            };
            v["test"] = json!(t.key());
            v["passes"] = json!(t.passes());
            v
        })
        .collect()
}

fn apr_json(base: &Base) -> Value {
    match &base.apr {
        None => Value::Null,
        Some(s) => json!({
            "orders": s.orders,
            "min": finite(s.min),
            "median": finite(s.median),
            "max": finite(s.max),
            "above_watch": s.above_watch,
            "above_breach": s.above_breach,
            "above_red_line": s.above_red_line,
        }),
    }
}

fn finite(x: f64) -> Value {
    if x.is_finite() { json!(x) } else { Value::Null }
}

fn fairness_json(dims: &[DimensionResult]) -> Value {
    let map: Map<String, Value> = dims
        .iter()
        .map(|d| {
            let groups: Vec<Value> = d
                .groups
                .iter()
                .map(|g| {
                    json!({
                        "group": g.group,
                        "applicants": g.applicants,
                        "approved": g.approved,
                        "approval_rate": g.approval_rate,
                        "air": g.air,
                        "p_value": g.p_value,
                        "test": g.p_value.map(|_| if g.exact { "fisher" } else { "z" }),
                        "flag": g.flag.key(),
                        "barred": g.barred,
                        "reference": g.reference,
                        "mean_limit": g.mean_limit,
                        "observed_bad_rate": g.observed_bad_rate,
                    })
                })
                .collect();
            (d.key.clone(), Value::Array(groups))
        })
        .collect();
    Value::Object(map)
}

fn age_json(a: &AgePoints) -> Value {
    match a {
        AgePoints::NoAgeCharacteristic => Value::Null,
        AgePoints::Checked {
            characteristic,
            older,
            best_younger,
            passes,
        } => json!({
            "characteristic": characteristic,
            "passes": passes,
            "older_bins": older.iter().map(|b| json!({"bin": b.label, "points": b.points})).collect::<Vec<_>>(),
            "best_younger_bin": best_younger.as_ref().map(|b| json!({"bin": b.label, "points": b.points})),
        }),
    }
}

/// The report as text for people.
fn text_of(file: &RulesFile, base: &Base, policy: &str, r: &Report, lang: Language) -> String {
    use std::fmt::Write;
    let t = |id: &str| i18n::text(lang, id);
    let mut out = String::new();
    let source = match &file.path {
        Some(p) => p.display().to_string(),
        None => t("compliance-built-in"),
    };
    let _ = writeln!(
        out,
        "{}",
        i18n::text_with(
            lang,
            "compliance-title",
            &[
                ("policy", Arg::Text(policy)),
                ("rules", Arg::Text(&source)),
                ("version", Arg::Text(file.version.get(..12).unwrap_or(""))),
            ],
        )
    );
    for rule in &r.rules {
        let status = match rule.unavailable {
            Some(u) => format!(
                "{} ({})",
                words::status(lang, rule.status),
                words::unavailable(lang, u)
            ),
            None => words::status(lang, rule.status),
        };
        let _ = writeln!(
            out,
            "{}  {}: {}",
            rule.id,
            words::rule_label(lang, rule),
            status
        );
        if rule.unavailable.is_some() {
            continue;
        }
        let thresholds = words::thresholds(lang, rule, &base.rules);
        if !thresholds.is_empty() {
            let _ = writeln!(out, "      {thresholds}");
        }
        match rule.check {
            Some(_) => {
                // Without booked accounts there is nothing to count: "–".
                let accounts = rule
                    .book
                    .map_or("–".to_string(), |b| thousands(b.count as f64));
                let _ = writeln!(
                    out,
                    "      {}",
                    i18n::text_with(
                        lang,
                        "compliance-line-breaches",
                        &[
                            ("n", Arg::Text(&thousands(rule.breaches as f64))),
                            ("exposure", Arg::Text(&money(rule.exposure))),
                            ("accounts", Arg::Text(&accounts)),
                        ],
                    )
                );
            }
            _ => {
                if let Some(s) = &base.apr {
                    let _ = writeln!(out, "      {}", words::apr_line(lang, s));
                }
            }
        }
    }
    let _ = writeln!(out, "{}", t("compliance-policy-tests"));
    for test in &r.policy_tests {
        let verdict = words::status(
            lang,
            if test.passes() {
                Status::Pass
            } else {
                Status::Breach
            },
        );
        let _ = writeln!(out, "  {}: {verdict}", words::policy_test(lang, test));
    }
    if let Some((_, line)) = words::age_points(lang, &base.age_points) {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "{}", t("compliance-fairness"));
    for d in &r.fairness {
        let _ = writeln!(out, "  {}", words::dimension(lang, &d.key, &d.label));
        for g in &d.groups {
            let mut marks = Vec::new();
            if g.reference {
                marks.push(t("compliance-reference"));
            }
            if g.barred {
                marks.push(t("compliance-barred"));
            }
            let flag = words::flag(lang, g.flag);
            if !flag.is_empty() {
                marks.push(flag);
            }
            let _ = writeln!(
                out,
                "    {:<14} {:>9} {:>9} {:>8}  AIR {:>5}  p {:>6}  {}",
                words::group(lang, &d.key, &g.group),
                thousands(g.applicants as f64),
                thousands(g.approved as f64),
                pct(g.approval_rate),
                g.air.map_or("–".into(), |x| fixed(x, 2)),
                g.p_value.map_or("–".into(), |x| fixed(x, 3)),
                marks.join(", "),
            );
        }
    }
    out
}
