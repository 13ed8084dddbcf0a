//! The one Markov chain over the delinquency buckets (../shared/PRODUCT.md, "Risk
//! register and early warning"): the portfolio's own monthly transitions between
//! buckets, weighted by counts of account-months (the Charts' roll rates weigh
//! balances), with 90+ absorbing. The chance of reaching 90+ within h months from a
//! bucket is the h-step probability of being absorbed. The early-warning watchlist
//! reads it; the stress issue's IFRS 9 lifetime PD is to read the same chain.

use crate::domain::portfolio::{BUCKET_90, DPD_BUCKETS};

const B: usize = DPD_BUCKETS.len();
const ABSORBING: usize = BUCKET_90 as usize;

/// A monthly transition matrix between the buckets, rows summing to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain {
    /// `p[from][to]`.
    pub p: [[f64; B]; B],
}

impl Chain {
    /// The chain of transition counts (`count[from][to]` account-months). 90+ is
    /// made absorbing whatever the counts say; a bucket never left from stays put.
    pub fn from_counts(count: &[[u64; B]; B]) -> Self {
        let mut p = [[0.0; B]; B];
        for (from, row) in count.iter().enumerate() {
            let n: u64 = row.iter().sum();
            if from == ABSORBING || n == 0 {
                p[from][from] = 1.0;
                continue;
            }
            for (to, &c) in row.iter().enumerate() {
                p[from][to] = c as f64 / n as f64;
            }
        }
        Self { p }
    }

    /// The chance of being at 90+ (absorbed) within `h` months, from each bucket.
    pub fn reach_90_within(&self, h: usize) -> [f64; B] {
        // v_h(b) = Σ_to p[b][to] · v_{h−1}(to), with v_0 = 1 at 90+ and 0 elsewhere.
        let mut v = [0.0; B];
        v[ABSORBING] = 1.0;
        for _ in 0..h {
            let mut next = [0.0; B];
            for (from, out) in next.iter_mut().enumerate() {
                *out = (0..B).map(|to| self.p[from][to] * v[to]).sum();
            }
            v = next;
        }
        v
    }
}

/// An account's chance adjusted by its own PD against its bucket's mean PD: with
/// `r = pd / mean`, `1 − (1 − p)^r`. An average account keeps its bucket's figure,
/// a riskier one gets more, the result stays in [0, 1], and the order of the
/// accounts within a bucket follows their PDs (the chain alone gives every account
/// of a bucket the same figure). A mean of 0 or an unknown PD keeps `p`.
pub fn adjusted(p: f64, pd: f64, mean_pd: f64) -> f64 {
    if mean_pd.is_nan() || mean_pd <= 0.0 || !pd.is_finite() || pd < 0.0 {
        return p;
    }
    if pd == mean_pd {
        return p;
    }
    1.0 - (1.0 - p.clamp(0.0, 1.0)).powf(pd / mean_pd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_two_step_chain_by_hand() {
        // 30–59 → 60–89 at 0.5 (else back to current); 60–89 → 90+ at 0.6 (else
        // back to 30–59): from 30–59, 0.5 × 0.6 = 0.30 within two months.
        let mut count = [[0u64; B]; B];
        count[2][3] = 5;
        count[2][0] = 5;
        count[3][4] = 6;
        count[3][2] = 4;
        count[0][0] = 10;
        let c = Chain::from_counts(&count);
        assert_eq!(c.p[4][4], 1.0, "90+ absorbing");
        assert_eq!(c.p[1][1], 1.0, "a bucket never left stays");
        let two = c.reach_90_within(2);
        assert!((two[2] - 0.30).abs() < 1e-12, "{}", two[2]);
        assert!((two[3] - 0.6).abs() < 1e-12);
        assert_eq!(two[0], 0.0);
        assert_eq!(two[4], 1.0);
        // Three months from 60–89: 0.6, or back to 30–59 (0.4) then 0.5 × 0.6.
        let three = c.reach_90_within(3);
        assert!((three[3] - (0.6 + 0.4 * 0.30)).abs() < 1e-12);
    }

    #[test]
    fn the_adjustment_keeps_the_mean_and_the_order() {
        assert_eq!(adjusted(0.3, 0.02, 0.02), 0.3);
        assert!(adjusted(0.3, 0.04, 0.02) > 0.3);
        assert!(adjusted(0.3, 0.01, 0.02) < 0.3);
        // 1 − 0.7² = 0.51 at twice the mean.
        assert!((adjusted(0.3, 0.04, 0.02) - 0.51).abs() < 1e-12);
        assert_eq!(adjusted(0.3, 0.04, 0.0), 0.3);
        assert_eq!(adjusted(0.0, 0.9, 0.01), 0.0);
        assert!(adjusted(1.0, 0.001, 0.01) == 1.0);
    }
}
