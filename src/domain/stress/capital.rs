//! Regulatory capital under the Basel IRB approach for retail exposures
//! (../shared/PRODUCT.md, "Stress, capital, provisions"):
//! K = LGD·N[(1−R)^−½·G(PD) + (R/(1−R))^½·G(0.999)] − PD·LGD, RWA = 12.5·K·EAD,
//! capital = RWA × the ratio. Qualifying revolving retail takes R = 0.04; other retail
//! R = 0.03·w + 0.16·(1−w), w = (1 − e^(−35·PD)) / (1 − e^(−35)). PD is floored
//! (0.03% under Basel II; 0.05% or 0.10% under Basel 3.1). A defaulted exposure (90+)
//! holds K = max(0, LGD − best-estimate EL), the best estimate defaulting to LGD.

use super::normal::{cdf, inverse};

/// The asset correlation R of the retail class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Correlation {
    /// Qualifying revolving retail: R = 0.04.
    #[default]
    Qrre,
    /// Other retail: R from 0.16 down to 0.03 as PD rises.
    Other,
}

impl Correlation {
    pub fn key(self) -> &'static str {
        match self {
            Correlation::Qrre => "qrre",
            Correlation::Other => "other",
        }
    }

    /// R at `pd`.
    pub fn r(self, pd: f64) -> f64 {
        match self {
            Correlation::Qrre => 0.04,
            Correlation::Other => {
                let w = (1.0 - (-35.0 * pd).exp()) / (1.0 - (-35.0f64).exp());
                0.03 * w + 0.16 * (1.0 - w)
            }
        }
    }
}

/// The capital parameters the user sets.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CapitalParams {
    pub correlation: Correlation,
    /// PD floor (0.0003 = 0.03%).
    pub pd_floor: f64,
    /// Capital / RWA (0.08; 0.105 with the conservation buffer).
    pub ratio: f64,
    /// The return a unit of capital must earn (margin after the cost of capital).
    pub hurdle: f64,
}

impl Default for CapitalParams {
    fn default() -> Self {
        Self {
            correlation: Correlation::Qrre,
            pd_floor: 0.0003,
            ratio: 0.08,
            hurdle: 0.12,
        }
    }
}

/// G(0.999), the formula's confidence level.
pub fn g999() -> f64 {
    inverse(0.999)
}

/// K of a performing exposure with `pd` (floored by the caller) and `lgd`.
pub fn k(pd: f64, lgd: f64, correlation: Correlation) -> f64 {
    if pd >= 1.0 {
        // Certain default: the loss is expected, none is unexpected.
        return 0.0;
    }
    if pd.is_nan() || pd <= 0.0 || !lgd.is_finite() {
        return 0.0;
    }
    let r = correlation.r(pd);
    let x = inverse(pd) / (1.0 - r).sqrt() + (r / (1.0 - r)).sqrt() * g999();
    (lgd * cdf(x) - pd * lgd).max(0.0)
}

/// K of a defaulted exposure: max(0, LGD − best-estimate EL).
pub fn k_defaulted(lgd: f64, best_estimate_el: f64) -> f64 {
    (lgd - best_estimate_el).max(0.0)
}

/// The risk weight 12.5 × K (RWA per unit of EAD).
pub fn risk_weight(pd: f64, lgd: f64, correlation: Correlation) -> f64 {
    12.5 * k(pd, lgd, correlation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rw(pd: f64, lgd: f64, c: Correlation) -> f64 {
        (risk_weight(pd, lgd, c) * 10_000.0).round() / 100.0
    }

    #[test]
    fn published_risk_weights() {
        // ../shared/PRODUCT.md: at LGD 45%, revolving PD 1% 17.22%, PD 2% 28.92%;
        // other retail PD 1% 45.77%, PD 2% 57.99%; at LGD 85%, PD 2%: 54.63% and
        // 109.53%.
        assert_eq!(rw(0.01, 0.45, Correlation::Qrre), 17.22);
        assert_eq!(rw(0.02, 0.45, Correlation::Qrre), 28.92);
        assert_eq!(rw(0.01, 0.45, Correlation::Other), 45.77);
        assert_eq!(rw(0.02, 0.45, Correlation::Other), 57.99);
        assert_eq!(rw(0.02, 0.85, Correlation::Qrre), 54.63);
        assert_eq!(rw(0.02, 0.85, Correlation::Other), 109.53);
        assert_eq!(format!("{:.6}", g999()), "3.090232");
    }

    #[test]
    fn edges() {
        assert_eq!(k(1.0, 0.85, Correlation::Qrre), 0.0);
        assert_eq!(k(0.0, 0.85, Correlation::Qrre), 0.0);
        assert_eq!(k_defaulted(0.85, 0.85), 0.0);
        assert!((k_defaulted(0.85, 0.60) - 0.25).abs() < 1e-15);
        // R of other retail: 0.16 at PD 0, towards 0.03 at high PD.
        assert!((Correlation::Other.r(0.0) - 0.16).abs() < 1e-15);
        assert!((Correlation::Other.r(1.0) - 0.03).abs() < 1e-9);
    }
}
