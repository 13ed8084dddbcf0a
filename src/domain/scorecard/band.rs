//! Score bands: A (best) to F (worst), by fixed score thresholds.

/// Number of score bands.
pub const BANDS: usize = 6;
/// Names of the bands, best first.
pub(crate) const BAND_NAMES: [&str; BANDS] = ["A", "B", "C", "D", "E", "F"];
/// Lowest score of bands A..E; F is everything below E.
pub(crate) const BAND_LOWER: [i32; BANDS - 1] = [650, 620, 590, 560, 530];

/// The band (0 = A) of a score.
pub fn band_of(score: i32) -> u8 {
    BAND_LOWER
        .iter()
        .position(|&lo| score >= lo)
        .unwrap_or(BANDS - 1) as u8
}

/// "A (≥ 650)", "C (590–619)", "F (< 530)".
pub(crate) fn band_label(band: usize) -> String {
    let name = BAND_NAMES.get(band).copied().unwrap_or("?");
    match band {
        0 => format!("{name} (≥ {})", BAND_LOWER[0]),
        b if b < BANDS - 1 => format!("{name} ({}–{})", BAND_LOWER[b], BAND_LOWER[b - 1] - 1),
        _ => format!("{name} (< {})", BAND_LOWER[BANDS - 2]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_by_threshold() {
        assert_eq!(band_of(700), 0);
        assert_eq!(band_of(650), 0);
        assert_eq!(band_of(649), 1);
        assert_eq!(band_of(590), 2);
        assert_eq!(band_of(530), 4);
        assert_eq!(band_of(529), 5);
        assert_eq!(band_of(i32::MIN), 5);
        assert_eq!(band_label(0), "A (≥ 650)");
        assert_eq!(band_label(2), "C (590–619)");
        assert_eq!(band_label(5), "F (< 530)");
    }
}
