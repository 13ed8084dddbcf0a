//! The portfolio report (`riskdesk report`): a policy's figures and the booked book,
//! in total and by score band. Field names are the stable JSON keys (README).

use serde::Serialize;

use crate::domain::analytics::book::{BookFigures, book};
use crate::domain::evaluation::{Figures, evaluate};
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub portfolio: String,
    pub as_of: String,
    pub policy: String,
    /// Whether a scorecard is in force (an import has none until one is installed:
    /// then every score-based figure is null).
    pub scorecard_in_force: bool,
    /// What an observed bad means: the lender's definition of given outcomes, or
    /// Riskdesk's own ("90+ days past due within 12 months on book").
    pub outcome_definition: String,
    /// Whether the limit rule has its input (a monthly income); without one the
    /// limit and exposure figures are null.
    pub limit_applies: bool,
    pub total: ReportRow,
    pub bands: Vec<ReportRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportRow {
    /// "all", or the band name "A".."F".
    pub band: String,
    /// "A (≥ 620)" and so on.
    pub band_label: String,
    pub applicants: u64,
    pub approved: u64,
    pub referred: u64,
    pub declined: u64,
    pub approval_rate: f64,
    /// Mean PD of the approved (estimated).
    pub expected_bad_rate: f64,
    /// Observed 90+ rate of approved applicants with a mature account; null if none.
    pub observed_bad_rate: Option<f64>,
    /// Σ policy limits of the approved.
    pub total_limit: f64,
    /// Σ limit × utilisation.
    pub ead: f64,
    /// Σ PD · LGD · EAD.
    pub expected_loss: f64,
    pub revenue: f64,
    pub margin: f64,
    pub booked_accounts: u64,
    pub booked_limit: f64,
    /// Σ latest month-end balances of booked accounts.
    pub drawn_exposure: f64,
    /// Σ drawn + CCF × undrawn.
    pub booked_ead: f64,
    pub booked_expected_loss: f64,
    /// Booked accounts with at least 12 months on book.
    pub mature_accounts: u64,
    /// Share of mature accounts ever 30+ days past due within 12 months on book.
    pub observed_30plus_rate: f64,
    /// Share of mature accounts ever 90+ days past due within 12 months on book.
    pub observed_90plus_rate: f64,
}

fn money(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn rate(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Riskdesk's own outcome: the month-end history's.
pub const OWN_OUTCOME: &str = "90+ days past due within 12 months on book";

fn row(
    band: String,
    band_label: String,
    f: &Figures,
    b: &BookFigures,
    policy: &Policy,
    p: &Portfolio,
) -> ReportRow {
    let observed = f.observed_bad_rate();
    // Without an income there is no limit: no limit, exposure or loss figure.
    let limited = |x: f64| {
        if p.limit_applies() {
            money(x)
        } else {
            f64::NAN
        }
    };
    // Given outcomes say bad or good, not whether an account was ever 30+.
    let rate30 = if p.outcomes_given() {
        f64::NAN
    } else {
        rate(b.rate30())
    };
    ReportRow {
        band,
        band_label,
        applicants: f.applicants,
        approved: f.approved,
        referred: f.referred,
        declined: f.declined,
        approval_rate: rate(f.approval_rate()),
        expected_bad_rate: rate(f.expected_bad_rate()),
        observed_bad_rate: if observed.is_nan() {
            None
        } else {
            Some(rate(observed))
        },
        total_limit: limited(f.limit_sum),
        ead: limited(f.ead),
        expected_loss: limited(f.expected_loss),
        revenue: limited(f.revenue(policy)),
        margin: limited(f.margin(policy)),
        booked_accounts: b.accounts,
        booked_limit: money(b.limit),
        drawn_exposure: money(b.drawn),
        booked_ead: money(b.ead),
        booked_expected_loss: money(b.expected_loss),
        mature_accounts: b.observed,
        observed_30plus_rate: rate30,
        observed_90plus_rate: rate(b.rate90()),
    }
}

/// Builds the report of `policy` over `portfolio`.
pub fn report(policy: &Policy, portfolio: &Portfolio) -> Report {
    let e = evaluate(policy, portfolio);
    let b = book(policy, portfolio);
    Report {
        portfolio: portfolio.name.clone(),
        as_of: portfolio.as_of.clone(),
        policy: policy.name.clone(),
        scorecard_in_force: portfolio.has_scorecard(),
        outcome_definition: portfolio
            .outcome_definition
            .clone()
            .unwrap_or_else(|| OWN_OUTCOME.into()),
        limit_applies: portfolio.limit_applies(),
        total: row(
            "all".into(),
            "all bands".into(),
            &e.total,
            &b.total,
            policy,
            portfolio,
        ),
        bands: (0..BANDS)
            .map(|k| {
                row(
                    BAND_NAMES[k].into(),
                    portfolio.scorecard.bands().label(k),
                    &e.by_band[k],
                    &b.by_band[k],
                    policy,
                    portfolio,
                )
            })
            .collect(),
    }
}
