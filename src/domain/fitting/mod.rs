//! Building and checking scorecards from data: tables of inputs, binning, WoE and
//! IV, logistic regression, scaling to points, scoring a table and validation.

pub(crate) mod apply;
pub(crate) mod bin_effects;
pub mod binning;
pub(crate) mod candidates;
pub(crate) mod card_file;
pub(crate) mod fine_classing;
pub mod fit;
pub(crate) mod fit_options;
pub(crate) mod logistic;
pub(crate) mod merge;
pub(crate) mod personal;
pub(crate) mod points;
pub mod portfolio_table;
pub(crate) mod table;
pub(crate) mod validation;
pub(crate) mod woe;
