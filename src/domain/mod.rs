//! Pure computation on plain data: no egui, no SQLite, no files, no clock.

pub mod band;
pub mod book;
pub mod compare;
pub mod engine;
pub mod evaluation;
pub mod finance;
pub mod metrics;
pub mod parallel;
pub mod policy;
pub mod portfolio;
pub mod report;
pub mod rng;
pub mod scaling;
pub mod scorecard;
pub mod swap_index;
pub mod text_column;
