//! The risk register, the KRI thresholds and the watchlist's thresholds in the file
//! (schema version 7): reading them, and writing each change with its audit entry in
//! one transaction.

use rusqlite::{Connection, OptionalExtension, params};

use super::audit::{self, NewEntry};
use crate::domain::analytics::kri::{Kri, KriThresholds, Threshold};
use crate::domain::analytics::watchlist::Thresholds;
use crate::domain::register::{ActionPlan, Category, RatingBands, Register, Risk, RiskStatus};

/// The settings' keys in `riskdesk_meta` (JSON values).
const BANDS_KEY: &str = "rating_bands";
const WATCH_KEY: &str = "watchlist_thresholds";

/// The register, the KRI thresholds and the watchlist thresholds of a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Governance {
    pub register: Register,
    pub kri_thresholds: KriThresholds,
    pub watch_thresholds: Thresholds,
    /// Saved stress scenarios, by name then version.
    pub scenarios: Vec<super::scenarios::SavedScenario>,
}

fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT value FROM riskdesk_meta WHERE key = ?1",
        params![key],
        |r| r.get(0),
    )
    .optional()
}

fn set_meta(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO riskdesk_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Reads the register and the thresholds. A value the build does not know (a
/// category, a status, a KRI key, a JSON setting) is a damaged file, said in words.
pub fn read(conn: &Connection) -> Result<Governance, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let mut risks = Vec::new();
    let mut st = conn
        .prepare(
            "SELECT id, category, title, description, owner, likelihood, impact, controls,
                    residual_likelihood, residual_impact, target_rating, kris, review_date, status
             FROM risks ORDER BY id",
        )
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        let id: String = r.get(0).map_err(sql)?;
        let text = |k: usize| r.get::<_, String>(k).map_err(sql);
        let small = |k: usize| -> Result<u8, String> {
            let v: i64 = r.get(k).map_err(sql)?;
            u8::try_from(v).map_err(|_| format!("risk {id}: {v} is not a rating"))
        };
        let category = text(1)?;
        let status = text(13)?;
        let kris = text(11)?
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(|k| Kri::from_key(k).ok_or_else(|| format!("risk {id}: unknown KRI \"{k}\"")))
            .collect::<Result<Vec<_>, _>>()?;
        risks.push(Risk {
            category: Category::from_key(&category)
                .ok_or_else(|| format!("risk {id}: unknown category \"{category}\""))?,
            title: text(2)?,
            description: text(3)?,
            owner: text(4)?,
            likelihood: small(5)?,
            impact: small(6)?,
            controls: text(7)?,
            residual_likelihood: small(8)?,
            residual_impact: small(9)?,
            target_rating: small(10)?,
            kris,
            review_date: text(12)?,
            status: RiskStatus::from_key(&status)
                .ok_or_else(|| format!("risk {id}: unknown status \"{status}\""))?,
            actions: Vec::new(),
            id,
        });
    }
    let mut st = conn
        .prepare(
            "SELECT risk_id, action, owner, due_date, done FROM risk_actions
             ORDER BY risk_id, position",
        )
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        let id: String = r.get(0).map_err(sql)?;
        let plan = ActionPlan {
            action: r.get(1).map_err(sql)?,
            owner: r.get(2).map_err(sql)?,
            due: r.get(3).map_err(sql)?,
            done: r.get::<_, i64>(4).map_err(sql)? != 0,
        };
        if let Some(risk) = risks.iter_mut().find(|x| x.id == id) {
            risk.actions.push(plan);
        }
    }
    let bands = match meta(conn, BANDS_KEY).map_err(sql)? {
        Some(json) => serde_json::from_str::<RatingBands>(&json)
            .ok()
            .filter(RatingBands::is_valid)
            .ok_or_else(|| format!("the rating bands \"{json}\" cannot be read"))?,
        None => RatingBands::default(),
    };
    let watch_thresholds = match meta(conn, WATCH_KEY).map_err(sql)? {
        Some(json) => serde_json::from_str::<Thresholds>(&json)
            .map_err(|e| format!("the watchlist thresholds cannot be read: {e}"))?
            .clamped(),
        None => Thresholds::default(),
    };
    Ok(Governance {
        register: Register { risks, bands },
        kri_thresholds: read_thresholds(conn)?,
        watch_thresholds,
        scenarios: super::scenarios::list(conn)?,
    })
}

fn read_thresholds(conn: &Connection) -> Result<KriThresholds, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let mut out = KriThresholds::default();
    let mut st = conn
        .prepare("SELECT kri, watch_low, watch_high, breach_low, breach_high FROM kri_thresholds")
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        let key: String = r.get(0).map_err(sql)?;
        let v = |k: usize| r.get::<_, Option<f64>>(k).map_err(sql);
        // A key a newer build wrote is kept in the file and not judged here.
        let Some(kri) = Kri::from_key(&key) else {
            continue;
        };
        let t = Threshold::from_sides((v(1)?, v(2)?), (v(3)?, v(4)?))
            .map_err(|e| format!("the thresholds of {key}: {e}"))?;
        out.set(kri, t);
    }
    Ok(out)
}

/// Writes every indicator's thresholds (inside the caller's transaction).
pub(crate) fn write_thresholds(conn: &Connection, t: &KriThresholds) -> rusqlite::Result<()> {
    for k in Kri::ALL {
        let ((wl, wh), (bl, bh)) = t.get(k).watch_and_breach();
        conn.execute(
            "INSERT INTO kri_thresholds (kri, watch_low, watch_high, breach_low, breach_high)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(kri) DO UPDATE SET watch_low = excluded.watch_low,
                 watch_high = excluded.watch_high, breach_low = excluded.breach_low,
                 breach_high = excluded.breach_high",
            params![k.key(), wl, wh, bl, bh],
        )?;
    }
    Ok(())
}

/// Writes `risk` (new or replacing the risk of its id) and its action plans (inside
/// the caller's transaction).
pub(crate) fn write_risk(conn: &Connection, r: &Risk) -> rusqlite::Result<()> {
    let kris: Vec<&str> = r.kris.iter().map(|k| k.key()).collect();
    conn.execute(
        "INSERT INTO risks (id, category, title, description, owner, likelihood, impact,
             controls, residual_likelihood, residual_impact, target_rating, kris, review_date,
             status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT(id) DO UPDATE SET category = excluded.category, title = excluded.title,
             description = excluded.description, owner = excluded.owner,
             likelihood = excluded.likelihood, impact = excluded.impact,
             controls = excluded.controls, residual_likelihood = excluded.residual_likelihood,
             residual_impact = excluded.residual_impact, target_rating = excluded.target_rating,
             kris = excluded.kris, review_date = excluded.review_date, status = excluded.status",
        params![
            r.id,
            r.category.key(),
            r.title,
            r.description,
            r.owner,
            r.likelihood,
            r.impact,
            r.controls,
            r.residual_likelihood,
            r.residual_impact,
            r.target_rating,
            kris.join(","),
            r.review_date,
            r.status.key()
        ],
    )?;
    conn.execute("DELETE FROM risk_actions WHERE risk_id = ?1", params![r.id])?;
    for (k, a) in r.actions.iter().enumerate() {
        conn.execute(
            "INSERT INTO risk_actions (risk_id, position, action, owner, due_date, done)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![r.id, k as i64, a.action, a.owner, a.due, a.done as i64],
        )?;
    }
    Ok(())
}

/// Writes the rating bands (inside the caller's transaction).
pub(crate) fn write_bands(conn: &Connection, b: &RatingBands) -> rusqlite::Result<()> {
    let json =
        serde_json::to_string(b).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    set_meta(conn, BANDS_KEY, &json)
}

/// Writes the watchlist's thresholds (inside the caller's transaction).
pub(crate) fn write_watch(conn: &Connection, t: &Thresholds) -> rusqlite::Result<()> {
    let json =
        serde_json::to_string(t).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    set_meta(conn, WATCH_KEY, &json)
}

/// Appends the audit entry of a register or threshold change (inside the caller's
/// transaction).
pub(crate) fn log(
    conn: &Connection,
    stamp: &super::write::Stamp<'_>,
    action: &str,
    subject: &str,
    detail: &str,
) -> rusqlite::Result<i64> {
    audit::append(
        conn,
        &NewEntry {
            at: stamp.at,
            user: stamp.user,
            action,
            subject,
            detail,
            reason: stamp.reason,
        },
    )
}
