//! Key risk indicators: their thresholds (declared here once) and the green / amber /
//! red status of a value against them.
//!
//! A threshold has a ceiling (too high is a risk), a floor (too low is a risk) or both.
//! On a ceiling, a value at or above `watch` is amber and one above `breach` red; on a
//! floor, a value at or below `watch` is amber and one below `breach` red. The PSI
//! ceiling is docs/design.md#psi: `< 0.10` stable, `0.10–0.25` watch, `> 0.25` shifted.

use crate::domain::analytics::kpi::Period;
use crate::domain::analytics::metrics::psi;
use crate::domain::portfolio::Portfolio;

/// Green, amber or red, said in words too (the colour is never the only sign).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// No value to judge (no accounts on book, no recent applicants).
    NoData,
    Good,
    Watch,
    Breach,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NoData => "no data",
            Status::Good => "on target",
            Status::Watch => "watch",
            Status::Breach => "breach",
        }
    }
}

/// One side of a threshold: amber from `watch`, red beyond `breach`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Limit {
    pub watch: f64,
    pub breach: f64,
}

/// The limits of one indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Threshold {
    /// Too high is a risk.
    pub ceiling: Option<Limit>,
    /// Too low is a risk.
    pub floor: Option<Limit>,
}

impl Threshold {
    /// The status of `value` (the worse of the two sides); `NoData` for a value that
    /// is not finite.
    pub(crate) fn status(&self, value: f64) -> Status {
        if !value.is_finite() {
            return Status::NoData;
        }
        let high = self.ceiling.map_or(Status::Good, |l| {
            if value > l.breach {
                Status::Breach
            } else if value >= l.watch {
                Status::Watch
            } else {
                Status::Good
            }
        });
        let low = self.floor.map_or(Status::Good, |l| {
            if value < l.breach {
                Status::Breach
            } else if value <= l.watch {
                Status::Watch
            } else {
                Status::Good
            }
        });
        high.max(low)
    }
}

/// A threshold value on the low side and on the high side (`None`: no such side).
pub type Sides = (Option<f64>, Option<f64>);

/// The indicators of the Overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kri {
    /// Approvals / applicants of the quarter under the policy in force.
    ApprovalRate,
    /// Share of accounts on book 30+ days past due at the quarter's last month-end.
    Dpd30Rate,
    /// The same, 90+.
    Dpd90Rate,
    /// Book expected loss / book exposure (EAD) at the quarter's last month-end.
    ExpectedLossRate,
    /// PSI of the quarter's applicants' scores against the reference sample.
    ScorePsi,
}

impl Kri {
    /// The indicator's key in JSON (stable).
    pub fn key(self) -> &'static str {
        match self {
            Kri::ApprovalRate => "approval_rate",
            Kri::Dpd30Rate => "dpd30_rate",
            Kri::Dpd90Rate => "dpd90_rate",
            Kri::ExpectedLossRate => "expected_loss_rate",
            Kri::ScorePsi => "score_psi",
        }
    }

    /// The indicator's name for people (the Overview's tile title).
    pub fn name(self) -> &'static str {
        match self {
            Kri::ApprovalRate => "Approval rate",
            Kri::Dpd30Rate => "30+ days past due",
            Kri::Dpd90Rate => "90+ days past due",
            Kri::ExpectedLossRate => "Expected loss rate",
            Kri::ScorePsi => "Score PSI",
        }
    }

    /// The watch and breach values as (low side, high side): `None` for a side the
    /// indicator does not have.
    pub fn watch_and_breach(self) -> (Sides, Sides) {
        let t = self.threshold();
        (
            (t.floor.map(|l| l.watch), t.ceiling.map(|l| l.watch)),
            (t.floor.map(|l| l.breach), t.ceiling.map(|l| l.breach)),
        )
    }

    pub const ALL: [Kri; 5] = [
        Kri::ApprovalRate,
        Kri::Dpd30Rate,
        Kri::Dpd90Rate,
        Kri::ExpectedLossRate,
        Kri::ScorePsi,
    ];

    /// The thresholds, all in one place. Rates are fractions (0.05 = 5%).
    pub(crate) const fn threshold(self) -> Threshold {
        match self {
            // Too few approvals starve the book; too many loosen the risk appetite.
            Kri::ApprovalRate => Threshold {
                ceiling: Some(Limit {
                    watch: 0.65,
                    breach: 0.75,
                }),
                floor: Some(Limit {
                    watch: 0.40,
                    breach: 0.30,
                }),
            },
            Kri::Dpd30Rate => Threshold {
                ceiling: Some(Limit {
                    watch: 0.025,
                    breach: 0.04,
                }),
                floor: None,
            },
            Kri::Dpd90Rate => Threshold {
                ceiling: Some(Limit {
                    watch: 0.015,
                    breach: 0.03,
                }),
                floor: None,
            },
            Kri::ExpectedLossRate => Threshold {
                ceiling: Some(Limit {
                    watch: 0.015,
                    breach: 0.025,
                }),
                floor: None,
            },
            // docs/design.md#psi: < 0.10 stable, 0.10–0.25 watch, > 0.25 shifted.
            Kri::ScorePsi => Threshold {
                ceiling: Some(Limit {
                    watch: 0.10,
                    breach: 0.25,
                }),
                floor: None,
            },
        }
    }

    /// Whether the value is a rate (shown in percent) rather than an index (PSI).
    pub(crate) const fn is_rate(self) -> bool {
        !matches!(self, Kri::ScorePsi)
    }

    pub fn status(self, value: f64) -> Status {
        self.threshold().status(value)
    }
}

/// The value of an indicator over a quarter (`psi` computed apart, `None` without a
/// reference sample); not finite where there is nothing to measure.
pub fn value(kri: Kri, quarter: &Period, psi: Option<f64>) -> f64 {
    let share = |a: f64, b: f64| if b > 0.0 { a / b } else { f64::NAN };
    match kri {
        Kri::ApprovalRate => share(quarter.approved as f64, quarter.applicants as f64),
        Kri::Dpd30Rate => share(quarter.dpd30 as f64, quarter.on_book as f64),
        Kri::Dpd90Rate => share(quarter.dpd90 as f64, quarter.on_book as f64),
        Kri::ExpectedLossRate => share(quarter.book_expected_loss, quarter.book_ead),
        Kri::ScorePsi => psi.unwrap_or(f64::NAN),
    }
}

/// Months of applications that make the reference sample of the score PSI: the
/// portfolio keeps no development sample, so the first year of applications stands
/// in for it.
pub(crate) const PSI_REFERENCE_MONTHS: i32 = 12;
/// Score buckets of the PSI: deciles of the reference sample.
pub(crate) const PSI_BUCKETS: usize = 10;

/// PSI of the scores of applicants in months `recent` (month indexes, inclusive)
/// against those of the first `PSI_REFERENCE_MONTHS` months of applications. `None`
/// when either sample is empty or they overlap (too short a history).
pub(crate) fn score_psi(p: &Portfolio, recent: (i32, i32)) -> Option<f64> {
    let months = &p.applicants.app_month;
    let first = *months.iter().min()?;
    let reference_end = first + PSI_REFERENCE_MONTHS - 1;
    if recent.0 <= reference_end {
        return None;
    }
    let (mut reference, mut actual) = (Vec::new(), Vec::new());
    for (i, &m) in months.iter().enumerate() {
        if m <= reference_end {
            reference.push(p.derived.score[i]);
        } else if (recent.0..=recent.1).contains(&m) {
            actual.push(p.derived.score[i]);
        }
    }
    psi_of_scores(&reference, &actual, PSI_BUCKETS)
}

/// PSI `= Σ (A% − E%)·ln(A% / E%)` over buckets cut at the `buckets`-quantiles of the
/// reference (expected) scores; a bucket holds the scores from its cut up to the next.
/// Ties can merge quantiles, so there may be fewer buckets. `None` for an empty side.
pub(crate) fn psi_of_scores(reference: &[i32], actual: &[i32], buckets: usize) -> Option<f64> {
    if reference.is_empty() || actual.is_empty() || buckets == 0 {
        return None;
    }
    let mut sorted = reference.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    // Lower edges of buckets 1..: the k/buckets quantiles, without repeats.
    let mut cuts: Vec<i32> = (1..buckets).map(|k| sorted[k * n / buckets]).collect();
    cuts.dedup();
    cuts.retain(|&c| c > sorted[0]);
    let bucket = |s: i32| cuts.partition_point(|&c| c <= s);
    let mut expected = vec![0.0; cuts.len() + 1];
    let mut got = vec![0.0; cuts.len() + 1];
    for &s in reference {
        expected[bucket(s)] += 1.0;
    }
    for &s in actual {
        got[bucket(s)] += 1.0;
    }
    Some(psi(&expected, &got))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_boundaries() {
        let k = Kri::Dpd90Rate;
        assert_eq!(k.status(0.0), Status::Good);
        assert_eq!(k.status(0.0149), Status::Good);
        assert_eq!(k.status(0.015), Status::Watch);
        assert_eq!(k.status(0.03), Status::Watch);
        assert_eq!(k.status(0.0301), Status::Breach);
        assert_eq!(k.status(f64::NAN), Status::NoData);
    }

    #[test]
    fn approval_rate_has_a_floor_and_a_ceiling() {
        let k = Kri::ApprovalRate;
        assert_eq!(k.status(0.29), Status::Breach);
        assert_eq!(k.status(0.30), Status::Watch);
        assert_eq!(k.status(0.40), Status::Watch);
        assert_eq!(k.status(0.41), Status::Good);
        assert_eq!(k.status(0.5271), Status::Good);
        assert_eq!(k.status(0.649), Status::Good);
        assert_eq!(k.status(0.65), Status::Watch);
        assert_eq!(k.status(0.75), Status::Watch);
        assert_eq!(k.status(0.76), Status::Breach);
    }

    #[test]
    fn other_thresholds_exact() {
        assert_eq!(Kri::Dpd30Rate.status(0.0249), Status::Good);
        assert_eq!(Kri::Dpd30Rate.status(0.025), Status::Watch);
        assert_eq!(Kri::Dpd30Rate.status(0.04), Status::Watch);
        assert_eq!(Kri::Dpd30Rate.status(0.0401), Status::Breach);
        assert_eq!(Kri::ExpectedLossRate.status(0.0128), Status::Good);
        assert_eq!(Kri::ExpectedLossRate.status(0.015), Status::Watch);
        assert_eq!(Kri::ExpectedLossRate.status(0.026), Status::Breach);
    }

    #[test]
    fn psi_thresholds_are_product_md_s() {
        let k = Kri::ScorePsi;
        assert_eq!(k.status(0.0999), Status::Good);
        assert_eq!(k.status(0.10), Status::Watch);
        assert_eq!(k.status(0.25), Status::Watch);
        assert_eq!(k.status(0.2501), Status::Breach);
        // The same words as metrics::psi_flag.
        for x in [0.05, 0.10, 0.2, 0.25, 0.3] {
            let word = match k.status(x) {
                Status::Good => "stable",
                Status::Watch => "watch",
                _ => "shifted",
            };
            assert_eq!(word, crate::domain::analytics::metrics::psi_flag(x), "{x}");
        }
    }

    #[test]
    fn values_of_a_quarter() {
        let q = Period {
            applicants: 200,
            approved: 100,
            on_book: 50,
            dpd30: 2,
            dpd90: 1,
            book_ead: 1000.0,
            book_expected_loss: 15.0,
            ..Period::default()
        };
        assert_eq!(value(Kri::ApprovalRate, &q, None), 0.5);
        assert_eq!(value(Kri::Dpd30Rate, &q, None), 0.04);
        assert_eq!(value(Kri::Dpd90Rate, &q, None), 0.02);
        assert_eq!(value(Kri::ExpectedLossRate, &q, None), 0.015);
        assert!(value(Kri::ScorePsi, &q, None).is_nan());
        assert_eq!(value(Kri::ScorePsi, &q, Some(0.2)), 0.2);
        assert!(value(Kri::Dpd30Rate, &Period::default(), None).is_nan());
        assert_eq!(
            Kri::Dpd90Rate.status(value(Kri::Dpd90Rate, &q, None)),
            Status::Watch
        );
    }

    #[test]
    fn psi_of_scores_by_hand() {
        // Reference 1..=4 in two buckets (cut at 3); actual: 3 low, 1 high.
        let p = psi_of_scores(&[1, 2, 3, 4], &[1, 1, 2, 4], 2).unwrap_or(f64::NAN);
        let by_hand = (0.75 - 0.5) * (0.75f64 / 0.5).ln() + (0.25 - 0.5) * (0.25f64 / 0.5).ln();
        assert!((p - by_hand).abs() < 1e-12, "{p} vs {by_hand}");
        // The same distribution: 0.
        assert_eq!(psi_of_scores(&[5, 6, 7], &[5, 6, 7], 10), Some(0.0));
        // All reference scores tied: one bucket, PSI 0.
        assert_eq!(psi_of_scores(&[5, 5, 5], &[1, 9], 10), Some(0.0));
        assert_eq!(psi_of_scores(&[], &[1], 10), None);
        assert_eq!(psi_of_scores(&[1], &[], 10), None);
    }
}
