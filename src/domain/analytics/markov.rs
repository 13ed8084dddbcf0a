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

    /// The chain with every transition to a worse bucket × `m` (a stress): a row whose
    /// worse transitions then pass 1 is capped at 1 for them together, and what is
    /// left of a row goes to the same and better buckets in their old proportions.
    pub fn stressed(&self, m: f64) -> Chain {
        let mut p = self.p;
        for (from, row) in p.iter_mut().enumerate() {
            if from == ABSORBING {
                continue;
            }
            let worse: f64 = row[from + 1..].iter().map(|x| x * m).sum();
            let stay: f64 = row[..=from].iter().sum();
            let (w_scale, s_scale) = if worse >= 1.0 {
                (1.0 / worse * m, 0.0)
            } else if stay > 0.0 {
                (m, (1.0 - worse) / stay)
            } else {
                // Nothing to take the rest: the worse transitions keep their mass.
                (
                    1.0 / row[from + 1..].iter().sum::<f64>().max(f64::MIN_POSITIVE),
                    0.0,
                )
            };
            for (to, x) in row.iter_mut().enumerate() {
                *x *= if to > from { w_scale } else { s_scale };
            }
        }
        Chain { p }
    }

    /// The chance of being at 90+ within each of 0..=`h` months, from each bucket.
    pub fn reach_90_by_month(&self, h: usize) -> Vec<[f64; B]> {
        let mut v = [0.0; B];
        v[ABSORBING] = 1.0;
        let mut out = vec![v];
        for _ in 0..h {
            let mut next = [0.0; B];
            for (from, x) in next.iter_mut().enumerate() {
                *x = (0..B).map(|to| self.p[from][to] * v[to]).sum();
            }
            v = next;
            out.push(v);
        }
        out
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
    fn a_stressed_chain_scales_the_worse_transitions_and_renormalises() {
        let mut count = [[0u64; B]; B];
        count[0][0] = 90;
        count[0][1] = 10;
        count[1][0] = 20;
        count[1][1] = 20;
        count[1][2] = 60;
        let c = Chain::from_counts(&count).stressed(2.0);
        // Current: 0.1 × 2 = 0.2 to 1–29, the rest 0.8 stays current.
        assert!((c.p[0][1] - 0.2).abs() < 1e-12 && (c.p[0][0] - 0.8).abs() < 1e-12);
        // 1–29: 0.6 × 2 = 1.2 is capped at 1: nothing stays or improves.
        assert!((c.p[1][2] - 1.0).abs() < 1e-12 && c.p[1][0] == 0.0);
        for row in c.p {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
        let by_month = Chain::from_counts(&count).reach_90_by_month(6);
        assert_eq!(by_month.len(), 7);
        assert_eq!(by_month[6], Chain::from_counts(&count).reach_90_within(6));
    }

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
