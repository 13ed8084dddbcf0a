//! The limit rule's arithmetic, once: the income it reads, the rounding down to 100,
//! the rule itself (`LimitRule`) and its exact fast form for the evaluation's packed
//! pass (`FastLimit`).

use crate::domain::policy::Policy;
use crate::domain::scorecard::band::BANDS;

/// Rounds a limit down to a multiple of 100: the largest `100·q` not above `raw`,
/// exactly. A multiplication by 0.01 gives `q` to within one (division is several
/// times slower in the evaluation's inner loop), and two exact products correct it;
/// the truncating float-to-int conversion is the floor for these non-negative amounts
/// and much cheaper than `f64::floor` on baseline x86-64 (a library call there).
#[inline]
pub(crate) fn floor_to_100(raw: f64) -> f64 {
    if (0.0..FLOOR_FAST_BELOW).contains(&raw) {
        floor_to_100_in_range(raw)
    } else {
        (raw / 100.0).floor() * 100.0
    }
}

/// The income the limit rule reads: 0 when missing, negative or infinite.
#[inline]
pub(crate) fn limit_income(monthly_income: f64) -> f64 {
    if monthly_income.is_finite() {
        monthly_income.max(0.0)
    } else {
        0.0
    }
}

/// Amounts below this are floored by `floor_to_100_in_range` (q·100 is exact below 2^53).
pub(crate) const FLOOR_FAST_BELOW: f64 = 9.0e13;

/// `floor_to_100` for `0 ≤ raw < FLOOR_FAST_BELOW` (the caller guarantees it; outside
/// that range the result is not the floor).
#[inline]
pub(crate) fn floor_to_100_in_range(raw: f64) -> f64 {
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

/// The limit rule of a policy (docs/design.md#limit-policy): monthly income ×
/// income multiple × band factor, rounded down to 100, clamped to `[min, max]`. The
/// one home of that arithmetic: `Policy::limit`, the reference evaluation and the
/// engine's first pass call it; the engine's packed pass calls [`FastLimit`], its
/// exact fast form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LimitRule {
    pub income_multiple: f64,
    /// Factor per score band, A first.
    pub band_factors: [f64; BANDS],
    pub min_limit: f64,
    pub max_limit: f64,
}

/// How a limit was derived.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LimitDerivation {
    pub income: f64,
    pub multiple: f64,
    pub band_factor: f64,
    /// `income × multiple × band factor`.
    pub raw: f64,
    /// Rounded down to 100.
    pub rounded: f64,
    /// Clamped to `[min, max]`.
    pub limit: f64,
}

impl LimitRule {
    pub(crate) fn of(p: &Policy) -> Self {
        Self {
            income_multiple: p.income_multiple,
            band_factors: p.band_factors,
            min_limit: p.min_limit,
            max_limit: p.max_limit,
        }
    }

    /// The factor of band `band` (0 = A; 0 for a band out of range).
    #[inline]
    pub(crate) fn band_factor(&self, band: u8) -> f64 {
        self.band_factors.get(band as usize).copied().unwrap_or(0.0)
    }

    /// The limit for `monthly_income` at band factor `factor`.
    #[inline]
    pub(crate) fn limit(&self, monthly_income: f64, factor: f64) -> f64 {
        self.derive_with(monthly_income, factor).limit
    }

    /// The limit of an applicant in band `band`, with how it was derived.
    pub(crate) fn derive(&self, monthly_income: f64, band: u8) -> LimitDerivation {
        self.derive_with(monthly_income, self.band_factor(band))
    }

    #[inline(always)]
    fn derive_with(&self, monthly_income: f64, band_factor: f64) -> LimitDerivation {
        let income = limit_income(monthly_income);
        let raw = income * self.income_multiple * band_factor;
        let rounded = floor_to_100(raw);
        let limit = rounded.max(self.min_limit).min(self.max_limit);
        LimitDerivation {
            income,
            multiple: self.income_multiple,
            band_factor,
            raw,
            rounded,
            limit,
        }
    }

    /// The fast form for incomes already read by `limit_income`, when this rule's
    /// figures allow the in-range floor (as every valid policy's do).
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
}

/// [`LimitRule::limit`] for a clean income (finite, not negative) and finite,
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
    fn the_fast_form_is_the_rule() {
        let incomes = [0.0, 99.0, 1234.5, 8123.0, 40_000.0, 1e9, 1e15];
        for (min, max) in [(500.0, 20_000.0), (0.0, 150.0), (330.0, 1e13), (1e12, 1e12)] {
            for multiple in [0.0, 0.8, 3.0] {
                let rule = LimitRule {
                    income_multiple: multiple,
                    band_factors: [1.5, 1.25, 1.0, 0.8, 0.6, 0.4],
                    min_limit: min,
                    max_limit: max,
                };
                let fast = rule.fast().unwrap();
                for income in incomes {
                    for factor in rule.band_factors {
                        let want = rule.limit(income, factor);
                        assert_eq!(
                            fast.limit(income, factor),
                            want,
                            "{income} {factor} {min} {max}"
                        );
                    }
                }
            }
        }
        let d = LimitRule::of(&Policy::default()).derive(8123.0, 1);
        assert_eq!((d.band_factor, d.rounded, d.limit), (1.25, 8100.0, 8100.0));
    }

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
