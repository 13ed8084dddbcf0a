//! Saved policies and the champion (the policy in force). Every save and every change
//! of champion writes an audit entry in the same transaction.

use crate::store::error::Fault;
use rusqlite::{Connection, OptionalExtension, params};

use super::audit::{self, NewEntry};
use crate::domain::policy::Policy;

#[derive(Clone, Debug, PartialEq)]
pub struct SavedPolicy {
    pub id: i64,
    /// 1 for the first save of a name, n + 1 for each save after.
    pub version: i64,
    pub policy: Policy,
    pub created_at: String,
    pub created_by: String,
    pub reason: String,
    pub is_champion: bool,
}

/// Every saved policy, oldest first. A body that is not a valid policy is an error.
pub(crate) fn list(conn: &Connection) -> Result<Vec<SavedPolicy>, Fault> {
    let sql = |e: rusqlite::Error| format!("cannot read policies: {e}");
    let mut st = conn
        .prepare(
            "SELECT id, name, body, created_at, created_by, reason, is_champion, version
             FROM policies ORDER BY id",
        )
        .map_err(sql)?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, i64>(7)?,
            ))
        })
        .map_err(sql)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, body, created_at, created_by, reason, champ, version) = row.map_err(sql)?;
        let mut policy: Policy = serde_json::from_str(&body)
            .map_err(|e| format!("saved policy {name:?} is not a valid policy: {e}"))?;
        policy
            .validate()
            .map_err(|e| format!("saved policy {name:?}: {e}"))?;
        policy.name = name;
        out.push(SavedPolicy {
            id,
            version,
            policy,
            created_at,
            created_by,
            reason,
            is_champion: champ != 0,
        });
    }
    Ok(out)
}

/// Saves `policy` as the next version of its name (version 1 for a new name; a saved
/// policy is never changed in place) and logs it.
/// `at` is the time stamp, `user` who saves, `reason` why; `changes` says what differs
/// from the champion. Call inside a transaction; returns the policy's id.
pub fn save(
    conn: &Connection,
    policy: &Policy,
    at: &str,
    user: &str,
    reason: &str,
    changes: &str,
) -> rusqlite::Result<i64> {
    let body = serde_json::to_string(policy).unwrap_or_default();
    let version: i64 = conn.query_row(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM policies WHERE name = ?1",
        [&policy.name],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT INTO policies (name, version, body, created_at, created_by, reason, is_champion)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
        params![policy.name, version, body, at, user, reason],
    )?;
    let id = conn.last_insert_rowid();
    let subject = if version == 1 {
        policy.name.clone()
    } else {
        format!("{} v{version}", policy.name)
    };
    audit::append(
        conn,
        &NewEntry {
            at,
            user,
            action: "policy saved",
            subject: &subject,
            detail: &format!("{changes}\n{body}"),
            reason,
        },
    )?;
    Ok(id)
}

/// Makes the saved policy `id` the champion and logs it. Call inside a transaction.
pub fn set_champion(
    conn: &Connection,
    id: i64,
    at: &str,
    user: &str,
    reason: &str,
) -> rusqlite::Result<()> {
    let name: Option<String> = conn
        .query_row(
            "SELECT name || CASE WHEN version > 1 THEN ' v' || version ELSE '' END
             FROM policies WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(name) = name else {
        return Err(rusqlite::Error::QueryReturnedNoRows);
    };
    let previous: Option<String> = conn
        .query_row(
            "SELECT name || CASE WHEN version > 1 THEN ' v' || version ELSE '' END
             FROM policies WHERE is_champion = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    conn.execute("UPDATE policies SET is_champion = (id = ?1)", [id])?;
    audit::append(
        conn,
        &NewEntry {
            at,
            user,
            action: "champion changed",
            subject: &name,
            detail: &format!(
                "champion {} → {name}",
                previous.as_deref().unwrap_or("(none)")
            ),
            reason,
        },
    )?;
    Ok(())
}
