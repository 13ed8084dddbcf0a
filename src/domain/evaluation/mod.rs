//! Figures of a policy over the whole portfolio, in total and by score band.
//!
//! docs/design.md#figures-of-a-policy: approvals, approval rate, refers; expected bad rate (mean PD of the
//! approved) and observed bad rate (where outcomes exist, said apart);
//! `EAD = limit × utilisation`; expected loss `Σ PD·LGD·EAD`;
//! revenue `EAD × annual fee yield`; margin `revenue − expected loss`.

pub mod compare;
pub mod engine;
pub mod explanation;
pub(crate) mod name_order;
pub(crate) mod rule_inputs;
pub mod strategy;
pub mod swap_index;
pub(crate) mod table_query;

use crate::domain::policy::{Decision, DecisionInput, Policy, Rule};
use crate::domain::portfolio::{Outcome, Portfolio};
use crate::domain::scorecard::band::BANDS;

/// Sums over a group of applicants (a band, or everyone).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    pub applicants: u64,
    pub approved: u64,
    pub referred: u64,
    pub declined: u64,
    /// Σ PD of the approved.
    pub pd_sum: f64,
    /// Σ limit of the approved.
    pub limit_sum: f64,
    /// Σ limit × utilisation.
    pub ead: f64,
    /// Σ PD · LGD · EAD.
    pub expected_loss: f64,
    /// Approved applicants with a mature booked account (12-month outcome observed),
    /// and the bad among them.
    pub observed: u64,
    pub observed_bad: u64,
}

impl Figures {
    pub fn approval_rate(&self) -> f64 {
        ratio(self.approved as f64, self.applicants as f64)
    }

    /// Mean PD of the approved.
    pub fn expected_bad_rate(&self) -> f64 {
        ratio(self.pd_sum, self.approved as f64)
    }

    /// Bad share among approved applicants with an observed outcome (NaN if none).
    pub(crate) fn observed_bad_rate(&self) -> f64 {
        if self.observed == 0 {
            f64::NAN
        } else {
            self.observed_bad as f64 / self.observed as f64
        }
    }

    pub(crate) fn revenue(&self, policy: &Policy) -> f64 {
        self.ead * policy.fee_yield
    }

    pub(crate) fn margin(&self, policy: &Policy) -> f64 {
        self.revenue(policy) - self.expected_loss
    }

    pub(crate) fn add(&mut self, o: &Figures) {
        self.applicants += o.applicants;
        self.approved += o.approved;
        self.referred += o.referred;
        self.declined += o.declined;
        self.pd_sum += o.pd_sum;
        self.limit_sum += o.limit_sum;
        self.ead += o.ead;
        self.expected_loss += o.expected_loss;
        self.observed += o.observed;
        self.observed_bad += o.observed_bad;
    }
}

/// `a / b`, 0 when `b` is 0.
pub(crate) fn ratio(a: f64, b: f64) -> f64 {
    // Nothing to divide by means nothing was observed: NaN, shown as "–" and written
    // as `null`, never as 0.
    if b == 0.0 { f64::NAN } else { a / b }
}

/// A policy's figures over the portfolio.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evaluation {
    pub by_band: [Figures; BANDS],
    pub total: Figures,
}

/// The decision input of applicant `i`.
pub(crate) fn decision_input(p: &Portfolio, i: usize) -> DecisionInput {
    let a = &p.applicants;
    DecisionInput {
        age: a.age[i],
        employment: a.employment.get(i).copied().unwrap_or(0),
        platform_months: a.platform_months[i],
        monthly_income: a.monthly_income[i],
        dti: p.derived.dti[i],
        score: p.derived.score[i],
        band: p.derived.band[i],
    }
}

/// Rule, decision and limit (0 unless approved) of applicant `i`.
pub fn decide(policy: &Policy, p: &Portfolio, i: usize) -> (Rule, Decision, f64) {
    let x = decision_input(p, i);
    let rule = policy.rule(&x, &p.employments);
    let decision = rule.decision();
    let limit = if decision == Decision::Approve {
        policy.limit(x.monthly_income, x.band).limit
    } else {
        0.0
    };
    (rule, decision, limit)
}

/// Evaluates `policy` over every applicant (the straightforward reference path).
pub fn evaluate(policy: &Policy, p: &Portfolio) -> Evaluation {
    let mut by_band = [Figures::default(); BANDS];
    for i in 0..p.len() {
        let band = p.derived.band[i] as usize;
        let f = &mut by_band[band];
        f.applicants += 1;
        let (_, decision, limit) = decide(policy, p, i);
        match decision {
            Decision::Decline => f.declined += 1,
            Decision::Refer => f.referred += 1,
            Decision::Approve => {
                let pd = p.derived.pd[i];
                let ead = limit * policy.utilisation;
                f.approved += 1;
                f.pd_sum += pd;
                f.limit_sum += limit;
                f.ead += ead;
                f.expected_loss += pd * policy.lgd * ead;
                if p.derived.mature[i] {
                    f.observed += 1;
                    f.observed_bad += (p.derived.outcome[i] == Outcome::Bad) as u64;
                }
            }
        }
    }
    let mut total = Figures::default();
    for f in &by_band {
        total.add(f);
    }
    Evaluation { by_band, total }
}
