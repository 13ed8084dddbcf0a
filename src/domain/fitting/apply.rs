//! Scoring the rows of a table with a scorecard: which column each characteristic
//! reads, and every row's breakdown.

use super::table::{Column, Table};
use crate::domain::scorecard::{Breakdown, Kind, Scorecard, Value};

/// The column each characteristic reads, checked for presence and kind.
pub(crate) fn columns_for<'a>(
    card: &Scorecard,
    table: &'a Table,
) -> Result<Vec<&'a Column>, String> {
    card.characteristics
        .iter()
        .map(|c| {
            let col = table.column(&c.variable).ok_or_else(|| {
                format!(
                    "the scorecard reads {}, which the data does not have",
                    c.variable
                )
            })?;
            match (c.kind, col.kind()) {
                (Kind::Numeric, Kind::Categorical) => Err(format!(
                    "the scorecard reads numbers from {}, but the data holds text there",
                    c.variable
                )),
                (Kind::Categorical, Kind::Numeric) => Err(format!(
                    "the scorecard reads categories from {}, but the data holds numbers \
                     there (read it as categorical)",
                    c.variable
                )),
                _ => Ok(col),
            }
        })
        .collect()
}

/// The breakdown of row `i`.
pub(crate) fn breakdown_row(
    card: &Scorecard,
    columns: &[&Column],
    i: usize,
) -> Result<Breakdown, String> {
    let values: Vec<Value<'_>> = columns.iter().map(|c| c.value(i)).collect();
    card.breakdown(&values).map_err(|e| format!("row {i}: {e}"))
}

/// Every row's bin of each characteristic: `bins[k][i]`.
pub(crate) fn bins_of_rows(card: &Scorecard, table: &Table) -> Result<Vec<Vec<usize>>, String> {
    let columns = columns_for(card, table)?;
    card.characteristics
        .iter()
        .zip(&columns)
        .map(|(c, col)| {
            (0..table.rows())
                .map(|i| {
                    c.bin_index(col.value(i))
                        .ok_or_else(|| format!("row {i}: no bin of {} holds its value", c.variable))
                })
                .collect()
        })
        .collect()
}
