//! Installment orders on booked accounts: what borrowers pay. Each order's monthly
//! IRR is solved once when the orders are read (`Orders::solve`), so the compliance
//! checks answer from it.

use crate::domain::compliance::apr::monthly_irr;
use crate::domain::parallel::over_rows;

#[derive(Clone, Debug, Default)]
pub struct Orders {
    /// Row of the account in `Accounts`.
    pub account: Vec<u32>,
    pub amount: Vec<f64>,
    pub installments: Vec<u16>,
    /// The monthly installment the borrower pays.
    pub installment: Vec<f64>,
    /// The monthly fee rate the plan quotes (an annuity's rate, or a flat fee on the
    /// original amount).
    pub quoted_rate: Vec<f64>,
    /// The monthly IRR (NaN: none, e.g. a zero amount).
    pub monthly_irr: Vec<f64>,
}

impl Orders {
    pub fn len(&self) -> usize {
        self.account.len()
    }

    pub fn is_empty(&self) -> bool {
        self.account.is_empty()
    }

    /// Gives back the room reserved ahead of loading that the rows did not fill.
    pub(crate) fn trim_capacity(&mut self) {
        super::trim(&mut self.account);
        super::trim(&mut self.amount);
        super::trim(&mut self.installments);
        super::trim(&mut self.installment);
        super::trim(&mut self.quoted_rate);
    }

    /// Solves every order's monthly IRR (two threads for a large book).
    pub fn solve(&mut self) {
        self.monthly_irr = self.solved();
    }

    /// Every order's monthly IRR, in order (NaN where none), without storing it.
    pub fn solved(&self) -> Vec<f64> {
        let parts = over_rows(self.len(), |range| {
            range
                .map(|i| {
                    monthly_irr(
                        self.amount[i],
                        u32::from(self.installments[i]),
                        self.installment[i],
                    )
                    .unwrap_or(f64::NAN)
                })
                .collect::<Vec<f64>>()
        });
        parts.concat()
    }
}
