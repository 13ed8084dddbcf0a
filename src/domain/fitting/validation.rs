//! Checking a scorecard on data: the gains table by score band (counts, bad rates,
//! predicted PD beside the observed bad rate, cumulative approval and bad rates),
//! characteristic analysis (IV on this data, CSI against development) and the
//! score's stability (PSI) against the development sample.

use serde::Serialize;

use super::woe::Counts;
use crate::domain::analytics::metrics::psi;

/// One band of a gains table. Bands run from the best scores down, so the
/// cumulative figures are those of approving this band and every band above it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct GainsRow {
    pub band: String,
    /// Lowest and highest score in the band.
    pub min_score: f64,
    pub max_score: f64,
    pub count: u64,
    pub bads: u64,
    pub bad_rate: f64,
    /// Mean PD the scores predict.
    pub predicted_pd: f64,
    /// Share of all rows in this band and above (the approval rate at its lowest score).
    pub cumulative_approval: f64,
    /// Bad rate of this band and those above.
    pub cumulative_bad_rate: f64,
    /// Share of all bads in this band and above.
    pub cumulative_bad_share: f64,
}

/// Lower edges for `groups` bands of about equal counts, highest first, the last
/// `-∞`. Ties stay in one band, so there may be fewer bands.
pub(crate) fn quantile_edges(scores: &[f64], groups: usize) -> Vec<f64> {
    let mut s: Vec<f64> = scores.iter().copied().filter(|x| x.is_finite()).collect();
    s.sort_unstable_by(|a, b| b.total_cmp(a));
    let n = s.len();
    let mut edges: Vec<f64> = Vec::new();
    for g in 1..groups.max(1) {
        // The last score of band `g`; ties with it join it.
        let Some(&lower) = s.get((g * n / groups).max(1) - 1) else {
            break;
        };
        if edges.last().is_none_or(|&e| lower < e) {
            edges.push(lower);
        }
    }
    edges.push(f64::NEG_INFINITY);
    edges
}

/// The gains table over bands given by their lower edges (highest first; a score
/// belongs to the first band whose edge it reaches), labelled by `labels` or `1, 2, …`.
pub(crate) fn gains_table(
    scores: &[f64],
    bad: &[bool],
    pd: &[f64],
    edges: &[f64],
    labels: Option<&[String]>,
) -> Vec<GainsRow> {
    let k = edges.len();
    let mut count = vec![0u64; k];
    let mut bads = vec![0u64; k];
    let mut pd_sum = vec![0.0f64; k];
    let mut lo = vec![f64::INFINITY; k];
    let mut hi = vec![f64::NEG_INFINITY; k];
    for ((&s, &b), &p) in scores.iter().zip(bad).zip(pd) {
        if !s.is_finite() {
            continue;
        }
        let Some(g) = edges.iter().position(|&e| s >= e) else {
            continue;
        };
        count[g] += 1;
        bads[g] += u64::from(b);
        pd_sum[g] += p;
        lo[g] = lo[g].min(s);
        hi[g] = hi[g].max(s);
    }
    let total: u64 = count.iter().sum();
    let total_bads: u64 = bads.iter().sum();
    let share = |a: u64, b: u64| {
        if b == 0 {
            f64::NAN
        } else {
            a as f64 / b as f64
        }
    };
    let (mut cum, mut cum_bads) = (0u64, 0u64);
    (0..k)
        .filter(|&g| count[g] > 0)
        .map(|g| {
            cum += count[g];
            cum_bads += bads[g];
            GainsRow {
                band: labels
                    .and_then(|l| l.get(g).cloned())
                    .unwrap_or_else(|| (g + 1).to_string()),
                min_score: lo[g],
                max_score: hi[g],
                count: count[g],
                bads: bads[g],
                bad_rate: share(bads[g], count[g]),
                predicted_pd: pd_sum[g] / count[g] as f64,
                cumulative_approval: share(cum, total),
                cumulative_bad_rate: share(cum_bads, cum),
                cumulative_bad_share: share(cum_bads, total_bads),
            }
        })
        .collect()
}

/// PSI of `scores` against the development distribution `(score, rows)`, over ten
/// bands of the development sample's scores.
pub(crate) fn score_psi(development: &[(i32, u64)], scores: &[f64]) -> f64 {
    // Development scores expanded into band edges without materialising every row.
    let total: u64 = development.iter().map(|x| x.1).sum();
    if total == 0 {
        return f64::NAN;
    }
    let mut edges: Vec<f64> = Vec::new();
    let mut seen = 0u64;
    // Highest first: a band closes when it reaches a tenth of the rows.
    let mut next = total / 10;
    for &(s, c) in development.iter().rev() {
        seen += c;
        if seen >= next.max(1) && edges.len() < 9 {
            edges.push(f64::from(s));
            next = seen + total / 10;
        }
    }
    // A band's lower edge is the score that closed it.
    edges.dedup();
    edges.push(f64::NEG_INFINITY);
    let band = |s: f64| {
        edges
            .iter()
            .position(|&e| s >= e)
            .unwrap_or(edges.len() - 1)
    };
    let mut expected = vec![0.0; edges.len()];
    for &(s, c) in development {
        expected[band(f64::from(s))] += c as f64;
    }
    let mut actual = vec![0.0; edges.len()];
    for &s in scores {
        if s.is_finite() {
            actual[band(s)] += 1.0;
        }
    }
    psi(&expected, &actual)
}

/// CSI of one characteristic: PSI over its bins, development rows against these.
pub(crate) fn csi(development: &[Counts], actual: &[u64]) -> f64 {
    let e: Vec<f64> = development.iter().map(|c| c.total() as f64).collect();
    let a: Vec<f64> = actual.iter().map(|&x| x as f64).collect();
    psi(&e, &a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gains_by_hand() {
        // Scores 10..1 (10 rows); bads at 1, 2, 5. Bands ≥ 8, ≥ 4, the rest.
        let scores: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let bad: Vec<bool> = scores.iter().map(|s| [1.0, 2.0, 5.0].contains(s)).collect();
        let pd = vec![0.1; 10];
        let t = gains_table(&scores, &bad, &pd, &[8.0, 4.0, f64::NEG_INFINITY], None);
        assert_eq!(t.len(), 3);
        assert_eq!(
            (t[0].count, t[0].bads, t[0].min_score, t[0].max_score),
            (3, 0, 8.0, 10.0)
        );
        assert_eq!((t[1].count, t[1].bads), (4, 1));
        assert_eq!((t[2].count, t[2].bads), (3, 2));
        assert!((t[1].bad_rate - 0.25).abs() < 1e-12);
        assert!((t[1].cumulative_approval - 0.7).abs() < 1e-12);
        assert!((t[1].cumulative_bad_rate - 1.0 / 7.0).abs() < 1e-12);
        assert!((t[1].cumulative_bad_share - 1.0 / 3.0).abs() < 1e-12);
        assert!((t[2].cumulative_approval - 1.0).abs() < 1e-12);
        assert!((t[2].predicted_pd - 0.1).abs() < 1e-12);
    }

    #[test]
    fn quantile_edges_keep_ties_together() {
        let s = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(quantile_edges(&s, 2), vec![6.0, f64::NEG_INFINITY]);
        let tied = [5.0, 5.0, 5.0, 5.0, 1.0];
        assert_eq!(quantile_edges(&tied, 4), vec![5.0, f64::NEG_INFINITY]);
    }

    #[test]
    fn psi_and_csi_by_hand() {
        // Same distribution: 0.
        let dev: Vec<(i32, u64)> = (0..100).map(|s| (s, 10)).collect();
        let same: Vec<f64> = (0..100).flat_map(|s| [f64::from(s); 10]).collect();
        assert!(score_psi(&dev, &same).abs() < 1e-12);
        // CSI: expected 50/50, actual 80/20:
        // (.8−.5)·ln(.8/.5) + (.2−.5)·ln(.2/.5) = 0.141000 + 0.274887 = 0.415888.
        let d = [Counts::new(40, 10), Counts::new(45, 5)];
        assert!((csi(&d, &[80, 20]) - 0.415_888_308).abs() < 1e-9);
    }
}
