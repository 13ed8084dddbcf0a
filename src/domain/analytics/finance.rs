//! Money formulas of docs/design.md (#annuity-payment, #booked-exposure).

/// Annuity installment `PMT = P·r / (1 − (1+r)^−n)` for principal `p`, rate `r` per
/// period and `n` periods; `P / n` when the rate is 0.
pub(crate) fn annuity_payment(p: f64, r: f64, n: u32) -> f64 {
    if n == 0 {
        return p;
    }
    if r == 0.0 {
        return p / n as f64;
    }
    p * r / (1.0 - (1.0 + r).powi(-(n as i32)))
}

/// The installment of a flat-fee plan: the principal in `n` equal parts plus a fee
/// of `flat_monthly` on the original amount every month.
pub(crate) fn flat_fee_installment(p: f64, n: u32, flat_monthly: f64) -> f64 {
    p / f64::from(n.max(1)) + p * flat_monthly
}

/// Exposure at default of a revolving line: drawn balance + CCF × undrawn.
pub(crate) fn line_ead(drawn: f64, limit: f64, ccf: f64) -> f64 {
    drawn + ccf * (limit - drawn).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annuity_vector_from_product_brief() {
        // 12,000 at 18%/12 over 12 months is 1,100.16.
        let pmt = annuity_payment(12_000.0, 0.18 / 12.0, 12);
        assert_eq!((pmt * 100.0).round() / 100.0, 1100.16);
        assert_eq!(annuity_payment(1200.0, 0.0, 12), 100.0);
    }

    #[test]
    fn ead_of_a_line() {
        // 3,000 drawn of 10,000 with CCF 0.5: 3,000 + 3,500.
        assert_eq!(line_ead(3000.0, 10_000.0, 0.5), 6500.0);
        // Over-limit: no negative undrawn.
        assert_eq!(line_ead(11_000.0, 10_000.0, 0.5), 11_000.0);
    }
}
