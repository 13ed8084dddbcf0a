//! Saved stress scenarios (schema version 8): versions by name, like policies. A save
//! under a name already saved adds version n + 1; nothing is changed in place. Each
//! save is one transaction with its audit entry.

use std::path::Path;

use rusqlite::{Connection, params};

use super::error::StoreError;
use super::write::{Stamp, open_rw};
use crate::domain::stress::Scenario;

/// The audit action of a saved scenario.
pub const SCENARIO_SAVED: &str = "scenario saved";

/// A scenario as saved.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedScenario {
    pub id: i64,
    pub version: i64,
    pub scenario: Scenario,
}

/// Every saved scenario, by name then version. A body that is not a valid scenario is
/// a damaged file, said in words.
pub fn list(conn: &Connection) -> Result<Vec<SavedScenario>, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let mut st = conn
        .prepare("SELECT id, name, version, body FROM scenarios ORDER BY name, version")
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(sql)? {
        let (id, name, version, body): (i64, String, i64, String) = (
            r.get(0).map_err(sql)?,
            r.get(1).map_err(sql)?,
            r.get(2).map_err(sql)?,
            r.get(3).map_err(sql)?,
        );
        let mut scenario: Scenario = serde_json::from_str(&body)
            .map_err(|e| format!("saved scenario {name} v{version} cannot be read: {e}"))?;
        scenario
            .check()
            .map_err(|e| format!("saved scenario {name} v{version}: {e}"))?;
        scenario.name = name;
        out.push(SavedScenario {
            id,
            version,
            scenario,
        });
    }
    Ok(out)
}

/// Saves `scenario` under its name (a new version if the name is taken), with its
/// audit entry. Refused without a reason, a name, or with shocks out of range.
pub fn save(path: &Path, scenario: &Scenario, stamp: &Stamp<'_>) -> Result<i64, StoreError> {
    let name = scenario.name.trim();
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "a scenario is saved only with a reason",
        ));
    }
    if name.is_empty() {
        return Err(StoreError::refused(
            path,
            "a scenario needs a name to be saved",
        ));
    }
    scenario
        .check()
        .map_err(|e| StoreError::refused(path, format!("the scenario is not valid: {e}")))?;
    let body = serde_json::to_string(scenario)
        .map_err(|e| StoreError::refused(path, format!("the scenario cannot be written: {e}")))?;
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the scenario was not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let version: i64 = tx
        .query_row(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM scenarios WHERE name = ?1",
            params![name],
            |r| r.get(0),
        )
        .map_err(fail)?;
    tx.execute(
        "INSERT INTO scenarios (name, version, body, created_at, created_by, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            name,
            version,
            body,
            stamp.at,
            stamp.user,
            stamp.reason.trim()
        ],
    )
    .map_err(fail)?;
    let id = tx.last_insert_rowid();
    let subject = format!("{name} v{version}");
    super::audit::append(
        &tx,
        &super::audit::NewEntry {
            at: stamp.at,
            user: stamp.user,
            action: SCENARIO_SAVED,
            subject: &subject,
            detail: &body,
            reason: stamp.reason.trim(),
        },
    )
    .map_err(fail)?;
    tx.commit().map_err(fail)?;
    Ok(id)
}
