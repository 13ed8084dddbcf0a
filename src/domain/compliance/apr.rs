//! The annualised cost of an installment order by the IRR method (PBoC announcement
//! 2021 No. 3): the monthly rate `r` solving `amount = Σₖ installment / (1 + r)^k`
//! over the `n` installments, the APR `12·r`, the effective annual rate
//! `(1 + r)^12 − 1`. Only the cash flows count, so a flat fee quoted "per month on
//! the original amount" shows its true cost.

/// The monthly IRR of `amount` repaid as `n` equal `installment`s, one a month from
/// a month after the order. `None` when there is no rate to give: a non-positive or
/// non-finite amount or installment, no installments.
pub fn monthly_irr(amount: f64, n: u32, installment: f64) -> Option<f64> {
    if !(amount.is_finite() && installment.is_finite() && amount > 0.0 && installment > 0.0)
        || n == 0
    {
        return None;
    }
    let nf = f64::from(n);
    let total = installment * nf;
    if (total - amount).abs() <= 1e-12 * amount {
        return Some(0.0);
    }
    // f(r) = PV of the installments at r − amount: decreasing in r on (−1, ∞).
    // Bracket it, then Newton steps kept inside the bracket (bisection otherwise).
    let pv = |r: f64| -> (f64, f64) {
        // PV = installment · (1 − (1+r)^−n) / r and its derivative, summed directly
        // (n is small), which stays exact near r = 0.
        let mut v = 0.0;
        let mut dv = 0.0;
        let d = 1.0 / (1.0 + r);
        let mut dk = 1.0;
        for k in 1..=n {
            dk *= d;
            v += dk;
            dv -= f64::from(k) * dk * d;
        }
        (installment * v - amount, installment * dv)
    };
    let (mut lo, mut hi) = if total > amount {
        (0.0, 1.0)
    } else {
        (-0.5, 0.0)
    };
    // Widen until the bracket holds the root (a rate of 1,000% a month at most).
    while pv(hi).0 > 0.0 {
        lo = hi;
        hi *= 2.0;
        if hi > 10.0 {
            return None;
        }
    }
    while pv(lo).0 < 0.0 {
        hi = lo;
        lo = -1.0 + (lo + 1.0) / 2.0;
        if lo <= -0.999_999 {
            return None;
        }
    }
    // Start from the flat-rate guess, which is close for short plans.
    let mut r = ((total / amount - 1.0) / nf * 2.0).clamp(lo, hi);
    for _ in 0..100 {
        let (f, df) = pv(r);
        if f.abs() <= 1e-12 * amount {
            break;
        }
        if f > 0.0 {
            lo = r;
        } else {
            hi = r;
        }
        let newton = r - f / df;
        r = if df < 0.0 && newton > lo && newton < hi {
            newton
        } else {
            (lo + hi) / 2.0
        };
        if hi - lo < 1e-15 {
            break;
        }
    }
    Some(r)
}

/// APR = 12 × the monthly IRR.
pub fn apr(monthly: f64) -> f64 {
    12.0 * monthly
}

/// The effective annual rate of a monthly rate: (1 + r)^12 − 1.
pub fn effective_annual(monthly: f64) -> f64 {
    (1.0 + monthly).powi(12) - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(x: f64, places: i32) -> f64 {
        let m = 10f64.powi(places);
        (x * m).round() / m
    }

    #[test]
    fn an_annuity_at_one_and_a_half_percent_a_month() {
        // 12,000 over 12 months at 1.5%: installment 1,100.16; APR 18.00%, effective 19.56%.
        let r = monthly_irr(12_000.0, 12, 1_100.16).unwrap();
        assert_eq!(round(apr(r), 4), 0.18);
        assert_eq!(round(effective_annual(r), 4), 0.1956);
    }

    #[test]
    fn a_flat_fee_costs_twice_its_quoted_rate() {
        // 0.6% a month flat on 1,200, paid as 12 × 107.20: APR 13.03%.
        let installment =
            crate::domain::analytics::finance::flat_fee_installment(1_200.0, 12, 0.006);
        assert!((installment - 107.20).abs() < 1e-9);
        let r = monthly_irr(1_200.0, 12, 107.20).unwrap();
        assert_eq!(round(apr(r), 4), 0.1303);
    }

    #[test]
    fn edges() {
        assert_eq!(monthly_irr(1_200.0, 12, 100.0), Some(0.0));
        assert!(monthly_irr(0.0, 12, 100.0).is_none());
        assert!(monthly_irr(1_000.0, 0, 100.0).is_none());
        assert!(monthly_irr(1_000.0, 3, f64::NAN).is_none());
        // Repaying less than was lent: a negative rate.
        assert!(monthly_irr(1_200.0, 12, 90.0).unwrap() < 0.0);
        // An absurd fee still solves (one installment of double the amount: 100%).
        assert!((monthly_irr(1_000.0, 1, 2_000.0).unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn solves_every_plan_it_is_given_back() {
        for n in [1u32, 3, 6, 12, 24, 36] {
            for r in [0.0001f64, 0.005, 0.0125, 0.02, 0.05, 0.3] {
                let amount = 3_456.0;
                let pmt = amount * r / (1.0 - (1.0 + r).powi(-(n as i32)));
                let got = monthly_irr(amount, n, pmt).unwrap();
                assert!((got - r).abs() < 1e-10, "n {n} r {r}: {got}");
            }
        }
    }
}
