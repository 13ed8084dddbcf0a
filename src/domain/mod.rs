//! Pure computation on plain data: no egui, no SQLite, no files, no clock.

pub mod band;
pub mod band_risk;
pub mod book;
pub mod characteristic;
pub mod compare;
pub mod derived;
pub mod engine;
pub mod evaluation;
pub mod finance;
pub mod fitting;
pub mod kpi;
pub mod kri;
pub mod limit_rule;
pub mod mask;
pub mod metrics;
pub mod parallel;
pub mod policy;
pub mod portfolio;
pub mod report;
pub mod rng;
pub mod roll_rates;
pub mod rule_inputs;
pub mod scaling;
pub mod scorecard;
pub mod scoring;
pub mod strategy;
pub mod swap_index;
pub mod table_query;
pub mod text_column;
pub mod vintage;

#[cfg(test)]
pub(crate) mod fixture;
