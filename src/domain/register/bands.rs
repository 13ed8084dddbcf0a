//! Rating bands of the risk register: a rating (likelihood × impact, 1–25) is low,
//! medium, high or critical. The default cuts are the convention of
//! ../shared/PRODUCT.md: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (no product
//! of two numbers 1–5 falls in 17–19). The cuts are the portfolio's own, editable.

use serde::{Deserialize, Serialize};

/// A rating's band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Low,
    Medium,
    High,
    Critical,
}

impl Band {
    pub const ALL: [Band; 4] = [Band::Low, Band::Medium, Band::High, Band::Critical];

    /// The key in files for programs.
    pub fn key(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
            Band::Critical => "critical",
        }
    }
}

/// The lowest rating of each band above low.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingBands {
    pub medium_from: u8,
    pub high_from: u8,
    pub critical_from: u8,
}

impl Default for RatingBands {
    fn default() -> Self {
        Self {
            medium_from: 5,
            high_from: 10,
            critical_from: 20,
        }
    }
}

impl RatingBands {
    /// The band of `rating`.
    pub fn band(&self, rating: u8) -> Band {
        if rating >= self.critical_from {
            Band::Critical
        } else if rating >= self.high_from {
            Band::High
        } else if rating >= self.medium_from {
            Band::Medium
        } else {
            Band::Low
        }
    }

    /// Cuts that rise within 2–25 (every band can hold a rating).
    pub fn is_valid(&self) -> bool {
        2 <= self.medium_from
            && self.medium_from < self.high_from
            && self.high_from < self.critical_from
            && self.critical_from <= 25
    }

    /// The ratings of a band, "10–16", for people (the highest rating a product of
    /// two numbers 1–5 can have below the next cut).
    pub fn range(&self, b: Band) -> (u8, u8) {
        let highest_product_below = |cut: u8| {
            (1..cut)
                .rev()
                .find(|r| (1..=5).any(|l| r % l == 0 && r / l <= 5))
                .unwrap_or(1)
        };
        match b {
            Band::Low => (1, highest_product_below(self.medium_from)),
            Band::Medium => (self.medium_from, highest_product_below(self.high_from)),
            Band::High => (self.high_from, highest_product_below(self.critical_from)),
            Band::Critical => (self.critical_from, 25),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_bands_are_the_convention() {
        let b = RatingBands::default();
        assert!(b.is_valid());
        // Likelihood 3, impact 4: 12, high.
        assert_eq!(b.band(3 * 4), Band::High);
        assert_eq!(b.band(4), Band::Low);
        assert_eq!(b.band(5), Band::Medium);
        assert_eq!(b.band(9), Band::Medium);
        assert_eq!(b.band(10), Band::High);
        assert_eq!(b.band(16), Band::High);
        assert_eq!(b.band(20), Band::Critical);
        assert_eq!(b.band(25), Band::Critical);
        assert_eq!(b.range(Band::Low), (1, 4));
        assert_eq!(b.range(Band::Medium), (5, 9));
        assert_eq!(b.range(Band::High), (10, 16));
        assert_eq!(b.range(Band::Critical), (20, 25));
    }

    #[test]
    fn other_cuts() {
        let b = RatingBands {
            medium_from: 4,
            high_from: 8,
            critical_from: 15,
        };
        assert!(b.is_valid());
        assert_eq!(b.band(12), Band::High);
        assert_eq!(b.band(15), Band::Critical);
        assert_eq!(b.range(Band::High), (8, 12));
        let bad = RatingBands {
            medium_from: 10,
            high_from: 10,
            critical_from: 20,
        };
        assert!(!bad.is_valid());
    }
}
