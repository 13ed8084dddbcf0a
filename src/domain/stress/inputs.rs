//! The decision inputs of every applicant under a scenario: income cut by the shock,
//! DTI re-derived from it, the score re-computed through every characteristic (so
//! each one that reads income or DTI moves), then the score shift. The straightforward
//! path: a shocked copy of the income and DTI columns, scored as at load.

use crate::domain::policy::DecisionInput;
use crate::domain::portfolio::registry::{Columns, Role, Source};
use crate::domain::portfolio::{ExtraValues, Portfolio, dti};
use crate::domain::scorecard::scoring::score_column;

use super::Scenario;

/// Scores, incomes and DTIs of every applicant under `s`.
pub(crate) struct Shocked {
    pub income: Vec<f64>,
    pub dti: Vec<f64>,
    pub score: Vec<i32>,
}

/// The applicants' inputs under `s`. Without an income shock the loaded ones (shifted).
pub(crate) fn shocked(p: &Portfolio, s: &Scenario) -> Shocked {
    let a = &p.applicants;
    let keep = 1.0 - s.income_shock;
    if s.income_shock == 0.0 {
        return Shocked {
            income: a.monthly_income.clone(),
            dti: p.derived.dti.clone(),
            score: p
                .derived
                .score
                .iter()
                .map(|&x| x.saturating_add(s.score_shift))
                .collect(),
        };
    }
    let mut copy = a.clone();
    for x in copy.monthly_income.iter_mut() {
        *x *= keep;
    }
    // A lender's own income column is cut too; its own DTI column rises by 1 / keep.
    let extra_of = |role: Role| match p.registry.by_role(role).map(|e| e.source) {
        Some(Source::Extra(k)) => Some(k as usize),
        _ => None,
    };
    if let Some(k) = extra_of(Role::Income)
        && let Some(ExtraValues::Numeric(v)) = copy.extra.get_mut(k)
    {
        v.iter_mut().for_each(|x| *x *= keep);
    }
    let shocked_dti: Vec<f64> = match extra_of(Role::Dti) {
        Some(_) => p.derived.dti.iter().map(|&x| x / keep).collect(),
        None if p.registry.by_role(Role::Dti).is_some() => (0..copy.len())
            .map(|i| dti(copy.monthly_debt[i], copy.monthly_income[i]))
            .collect(),
        None => p.derived.dti.clone(),
    };
    let columns = Columns {
        applicants: &copy,
        dti: &shocked_dti,
        channels: &p.channels,
        employments: &p.employments,
    };
    // The card was scored on these very columns at load; a failure now would be a
    // broken invariant, so the loaded scores stand rather than a panic.
    let score = score_column(&p.scorecard, &p.registry, &columns)
        .unwrap_or_else(|_| p.derived.score.clone())
        .into_iter()
        .map(|x| x.saturating_add(s.score_shift))
        .collect();
    Shocked {
        income: copy.monthly_income,
        dti: shocked_dti,
        score,
    }
}

impl Shocked {
    /// Applicant `i`'s decision input, its band from `band_of` its shocked score.
    pub(crate) fn input(&self, p: &Portfolio, i: usize, band: u8) -> DecisionInput {
        let a = &p.applicants;
        DecisionInput {
            age: a.age[i],
            employment: a.employment.get(i).copied().unwrap_or(0),
            platform_months: a.platform_months[i],
            monthly_income: self.income[i],
            dti: self.dti[i],
            score: self.score[i],
            band,
        }
    }
}
