//! A table of input columns from any data set (a CSV file, the portfolio's booked
//! accounts), in columns: numbers as `f64` with NaN for missing, categories as codes
//! into a list of levels.

use crate::domain::scorecard::{Kind, Value};

/// The code of a missing category.
pub(crate) const MISSING_CODE: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    /// NaN marks a missing value.
    Numeric(Vec<f64>),
    /// `codes[i]` indexes `levels`; `MISSING_CODE` marks a missing value.
    Categorical {
        codes: Vec<u32>,
        levels: Vec<String>,
    },
}

impl Column {
    pub(crate) fn len(&self) -> usize {
        match self {
            Column::Numeric(v) => v.len(),
            Column::Categorical { codes, .. } => codes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn kind(&self) -> Kind {
        match self {
            Column::Numeric(_) => Kind::Numeric,
            Column::Categorical { .. } => Kind::Categorical,
        }
    }

    /// Row `i` as a scorecard sees it (out of range reads as missing).
    pub(crate) fn value(&self, i: usize) -> Value<'_> {
        match self {
            Column::Numeric(v) => match v.get(i) {
                Some(x) if !x.is_nan() => Value::Num(*x),
                _ => Value::Missing,
            },
            Column::Categorical { codes, levels } => codes
                .get(i)
                .and_then(|&c| levels.get(c as usize))
                .map_or(Value::Missing, |s| Value::Cat(s)),
        }
    }

    /// Builds a categorical column from texts; `None` is missing.
    pub(crate) fn categorical<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> Column {
        let mut levels: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, u32> = Default::default();
        let codes = values
            .into_iter()
            .map(|v| match v {
                None => MISSING_CODE,
                Some(s) => *index.entry(s.to_string()).or_insert_with(|| {
                    levels.push(s.to_string());
                    (levels.len() - 1) as u32
                }),
            })
            .collect();
        Column::Categorical { codes, levels }
    }
}

/// Named columns of equal length.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    names: Vec<String>,
    columns: Vec<Column>,
    rows: usize,
}

impl Table {
    /// Checks that the names are unique and the columns equally long.
    pub(crate) fn new(names: Vec<String>, columns: Vec<Column>) -> Result<Table, String> {
        if names.len() != columns.len() {
            return Err(format!(
                "{} column names for {} columns",
                names.len(),
                columns.len()
            ));
        }
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(format!("column {n} appears twice"));
            }
        }
        let rows = columns.first().map_or(0, Column::len);
        if let Some((n, c)) = names.iter().zip(&columns).find(|(_, c)| c.len() != rows) {
            return Err(format!(
                "column {n} has {} rows, the first column {rows}",
                c.len()
            ));
        }
        Ok(Table {
            names,
            columns,
            rows,
        })
    }

    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    pub(crate) fn columns(&self) -> &[Column] {
        &self.columns
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        let i = self.names.iter().position(|n| n == name)?;
        self.columns.get(i)
    }

    /// Which rows are bad: `Some(true)` where `column` equals `bad`, `Some(false)`
    /// where it holds another value, `None` where it is missing. A numeric column
    /// compares numbers (`bad` "1" matches 1.0). Refused when no row is bad or none good.
    #[cfg(test)]
    fn target(&self, column: &str, bad: &str) -> Result<Vec<Option<bool>>, String> {
        self.target_with(column, bad, &[]).map(|t| t.outcome)
    }

    /// The outcome of every row from `column`: `bad` is bad; with `good` given, only
    /// those values are good and rows with any other value are left out (counted);
    /// without it the column must hold two values at most, so that a third value is
    /// never silently counted as good. Missing cells are left out too.
    pub(crate) fn target_with(
        &self,
        column: &str,
        bad: &str,
        good: &[String],
    ) -> Result<Target, String> {
        let col = self.column(column).ok_or_else(|| {
            format!(
                "there is no column {column}; the columns are {}",
                self.names.join(", ")
            )
        })?;
        // Each row's value, `None` where missing.
        let values: Vec<Option<Key>> = match col {
            Column::Numeric(v) => {
                let b: f64 = bad.trim().parse().map_err(|_| {
                    format!("{column} holds numbers, and the bad value {bad:?} is not a number")
                })?;
                let good: Vec<f64> = good
                    .iter()
                    .map(|g| {
                        g.trim().parse().map_err(|_| {
                            format!(
                                "{column} holds numbers, and the good value {g:?} is not a number"
                            )
                        })
                    })
                    .collect::<Result<_, _>>()?;
                let key = |x: f64| {
                    if x == b {
                        Key::Bad
                    } else if good.contains(&x) {
                        Key::Good
                    } else {
                        Key::Other(format!("{x}"))
                    }
                };
                v.iter().map(|&x| (!x.is_nan()).then(|| key(x))).collect()
            }
            Column::Categorical { codes, levels } => {
                if !levels.iter().any(|l| l == bad) {
                    let mut seen: Vec<&str> = levels.iter().take(10).map(String::as_str).collect();
                    if levels.len() > 10 {
                        seen.push("...");
                    }
                    return Err(format!(
                        "no row of {column} has the value {bad:?}; its values are {}",
                        seen.join(", ")
                    ));
                }
                codes
                    .iter()
                    .map(|&c| {
                        let l = levels.get(c as usize)?;
                        Some(if l == bad {
                            Key::Bad
                        } else if good.contains(l) {
                            Key::Good
                        } else {
                            Key::Other(l.clone())
                        })
                    })
                    .collect()
            }
        };
        let mut distinct: Vec<&Key> = values.iter().flatten().collect();
        distinct.sort_unstable();
        distinct.dedup();
        if good.is_empty() && distinct.len() > 2 {
            let shown: Vec<&str> = distinct
                .iter()
                .take(10)
                .map(|k| match k {
                    Key::Bad => bad,
                    Key::Good => "good",
                    Key::Other(s) => s.as_str(),
                })
                .collect();
            return Err(format!(
                "{column} has {} values ({}{}): name the good ones with --good, the others are then left out",
                distinct.len(),
                shown.join(", "),
                if distinct.len() > 10 { ", ..." } else { "" }
            ));
        }
        let mut excluded = 0;
        let outcome: Vec<Option<bool>> = values
            .iter()
            .map(|v| match v {
                None => None,
                Some(Key::Bad) => Some(true),
                Some(Key::Good) => Some(false),
                Some(Key::Other(_)) if good.is_empty() => Some(false),
                Some(Key::Other(_)) => {
                    excluded += 1;
                    None
                }
            })
            .collect();
        let bads = outcome.iter().filter(|t| **t == Some(true)).count();
        let goods = outcome.iter().filter(|t| **t == Some(false)).count();
        if bads == 0 {
            return Err(format!("no row of {column} has the bad value {bad:?}"));
        }
        if goods == 0 {
            return Err(format!(
                "every row of {column} has the bad value {bad:?}; there are no goods"
            ));
        }
        Ok(Target { outcome, excluded })
    }
}

/// A target cell: the bad value, a good value, or another.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Bad,
    Good,
    Other(String),
}

/// The outcomes read from a column, and how many rows had neither the bad nor a good
/// value (left out).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Target {
    pub outcome: Vec<Option<bool>>,
    pub excluded: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::new(
            vec!["x".into(), "y".into()],
            vec![
                Column::Numeric(vec![1.0, f64::NAN, 3.0]),
                Column::categorical([Some("bad"), Some("good"), None]),
            ],
        )
        .unwrap()
    }

    #[test]
    fn values_and_targets() {
        let t = table();
        assert_eq!(t.rows(), 3);
        assert_eq!(t.column("x").unwrap().value(1), Value::Missing);
        assert_eq!(t.column("y").unwrap().value(0), Value::Cat("bad"));
        assert_eq!(t.column("y").unwrap().value(2), Value::Missing);
        assert_eq!(
            t.target("y", "bad").unwrap(),
            vec![Some(true), Some(false), None]
        );
        assert_eq!(
            t.target("x", "3").unwrap(),
            vec![Some(false), None, Some(true)]
        );
        assert!(t.target("y", "ugly").unwrap_err().contains("bad, good"));
        assert!(t.target("x", "abc").unwrap_err().contains("not a number"));
        assert!(t.target("x", "7").is_err());
        assert!(t.target("z", "1").unwrap_err().contains("no column z"));
    }

    #[test]
    fn refuses_ragged_or_duplicate_columns() {
        assert!(
            Table::new(
                vec!["a".into(), "a".into()],
                vec![Column::Numeric(vec![1.0]), Column::Numeric(vec![2.0])]
            )
            .is_err()
        );
        assert!(
            Table::new(
                vec!["a".into(), "b".into()],
                vec![Column::Numeric(vec![1.0]), Column::Numeric(vec![])]
            )
            .is_err()
        );
    }
}
