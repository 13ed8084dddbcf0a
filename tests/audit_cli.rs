//! The audit log checked where people look: `audit verify` (with an anchor),
//! `audit export`, and `report`'s warning and JSON, on copies of sample.db.

mod common;

use std::path::{Path, PathBuf};

use common::riskdesk;
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

fn copy(dir: &Path) -> PathBuf {
    let db = dir.join("P.db");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"), &db).unwrap();
    db
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The head printed by `audit verify`.
fn head_of(db: &Path) -> String {
    let (code, out, err) = riskdesk(&["audit", "verify", "--db", s(db)]);
    assert_eq!(code, 0, "{err}");
    out.trim().rsplit(' ').next().unwrap().to_string()
}

/// Recomputes every hash and the head, as someone with SQLite and the published
/// scheme would (SHA-256 over the previous hash, the id and the fields, each followed
/// by 0x1f).
fn forge_chain(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let rows: Vec<(i64, Vec<String>)> = conn
        .prepare("SELECT id, at, user, action, subject, detail, reason FROM audit_log ORDER BY id")
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                (1..7)
                    .map(|k| r.get::<_, String>(k))
                    .collect::<Result<_, _>>()?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = String::new();
    for (id, fields) in rows {
        let mut h = Sha256::new();
        for part in std::iter::once(prev.clone())
            .chain(std::iter::once(id.to_string()))
            .chain(fields)
        {
            h.update(part.as_bytes());
            h.update([0x1f]);
        }
        let hash: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?1, hash = ?2 WHERE id = ?3",
            params![prev, hash, id],
        )
        .unwrap();
        prev = hash;
    }
    conn.execute(
        "UPDATE riskdesk_meta SET value = ?1 WHERE key = 'audit_head'",
        params![prev],
    )
    .unwrap();
}

#[test]
fn an_intact_log_verifies_and_an_anchor_is_found() {
    let dir = common::temp_dir("audit-intact");
    let db = copy(&dir);
    let head = head_of(&db);
    assert_eq!(head.len(), 64);
    let (code, out, err) = riskdesk(&["audit", "verify", "--db", s(&db), "--head", &head]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("intact: 3 entries"), "{out}");
    assert!(out.contains("is entry 3; 0 entries follow it"), "{out}");
    let (code, out, err) = riskdesk(&["report", "--db", s(&db), "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["audit"]["entries"], 3);
    assert_eq!(r["audit"]["intact"], true);
    assert!(r["audit"]["first_broken"].is_null());
    assert_eq!(r["audit"]["head"], head.as_str());
}

#[test]
fn an_edited_deleted_or_reordered_entry_is_reported_everywhere() {
    let dir = common::temp_dir("audit-broken");
    for (sql, words, first) in [
        (
            "UPDATE audit_log SET reason = 'nothing happened' WHERE id = 1",
            "entry 1 was edited",
            1,
        ),
        (
            "DELETE FROM audit_log WHERE id = 1",
            "an entry before it was deleted",
            2,
        ),
        (
            "UPDATE audit_log SET id = 99 WHERE id = 1; UPDATE audit_log SET id = 1 WHERE id = 2;
             UPDATE audit_log SET id = 2 WHERE id = 99;",
            "reordered",
            1,
        ),
    ] {
        let db = copy(&dir);
        Connection::open(&db).unwrap().execute_batch(sql).unwrap();
        let (code, _, err) = riskdesk(&["audit", "verify", "--db", s(&db)]);
        assert_eq!(code, 3, "{sql}: {err}");
        assert!(
            err.contains("NOT intact") && err.contains(words),
            "{sql}: {err}"
        );
        // The report still answers, warns on stderr and says it in its JSON.
        let (code, out, err) = riskdesk(&["report", "--db", s(&db), "--json"]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("warning") && err.contains(words), "{err}");
        let r: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(r["audit"]["intact"], false);
        assert_eq!(r["audit"]["first_broken"], first, "{sql}");
        std::fs::remove_file(&db).unwrap();
    }
}

#[test]
fn a_reforged_chain_is_caught_by_the_anchor() {
    let dir = common::temp_dir("audit-forged");
    let db = copy(&dir);
    let anchor = head_of(&db);
    Connection::open(&db)
        .unwrap()
        .execute("UPDATE audit_log SET reason = 'rewritten' WHERE id = 1", [])
        .unwrap();
    forge_chain(&db);
    // The chain alone cannot see it...
    let (code, out, _) = riskdesk(&["audit", "verify", "--db", s(&db)]);
    assert_eq!(code, 0);
    assert!(out.contains("intact"), "{out}");
    // ...the anchor recorded before can.
    let (code, _, err) = riskdesk(&["audit", "verify", "--db", s(&db), "--head", &anchor]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("no audit entry has the hash"), "{err}");
}

#[test]
fn an_anchor_still_verifies_after_the_log_grew() {
    let dir = common::temp_dir("audit-grow");
    let db = copy(&dir);
    let anchor = head_of(&db);
    let policy = dir.join("tight.json");
    std::fs::write(&policy, r#"{"name": "Tight", "cutoff": 600}"#).unwrap();
    // A save through the workbench appends an entry.
    let opened = riskdesk::store::open(&db).unwrap();
    let mut wb = riskdesk::workbench::Workbench::from_opened(opened, None);
    let tight = riskdesk::domain::policy::Policy {
        name: "Tight".into(),
        cutoff: 600,
        ..wb.champion.policy.clone()
    };
    wb.save_policy(&tight, "trying a tighter cut-off").unwrap();
    assert!(wb.audit_check.as_ref().unwrap().intact());
    let (code, out, err) = riskdesk(&["audit", "verify", "--db", s(&db), "--head", &anchor]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 entries follow it"), "{out}");
}

#[test]
fn the_log_is_exported_as_csv_under_the_output_rule() {
    let dir = common::temp_dir("audit-export");
    let db = copy(&dir);
    let out = dir.join("log.csv");
    let (code, stdout, err) = riskdesk(&["audit", "export", "--db", s(&db), "--out", s(&out)]);
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.contains("wrote 3 audit entries") && stdout.contains("intact"),
        "{stdout}"
    );
    // A byte-order mark first, for Excel on a Chinese Windows; CSV readers skip it.
    assert!(
        std::fs::read(&out)
            .unwrap()
            .starts_with("\u{feff}id,".as_bytes())
    );
    let mut r = csv::Reader::from_path(&out).unwrap();
    assert_eq!(
        r.headers().unwrap(),
        vec![
            "id",
            "at",
            "user",
            "action",
            "subject",
            "detail",
            "reason",
            "prev_hash",
            "hash"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[1][3], "champion changed");
    assert_eq!(&rows[2][3], "risk register created");
    assert_eq!(&rows[2][8], head_of(&db));
    let (code, _, err) = riskdesk(&["audit", "export", "--db", s(&db), "--out", s(&out)]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = riskdesk(&[
        "audit",
        "export",
        "--db",
        s(&db),
        "--out",
        s(&db),
        "--force",
    ]);
    assert_eq!(code, 2, "{err}");
}
