//! Pure computation on plain data: no egui, no SQLite, no files, no clock.

pub mod band;
pub mod book;
pub mod evaluation;
pub mod finance;
pub mod metrics;
pub mod policy;
pub mod portfolio;
pub mod report;
pub mod rng;
pub mod scaling;
pub mod scorecard;
pub mod text_column;
