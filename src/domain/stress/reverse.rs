//! The reverse stress test: the PD multiplier, or the income shock, at which a figure
//! (expected loss or capital, of the approvals and the booked book together) reaches
//! a limit the user sets. The figure rises with either lever, so bisection finds the
//! crossing; `None` when even the harshest value stays under the limit, and the
//! lever's start when the limit is already crossed there.

use super::Scenario;

/// What is pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lever {
    /// PD × m, from the scenario's multiplier up to 50.
    PdMultiplier,
    /// Income −s, from the scenario's shock up to 95%.
    IncomeShock,
}

impl Lever {
    /// The scenario with the lever at `x`.
    pub fn apply(self, s: &Scenario, x: f64) -> Scenario {
        let mut out = s.clone();
        match self {
            Lever::PdMultiplier => out.pd_multiplier = x,
            Lever::IncomeShock => out.income_shock = x,
        }
        out
    }

    /// The range searched, from the scenario's own value.
    pub fn range(self, s: &Scenario) -> (f64, f64) {
        match self {
            Lever::PdMultiplier => (s.pd_multiplier, 50.0_f64.max(s.pd_multiplier)),
            Lever::IncomeShock => (s.income_shock, 0.95_f64.max(s.income_shock)),
        }
    }
}

/// The smallest lever value in `(lo, hi)` at which `figure` reaches `limit`, to
/// `tolerance`, assuming `figure` does not fall as the lever rises.
pub fn crossing(
    figure: impl Fn(f64) -> f64,
    limit: f64,
    (lo, hi): (f64, f64),
    tolerance: f64,
) -> Option<f64> {
    if figure(lo) >= limit {
        return Some(lo);
    }
    if figure(hi) < limit {
        return None;
    }
    let (mut a, mut b) = (lo, hi);
    while b - a > tolerance {
        let m = 0.5 * (a + b);
        if figure(m) >= limit {
            b = m;
        } else {
            a = m;
        }
    }
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bisection_finds_the_crossing() {
        // EL = 100 × m: a limit of 250 is crossed at m = 2.5.
        let x = crossing(|m| 100.0 * m, 250.0, (1.0, 50.0), 1e-6).unwrap_or(f64::NAN);
        assert!((x - 2.5).abs() < 1e-5, "{x}");
        assert_eq!(crossing(|m| 100.0 * m, 50.0, (1.0, 50.0), 1e-6), Some(1.0));
        assert_eq!(crossing(|_| 10.0, 50.0, (1.0, 50.0), 1e-6), None);
        let s = Scenario::default();
        assert_eq!(Lever::IncomeShock.apply(&s, 0.2).income_shock, 0.2);
        assert_eq!(Lever::PdMultiplier.range(&s), (1.0, 50.0));
    }
}
