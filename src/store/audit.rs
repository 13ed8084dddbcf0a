//! The audit log: who did what, when and why. Entries are hash-chained: each entry's
//! hash covers its fields and the previous entry's hash, and the newest hash is kept
//! in `riskdesk_meta` (`audit_head`), so an edit, a deletion or a reordering is
//! detected by `verify`.

use crate::store::error::Fault;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub reason: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntry {
    /// The fields its hash covers (besides id and the previous hash).
    fn fields(&self) -> NewEntry<'_> {
        NewEntry {
            at: &self.at,
            user: &self.user,
            action: &self.action,
            subject: &self.subject,
            detail: &self.detail,
            reason: &self.reason,
        }
    }
}

/// What a new entry says (the store fills in id and hashes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NewEntry<'a> {
    pub at: &'a str,
    pub user: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
    pub reason: &'a str,
}

fn entry_hash(prev: &str, id: i64, e: &NewEntry<'_>) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &id.to_string(),
        e.at,
        e.user,
        e.action,
        e.subject,
        e.detail,
        e.reason,
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn head(conn: &Connection) -> rusqlite::Result<String> {
    Ok(conn
        .query_row(
            "SELECT value FROM riskdesk_meta WHERE key = 'audit_head'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .unwrap_or_default())
}

fn set_head(conn: &Connection, hash: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO riskdesk_meta (key, value) VALUES ('audit_head', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![hash],
    )?;
    Ok(())
}

/// Appends an entry. Call inside the transaction of the change it records.
pub(crate) fn append(conn: &Connection, e: &NewEntry<'_>) -> rusqlite::Result<i64> {
    let prev = head(conn)?;
    let id: i64 = conn.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log", [], |r| {
        r.get(0)
    })?;
    let hash = entry_hash(&prev, id, e);
    conn.execute(
        "INSERT INTO audit_log (id, at, user, action, subject, detail, reason, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id, e.at, e.user, e.action, e.subject, e.detail, e.reason, prev, hash
        ],
    )?;
    set_head(conn, &hash)?;
    Ok(id)
}

/// Every entry, oldest first.
pub fn entries(conn: &Connection) -> rusqlite::Result<Vec<AuditEntry>> {
    let mut st = conn.prepare(
        "SELECT id, at, user, action, subject, detail, reason, prev_hash, hash
         FROM audit_log ORDER BY id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(AuditEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            user: r.get(2)?,
            action: r.get(3)?,
            subject: r.get(4)?,
            detail: r.get(5)?,
            reason: r.get(6)?,
            prev_hash: r.get(7)?,
            hash: r.get(8)?,
        })
    })?;
    rows.collect()
}

/// Checks the chain; `Err` names the first entry that does not fit.
pub fn verify(conn: &Connection) -> rusqlite::Result<Result<usize, Fault>> {
    let list = entries(conn)?;
    let mut prev = String::new();
    for e in &list {
        let expect = entry_hash(&prev, e.id, &e.fields());
        if e.prev_hash != prev {
            return Ok(Err(format!(
                "audit entry {} does not follow the one before it (an entry was deleted or reordered)",
                e.id
            ).into()));
        }
        if e.hash != expect {
            return Ok(Err(format!(
                "audit entry {} was changed after it was written",
                e.id
            )
            .into()));
        }
        prev = e.hash.clone();
    }
    if head(conn)? != prev {
        return Ok(Err(
            "the newest audit entries were deleted (the log ends before its recorded head)".into(),
        ));
    }
    Ok(Ok(list.len()))
}

/// Recomputes every hash (only for the migration that introduces the chain).
pub(crate) fn rehash_all(conn: &Connection) -> rusqlite::Result<()> {
    let list = entries(conn)?;
    let mut prev = String::new();
    for e in &list {
        let hash = entry_hash(&prev, e.id, &e.fields());
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?1, hash = ?2 WHERE id = ?3",
            params![prev, hash, e.id],
        )?;
        prev = hash;
    }
    set_head(conn, &prev)
}
