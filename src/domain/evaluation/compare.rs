//! Champion vs challenger: the swap set (docs/design.md#swap-set): approved by both (kept),
//! swapped in (only the challenger approves), swapped out (only the champion
//! approves), declined by both (refers count as not approved).
//!
//! Bad rates: estimated = mean PD of the group (always available); observed = bad
//! share among mature booked accounts of the group (only where outcomes exist).

use crate::domain::evaluation::{decide, ratio};
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::{Outcome, Portfolio};

/// One cell of the swap set.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwapCell {
    pub count: u64,
    pub pd_sum: f64,
    /// Members with an observed 12-month outcome, and the bad among them.
    pub observed: u64,
    pub observed_bad: u64,
}

impl SwapCell {
    /// Mean PD: the estimated bad rate.
    pub(crate) fn estimated_bad_rate(&self) -> f64 {
        ratio(self.pd_sum, self.count as f64)
    }

    /// Observed bad rate, `None` where no outcome exists.
    pub(crate) fn observed_bad_rate(&self) -> Option<f64> {
        (self.observed > 0).then(|| self.observed_bad as f64 / self.observed as f64)
    }
}

/// The 2×2 swap set.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwapSet {
    pub kept: SwapCell,
    pub swapped_in: SwapCell,
    pub swapped_out: SwapCell,
    pub declined_both: SwapCell,
}

/// Whether `policy` approves each applicant.
pub(crate) fn approvals(policy: &Policy, p: &Portfolio) -> Vec<bool> {
    (0..p.len())
        .map(|i| decide(policy, p, i).1 == Decision::Approve)
        .collect()
}

/// Compares `challenger` with `champion` applicant by applicant.
pub fn swap_set(champion: &Policy, challenger: &Policy, p: &Portfolio) -> SwapSet {
    swap_set_from(&approvals(champion, p), challenger, p)
}

/// Like `swap_set`, with the champion's approvals already known (they change only
/// with the champion, so the Policy lab computes them once).
pub(crate) fn swap_set_from(
    champion_approves: &[bool],
    challenger: &Policy,
    p: &Portfolio,
) -> SwapSet {
    let mut s = SwapSet::default();
    for i in 0..p.len() {
        let a = champion_approves.get(i).copied().unwrap_or(false);
        let b = decide(challenger, p, i).1 == Decision::Approve;
        let cell = match (a, b) {
            (true, true) => &mut s.kept,
            (false, true) => &mut s.swapped_in,
            (true, false) => &mut s.swapped_out,
            (false, false) => &mut s.declined_both,
        };
        cell.count += 1;
        cell.pd_sum += p.derived.pd[i];
        if p.derived.mature[i] {
            cell.observed += 1;
            cell.observed_bad += (p.derived.outcome[i] == Outcome::Bad) as u64;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn swap_cells() {
        // Scores 500, 560, 620, 620; the last is booked and bad.
        let rows: Vec<Row> = [
            (5.0, None),
            (15.0, None),
            (25.0, None),
            (25.0, Some(vec![4; 12])),
        ]
        .into_iter()
        .map(|(orders, history)| Row {
            orders,
            income: 5000.0,
            app_month: 10,
            history,
        })
        .collect();
        let p = portfolio(&rows);
        let champion = Policy::default(); // approves 560 and above
        let challenger = Policy {
            cutoff: 600,
            ..Policy::default()
        };
        let s = swap_set(&champion, &challenger, &p);
        assert_eq!(s.kept.count, 2);
        assert_eq!(s.swapped_out.count, 1);
        assert_eq!(s.swapped_in.count, 0);
        assert_eq!(s.declined_both.count, 1);
        assert_eq!(s.kept.observed, 1);
        assert_eq!(s.kept.observed_bad_rate(), Some(1.0));
        assert_eq!(s.swapped_out.observed_bad_rate(), None);
        let pd560 = p.scorecard.pd(560);
        assert!((s.swapped_out.estimated_bad_rate() - pd560).abs() < 1e-12);
        // An empty cell has no bad rate ("–"), not 0%.
        assert!(s.swapped_in.estimated_bad_rate().is_nan());
        assert_eq!(approvals(&champion, &p), vec![false, true, true, true]);
        // Against itself: nothing swaps.
        let same = swap_set(&champion, &champion, &p);
        assert_eq!(
            (
                same.kept.count,
                same.swapped_in.count,
                same.swapped_out.count
            ),
            (3, 0, 0)
        );
    }
}
