//! Reading one cell with a check: a message naming table, column and row id for a
//! NULL where a value is required, text where a number is expected, or a value out
//! of range.

use crate::store::error::Fault;
use rusqlite::Row;
use rusqlite::types::ValueRef;

/// Where a cell is, for messages.
pub(crate) struct At<'a> {
    pub table: &'a str,
    pub id: i64,
}

fn describe(v: ValueRef<'_>) -> &'static str {
    match v {
        ValueRef::Null => "NULL",
        ValueRef::Integer(_) => "an integer",
        ValueRef::Real(_) => "a number",
        ValueRef::Text(_) => "text",
        ValueRef::Blob(_) => "binary data",
    }
}

/// A number in `[lo, hi]`; NaN for NULL when `optional`. Read for every cell of a
/// load, so the messages are made apart (`#[cold]`), off the hot path.
#[inline]
pub(crate) fn num(
    row: &Row<'_>,
    idx: usize,
    col: &str,
    at: &At<'_>,
    optional: bool,
    lo: f64,
    hi: f64,
) -> Result<f64, Fault> {
    let v = row.get_ref(idx).map_err(|e| unreadable(at, col, e))?;
    let x = match v {
        ValueRef::Integer(i) => i as f64,
        ValueRef::Real(f) => f,
        ValueRef::Null if optional => return Ok(f64::NAN),
        other => return Err(wrong_kind(at, col, other, "a number")),
    };
    if !(x >= lo && x <= hi) {
        return Err(out_of_range(at, col, x, lo, hi));
    }
    Ok(x)
}

/// Required text.
#[inline]
pub(crate) fn text<'r>(
    row: &'r Row<'_>,
    idx: usize,
    col: &str,
    at: &At<'_>,
) -> Result<&'r str, Fault> {
    let v = row.get_ref(idx).map_err(|e| unreadable(at, col, e))?;
    match v {
        ValueRef::Text(b) => std::str::from_utf8(b).map_err(|_| not_utf8(at, col)),
        other => Err(wrong_kind(at, col, other, "text")),
    }
}

/// Optional text: `None` for NULL.
#[inline]
pub(crate) fn opt_text<'r>(
    row: &'r Row<'_>,
    idx: usize,
    col: &str,
    at: &At<'_>,
) -> Result<Option<&'r str>, Fault> {
    match row.get_ref(idx).map_err(|e| unreadable(at, col, e))? {
        ValueRef::Null => Ok(None),
        _ => text(row, idx, col, at).map(Some),
    }
}

#[cold]
fn unreadable(at: &At<'_>, col: &str, e: rusqlite::Error) -> Fault {
    format!("{}.{col}: {e}", at.table).into()
}

#[cold]
fn wrong_kind(at: &At<'_>, col: &str, v: ValueRef<'_>, required: &str) -> Fault {
    format!(
        "{}.{col} of id {} is {}, {required} is required",
        at.table,
        at.id,
        describe(v)
    )
    .into()
}

#[cold]
fn out_of_range(at: &At<'_>, col: &str, x: f64, lo: f64, hi: f64) -> Fault {
    format!(
        "{}.{col} of id {} is {x}, out of range ({lo}–{hi})",
        at.table, at.id
    )
    .into()
}

#[cold]
fn not_utf8(at: &At<'_>, col: &str) -> Fault {
    format!("{}.{col} of id {} is not valid UTF-8 text", at.table, at.id).into()
}

/// The id in column `idx`: a required integer.
pub(crate) fn id(row: &Row<'_>, idx: usize, table: &str, after: Option<i64>) -> Result<i64, Fault> {
    let v = row.get_ref(idx).map_err(|e| format!("{table}.id: {e}"))?;
    match v {
        ValueRef::Integer(i) => Ok(i),
        other => Err(format!(
            "{table} has a row whose id is {}{}",
            describe(other),
            after
                .map(|a| format!(" (after id {a})"))
                .unwrap_or_default()
        )
        .into()),
    }
}
