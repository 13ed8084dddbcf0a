//! `riskdesk stress`, `capital` and `ecl` on sample.db: base figures against the
//! report's, stage 3 against the raw `performance` table in SQL, the weighted ECL
//! against its parts, the Severe preset's direction, and bad input.

mod common;

use std::path::Path;

use common::riskdesk;
use rusqlite::Connection;
use serde_json::Value;

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample.db")
        .display()
        .to_string()
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = riskdesk(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

#[test]
fn base_capital_rests_on_the_reports_exposure_and_loss() {
    let db = sample();
    let c = json(&["capital", "--db", &db, "--preset", "base", "--json"]);
    let r = json(&["report", "--db", &db, "--json"]);
    let base = &c["approved"]["base"]["total"];
    assert_eq!(base["exposures"], r["total"]["approved"]);
    assert!((f(&base["ead"]) - f(&r["total"]["ead"])).abs() < 0.02);
    assert!((f(&base["expected_loss"]) - f(&r["total"]["expected_loss"])).abs() < 0.02);
    // Capital = 8% of RWA; the base scenario changes nothing.
    assert!((f(&base["capital"]) - 0.08 * f(&base["rwa"])).abs() < 0.02);
    assert_eq!(c["approved"]["base"], c["approved"]["stressed"]);
    assert_eq!(c["capital_params"]["correlation"], "qrre");
    // Other retail weighs more at these PDs; a 10.5% ratio holds more capital.
    let other = json(&[
        "capital",
        "--db",
        &db,
        "--preset",
        "base",
        "--correlation",
        "other",
        "--capital-ratio",
        "0.105",
        "--json",
    ]);
    let o = &other["approved"]["base"]["total"];
    assert!(f(&o["rwa"]) > f(&base["rwa"]));
    assert!((f(&o["capital"]) - 0.105 * f(&o["rwa"])).abs() < 0.02);
    let bands = c["approved"]["base"]["bands"].as_array().unwrap();
    assert_eq!(bands.len(), 6);
    let band_ead: f64 = bands.iter().map(|b| f(&b["ead"])).sum();
    assert!((band_ead - f(&base["ead"])).abs() < 0.1);
}

#[test]
fn stage_3_is_lgd_times_the_drawn_90_plus_balance_counted_in_sql() {
    let db = sample();
    let conn = Connection::open(&db).unwrap();
    // Each account's latest month-end: bucket 4 is 90+.
    let (n, drawn): (i64, f64) = conn
        .query_row(
            "SELECT COUNT(*), SUM(p.balance) FROM performance p
             JOIN (SELECT account_id, MAX(months_on_book) AS last FROM performance
                   GROUP BY account_id) l
               ON l.account_id = p.account_id AND l.last = p.months_on_book
             WHERE p.dpd_bucket = 4",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let e = json(&["ecl", "--db", &db, "--preset", "base", "--json"]);
    let stages = e["stages"].as_array().unwrap();
    assert_eq!(stages.len(), 3);
    let s3 = &stages[2];
    assert_eq!(s3["stage"], 3);
    assert_eq!(s3["accounts"].as_i64(), Some(n));
    assert!((f(&s3["drawn"]) - drawn).abs() < 0.01, "{s3} vs {drawn}");
    // LGD 85% of the policy in force; a defaulted line's EAD is its drawn balance.
    assert!((f(&s3["ecl"]) - 0.85 * drawn).abs() < 0.01);
    assert!((f(&s3["ead"]) - drawn).abs() < 0.01);
    let total: i64 = stages.iter().map(|s| s["accounts"].as_i64().unwrap()).sum();
    assert_eq!(total, 9_803);
    // The weighted ECL is 60 / 30 / 10 of the presets'.
    let p = e["presets"].as_array().unwrap();
    let names: Vec<&str> = p.iter().map(|x| x["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Base", "Mild", "Severe"]);
    let weighted = 0.6 * f(&p[0]["ecl"]) + 0.3 * f(&p[1]["ecl"]) + 0.1 * f(&p[2]["ecl"]);
    assert!((f(&e["weighted_ecl"]) - weighted).abs() < 0.05);
    // Base against base: nobody moves.
    assert_eq!(e["movement_from_base"]["matrix"][0][1], 0);
}

#[test]
fn severe_declines_more_and_needs_more_loss_and_capital() {
    let db = sample();
    let dir = common::temp_dir("stress-cli");
    let challenger = dir.join("tight.json");
    std::fs::write(&challenger, r#"{"name": "Tight", "cutoff": 600}"#).unwrap();
    let s = json(&[
        "stress",
        "--db",
        &db,
        "--preset",
        "severe",
        "--policy",
        challenger.to_str().unwrap(),
        "--json",
    ]);
    let policies = s["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 2);
    assert_eq!(policies[1]["policy"], "Tight");
    let champion = &policies[0];
    let lost = champion["stressed"]["lost_approvals"].as_u64().unwrap();
    assert!(lost > 0);
    let (b, x) = (&champion["base"]["total"], &champion["stressed"]["total"]);
    assert_eq!(
        b["exposures"].as_u64().unwrap() - x["exposures"].as_u64().unwrap(),
        lost - champion["stressed"]["new_approvals"].as_u64().unwrap()
    );
    assert!(f(&x["expected_loss"]) > f(&b["expected_loss"]));
    let booked = &s["booked"];
    assert!(f(&booked["stressed"]["total"]["capital"]) > f(&booked["base"]["total"]["capital"]));
    assert!(f(&booked["stressed"]["total"]["ead"]) > f(&booked["base"]["total"]["ead"]));
    let ecl = &s["ecl"];
    assert!(f(&ecl["stressed"]["total"]["ecl"]) > f(&ecl["base"]["total"]["ecl"]));
    // The same figures for people, in Chinese.
    let (code, out, err) = riskdesk(&[
        "stress", "--db", &db, "--preset", "severe", "--lang", "zh-CN",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("风险加权资产") && out.contains(&format!("情景下失去 {lost} 笔准入")),
        "{out}"
    );
}

#[test]
fn a_bad_scenario_is_refused_with_its_reason() {
    let db = sample();
    let dir = common::temp_dir("stress-bad");
    let path = dir.join("s.json");
    std::fs::write(&path, r#"{"name": "x", "income_shock": 1.5}"#).unwrap();
    let (code, _, err) = riskdesk(&["ecl", "--db", &db, "--scenario", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("income shock"), "{err}");
    std::fs::write(&path, r#"{"pd_multiplier": 2, "typo": 1}"#).unwrap();
    let (code, _, err) = riskdesk(&["ecl", "--db", &db, "--scenario", path.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("typo"), "{err}");
    // A scenario file without a name takes the file's.
    std::fs::write(&path, r#"{"pd_multiplier": 1.5}"#).unwrap();
    let v = json(&[
        "capital",
        "--db",
        &db,
        "--scenario",
        path.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(v["scenario"]["name"], "s");
}

#[test]
fn the_reverse_stress_test_finds_where_expected_loss_crosses_a_limit() {
    let db = sample();
    // Severe at PD × 2: the approvals' and the booked book's expected loss together.
    let s = json(&["stress", "--db", &db, "--preset", "severe", "--json"]);
    let at_two = f(&s["policies"][0]["stressed"]["total"]["expected_loss"])
        + f(&s["booked"]["stressed"]["total"]["expected_loss"]);
    // A limit 20% above it is crossed at a multiplier above 2 (EL grows about as PD
    // does), and one below it at the scenario's own 2.
    let v = json(&[
        "stress",
        "--db",
        &db,
        "--preset",
        "severe",
        "--reverse-el",
        &format!("{}", at_two * 1.2),
        "--json",
    ]);
    let m = f(&v["reverse"]["value"]);
    assert!(m > 2.0 && m < 2.6, "{m}");
    assert_eq!(v["reverse"]["lever"], "pd_multiplier");
    let v = json(&[
        "stress",
        "--db",
        &db,
        "--preset",
        "severe",
        "--reverse-el",
        &format!("{}", at_two * 0.9),
        "--json",
    ]);
    assert_eq!(f(&v["reverse"]["value"]), 2.0);
    // Out of reach: null, said so.
    let v = json(&["stress", "--db", &db, "--reverse-capital", "1e12", "--json"]);
    assert!(v["reverse"]["value"].is_null());
    let (code, _, err) = riskdesk(&["stress", "--db", &db, "--reverse-el", "-5"]);
    assert_eq!(code, 2, "{err}");
}
