//! The policies a trainer starts from: Conservative, Balanced (the default) and Growth.

use super::Policy;

/// The demo presets, most cautious first; Balanced is the default policy.
pub(crate) fn presets() -> [Policy; 3] {
    let balanced = Policy::default();
    [
        Policy {
            name: "Conservative".into(),
            cutoff: 590,
            refer_width: 10,
            dti_cap: 0.4,
            min_tenure_months: 6,
            income_multiple: 0.6,
            max_limit: 15_000.0,
            ..balanced.clone()
        },
        balanced.clone(),
        Policy {
            name: "Growth".into(),
            cutoff: 535,
            refer_width: 20,
            dti_cap: 0.6,
            min_tenure_months: 1,
            income_multiple: 1.0,
            max_limit: 30_000.0,
            ..balanced
        },
    ]
}
