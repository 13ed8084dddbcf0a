//! What a fit is asked for: binning, selection, regression, scaling and wording
//! options (`FitOptions`), and how bins get their points (`Coding`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::binning::BinningOptions;
use crate::domain::scorecard::Scorecard;
use crate::domain::scorecard::scaling::Scaling;

/// What a characteristic is called and what a customer reads when it costs points.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Wording {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub reason_code: Option<String>,
    #[serde(default)]
    pub reason_text: Option<String>,
    /// The reason in other languages: {"zh-CN": "..."}.
    #[serde(default)]
    pub reason_texts: BTreeMap<String, String>,
    /// The missing-value bin's own reason (a missing value is not an unfavourable
    /// one); without it: "LABEL: not provided".
    #[serde(default)]
    pub missing_reason_text: Option<String>,
    /// The missing-value bin's reason in other languages.
    #[serde(default)]
    pub missing_reason_texts: BTreeMap<String, String>,
}

/// How a bin's points are estimated once the characteristics are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Coding {
    /// One slope per characteristic on its bins' WoE: `β·WoE` (the classic card).
    #[default]
    Woe,
    /// One effect per bin, estimated jointly, shrunk toward `β·WoE`
    /// (`bin_effects`): recovers more where characteristics are related, as on
    /// the booked accounts of a portfolio.
    Bins,
}

impl FitOptions {
    /// The options a fit can work with, each message naming its command-line option:
    /// the scaling (`--pdo`, `--base-odds`, `--base-score`), a ridge and penalties
    /// that are finite and not negative, an IV floor that is finite.
    pub(crate) fn validate(&self) -> Result<(), String> {
        self.scaling.validate()?;
        let non_negative = |option: &str, x: f64| {
            if x.is_finite() && x >= 0.0 {
                Ok(())
            } else {
                Err(format!(
                    "{option} must be a finite number, 0 or more, got {x}"
                ))
            }
        };
        non_negative("--ridge", self.ridge)?;
        non_negative("--bin-penalty", self.binning.penalty)?;
        non_negative("--min-iv", self.min_iv)?;
        Ok(())
    }
}

impl Coding {
    pub(crate) fn parse(s: &str) -> Result<Self, String> {
        match s {
            "woe" => Ok(Coding::Woe),
            "bins" => Ok(Coding::Bins),
            _ => Err(format!("coding must be woe or bins, got {s:?}")),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitOptions {
    pub name: String,
    pub binning: BinningOptions,
    /// Characteristics with a lower IV are left out.
    pub min_iv: f64,
    /// Columns never used (the target column never is).
    pub exclude: Vec<String>,
    pub scaling: Scaling,
    /// Refit without characteristics whose coefficient has the wrong sign.
    pub drop_wrong_sign: bool,
    /// Ridge penalty on the coefficients (0: plain maximum likelihood); with
    /// `Coding::Bins`, also on each bin effect's distance from `β·WoE`.
    pub ridge: f64,
    pub coding: Coding,
    /// Labels and reason wording per variable.
    pub wording: BTreeMap<String, Wording>,
    /// Keep this card's characteristics and bins and re-estimate only WoE,
    /// coefficients and points (a refit of the card on new outcomes).
    pub bins_from: Option<Scorecard>,
}

impl Default for FitOptions {
    fn default() -> Self {
        Self {
            name: "Fitted scorecard".into(),
            binning: BinningOptions::default(),
            min_iv: 0.005,
            exclude: Vec::new(),
            scaling: Scaling::default(),
            drop_wrong_sign: false,
            ridge: 1.0,
            coding: Coding::Woe,
            wording: BTreeMap::new(),
            bins_from: None,
        }
    }
}
