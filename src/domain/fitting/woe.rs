//! Weight of evidence and information value (docs/design.md#woe-and-iv):
//! `WoE = ln(%good / %bad)` of a bin, `IV = Σ (%good − %bad)·WoE` over the bins.
//! A higher WoE means a safer bin.

use serde::{Deserialize, Serialize};

/// Goods and bads in one bin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub goods: u64,
    pub bads: u64,
}

impl Counts {
    pub(crate) fn new(goods: u64, bads: u64) -> Self {
        Self { goods, bads }
    }

    pub(crate) fn total(&self) -> u64 {
        self.goods + self.bads
    }

    /// Bad rate; NaN for an empty bin.
    pub(crate) fn bad_rate(&self) -> f64 {
        self.bads as f64 / self.total() as f64
    }

    pub(crate) fn add(&mut self, is_bad: bool) {
        if is_bad {
            self.bads += 1;
        } else {
            self.goods += 1;
        }
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts::new(self.goods + o.goods, self.bads + o.bads)
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.goods += o.goods;
        self.bads += o.bads;
    }
}

impl std::iter::Sum for Counts {
    fn sum<I: Iterator<Item = Counts>>(iter: I) -> Counts {
        iter.fold(Counts::default(), |a, b| a + b)
    }
}

/// Half an observation added to both sides of a bin that has no goods or no bads,
/// so its WoE stays finite (and shrinks towards 0 for tiny bins).
pub(crate) const EMPTY_CELL_ADJUSTMENT: f64 = 0.5;

/// `(%good, %bad)` of a bin out of `total` goods and bads, with the adjustment
/// applied to a bin that lacks goods or bads.
fn shares(bin: Counts, total: Counts) -> (f64, f64) {
    let (mut g, mut b) = (bin.goods as f64, bin.bads as f64);
    if bin.goods == 0 || bin.bads == 0 {
        g += EMPTY_CELL_ADJUSTMENT;
        b += EMPTY_CELL_ADJUSTMENT;
    }
    (g / total.goods as f64, b / total.bads as f64)
}

/// `ln(%good / %bad)`; 0 for an empty bin (it carries no evidence) or empty totals.
pub(crate) fn woe(bin: Counts, total: Counts) -> f64 {
    if bin.total() == 0 || total.goods == 0 || total.bads == 0 {
        return 0.0;
    }
    let (g, b) = shares(bin, total);
    (g / b).ln()
}

/// One bin's part of the IV: `(%good − %bad)·WoE`.
pub(crate) fn iv_part(bin: Counts, total: Counts) -> f64 {
    if bin.total() == 0 || total.goods == 0 || total.bads == 0 {
        return 0.0;
    }
    let (g, b) = shares(bin, total);
    (g - b) * (g / b).ln()
}

/// IV of a characteristic: the sum over its bins.
pub(crate) fn iv(bins: &[Counts]) -> f64 {
    let total: Counts = bins.iter().copied().sum();
    bins.iter().map(|&b| iv_part(b, total)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_table() {
        // Goods/bads (40,10), (30,10), (30,30); totals 100 goods, 50 bads.
        // %good .40 .30 .30; %bad .20 .20 .60.
        // WoE ln 2 = 0.693147, ln 1.5 = 0.405465, ln 0.5 = −0.693147.
        // IV parts .2·ln2 = 0.138629, .1·ln1.5 = 0.040547, −.3·ln.5 = 0.207944.
        let bins = [
            Counts::new(40, 10),
            Counts::new(30, 10),
            Counts::new(30, 30),
        ];
        let t: Counts = bins.iter().copied().sum();
        assert_eq!(t, Counts::new(100, 50));
        assert!((woe(bins[0], t) - 2f64.ln()).abs() < 1e-12);
        assert!((woe(bins[1], t) - 1.5f64.ln()).abs() < 1e-12);
        assert!((woe(bins[2], t) + 2f64.ln()).abs() < 1e-12);
        assert!((iv_part(bins[0], t) - 0.138_629_436).abs() < 1e-9);
        assert!((iv_part(bins[1], t) - 0.040_546_511).abs() < 1e-9);
        assert!((iv_part(bins[2], t) - 0.207_944_154).abs() < 1e-9);
        assert!((iv(&bins) - 0.387_120_101).abs() < 1e-9);
    }

    #[test]
    fn empty_cells_stay_finite() {
        let t = Counts::new(100, 50);
        // (10, 0): ln((10.5/100)/(0.5/50)) = ln 10.5.
        assert!((woe(Counts::new(10, 0), t) - 10.5f64.ln()).abs() < 1e-12);
        assert_eq!(woe(Counts::default(), t), 0.0);
        assert_eq!(woe(Counts::new(3, 1), Counts::new(3, 0)), 0.0);
        assert!(iv(&[Counts::new(5, 0), Counts::new(0, 5)]).is_finite());
    }
}
