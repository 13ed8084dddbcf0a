//! The risk register (../shared/PRODUCT.md, "Risk register and early warning"): each
//! risk by category, rated likelihood × impact before and after its controls, against
//! a target rating (the risk appetite), tied to key risk indicators, with action plans
//! and a review date. Overdue reviews and actions are judged at the portfolio's as-of
//! date, not the clock's.

pub mod bands;
mod risk;
pub mod sort;

pub use bands::{Band, RatingBands};
pub use risk::{ActionPlan, Category, Risk, RiskError, RiskStatus};

/// The register of a portfolio: its risks (in id order) and its rating bands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Register {
    pub risks: Vec<Risk>,
    pub bands: RatingBands,
}

/// A cell of the 5 × 5 heat map: how many risks sit there, inherent and residual.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub inherent: u32,
    pub residual: u32,
}

impl Register {
    /// The risk with id `id`.
    pub fn get(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    /// Counts per cell, `[likelihood − 1][impact − 1]`, of the risks not closed.
    pub fn heat_map(&self) -> [[Cell; 5]; 5] {
        let mut m = [[Cell::default(); 5]; 5];
        let at = |l: u8, i: u8| {
            (
                usize::from(l.clamp(1, 5)) - 1,
                usize::from(i.clamp(1, 5)) - 1,
            )
        };
        for r in self.risks.iter().filter(|r| r.status != RiskStatus::Closed) {
            let (l, i) = at(r.likelihood, r.impact);
            m[l][i].inherent += 1;
            let (l, i) = at(r.residual_likelihood, r.residual_impact);
            m[l][i].residual += 1;
        }
        m
    }

    /// The next free id, "R01", "R02", ...
    pub fn next_id(&self) -> String {
        let n = self
            .risks
            .iter()
            .filter_map(|r| r.id.strip_prefix('R')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("R{:02}", n + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn risk(id: &str, l: u8, i: u8, rl: u8, ri: u8) -> Risk {
        Risk {
            id: id.into(),
            likelihood: l,
            impact: i,
            residual_likelihood: rl,
            residual_impact: ri,
            ..Risk::blank()
        }
    }

    #[test]
    fn heat_map_places_inherent_and_residual() {
        let mut closed = risk("R03", 3, 4, 3, 4);
        closed.status = RiskStatus::Closed;
        let reg = Register {
            risks: vec![risk("R01", 3, 4, 2, 3), risk("R02", 3, 4, 1, 1), closed],
            bands: RatingBands::default(),
        };
        let m = reg.heat_map();
        // Likelihood 3, impact 4: two inherent (the closed risk is not placed).
        assert_eq!(
            m[2][3],
            Cell {
                inherent: 2,
                residual: 0
            }
        );
        assert_eq!(
            m[1][2],
            Cell {
                inherent: 0,
                residual: 1
            }
        );
        assert_eq!(
            m[0][0],
            Cell {
                inherent: 0,
                residual: 1
            }
        );
        let r = &reg.risks[0];
        assert_eq!((r.rating(), reg.bands.band(r.rating())), (12, Band::High));
        assert_eq!(
            (r.residual_rating(), reg.bands.band(r.residual_rating())),
            (6, Band::Medium)
        );
        assert_eq!(reg.next_id(), "R04");
        assert_eq!(Register::default().next_id(), "R01");
    }
}
