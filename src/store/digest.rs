//! A digest of a portfolio's table contents (not its bytes): two files with the same
//! rows in every table have the same digest, whatever their page layout.

use std::path::Path;

use rusqlite::types::ValueRef;
use sha2::{Digest, Sha256};

use super::error::StoreError;
use super::open::read_only;

/// Tables and the order their rows are read in.
const TABLES: &[(&str, &str)] = &[
    ("riskdesk_meta", "key"),
    ("applicants", "id"),
    ("applicant_columns", "position"),
    ("applicant_column_data", "name"),
    ("scorecard", "id"),
    ("scorecard_characteristics", "position"),
    ("scorecard_bins", "characteristic, position"),
    ("accounts", "id"),
    ("orders", "id"),
    ("performance", "account_id, months_on_book"),
    ("policies", "id"),
    ("audit_log", "id"),
];

/// SHA-256 (hex) over every table's rows in key order.
pub fn content_digest(path: &Path) -> Result<String, StoreError> {
    let conn = read_only(path)?;
    let mut h = Sha256::new();
    for (table, order) in TABLES {
        h.update(table.as_bytes());
        let mut st = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY {order}"))
            .map_err(|e| StoreError::sqlite(path, "cannot read", e))?;
        let cols = st.column_count();
        let mut rows = st
            .query([])
            .map_err(|e| StoreError::sqlite(path, "cannot read", e))?;
        while let Some(row) = rows
            .next()
            .map_err(|e| StoreError::sqlite(path, "cannot read", e))?
        {
            for c in 0..cols {
                match row.get_ref(c) {
                    Ok(ValueRef::Null) => h.update(b"N"),
                    Ok(ValueRef::Integer(i)) => h.update(format!("I{i}").as_bytes()),
                    Ok(ValueRef::Real(f)) => h.update(format!("R{:x}", f.to_bits()).as_bytes()),
                    Ok(ValueRef::Text(t)) => {
                        h.update(b"T");
                        h.update(t);
                    }
                    Ok(ValueRef::Blob(b)) => {
                        h.update(b"B");
                        h.update(b);
                    }
                    Err(e) => return Err(StoreError::sqlite(path, "cannot read", e)),
                }
                h.update([0x1f]);
            }
            h.update([0x1e]);
        }
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}
