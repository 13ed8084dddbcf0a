//! Checks of a file someone opened, before anything is read from it: that it exists,
//! is an SQLite database, is a Riskdesk portfolio of a version this build reads, and
//! has every table and column.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::error::StoreError;
use super::schema::{CURRENT_VERSION, REQUIRED};

/// The first 16 bytes of every SQLite 3 database.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Checks the bytes of the file: present, not empty, an SQLite database.
pub(crate) fn check_file(path: &Path) -> Result<(), StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        StoreError::unreadable(
            path,
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                _ => format!("cannot be read: {e}"),
            },
        )
    })?;
    if meta.is_dir() {
        return Err(StoreError::unreadable(
            path,
            "is a folder, not a portfolio file",
        ));
    }
    if meta.len() == 0 {
        return Err(StoreError::unreadable(
            path,
            "is empty (0 bytes), not a Riskdesk portfolio",
        ));
    }
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path)
        .map_err(|e| StoreError::unreadable(path, format!("cannot be opened: {e}")))?;
    let n = f
        .read(&mut head)
        .map_err(|e| StoreError::unreadable(path, format!("cannot be read: {e}")))?;
    if n < 16 || &head != SQLITE_HEADER {
        return Err(StoreError::not_a_portfolio(
            path,
            "is not an SQLite database (it does not start with the SQLite header); a Riskdesk portfolio is an SQLite file",
        ));
    }
    Ok(())
}

/// Names of the tables of a database.
pub(crate) fn tables(path: &Path, conn: &Connection) -> Result<HashSet<String>, StoreError> {
    let mut st = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .map_err(|e| StoreError::sqlite(path, "cannot be read as an SQLite database", e))?;
    let names = st
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<Result<HashSet<_>, _>>())
        .map_err(|e| StoreError::sqlite(path, "cannot be read as an SQLite database", e))?;
    Ok(names)
}

/// The schema version the file declares; `Err` if it is not a portfolio at all.
pub(crate) fn schema_version(path: &Path, conn: &Connection) -> Result<i64, StoreError> {
    let names = tables(path, conn)?;
    if !names.contains("riskdesk_meta") {
        return Err(StoreError::not_a_portfolio(
            path,
            "is an SQLite database but not a Riskdesk portfolio (it has no riskdesk_meta table)",
        ));
    }
    let text: Option<String> = conn
        .query_row(
            "SELECT CAST(value AS TEXT) FROM riskdesk_meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| StoreError::sqlite(path, "cannot read riskdesk_meta", e))?;
    let Some(text) = text else {
        return Err(StoreError::not_a_portfolio(
            path,
            "riskdesk_meta has no schema_version: not a Riskdesk portfolio",
        ));
    };
    let v: i64 = text.trim().parse().map_err(|_| {
        StoreError::not_a_portfolio(
            path,
            format!("riskdesk_meta.schema_version is {text:?}, not a number"),
        )
    })?;
    if v > CURRENT_VERSION {
        return Err(StoreError::version(
            path,
            format!(
                "was written by a newer Riskdesk (schema version {v}; this build reads versions 1 to {CURRENT_VERSION}). Open it with a newer Riskdesk."
            ),
        ));
    }
    if v < 1 {
        return Err(StoreError::version(
            path,
            format!("declares schema version {v}, which never existed"),
        ));
    }
    Ok(v)
}

/// Every required table and column is there.
pub(crate) fn check_structure(path: &Path, conn: &Connection) -> Result<(), StoreError> {
    let names = tables(path, conn)?;
    for (table, columns) in REQUIRED {
        if !names.contains(*table) {
            return Err(StoreError::not_a_portfolio(
                path,
                format!("is missing the table {table}"),
            ));
        }
        let mut st = conn
            .prepare(&format!("PRAGMA table_info(\"{table}\")"))
            .map_err(|e| StoreError::sqlite(path, &format!("cannot read table {table}"), e))?;
        let have = st
            .query_map([], |r| r.get::<_, String>(1))
            .and_then(|rows| rows.collect::<Result<HashSet<_>, _>>())
            .map_err(|e| StoreError::sqlite(path, &format!("cannot read table {table}"), e))?;
        for col in *columns {
            if !have.contains(*col) {
                return Err(StoreError::not_a_portfolio(
                    path,
                    format!("table {table} is missing the column {col}"),
                ));
            }
        }
    }
    Ok(())
}
