//! Stress tests, regulatory capital and IFRS 9 expected credit loss
//! (../shared/PRODUCT.md, "Stress, capital, provisions"): a scenario is a named set of
//! shocks applied to a policy's approvals (`approved`) and to the booked book
//! (`booked`, `ecl`).

pub mod approved;
pub mod booked;
pub mod capital;
pub mod ecl;
pub mod fast;
mod inputs;
pub mod normal;
pub mod reverse;

use serde::{Deserialize, Serialize};

/// A named set of shocks. Rates are fractions: `income_shock` 0.05 is income −5%,
/// `lgd_add` 0.05 is LGD +5 pp, `drawdown` 0.30 draws 30% of every undrawn limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// Every PD × this, capped at 1 (decisions unchanged).
    pub pd_multiplier: f64,
    /// Points added to every score (negative: worse); PD re-read from the card's
    /// scaling, applicants re-decided.
    pub score_shift: i32,
    /// Income falls by this share: DTI re-derived, applicants re-scored through every
    /// characteristic that reads income or DTI, the hard rules and the limit re-applied.
    pub income_shock: f64,
    /// Added to the policy's LGD (capped at 1).
    pub lgd_add: f64,
    /// The CCF of the undrawn part (`None`: the policy's).
    pub ccf: Option<f64>,
    /// The utilisation of an approved limit (`None`: the policy's).
    pub utilisation: Option<f64>,
    /// Share of the undrawn limit drawn on the booked book before the CCF applies.
    pub drawdown: f64,
    /// Transitions to worse buckets × this (a row's probability past 1 is capped and
    /// the row renormalised).
    pub roll_multiplier: f64,
}

impl Default for Scenario {
    /// No shock (the base case), without a name: a file that gives none takes its own.
    fn default() -> Self {
        Self {
            name: String::new(),
            pd_multiplier: 1.0,
            score_shift: 0,
            income_shock: 0.0,
            lgd_add: 0.0,
            ccf: None,
            utilisation: None,
            drawdown: 0.0,
            roll_multiplier: 1.0,
        }
    }
}

/// Why a scenario cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError(pub String);

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Scenario {
    /// Base, Mild (PD × 1.3, income −5%, LGD +5 pp) and Severe (PD × 2, income −15%,
    /// LGD +10 pp, drawdown 30%).
    pub fn presets() -> [Scenario; 3] {
        [
            Scenario {
                name: "Base".into(),
                ..Scenario::default()
            },
            Scenario {
                name: "Mild".into(),
                pd_multiplier: 1.3,
                income_shock: 0.05,
                lgd_add: 0.05,
                ..Scenario::default()
            },
            Scenario {
                name: "Severe".into(),
                pd_multiplier: 2.0,
                income_shock: 0.15,
                lgd_add: 0.10,
                drawdown: 0.30,
                ..Scenario::default()
            },
        ]
    }

    /// The preset named `name` (case-insensitive: base, mild, severe).
    pub fn preset(name: &str) -> Option<Scenario> {
        Self::presets()
            .into_iter()
            .find(|s| s.name.eq_ignore_ascii_case(name.trim()))
    }

    /// Every shock within its meaning: finite, multipliers ≥ 0, shares 0–1.
    pub fn check(&self) -> Result<(), ScenarioError> {
        let bad = |what: &str| Err(ScenarioError(what.to_string()));
        let share = |x: f64| x.is_finite() && (0.0..=1.0).contains(&x);
        if !(self.pd_multiplier.is_finite() && self.pd_multiplier >= 0.0) {
            return bad("the PD multiplier must be a number of at least 0");
        }
        if !(self.roll_multiplier.is_finite() && self.roll_multiplier >= 0.0) {
            return bad("the roll-rate multiplier must be a number of at least 0");
        }
        if !(self.income_shock.is_finite() && (0.0..1.0).contains(&self.income_shock)) {
            return bad("the income shock must be at least 0 and below 1 (100%)");
        }
        if !(self.lgd_add.is_finite() && (-1.0..=1.0).contains(&self.lgd_add)) {
            return bad("the LGD change must be between −1 and 1");
        }
        if !share(self.drawdown) {
            return bad("the drawdown must be between 0 and 1");
        }
        if self.ccf.is_some_and(|x| !share(x)) || self.utilisation.is_some_and(|x| !share(x)) {
            return bad("the CCF and the utilisation must be between 0 and 1");
        }
        if self.score_shift.abs() > 1000 {
            return bad("the score shift must be within ±1,000 points");
        }
        Ok(())
    }

    /// The stressed PD of a PD: × the multiplier, capped at 1.
    pub fn pd(&self, pd: f64) -> f64 {
        (pd * self.pd_multiplier).min(1.0)
    }

    /// The stressed LGD of a policy's LGD, within 0–1.
    pub fn lgd(&self, lgd: f64) -> f64 {
        (lgd + self.lgd_add).clamp(0.0, 1.0)
    }

    /// EAD of a booked line: drawn + d·undrawn + CCF·(1 − d)·undrawn.
    pub fn line_ead(&self, drawn: f64, limit: f64, ccf: f64) -> f64 {
        let undrawn = (limit - drawn).max(0.0);
        let d = self.drawdown;
        drawn + d * undrawn + self.ccf.unwrap_or(ccf) * (1.0 - d) * undrawn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_the_drawn_ead() {
        let [base, mild, severe] = Scenario::presets();
        assert_eq!(base.name, "Base");
        assert_eq!(base.pd_multiplier, Scenario::default().pd_multiplier);
        assert_eq!((mild.pd_multiplier, mild.income_shock), (1.3, 0.05));
        assert_eq!((severe.pd_multiplier, severe.drawdown), (2.0, 0.3));
        assert_eq!(Scenario::preset("severe"), Some(severe.clone()));
        assert_eq!(Scenario::preset("other"), None);
        for s in Scenario::presets() {
            assert_eq!(s.check(), Ok(()));
        }
        // Limit 10,000, drawn 3,000, CCF 0.5: 6,500; with 30% drawn down first,
        // 3,000 + 2,100 + 0.5 × 4,900 = 7,550.
        assert_eq!(base.line_ead(3000.0, 10_000.0, 0.5), 6500.0);
        assert!((severe.line_ead(3000.0, 10_000.0, 0.5) - 7550.0).abs() < 1e-9);
        assert_eq!(severe.pd(0.6), 1.0);
        assert!((severe.lgd(0.85) - 0.95).abs() < 1e-12);
        let bad = Scenario {
            income_shock: 1.0,
            ..Scenario::default()
        };
        assert!(bad.check().is_err());
    }
}
