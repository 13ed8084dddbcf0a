//! Key figures by month and by quarter of application, for the Overview: applicants,
//! approvals under a policy, booked accounts, exposure and expected loss of the
//! approved (`EAD = limit × utilisation`, `EL = PD · LGD · EAD`), and the book at each
//! period's last month-end: exposure (EAD of a line = drawn + CCF × undrawn), expected
//! loss of the lines not yet 90+, and point-in-time delinquency (share of accounts on
//! book that are 30+ / 90+ days past due).

use crate::domain::analytics::finance::line_ead;
use crate::domain::evaluation::{decide, ratio};
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::{BUCKET_30, BUCKET_90, Portfolio};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Period {
    /// Month index (`year·12 + month − 1`) or quarter index (`year·4 + quarter − 1`).
    pub index: i32,
    pub applicants: u64,
    pub approved: u64,
    /// Accounts opened in the period.
    pub booked: u64,
    /// Of the applicants approved under the policy: Σ limit × utilisation, Σ PD·LGD·EAD.
    pub ead: f64,
    pub expected_loss: f64,
    /// The book at the period's last month-end: Σ (drawn + CCF × undrawn) over accounts
    /// on book, and Σ PD·LGD·EAD over those not yet 90+.
    pub book_ead: f64,
    pub book_expected_loss: f64,
    /// Accounts with a month-end record at the period's last month, and those 30+ / 90+.
    pub on_book: u64,
    pub dpd30: u64,
    pub dpd90: u64,
}

impl Period {
    pub fn approval_rate(&self) -> f64 {
        ratio(self.approved as f64, self.applicants as f64)
    }
}

/// Figures per period, oldest first, over the months of application (a period is
/// `months_per_period` calendar months: 1 for months, 3 for quarters).
pub(crate) fn periods(policy: &Policy, p: &Portfolio, months_per_period: i32) -> Vec<Period> {
    let per = months_per_period.max(1);
    let a = &p.applicants;
    let (Some(&first), Some(&last)) = (a.app_month.iter().min(), a.app_month.iter().max()) else {
        return Vec::new();
    };
    let (q0, q1) = (first.div_euclid(per), last.div_euclid(per));
    let mut out: Vec<Period> = (q0..=q1)
        .map(|index| Period {
            index,
            ..Period::default()
        })
        .collect();
    for i in 0..p.len() {
        let slot = (a.app_month[i].div_euclid(per) - q0) as usize;
        let f = &mut out[slot];
        f.applicants += 1;
        let (_, decision, limit) = decide(policy, p, i);
        if decision == Decision::Approve {
            let ead = limit * policy.utilisation;
            f.approved += 1;
            f.ead += ead;
            f.expected_loss += p.derived.pd[i] * policy.lgd * ead;
        }
    }
    let acc = &p.accounts;
    for k in 0..acc.len() {
        let open = acc.open_month[k];
        let slot = open.div_euclid(per) - q0;
        if slot >= 0
            && let Some(f) = out.get_mut(slot as usize)
        {
            f.booked += 1;
        }
        // Month-end record j (0-based) is month on book j + 1, the month-end of
        // calendar month open + j + 1 (the store's `months_on_book` and `month`).
        let buckets = acc.buckets(k);
        let balances = acc.balances(k);
        let pd = p
            .derived
            .pd
            .get(acc.applicant[k] as usize)
            .copied()
            .unwrap_or(0.0);
        for f in out.iter_mut() {
            let month_end = f.index * per + per - 1;
            let j = month_end - open - 1;
            if j >= 0 && (j as usize) < buckets.len() {
                let b = buckets[j as usize];
                f.on_book += 1;
                f.dpd30 += (b >= BUCKET_30) as u64;
                f.dpd90 += (b >= BUCKET_90) as u64;
                let drawn = balances.get(j as usize).copied().unwrap_or(0.0);
                let ead = line_ead(drawn, acc.credit_limit[k], policy.ccf);
                f.book_ead += ead;
                if b < BUCKET_90 {
                    f.book_expected_loss += pd * policy.lgd * ead;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn quarters_and_months() {
        // Months 0, 1 (quarter 0) and 3 (quarter 1). Scores 620, 500, 620.
        let rows = vec![
            Row {
                orders: 25.0,
                income: 5000.0,
                app_month: 0,
                history: Some(vec![0, 0, 2, 3, 4]),
            },
            Row {
                orders: 5.0,
                income: 5000.0,
                app_month: 1,
                history: None,
            },
            Row {
                orders: 25.0,
                income: 5000.0,
                app_month: 3,
                history: Some(vec![0, 1, 0]),
            },
        ];
        let p = portfolio(&rows);
        let pol = Policy::default();
        let q = periods(&pol, &p, 3);
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].applicants, q[0].approved, q[0].booked), (2, 1, 1));
        assert_eq!(q[0].approval_rate(), 0.5);
        // Limit 5,000 × 0.8 × 1.25 (band B) = 5,000; EAD × 0.45.
        assert!((q[0].ead - 2250.0).abs() < 1e-9);
        let el = p.scorecard.pd(620) * 0.85 * 2250.0;
        assert!((q[0].expected_loss - el).abs() < 1e-9);
        // Month-end of month 2 is account 1's month on book 2 (record 1, current);
        // account 2 not open yet.
        assert_eq!((q[0].on_book, q[0].dpd30, q[0].dpd90), (1, 0, 0));
        // Fixture lines: limit 1,000, balance 100: EAD = 100 + 0.5 × 900 = 550.
        assert!((q[0].book_ead - 550.0).abs() < 1e-9);
        let book_el = p.scorecard.pd(620) * 0.85 * 550.0;
        assert!((q[0].book_expected_loss - book_el).abs() < 1e-9);
        // Month-end of month 5: account 1's month on book 5 (record 4, 90+) and
        // account 2's month on book 2 (record 1, 1–29 days).
        assert_eq!((q[1].on_book, q[1].dpd30, q[1].dpd90), (2, 1, 1));
        // The 90+ line counts in the exposure, not in the expected loss.
        assert!((q[1].book_ead - 1100.0).abs() < 1e-9);
        let m = periods(&pol, &p, 1);
        assert_eq!(m.len(), 4);
        assert_eq!(m[2].applicants, 0);
    }
}
