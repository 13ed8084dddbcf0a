//! The characteristic registry of a file and an import's own columns
//! (`applicant_columns`, `applicant_column_data`, schema version 6). A file with no
//! registry rows has the standard registry (every generated portfolio).

use rusqlite::{Connection, params};

use super::error::Fault;
use crate::domain::portfolio::ExtraValues;
use crate::domain::portfolio::extra::MISSING_CODE;
use crate::domain::portfolio::registry::{Entry, Registry, Role, Source};
use crate::domain::scorecard::Kind;

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Numeric => "numeric",
        Kind::Categorical => "categorical",
    }
}

/// Writes `registry` and the values of its extra columns (`extra[k]` for
/// `Source::Extra(k)`, in applicant id order). Inside the caller's transaction.
pub(crate) fn write(
    conn: &Connection,
    registry: &Registry,
    extra: &[ExtraValues],
) -> rusqlite::Result<()> {
    let mut col = conn.prepare(
        "INSERT INTO applicant_columns (position, name, label, role, kind, source, categories)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut data =
        conn.prepare("INSERT INTO applicant_column_data (name, rows, data) VALUES (?1, ?2, ?3)")?;
    for (position, e) in registry.entries().iter().enumerate() {
        let values = match e.source {
            Source::Extra(k) => extra.get(k as usize),
            _ => None,
        };
        let categories = match values {
            Some(ExtraValues::Categorical { labels, .. }) => {
                Some(serde_json::to_string(labels).unwrap_or_else(|_| "[]".into()))
            }
            _ => None,
        };
        col.execute(params![
            position as i64,
            e.name,
            e.label,
            e.role.as_str(),
            kind_name(e.kind),
            e.source.as_str(),
            categories
        ])?;
        if let Some(v) = values {
            let bytes: Vec<u8> = match v {
                ExtraValues::Numeric(x) => x.iter().flat_map(|f| f.to_le_bytes()).collect(),
                ExtraValues::Categorical { codes, .. } => {
                    codes.iter().flat_map(|c| c.to_le_bytes()).collect()
                }
            };
            data.execute(params![e.name, v.len() as i64, bytes])?;
        }
    }
    Ok(())
}

fn sql(e: rusqlite::Error) -> Fault {
    format!("cannot read the applicant columns: {e}").into()
}

/// The file's registry and extra columns, or `None` for the standard registry.
/// `rows` is the number of applicants: every extra column must hold that many.
pub(crate) fn read(
    conn: &Connection,
    rows: usize,
) -> Result<Option<(Registry, Vec<ExtraValues>)>, Fault> {
    let mut st = conn
        .prepare(
            "SELECT c.name, c.label, c.role, c.kind, c.source, c.categories, d.rows, d.data
             FROM applicant_columns c LEFT JOIN applicant_column_data d ON d.name = c.name
             ORDER BY c.position",
        )
        .map_err(sql)?;
    let mut q = st.query([]).map_err(sql)?;
    let mut entries = Vec::new();
    let mut extra = Vec::new();
    while let Some(r) = q.next().map_err(sql)? {
        let name: String = r.get(0).map_err(sql)?;
        let bad = |what: String| -> Fault {
            format!("applicant_columns: the column {name:?} {what}").into()
        };
        let label: String = r.get(1).map_err(sql)?;
        let role: String = r.get(2).map_err(sql)?;
        let role =
            Role::parse(&role).ok_or_else(|| bad(format!("has the unknown role {role:?}")))?;
        let kind: String = r.get(3).map_err(sql)?;
        let kind = match kind.as_str() {
            "numeric" => Kind::Numeric,
            "categorical" => Kind::Categorical,
            other => return Err(bad(format!("has the unknown kind {other:?}"))),
        };
        let source: String = r.get(4).map_err(sql)?;
        let source = if source == "extra" {
            let n: Option<i64> = r.get(6).map_err(sql)?;
            let data: Option<Vec<u8>> = r.get(7).map_err(sql)?;
            let (Some(n), Some(data)) = (n, data) else {
                return Err(bad("has no values in applicant_column_data".into()));
            };
            if n != rows as i64 {
                return Err(bad(format!("holds {n} values for {rows} applicants")));
            }
            let values = match kind {
                Kind::Numeric => {
                    if data.len() != rows * 8 {
                        return Err(bad(format!("has {} bytes for {rows} numbers", data.len())));
                    }
                    ExtraValues::Numeric(
                        data.chunks_exact(8)
                            .map(|b| {
                                f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
                            })
                            .collect(),
                    )
                }
                Kind::Categorical => {
                    let labels: Option<String> = r.get(5).map_err(sql)?;
                    let labels: Vec<String> =
                        serde_json::from_str(labels.as_deref().unwrap_or("[]")).map_err(|e| {
                            bad(format!("has categories that are not a JSON list: {e}"))
                        })?;
                    if data.len() != rows * 4 {
                        return Err(bad(format!("has {} bytes for {rows} codes", data.len())));
                    }
                    let codes: Vec<u32> = data
                        .chunks_exact(4)
                        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                        .collect();
                    if let Some(c) = codes
                        .iter()
                        .find(|&&c| c != MISSING_CODE && c as usize >= labels.len())
                    {
                        return Err(bad(format!(
                            "has the code {c} for {} categories",
                            labels.len()
                        )));
                    }
                    ExtraValues::Categorical { codes, labels }
                }
            };
            extra.push(values);
            Source::Extra((extra.len() - 1) as u16)
        } else {
            Source::standard(&source)
                .ok_or_else(|| bad(format!("is read from the unknown source {source:?}")))?
        };
        entries.push(Entry {
            name,
            label,
            role,
            kind,
            source,
        });
    }
    if entries.is_empty() {
        return Ok(None);
    }
    let registry =
        Registry::new(entries).map_err(|e| Fault::from(format!("applicant_columns: {e}")))?;
    Ok(Some((registry, extra)))
}
