//! Analytics over a portfolio: key figures and indicators, vintages, roll rates,
//! risk by band, scorecard metrics, the booked book, the report.

pub mod band_risk;
pub mod book;
pub mod finance;
pub mod kpi;
pub mod kri;
pub mod metrics;
pub mod report;
pub mod roll_rates;
pub mod vintage;
