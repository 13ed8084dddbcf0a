//! The policy fields a score index depends on (`LimitKey`: hard-rule thresholds and
//! the limit rule) and the limit arithmetic of the evaluation pass.

use super::band::BANDS;
use super::policy::{FLOOR_FAST_BELOW, Policy, floor_to_100, floor_to_100_in_range};

/// The policy fields a `ScoreIndex` depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitKey {
    pub(super) dti_cap: f64,
    pub(super) min_tenure_months: u32,
    income_multiple: f64,
    pub(super) band_factors: [f64; BANDS],
    min_limit: f64,
    max_limit: f64,
}

impl LimitKey {
    /// The limit for `income` at band factor `factor`: the same arithmetic as
    /// `Policy::limit`.
    #[inline]
    pub(super) fn limit(&self, income: f64, factor: f64) -> f64 {
        let income = if income.is_finite() {
            income.max(0.0)
        } else {
            0.0
        };
        floor_to_100(income * self.income_multiple * factor)
            .max(self.min_limit)
            .min(self.max_limit)
    }

    /// The limit arithmetic for incomes already read by `policy::limit_income`, when
    /// this key's figures allow the in-range floor (as every valid policy's do).
    pub(super) fn fast(&self) -> Option<FastLimit> {
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
pub(super) struct FastLimit {
    multiple: f64,
    min: f64,
    max: f64,
    cap: f64,
}

impl FastLimit {
    #[inline]
    pub(super) fn limit(&self, clean_income: f64, factor: f64) -> f64 {
        let raw = clean_income * self.multiple * factor;
        let raw = if raw < self.cap { raw } else { self.cap };
        let l = floor_to_100_in_range(raw);
        let l = if l < self.min { self.min } else { l };
        if l > self.max { self.max } else { l }
    }
}
