//! The portfolio as a table to fit on: the scorecard's candidate variables for every
//! applicant, and the 12-month outcome where one is known (booked accounts old enough).

use super::table::{Column, Table};
use crate::domain::portfolio::{Outcome, Portfolio};
use crate::domain::scorecard::{Kind, Value};

/// Every characteristic a scorecard may read (the registry's, in its order) of every
/// applicant, and `bad[i]`: `Some(true)` for a mature booked account that went bad,
/// `Some(false)` for one that did not, `None` where no outcome is known yet.
pub fn portfolio_table(p: &Portfolio) -> Result<(Table, Vec<Option<bool>>), String> {
    let n = p.len();
    let columns = p.columns();
    let entries: Vec<_> = p.registry.scorable().collect();
    let data = entries
        .iter()
        .map(|e| {
            let view = columns.view(e.source);
            match e.kind {
                Kind::Categorical => Column::categorical((0..n).map(|i| match view.value(i) {
                    Value::Cat(s) => Some(s),
                    _ => None,
                })),
                Kind::Numeric => Column::Numeric(
                    (0..n)
                        .map(|i| match view.value(i) {
                            Value::Num(x) => x,
                            _ => f64::NAN,
                        })
                        .collect(),
                ),
            }
        })
        .collect();
    let table = Table::new(entries.iter().map(|e| e.name.clone()).collect(), data)?;
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
