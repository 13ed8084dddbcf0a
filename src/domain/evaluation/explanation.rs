//! Why an applicant got their decision, in the terms a customer is owed: every hard
//! rule that fails, the deciding one first, with its values; then, where the score
//! is also below the cut-off, the characteristics that cost the most points against
//! their best bins. At most four in all; an approval has none.

use super::decision_input;
use crate::domain::policy::gate::Gate;
use crate::domain::policy::{Decision, MIN_AGE, Policy, Rule};
use crate::domain::portfolio::Portfolio;
use crate::domain::scorecard::MAX_REASONS;

/// A hard rule that fails, with the values that make it fail.
#[derive(Clone, Debug, PartialEq)]
pub enum HardRuleFailure {
    UnderAge {
        age: u8,
        min: u8,
    },
    /// `months` is `None` when the tenure is not known (which fails the rule).
    ShortTenure {
        months: Option<f32>,
        min: u32,
    },
    /// No income (or 0): the debt-to-income ratio cannot be checked.
    NoIncome,
    DtiAboveCap {
        dti: f64,
        cap: f64,
    },
    /// An employment category the policy declines (students, say).
    DeclinedEmployment {
        category: String,
    },
}

impl HardRuleFailure {
    /// The reason code (H: a hard rule of the policy, not a scorecard characteristic).
    pub fn code(&self) -> &'static str {
        match self {
            HardRuleFailure::UnderAge { .. } => "H01",
            HardRuleFailure::ShortTenure { .. } => "H02",
            HardRuleFailure::NoIncome => "H03",
            HardRuleFailure::DtiAboveCap { .. } => "H04",
            HardRuleFailure::DeclinedEmployment { .. } => "H05",
        }
    }
}

/// One principal reason.
#[derive(Clone, Debug, PartialEq)]
pub enum PrincipalReason {
    HardRule(HardRuleFailure),
    /// A characteristic below its best bin: the card's code and text (in the language
    /// asked for) and the points it cost.
    Score {
        code: String,
        text: String,
        shortfall: i32,
    },
}

impl PrincipalReason {
    pub fn code(&self) -> &str {
        match self {
            PrincipalReason::HardRule(h) => h.code(),
            PrincipalReason::Score { code, .. } => code,
        }
    }
}

/// An applicant's decision under a policy and its principal reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub rule: Rule,
    pub decision: Decision,
    pub reasons: Vec<PrincipalReason>,
}

/// The explanation of applicant `i`'s decision under `policy`, score reasons worded
/// in `language` (the card's texts for it, else its English ones).
pub fn explain(policy: &Policy, p: &Portfolio, i: usize, language: &str) -> Explanation {
    let x = decision_input(p, i);
    let rule = policy.rule(&x, &p.employments);
    let decision = rule.decision();
    let mut reasons = Vec::new();
    if decision != Decision::Approve {
        let gate = Gate::of(policy, &p.employments);
        for r in gate.failures(x.age, x.employment, x.platform_months, x.dti) {
            let failure = match r {
                Rule::UnderAge => HardRuleFailure::UnderAge {
                    age: x.age,
                    min: MIN_AGE,
                },
                Rule::DeclinedEmployment => HardRuleFailure::DeclinedEmployment {
                    category: p
                        .employments
                        .get(usize::from(x.employment))
                        .cloned()
                        .unwrap_or_default(),
                },
                Rule::ShortTenure => HardRuleFailure::ShortTenure {
                    months: (!x.platform_months.is_nan()).then_some(x.platform_months),
                    min: policy.min_tenure_months,
                },
                Rule::NoIncome => HardRuleFailure::NoIncome,
                Rule::DtiAboveCap => HardRuleFailure::DtiAboveCap {
                    dti: x.dti,
                    cap: policy.dti_cap,
                },
                _ => continue,
            };
            reasons.push(PrincipalReason::HardRule(failure));
        }
        if x.score < policy.cutoff {
            let card = &p.scorecard;
            let score_reasons = card
                .breakdown(&p.scorecard_values(i))
                .map(|b| card.reasons_in(&b, language))
                .unwrap_or_default();
            reasons.extend(score_reasons.into_iter().map(|r| PrincipalReason::Score {
                code: r.code,
                text: r.text,
                shortfall: r.shortfall,
            }));
        }
        reasons.truncate(MAX_REASONS);
    }
    Explanation {
        rule,
        decision,
        reasons,
    }
}
