//! The strategy curve: approval rate against expected bad rate over every cut-off,
//! the other rules of the policy held fixed (the refer band counts as not approved).

use crate::domain::evaluation::{decision_input, ratio};
use crate::domain::policy::{Policy, Rule};
use crate::domain::portfolio::Portfolio;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrategyPoint {
    pub cutoff: i32,
    pub approval_rate: f64,
    /// Mean PD of the approved (0 when none is approved).
    pub bad_rate: f64,
}

/// One point per cut-off from the highest score down to the lowest, plus one above
/// the highest (approving nobody).
pub fn strategy_curve(policy: &Policy, p: &Portfolio) -> Vec<StrategyPoint> {
    let n = p.len();
    let scores = &p.derived.score;
    let (Some(&lo), Some(&hi)) = (scores.iter().min(), scores.iter().max()) else {
        return Vec::new();
    };
    let width = (hi - lo + 1) as usize;
    let mut count = vec![0u64; width];
    let mut pd = vec![0.0f64; width];
    for (i, &score) in scores.iter().enumerate() {
        let mut x = decision_input(p, i);
        x.score = i32::MAX; // passes the score rules: only the hard rules can decline
        if policy.rule(&x, &p.employments) != Rule::ScoreAtOrAboveCutoff {
            continue;
        }
        let k = (score - lo) as usize;
        count[k] += 1;
        pd[k] += p.derived.pd[i];
    }
    let mut out = Vec::with_capacity(width + 1);
    out.push(StrategyPoint {
        cutoff: hi + 1,
        approval_rate: 0.0,
        // Nobody approved: no bad rate to expect.
        bad_rate: f64::NAN,
    });
    let (mut approved, mut pd_sum) = (0u64, 0.0f64);
    for k in (0..width).rev() {
        approved += count[k];
        pd_sum += pd[k];
        out.push(StrategyPoint {
            cutoff: lo + k as i32,
            approval_rate: ratio(approved as f64, n as f64),
            bad_rate: ratio(pd_sum, approved as f64),
        });
    }
    out
}

/// The point of `curve` at `cutoff` (clamped to the curve's range).
pub(crate) fn at_cutoff(curve: &[StrategyPoint], cutoff: i32) -> Option<StrategyPoint> {
    let first = curve.first()?;
    let last = curve.last()?;
    let c = cutoff.clamp(last.cutoff, first.cutoff);
    curve.iter().copied().find(|q| q.cutoff == c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evaluation::evaluate;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn curve_matches_evaluation() {
        // Scores 500, 560, 620; the third has no income (hard decline).
        let rows: Vec<Row> = [(5.0, 5000.0), (15.0, 5000.0), (25.0, 0.0)]
            .into_iter()
            .map(|(orders, income)| Row {
                orders,
                income,
                app_month: 10,
                history: None,
            })
            .collect();
        let p = portfolio(&rows);
        let pol = Policy::default();
        let c = strategy_curve(&pol, &p);
        assert_eq!(c.len(), 122); // 621 down to 500
        assert_eq!(c[0].cutoff, 621);
        let at560 = at_cutoff(&c, 560).unwrap();
        assert!((at560.approval_rate - 1.0 / 3.0).abs() < 1e-12);
        assert!((at560.bad_rate - p.scorecard.pd(560)).abs() < 1e-12);
        let e = evaluate(&pol, &p);
        assert!((at560.approval_rate - e.total.approval_rate()).abs() < 1e-12);
        let at500 = at_cutoff(&c, 400).unwrap();
        assert_eq!(at500.cutoff, 500);
        assert!((at500.approval_rate - 2.0 / 3.0).abs() < 1e-12);
        let mean = (p.scorecard.pd(500) + p.scorecard.pd(560)) / 2.0;
        assert!((at500.bad_rate - mean).abs() < 1e-12);
        assert_eq!(at_cutoff(&c, 700).unwrap().approval_rate, 0.0);
    }
}
