//! A policy's approvals under a scenario, with their regulatory capital, in total and
//! by score band (the applicant's band at application, so that rows compare across
//! scenarios). EAD = limit × utilisation; EL = PD·LGD·EAD; K depends only on PD, so
//! it is computed once per score, not per applicant.

use serde::Serialize;

use super::Scenario;
use super::capital::{CapitalParams, k};
use super::inputs::shocked;
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::Portfolio;
use crate::domain::scorecard::band::BANDS;

/// Exposure, loss and capital of a set of lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CapitalRow {
    /// Applicants (approved book) or accounts (booked book) counted.
    pub count: u64,
    /// Of them, approved (approved book) or not yet 90+ (booked book).
    pub exposures: u64,
    pub ead: f64,
    pub expected_loss: f64,
    pub rwa: f64,
    pub capital: f64,
    /// EAD × the policy's fee yield.
    pub revenue: f64,
}

impl ApprovedBook {
    /// Capital of each band at `ratio`, and the total of the bands.
    pub(crate) fn finish(mut self, ratio: f64) -> Self {
        for row in self.by_band.iter_mut() {
            row.capital = row.rwa * ratio;
        }
        self.total = CapitalRow::sum(&self.by_band);
        self
    }
}

impl CapitalRow {
    /// The rows together: a book's total from its bands.
    pub fn sum(rows: &[CapitalRow]) -> CapitalRow {
        let mut t = CapitalRow::default();
        for r in rows {
            t.add(r);
        }
        t
    }

    pub(crate) fn add(&mut self, o: &CapitalRow) {
        self.count += o.count;
        self.exposures += o.exposures;
        self.ead += o.ead;
        self.expected_loss += o.expected_loss;
        self.rwa += o.rwa;
        self.capital += o.capital;
        self.revenue += o.revenue;
    }

    /// RWA / EAD (NaN without exposure).
    pub fn risk_weight(&self) -> f64 {
        crate::domain::evaluation::ratio(self.rwa, self.ead)
    }

    /// Revenue − expected loss − the hurdle rate × capital.
    pub fn margin_after_capital(&self, hurdle: f64) -> f64 {
        self.revenue - self.expected_loss - hurdle * self.capital
    }
}

/// The approvals of a policy under a scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApprovedBook {
    pub total: CapitalRow,
    pub by_band: [CapitalRow; BANDS],
    /// Approved without the scenario, not approved under it.
    pub lost_approvals: u64,
    /// Approved under the scenario only (a positive score shift).
    pub new_approvals: u64,
}

/// K of each score in `lo..=hi` under `s` (PD re-read from the card, × the
/// multiplier, floored).
fn k_by_score(
    p: &Portfolio,
    s: &Scenario,
    lgd: f64,
    c: &CapitalParams,
    (lo, hi): (i32, i32),
) -> Vec<f64> {
    (lo..=hi)
        .map(|score| {
            let pd = s.pd(p.scorecard.pd(score)).max(c.pd_floor);
            k(pd, lgd, c.correlation)
        })
        .collect()
}

/// `policy`'s approvals over `p` under `s`, with capital by `c`.
pub fn approved_book(
    policy: &Policy,
    p: &Portfolio,
    s: &Scenario,
    c: &CapitalParams,
) -> ApprovedBook {
    let x = shocked(p, s);
    let edges = p.scorecard.bands();
    let lgd = s.lgd(policy.lgd);
    let utilisation = s.utilisation.unwrap_or(policy.utilisation);
    let (lo, hi) = x
        .score
        .iter()
        .fold((i32::MAX, i32::MIN), |(l, h), &v| (l.min(v), h.max(v)));
    // One K per distinct score; a range too wide for a table (a broken card) is
    // computed per applicant instead.
    let table = (lo <= hi && i64::from(hi) - i64::from(lo) < 200_000)
        .then(|| k_by_score(p, s, lgd, c, (lo, hi)));
    let mut out = ApprovedBook::default();
    for i in 0..p.len() {
        let band = p.derived.band[i] as usize;
        let row = &mut out.by_band[band.min(BANDS - 1)];
        row.count += 1;
        let score = x.score[i];
        let input = x.input(p, i, edges.of(score));
        let approved = policy.rule(&input, &p.employments).decision() == Decision::Approve;
        let approved_before =
            crate::domain::evaluation::decide(policy, p, i).1 == Decision::Approve;
        out.lost_approvals += (approved_before && !approved) as u64;
        out.new_approvals += (approved && !approved_before) as u64;
        if !approved {
            continue;
        }
        let limit = policy.limit(input.monthly_income, input.band).limit;
        let ead = limit * utilisation;
        let pd = s.pd(p.scorecard.pd(score));
        let kk = match &table {
            Some(t) => t[(score - lo) as usize],
            None => k(pd.max(c.pd_floor), lgd, c.correlation),
        };
        row.exposures += 1;
        row.ead += ead;
        row.expected_loss += pd * lgd * ead;
        row.rwa += 12.5 * kk * ead;
        row.revenue += ead * policy.fee_yield;
    }
    out.finish(c.ratio)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    fn row(orders: f32, income: f64) -> Row {
        Row {
            orders,
            income,
            app_month: 0,
            history: None,
        }
    }

    #[test]
    fn base_is_the_evaluation_and_capital_is_the_formula() {
        let p = portfolio(&[row(25.0, 5000.0), row(15.0, 8000.0), row(5.0, 5000.0)]);
        let pol = Policy::default();
        let c = CapitalParams::default();
        let b = approved_book(&pol, &p, &Scenario::default(), &c);
        let e = crate::domain::evaluation::evaluate(&pol, &p);
        assert_eq!(b.total.exposures, e.total.approved);
        assert!((b.total.ead - e.total.ead).abs() < 1e-9);
        assert!((b.total.expected_loss - e.total.expected_loss).abs() < 1e-9);
        // Applicant 1 (score 620): RWA = 12.5 · K(PD, 0.85) · EAD.
        let pd = p.scorecard.pd(620).max(c.pd_floor);
        let ead = 5000.0 * pol.utilisation;
        let want = 12.5 * k(pd, 0.85, c.correlation) * ead;
        let band = p.derived.band[0] as usize;
        assert!((b.by_band[band].rwa - want).abs() < 1e-6, "{b:?}");
        assert!((b.total.capital - 0.08 * b.total.rwa).abs() < 1e-9);
        assert_eq!((b.lost_approvals, b.new_approvals), (0, 0));
    }

    #[test]
    fn an_income_shock_moves_an_applicant_across_the_dti_cap() {
        // Debt 2,400 on income 5,000 is DTI 0.48, under the 50% cap; income −15%
        // gives 4,250 and DTI 0.565: declined.
        let mut p = portfolio(&[row(25.0, 5000.0)]);
        p.applicants.monthly_debt[0] = 2400.0;
        p.derived.dti[0] = 0.48;
        let pol = Policy::default();
        let c = CapitalParams::default();
        let base = approved_book(&pol, &p, &Scenario::default(), &c);
        assert_eq!(base.total.exposures, 1);
        let severe = Scenario::preset("Severe").unwrap_or_default();
        let b = approved_book(&pol, &p, &severe, &c);
        assert_eq!((b.total.exposures, b.lost_approvals), (0, 1));
        // A −5% shock keeps it (DTI 0.505 is above the cap too: 0.48 / 0.95).
        let mild_income = Scenario {
            income_shock: 0.03,
            ..Scenario::default()
        };
        let b = approved_book(&pol, &p, &mild_income, &c);
        // 2,400 / 4,850 = 0.4948: still under the cap, the limit shrinks with income.
        assert_eq!(b.total.exposures, 1);
        assert!(b.total.ead <= base.total.ead);
    }
}
