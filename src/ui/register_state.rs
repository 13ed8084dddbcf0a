//! What the KRIs and Register tabs keep between frames: the indicator shown, the risk
//! selected, the list's order, and the drafts being edited (a risk, an indicator's
//! thresholds, the rating bands), each with the reason its save needs.

use crate::domain::analytics::kri::{Kri, Threshold, ThresholdError};
use crate::domain::register::sort::RiskColumn;
use crate::domain::register::{RatingBands, Risk};

/// A risk being edited.
#[derive(Clone, Debug, PartialEq)]
pub struct RiskDraft {
    pub risk: Risk,
    /// Not in the register yet.
    pub new: bool,
    pub reason: String,
    pub error: Option<String>,
}

/// An indicator's thresholds being edited, as typed: percent for a rate, the value
/// itself for an index (PSI); empty for a side the indicator does not have.
#[derive(Clone, Debug, PartialEq)]
pub struct ThresholdDraft {
    pub kri: Kri,
    /// Watch low, watch high, breach low, breach high.
    pub fields: [String; 4],
    pub reason: String,
    pub error: Option<String>,
}

/// Why typed thresholds cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftError {
    /// A field that is not a number (its text).
    NotANumber(String),
    Invalid(ThresholdError),
}

impl ThresholdDraft {
    /// The draft of `t`, in the units shown.
    pub fn of(kri: Kri, t: &Threshold) -> Self {
        let scale = if kri.is_rate() { 100.0 } else { 1.0 };
        let show = |x: Option<f64>| x.map_or(String::new(), |x| format!("{}", round(x * scale)));
        let ((wl, wh), (bl, bh)) = t.watch_and_breach();
        Self {
            kri,
            fields: [show(wl), show(wh), show(bl), show(bh)],
            reason: String::new(),
            error: None,
        }
    }

    /// The thresholds typed.
    pub fn parse(&self) -> Result<Threshold, DraftError> {
        let scale = if self.kri.is_rate() { 100.0 } else { 1.0 };
        let mut v = [None; 4];
        for (out, f) in v.iter_mut().zip(&self.fields) {
            let f = f.trim().trim_end_matches('%').trim();
            if f.is_empty() {
                continue;
            }
            let x: f64 = f
                .replace(',', ".")
                .parse()
                .map_err(|_| DraftError::NotANumber(f.to_string()))?;
            // Typed in percent: 1.8 is 0.018, not 0.018000000000000002.
            *out = Some((x / scale * 1e12).round() / 1e12);
        }
        Threshold::from_sides((v[0], v[1]), (v[2], v[3])).map_err(DraftError::Invalid)
    }
}

/// Rounds away the binary noise of a percent (1.5000000000000002 → 1.5).
fn round(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

/// The rating bands being edited.
#[derive(Clone, Debug, PartialEq)]
pub struct BandsDraft {
    pub bands: RatingBands,
    pub reason: String,
    pub error: Option<String>,
}

/// The state of the KRIs and Register tabs.
#[derive(Clone, Debug, Default)]
pub struct RegisterUi {
    /// The indicator whose history the KRIs tab shows.
    pub kri: Option<Kri>,
    pub selected: Option<String>,
    pub sort: RiskColumn,
    pub descending: bool,
    pub draft: Option<RiskDraft>,
    pub thresholds: Option<ThresholdDraft>,
    pub bands: Option<BandsDraft>,
    /// The reason for saving the watchlist's thresholds.
    pub watch_reason: String,
    /// The name and reason typed to save the stress tab's scenario.
    pub scenario_name: String,
    pub scenario_reason: String,
    /// The reverse stress test's question: capital (else expected loss), the lever,
    /// the limit in yuan.
    pub reverse: ReverseQuestion,
    /// Which book the stress tab's by-band tables show, and whether base or scenario.
    pub stress_bands: BandView,
}

/// The book whose figures by score band the stress tab's tables show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BandBook {
    /// The policy in force's approvals.
    #[default]
    Champion,
    /// The challenger's approvals (shown only while one is tried in the lab).
    Challenger,
    /// The booked accounts at the as-of date.
    Booked,
}

/// The stress tab's by-band tables: which book, and the scenario (else base).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BandView {
    pub book: BandBook,
    pub base: bool,
}

/// What the reverse stress test is asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReverseQuestion {
    pub capital: bool,
    pub lever: crate::domain::stress::reverse::Lever,
    pub limit: f64,
}

impl Default for ReverseQuestion {
    fn default() -> Self {
        Self {
            capital: false,
            lever: crate::domain::stress::reverse::Lever::PdMultiplier,
            limit: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_drafts_round_trip_in_percent() {
        let k = Kri::Dpd90Rate;
        let d = ThresholdDraft::of(k, &k.default_threshold());
        assert_eq!(d.fields, ["", "1.5", "", "3"].map(String::from));
        assert_eq!(d.parse(), Ok(k.default_threshold()));
        let mut typed = d.clone();
        typed.fields[1] = "1,8 %".into();
        let t = typed.parse().unwrap_or(k.default_threshold());
        assert_eq!(t.ceiling.map(|c| c.watch), Some(0.018));
        typed.fields[1] = "abc".into();
        assert_eq!(typed.parse(), Err(DraftError::NotANumber("abc".into())));
        typed.fields[1] = "4".into();
        assert_eq!(
            typed.parse(),
            Err(DraftError::Invalid(ThresholdError::CeilingBreachBelowWatch))
        );
        let psi = ThresholdDraft::of(Kri::ScorePsi, &Kri::ScorePsi.default_threshold());
        assert_eq!(psi.fields[1], "0.1");
    }
}
