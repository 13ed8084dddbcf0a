//! Pure computation on plain data: no egui, no SQLite, no files, no clock.

pub mod analytics;
pub mod compliance;
pub mod evaluation;
pub mod fitting;
pub mod import;
pub(crate) mod parallel;
pub mod policy;
pub mod portfolio;
pub mod register;
pub mod rng;
pub mod scorecard;
pub mod stress;

#[cfg(test)]
pub(crate) mod fixture;
