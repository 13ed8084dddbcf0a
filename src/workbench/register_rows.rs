//! The register for programs: `riskdesk register --json` and `--out`, and the window's
//! CSV export, write the same rows (README, "riskdesk register").

use std::path::Path;

use serde::Serialize;

use crate::domain::analytics::kri::{Kri, Status};
use crate::domain::register::{Register, Risk};

/// One risk as `register --json` gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RiskRow {
    pub id: String,
    pub category: &'static str,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub likelihood: u8,
    pub impact: u8,
    pub rating: u8,
    pub band: &'static str,
    pub controls: String,
    pub residual_likelihood: u8,
    pub residual_impact: u8,
    pub residual_rating: u8,
    pub residual_band: &'static str,
    pub target_rating: u8,
    /// The residual rating is above the target.
    pub above_target: bool,
    pub kris: Vec<&'static str>,
    /// The worst status of the linked indicators over the latest quarter ("watch");
    /// "no data" without a linked indicator.
    pub kri_status: &'static str,
    pub status: &'static str,
    pub review_date: String,
    /// At the portfolio's as-of date.
    pub review_overdue: bool,
    pub actions: Vec<ActionRow>,
    pub actions_overdue: usize,
}

/// An action plan of a risk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionRow {
    pub action: String,
    pub owner: String,
    pub due: String,
    pub done: bool,
    pub overdue: bool,
    /// The plan in words, for the CSV (`ActionPlan::describe`).
    #[serde(skip)]
    pub described: String,
}

/// The register's rows in id order, judged at `as_of` with `kri_status` (an
/// indicator's status now).
pub fn rows(reg: &Register, as_of: &str, kri_status: impl Fn(Kri) -> Status) -> Vec<RiskRow> {
    reg.risks
        .iter()
        .map(|r| row(reg, r, as_of, &kri_status))
        .collect()
}

fn row(reg: &Register, r: &Risk, as_of: &str, kri_status: &impl Fn(Kri) -> Status) -> RiskRow {
    let b = &reg.bands;
    RiskRow {
        id: r.id.clone(),
        category: r.category.key(),
        title: r.title.clone(),
        description: r.description.clone(),
        owner: r.owner.clone(),
        likelihood: r.likelihood,
        impact: r.impact,
        rating: r.rating(),
        band: b.band(r.rating()).key(),
        controls: r.controls.clone(),
        residual_likelihood: r.residual_likelihood,
        residual_impact: r.residual_impact,
        residual_rating: r.residual_rating(),
        residual_band: b.band(r.residual_rating()).key(),
        target_rating: r.target_rating,
        above_target: r.above_appetite(),
        kris: r.kris.iter().map(|k| k.key()).collect(),
        kri_status: r
            .kris
            .iter()
            .map(|&k| kri_status(k))
            .max()
            .unwrap_or(Status::NoData)
            .label(),
        status: r.status.key(),
        review_date: r.review_date.clone(),
        review_overdue: r.review_overdue(as_of),
        actions: r
            .actions
            .iter()
            .map(|a| ActionRow {
                action: a.action.clone(),
                owner: a.owner.clone(),
                due: a.due.clone(),
                done: a.done,
                overdue: r.status != crate::domain::register::RiskStatus::Closed
                    && !a.done
                    && a.due.as_str() < as_of,
                described: a.describe(),
            })
            .collect(),
        actions_overdue: r.actions_overdue(as_of),
    }
}

pub const CSV_HEADERS: [&str; 21] = [
    "id",
    "category",
    "title",
    "owner",
    "likelihood",
    "impact",
    "rating",
    "band",
    "residual_likelihood",
    "residual_impact",
    "residual_rating",
    "residual_band",
    "target_rating",
    "above_target",
    "kris",
    "kri_status",
    "status",
    "review_date",
    "review_overdue",
    "actions",
    "actions_overdue",
];

/// Writes the rows as CSV to `out` (action plans as "action (owner, due)" joined by
/// "; ").
pub fn write_csv(rows: &[RiskRow], out: &Path) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_path(out)?;
    w.write_record(CSV_HEADERS)?;
    for r in rows {
        let actions: Vec<String> = r.actions.iter().map(|a| a.described.clone()).collect();
        w.write_record([
            r.id.clone(),
            r.category.into(),
            r.title.clone(),
            r.owner.clone(),
            r.likelihood.to_string(),
            r.impact.to_string(),
            r.rating.to_string(),
            r.band.into(),
            r.residual_likelihood.to_string(),
            r.residual_impact.to_string(),
            r.residual_rating.to_string(),
            r.residual_band.into(),
            r.target_rating.to_string(),
            r.above_target.to_string(),
            r.kris.join(";"),
            r.kri_status.into(),
            r.status.into(),
            r.review_date.clone(),
            r.review_overdue.to_string(),
            actions.join("; "),
            r.actions_overdue.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
