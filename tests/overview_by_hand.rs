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
    // Balances are held as f32 today (the trust issue moves money to f64): within a
    // yuan per thousand lines.
    assert!((q.book_ead - ead).abs() < 10.0, "{} vs {ead}", q.book_ead);
}
