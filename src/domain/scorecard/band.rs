//! Score bands: A (best) to F (worst). A card's bands are ranges of *odds*, not fixed
//! scores: the sample's edges (650/620/590/560/530 at 600 points for 50:1, 20 points
//! to double the odds) carried to the card's own scaling, so that a card scaled 600 at
//! 19:1 with 50 points to double the odds puts its applicants in the bands of the
//! same risk (issue 16).

use super::scaling::Scaling;

/// Number of score bands.
pub const BANDS: usize = 6;
/// Names of the bands, best first.
pub(crate) const BAND_NAMES: [&str; BANDS] = ["A", "B", "C", "D", "E", "F"];
/// The lowest scores of bands A..E under the sample's scaling (`Scaling::default`).
const SAMPLE_LOWER: [i32; BANDS - 1] = [650, 620, 590, 560, 530];

/// The lowest score of bands A..E of one card (F is everything below E), best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandEdges(pub [i32; BANDS - 1]);

impl BandEdges {
    /// The edges of a card scaled by `s`: each at the odds of the sample's edge, in
    /// `s`'s points (rounded). The sample's scaling gives the sample's edges exactly.
    pub fn for_scaling(s: &Scaling) -> BandEdges {
        BandEdges(SAMPLE_LOWER.map(|edge| s.from_sample(f64::from(edge)).round() as i32))
    }

    /// The band (0 = A) of a score.
    pub fn of(&self, score: i32) -> u8 {
        self.0
            .iter()
            .position(|&lo| score >= lo)
            .unwrap_or(BANDS - 1) as u8
    }

    /// Band `b` holds the scores `[lower, upper)`; A has no upper and F no lower edge
    /// (±2⁶⁰, far beyond any score).
    pub fn range(&self, b: usize) -> (i64, i64) {
        let lower = if b < BANDS - 1 {
            i64::from(self.0[b])
        } else {
            i64::MIN / 4
        };
        let upper = if b == 0 {
            i64::MAX / 4
        } else {
            i64::from(self.0[b - 1])
        };
        (lower, upper)
    }

    /// "A (≥ 650)", "C (590–619)", "F (< 530)".
    pub fn label(&self, band: usize) -> String {
        let name = BAND_NAMES.get(band).copied().unwrap_or("?");
        let e = &self.0;
        match band {
            0 => format!("{name} (≥ {})", e[0]),
            b if b < BANDS - 1 => format!("{name} ({}–{})", e[b], e[b - 1] - 1),
            _ => format!("{name} (< {})", e[BANDS - 2]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_by_threshold() {
        let e = BandEdges::for_scaling(&Scaling::default());
        assert_eq!(e, BandEdges(SAMPLE_LOWER));
        assert_eq!(e.of(700), 0);
        assert_eq!(e.of(650), 0);
        assert_eq!(e.of(649), 1);
        assert_eq!(e.of(590), 2);
        assert_eq!(e.of(530), 4);
        assert_eq!(e.of(529), 5);
        assert_eq!(e.of(i32::MIN), 5);
        assert_eq!(e.label(0), "A (≥ 650)");
        assert_eq!(e.label(2), "C (590–619)");
        assert_eq!(e.label(5), "F (< 530)");
        assert_eq!(e.range(2), (590, 620));
    }

    #[test]
    fn another_scaling_keeps_the_bands_odds() {
        // 600 points at 19:1, 50 points to double the odds. The sample's A edge, 650,
        // is odds 50 · 2^(50/20) = 282.8:1; here that is 600 + 50·log2(282.8/19)
        // = 794.8 → 795. Its D edge, 560, is odds 12.5:1: 600 + 50·log2(12.5/19)
        // = 569.8 → 570.
        let s = Scaling {
            base_score: 600.0,
            base_odds: 19.0,
            pdo: 50.0,
        };
        let e = BandEdges::for_scaling(&s);
        assert_eq!(e.0[0], 795);
        assert_eq!(e.0[3], 570);
        // Still best first, 75 points apart (30 sample points, 2.5 times as many).
        assert_eq!(e.0, [795, 720, 645, 570, 495]);
    }
}
