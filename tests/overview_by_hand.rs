//! The Overview's latest quarter recomputed from the raw tables of sample.db, apart
//! from `domain::analytics::kpi`: accounts on book at the quarter's last month-end
//! (2026-09-30), their 30+ and 90+ shares and the book's exposure.

mod common;

use std::path::Path;

use riskdesk::workbench::Workbench;
use rusqlite::Connection;

#[test]
fn the_latest_quarter_matches_the_raw_month_end() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = Connection::open(&path).unwrap();
    // The month-end rows of September 2026, with each line's limit.
    let (on_book, dpd30, dpd90, ead): (i64, i64, i64, f64) = conn
        .query_row(
            "SELECT COUNT(*), SUM(p.dpd_bucket >= 2), SUM(p.dpd_bucket >= 4),
                    SUM(p.balance + 0.5 * MAX(a.credit_limit - p.balance, 0))
             FROM performance p JOIN accounts a ON a.id = p.account_id
             WHERE p.month = '2026-09'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    // The figures quoted when the defect was found.
    assert_eq!(on_book, 9_275);
    assert_eq!(
        format!("{:.2}%", 100.0 * dpd30 as f64 / on_book as f64),
        "2.52%"
    );
    assert_eq!(
        format!("{:.2}%", 100.0 * dpd90 as f64 / on_book as f64),
        "1.97%"
    );

    let wb = Workbench::open(&path, None, &|_| {}).unwrap();
    assert_eq!(wb.champion.policy.ccf, 0.5);
    let q = wb.analytics.quarters.last().unwrap();
    assert_eq!(riskdesk::format::quarter_label(q.index), "2026 Q3");
    assert_eq!(
        (q.on_book, q.dpd30, q.dpd90),
        (on_book as u64, dpd30 as u64, dpd90 as u64)
    );
    // Money is held as f64 from the file on: the book's exposure matches to the cent.
    assert!((q.book_ead - ead).abs() < 0.005, "{} vs {ead}", q.book_ead);
}

#[test]
fn roc_auc_and_ks_use_mature_accounts_only() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = Connection::open(&path).unwrap();
    // Mature: 12 or more month-ends; bad: 90+ within the first 12.
    let (mature, bads): (i64, i64) = conn
        .query_row(
            "SELECT COUNT(*), SUM(bad) FROM (
                 SELECT account_id, MAX(months_on_book <= 12 AND dpd_bucket >= 4) AS bad
                 FROM performance GROUP BY account_id HAVING COUNT(*) >= 12)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((mature, bads), (4_534, 111));
    let wb = Workbench::open(&path, None, &|_| {}).unwrap();
    let a = &wb.analytics;
    assert_eq!(format!("{:.4}", a.auc), "0.7536");
    // The ROC ends at every mature account: 111 bads and 4,423 goods.
    let last = a.roc.last().unwrap();
    assert_eq!((last.good_share, last.bad_share), (1.0, 1.0));
}

#[test]
fn report_json_gives_the_latest_quarter_kris_with_two_sided_thresholds() {
    let (code, out, err) = common::riskdesk(&["report", "--db", "sample.db", "--json"]);
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let kris = r["kris"].as_array().unwrap();
    let keys: Vec<&str> = kris.iter().map(|k| k["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "approval_rate",
            "dpd30_rate",
            "dpd90_rate",
            "expected_loss_rate",
            "score_psi",
            "booked_rate",
            "dpd30_balance_rate",
            "dpd90_balance_rate",
            "new_90_rate",
            "roll_current_to_1_29",
            "utilisation",
            "on_watch_rate"
        ]
    );
    let approval = &kris[0];
    assert_eq!(approval["period"], "2026 Q3");
    assert_eq!(
        approval["watch"],
        serde_json::json!({"low": 0.4, "high": 0.65})
    );
    assert_eq!(
        approval["breach"],
        serde_json::json!({"low": 0.3, "high": 0.75})
    );
    let dpd90 = &kris[2];
    assert_eq!(dpd90["value"], 0.01973);
    assert_eq!(
        dpd90["watch"],
        serde_json::json!({"low": null, "high": 0.015})
    );
    assert_eq!(dpd90["status"], "watch");
    // The monthly history, every month from the first application (2024-10) to the
    // as-of month (2026-10); the 90+ stock climbs to 2.00% and crosses its watch line
    // (1.5%) in 2026-04.
    let h = dpd90["history"].as_array().unwrap();
    assert_eq!(h.len(), 25);
    assert_eq!(h[0]["period"], "2024-10");
    assert_eq!(h[24]["period"], "2026-10");
    assert_eq!(h[24]["value"], 0.019994);
    let first_watch = h.iter().find(|p| p["status"] == "watch").unwrap();
    assert_eq!(first_watch["period"], "2026-04");
    // No account is on book at the end of the first month: null, "no data".
    assert_eq!(h[0]["value"], serde_json::Value::Null);
    assert_eq!(h[0]["status"], "no data");
    // The flow of new 90+ accounts in 2026-09, counted in SQL from the raw table:
    // 22 of the 8,600 accounts on book not yet 90+ at the end of 2026-08.
    let new90 = kris.iter().find(|k| k["key"] == "new_90_rate").unwrap();
    let sep = new90["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["period"] == "2026-09")
        .unwrap();
    assert_eq!(sep["value"], (22.0f64 / 8600.0 * 1e6).round() / 1e6);
    // The approval rate of October 2026 has no applications: null.
    let approval_h = approval["history"].as_array().unwrap();
    assert_eq!(approval_h[24]["value"], serde_json::Value::Null);
}

#[test]
fn the_book_sums_match_the_raw_table_to_the_cent() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = Connection::open(&path).unwrap();
    // The latest month-end balance of every account.
    let drawn: f64 = conn
        .query_row(
            "SELECT SUM(p.balance) FROM performance p
             JOIN (SELECT account_id, MAX(months_on_book) AS last FROM performance
                   GROUP BY account_id) l
               ON l.account_id = p.account_id AND l.last = p.months_on_book",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (code, out, err) = common::riskdesk(&["report", "--db", "sample.db", "--json"]);
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    let reported = r["total"]["drawn_exposure"].as_f64().unwrap();
    assert!(
        (reported - (drawn * 100.0).round() / 100.0).abs() < 0.005,
        "{reported} vs {drawn}"
    );
}

#[test]
fn a_vintage_point_is_a_fixed_cohort_recomputed_from_the_raw_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = Connection::open(&path).unwrap();
    // Cohort 2025 Q4 (accounts opened October to December 2025), as of 2026-10-31:
    // its youngest accounts (December) have 10 months on book, so 10 points.
    let cohort = "substr(a.open_date, 1, 7) BETWEEN '2025-10' AND '2025-12'";
    let accounts: i64 = conn
        .query_row(
            &format!("SELECT COUNT(*) FROM accounts a WHERE {cohort}"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Ever 30+ within the first 10 month-ends, over every account of the cohort.
    let ever: i64 = conn
        .query_row(
            &format!(
                "SELECT COUNT(DISTINCT p.account_id) FROM performance p
                 JOIN accounts a ON a.id = p.account_id
                 WHERE {cohort} AND p.months_on_book <= 10 AND p.dpd_bucket >= 2"
            ),
            [],
            |r| r.get(0),
        )
        .unwrap();
    let wb = Workbench::open(&path, None, &|_| {}).unwrap();
    let v = wb
        .analytics
        .vintages
        .iter()
        .find(|v| riskdesk::format::quarter_label(v.cohort) == "2025 Q4")
        .expect("the 2025 Q4 cohort");
    assert_eq!(v.accounts, accounts as u64);
    assert_eq!(v.points.len(), 10);
    let (mob, rate) = v.points[9];
    assert_eq!(mob, 10);
    assert!((rate - ever as f64 / accounts as f64).abs() < 1e-12);
    // Every curve is cumulative: it never falls.
    for v in &wb.analytics.vintages {
        assert!(
            v.points.windows(2).all(|w| w[0].1 <= w[1].1),
            "{}",
            v.cohort
        );
    }
}
