//! The hard rules of a policy, written once (docs/design.md#limit-policy): an applicant
//! under 18, in an employment category the policy declines (students, where consumer
//! credit to them is barred), below the minimum months on the platform (unknown counts
//! as below), with no income (debt-to-income NaN) or debt-to-income above the cap is
//! declined, in that order, whatever the score.
//!
//! Every pass calls these: `Policy::rule` (the reference, which also says which rule),
//! the reference evaluation, the fast engine's two passes and the swap index. The fast
//! passes read the age and tenure packed into a `u32` at load ([`pack_age_tenure`]);
//! [`Gate::passes_packed`] is exact against [`Gate::passes`] (tested below).

use super::{MIN_AGE, Policy, Rule};

/// The employment categories a policy declines, as a set of the portfolio's
/// employment codes (a policy names categories; a portfolio codes them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Declined([u64; 4]);

impl Declined {
    /// The codes of `names` in the portfolio's `employments` (a name the portfolio
    /// does not have declines nobody).
    pub(crate) fn of(names: &[String], employments: &[String]) -> Self {
        let mut set = [0u64; 4];
        for (code, e) in employments.iter().enumerate().take(256) {
            if names.iter().any(|n| n == e) {
                set[code >> 6] |= 1 << (code & 63);
            }
        }
        Self(set)
    }

    #[inline(always)]
    pub(crate) fn has(&self, code: u8) -> bool {
        (self.0[usize::from(code >> 6)] >> (code & 63)) & 1 != 0
    }

    /// Whether no code at or above `PACKED_EMPLOYMENT_BEYOND` is declined (the packed
    /// rows then answer the rule).
    fn packable(&self) -> bool {
        (PACKED_EMPLOYMENT_BEYOND..=255).all(|c| !self.has(c as u8))
    }
}

/// The settings the hard rules read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Gate {
    pub dti_cap: f64,
    pub min_tenure_months: u32,
    pub declined: Declined,
}

/// Bits 16–23 of a packed value: whole months on the platform (0–254; 255 unknown or
/// negative). Bit 24: age at least `MIN_AGE`. Bits 27–31: the employment code (31 for
/// a code of 31 or more). Bits 0–15, 25 and 26 are the caller's.
const TENURE_SHIFT: u32 = 16;
const TENURE_MASK: u32 = 0xFF << TENURE_SHIFT;
const TENURE_UNKNOWN: u32 = 255;
const AGE_OK: u32 = 1 << 24;
const EMPLOYMENT_SHIFT: u32 = 27;
const EMPLOYMENT_MASK: u32 = 0x1F << EMPLOYMENT_SHIFT;
/// The packed employment code of every code from this one up.
const PACKED_EMPLOYMENT_BEYOND: u32 = 31;
/// The bits [`pack_age_tenure`] uses.
pub(crate) const GATE_BITS: u32 = TENURE_MASK | AGE_OK | EMPLOYMENT_MASK;
/// The longest tenure rule the packed months answer (one below "unknown").
pub(crate) const MAX_PACKED_TENURE_RULE: u32 = 254;

impl Gate {
    /// The gate of `p` over a portfolio whose employment categories are `employments`.
    pub(crate) fn of(p: &Policy, employments: &[String]) -> Self {
        Self {
            dti_cap: p.dti_cap,
            min_tenure_months: p.min_tenure_months,
            declined: Declined::of(&p.declined_employment, employments),
        }
    }

    /// The first hard rule that declines, in order; `None` when all pass.
    pub(crate) fn first_failure(
        &self,
        age: u8,
        employment: u8,
        platform_months: f32,
        dti: f64,
    ) -> Option<Rule> {
        if age < MIN_AGE {
            Some(Rule::UnderAge)
        } else if self.declined.has(employment) {
            Some(Rule::DeclinedEmployment)
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
    pub(crate) fn failures(
        &self,
        age: u8,
        employment: u8,
        platform_months: f32,
        dti: f64,
    ) -> Vec<Rule> {
        let mut out = Vec::new();
        if age < MIN_AGE {
            out.push(Rule::UnderAge);
        }
        if self.declined.has(employment) {
            out.push(Rule::DeclinedEmployment);
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
    pub(crate) fn passes(&self, age: u8, employment: u8, platform_months: f32, dti: f64) -> bool {
        (age >= MIN_AGE)
            & !self.declined.has(employment)
            & (platform_months >= self.min_tenure_months as f32)
            & (dti <= self.dti_cap)
    }

    /// Whether the packed age and tenure can answer this gate.
    pub(crate) fn packable(&self) -> bool {
        self.min_tenure_months <= MAX_PACKED_TENURE_RULE && self.declined.packable()
    }

    /// [`Gate::passes`] over age and tenure packed by [`pack_age_tenure`] (the gate
    /// must be [`Gate::packable`]).
    #[inline(always)]
    pub(crate) fn passes_packed(&self, packed: u32, dti: f64) -> bool {
        let tenure = (packed & TENURE_MASK) >> TENURE_SHIFT;
        let employment = ((packed & EMPLOYMENT_MASK) >> EMPLOYMENT_SHIFT) as u8;
        (packed & AGE_OK != 0)
            & !self.declined.has(employment)
            & (tenure != TENURE_UNKNOWN)
            & (tenure >= self.min_tenure_months)
            & (dti <= self.dti_cap)
    }
}

/// The age, employment and platform tenure the gate reads, in [`GATE_BITS`]. Whole
/// months suffice: for a whole `t`, `m ≥ t` is `floor(m) ≥ t`.
#[inline]
pub(crate) fn pack_gate_inputs(age: u8, employment: u8, platform_months: f32) -> u32 {
    let tenure = if platform_months >= 0.0 {
        (platform_months.floor() as u32).min(MAX_PACKED_TENURE_RULE)
    } else {
        TENURE_UNKNOWN
    };
    let employment = u32::from(employment).min(PACKED_EMPLOYMENT_BEYOND);
    (tenure << TENURE_SHIFT)
        | (employment << EMPLOYMENT_SHIFT)
        | if age >= MIN_AGE { AGE_OK } else { 0 }
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
                    declined_employment: vec!["student".into(), "e40".into()],
                    ..Policy::default()
                };
                // Codes 1 (student) and 40 (beyond what a packed row holds) declined.
                let employments: Vec<String> = (0..45)
                    .map(|k| {
                        if k == 1 {
                            "student".into()
                        } else {
                            format!("e{k}")
                        }
                    })
                    .collect();
                let gate = Gate::of(&policy, &employments);
                assert!(!gate.packable());
                let packable = Gate::of(
                    &Policy {
                        declined_employment: vec!["student".into()],
                        ..policy.clone()
                    },
                    &employments,
                );
                assert_eq!(packable.packable(), tenure <= MAX_PACKED_TENURE_RULE);
                for (&m, (age, emp)) in months
                    .iter()
                    .flat_map(|m| [17u8, 18, 60].map(|a| (m, a)))
                    .flat_map(|(m, a)| [0u8, 1, 30, 31, 40].map(|e| (m, (a, e))))
                {
                    {
                        for &dti in &dtis {
                            let x = DecisionInput {
                                age,
                                employment: emp,
                                platform_months: m,
                                monthly_income: 5000.0,
                                dti,
                                score: 900,
                                band: 0,
                            };
                            let rule = policy.rule(&x, &employments);
                            let hard = gate.first_failure(age, emp, m, dti);
                            let case = format!(
                                "cap {cap} tenure {tenure} m {m} age {age} emp {emp} dti {dti}"
                            );
                            match hard {
                                Some(r) => assert_eq!(rule, r, "{case}"),
                                None => assert_eq!(rule, Rule::ScoreAtOrAboveCutoff, "{case}"),
                            }
                            assert_eq!(gate.passes(age, emp, m, dti), hard.is_none(), "{case}");
                            // Every failure is listed, the deciding one first.
                            let all = gate.failures(age, emp, m, dti);
                            assert_eq!(all.first().copied(), hard, "{case}");
                            assert_eq!(all.contains(&Rule::UnderAge), age < 18, "{case}");
                            assert_eq!(
                                all.contains(&Rule::DeclinedEmployment),
                                emp == 1 || emp == 40,
                                "{case}"
                            );
                            let packed = pack_gate_inputs(age, emp, m);
                            assert_eq!(packed & !GATE_BITS, 0);
                            if packable.packable() {
                                let ok = packable.first_failure(age, emp, m, dti).is_none();
                                assert_eq!(packable.passes_packed(packed, dti), ok, "{case}");
                            }
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
            declined: Declined::of(&["student".into()], &["salaried".into(), "student".into()]),
        };
        assert_eq!(
            gate.first_failure(17, 1, 1.0, f64::NAN),
            Some(Rule::UnderAge)
        );
        assert_eq!(
            gate.first_failure(30, 1, 1.0, f64::NAN),
            Some(Rule::DeclinedEmployment)
        );
        assert_eq!(
            gate.first_failure(30, 0, 2.0, f64::NAN),
            Some(Rule::ShortTenure)
        );
        assert_eq!(
            gate.first_failure(30, 0, f32::NAN, 0.1),
            Some(Rule::ShortTenure)
        );
        assert_eq!(
            gate.first_failure(30, 0, 3.0, f64::NAN),
            Some(Rule::NoIncome)
        );
        assert_eq!(
            gate.first_failure(30, 0, 3.0, 0.5001),
            Some(Rule::DtiAboveCap)
        );
        assert_eq!(gate.first_failure(30, 0, 3.0, 0.5), None);
    }
}
