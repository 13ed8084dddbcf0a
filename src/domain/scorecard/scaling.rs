//! Scorecard scaling: points to double the odds (PDO).
//!
//! docs/design.md#scorecard-scaling: `Factor = PDO / ln 2`, `Offset = S0 − Factor·ln(O0)` where O0 is the
//! good:bad odds at score S0. A score `s` then means good:bad odds
//! `exp((s − Offset) / Factor)` and `PD = 1 / (1 + odds)`.

use serde::{Deserialize, Serialize};

/// Score `base_score` at good:bad odds `base_odds`; `pdo` points double the odds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scaling {
    pub base_score: f64,
    pub base_odds: f64,
    pub pdo: f64,
}

impl Default for Scaling {
    fn default() -> Self {
        Self {
            base_score: 600.0,
            base_odds: 50.0,
            pdo: 20.0,
        }
    }
}

impl Scaling {
    /// `Factor = PDO / ln 2`.
    pub fn factor(&self) -> f64 {
        self.pdo / std::f64::consts::LN_2
    }

    /// `Offset = S0 − Factor·ln(O0)`.
    pub fn offset(&self) -> f64 {
        self.base_score - self.factor() * self.base_odds.ln()
    }

    /// The score at which good:bad odds equal `odds`.
    #[cfg(test)]
    fn score_for_odds(&self, odds: f64) -> f64 {
        self.offset() + self.factor() * odds.ln()
    }

    /// The score in this scaling at the odds of `score` in the sample's scaling
    /// (`Scaling::default`), unrounded: the sample's figures (band edges, cut-offs)
    /// carried to another card.
    pub fn from_sample(&self, score: f64) -> f64 {
        let sample = Scaling::default();
        self.offset() + self.factor() * (score - sample.offset()) / sample.factor()
    }

    /// Good:bad odds at `score`.
    pub(crate) fn odds_for_score(&self, score: f64) -> f64 {
        ((score - self.offset()) / self.factor()).exp()
    }

    /// Probability of default (bad) at `score`: `1 / (1 + odds)`.
    pub(crate) fn pd_for_score(&self, score: f64) -> f64 {
        1.0 / (1.0 + self.odds_for_score(score))
    }

    /// Checks that the parameters give a usable scale.
    /// PDO in [0.1, 10,000] (below, every card is flat: its points round to 0), base
    /// odds in (0, 10⁶], base score within ±100,000.
    pub(crate) fn validate(&self) -> Result<(), String> {
        if !(self.pdo.is_finite() && (0.1..=10_000.0).contains(&self.pdo)) {
            return Err(format!(
                "PDO must be between 0.1 and 10000, got {}",
                self.pdo
            ));
        }
        if !(self.base_odds.is_finite() && self.base_odds > 0.0 && self.base_odds <= 1e6) {
            return Err(format!(
                "base odds must be above 0 and at most 1000000, got {}",
                self.base_odds
            ));
        }
        if !(self.base_score.is_finite() && self.base_score.abs() <= 100_000.0) {
            return Err(format!(
                "base score must be between -100000 and 100000, got {}",
                self.base_score
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdo_vector_from_product_brief() {
        // 600 points at 50:1, PDO 20: Factor 28.8539, Offset 487.123.
        let s = Scaling::default();
        assert!((s.factor() - 28.8539).abs() < 5e-5, "{}", s.factor());
        assert!((s.offset() - 487.123).abs() < 5e-4, "{}", s.offset());
        // Doubling the odds adds PDO points: 100:1 scores 620.
        assert!((s.score_for_odds(100.0) - 620.0).abs() < 1e-9);
        assert!((s.odds_for_score(600.0) - 50.0).abs() < 1e-9);
        // PD at 600 = 1/51.
        assert!((s.pd_for_score(600.0) - 1.0 / 51.0).abs() < 1e-12);
    }

    #[test]
    fn rejects_bad_parameters() {
        let s = Scaling {
            pdo: 0.0,
            ..Scaling::default()
        };
        assert!(s.validate().is_err());
        let s = Scaling {
            base_odds: f64::NAN,
            ..Scaling::default()
        };
        assert!(s.validate().is_err());
    }
}
