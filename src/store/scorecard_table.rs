//! Reading and writing the scorecard in force (tables `scorecard`,
//! `scorecard_characteristics`, `scorecard_bins`, `scorecard_reason_texts`,
//! `scorecard_labels`).

use crate::store::error::Fault;
use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::scorecard::scaling::Scaling;
use crate::domain::scorecard::{
    Bin, BinRule, Characteristic, Kind, LabelText, ReasonText, Scorecard,
};

/// Replaces the scorecard in the file by `card` (call inside a transaction).
pub fn write(conn: &Connection, card: &Scorecard) -> rusqlite::Result<()> {
    // A file older than schema version 4 (being built by a test, or upgraded next)
    // has no reason-text table: a card without texts is written without it.
    let has_texts: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'scorecard_reason_texts'",
        [],
        |r| r.get(0),
    )?;
    if has_texts {
        conn.execute("DELETE FROM scorecard_reason_texts", [])?;
    } else if !card.reason_texts.is_empty() {
        return Err(rusqlite::Error::InvalidParameterName(
            "scorecard_reason_texts: the file predates reason texts (schema version 4)".into(),
        ));
    }
    // Labels in other languages came with schema version 5, on the same terms.
    if has_table(conn, "scorecard_labels")? {
        conn.execute("DELETE FROM scorecard_labels", [])?;
    } else if !card.labels.is_empty() {
        return Err(rusqlite::Error::InvalidParameterName(
            "scorecard_labels: the file predates labels in other languages (schema version 5)"
                .into(),
        ));
    }
    conn.execute_batch(
        "DELETE FROM scorecard_bins; DELETE FROM scorecard_characteristics; DELETE FROM scorecard;",
    )?;
    conn.execute(
        "INSERT INTO scorecard (id, name, base_score, base_odds, pdo, base_points)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        params![
            card.name,
            card.scaling.base_score,
            card.scaling.base_odds,
            card.scaling.pdo,
            card.base_points
        ],
    )?;
    for (k, c) in card.characteristics.iter().enumerate() {
        conn.execute(
            "INSERT INTO scorecard_characteristics
             (position, variable, label, kind, reason_code, reason_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                k as i64,
                c.variable,
                c.label,
                match c.kind {
                    Kind::Numeric => "numeric",
                    Kind::Categorical => "categorical",
                },
                c.reason_code,
                c.reason_text
            ],
        )?;
        for (j, b) in c.bins.iter().enumerate() {
            let (kind, lower, upper, cats) = match &b.rule {
                BinRule::Missing => ("missing", None, None, None),
                BinRule::Other => ("other", None, None, None),
                BinRule::Range { lower, upper } => ("range", *lower, *upper, None),
                BinRule::Categories { values } => (
                    "categories",
                    None,
                    None,
                    Some(serde_json::to_string(values).unwrap_or_else(|_| "[]".into())),
                ),
            };
            conn.execute(
                "INSERT INTO scorecard_bins
                 (characteristic, position, kind, lower, upper, categories, points)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![k as i64, j as i64, kind, lower, upper, cats, b.points],
            )?;
        }
    }
    for t in &card.reason_texts {
        conn.execute(
            "INSERT INTO scorecard_reason_texts (variable, bin, language, text)
             VALUES (?1, ?2, ?3, ?4)",
            params![t.variable, t.bin.map(|b| b as i64), t.language, t.text],
        )?;
    }
    for l in &card.labels {
        conn.execute(
            "INSERT INTO scorecard_labels (variable, language, text) VALUES (?1, ?2, ?3)",
            params![l.variable, l.language, l.text],
        )?;
    }
    Ok(())
}

/// Whether the file has the table `name`.
fn has_table(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
        params![name],
        |r| r.get(0),
    )
}

/// The card's labels in other languages, in the order they were written (none in a
/// file older than schema version 5, which has no such table).
fn read_labels(conn: &Connection) -> Result<Vec<LabelText>, Fault> {
    let sql = |e: rusqlite::Error| format!("cannot read the scorecard's labels: {e}");
    if !has_table(conn, "scorecard_labels").map_err(sql)? {
        return Ok(Vec::new());
    }
    let mut st = conn
        .prepare("SELECT variable, language, text FROM scorecard_labels ORDER BY rowid")
        .map_err(sql)?;
    let rows = st
        .query_map([], |r| {
            Ok(LabelText {
                variable: r.get(0)?,
                language: r.get(1)?,
                text: r.get(2)?,
            })
        })
        .map_err(sql)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row.map_err(sql)?);
    }
    Ok(out)
}

/// The reason texts of the card, in the order they were written.
fn read_reason_texts(conn: &Connection) -> Result<Vec<ReasonText>, Fault> {
    let sql = |e: rusqlite::Error| format!("cannot read the scorecard's reason texts: {e}");
    let mut st = conn
        .prepare("SELECT variable, bin, language, text FROM scorecard_reason_texts ORDER BY rowid")
        .map_err(sql)?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })
        .map_err(sql)?;
    let mut out = Vec::new();
    for row in rows {
        let (variable, bin, language, text) = row.map_err(sql)?;
        let bin = match bin {
            None => None,
            Some(b) => Some(usize::try_from(b).map_err(|_| {
                format!("a reason text of {variable} names bin {b}, which cannot be")
            })?),
        };
        out.push(ReasonText {
            variable,
            bin,
            language,
            text,
        });
    }
    Ok(out)
}

/// Reads the scorecard; `Err` says what is wrong with it.
pub fn read(conn: &Connection) -> Result<Scorecard, Fault> {
    let sql = |e: rusqlite::Error| format!("cannot read the scorecard: {e}");
    let head = conn
        .query_row(
            "SELECT name, base_score, base_odds, pdo, base_points FROM scorecard WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, f64>(1)?,
                    r.get::<_, f64>(2)?,
                    r.get::<_, f64>(3)?,
                    r.get::<_, i32>(4)?,
                ))
            },
        )
        .optional()
        .map_err(sql)?
        .ok_or("the scorecard table is empty: no scorecard is in force")?;
    let mut characteristics = Vec::new();
    let mut st = conn
        .prepare(
            "SELECT position, variable, label, kind, reason_code, reason_text
             FROM scorecard_characteristics ORDER BY position",
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
            ))
        })
        .map_err(sql)?;
    let mut positions = Vec::new();
    for row in rows {
        let (pos, variable, label, kind, reason_code, reason_text) = row.map_err(sql)?;
        let kind = match kind.as_str() {
            "numeric" => Kind::Numeric,
            "categorical" => Kind::Categorical,
            other => {
                return Err(format!("characteristic {variable} has unknown kind {other}").into());
            }
        };
        positions.push(pos);
        characteristics.push(Characteristic {
            variable,
            label,
            kind,
            reason_code,
            reason_text,
            bins: Vec::new(),
        });
    }
    let mut st = conn
        .prepare(
            "SELECT characteristic, kind, lower, upper, categories, points
             FROM scorecard_bins ORDER BY characteristic, position",
        )
        .map_err(sql)?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<f64>>(2)?,
                r.get::<_, Option<f64>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, i32>(5)?,
            ))
        })
        .map_err(sql)?;
    for row in rows {
        let (ch, kind, lower, upper, cats, points) = row.map_err(sql)?;
        let k = positions.iter().position(|&p| p == ch).ok_or_else(|| {
            format!("a scorecard bin refers to characteristic {ch}, which does not exist")
        })?;
        let rule = match kind.as_str() {
            "missing" => BinRule::Missing,
            "other" => BinRule::Other,
            "range" => BinRule::Range { lower, upper },
            "categories" => {
                let text = cats.unwrap_or_default();
                let values: Vec<String> = serde_json::from_str(&text).map_err(|e| {
                    format!("categories of a bin of characteristic {ch} are not a JSON list: {e}")
                })?;
                BinRule::Categories { values }
            }
            other => {
                return Err(
                    format!("a bin of characteristic {ch} has unknown kind {other}").into(),
                );
            }
        };
        characteristics[k].bins.push(Bin { rule, points });
    }
    let card = Scorecard {
        name: head.0,
        scaling: Scaling {
            base_score: head.1,
            base_odds: head.2,
            pdo: head.3,
        },
        base_points: head.4,
        characteristics,
        reason_texts: read_reason_texts(conn)?,
        labels: read_labels(conn)?,
    };
    card.validate()
        .map_err(|e| format!("the scorecard is not valid: {e}"))?;
    Ok(card)
}
