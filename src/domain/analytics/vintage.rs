//! Vintage curves (docs/design.md#vintage): the cumulative share of a cohort's accounts ever at or
//! beyond a delinquency bucket, by months on book; one curve per quarterly cohort of
//! account opening.
//!
//! Fixed cohorts: the denominator is every account of the cohort, and a month on book
//! `m` is plotted only once the cohort's youngest account has reached it by the
//! as-of month (`open + m ≤ as_of`), so a curve never falls because its newest
//! accounts have not been on book that long yet. An account whose month-ends stop
//! earlier (closed) keeps its last standing: "ever" is cumulative.

use crate::domain::evaluation::ratio;
use crate::domain::portfolio::Portfolio;

/// Longest month on book shown.
pub(crate) const MAX_MOB: usize = 24;

#[derive(Clone, Debug, PartialEq)]
pub struct Vintage {
    /// Quarter index of opening (`year·4 + quarter − 1`).
    pub cohort: i32,
    /// Accounts in the cohort: the denominator of every point.
    pub accounts: u64,
    /// (month on book, cumulative rate), month on book from 1.
    pub points: Vec<(u32, f64)>,
}

/// A cohort being counted.
struct Cohort {
    accounts: u64,
    youngest_open: i32,
    /// `ever[m]`: accounts at or beyond the threshold within their first m + 1 month-ends.
    ever: Vec<u64>,
}

/// One curve per quarterly cohort, oldest first; `bucket` is the threshold
/// (2 = 30+, 4 = 90+).
pub(crate) fn vintages(p: &Portfolio, bucket: u8) -> Vec<Vintage> {
    let acc = &p.accounts;
    let mut cohorts: std::collections::BTreeMap<i32, Cohort> = Default::default();
    for k in 0..acc.len() {
        let open = acc.open_month[k];
        let c = cohorts.entry(open.div_euclid(3)).or_insert_with(|| Cohort {
            accounts: 0,
            youngest_open: open,
            ever: vec![0; MAX_MOB],
        });
        c.accounts += 1;
        c.youngest_open = c.youngest_open.max(open);
        // The first month on book at or beyond the threshold counts from there on.
        if let Some(first) = acc
            .buckets(k)
            .iter()
            .take(MAX_MOB)
            .position(|&b| b >= bucket)
        {
            for e in &mut c.ever[first..] {
                *e += 1;
            }
        }
    }
    cohorts
        .into_iter()
        .map(|(cohort, c)| {
            let reached = (p.as_of_month - c.youngest_open).clamp(0, MAX_MOB as i32) as usize;
            Vintage {
                cohort,
                accounts: c.accounts,
                points: c.ever[..reached]
                    .iter()
                    .enumerate()
                    .map(|(m, &e)| (m as u32 + 1, ratio(e as f64, c.accounts as f64)))
                    .collect(),
            }
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
        assert_eq!(v[0].accounts, 2);
        // The fixture's as-of month is 24: the youngest account of cohort 0 (opened in
        // month 1) has 23 months on book, of cohort 1 (month 3) 21.
        assert_eq!(v[0].points.len(), 23);
        assert_eq!(v[1].points.len(), 21);
        // Cumulative over a fixed cohort: once at 30+, always counted; the account
        // whose month-ends stop after 3 keeps its standing (the curve never falls).
        assert_eq!(
            &v[0].points[..5],
            &[(1, 0.0), (2, 0.5), (3, 0.5), (4, 0.5), (5, 0.5)]
        );
        assert!(v[0].points.windows(2).all(|w| w[0].1 <= w[1].1));
        assert_eq!(v[1].points[0], (1, 1.0));
        assert_eq!(v[1].cohort, 1, "year 0, second quarter");
        // At the data's edge: with the as-of month 4, cohort 0 (youngest opened in
        // month 1) shows 3 months on book, not 4 of which only one account had.
        let mut edge = p.clone();
        edge.as_of_month = 4;
        let v = vintages(&edge, 2);
        assert_eq!(v[0].points, vec![(1, 0.0), (2, 0.5), (3, 0.5)]);
        assert_eq!(v[1].points, vec![(1, 1.0)]);
    }
}
