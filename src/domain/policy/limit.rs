//! The limit rule's arithmetic: the income it reads, the rounding down to 100, the
//! policy fields a score index depends on (`LimitKey`) and the evaluation pass's
//! fast form of the limit (`FastLimit`).

use crate::domain::policy::Policy;
use crate::domain::scorecard::band::BANDS;

/// Rounds a limit down to a multiple of 100: the largest `100·q` not above `raw`,
/// exactly. A multiplication by 0.01 gives `q` to within one (division is several
/// times slower in the evaluation's inner loop), and two exact products correct it;
/// the truncating float-to-int conversion is the floor for these non-negative amounts
/// and much cheaper than `f64::floor` on baseline x86-64 (a library call there).
#[inline]
pub fn floor_to_100(raw: f64) -> f64 {
    if (0.0..FLOOR_FAST_BELOW).contains(&raw) {
        floor_to_100_in_range(raw)
    } else {
        (raw / 100.0).floor() * 100.0
    }
}

/// The income the limit rule reads: 0 when missing, negative or infinite.
#[inline]
pub fn limit_income(monthly_income: f64) -> f64 {
    if monthly_income.is_finite() {
        monthly_income.max(0.0)
    } else {
        0.0
    }
}

/// Amounts below this are floored by `floor_to_100_in_range` (q·100 is exact below 2^53).
pub const FLOOR_FAST_BELOW: f64 = 9.0e13;

/// `floor_to_100` for `0 ≤ raw < FLOOR_FAST_BELOW` (the caller guarantees it; outside
/// that range the result is not the floor).
#[inline]
pub fn floor_to_100_in_range(raw: f64) -> f64 {
    let q = (raw * 0.01) as i64 as f64;
    // The products are exact in this range, so the comparisons are too.
    let up = (q + 1.0) * 100.0;
    let down = q * 100.0;
    if up <= raw {
        up
    } else if down > raw {
        down - 100.0
    } else {
        down
    }
}

/// The policy fields a `ScoreIndex` depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitKey {
    pub(crate) dti_cap: f64,
    pub(crate) min_tenure_months: u32,
    income_multiple: f64,
    pub(crate) band_factors: [f64; BANDS],
    min_limit: f64,
    max_limit: f64,
}

impl LimitKey {
    /// The limit for `income` at band factor `factor`: the same arithmetic as
    /// `Policy::limit`.
    #[inline]
    pub(crate) fn limit(&self, income: f64, factor: f64) -> f64 {
        floor_to_100(limit_income(income) * self.income_multiple * factor)
            .max(self.min_limit)
            .min(self.max_limit)
    }

    /// The limit arithmetic for incomes already read by `limit_income`, when
    /// this key's figures allow the in-range floor (as every valid policy's do).
    pub(crate) fn fast(&self) -> Option<FastLimit> {
        let ordinary = self.income_multiple.is_finite()
            && self.income_multiple >= 0.0
            && self.band_factors.iter().all(|f| f.is_finite() && *f >= 0.0)
            && self.min_limit.is_finite()
            && self.max_limit.is_finite()
            && self.max_limit + 200.0 < FLOOR_FAST_BELOW;
        ordinary.then_some(FastLimit {
            multiple: self.income_multiple,
            min: self.min_limit,
            max: self.max_limit,
            cap: self.max_limit + 200.0,
        })
    }

    pub fn of(p: &Policy) -> Self {
        Self {
            dti_cap: p.dti_cap,
            min_tenure_months: p.min_tenure_months,
            income_multiple: p.income_multiple,
            band_factors: p.band_factors,
            min_limit: p.min_limit,
            max_limit: p.max_limit,
        }
    }
}

/// `LimitKey::limit` for a clean income (finite, not negative) and finite,
/// non-negative multiple and factors, with fewer steps per row:
/// - an amount at or above `cap` (the maximum limit + 200) is clamped to the maximum
///   either way, so it is capped first, which keeps it in the in-range floor's range;
/// - the clamps are plain comparisons, as nothing here is NaN.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FastLimit {
    multiple: f64,
    min: f64,
    max: f64,
    cap: f64,
}

impl FastLimit {
    #[inline]
    pub(crate) fn limit(&self, clean_income: f64, factor: f64) -> f64 {
        let raw = clean_income * self.multiple * factor;
        let raw = if raw < self.cap { raw } else { self.cap };
        let l = floor_to_100_in_range(raw);
        let l = if l < self.min { self.min } else { l };
        if l > self.max { self.max } else { l }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_to_100_is_exact() {
        for (raw, want) in [
            (0.0, 0.0),
            (99.999, 0.0),
            (100.0, 100.0),
            (299.999_999_999_999_94, 200.0),
            (300.0, 300.0),
            (12_345.67, 12_300.0),
            (20_000.0, 20_000.0),
            (123_456_789_012.5, 123_456_789_000.0),
            (-50.0, -100.0),
            (1e16 + 60.0, 1e16),
        ] {
            assert_eq!(floor_to_100(raw), want, "{raw}");
        }
        // Every multiple of 100 and the float just below it, up to 10 million.
        for q in 0..100_000i64 {
            let m = (q * 100) as f64;
            assert_eq!(floor_to_100(m), m);
            if q > 0 {
                assert_eq!(floor_to_100(m.next_down()), m - 100.0, "{m}");
            }
        }
    }
}
