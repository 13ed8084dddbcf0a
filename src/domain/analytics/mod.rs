//! Analytics over a portfolio: key figures and indicators, vintages, roll rates,
//! risk by band, scorecard metrics, the booked book, the report.

pub(crate) mod band_risk;
pub(crate) mod book;
pub(crate) mod finance;
pub mod kpi;
pub mod kri;
pub mod kri_history;
pub mod markov;
pub mod metrics;
pub mod report;
pub(crate) mod roll_rates;
pub(crate) mod score_psi;
pub mod threshold;
pub(crate) mod vintage;
pub mod watchlist;
