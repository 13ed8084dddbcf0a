//! Building and checking scorecards from data: tables of inputs, binning, WoE and
//! IV, logistic regression, scaling to points, scoring a table and validation.

pub mod apply;
pub mod bin_effects;
pub mod binning;
pub mod candidates;
pub mod card_file;
pub mod fine_classing;
pub mod fit;
pub mod fit_options;
pub mod logistic;
pub mod merge;
pub mod points;
pub mod portfolio_table;
pub mod table;
pub mod validation;
pub mod woe;
