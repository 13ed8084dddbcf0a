//! What a fit writes: the scorecard file with how it was developed (the data, the
//! regression, every candidate characteristic and its bins).

use serde::{Deserialize, Serialize};

use super::binning::Trend;
use super::fit_options::Coding;
use crate::domain::scorecard::{Kind, Scorecard};

/// Why a candidate is in the scorecard or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Selected,
    LowIv,
    WrongSign,
}

/// One bin of a candidate as fitted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BinReport {
    pub label: String,
    pub goods: u64,
    pub bads: u64,
    pub woe: f64,
    pub iv: f64,
    /// The bin's effect on the log-odds of bad that its points were scaled from
    /// (`β·WoE`, or the per-bin fit's); none for a characteristic left out and in
    /// files from before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<f64>,
    pub points: Option<i32>,
}

/// One candidate characteristic as fitted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CandidateReport {
    pub variable: String,
    pub kind: Kind,
    pub trend: Trend,
    pub iv: f64,
    pub status: Status,
    pub coefficient: Option<f64>,
    pub std_error: Option<f64>,
    pub bins: Vec<BinReport>,
}

/// How a scorecard was fitted: the data, the regression and every candidate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Development {
    pub rows: u64,
    pub goods: u64,
    pub bads: u64,
    /// The intercept the points were scaled with (the per-bin fit's with `Coding::Bins`).
    pub intercept: f64,
    /// How the points were estimated (files from before it: WoE).
    #[serde(default)]
    pub coding: Coding,
    pub intercept_std_error: f64,
    pub log_likelihood: f64,
    pub iterations: usize,
    pub converged: bool,
    pub candidates: Vec<CandidateReport>,
    pub warnings: Vec<String>,
    /// The development sample's scores: (score, rows), ascending.
    pub score_counts: Vec<(i32, u64)>,
    /// Gini of the card on the rows it was fitted on (NaN in files from before it).
    #[serde(default = "not_recorded")]
    pub training_gini: f64,
}

fn not_recorded() -> f64 {
    f64::NAN
}

/// A scorecard file: the scorecard and, when fitted here, how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardFile {
    #[serde(flatten)]
    pub scorecard: Scorecard,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development: Option<Development>,
}
