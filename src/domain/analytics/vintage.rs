//! Vintage curves (docs/design.md#vintage): the cumulative share of a cohort's accounts ever at or
//! beyond a delinquency bucket, by months on book; one curve per quarterly cohort of
//! account opening. At month on book `m` only accounts with at least `m` month-ends
//! count.

use crate::domain::evaluation::ratio;
use crate::domain::portfolio::Portfolio;

/// Longest month on book shown.
pub(crate) const MAX_MOB: usize = 24;

#[derive(Clone, Debug, PartialEq)]
pub struct Vintage {
    /// Quarter index of opening (`year·4 + quarter − 1`).
    pub cohort: i32,
    /// (month on book, cumulative rate), month on book from 1.
    pub points: Vec<(u32, f64)>,
}

/// One curve per quarterly cohort, oldest first; `bucket` is the threshold
/// (2 = 30+, 4 = 90+).
pub(crate) fn vintages(p: &Portfolio, bucket: u8) -> Vec<Vintage> {
    let acc = &p.accounts;
    // cohort → per month on book: (accounts observed, accounts ever at threshold)
    let mut cohorts: std::collections::BTreeMap<i32, Vec<(u64, u64)>> = Default::default();
    for k in 0..acc.len() {
        let cohort = acc.open_month[k].div_euclid(3);
        let counts = cohorts
            .entry(cohort)
            .or_insert_with(|| vec![(0, 0); MAX_MOB]);
        let mut ever = false;
        for (m, &b) in acc.buckets(k).iter().take(MAX_MOB).enumerate() {
            ever |= b >= bucket;
            counts[m].0 += 1;
            counts[m].1 += ever as u64;
        }
    }
    cohorts
        .into_iter()
        .map(|(cohort, counts)| Vintage {
            cohort,
            points: counts
                .iter()
                .enumerate()
                .take_while(|(_, c)| c.0 > 0)
                .map(|(m, c)| (m as u32 + 1, ratio(c.1 as f64, c.0 as f64)))
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn cumulative_by_cohort() {
        let row = |app_month, history: Vec<u8>| Row {
            orders: 25.0,
            income: 5000.0,
            app_month,
            history: Some(history),
        };
        let p = portfolio(&[
            row(0, vec![0, 2, 0]),
            row(1, vec![0, 0, 0, 1]),
            row(3, vec![2]),
        ]);
        let v = vintages(&p, 2);
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].cohort, 0);
        assert_eq!(v[0].points, vec![(1, 0.0), (2, 0.5), (3, 0.5), (4, 0.0)]);
        assert_eq!(v[1].points, vec![(1, 1.0)]);
        assert_eq!(v[1].cohort, 1, "year 0, second quarter");
    }
}
