//! A key risk indicator's threshold and the green / amber / red status of a value
//! against it.
//!
//! A threshold has a ceiling (too high is a risk), a floor (too low is a risk) or both.
//! On a ceiling, a value at or above `watch` is amber and one above `breach` red; on a
//! floor, a value at or below `watch` is amber and one below `breach` red. The PSI
//! ceiling is docs/design.md#psi: `< 0.10` stable, `0.10–0.25` watch, `> 0.25` shifted.

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
pub struct Limit {
    pub watch: f64,
    pub breach: f64,
}

/// The limits of one indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Threshold {
    /// Too high is a risk.
    pub ceiling: Option<Limit>,
    /// Too low is a risk.
    pub floor: Option<Limit>,
}

impl Threshold {
    /// The status of `value` (the worse of the two sides); `NoData` for a value that
    /// is not finite.
    pub fn status(&self, value: f64) -> Status {
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

    /// The watch and breach values as (low side, high side): `None` for a side the
    /// indicator does not have.
    pub fn watch_and_breach(&self) -> (Sides, Sides) {
        (
            (self.floor.map(|l| l.watch), self.ceiling.map(|l| l.watch)),
            (self.floor.map(|l| l.breach), self.ceiling.map(|l| l.breach)),
        )
    }

    /// A threshold from its two sides (`None`: no such side). A side needs both its
    /// watch and its breach value.
    pub fn from_sides(watch: Sides, breach: Sides) -> Result<Self, ThresholdError> {
        let side = |w: Option<f64>, b: Option<f64>| match (w, b) {
            (Some(watch), Some(breach)) => Ok(Some(Limit { watch, breach })),
            (None, None) => Ok(None),
            _ => Err(ThresholdError::HalfASide),
        };
        let t = Self {
            floor: side(watch.0, breach.0)?,
            ceiling: side(watch.1, breach.1)?,
        };
        t.check()?;
        Ok(t)
    }

    /// Finite values, a breach beyond its watch, and a floor below the ceiling.
    pub fn check(&self) -> Result<(), ThresholdError> {
        let all = [self.floor, self.ceiling];
        if all
            .iter()
            .flatten()
            .any(|l| !l.watch.is_finite() || !l.breach.is_finite())
        {
            return Err(ThresholdError::NotANumber);
        }
        if self.floor.is_none() && self.ceiling.is_none() {
            return Err(ThresholdError::NoSide);
        }
        if let Some(c) = self.ceiling
            && c.breach < c.watch
        {
            return Err(ThresholdError::CeilingBreachBelowWatch);
        }
        if let Some(f) = self.floor
            && f.breach > f.watch
        {
            return Err(ThresholdError::FloorBreachAboveWatch);
        }
        if let (Some(f), Some(c)) = (self.floor, self.ceiling)
            && f.watch >= c.watch
        {
            return Err(ThresholdError::FloorAboveCeiling);
        }
        Ok(())
    }
}

/// Why thresholds cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdError {
    NotANumber,
    NoSide,
    HalfASide,
    CeilingBreachBelowWatch,
    FloorBreachAboveWatch,
    FloorAboveCeiling,
}

impl std::fmt::Display for ThresholdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ThresholdError::NotANumber => "a threshold is not a number",
            ThresholdError::NoSide => "an indicator needs a floor, a ceiling or both",
            ThresholdError::HalfASide => "a side needs both its watch and its breach value",
            ThresholdError::CeilingBreachBelowWatch => {
                "the ceiling's breach value is below its watch value"
            }
            ThresholdError::FloorBreachAboveWatch => {
                "the floor's breach value is above its watch value"
            }
            ThresholdError::FloorAboveCeiling => {
                "the floor's watch value is not below the ceiling's"
            }
        })
    }
}

/// A threshold value on the low side and on the high side (`None`: no such side).
pub type Sides = (Option<f64>, Option<f64>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_from_sides_are_checked() {
        let t = Threshold::from_sides((None, Some(0.02)), (None, Some(0.03)));
        assert_eq!(t.map(|t| t.status(0.025)), Ok(Status::Watch));
        assert_eq!(
            Threshold::from_sides((None, Some(0.03)), (None, Some(0.02))),
            Err(ThresholdError::CeilingBreachBelowWatch)
        );
        assert_eq!(
            Threshold::from_sides((Some(0.3), None), (Some(0.4), None)),
            Err(ThresholdError::FloorBreachAboveWatch)
        );
        assert_eq!(
            Threshold::from_sides((Some(0.7), Some(0.6)), (Some(0.5), Some(0.8))),
            Err(ThresholdError::FloorAboveCeiling)
        );
        assert_eq!(
            Threshold::from_sides((None, Some(0.02)), (None, None)),
            Err(ThresholdError::HalfASide)
        );
        assert_eq!(
            Threshold::from_sides((None, None), (None, None)),
            Err(ThresholdError::NoSide)
        );
        assert_eq!(
            Threshold::from_sides((None, Some(f64::NAN)), (None, Some(0.1))),
            Err(ThresholdError::NotANumber)
        );
    }
}
