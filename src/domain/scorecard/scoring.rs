//! Scoring a whole portfolio at load: one tight loop per characteristic over its
//! column, with the bin lookup resolved once (dictionary codes, byte columns).

use crate::domain::portfolio::registry::{ColumnView, Columns, Registry};
use crate::domain::scorecard::{Kind, Scorecard, Value};

/// A categorical characteristic's points per dictionary code, resolved once.
struct CategoryPoints {
    points: Vec<i32>,
    missing: i32,
}

impl CategoryPoints {
    /// The points of `code` (a code past the dictionary is missing).
    #[inline]
    fn of(&self, code: usize) -> i32 {
        self.points.get(code).copied().unwrap_or(self.missing)
    }
}

fn category_points(
    c: &crate::domain::scorecard::Characteristic,
    labels: &[String],
) -> Result<CategoryPoints, String> {
    if c.kind != Kind::Categorical {
        return Err(format!("{} is categorical in the portfolio", c.variable));
    }
    let points: Vec<i32> = labels
        .iter()
        .map(|s| {
            let v = if s.is_empty() {
                Value::Missing
            } else {
                Value::Cat(s)
            };
            c.bin_index(v).map(|b| c.bins[b].points)
        })
        .collect::<Option<_>>()
        .ok_or_else(|| format!("a category of {} fits no bin", c.variable))?;
    let missing = c
        .bin_index(Value::Missing)
        .map(|b| c.bins[b].points)
        .unwrap_or(0);
    Ok(CategoryPoints { points, missing })
}

pub(crate) fn score_column(
    card: &Scorecard,
    registry: &Registry,
    columns: &Columns<'_>,
) -> Result<Vec<i32>, String> {
    let n = columns.applicants.len();
    let mut score = vec![card.base_points; n];
    for c in &card.characteristics {
        let entry = registry.get(&c.variable).ok_or_else(|| {
            format!(
                "the scorecard reads {}, which the portfolio does not have",
                c.variable
            )
        })?;
        if !entry.role.scorable() {
            return Err(format!(
                "the scorecard reads {}, which is an identifier or personal data",
                c.variable
            ));
        }
        let column = match columns.view(entry.source) {
            // Categorical columns: resolve each dictionary code to its bin once.
            ColumnView::Codes { codes, labels } => {
                let points = category_points(c, labels)?;
                for (s, &code) in score.iter_mut().zip(codes) {
                    *s += points.of(code as usize);
                }
                continue;
            }
            ColumnView::Codes32 { codes, labels } => {
                let points = category_points(c, labels)?;
                for (s, &code) in score.iter_mut().zip(codes) {
                    *s += points.of(code as usize);
                }
                continue;
            }
            ColumnView::Absent => {
                return Err(format!("the portfolio holds no values of {}", c.variable));
            }
            v @ (ColumnView::F64(_) | ColumnView::F32(_) | ColumnView::U8(_)) => v,
            ColumnView::I64(_) | ColumnView::Text(_) => {
                return Err(format!("{} is not a numeric column", c.variable));
            }
        };
        let missing = c
            .bin_index(Value::Missing)
            .map(|b| c.bins[b].points)
            .ok_or_else(|| format!("{} has no bin for missing values", c.variable))?;
        // Ranges sorted by lower edge: (lower, upper, points).
        let ranges = c.ranges();
        let points_of = |x: f64| -> Option<i32> {
            if x.is_nan() {
                return Some(missing);
            }
            ranges.iter().find(|r| x >= r.0 && x < r.1).map(|r| r.2)
        };
        let n_missing_bin = |x: f64| format!("no bin of {} holds {x}", c.variable);
        match column {
            ColumnView::F64(v) => {
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += points_of(x).ok_or_else(|| n_missing_bin(x))?;
                }
            }
            ColumnView::F32(v) => {
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += points_of(x as f64).ok_or_else(|| n_missing_bin(x as f64))?;
                }
            }
            ColumnView::U8(v) => {
                // 256 possible values: one lookup table.
                let table: Vec<Option<i32>> = (0..=255u8).map(|x| points_of(x as f64)).collect();
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += table[x as usize].ok_or_else(|| n_missing_bin(x as f64))?;
                }
            }
            // Categories were scored above; ids and texts were refused.
            ColumnView::Codes { .. }
            | ColumnView::Codes32 { .. }
            | ColumnView::Absent
            | ColumnView::I64(_)
            | ColumnView::Text(_) => {}
        }
    }
    Ok(score)
}
