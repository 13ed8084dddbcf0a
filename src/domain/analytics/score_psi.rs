//! The score PSI of the Overview and the KRI history: the scores of recent
//! applicants against those of the first months of applications (the portfolio keeps
//! no development sample). docs/design.md#psi: `< 0.10` stable, `0.10–0.25` watch,
//! `> 0.25` shifted.

use crate::domain::analytics::metrics::psi;
use crate::domain::portfolio::Portfolio;

/// Months of applications that make the reference sample of the score PSI: the
/// portfolio keeps no development sample, so the first year of applications stands
/// in for it.
pub(crate) const PSI_REFERENCE_MONTHS: i32 = 12;
/// Score buckets of the PSI: deciles of the reference sample.
pub(crate) const PSI_BUCKETS: usize = 10;

/// PSI of the scores of applicants in months `recent` (month indexes, inclusive)
/// against those of the first `PSI_REFERENCE_MONTHS` months of applications. `None`
/// when either sample is empty or they overlap (too short a history).
#[cfg(test)]
pub(crate) fn score_psi(p: &Portfolio, recent: (i32, i32)) -> Option<f64> {
    let months = &p.applicants.app_month;
    let first = *months.iter().min()?;
    let reference_end = first + PSI_REFERENCE_MONTHS - 1;
    if recent.0 <= reference_end {
        return None;
    }
    let (mut reference, mut actual) = (Vec::new(), Vec::new());
    for (i, &m) in months.iter().enumerate() {
        if m <= reference_end {
            reference.push(p.derived.score[i]);
        } else if (recent.0..=recent.1).contains(&m) {
            actual.push(p.derived.score[i]);
        }
    }
    psi_of_scores(&reference, &actual, PSI_BUCKETS)
}

/// PSI `= Σ (A% − E%)·ln(A% / E%)` over buckets cut at the `buckets`-quantiles of the
/// reference (expected) scores; a bucket holds the scores from its cut up to the next.
/// Ties can merge quantiles, so there may be fewer buckets. `None` for an empty side.
#[cfg(test)]
pub(crate) fn psi_of_scores(reference: &[i32], actual: &[i32], buckets: usize) -> Option<f64> {
    if reference.is_empty() || actual.is_empty() || buckets == 0 {
        return None;
    }
    let mut sorted = reference.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    // Lower edges of buckets 1..: the k/buckets quantiles, without repeats.
    let mut cuts: Vec<i32> = (1..buckets).map(|k| sorted[k * n / buckets]).collect();
    cuts.dedup();
    cuts.retain(|&c| c > sorted[0]);
    let bucket = |s: i32| cuts.partition_point(|&c| c <= s);
    let mut expected = vec![0.0; cuts.len() + 1];
    let mut got = vec![0.0; cuts.len() + 1];
    for &s in reference {
        expected[bucket(s)] += 1.0;
    }
    for &s in actual {
        got[bucket(s)] += 1.0;
    }
    Some(psi(&expected, &got))
}

/// The PSI of every month from `first` (`months` of them): month m's is that of the
/// applicants of months m − 2 ..= m, as `score_psi(p, (m − 2, m))`, NaN until such a
/// window lies wholly after the reference months. One pass: the reference's cuts once,
/// then a histogram per month.
pub(crate) fn monthly_psi(p: &Portfolio, first: i32, months: usize) -> Vec<f64> {
    let mut out = vec![f64::NAN; months];
    let app = &p.applicants.app_month;
    let Some(&start) = app.iter().min() else {
        return out;
    };
    let reference_end = start + PSI_REFERENCE_MONTHS - 1;
    let score = &p.derived.score;
    let mut reference: Vec<i32> = (0..app.len())
        .filter(|&i| app[i] <= reference_end)
        .map(|i| score[i])
        .collect();
    if reference.is_empty() || months == 0 {
        return out;
    }
    reference.sort_unstable();
    let n = reference.len();
    let mut cuts: Vec<i32> = (1..PSI_BUCKETS)
        .map(|k| reference[k * n / PSI_BUCKETS])
        .collect();
    cuts.dedup();
    cuts.retain(|&c| c > reference[0]);
    let bucket = |s: i32| cuts.partition_point(|&c| c <= s);
    let mut expected = vec![0.0; cuts.len() + 1];
    for &s in &reference {
        expected[bucket(s)] += 1.0;
    }
    let mut by_month = vec![vec![0.0; cuts.len() + 1]; months];
    for (i, &m) in app.iter().enumerate() {
        if let Some(h) = usize::try_from(m - first)
            .ok()
            .and_then(|s| by_month.get_mut(s))
        {
            h[bucket(score[i])] += 1.0;
        }
    }
    for (s, value) in out.iter_mut().enumerate() {
        let m = first + s as i32;
        if m - 2 <= reference_end || s < 2 {
            continue;
        }
        let mut got = vec![0.0; cuts.len() + 1];
        for h in &by_month[s - 2..=s] {
            got.iter_mut().zip(h).for_each(|(g, x)| *g += x);
        }
        if got.iter().sum::<f64>() > 0.0 {
            *value = psi(&expected, &got);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn monthly_psi_is_the_trailing_three_months() {
        let rows: Vec<Row> = (0..400)
            .map(|i| Row {
                orders: ((i * 7) % 31) as f32,
                income: 5000.0,
                app_month: i % 20,
                history: None,
            })
            .collect();
        let p = portfolio(&rows);
        let fast = monthly_psi(&p, 0, 20);
        for (m, got) in fast.iter().enumerate() {
            let m = m as i32;
            let want = score_psi(&p, (m - 2, m)).unwrap_or(f64::NAN);
            assert!(
                got == &want || (got.is_nan() && want.is_nan()),
                "month {m}: {got} vs {want}"
            );
        }
        assert!(fast[13].is_nan() && !fast[14].is_nan());
    }

    #[test]
    fn psi_of_scores_by_hand() {
        // Reference 1..=4 in two buckets (cut at 3); actual: 3 low, 1 high.
        let p = psi_of_scores(&[1, 2, 3, 4], &[1, 1, 2, 4], 2).unwrap_or(f64::NAN);
        let by_hand = (0.75 - 0.5) * (0.75f64 / 0.5).ln() + (0.25 - 0.5) * (0.25f64 / 0.5).ln();
        assert!((p - by_hand).abs() < 1e-12, "{p} vs {by_hand}");
        // The same distribution: 0.
        assert_eq!(psi_of_scores(&[5, 6, 7], &[5, 6, 7], 10), Some(0.0));
        // All reference scores tied: one bucket, PSI 0.
        assert_eq!(psi_of_scores(&[5, 5, 5], &[1, 9], 10), Some(0.0));
        assert_eq!(psi_of_scores(&[], &[1], 10), None);
        assert_eq!(psi_of_scores(&[1], &[], 10), None);
    }
}
