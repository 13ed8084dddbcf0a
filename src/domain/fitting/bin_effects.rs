//! Per-bin effects: `logit P(bad) = α + Σ_c γ_c[bin]`, one free effect per bin of
//! every selected characteristic, instead of one slope on its WoE (`β·WoE`).
//!
//! Why: WoE is each characteristic's own (marginal) evidence. Where characteristics
//! are related -- and the booked accounts of a portfolio always are, because only
//! applicants above a cut-off on the sum of their points were booked -- the marginal
//! WoE of a bin is not its effect alongside the others, and one slope per
//! characteristic cannot mend that bin by bin. Estimating every bin jointly can.
//!
//! How: penalised maximum likelihood, with a ridge `λ/2·Σ (γ − prior)²` that pulls
//! each effect toward the WoE fit's `β·WoE` (so a bin with few rows keeps about its
//! WoE fit, and an empty one exactly), by Newton's method with step halving. A row
//! touches one bin per characteristic, so its part of the information matrix is
//! one small block of pairs: a pass costs (characteristics + 1)² per row, not
//! (bins)², and the matrix (bins × bins, a few hundred at most) is solved densely.

use super::logistic::{add_parts, cholesky, solve};
use crate::domain::parallel::over_rows;

/// The fitted effects.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BinEffects {
    pub intercept: f64,
    /// Per characteristic, the effect (log-odds of bad) of each bin.
    pub effects: Vec<Vec<f64>>,
    pub iterations: usize,
    pub converged: bool,
}

const MAX_ITERATIONS: usize = 100;
/// Newton steps smaller than this in every effect end the iteration (a millionth
/// of a point at the usual 28.9 points per unit of log-odds).
const TOLERANCE: f64 = 1e-8;
/// Effects are kept within ±this (a bin of one outcome only, with no ridge).
const LIMIT: f64 = 30.0;

/// Log-likelihood, gradient and information matrix (full, row-major) at `theta`
/// (`theta[0]` the intercept, then every characteristic's bins from `start[c]`).
fn pass(
    row_bins: &[&[u8]],
    start: &[usize],
    bad: &[Option<bool>],
    theta: &[f64],
) -> (f64, Vec<f64>, Vec<f64>) {
    let q = theta.len();
    let parts = over_rows(bad.len(), |range| {
        let (mut ll, mut g, mut h) = (0.0, vec![0.0; q], vec![0.0; q * q]);
        let mut active = Vec::with_capacity(row_bins.len() + 1);
        for i in range {
            let Some(b) = bad[i] else { continue };
            active.clear();
            active.push(0);
            for (c, bins) in row_bins.iter().enumerate() {
                let k = start[c] + bins[i] as usize;
                if k < start[c + 1] {
                    active.push(k);
                }
            }
            let eta: f64 = active.iter().map(|&k| theta[k]).sum();
            let p = 1.0 / (1.0 + (-eta).exp());
            let y = f64::from(u8::from(b));
            // ln P(y): stable for large |eta|.
            ll += if b {
                -(-eta).exp().ln_1p()
            } else {
                -eta.exp().ln_1p()
            };
            let w = p * (1.0 - p);
            // `active` rises, so (c, a) with c ≤ a is the upper triangle.
            for (x, &a) in active.iter().enumerate() {
                g[a] += y - p;
                for &c in &active[..=x] {
                    h[c * q + a] += w;
                }
            }
        }
        (ll, g, h)
    });
    add_parts(parts, q)
}

/// Fits the effects of the characteristics whose rows' bins are `row_bins[c]`,
/// starting from and shrinking toward `prior[c]` (one value per bin) and `intercept`,
/// with ridge `ridge` (≥ 0); `bad[i]` is row `i`'s outcome (`None`: not used).
pub(crate) fn fit_bin_effects(
    row_bins: &[&[u8]],
    prior: &[Vec<f64>],
    intercept: f64,
    bad: &[Option<bool>],
    ridge: f64,
) -> BinEffects {
    let mut start = vec![1usize];
    for p in prior {
        start.push(start[start.len() - 1] + p.len());
    }
    let q = start[start.len() - 1];
    let centre: Vec<f64> = std::iter::once(intercept)
        .chain(prior.iter().flatten().copied())
        .collect();
    let penalised = |ll: f64, theta: &[f64]| -> f64 {
        ll - 0.5
            * ridge
            * theta[1..]
                .iter()
                .zip(&centre[1..])
                .map(|(t, c)| (t - c) * (t - c))
                .sum::<f64>()
    };
    let mut theta = centre.clone();
    let (mut ll, mut g, mut h) = pass(row_bins, &start, bad, &theta);
    // Without a ridge, an intercept and a characteristic's bins can trade a constant
    // (the same fit, other numbers): each characteristic's heaviest bin then keeps
    // its prior, as a reference.
    let reference: Vec<bool> = {
        let mut r = vec![false; q];
        if ridge == 0.0 {
            for c in 0..prior.len() {
                if let Some(k) =
                    (start[c]..start[c + 1]).max_by(|&a, &b| h[a * q + a].total_cmp(&h[b * q + b]))
                {
                    r[k] = true;
                }
            }
        }
        r
    };
    let mut iterations = 0;
    let mut converged = false;
    while iterations < MAX_ITERATIONS && !converged {
        iterations += 1;
        for k in 1..q {
            g[k] -= ridge * (theta[k] - centre[k]);
            h[k * q + k] += ridge;
        }
        // A bin with no rows and no ridge has no information: it keeps its prior.
        let free: Vec<usize> = (0..q)
            .filter(|&k| h[k * q + k] > 0.0 && !reference[k])
            .collect();
        let m = free.len();
        let sub: Vec<f64> = free
            .iter()
            .flat_map(|&a| free.iter().map(move |&c| (a, c)))
            .map(|(a, c)| h[a * q + c])
            .collect();
        // Characteristics that move together bin for bin leave the matrix singular
        // still: a touch of damping picks a step then.
        let mut damping = 0.0;
        let l = loop {
            let mut d = sub.clone();
            for k in 0..m {
                d[k * m + k] *= 1.0 + damping;
            }
            if let Some(l) = cholesky(&d, m) {
                break Some(l);
            }
            damping = if damping == 0.0 {
                1e-10
            } else {
                damping * 100.0
            };
            if damping > 1.0 {
                break None;
            }
        };
        let Some(l) = l else { break };
        let rhs: Vec<f64> = free.iter().map(|&k| g[k]).collect();
        let step = solve(&l, m, &rhs);
        let before = penalised(ll, &theta);
        let mut scale = 1.0;
        let (next, ll2, g2, h2, largest) = loop {
            let mut next = theta.clone();
            for (&k, s) in free.iter().zip(&step) {
                next[k] = (theta[k] + scale * s).clamp(-LIMIT, LIMIT);
            }
            let (ll2, g2, h2) = pass(row_bins, &start, bad, &next);
            if penalised(ll2, &next) >= before - 1e-12 * before.abs() || scale < 1e-6 {
                let largest = free
                    .iter()
                    .map(|&k| (next[k] - theta[k]).abs())
                    .fold(0.0, f64::max);
                break (next, ll2, g2, h2, largest);
            }
            scale /= 2.0;
        };
        (theta, ll, g, h) = (next, ll2, g2, h2);
        converged = largest < TOLERANCE;
    }
    BinEffects {
        intercept: theta[0],
        effects: (0..prior.len())
            .map(|c| theta[start[c]..start[c + 1]].to_vec())
            .collect(),
        iterations,
        converged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sigmoid(x: f64) -> f64 {
        1.0 / (1.0 + (-x).exp())
    }

    #[test]
    fn one_characteristic_without_ridge_gives_each_bins_own_log_odds() {
        // Bin 0: 2 bads of 10; bin 1: 1 bad of 20; bin 2: empty. Alone, the MLE
        // reproduces each bin's observed log-odds; the intercept and the effects
        // share them (α + γ_b), and the empty bin keeps its prior.
        let bins: Vec<u8> = [vec![0u8; 10], vec![1u8; 20]].concat();
        let bad: Vec<Option<bool>> = (0..30)
            .map(|i| Some(i < 2 || (10..11).contains(&i)))
            .collect();
        let fit = fit_bin_effects(&[&bins], &[vec![0.0, 0.0, 0.7]], -2.0, &bad, 0.0);
        assert!(fit.converged);
        let a = fit.intercept;
        let ln = |b: f64, g: f64| (b / g).ln();
        assert!((a + fit.effects[0][0] - ln(2.0, 8.0)).abs() < 1e-9);
        assert!((a + fit.effects[0][1] - ln(1.0, 19.0)).abs() < 1e-9);
        assert_eq!(fit.effects[0][2], 0.7);
    }

    #[test]
    fn a_strong_ridge_keeps_the_prior() {
        let bins: Vec<u8> = (0..40).map(|i| (i % 4) as u8).collect();
        let bad: Vec<Option<bool>> = (0..40).map(|i| Some(i % 5 == 0)).collect();
        let prior = vec![vec![0.3, -0.1, 0.2, -0.4]];
        let fit = fit_bin_effects(&[&bins], &prior, -1.0, &bad, 1e12);
        for (g, p) in fit.effects[0].iter().zip(&prior[0]) {
            assert!((g - p).abs() < 1e-9, "{g} {p}");
        }
        // Only the intercept moves: it solves Σ(y − p) = 0 (8 bads of 40).
        let solve = |a: f64| -> f64 {
            (0..40)
                .map(|i| {
                    let y = f64::from(u8::from(i % 5 == 0));
                    y - sigmoid(a + prior[0][i % 4])
                })
                .sum()
        };
        assert!(solve(fit.intercept).abs() < 1e-6);
    }

    #[test]
    fn two_related_characteristics_recover_their_joint_effects() {
        // Rows are the 4 combinations of two binary characteristics, with the true
        // model logit = −2 + 1·[a = 1] + 0.5·[b = 1], counts such that a and b are
        // strongly related. Expected counts (not random draws), so the MLE is exact.
        let mut a_bins = Vec::new();
        let mut b_bins = Vec::new();
        let mut bad = Vec::new();
        for (a, b, n) in [
            (0u8, 0u8, 4000usize),
            (0, 1, 1000),
            (1, 0, 1000),
            (1, 1, 4000),
        ] {
            let p = sigmoid(-2.0 + f64::from(a) + 0.5 * f64::from(b));
            let bads = (p * n as f64).round() as usize;
            for k in 0..n {
                a_bins.push(a);
                b_bins.push(b);
                bad.push(Some(k < bads));
            }
        }
        let zero = vec![vec![0.0, 0.0], vec![0.0, 0.0]];
        let fit = fit_bin_effects(&[&a_bins, &b_bins], &zero, 0.0, &bad, 0.0);
        assert!(fit.converged);
        let da = fit.effects[0][1] - fit.effects[0][0];
        let db = fit.effects[1][1] - fit.effects[1][0];
        // Rounding the counts moves the MLE a little off the true 1 and 0.5.
        assert!((da - 1.0).abs() < 0.01, "{da}");
        assert!((db - 0.5).abs() < 0.01, "{db}");
    }
}
