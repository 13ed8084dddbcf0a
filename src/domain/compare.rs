//! Champion vs challenger: the swap set (PRODUCT.md). Approved by both (kept),
//! approved only by the challenger (swapped in), only by the champion (swapped out),
//! by neither (still declined; refers count as not approved).
//!
//! Bad rates are estimated (mean PD) for every group; observed rates exist only
//! where applicants have a mature booked account, and are reported apart.

use super::policy::{MIN_AGE, Policy};
use super::portfolio::{Outcome, Portfolio};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwapGroup {
    pub count: u64,
    /// Σ PD.
    pub pd_sum: f64,
    /// Members with a mature booked account, and the bad among them.
    pub observed: u64,
    pub observed_bad: u64,
}

impl SwapGroup {
    /// Estimated bad rate (mean PD); 0 for an empty group.
    pub fn estimated_bad_rate(&self) -> f64 {
        if self.count == 0 {
            0.0
        } else {
            self.pd_sum / self.count as f64
        }
    }

    /// Observed bad rate, `None` where no member has an observed outcome.
    pub fn observed_bad_rate(&self) -> Option<f64> {
        (self.observed > 0).then(|| self.observed_bad as f64 / self.observed as f64)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwapSet {
    pub kept: SwapGroup,
    pub swapped_in: SwapGroup,
    pub swapped_out: SwapGroup,
    pub declined_both: SwapGroup,
}

/// Whether `policy` approves applicant `i` (same rules as `Policy::rule`).
#[inline]
pub fn approves(policy: &Policy, p: &Portfolio, i: usize) -> bool {
    let a = &p.applicants;
    let d = &p.derived;
    // NaN tenure or DTI fail the comparisons: declined, as in `Policy::rule`.
    a.age[i] >= MIN_AGE
        && a.platform_months[i] >= policy.min_tenure_months as f32
        && d.dti[i] <= policy.dti_cap
        && d.score[i] >= policy.cutoff
}

/// The swap set of `challenger` against `champion` over the whole portfolio.
pub fn swap_set(champion: &Policy, challenger: &Policy, p: &Portfolio) -> SwapSet {
    let mut s = SwapSet::default();
    for i in 0..p.len() {
        let group = match (approves(champion, p, i), approves(challenger, p, i)) {
            (true, true) => &mut s.kept,
            (false, true) => &mut s.swapped_in,
            (true, false) => &mut s.swapped_out,
            (false, false) => &mut s.declined_both,
        };
        group.count += 1;
        group.pd_sum += p.derived.pd[i];
        if p.derived.mature[i] {
            group.observed += 1;
            group.observed_bad += (p.derived.outcome[i] == Outcome::Bad) as u64;
        }
    }
    s
}
