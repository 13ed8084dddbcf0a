//! The watchlist as CSV for programs: `riskdesk watchlist --out` and the window's
//! export write the same columns. Ids only: no personal data.

use std::path::Path;

use crate::domain::analytics::watchlist::Watch;
use crate::domain::portfolio::{DPD_BUCKETS, Portfolio};

pub const HEADERS: [&str; 11] = [
    "account_id",
    "applicant_id",
    "bucket",
    "balance",
    "limit",
    "utilisation",
    "signals",
    "p90_3m",
    "p90_6m",
    "at_risk_el",
    "action",
];

/// A bucket's name for programs ("30-59": ASCII).
pub fn bucket_key(b: u8) -> String {
    DPD_BUCKETS
        .get(usize::from(b))
        .map_or_else(String::new, |s| s.replace('–', "-"))
}

/// One account's cells, in [`HEADERS`] order.
pub fn cells(p: &Portfolio, w: &Watch) -> [String; 11] {
    let k = w.account as usize;
    let applicant = p.accounts.applicant.get(k).map(|&i| i as usize);
    let signals: Vec<&str> = w.signals.iter().map(|s| s.key()).collect();
    [
        p.accounts
            .id
            .get(k)
            .map_or(String::new(), |id| id.to_string()),
        applicant
            .and_then(|i| p.applicants.id.get(i))
            .map_or(String::new(), |id| id.to_string()),
        bucket_key(w.bucket),
        format!("{:.2}", w.balance),
        format!("{:.2}", w.limit),
        if w.utilisation.is_finite() {
            format!("{:.4}", w.utilisation)
        } else {
            String::new()
        },
        signals.join(";"),
        format!("{:.6}", w.p90_3m),
        format!("{:.6}", w.p90_6m),
        format!("{:.2}", w.at_risk_el),
        w.action.key().to_string(),
    ]
}

/// Writes `rows` (indexes into `list`) to `out`.
pub fn write(p: &Portfolio, list: &[Watch], rows: &[u32], out: &Path) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_path(out)?;
    w.write_record(HEADERS)?;
    for &i in rows {
        if let Some(row) = list.get(i as usize) {
            w.write_record(cells(p, row))?;
        }
    }
    w.flush()?;
    Ok(())
}
