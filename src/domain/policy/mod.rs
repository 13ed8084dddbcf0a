//! The limit policy: what the Policy lab's sliders move (docs/design.md#limit-policy).
//!
//! Order of rules: hard declines (age under 18, a declined employment category,
//! platform tenure below the minimum, no income, debt-to-income above the cap); then the score: below
//! `cut-off − refer width` declines, in `[cut-off − refer width, cut-off)` refers,
//! otherwise approves; the limit of an approval is
//! `income × multiple × band factor`, rounded down to 100, clamped to `[min, max]`.

pub(crate) mod gate;
pub(crate) mod limit;
pub(crate) mod presets;

use serde::{Deserialize, Serialize};

use crate::domain::scorecard::band::BANDS;
use gate::Gate;
use limit::{LimitDerivation, LimitRule};

/// The largest cut-off or refer width any policy may have (a card's scores are
/// bounded by `scorecard::MAX_ABS_SCORE`).
pub const MAX_POLICY_SCORE: i32 = 1_000_000;
/// How far outside a card's scores a cut-off may lie.
pub const POLICY_SCORE_MARGIN: i64 = 200;
/// The largest limit a policy may set (¥1,000,000,000).
pub const MAX_LIMIT: f64 = 1e9;

/// Minimum age; fixed by law, not a slider.
pub(crate) const MIN_AGE: u8 = 18;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    pub name: String,
    /// Scores at or above approve.
    pub cutoff: i32,
    /// Scores in `[cutoff − refer_width, cutoff)` are referred to manual review.
    pub refer_width: i32,
    /// Highest debt-to-income (monthly debt payments / monthly income) accepted.
    pub dti_cap: f64,
    /// Fewest months on the platform accepted.
    pub min_tenure_months: u32,
    /// Limit = monthly income × this × band factor.
    pub income_multiple: f64,
    /// Factor per score band, A first.
    pub band_factors: [f64; BANDS],
    pub min_limit: f64,
    pub max_limit: f64,
    /// Share of the limit assumed drawn: EAD = limit × utilisation.
    pub utilisation: f64,
    /// Loss given default.
    pub lgd: f64,
    /// Annual fee yield on the drawn amount: revenue = EAD × fee yield.
    pub fee_yield: f64,
    /// Credit conversion factor of the undrawn part of a booked line:
    /// EAD = drawn + CCF × undrawn.
    pub ccf: f64,
    /// Employment categories declined whatever the score (`student`, where consumer
    /// credit to students is barred). Empty: none; left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub declined_employment: Vec<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            name: "Balanced".into(),
            cutoff: 560,
            refer_width: 15,
            dti_cap: 0.5,
            min_tenure_months: 3,
            income_multiple: 0.8,
            band_factors: [1.5, 1.25, 1.0, 0.8, 0.6, 0.4],
            min_limit: 500.0,
            max_limit: 20_000.0,
            utilisation: 0.45,
            lgd: 0.85,
            fee_yield: 0.18,
            ccf: 0.5,
            declined_employment: Vec::new(),
        }
    }
}

impl Policy {
    /// This policy (written for the sample's scaling, as the default and the presets
    /// are) for a card scaled by `s`: the cut-off at the same odds and the refer band
    /// as wide in odds, in the card's points. The sample's scaling changes nothing.
    pub fn for_scaling(mut self, s: &crate::domain::scorecard::scaling::Scaling) -> Policy {
        let refer_from = self.cutoff - self.refer_width;
        self.cutoff = s.from_sample(f64::from(self.cutoff)).round() as i32;
        let lower = s.from_sample(f64::from(refer_from)).round() as i32;
        self.refer_width = (self.cutoff - lower).max(0);
        self
    }
}

/// What a policy decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    Approve,
    Refer,
    Decline,
}

impl Decision {
    /// The three decisions, in the order of [`Decision::index`].
    pub const ALL: [Decision; 3] = [Decision::Approve, Decision::Refer, Decision::Decline];

    /// 0 approve, 1 refer, 2 decline: rows and columns of the swap matrix.
    pub const fn index(self) -> usize {
        match self {
            Decision::Approve => 0,
            Decision::Refer => 1,
            Decision::Decline => 2,
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Refer => "refer",
            Decision::Decline => "decline",
        }
    }
}

/// Which rule decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    UnderAge,
    DeclinedEmployment,
    ShortTenure,
    NoIncome,
    DtiAboveCap,
    ScoreBelowReferBand,
    ReferBand,
    ScoreAtOrAboveCutoff,
}

impl Rule {
    pub(crate) fn decision(self) -> Decision {
        match self {
            Rule::ScoreAtOrAboveCutoff => Decision::Approve,
            Rule::ReferBand => Decision::Refer,
            _ => Decision::Decline,
        }
    }
}

/// The inputs one decision reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DecisionInput {
    pub age: u8,
    /// Code into the portfolio's employment categories.
    pub employment: u8,
    pub platform_months: f32,
    pub monthly_income: f64,
    /// NaN when the income is 0 or missing.
    pub dti: f64,
    pub score: i32,
    pub band: u8,
}

impl Policy {
    /// Checks every field against its documented range (README, "Policy JSON"); the
    /// message names the JSON field. The cut-off is checked against a card's scores
    /// by [`Policy::validate_for_scores`].
    pub(crate) fn validate(&self) -> Result<(), String> {
        let range = |field: &str, x: f64, lo: f64, hi: f64| {
            if x.is_finite() && (lo..=hi).contains(&x) {
                Ok(())
            } else {
                Err(format!("{field} must be between {lo} and {hi}, got {x}"))
            }
        };
        range(
            "cutoff",
            f64::from(self.cutoff),
            -(MAX_POLICY_SCORE as f64),
            MAX_POLICY_SCORE as f64,
        )?;
        range(
            "refer_width",
            f64::from(self.refer_width),
            0.0,
            MAX_POLICY_SCORE as f64,
        )?;
        range("dti_cap", self.dti_cap, 0.0, 100.0)?;
        range(
            "min_tenure_months",
            f64::from(self.min_tenure_months),
            0.0,
            1200.0,
        )?;
        range("income_multiple", self.income_multiple, 0.0, 100.0)?;
        for (b, f) in self.band_factors.iter().enumerate() {
            range(&format!("band_factors[{b}]"), *f, 0.0, 100.0)?;
        }
        range("min_limit", self.min_limit, 0.0, MAX_LIMIT)?;
        range("max_limit", self.max_limit, 0.0, MAX_LIMIT)?;
        if self.max_limit <= 0.0 {
            return Err(format!("max_limit must be above 0, got {}", self.max_limit));
        }
        if self.min_limit > self.max_limit {
            return Err(format!(
                "min_limit ({}) must not be above max_limit ({})",
                self.min_limit, self.max_limit
            ));
        }
        range("utilisation", self.utilisation, 0.0, 1.0)?;
        range("lgd", self.lgd, 0.0, 1.0)?;
        range("fee_yield", self.fee_yield, 0.0, 1.0)?;
        range("ccf", self.ccf, 0.0, 1.0)?;
        if let Some(e) = self
            .declined_employment
            .iter()
            .find(|e| e.trim().is_empty())
        {
            return Err(format!(
                "declined_employment must name categories, got {e:?}"
            ));
        }
        Ok(())
    }

    /// [`Policy::validate`], and the cut-off within `POLICY_SCORE_MARGIN` points of the
    /// scores the card can give (`lo..=hi`).
    pub(crate) fn validate_for_scores(&self, (lo, hi): (i32, i32)) -> Result<(), String> {
        self.validate()?;
        let (from, to) = (
            i64::from(lo) - POLICY_SCORE_MARGIN,
            i64::from(hi) + POLICY_SCORE_MARGIN,
        );
        if !(from..=to).contains(&i64::from(self.cutoff)) {
            return Err(format!(
                "cutoff must be between {from} and {to} (the scorecard's scores {lo}–{hi}, ± {POLICY_SCORE_MARGIN}), got {}",
                self.cutoff
            ));
        }
        Ok(())
    }

    /// Which rule decides this applicant (the first that applies, in the order of
    /// docs/design.md#limit-policy): the hard rules ([`Gate`]), then the score.
    /// `employments` are the portfolio's employment categories (`x.employment` codes).
    pub(crate) fn rule(&self, x: &DecisionInput, employments: &[String]) -> Rule {
        self.rule_with(&Gate::of(self, employments), x)
    }

    /// [`Policy::rule`] with this policy's gate built once by the caller.
    pub(crate) fn rule_with(&self, gate: &Gate, x: &DecisionInput) -> Rule {
        if let Some(rule) = gate.first_failure(x.age, x.employment, x.platform_months, x.dti) {
            return rule;
        }
        // i64: a cut-off near i32::MIN must not wrap below the refer band.
        let score = i64::from(x.score);
        let cutoff = i64::from(self.cutoff);
        if score < cutoff - i64::from(self.refer_width) {
            Rule::ScoreBelowReferBand
        } else if score < cutoff {
            Rule::ReferBand
        } else {
            Rule::ScoreAtOrAboveCutoff
        }
    }

    /// Raises the maximum limit to the minimum when it is below (what the lab's two
    /// limit sliders do when the minimum is dragged past the maximum).
    pub(crate) fn order_limits(&mut self) {
        if self.max_limit < self.min_limit {
            self.max_limit = self.min_limit;
        }
    }

    /// The limit of an approved applicant, with how it was derived ([`LimitRule`]).
    pub(crate) fn limit(&self, monthly_income: f64, band: u8) -> LimitDerivation {
        LimitRule::of(self).derive(monthly_income, band)
    }

    /// Names of the fields that differ from `other`, with both values ("cut-off 560 → 590").
    pub(crate) fn changes_from(&self, other: &Policy) -> Vec<String> {
        let mut out = Vec::new();
        let mut num = |label: &str, a: f64, b: f64| {
            if a != b {
                out.push(format!("{label} {a} → {b}"));
            }
        };
        num("cut-off", other.cutoff as f64, self.cutoff as f64);
        num(
            "refer width",
            other.refer_width as f64,
            self.refer_width as f64,
        );
        num("DTI cap", other.dti_cap, self.dti_cap);
        num(
            "min tenure",
            other.min_tenure_months as f64,
            self.min_tenure_months as f64,
        );
        num(
            "income multiple",
            other.income_multiple,
            self.income_multiple,
        );
        for b in 0..BANDS {
            num(
                &format!(
                    "band {} factor",
                    crate::domain::scorecard::band::BAND_NAMES[b]
                ),
                other.band_factors[b],
                self.band_factors[b],
            );
        }
        num("min limit", other.min_limit, self.min_limit);
        num("max limit", other.max_limit, self.max_limit);
        num("utilisation", other.utilisation, self.utilisation);
        num("LGD", other.lgd, self.lgd);
        num("fee yield", other.fee_yield, self.fee_yield);
        num("CCF", other.ccf, self.ccf);
        if other.declined_employment != self.declined_employment {
            let list = |v: &[String]| {
                if v.is_empty() {
                    "none".to_string()
                } else {
                    v.join(", ")
                }
            };
            out.push(format!(
                "declined employment {} → {}",
                list(&other.declined_employment),
                list(&self.declined_employment)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests;
