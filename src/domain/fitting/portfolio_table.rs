//! The portfolio as a table to fit on: the scorecard's candidate variables for every
//! applicant, and the 12-month outcome where one is known (booked accounts old enough).

use super::table::{Column, Table};
use crate::domain::portfolio::{Outcome, Portfolio, VARIABLES};
use crate::domain::scorecard::Value;

/// The variables held as dictionary codes (categories); the others are numbers.
const CATEGORICAL: [&str; 2] = ["channel", "employment"];

/// Every candidate variable of every applicant, and `bad[i]`: `Some(true)` for a
/// mature booked account that went bad, `Some(false)` for one that did not,
/// `None` where no outcome is known yet.
pub fn portfolio_table(p: &Portfolio) -> Result<(Table, Vec<Option<bool>>), String> {
    let n = p.len();
    let columns = VARIABLES
        .iter()
        .map(|&v| {
            if CATEGORICAL.contains(&v) {
                Column::categorical((0..n).map(|i| match p.value(v, i) {
                    Value::Cat(s) => Some(s),
                    _ => None,
                }))
            } else {
                Column::Numeric(
                    (0..n)
                        .map(|i| match p.value(v, i) {
                            Value::Num(x) => x,
                            _ => f64::NAN,
                        })
                        .collect(),
                )
            }
        })
        .collect();
    let table = Table::new(VARIABLES.iter().map(|v| v.to_string()).collect(), columns)?;
    let d = &p.derived;
    let bad = (0..n)
        .map(|i| match (d.mature.get(i), d.outcome.get(i)) {
            (Some(true), Some(Outcome::Bad)) => Some(true),
            (Some(true), Some(Outcome::Good)) => Some(false),
            _ => None,
        })
        .collect();
    Ok((table, bad))
}

/// An outcome for every applicant, drawn from its PD with a seeded generator: a
/// fully labelled table of the portfolio's size, for measuring fits at scale.
pub fn outcomes_drawn_from_pd(p: &Portfolio, seed: u64) -> Vec<Option<bool>> {
    let mut rng = crate::domain::rng::Rng::new(seed);
    p.derived
        .pd
        .iter()
        .map(|&pd| Some(rng.uniform() < pd))
        .collect()
}
