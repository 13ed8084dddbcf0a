//! Roll rates between delinquency buckets (docs/design.md#roll-rate): the share of month t−1's
//! bucket-k balance found in each bucket at month t, over every account and month.

use crate::domain::evaluation::ratio;
use crate::domain::portfolio::{DPD_BUCKETS, Portfolio};

const B: usize = DPD_BUCKETS.len();

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RollRates {
    /// `balance[from][to]`: Σ balance at t−1 of accounts in `from` at t−1 and `to` at t.
    pub balance: [[f64; B]; B],
    /// `count[from][to]`: account-months behind `balance[from][to]`.
    pub count: [[u64; B]; B],
}

impl RollRates {
    /// Account-months that started a month in bucket `from` (the base of its row).
    pub(crate) fn row_count(&self, from: usize) -> u64 {
        self.count.get(from).map_or(0, |r| r.iter().sum())
    }

    /// Balance that started a month in bucket `from`.
    pub(crate) fn row_balance(&self, from: usize) -> f64 {
        self.balance.get(from).map_or(0.0, |r| r.iter().sum())
    }

    /// Share of bucket `from`'s balance that moved to `to` (NaN, shown "–", when
    /// `from` is empty).
    pub(crate) fn share(&self, from: usize, to: usize) -> f64 {
        let row = self.balance.get(from).copied().unwrap_or_default();
        ratio(row.get(to).copied().unwrap_or(0.0), row.iter().sum::<f64>())
    }
}

pub(crate) fn roll_rates(p: &Portfolio) -> RollRates {
    let acc = &p.accounts;
    let mut r = RollRates::default();
    for k in 0..acc.len() {
        let buckets = acc.buckets(k);
        let balances = acc.balances(k);
        for t in 1..buckets.len().min(balances.len()) {
            let (from, to) = (buckets[t - 1] as usize, buckets[t] as usize);
            if from < B && to < B {
                r.balance[from][to] += balances[t - 1];
                r.count[from][to] += 1;
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn shares_by_balance() {
        let row = |history: Vec<u8>| Row {
            orders: 25.0,
            income: 5000.0,
            app_month: 0,
            history: Some(history),
        };
        // Fixture balances are 100 each month.
        let p = portfolio(&[row(vec![0, 1, 2]), row(vec![0, 0, 1])]);
        let r = roll_rates(&p);
        assert_eq!(r.balance[0][1], 200.0);
        assert_eq!(r.count[0][1], 2);
        assert_eq!(r.row_count(0), 3);
        assert_eq!(r.row_balance(0), 300.0);
        assert_eq!(r.balance[0][0], 100.0);
        assert_eq!(r.balance[1][2], 100.0);
        assert!((r.share(0, 1) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.share(1, 2), 1.0);
        // No balance in 60–89 days: nothing observed, not a rate of 0.
        assert!(r.share(3, 4).is_nan());
    }
}
