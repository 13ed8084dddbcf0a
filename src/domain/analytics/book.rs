//! Figures of the booked accounts as they stand at the as-of date: what was lent,
//! what is drawn, and what was observed.
//!
//! EAD of a line = drawn balance + CCF × undrawn (docs/design.md#booked-exposure); expected loss
//! `EL = PD · LGD · EAD`. Observed rates are over mature accounts (at least 12 months
//! on book): the share ever 30+ / ever 90+ within their first 12 months on book.

use crate::domain::analytics::finance::line_ead;
use crate::domain::evaluation::ratio;
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_90, NO_ACCOUNT, Outcome, Portfolio};
use crate::domain::scorecard::band::BANDS;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct BookFigures {
    pub accounts: u64,
    /// Σ credit limits of booked accounts.
    pub limit: f64,
    /// Σ latest month-end balances.
    pub drawn: f64,
    /// Σ (drawn + CCF × undrawn).
    pub ead: f64,
    /// Σ PD · LGD · EAD over open (not yet 90+) accounts.
    pub expected_loss: f64,
    /// Mature accounts (12-month outcome window complete).
    pub observed: u64,
    pub ever30: u64,
    pub ever90: u64,
}

impl BookFigures {
    pub(crate) fn rate30(&self) -> f64 {
        ratio(self.ever30 as f64, self.observed as f64)
    }

    pub(crate) fn rate90(&self) -> f64 {
        ratio(self.ever90 as f64, self.observed as f64)
    }

    pub(crate) fn add(&mut self, o: &BookFigures) {
        self.accounts += o.accounts;
        self.limit += o.limit;
        self.drawn += o.drawn;
        self.ead += o.ead;
        self.expected_loss += o.expected_loss;
        self.observed += o.observed;
        self.ever30 += o.ever30;
        self.ever90 += o.ever90;
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Book {
    pub by_band: [BookFigures; BANDS],
    pub total: BookFigures,
}

/// The booked book under the assumptions (LGD, CCF) of `policy`.
pub(crate) fn book(policy: &Policy, p: &Portfolio) -> Book {
    let mut by_band = [BookFigures::default(); BANDS];
    let acc = &p.accounts;
    for i in 0..p.len() {
        let f = &mut by_band[p.derived.band[i] as usize];
        // Outcomes the lender gave are observed without an account (every applicant
        // with one was booked); the history's are observed on mature accounts.
        if p.derived.mature[i] {
            f.observed += 1;
            f.ever30 += p.derived.ever30_12[i] as u64;
            f.ever90 += (p.derived.outcome[i] == Outcome::Bad) as u64;
        }
        let k = p.derived.account[i];
        if k == NO_ACCOUNT {
            continue;
        }
        let k = k as usize;
        let limit = acc.credit_limit[k];
        let buckets = acc.buckets(k);
        let drawn = acc.balances(k).last().copied().unwrap_or(0.0);
        let defaulted = buckets.last().is_some_and(|&b| b >= BUCKET_90);
        let ead = line_ead(drawn, limit, policy.ccf);
        f.accounts += 1;
        f.limit += limit;
        f.drawn += drawn;
        f.ead += ead;
        if !defaulted {
            f.expected_loss += p.derived.pd[i] * policy.lgd * ead;
        }
    }
    let mut total = BookFigures::default();
    for f in &by_band {
        total.add(f);
    }
    Book { by_band, total }
}
