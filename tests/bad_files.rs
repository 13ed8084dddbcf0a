//! Every kind of bad file gives one clear message naming the file and the problem,
//! exit code 2 on the command line, and the file is never modified.

mod common;

use std::path::{Path, PathBuf};

use riskdesk::store;
use rusqlite::Connection;

use common::riskdesk;

/// Opens `path` through the store and the command line; both must fail with `needle`
/// in the message, exit code 2, and leave the bytes of the file unchanged.
fn assert_rejected(path: &Path, needle: &str) {
    let before = std::fs::read(path).ok();
    let err = store::open(path).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains(needle),
        "message {msg:?} should contain {needle:?}"
    );
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    let (code, stdout, stderr) = riskdesk(&["report", "--db", path.to_str().unwrap()]);
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains(needle), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one message: {stderr}");
    assert_eq!(std::fs::read(path).ok(), before, "the file was modified");
}

/// A tiny portfolio file in a temporary folder (gone when the guard is dropped).
fn tiny(name: &str) -> (common::TempDir, PathBuf) {
    let dir = common::temp_dir(name);
    let path = dir.join("p.db");
    common::write_tiny(&path);
    (dir, path)
}

fn exec(path: &Path, sql: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF;").unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn missing_empty_and_not_sqlite() {
    let dir = common::temp_dir("basic");
    assert_rejected(&dir.join("nope.db"), "no such file");
    let empty = dir.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert_rejected(&empty, "is empty (0 bytes)");
    let text = dir.join("notes.db");
    std::fs::write(&text, "id,name\n1,王小明\n").unwrap();
    assert_rejected(&text, "is not an SQLite database");
    assert_rejected(&dir, "is a folder");
}

#[test]
fn sqlite_but_not_a_portfolio() {
    let dir = common::temp_dir("other");
    let path = dir.join("other.db");
    exec(
        &path,
        "CREATE TABLE things (x INTEGER); INSERT INTO things VALUES (1);",
    );
    assert_rejected(&path, "not a Riskdesk portfolio");
}

#[test]
fn newer_version_is_refused() {
    let (_dir, path) = tiny("newer");
    exec(
        &path,
        "UPDATE riskdesk_meta SET value = '99' WHERE key = 'schema_version'",
    );
    assert_rejected(&path, "newer Riskdesk (schema version 99");
}

#[test]
fn missing_table_and_column() {
    let (_dir, path) = tiny("table");
    exec(&path, "DROP TABLE orders");
    assert_rejected(&path, "is missing the table orders");
    let (_dir, path) = tiny("column");
    exec(&path, "ALTER TABLE applicants DROP COLUMN night_share");
    assert_rejected(&path, "table applicants is missing the column night_share");
}

#[test]
fn null_out_of_range_and_wrong_type() {
    let (_dir, path) = tiny("null");
    // A file made by another tool may lack NOT NULL: rebuild the table without it.
    exec(
        &path,
        "CREATE TABLE a2 AS SELECT * FROM applicants; DROP TABLE applicants;
         ALTER TABLE a2 RENAME TO applicants; UPDATE applicants SET age = NULL WHERE id = 3;",
    );
    assert_rejected(
        &path,
        "applicants.age of id 3 is NULL, a number is required",
    );
    let (_dir, path) = tiny("range");
    exec(
        &path,
        "UPDATE applicants SET night_share = 1.5 WHERE id = 2",
    );
    assert_rejected(
        &path,
        "applicants.night_share of id 2 is 1.5, out of range (0–1)",
    );
    let (_dir, path) = tiny("negative");
    exec(
        &path,
        "UPDATE applicants SET monthly_income = -5 WHERE id = 4",
    );
    assert_rejected(
        &path,
        "applicants.monthly_income of id 4 is -5, out of range",
    );
    let (_dir, path) = tiny("type");
    exec(&path, "UPDATE applicants SET age = 'thirty' WHERE id = 1");
    assert_rejected(
        &path,
        "applicants.age of id 1 is text, a number is required",
    );
    let (_dir, path) = tiny("date");
    exec(
        &path,
        "UPDATE applicants SET application_date = '31/12/2025' WHERE id = 5",
    );
    assert_rejected(
        &path,
        "application_date of id 5 is \"31/12/2025\", not a date",
    );
    let (_dir, path) = tiny("bucket");
    exec(
        &path,
        "UPDATE performance SET dpd_bucket = 7 WHERE account_id = 1 AND months_on_book = 2",
    );
    assert_rejected(
        &path,
        "performance.dpd_bucket of id 1 is 7, out of range (0–4)",
    );
}

#[test]
fn duplicate_ids_and_dangling_references() {
    let (_dir, path) = tiny("dup");
    exec(
        &path,
        "CREATE TABLE a2 AS SELECT * FROM applicants; DROP TABLE applicants;
         ALTER TABLE a2 RENAME TO applicants; INSERT INTO applicants SELECT * FROM applicants WHERE id = 6;",
    );
    assert_rejected(&path, "applicants has the id 6 more than once");
    let (_dir, path) = tiny("dangling");
    exec(&path, "UPDATE accounts SET applicant_id = 99 WHERE id = 2");
    assert_rejected(
        &path,
        "account 2 belongs to applicant 99, who is not in the file",
    );
    let (_dir, path) = tiny("gap");
    exec(
        &path,
        "DELETE FROM performance WHERE account_id = 1 AND months_on_book = 4",
    );
    assert_rejected(&path, "performance of account 1 jumps to month on book 5");
    // History of accounts the file does not have, before the first and after the last.
    for (tag, id) in [("orphan-low", 0), ("orphan-high", 9)] {
        let (_dir, path) = tiny(tag);
        exec(
            &path,
            &format!("INSERT INTO performance VALUES ({id}, 1, '2025-07', 10.0, 0)"),
        );
        assert_rejected(
            &path,
            &format!("performance has rows for account {id}, which is not in accounts"),
        );
    }
    // Account 1's 13 month-ends from an opening in 2026-01 would run past 2026-10.
    let (_dir, path) = tiny("future");
    exec(
        &path,
        "UPDATE accounts SET open_date = '2026-01-15' WHERE id = 1",
    );
    assert_rejected(
        &path,
        "performance of account 1 has month on book 10, after the as-of date",
    );
}

#[test]
fn broken_scorecard_and_policy() {
    let (_dir, path) = tiny("card");
    exec(&path, "DELETE FROM scorecard_bins WHERE kind = 'missing'");
    assert_rejected(&path, "the scorecard is not valid");
    let (_dir, path) = tiny("policy");
    exec(&path, "UPDATE policies SET body = '{\"cutoff\": \"high\"}'");
    assert_rejected(&path, "saved policy \"Tiny policy\" is not a valid policy");
}

#[test]
fn bad_policy_file_and_arguments() {
    let (_dir, path) = tiny("policyfile");
    let dir = path.parent().unwrap();
    let pol = dir.join("p.json");
    std::fs::write(&pol, "{\"lgd\": 2}").unwrap();
    let (code, _, err) = riskdesk(&[
        "report",
        "--db",
        path.to_str().unwrap(),
        "--policy",
        pol.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("lgd must be between 0 and 1"), "{err}");
    let (code, _, _) = riskdesk(&["report"]);
    assert_eq!(code, 2);
    let (code, out, _) = riskdesk(&["--help"]);
    assert_eq!(code, 0);
    for cmd in ["generate", "report"] {
        assert!(out.contains(cmd), "{out}");
    }
}

#[test]
fn two_champions_are_refused() {
    let (_dir, path) = tiny("two-champions");
    exec(
        &path,
        "INSERT INTO policies (id, name, body, created_at, created_by, reason, is_champion)
         SELECT 2, 'Second', body, created_at, created_by, reason, 1 FROM policies WHERE id = 1",
    );
    assert_rejected(&path, "the file has 2 policies in force");
}
