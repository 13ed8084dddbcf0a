//! Observed default rate against predicted PD by score band, over mature booked
//! accounts (12-month outcome window complete), and the data for ROC / KS.

use crate::domain::evaluation::ratio;
use crate::domain::portfolio::{Outcome, Portfolio};
use crate::domain::scorecard::band::BANDS;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BandRisk {
    pub mature: u64,
    pub bad: u64,
    pub pd_sum: f64,
}

impl BandRisk {
    pub(crate) fn default_rate(&self) -> f64 {
        ratio(self.bad as f64, self.mature as f64)
    }

    pub(crate) fn predicted_pd(&self) -> f64 {
        ratio(self.pd_sum, self.mature as f64)
    }
}

pub(crate) fn band_risk(p: &Portfolio) -> [BandRisk; BANDS] {
    let mut out = [BandRisk::default(); BANDS];
    for i in 0..p.len() {
        if !p.derived.mature[i] {
            continue;
        }
        let f = &mut out[p.derived.band[i] as usize];
        f.mature += 1;
        f.bad += (p.derived.outcome[i] == Outcome::Bad) as u64;
        f.pd_sum += p.derived.pd[i];
    }
    out
}

/// Scores and bad flags of the applicants with an observed outcome: mature accounts
/// only, like every observed figure (a young account that already went bad would
/// enter while the young accounts that stay good cannot, which biases the sample).
pub(crate) fn outcome_sample(p: &Portfolio) -> (Vec<f64>, Vec<bool>) {
    let mut scores = Vec::new();
    let mut bad = Vec::new();
    for i in 0..p.len() {
        let o = p.derived.outcome[i];
        if p.derived.mature[i] && o != Outcome::Unknown {
            scores.push(p.derived.score[i] as f64);
            bad.push(o == Outcome::Bad);
        }
    }
    (scores, bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn by_band() {
        let row = |orders, history: Option<Vec<u8>>| Row {
            orders,
            income: 5000.0,
            app_month: 0,
            history,
        };
        let p = portfolio(&[
            row(25.0, Some(vec![0; 12])),
            row(25.0, Some(vec![4; 12])),
            row(25.0, Some(vec![0; 3])),
            row(5.0, None),
        ]);
        let r = band_risk(&p);
        assert_eq!((r[1].mature, r[1].bad), (2, 1));
        assert_eq!(r[1].default_rate(), 0.5);
        assert!((r[1].predicted_pd() - p.scorecard.pd(620)).abs() < 1e-12);
        assert_eq!(r[5].mature, 0);
        let (s, b) = outcome_sample(&p);
        assert_eq!(s, vec![620.0, 620.0]);
        assert_eq!(b, vec![false, true]);
    }
}
