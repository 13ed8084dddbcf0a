//! Writes of the risk register and the thresholds: each one transaction with its
//! audit entry, refused without a reason, what changed said in the entry's detail.

use std::path::Path;

use super::error::StoreError;
use super::register::{self, read};
use super::write::{Stamp, open_rw};
use crate::domain::analytics::kri::{Kri, Threshold};
use crate::domain::analytics::watchlist::Thresholds;
use crate::domain::register::{RatingBands, Risk};

/// The audit actions of the register's writes.
pub const RISK_ADDED: &str = "risk added";
pub const RISK_CHANGED: &str = "risk changed";
pub const BANDS_CHANGED: &str = "rating bands changed";
pub const KRI_THRESHOLDS_CHANGED: &str = "KRI thresholds changed";
pub const WATCH_THRESHOLDS_CHANGED: &str = "watchlist thresholds changed";

fn need_reason(path: &Path, stamp: &Stamp<'_>, what: &str) -> Result<(), StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            format!("{what} only with a reason"),
        ));
    }
    Ok(())
}

/// Saves `risk`: added if its id is new, changed otherwise (the entry lists what
/// changed; nothing changed is refused, so the log holds no empty edits).
pub fn save_risk(path: &Path, risk: &Risk, stamp: &Stamp<'_>) -> Result<(), StoreError> {
    need_reason(path, stamp, "a risk is saved")?;
    risk.check()
        .map_err(|e| StoreError::refused(path, format!("the risk is not valid: {e}")))?;
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the risk was not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let now = read(&tx).map_err(|m| StoreError::damaged(path, m))?;
    let (action, detail) = match now.register.get(&risk.id) {
        Some(old) => {
            let changes = risk.changes_from(old);
            if changes.is_empty() {
                return Err(StoreError::refused(path, "nothing changed in the risk"));
            }
            (RISK_CHANGED, changes.join("; "))
        }
        None => (
            RISK_ADDED,
            format!(
                "{} ({}), likelihood {} × impact {} = {}, residual {} × {} = {}, target {}",
                risk.title,
                risk.category.key(),
                risk.likelihood,
                risk.impact,
                risk.rating(),
                risk.residual_likelihood,
                risk.residual_impact,
                risk.residual_rating(),
                risk.target_rating
            ),
        ),
    };
    register::write_risk(&tx, risk).map_err(fail)?;
    let subject = format!("risk {}", risk.id);
    register::log(&tx, stamp, action, &subject, &detail).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Sets the rating bands.
pub fn save_bands(path: &Path, bands: &RatingBands, stamp: &Stamp<'_>) -> Result<(), StoreError> {
    need_reason(path, stamp, "the rating bands are changed")?;
    if !bands.is_valid() {
        return Err(StoreError::refused(
            path,
            "the rating bands must rise: medium from 2, below high, below critical, at most 25",
        ));
    }
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the rating bands were not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let old = read(&tx)
        .map_err(|m| StoreError::damaged(path, m))?
        .register
        .bands;
    let detail = format!(
        "medium from {} → {}, high from {} → {}, critical from {} → {}",
        old.medium_from,
        bands.medium_from,
        old.high_from,
        bands.high_from,
        old.critical_from,
        bands.critical_from
    );
    register::write_bands(&tx, bands).map_err(fail)?;
    register::log(&tx, stamp, BANDS_CHANGED, "risk register", &detail).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// A threshold in words for the audit log: "watch ≥ 0.015, breach > 0.03".
fn words(t: &Threshold) -> String {
    let mut parts = Vec::new();
    if let Some(f) = t.floor {
        parts.push(format!("watch ≤ {}, breach < {}", f.watch, f.breach));
    }
    if let Some(c) = t.ceiling {
        parts.push(format!("watch ≥ {}, breach > {}", c.watch, c.breach));
    }
    parts.join("; ")
}

/// Sets indicator `kri`'s thresholds.
pub fn save_kri_threshold(
    path: &Path,
    kri: Kri,
    t: &Threshold,
    stamp: &Stamp<'_>,
) -> Result<(), StoreError> {
    need_reason(path, stamp, "a KRI's thresholds are changed")?;
    t.check()
        .map_err(|e| StoreError::refused(path, format!("the thresholds are not valid: {e}")))?;
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the thresholds were not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let mut all = read(&tx)
        .map_err(|m| StoreError::damaged(path, m))?
        .kri_thresholds;
    let old = *all.get(kri);
    if &old == t {
        return Err(StoreError::refused(path, "the thresholds did not change"));
    }
    all.set(kri, *t);
    register::write_thresholds(&tx, &all).map_err(fail)?;
    let detail = format!("{} → {}", words(&old), words(t));
    register::log(&tx, stamp, KRI_THRESHOLDS_CHANGED, kri.key(), &detail).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// Sets the watchlist's thresholds (clamped to their meaningful ranges first).
pub fn save_watch_thresholds(
    path: &Path,
    t: &Thresholds,
    stamp: &Stamp<'_>,
) -> Result<(), StoreError> {
    need_reason(path, stamp, "the watchlist thresholds are changed")?;
    let t = t.clamped();
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the watchlist thresholds were not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let old = read(&tx)
        .map_err(|m| StoreError::damaged(path, m))?
        .watch_thresholds;
    let detail = format!(
        "utilisation {} → {}, growth {} → {} over {} → {} months, new accounts {} → {} months, collections call from {} → {}, kept share {} → {}",
        old.utilisation,
        t.utilisation,
        old.growth,
        t.growth,
        old.growth_months,
        t.growth_months,
        old.new_months,
        t.new_months,
        old.call_from,
        t.call_from,
        old.keep_share,
        t.keep_share
    );
    register::write_watch(&tx, &t).map_err(fail)?;
    register::log(&tx, stamp, WATCH_THRESHOLDS_CHANGED, "watchlist", &detail).map_err(fail)?;
    tx.commit().map_err(fail)
}
