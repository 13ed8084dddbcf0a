//! A points scorecard: characteristics, their bins and points, the scaling, and the
//! breakdown of one score into its parts with reason codes.
//!
//! Score = base points + Σ points of the bin each characteristic falls in. Every
//! characteristic has a bin for missing values; a categorical one also has an
//! "other" bin for categories not seen when it was fitted, so no value ever falls
//! through to a silent default (`Scorecard::validate` enforces it).

pub mod band;
pub(crate) mod characteristic;
pub mod label_text;
pub mod reason_text;
pub mod scaling;
pub(crate) mod scoring;

use serde::{Deserialize, Serialize};

use crate::domain::scorecard::scaling::Scaling;

pub use crate::domain::scorecard::characteristic::{Bin, BinRule, Characteristic, Kind, Value};
pub use crate::domain::scorecard::label_text::LabelText;
pub use crate::domain::scorecard::reason_text::ReasonText;

/// A card's base points and each bin's points stay within ± this.
pub const MAX_ABS_POINTS: i32 = 100_000;
/// Every score a card can give stays within ± this, so no sum of points wraps.
pub const MAX_ABS_SCORE: i64 = 1_000_000;
/// Highest minus lowest possible score: the per-score indexes hold this many cells.
pub const MAX_SCORE_SPAN: i64 = 100_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub name: String,
    pub scaling: Scaling,
    /// Points every applicant starts with.
    pub base_points: i32,
    pub characteristics: Vec<Characteristic>,
    /// Reason wording beyond each characteristic's English `reason_text`: per bin
    /// where it differs, per language (`reason_text`). Absent from older card files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_texts: Vec<ReasonText>,
    /// The characteristics' names in other languages than English (`label_text`).
    /// Absent from older card files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<LabelText>,
}

/// One characteristic's line of a breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownLine {
    pub characteristic: usize,
    pub bin: usize,
    pub points: i32,
    pub best_points: i32,
    /// `best_points − points`: what this characteristic cost against its best bin.
    pub shortfall: i32,
}

/// Why an applicant got its score: base points plus one line per characteristic.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub base_points: i32,
    pub lines: Vec<BreakdownLine>,
    pub score: i32,
}

/// A reason code: a characteristic that cost points against its best bin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reason {
    pub characteristic: usize,
    pub code: String,
    pub text: String,
    pub shortfall: i32,
}

/// How many reason codes are given at most.
pub(crate) const MAX_REASONS: usize = 4;

impl Scorecard {
    /// The stand-in of a portfolio with no scorecard yet (an import before
    /// `scorecard install`): no characteristics, so every applicant has the base
    /// score, and `Portfolio::has_scorecard` is false. The window shows no score
    /// from it.
    pub fn none() -> Scorecard {
        Scorecard {
            name: String::new(),
            scaling: Scaling::default(),
            base_points: Scaling::default().base_score.round() as i32,
            characteristics: Vec::new(),
            reason_texts: Vec::new(),
            labels: Vec::new(),
        }
    }

    /// `validate`, except that a portfolio may hold [`Scorecard::none`].
    pub(crate) fn validate_in_portfolio(&self) -> Result<(), String> {
        if self.characteristics.is_empty() {
            return self.scaling.validate();
        }
        self.validate()
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        self.scaling.validate()?;
        if self.characteristics.is_empty() {
            return Err("the scorecard has no characteristics".into());
        }
        if i64::from(self.base_points).abs() > i64::from(MAX_ABS_POINTS) {
            return Err(format!(
                "base points {} are outside ±{MAX_ABS_POINTS}",
                self.base_points
            ));
        }
        for (i, c) in self.characteristics.iter().enumerate() {
            c.validate()?;
            if self.characteristics[..i]
                .iter()
                .any(|o| o.variable == c.variable)
            {
                return Err(format!("characteristic {} appears twice", c.variable));
            }
            if let Some(b) = c
                .bins
                .iter()
                .find(|b| i64::from(b.points).abs() > i64::from(MAX_ABS_POINTS))
            {
                return Err(format!(
                    "characteristic {}: a bin has {} points, outside ±{MAX_ABS_POINTS}",
                    c.variable, b.points
                ));
            }
        }
        reason_text::validate(&self.reason_texts, |v| {
            self.characteristics
                .iter()
                .find(|c| c.variable == v)
                .map(|c| c.bins.len())
        })
        .map_err(|e| e.to_string())?;
        label_text::validate(&self.labels, |v| {
            self.characteristics.iter().any(|c| c.variable == v)
        })
        .map_err(|e| e.to_string())?;
        // Every score the card can give, summed without wrapping: bounded, and with a
        // span the per-score indexes can hold.
        let (lo, hi) = self.score_range_wide();
        if lo.abs() > MAX_ABS_SCORE || hi.abs() > MAX_ABS_SCORE || hi - lo > MAX_SCORE_SPAN {
            let widest = self
                .characteristics
                .iter()
                .max_by_key(|c| {
                    let (a, b) = c.points_range();
                    i64::from(b) - i64::from(a)
                })
                .map_or("?", |c| c.variable.as_str());
            return Err(format!(
                "the scores run from {lo} to {hi}: at most ±{MAX_ABS_SCORE} and a span of {MAX_SCORE_SPAN} are allowed (the widest characteristic is {widest})"
            ));
        }
        Ok(())
    }

    /// The lowest and highest score, summed in i64 (no wrap on any card).
    fn score_range_wide(&self) -> (i64, i64) {
        self.characteristics.iter().fold(
            (i64::from(self.base_points), i64::from(self.base_points)),
            |(lo, hi), c| {
                let (a, b) = c.points_range();
                (lo + i64::from(a), hi + i64::from(b))
            },
        )
    }

    /// Breaks a score down; `values[k]` is the input of characteristic `k`.
    pub fn breakdown(&self, values: &[Value<'_>]) -> Result<Breakdown, String> {
        if values.len() != self.characteristics.len() {
            return Err(format!(
                "{} values given for {} characteristics",
                values.len(),
                self.characteristics.len()
            ));
        }
        let mut lines = Vec::with_capacity(values.len());
        let mut score = self.base_points;
        for (k, (c, v)) in self.characteristics.iter().zip(values).enumerate() {
            let bin = c
                .bin_index(*v)
                .ok_or_else(|| format!("no bin of {} holds {v:?}", c.variable))?;
            let points = c.bins[bin].points;
            let best_points = c.best_points();
            score += points;
            lines.push(BreakdownLine {
                characteristic: k,
                bin,
                points,
                best_points,
                shortfall: best_points - points,
            });
        }
        Ok(Breakdown {
            base_points: self.base_points,
            lines,
            score,
        })
    }

    /// Up to `MAX_REASONS` characteristics with the largest shortfall (ties: scorecard
    /// order), worded in English.
    pub(crate) fn reasons(&self, breakdown: &Breakdown) -> Vec<Reason> {
        self.reasons_in(breakdown, reason_text::ENGLISH)
    }

    /// The card's score bands: ranges of odds, in its own points (`band`).
    pub fn bands(&self) -> band::BandEdges {
        band::BandEdges::for_scaling(&self.scaling)
    }

    /// The name of characteristic `k` in `language`: its label there, else its
    /// English label ("?" for no such characteristic).
    pub fn label_in(&self, k: usize, language: &str) -> &str {
        self.characteristics.get(k).map_or("?", |c| {
            label_text::lookup(&self.labels, &c.variable, language).unwrap_or(&c.label)
        })
    }

    /// As [`Scorecard::reasons`], each worded for its bin in `language`
    /// (`reason_text::lookup`).
    pub(crate) fn reasons_in(&self, breakdown: &Breakdown, language: &str) -> Vec<Reason> {
        let mut lines: Vec<&BreakdownLine> =
            breakdown.lines.iter().filter(|l| l.shortfall > 0).collect();
        lines.sort_by(|a, b| {
            b.shortfall
                .cmp(&a.shortfall)
                .then(a.characteristic.cmp(&b.characteristic))
        });
        lines
            .into_iter()
            .take(MAX_REASONS)
            .filter_map(|l| {
                let c = self.characteristics.get(l.characteristic)?;
                let text = reason_text::lookup(&self.reason_texts, &c.variable, l.bin, language)
                    .unwrap_or(&c.reason_text);
                Some(Reason {
                    characteristic: l.characteristic,
                    code: c.reason_code.clone(),
                    text: text.to_string(),
                    shortfall: l.shortfall,
                })
            })
            .collect()
    }

    /// PD implied by a score through the scaling.
    pub fn pd(&self, score: i32) -> f64 {
        self.scaling.pd_for_score(score as f64)
    }

    /// Lowest and highest possible scores.
    /// The lowest and highest score (a validated card's sums fit in i32).
    pub(crate) fn score_range(&self) -> (i32, i32) {
        // One sum (`score_range_wide`); a validated card's bounds fit in i32, others
        // are clamped rather than wrapped.
        let (lo, hi) = self.score_range_wide();
        let fit = |x: i64| x.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        (fit(lo), fit(hi))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn range(lower: Option<f64>, upper: Option<f64>, points: i32) -> Bin {
        Bin {
            rule: BinRule::Range { lower, upper },
            points,
        }
    }

    pub(crate) fn tiny_card() -> Scorecard {
        Scorecard {
            name: "tiny".into(),
            scaling: Scaling::default(),
            base_points: 500,
            characteristics: vec![
                Characteristic {
                    variable: "bureau_months".into(),
                    label: "Credit history length".into(),
                    kind: Kind::Numeric,
                    reason_code: "R01".into(),
                    reason_text: "Short credit history".into(),
                    bins: vec![
                        Bin {
                            rule: BinRule::Missing,
                            points: 5,
                        },
                        range(None, Some(12.0), 10),
                        range(Some(12.0), Some(36.0), 30),
                        range(Some(36.0), None, 45),
                    ],
                },
                Characteristic {
                    variable: "channel".into(),
                    label: "Channel".into(),
                    kind: Kind::Categorical,
                    reason_code: "R02".into(),
                    reason_text: "Application channel".into(),
                    bins: vec![
                        Bin {
                            rule: BinRule::Categories {
                                values: vec!["mall".into(), "search".into()],
                            },
                            points: 20,
                        },
                        Bin {
                            rule: BinRule::Categories {
                                values: vec!["live".into()],
                            },
                            points: 8,
                        },
                        Bin {
                            rule: BinRule::Missing,
                            points: 0,
                        },
                        Bin {
                            rule: BinRule::Other,
                            points: 4,
                        },
                    ],
                },
            ],
            reason_texts: Vec::new(),
            labels: Vec::new(),
        }
    }

    #[test]
    fn bins_for_edges_missing_and_unseen() {
        let card = tiny_card();
        let c = &card.characteristics[0];
        assert_eq!(c.bin_index(Value::Num(11.999)), Some(1));
        assert_eq!(c.bin_index(Value::Num(12.0)), Some(2));
        assert_eq!(c.bin_index(Value::Num(36.0)), Some(3));
        assert_eq!(c.bin_index(Value::Num(-5.0)), Some(1));
        assert_eq!(c.bin_index(Value::Num(f64::NAN)), Some(0));
        assert_eq!(c.bin_index(Value::Missing), Some(0));
        let ch = &card.characteristics[1];
        assert_eq!(ch.bin_index(Value::Cat("search")), Some(0));
        assert_eq!(ch.bin_index(Value::Cat("live")), Some(1));
        assert_eq!(ch.bin_index(Value::Cat("never-seen")), Some(3));
        assert_eq!(ch.bin_index(Value::Missing), Some(2));
    }

    #[test]
    fn breakdown_adds_up_and_gives_reasons() {
        let card = tiny_card();
        card.validate().unwrap();
        let b = card
            .breakdown(&[Value::Num(20.0), Value::Cat("tv")])
            .unwrap();
        // 500 + 30 + 4
        assert_eq!(b.score, 534);
        assert_eq!(
            b.base_points + b.lines.iter().map(|l| l.points).sum::<i32>(),
            b.score
        );
        assert_eq!(b.lines[0].shortfall, 15);
        assert_eq!(b.lines[1].shortfall, 16);
        let r = card.reasons(&b);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].code, "R02");
        assert_eq!(r[1].text, "Short credit history");
        assert_eq!(card.score_range(), (505, 565));
        // Best bins everywhere: no reasons.
        let best = card
            .breakdown(&[Value::Num(40.0), Value::Cat("mall")])
            .unwrap();
        assert!(card.reasons(&best).is_empty());
        assert!(card.breakdown(&[Value::Missing]).is_err());
    }

    #[test]
    fn validate_catches_gaps_and_missing_bins() {
        let mut card = tiny_card();
        card.characteristics[0].bins[2] = range(Some(13.0), Some(36.0), 30);
        assert!(card.validate().unwrap_err().contains("gap"));
        let mut card = tiny_card();
        card.characteristics[0].bins.remove(0);
        assert!(card.validate().unwrap_err().contains("missing"));
        let mut card = tiny_card();
        card.characteristics[1].bins.pop();
        assert!(card.validate().unwrap_err().contains("other"));
        let mut card = tiny_card();
        card.characteristics[0].bins.pop();
        assert!(card.validate().unwrap_err().contains("open"));
    }

    #[test]
    fn labels() {
        assert_eq!(
            BinRule::Range {
                lower: Some(0.25),
                upper: Some(0.5)
            }
            .label(),
            "[0.25, 0.5)"
        );
        assert_eq!(
            BinRule::Range {
                lower: None,
                upper: Some(12.0)
            }
            .label(),
            "< 12"
        );
    }
}
