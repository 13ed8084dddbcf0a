//! The hard rules of a policy, written once (docs/design.md#limit-policy): an applicant
//! under 18, below the minimum months on the platform (unknown counts as below), with
//! no income (debt-to-income NaN) or debt-to-income above the cap is declined, in that
//! order, whatever the score.
//!
//! Every pass calls these: `Policy::rule` (the reference, which also says which rule),
//! the reference evaluation, the fast engine's two passes and the swap index. The fast
//! passes read the age and tenure packed into a `u32` at load ([`pack_age_tenure`]);
//! [`Gate::passes_packed`] is exact against [`Gate::passes`] (tested below).

use super::{MIN_AGE, Policy, Rule};

/// The settings the hard rules read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Gate {
    pub dti_cap: f64,
    pub min_tenure_months: u32,
}

/// Bits 16–23 of a packed value: whole months on the platform (0–254; 255 unknown or
/// negative). Bit 24: age at least `MIN_AGE`. Bits 0–15 and 25–31 are the caller's.
const TENURE_SHIFT: u32 = 16;
const TENURE_MASK: u32 = 0xFF << TENURE_SHIFT;
const TENURE_UNKNOWN: u32 = 255;
const AGE_OK: u32 = 1 << 24;
/// The bits [`pack_age_tenure`] uses.
pub(crate) const GATE_BITS: u32 = TENURE_MASK | AGE_OK;
/// The longest tenure rule the packed months answer (one below "unknown").
pub(crate) const MAX_PACKED_TENURE_RULE: u32 = 254;

impl Gate {
    pub(crate) fn of(p: &Policy) -> Self {
        Self {
            dti_cap: p.dti_cap,
            min_tenure_months: p.min_tenure_months,
        }
    }

    /// The first hard rule that declines, in order; `None` when all pass.
    pub(crate) fn first_failure(&self, age: u8, platform_months: f32, dti: f64) -> Option<Rule> {
        if age < MIN_AGE {
            Some(Rule::UnderAge)
        } else if platform_months.is_nan() || platform_months < self.min_tenure_months as f32 {
            // Unknown tenure is declined.
            Some(Rule::ShortTenure)
        } else if dti.is_nan() {
            Some(Rule::NoIncome)
        } else if dti > self.dti_cap {
            Some(Rule::DtiAboveCap)
        } else {
            None
        }
    }

    /// Every hard rule that declines, in the order of [`Gate::first_failure`] (so the
    /// deciding one first): what a declined applicant is told.
    pub(crate) fn failures(&self, age: u8, platform_months: f32, dti: f64) -> Vec<Rule> {
        let mut out = Vec::new();
        if age < MIN_AGE {
            out.push(Rule::UnderAge);
        }
        if platform_months.is_nan() || platform_months < self.min_tenure_months as f32 {
            out.push(Rule::ShortTenure);
        }
        if dti.is_nan() {
            out.push(Rule::NoIncome);
        } else if dti > self.dti_cap {
            out.push(Rule::DtiAboveCap);
        }
        out
    }

    /// Whether every hard rule passes: `first_failure(..).is_none()` without branches,
    /// for the passes over every applicant. NaN tenure or DTI fail the comparisons.
    #[inline(always)]
    pub(crate) fn passes(&self, age: u8, platform_months: f32, dti: f64) -> bool {
        (age >= MIN_AGE)
            & (platform_months >= self.min_tenure_months as f32)
            & (dti <= self.dti_cap)
    }

    /// Whether the packed age and tenure can answer this gate.
    pub(crate) fn packable(&self) -> bool {
        self.min_tenure_months <= MAX_PACKED_TENURE_RULE
    }

    /// [`Gate::passes`] over age and tenure packed by [`pack_age_tenure`] (the gate
    /// must be [`Gate::packable`]).
    #[inline(always)]
    pub(crate) fn passes_packed(&self, packed: u32, dti: f64) -> bool {
        let tenure = (packed & TENURE_MASK) >> TENURE_SHIFT;
        (packed & AGE_OK != 0)
            & (tenure != TENURE_UNKNOWN)
            & (tenure >= self.min_tenure_months)
            & (dti <= self.dti_cap)
    }
}

/// The age and platform tenure the gate reads, in [`GATE_BITS`]. Whole months suffice:
/// for a whole `t`, `m ≥ t` is `floor(m) ≥ t`.
#[inline]
pub(crate) fn pack_age_tenure(age: u8, platform_months: f32) -> u32 {
    let tenure = if platform_months >= 0.0 {
        (platform_months.floor() as u32).min(MAX_PACKED_TENURE_RULE)
    } else {
        TENURE_UNKNOWN
    };
    (tenure << TENURE_SHIFT) | if age >= MIN_AGE { AGE_OK } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::DecisionInput;

    #[test]
    fn the_gate_decides_the_hard_rules_of_policy_rule() {
        let months = [0.0, 2.9, 3.0, 12.7, 254.5, 300.0, -1.0, f32::NAN];
        let dtis = [0.0, 0.3, 0.5, 0.5001, 2.0, f64::NAN];
        for cap in [0.0, 0.5, 1.0] {
            for tenure in [0, 1, 3, 12, 254] {
                let policy = Policy {
                    dti_cap: cap,
                    min_tenure_months: tenure,
                    ..Policy::default()
                };
                let gate = Gate::of(&policy);
                for &m in &months {
                    for age in [17u8, 18, 60] {
                        for &dti in &dtis {
                            let x = DecisionInput {
                                age,
                                platform_months: m,
                                monthly_income: 5000.0,
                                dti,
                                score: 900,
                                band: 0,
                            };
                            let rule = policy.rule(&x);
                            let hard = gate.first_failure(age, m, dti);
                            let case =
                                format!("cap {cap} tenure {tenure} m {m} age {age} dti {dti}");
                            match hard {
                                Some(r) => assert_eq!(rule, r, "{case}"),
                                None => assert_eq!(rule, Rule::ScoreAtOrAboveCutoff, "{case}"),
                            }
                            assert_eq!(gate.passes(age, m, dti), hard.is_none(), "{case}");
                            // Every failure is listed, the deciding one first.
                            let all = gate.failures(age, m, dti);
                            assert_eq!(all.first().copied(), hard, "{case}");
                            assert_eq!(all.contains(&Rule::UnderAge), age < 18, "{case}");
                            let packed = pack_age_tenure(age, m);
                            assert_eq!(packed & !GATE_BITS, 0);
                            assert_eq!(gate.passes_packed(packed, dti), hard.is_none(), "{case}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn hard_rules_in_order() {
        let gate = Gate {
            dti_cap: 0.5,
            min_tenure_months: 3,
        };
        assert_eq!(gate.first_failure(17, 1.0, f64::NAN), Some(Rule::UnderAge));
        assert_eq!(
            gate.first_failure(30, 2.0, f64::NAN),
            Some(Rule::ShortTenure)
        );
        assert_eq!(
            gate.first_failure(30, f32::NAN, 0.1),
            Some(Rule::ShortTenure)
        );
        assert_eq!(gate.first_failure(30, 3.0, f64::NAN), Some(Rule::NoIncome));
        assert_eq!(gate.first_failure(30, 3.0, 0.5001), Some(Rule::DtiAboveCap));
        assert_eq!(gate.first_failure(30, 3.0, 0.5), None);
    }
}
