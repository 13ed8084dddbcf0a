//! The audit log: who did what, when and why. Entries are hash-chained: each entry's
//! hash covers its fields and the previous entry's hash, and the newest hash is kept
//! in `riskdesk_meta` (`audit_head`), so an edit, a deletion or a reordering is
//! detected by `verify`.

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

/// The action of the entry that the v1 → v2 upgrade writes: the entries before it
/// were written before the chain existed.
pub const CHAIN_STARTED: &str = "audit chain started";

/// What the check of the chain found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainCheck {
    /// Entries in the log.
    pub entries: usize,
    /// The hash of the newest entry as recorded in the file (`riskdesk_meta`): the
    /// anchor an officer writes down outside the file.
    pub head: String,
    /// The first entry that does not fit, and how.
    pub broken: Option<Break>,
    /// Entries up to this id were written before the chain existed (a file upgraded
    /// from schema version 1): chained as found, not protected before.
    pub unprotected_through: Option<i64>,
}

/// Where and how the chain breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Break {
    /// The entry at which the chain stops fitting (for a deletion at the end, the
    /// id the next entry would have).
    pub entry: i64,
    pub how: BreakKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakKind {
    /// Its fields were changed after it was written.
    Edited,
    /// An entry before it is missing.
    Deleted,
    /// It does not follow the entry before it, whose hash it names later in the log.
    Reordered,
    /// The newest entries are missing (the log ends before its recorded head).
    NewestDeleted,
}

impl Break {
    /// For people: "audit entry 3 was edited after it was written".
    pub fn describe(&self) -> String {
        match self.how {
            BreakKind::Edited => {
                format!("audit entry {} was edited after it was written", self.entry)
            }
            BreakKind::Deleted => format!(
                "audit entry {} does not follow the one before it: an entry before it was deleted",
                self.entry
            ),
            BreakKind::Reordered => format!(
                "audit entry {} does not follow the one before it: entries were reordered",
                self.entry
            ),
            BreakKind::NewestDeleted => format!(
                "the newest audit entries were deleted (the log ends before its recorded head, at entry {})",
                self.entry - 1
            ),
        }
    }
}

/// Whether an anchor recorded earlier is still in the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The hash is that of an entry of the intact chain; this many entries follow it.
    Found { entry: i64, following: usize },
    /// No entry has that hash: the chain was forged or rolled back.
    Missing,
}

impl ChainCheck {
    pub fn intact(&self) -> bool {
        self.broken.is_none()
    }
}

/// Checks the chain from the first entry: each entry's hash over its fields and the
/// previous hash, each entry naming the previous hash, and the recorded head.
pub fn verify(conn: &Connection) -> rusqlite::Result<ChainCheck> {
    let list = entries(conn)?;
    let head = head(conn)?;
    let unprotected_through = list
        .iter()
        .find(|e| e.action == CHAIN_STARTED)
        .map(|e| e.id - 1)
        .filter(|&n| n > 0);
    let mut check = ChainCheck {
        entries: list.len(),
        head: head.clone(),
        broken: None,
        unprotected_through,
    };
    let mut prev = String::new();
    let mut prev_id = 0;
    for (k, e) in list.iter().enumerate() {
        if e.prev_hash != prev {
            let how = if e.id != prev_id + 1 {
                BreakKind::Deleted
            } else if list[k + 1..].iter().any(|later| later.hash == e.prev_hash) {
                BreakKind::Reordered
            } else {
                BreakKind::Edited
            };
            check.broken = Some(Break { entry: e.id, how });
            return Ok(check);
        }
        if e.hash != entry_hash(&prev, e.id, &e.fields()) {
            check.broken = Some(Break {
                entry: e.id,
                how: BreakKind::Edited,
            });
            return Ok(check);
        }
        prev = e.hash.clone();
        prev_id = e.id;
    }
    if head != prev {
        check.broken = Some(Break {
            entry: prev_id + 1,
            how: BreakKind::NewestDeleted,
        });
    }
    Ok(check)
}

/// Whether `anchor` (a head recorded earlier) is the hash of an entry of the log, and
/// how many entries follow it. Meaningful only on an intact chain.
pub fn find_anchor(conn: &Connection, anchor: &str) -> rusqlite::Result<Anchor> {
    let list = entries(conn)?;
    let anchor = anchor.trim().to_ascii_lowercase();
    Ok(match list.iter().position(|e| e.hash == anchor) {
        Some(k) => Anchor::Found {
            entry: list[k].id,
            following: list.len() - k - 1,
        },
        None => Anchor::Missing,
    })
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

/// The audit log of the portfolio file at `path` and the check of its chain, read
/// without loading the portfolio (`riskdesk audit`, the workbench).
pub fn read(path: &std::path::Path) -> Result<(Vec<AuditEntry>, ChainCheck), super::StoreError> {
    super::check::check_file(path)?;
    let conn = super::open::read_only(path)?;
    let fail = |e| super::StoreError::sqlite(path, "cannot read the audit log", e);
    let list = entries(&conn).map_err(fail)?;
    let check = verify(&conn).map_err(fail)?;
    Ok((list, check))
}
