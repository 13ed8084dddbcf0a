//! Merging ordered fine classes into bins: the exact dynamic programme over
//! partitions, with monotonic, peak or valley bad rates, and the choice of shape.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::woe::Counts;

/// How the bad rate must move as a numeric value grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Ascending or descending, whichever keeps more information value.
    Auto,
    /// The bad rate rises with the value.
    Ascending,
    /// The bad rate falls as the value rises.
    Descending,
    /// The bad rate rises, then falls.
    Peak,
    /// The bad rate falls, then rises.
    Valley,
    /// No constraint.
    None,
}

impl Trend {
    pub(crate) fn parse(s: &str) -> Option<Trend> {
        match s {
            "auto" => Some(Trend::Auto),
            "asc" | "ascending" => Some(Trend::Ascending),
            "desc" | "descending" => Some(Trend::Descending),
            "peak" => Some(Trend::Peak),
            "valley" => Some(Trend::Valley),
            "none" => Some(Trend::None),
            _ => None,
        }
    }
}

/// The constraints of a merge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Limits {
    /// Rows a bin holds at least.
    pub min_count: u64,
    /// Goods and bads a bin holds at least, unless no partition allows it.
    pub min_outcomes: u64,
    pub max_bins: usize,
    /// Log-likelihood each bin costs.
    pub penalty: f64,
}

/// The monotonic shape the data support best: ascending or descending, or a peak
/// or valley when its turn gains more log-likelihood than the information
/// criterion's `ln(rows) / 2` for the extra parameter.
pub(crate) fn auto_trend(
    fine: &[Counts],
    limits: &Limits,
    rows: u64,
) -> (Vec<Range<usize>>, Trend) {
    let turn = (rows.max(1) as f64).ln() / 2.0;
    let mut best: Option<(Vec<Range<usize>>, f64, Trend)> = None;
    for (trend, cost) in [
        (Trend::Ascending, 0.0),
        (Trend::Descending, 0.0),
        (Trend::Peak, turn),
        (Trend::Valley, turn),
    ] {
        let (groups, value) = merge(fine, limits, trend);
        let value = value - cost;
        let better = best.as_ref().is_none_or(|b| {
            value > b.1 + 1e-9 || (value >= b.1 - 1e-9 && groups.len() < b.0.len())
        });
        if better {
            best = Some((groups, value, trend));
        }
    }
    match best {
        Some((groups, _, trend)) => (groups, trend),
        None => (Vec::new(), Trend::Ascending),
    }
}

/// Binomial log-likelihood of a bin: `b·ln(b/n) + g·ln(g/n)`.
fn log_likelihood(c: Counts) -> f64 {
    let n = c.total() as f64;
    let part = |k: u64| {
        if k == 0 {
            0.0
        } else {
            k as f64 * (k as f64 / n).ln()
        }
    };
    part(c.goods) + part(c.bads)
}

/// Merges ordered fine classes into at most `max_bins` contiguous groups of at least
/// `min_count` rows, with bad rates strictly rising (`Ascending`), strictly falling
/// (`Descending`) or merely differing between neighbours (`None`). Among those it
/// takes the partition with the highest log-likelihood less `penalty` per group: a
/// split stays only when the data support it. Groups must hold goods and bads where
/// possible. Returns the groups and that penalised log-likelihood; one group of
/// everything when nothing else is allowed.
pub(crate) fn merge(fine: &[Counts], limits: &Limits, trend: Trend) -> (Vec<Range<usize>>, f64) {
    let k = fine.len();
    if k == 0 {
        return (Vec::new(), 0.0);
    }
    let mut prefix = vec![Counts::default(); k + 1];
    for i in 0..k {
        prefix[i + 1] = prefix[i] + fine[i];
    }
    let span = |j: usize, i: usize| {
        Counts::new(
            prefix[i].goods - prefix[j].goods,
            prefix[i].bads - prefix[j].bads,
        )
    };
    let value = |c: Counts| log_likelihood(c) - limits.penalty;
    for pure_allowed in [false, true] {
        let groups = best_partition(
            k,
            limits.max_bins,
            &|j, i| {
                let c = span(j, i);
                let ok = c.total() >= limits.min_count
                    && (pure_allowed
                        || (c.goods >= limits.min_outcomes && c.bads >= limits.min_outcomes));
                ok.then(|| (value(c), c.bad_rate()))
            },
            trend,
        );
        if let Some(g) = groups {
            let total = g.iter().map(|r| value(span(r.start, r.end))).sum();
            return (g, total);
        }
    }
    (std::iter::once(0..k).collect(), value(span(0, k)))
}

/// The dynamic programme: `value[phase][i][j]` is the highest value of a partition
/// of classes `0..i` into the current number of groups whose last group is `j..i`;
/// `phase` is 1 once a peak or valley has turned.
fn best_partition(
    k: usize,
    max_bins: usize,
    group: &dyn Fn(usize, usize) -> Option<(f64, f64)>,
    trend: Trend,
) -> Option<Vec<Range<usize>>> {
    let max_bins = max_bins.min(k);
    // Every possible group once: (value, bad rate).
    let mut g = vec![None; (k + 1) * (k + 1)];
    for j in 0..k {
        for i in j + 1..=k {
            g[j * (k + 1) + i] = group(j, i);
        }
    }
    let at = |j: usize, i: usize| g[j * (k + 1) + i];
    // The phase after a step from a group with bad rate `prev` to one with `next`.
    let step = |phase: usize, prev: f64, next: f64| -> Option<usize> {
        let (up, down) = (next > prev, next < prev);
        match (trend, phase) {
            (Trend::Ascending, _) => up.then_some(0),
            (Trend::Descending, _) => down.then_some(0),
            (Trend::None | Trend::Auto, _) => (up || down).then_some(0),
            (Trend::Peak, 0) => (up || down).then_some(usize::from(down)),
            (Trend::Valley, 0) => (up || down).then_some(usize::from(up)),
            (Trend::Peak, _) => down.then_some(1),
            (Trend::Valley, _) => up.then_some(1),
        }
    };
    let neg = f64::NEG_INFINITY;
    let size = (k + 1) * (k + 1);
    let idx = |phase: usize, i: usize, j: usize| phase * size + i * (k + 1) + j;
    let mut value = vec![neg; 2 * size];
    // Per level: the previous group's start and phase.
    let mut parents: Vec<Vec<(usize, usize)>> = Vec::with_capacity(max_bins);
    for i in 1..=k {
        if let Some((v, _)) = at(0, i) {
            value[idx(0, i, 0)] = v;
        }
    }
    parents.push(vec![(usize::MAX, 0); 2 * size]);
    let mut best: Option<(f64, usize, usize, usize)> =
        (value[idx(0, k, 0)] > neg).then_some((value[idx(0, k, 0)], 0, 0, 0));
    for level in 1..max_bins {
        let mut next = vec![neg; 2 * size];
        let mut parent = vec![(usize::MAX, 0); 2 * size];
        for i in 1..=k {
            for j in 1..i {
                let Some((v_group, rate)) = at(j, i) else {
                    continue;
                };
                for jp in 0..j {
                    let Some((_, prev_rate)) = at(jp, j) else {
                        continue;
                    };
                    for phase in 0..2 {
                        let v = value[idx(phase, j, jp)];
                        if v == neg {
                            continue;
                        }
                        let Some(np) = step(phase, prev_rate, rate) else {
                            continue;
                        };
                        if v + v_group > next[idx(np, i, j)] {
                            next[idx(np, i, j)] = v + v_group;
                            parent[idx(np, i, j)] = (jp, phase);
                        }
                    }
                }
            }
        }
        value = next;
        parents.push(parent);
        for phase in 0..2 {
            for j in 0..k {
                let v = value[idx(phase, k, j)];
                // A further group must be worth more, not just as much.
                if v > neg && best.is_none_or(|b| v > b.0 + 1e-9) {
                    best = Some((v, level, phase, j));
                }
            }
        }
    }
    let (_, mut level, mut phase, mut j) = best?;
    let mut i = k;
    let mut groups = Vec::new();
    loop {
        groups.push(j..i);
        if level == 0 {
            break;
        }
        let (jp, pp) = parents[level][idx(phase, i, j)];
        i = j;
        j = jp;
        phase = pp;
        level -= 1;
    }
    groups.reverse();
    Some(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_the_most_likely_partition_under_constraints() {
        // Bad rates 10%, 20%, 15%, 40% (100 rows each).
        let fine = [
            Counts::new(90, 10),
            Counts::new(80, 20),
            Counts::new(85, 15),
            Counts::new(60, 40),
        ];
        let free = |max_bins| Limits {
            min_count: 1,
            min_outcomes: 1,
            max_bins,
            penalty: 0.0,
        };
        // Ascending: classes 1 and 2 cannot stay apart (20% then 15%).
        let (g, _) = merge(&fine, &free(8), Trend::Ascending);
        assert_eq!(g, vec![0..1, 1..3, 3..4]);
        // Unconstrained, all four stay.
        let (g, _) = merge(&fine, &free(8), Trend::None);
        assert_eq!(g.len(), 4);
        // At most two bins: the 40% class alone (the biggest jump).
        let (g, ll) = merge(&fine, &free(2), Trend::Ascending);
        assert_eq!(g, vec![0..3, 3..4]);
        // 45 bads in 300, then 40 in 100.
        let expect = 45.0 * (0.15f64).ln()
            + 255.0 * (0.85f64).ln()
            + 40.0 * (0.4f64).ln()
            + 60.0 * (0.6f64).ln();
        assert!((ll - expect).abs() < 1e-9);
        // Bins of at least 150 rows.
        let limits = Limits {
            min_count: 150,
            ..free(8)
        };
        let (g, _) = merge(&fine, &limits, Trend::Ascending);
        assert!(g.iter().all(|r| r.len() >= 2));
        // Descending is impossible but for one bin.
        let (g, _) = merge(&fine[..2], &free(8), Trend::Descending);
        assert_eq!(g, vec![0..2]);
        // Bins of at least 20 bads: class 0 (10 bads) cannot stand alone.
        let few = Limits {
            min_outcomes: 20,
            ..free(8)
        };
        let (g, _) = merge(&fine, &few, Trend::Ascending);
        assert_eq!(g, vec![0..3, 3..4]);
        // A split that gains less log-likelihood than the penalty goes.
        // Splitting off class 0 (10% against 17.5%) gains 1.56; class 3 (15% against
        // 40%) gains 12.79.
        let costly = Limits {
            penalty: 3.0,
            ..free(8)
        };
        let (g, _) = merge(&fine, &costly, Trend::Ascending);
        assert_eq!(g, vec![0..3, 3..4]);
    }
}
