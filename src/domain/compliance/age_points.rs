//! The scorecard's treatment of older applicants (US Reg B, 12 CFR 1002.6(b)(2)):
//! age may be used in a sound scorecard only if applicants of 62 or more get no
//! fewer points. Here: every age bin that holds any age of 62 or more must score at
//! least the best bin that holds only younger ages.

use crate::domain::portfolio::registry::Registry;
use crate::domain::portfolio::registry::Role;
use crate::domain::scorecard::Scorecard;
use crate::domain::scorecard::characteristic::BinRule;

/// The age from which the rule protects.
pub const OLDER_FROM: f64 = 62.0;

/// A bin's label and points.
#[derive(Clone, Debug, PartialEq)]
pub struct BinPoints {
    pub label: String,
    pub points: i32,
}

/// The check's result.
#[derive(Clone, Debug, PartialEq)]
pub enum AgePoints {
    /// The card reads no age (nothing to check).
    NoAgeCharacteristic,
    Checked {
        /// The card's age characteristic (its label).
        characteristic: String,
        /// Bins that hold ages of 62 or more.
        older: Vec<BinPoints>,
        /// The best-scoring bin of younger ages only.
        best_younger: Option<BinPoints>,
        passes: bool,
    },
}

/// The check of `card` (whose age characteristic reads the registry's age column).
pub fn check(card: &Scorecard, registry: &Registry) -> AgePoints {
    let Some(age) = registry.by_role(Role::Age) else {
        return AgePoints::NoAgeCharacteristic;
    };
    let Some(c) = card.characteristics.iter().find(|c| c.variable == age.name) else {
        return AgePoints::NoAgeCharacteristic;
    };
    let mut older = Vec::new();
    let mut best_younger: Option<BinPoints> = None;
    for bin in &c.bins {
        let BinRule::Range { lower, upper } = &bin.rule else {
            continue;
        };
        // [lower, upper) holds some age ≥ 62 when it reaches past 62; only younger
        // ages when it ends at 62 or before.
        let reaches_older = upper.is_none_or(|u| u > OLDER_FROM);
        let starts_young = lower.is_none_or(|l| l < OLDER_FROM);
        let bp = BinPoints {
            label: bin.rule.label(),
            points: bin.points,
        };
        if reaches_older {
            older.push(bp);
        } else if starts_young && best_younger.as_ref().is_none_or(|b| bp.points > b.points) {
            best_younger = Some(bp);
        }
    }
    let passes = match &best_younger {
        Some(b) => older.iter().all(|o| o.points >= b.points),
        None => true,
    };
    AgePoints::Checked {
        characteristic: c.label.clone(),
        older,
        best_younger,
        passes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scorecard::characteristic::{Bin, Characteristic, Kind};

    fn card(bins: &[(Option<f64>, Option<f64>, i32)]) -> Scorecard {
        let mut card = Scorecard::none();
        card.characteristics.push(Characteristic {
            variable: "age".into(),
            label: "Age".into(),
            kind: Kind::Numeric,
            reason_code: "R09".into(),
            reason_text: "Young applicant".into(),
            bins: std::iter::once(Bin {
                rule: BinRule::Missing,
                points: 0,
            })
            .chain(bins.iter().map(|&(lower, upper, points)| Bin {
                rule: BinRule::Range { lower, upper },
                points,
            }))
            .collect(),
        });
        card
    }

    #[test]
    fn the_sample_cards_bins_fail() {
        // The sample card: < 22: −20, [22, 26): −9, [26, 35): 0, [35, 50): 9, ≥ 50: 6.
        let c = card(&[
            (None, Some(22.0), -20),
            (Some(22.0), Some(26.0), -9),
            (Some(26.0), Some(35.0), 0),
            (Some(35.0), Some(50.0), 9),
            (Some(50.0), None, 6),
        ]);
        let AgePoints::Checked {
            older,
            best_younger,
            passes,
            ..
        } = check(&c, &Registry::standard())
        else {
            panic!("the card reads age");
        };
        assert!(!passes);
        assert_eq!(
            older,
            vec![BinPoints {
                label: "≥ 50".into(),
                points: 6
            }]
        );
        assert_eq!(
            best_younger.unwrap(),
            BinPoints {
                label: "[35, 50)".into(),
                points: 9
            }
        );
    }

    #[test]
    fn older_bins_scoring_as_well_pass() {
        let c = card(&[
            (None, Some(35.0), 1),
            (Some(35.0), Some(62.0), 9),
            (Some(62.0), None, 9),
        ]);
        assert!(matches!(
            check(&c, &Registry::standard()),
            AgePoints::Checked { passes: true, .. }
        ));
        assert_eq!(
            check(&Scorecard::none(), &Registry::standard()),
            AgePoints::NoAgeCharacteristic
        );
    }
}
