//! How well scores separate goods from bads (docs/design.md#auc-gini-and-ks): AUC, Gini `= 2·AUC − 1`,
//! KS `= max |F_bad(s) − F_good(s)|`, ROC and KS curves, PSI
//! `= Σ (A% − E%)·ln(A% / E%)`.
//!
//! Convention: a higher score means a better (less risky) applicant. AUC is the
//! probability that a random good scores above a random bad, ties counting one half.

/// One point of a ROC curve: cumulative shares of bads and goods at or below a score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RocPoint {
    pub score: f64,
    /// Share of all bads with score ≤ `score` (true positive rate of declining them).
    pub bad_share: f64,
    /// Share of all goods with score ≤ `score` (false positive rate).
    pub good_share: f64,
}

/// Groups (score, is_bad) by distinct score, ascending: (score, goods, bads).
fn groups(scores: &[f64], bad: &[bool]) -> Vec<(f64, u64, u64)> {
    let mut idx: Vec<usize> = (0..scores.len().min(bad.len()))
        .filter(|&i| scores[i].is_finite())
        .collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let mut out: Vec<(f64, u64, u64)> = Vec::new();
    for i in idx {
        let s = scores[i];
        match out.last_mut() {
            Some(last) if last.0 == s => {
                if bad[i] {
                    last.2 += 1
                } else {
                    last.1 += 1
                }
            }
            _ => out.push((s, (!bad[i]) as u64, bad[i] as u64)),
        }
    }
    out
}

/// AUC (ties count one half); NaN when there are no goods or no bads.
pub fn auc(scores: &[f64], bad: &[bool]) -> f64 {
    let g: Vec<(u64, u64)> = groups(scores, bad).iter().map(|x| (x.1, x.2)).collect();
    auc_of_groups(&g)
}

/// AUC from (goods, bads) per distinct score, lowest score first.
pub(crate) fn auc_of_groups(groups: &[(u64, u64)]) -> f64 {
    let goods: u64 = groups.iter().map(|x| x.0).sum();
    let bads: u64 = groups.iter().map(|x| x.1).sum();
    if goods == 0 || bads == 0 {
        return f64::NAN;
    }
    // For each good: bads strictly below + half the bads at the same score.
    let mut bads_below = 0u64;
    let mut sum = 0.0f64;
    for &(ng, nb) in groups {
        sum += ng as f64 * (bads_below as f64 + 0.5 * nb as f64);
        bads_below += nb;
    }
    sum / (goods as f64 * bads as f64)
}

/// Gini `= 2·AUC − 1`.
pub fn gini(scores: &[f64], bad: &[bool]) -> f64 {
    gini_of_auc(auc(scores, bad))
}

/// Gini `= 2·AUC − 1`.
pub(crate) fn gini_of_auc(auc: f64) -> f64 {
    2.0 * auc - 1.0
}

/// The ROC curve from (0, 0) to (1, 1), one point per distinct score.
pub(crate) fn roc(scores: &[f64], bad: &[bool]) -> Vec<RocPoint> {
    let g = groups(scores, bad);
    let goods: u64 = g.iter().map(|x| x.1).sum();
    let bads: u64 = g.iter().map(|x| x.2).sum();
    let mut out = Vec::with_capacity(g.len() + 1);
    let first = g.first().map_or(0.0, |x| x.0);
    out.push(RocPoint {
        score: first,
        bad_share: 0.0,
        good_share: 0.0,
    });
    let (mut cg, mut cb) = (0u64, 0u64);
    for &(s, ng, nb) in &g {
        cg += ng;
        cb += nb;
        out.push(RocPoint {
            score: s,
            bad_share: if bads == 0 {
                0.0
            } else {
                cb as f64 / bads as f64
            },
            good_share: if goods == 0 {
                0.0
            } else {
                cg as f64 / goods as f64
            },
        });
    }
    out
}

/// KS statistic and the score at which it is reached (the first such score).
pub(crate) fn ks(scores: &[f64], bad: &[bool]) -> (f64, f64) {
    let mut best = (0.0, f64::NAN);
    for p in roc(scores, bad).iter().skip(1) {
        let d = (p.bad_share - p.good_share).abs();
        if d > best.0 + 1e-15 {
            best = (d, p.score);
        }
    }
    best
}

/// Population stability index between expected and actual shares per bucket.
/// Buckets with a zero share on either side take a share of `1e-4` instead.
pub(crate) fn psi(expected: &[f64], actual: &[f64]) -> f64 {
    let te: f64 = expected.iter().sum();
    let ta: f64 = actual.iter().sum();
    if te <= 0.0 || ta <= 0.0 {
        return f64::NAN;
    }
    expected
        .iter()
        .zip(actual)
        .map(|(&e, &a)| {
            let e = (e / te).max(1e-4);
            let a = (a / ta).max(1e-4);
            (a - e) * (a / e).ln()
        })
        .sum()
}

/// docs/design.md#psi: < 0.10 stable, 0.10–0.25 watch, > 0.25 shifted.
pub(crate) fn psi_flag(psi: f64) -> &'static str {
    if psi < 0.10 {
        "stable"
    } else if psi <= 0.25 {
        "watch"
    } else {
        "shifted"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_with_ties_by_hand() {
        // goods at 3, 4, 5; bads at 1, 3.
        // good 3: bads below 1 + half of 1 at 3 = 1.5; good 4: 2; good 5: 2 → 5.5 / 6.
        let s = [1.0, 3.0, 3.0, 4.0, 5.0];
        let b = [true, true, false, false, false];
        assert!((auc(&s, &b) - 5.5 / 6.0).abs() < 1e-12);
        assert!((gini(&s, &b) - (11.0 / 6.0 - 1.0)).abs() < 1e-12);
        // Perfect and reversed separation; all tied.
        assert_eq!(auc(&[1.0, 2.0], &[true, false]), 1.0);
        assert_eq!(auc(&[2.0, 1.0], &[true, false]), 0.0);
        assert_eq!(auc(&[1.0, 1.0], &[true, false]), 0.5);
        assert!(auc(&[1.0, 2.0], &[false, false]).is_nan());
    }

    #[test]
    fn ks_by_hand() {
        // Cumulative at 1: bads 1/2, goods 0 → 0.5; at 3: bads 1, goods 1/3 → 0.667;
        // at 4: 1 vs 2/3 → 0.333.
        let s = [1.0, 3.0, 3.0, 4.0, 5.0];
        let b = [true, true, false, false, false];
        let (k, at) = ks(&s, &b);
        assert!((k - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(at, 3.0);
        let r = roc(&s, &b);
        assert_eq!(r.len(), 5);
        assert_eq!(
            r.last().map(|p| (p.bad_share, p.good_share)),
            Some((1.0, 1.0))
        );
    }

    #[test]
    fn psi_by_hand() {
        // E = 50/50, A = 60/40: (0.1·ln 1.2) + (−0.1·ln 0.8) = 0.0405465
        let p = psi(&[50.0, 50.0], &[60.0, 40.0]);
        assert!((p - (0.1 * 1.2f64.ln() - 0.1 * 0.8f64.ln())).abs() < 1e-12);
        assert!((p - 0.040_546_5).abs() < 1e-6);
        assert_eq!(psi_flag(p), "stable");
        assert_eq!(psi_flag(0.2), "watch");
        assert_eq!(psi_flag(0.3), "shifted");
        assert_eq!(psi(&[1.0, 1.0], &[1.0, 1.0]), 0.0);
    }
}
