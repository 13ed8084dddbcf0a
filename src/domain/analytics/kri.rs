//! Key risk indicators: what each measures and its documented default thresholds;
//! the thresholds' rules and statuses are in `threshold.rs`.
//!
//! The thresholds in force live in the portfolio file (`kri_thresholds`, editable in
//! the window with a reason); the defaults here seed a new or upgraded file.

pub use super::threshold::{Limit, Sides, Status, Threshold, ThresholdError};

/// How a month's value adds up to a quarter's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Counted over the period (applications, new 90+ accounts, roll): a quarter's
    /// value is Σ numerator / Σ denominator over its months.
    Flow,
    /// Read at a month-end (shares of the book): a quarter's value is its last
    /// month's.
    Stock,
}

/// The key risk indicators, each computed for every month (`kri_history`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kri {
    /// The policy in force applied to the month's applications (a counterfactual).
    ApprovalRate,
    /// Share of accounts on book 30+ days past due at the month-end.
    Dpd30Rate,
    /// The same, 90+.
    Dpd90Rate,
    /// Expected loss / exposure (EAD) of the lines not yet 90+ at the month-end: the
    /// numerator and the denominator over the same accounts.
    ExpectedLossRate,
    /// PSI of the scores of the three months of applications to the month against
    /// the first months of applications.
    ScorePsi,
    /// Accounts opened in the month / applications of the month (what was booked).
    BookedRate,
    /// Share of the drawn balance 30+ days past due at the month-end.
    Dpd30BalanceRate,
    /// The same, 90+.
    Dpd90BalanceRate,
    /// Accounts reaching 90+ in the month / accounts on book not 90+ the month
    /// before (a flow: the 90+ stock only climbs when nothing is written off).
    New90Rate,
    /// Accounts current last month and 1–29 days past due this month / accounts
    /// current last month.
    RollCurrentRate,
    /// Drawn balance / limit over the accounts on book at the month-end.
    Utilisation,
    /// Share of accounts on book on the early-warning watchlist at the month-end.
    OnWatchRate,
}

impl Kri {
    /// Every indicator, in the order of `report --json` (the first five kept their
    /// places when the others were added).
    pub const ALL: [Kri; 12] = [
        Kri::ApprovalRate,
        Kri::Dpd30Rate,
        Kri::Dpd90Rate,
        Kri::ExpectedLossRate,
        Kri::ScorePsi,
        Kri::BookedRate,
        Kri::Dpd30BalanceRate,
        Kri::Dpd90BalanceRate,
        Kri::New90Rate,
        Kri::RollCurrentRate,
        Kri::Utilisation,
        Kri::OnWatchRate,
    ];

    /// The order people read them in: what is approved and booked, the loss, the
    /// arrears (stocks, then the flows into them), the book's use, the scores.
    pub const DISPLAY: [Kri; 12] = [
        Kri::ApprovalRate,
        Kri::BookedRate,
        Kri::ExpectedLossRate,
        Kri::Dpd30Rate,
        Kri::Dpd30BalanceRate,
        Kri::Dpd90Rate,
        Kri::Dpd90BalanceRate,
        Kri::New90Rate,
        Kri::RollCurrentRate,
        Kri::OnWatchRate,
        Kri::Utilisation,
        Kri::ScorePsi,
    ];

    /// Position in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The indicator's key in JSON and in the file (stable).
    pub fn key(self) -> &'static str {
        match self {
            Kri::ApprovalRate => "approval_rate",
            Kri::Dpd30Rate => "dpd30_rate",
            Kri::Dpd90Rate => "dpd90_rate",
            Kri::ExpectedLossRate => "expected_loss_rate",
            Kri::ScorePsi => "score_psi",
            Kri::BookedRate => "booked_rate",
            Kri::Dpd30BalanceRate => "dpd30_balance_rate",
            Kri::Dpd90BalanceRate => "dpd90_balance_rate",
            Kri::New90Rate => "new_90_rate",
            Kri::RollCurrentRate => "roll_current_to_1_29",
            Kri::Utilisation => "utilisation",
            Kri::OnWatchRate => "on_watch_rate",
        }
    }

    pub fn from_key(key: &str) -> Option<Kri> {
        Kri::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The indicator's name in English (JSON's `label`; the window words it per
    /// language in `workbench::words`).
    pub fn name(self) -> &'static str {
        match self {
            Kri::ApprovalRate => "Approval rate",
            Kri::Dpd30Rate => "30+ days past due",
            Kri::Dpd90Rate => "90+ days past due",
            Kri::ExpectedLossRate => "Expected loss rate",
            Kri::ScorePsi => "Score PSI",
            Kri::BookedRate => "Booked share",
            Kri::Dpd30BalanceRate => "30+ days past due (balances)",
            Kri::Dpd90BalanceRate => "90+ days past due (balances)",
            Kri::New90Rate => "New 90+ accounts",
            Kri::RollCurrentRate => "Current → 1–29",
            Kri::Utilisation => "Utilisation",
            Kri::OnWatchRate => "Accounts on watch",
        }
    }

    pub const fn kind(self) -> Kind {
        match self {
            Kri::ApprovalRate | Kri::BookedRate | Kri::New90Rate | Kri::RollCurrentRate => {
                Kind::Flow
            }
            _ => Kind::Stock,
        }
    }

    /// Whether the value is a rate (shown in percent) rather than an index (PSI).
    pub const fn is_rate(self) -> bool {
        !matches!(self, Kri::ScorePsi)
    }

    /// The documented defaults (README, "Key risk indicators"). Rates are fractions
    /// (0.05 = 5%).
    pub const fn default_threshold(self) -> Threshold {
        const fn ceiling(watch: f64, breach: f64) -> Threshold {
            Threshold {
                ceiling: Some(Limit { watch, breach }),
                floor: None,
            }
        }
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
            Kri::Dpd30Rate => ceiling(0.025, 0.04),
            Kri::Dpd90Rate => ceiling(0.015, 0.03),
            Kri::ExpectedLossRate => ceiling(0.015, 0.025),
            // docs/design.md#psi: < 0.10 stable, 0.10–0.25 watch, > 0.25 shifted.
            Kri::ScorePsi => ceiling(0.10, 0.25),
            // Fewer booked than this means approvals do not turn into business.
            Kri::BookedRate => Threshold {
                ceiling: None,
                floor: Some(Limit {
                    watch: 0.35,
                    breach: 0.25,
                }),
            },
            Kri::Dpd30BalanceRate => ceiling(0.03, 0.05),
            Kri::Dpd90BalanceRate => ceiling(0.02, 0.035),
            // About 0.1% of the performing book a month is a 1.2% annual default rate.
            Kri::New90Rate => ceiling(0.0015, 0.0025),
            Kri::RollCurrentRate => ceiling(0.03, 0.05),
            Kri::Utilisation => ceiling(0.45, 0.60),
            Kri::OnWatchRate => ceiling(0.15, 0.20),
        }
    }
}

/// The thresholds in force, one per indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct KriThresholds {
    by_kri: [Threshold; 12],
}

impl Default for KriThresholds {
    fn default() -> Self {
        Self {
            by_kri: Kri::ALL.map(Kri::default_threshold),
        }
    }
}

impl KriThresholds {
    pub fn get(&self, k: Kri) -> &Threshold {
        &self.by_kri[k.index()]
    }

    pub fn set(&mut self, k: Kri, t: Threshold) {
        self.by_kri[k.index()] = t;
    }

    pub fn status(&self, k: Kri, value: f64) -> Status {
        self.get(k).status(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(k: Kri, v: f64) -> Status {
        KriThresholds::default().status(k, v)
    }

    #[test]
    fn every_kri_is_at_its_index_and_has_a_valid_default() {
        let mut shown = Kri::DISPLAY.map(Kri::index);
        shown.sort_unstable();
        assert_eq!(shown, std::array::from_fn(|i| i), "DISPLAY holds each once");
        for (i, k) in Kri::ALL.into_iter().enumerate() {
            assert_eq!(k.index(), i);
            assert_eq!(Kri::from_key(k.key()), Some(k));
            assert_eq!(k.default_threshold().check(), Ok(()), "{k:?}");
        }
    }

    #[test]
    fn ceiling_boundaries() {
        let k = Kri::Dpd90Rate;
        assert_eq!(status(k, 0.0), Status::Good);
        assert_eq!(status(k, 0.0149), Status::Good);
        assert_eq!(status(k, 0.015), Status::Watch);
        assert_eq!(status(k, 0.03), Status::Watch);
        assert_eq!(status(k, 0.0301), Status::Breach);
        assert_eq!(status(k, f64::NAN), Status::NoData);
    }

    #[test]
    fn approval_rate_has_a_floor_and_a_ceiling() {
        let k = Kri::ApprovalRate;
        assert_eq!(status(k, 0.29), Status::Breach);
        assert_eq!(status(k, 0.30), Status::Watch);
        assert_eq!(status(k, 0.40), Status::Watch);
        assert_eq!(status(k, 0.41), Status::Good);
        assert_eq!(status(k, 0.5271), Status::Good);
        assert_eq!(status(k, 0.649), Status::Good);
        assert_eq!(status(k, 0.65), Status::Watch);
        assert_eq!(status(k, 0.75), Status::Watch);
        assert_eq!(status(k, 0.76), Status::Breach);
    }

    #[test]
    fn other_thresholds_exact() {
        assert_eq!(status(Kri::Dpd30Rate, 0.0249), Status::Good);
        assert_eq!(status(Kri::Dpd30Rate, 0.025), Status::Watch);
        assert_eq!(status(Kri::Dpd30Rate, 0.04), Status::Watch);
        assert_eq!(status(Kri::Dpd30Rate, 0.0401), Status::Breach);
        assert_eq!(status(Kri::ExpectedLossRate, 0.0128), Status::Good);
        assert_eq!(status(Kri::ExpectedLossRate, 0.015), Status::Watch);
        assert_eq!(status(Kri::ExpectedLossRate, 0.026), Status::Breach);
        assert_eq!(status(Kri::BookedRate, 0.36), Status::Good);
        assert_eq!(status(Kri::BookedRate, 0.35), Status::Watch);
        assert_eq!(status(Kri::BookedRate, 0.249), Status::Breach);
    }

    #[test]
    fn psi_thresholds_are_product_md_s() {
        let k = Kri::ScorePsi;
        assert_eq!(status(k, 0.0999), Status::Good);
        assert_eq!(status(k, 0.10), Status::Watch);
        assert_eq!(status(k, 0.25), Status::Watch);
        assert_eq!(status(k, 0.2501), Status::Breach);
        // The same words as metrics::psi_flag.
        for x in [0.05, 0.10, 0.2, 0.25, 0.3] {
            let word = match status(k, x) {
                Status::Good => "stable",
                Status::Watch => "watch",
                _ => "shifted",
            };
            assert_eq!(word, crate::domain::analytics::metrics::psi_flag(x), "{x}");
        }
    }
}
