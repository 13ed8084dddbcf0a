//! The booked book's regulatory capital under a scenario, at each account's latest
//! month-end: a performing line has EAD = drawn + d·undrawn + CCF·(1 − d)·undrawn,
//! its application PD × the multiplier (floored) and the IRB K; a defaulted line (90+)
//! is frozen, EAD = drawn, K = max(0, LGD − best-estimate EL) with the best estimate
//! at LGD, so K = 0 and its loss, LGD × drawn, sits in provisions.

use super::Scenario;
use super::approved::CapitalRow;
use super::capital::{CapitalParams, k, k_defaulted};
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_90, Portfolio};
use crate::domain::scorecard::band::BANDS;

/// The booked book's capital, in total and by the applicant's score band.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BookedCapital {
    pub total: CapitalRow,
    pub by_band: [CapitalRow; BANDS],
    /// The IRB expected loss (PD·LGD·EAD, LGD × drawn when defaulted), to set beside
    /// the provisions.
    pub irb_expected_loss: f64,
}

pub fn booked_capital(
    p: &Portfolio,
    policy: &Policy,
    s: &Scenario,
    c: &CapitalParams,
) -> BookedCapital {
    let acc = &p.accounts;
    let lgd = s.lgd(policy.lgd);
    let mut out = BookedCapital::default();
    for kk in 0..acc.len() {
        let (Some(&b), Some(&drawn)) = (acc.buckets(kk).last(), acc.balances(kk).last()) else {
            continue;
        };
        let i = acc.applicant[kk] as usize;
        let band = p
            .derived
            .band
            .get(i)
            .map_or(0, |&x| usize::from(x).min(BANDS - 1));
        let row = &mut out.by_band[band];
        row.count += 1;
        if b >= BUCKET_90 {
            row.ead += drawn;
            row.expected_loss += lgd * drawn;
            row.rwa += 12.5 * k_defaulted(lgd, lgd) * drawn;
            continue;
        }
        let pd = s.pd(p.derived.pd.get(i).copied().unwrap_or(f64::NAN));
        if !pd.is_finite() {
            continue;
        }
        let ead = s.line_ead(drawn, acc.credit_limit[kk], policy.ccf);
        row.exposures += 1;
        row.ead += ead;
        row.expected_loss += pd * lgd * ead;
        row.rwa += 12.5 * k(pd.max(c.pd_floor), lgd, c.correlation) * ead;
        row.revenue += drawn * f64::from(acc.fee_rate[kk]);
    }
    for row in out.by_band.iter_mut() {
        row.capital = row.rwa * c.ratio;
    }
    let total = CapitalRow::sum(&out.by_band);
    out.irb_expected_loss = total.expected_loss;
    out.total = total;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn a_defaulted_line_holds_no_capital_and_its_drawn_balance_only() {
        let row = |history: Vec<u8>| Row {
            orders: 25.0,
            income: 5000.0,
            app_month: 0,
            history: Some(history),
        };
        let p = portfolio(&[row(vec![0, 0]), row(vec![3, 4])]);
        let pol = Policy::default();
        let c = CapitalParams::default();
        let b = booked_capital(&p, &pol, &Scenario::default(), &c);
        // Line 1: limit 1,000, drawn 100, CCF 0.5: EAD 550; line 2 (90+): drawn 100.
        assert!((b.total.ead - 650.0).abs() < 1e-9);
        let pd = p.scorecard.pd(620);
        let want = 12.5 * k(pd.max(c.pd_floor), 0.85, c.correlation) * 550.0;
        assert!((b.total.rwa - want).abs() < 1e-9);
        assert!((b.irb_expected_loss - (pd * 0.85 * 550.0 + 85.0)).abs() < 1e-9);
        // Severe draws 30% of the undrawn 900 first: 100 + 270 + 0.5 × 630 = 685.
        let severe = booked_capital(
            &p,
            &pol,
            &Scenario::preset("Severe").unwrap_or_default(),
            &c,
        );
        assert!((severe.total.ead - 785.0).abs() < 1e-9);
    }
}
