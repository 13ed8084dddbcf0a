//! Champion vs challenger: the swap set (docs/design.md#swap-set), a 3 × 3 matrix of
//! the champion's decision against the challenger's, so that referred applicants are
//! counted apart. Its summaries: approved by both (kept), swapped in (only the
//! challenger approves), swapped out (only the champion approves), approved by
//! neither (declined or referred by both).
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
    pub(crate) fn add(&mut self, o: &SwapCell) {
        self.count += o.count;
        self.pd_sum += o.pd_sum;
        self.observed += o.observed;
        self.observed_bad += o.observed_bad;
    }

    /// Mean PD: the estimated bad rate.
    pub(crate) fn estimated_bad_rate(&self) -> f64 {
        ratio(self.pd_sum, self.count as f64)
    }

    /// Observed bad rate, `None` where no outcome exists.
    pub(crate) fn observed_bad_rate(&self) -> Option<f64> {
        (self.observed > 0).then(|| self.observed_bad as f64 / self.observed as f64)
    }
}

/// The swap matrix: `cells[champion][challenger]`, by [`Decision::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwapSet {
    pub cells: [[SwapCell; 3]; 3],
}

impl SwapSet {
    /// Applicants the champion decided `champion` and the challenger `challenger`.
    pub fn cell(&self, champion: Decision, challenger: Decision) -> &SwapCell {
        &self.cells[champion.index()][challenger.index()]
    }

    /// The sum of the cells where `pick(champion, challenger)` holds.
    fn sum(&self, pick: impl Fn(Decision, Decision) -> bool) -> SwapCell {
        let mut out = SwapCell::default();
        for a in Decision::ALL {
            for b in Decision::ALL {
                if pick(a, b) {
                    out.add(self.cell(a, b));
                }
            }
        }
        out
    }

    /// Approved by both.
    pub fn kept(&self) -> SwapCell {
        *self.cell(Decision::Approve, Decision::Approve)
    }

    /// Approved by the challenger only (referred or declined by the champion).
    pub fn swapped_in(&self) -> SwapCell {
        self.sum(|a, b| a != Decision::Approve && b == Decision::Approve)
    }

    /// Approved by the champion only.
    pub fn swapped_out(&self) -> SwapCell {
        self.sum(|a, b| a == Decision::Approve && b != Decision::Approve)
    }

    /// Approved by neither (referred or declined by each).
    pub fn approved_by_neither(&self) -> SwapCell {
        self.sum(|a, b| a != Decision::Approve && b != Decision::Approve)
    }
}

/// Each applicant's decision under `policy`.
pub(crate) fn decisions(policy: &Policy, p: &Portfolio) -> Vec<Decision> {
    (0..p.len()).map(|i| decide(policy, p, i).1).collect()
}

/// Compares `challenger` with `champion` applicant by applicant (the reference).
pub fn swap_set(champion: &Policy, challenger: &Policy, p: &Portfolio) -> SwapSet {
    let champion_decides = decisions(champion, p);
    let mut s = SwapSet::default();
    for (i, a) in champion_decides.into_iter().enumerate() {
        let b = decide(challenger, p, i).1;
        let cell = &mut s.cells[a.index()][b.index()];
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
        use Decision::{Approve, Decline, Refer};
        assert_eq!(s.kept().count, 2);
        assert_eq!(s.swapped_out().count, 1);
        assert_eq!(s.swapped_in().count, 0);
        assert_eq!(s.approved_by_neither().count, 1);
        // The champion declines 500 (below its refer band 545–559); the challenger
        // refers 560 (its refer band 585–599 is missed: 560 < 585 declines).
        assert_eq!(s.cell(Decline, Decline).count, 1);
        assert_eq!(s.cell(Approve, Decline).count, 1);
        assert_eq!(s.cell(Approve, Refer).count, 0);
        assert_eq!(s.kept().observed, 1);
        assert_eq!(s.kept().observed_bad_rate(), Some(1.0));
        assert_eq!(s.swapped_out().observed_bad_rate(), None);
        let pd560 = p.scorecard.pd(560);
        assert!((s.swapped_out().estimated_bad_rate() - pd560).abs() < 1e-12);
        // An empty cell has no bad rate ("–"), not 0%.
        assert!(s.swapped_in().estimated_bad_rate().is_nan());
        assert_eq!(
            decisions(&champion, &p),
            vec![Decline, Approve, Approve, Approve]
        );
        // A cut-off of 570 with a refer band of 15 refers the 560: the matrix counts
        // it as referred, apart from the declined.
        let refer = Policy {
            cutoff: 570,
            ..Policy::default()
        };
        let r = swap_set(&champion, &refer, &p);
        assert_eq!(r.cell(Approve, Refer).count, 1);
        assert_eq!(r.cell(Decline, Decline).count, 1);
        assert_eq!(r.swapped_out().count, 1);
        // Against itself: nothing swaps; every applicant is on the diagonal.
        let same = swap_set(&champion, &champion, &p);
        assert_eq!(
            (
                same.kept().count,
                same.swapped_in().count,
                same.swapped_out().count
            ),
            (3, 0, 0)
        );
        let off_diagonal: u64 = Decision::ALL
            .iter()
            .flat_map(|&a| Decision::ALL.map(|b| (a, b)))
            .filter(|(a, b)| a != b)
            .map(|(a, b)| same.cell(a, b).count)
            .sum();
        assert_eq!(off_diagonal, 0);
    }
}
