//! Coarse classing of one characteristic: fine classing into up to `fine_bins`
//! ordered bins, then merging them into at most `max_bins` bins of at least
//! `min_bin_share` of the rows each, with the bad rate monotonic in the value if asked.
//!
//! The merge is exact, not greedy: a dynamic programme over the fine bins finds the
//! partition with the highest information value that meets the constraints (IV adds
//! up over bins, so the best partition of a prefix extends to the best of the whole).
//! Categories are ordered by bad rate first, so the same programme groups them.
//! Missing values always get a bin of their own, and a categorical characteristic an
//! "other" bin for categories not seen here.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::table::{Column, MISSING_CODE};
use super::woe::Counts;
use crate::domain::scorecard::{BinRule, Characteristic, Kind};

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
    pub fn parse(s: &str) -> Option<Trend> {
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

    pub fn name(self) -> &'static str {
        match self {
            Trend::Auto => "auto",
            Trend::Ascending => "ascending",
            Trend::Descending => "descending",
            Trend::Peak => "peak",
            Trend::Valley => "valley",
            Trend::None => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BinningOptions {
    /// Bins at most, not counting the missing and "other" bins.
    pub max_bins: usize,
    /// Each bin holds at least this share of the rows (missing values aside).
    pub min_bin_share: f64,
    /// Fine classes before merging (quantiles of the value).
    pub fine_bins: usize,
    pub trend: Trend,
    /// Log-likelihood a further bin must gain to be kept (0: every split the other
    /// constraints allow; `ln(rows) / 2` is the Bayesian information criterion's).
    pub penalty: f64,
    /// Goods and bads each bin holds at least (where the data allow).
    pub min_outcomes: u64,
}

impl Default for BinningOptions {
    fn default() -> Self {
        Self {
            max_bins: 8,
            min_bin_share: 0.05,
            fine_bins: 20,
            trend: Trend::Auto,
            penalty: 0.0,
            min_outcomes: 3,
        }
    }
}

impl BinningOptions {
    /// What merging may do with `rows` rows (missing values included).
    fn limits(&self, rows: u64) -> Limits {
        let share = if self.min_bin_share.is_finite() {
            self.min_bin_share.clamp(0.0, 1.0)
        } else {
            0.0
        };
        Limits {
            min_count: ((rows as f64 * share).ceil() as u64).max(1),
            min_outcomes: self.min_outcomes.max(1),
            max_bins: self.max_bins.max(1),
            penalty: if self.penalty.is_finite() {
                self.penalty.max(0.0)
            } else {
                0.0
            },
        }
    }
}

/// The constraints of a merge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Rows a bin holds at least.
    pub min_count: u64,
    /// Goods and bads a bin holds at least, unless no partition allows it.
    pub min_outcomes: u64,
    pub max_bins: usize,
    /// Log-likelihood each bin costs.
    pub penalty: f64,
}

/// A characteristic's bins, their counts, and the bin of every row.
#[derive(Clone, Debug, PartialEq)]
pub struct Binned {
    pub kind: Kind,
    pub rules: Vec<BinRule>,
    pub counts: Vec<Counts>,
    /// The trend the bins follow (resolved from `Auto`; `None` for categories).
    pub trend: Trend,
    /// Bin of each row of the table (rows without a target too).
    pub row_bins: Vec<u8>,
}

/// Bins a column; `target[i]` is `Some(is_bad)` for rows that count.
pub fn bin_column(column: &Column, target: &[Option<bool>], opts: &BinningOptions) -> Binned {
    match column {
        Column::Numeric(values) => bin_numeric(values, target, opts),
        Column::Categorical { codes, levels } => bin_categorical(codes, levels, target, opts),
    }
}

/// The bins of an existing characteristic, counted on this data (a refit that keeps a
/// card's classing and re-estimates its points).
pub fn bin_with_rules(
    column: &Column,
    target: &[Option<bool>],
    c: &Characteristic,
) -> Result<Binned, String> {
    if column.kind() != c.kind {
        return Err(format!(
            "{} is {:?} in the card but {:?} in the data",
            c.variable,
            c.kind,
            column.kind()
        ));
    }
    if c.bins.len() > usize::from(u8::MAX) {
        return Err(format!("{} has more than 255 bins", c.variable));
    }
    let mut counts = vec![Counts::default(); c.bins.len()];
    let row_bins = (0..column.len())
        .map(|i| {
            let bin = c
                .bin_index(column.value(i))
                .ok_or_else(|| format!("row {i}: no bin of {} holds its value", c.variable))?;
            if let Some(Some(b)) = target.get(i) {
                counts[bin].add(*b);
            }
            // Checked above: fewer than 256 bins.
            Ok(bin as u8)
        })
        .collect::<Result<Vec<u8>, String>>()?;
    Ok(Binned {
        kind: c.kind,
        rules: c.bins.iter().map(|b| b.rule.clone()).collect(),
        counts,
        trend: Trend::None,
        row_bins,
    })
}

fn bin_numeric(values: &[f64], target: &[Option<bool>], opts: &BinningOptions) -> Binned {
    let known: Vec<f64> = values
        .iter()
        .zip(target)
        .filter(|(x, t)| t.is_some() && !x.is_nan())
        .map(|(x, _)| *x)
        .collect();
    let cuts = fine_cuts(&known, opts.fine_bins.max(1));
    let mut fine = vec![Counts::default(); cuts.len() + 1];
    let mut missing = Counts::default();
    for (x, t) in values.iter().zip(target) {
        if let Some(b) = t {
            if x.is_nan() {
                missing.add(*b);
            } else {
                fine[cuts.partition_point(|c| c <= x)].add(*b);
            }
        }
    }
    let rows: u64 = fine.iter().map(Counts::total).sum::<u64>() + missing.total();
    let limits = opts.limits(rows);
    let (groups, trend) = match opts.trend {
        Trend::Auto => auto_trend(&fine, &limits, rows),
        t => (merge(&fine, &limits, t).0, t),
    };
    // Bin 0 is missing; bin g + 1 is group g.
    let mut rules = vec![BinRule::Missing];
    let mut counts = vec![missing];
    let mut edges: Vec<f64> = Vec::with_capacity(groups.len());
    for (g, r) in groups.iter().enumerate() {
        let lower = (g > 0).then(|| cuts[r.start - 1]);
        let upper = (g + 1 < groups.len()).then(|| cuts[r.end - 1]);
        if let Some(u) = upper {
            edges.push(u);
        }
        rules.push(BinRule::Range { lower, upper });
        counts.push(fine[r.clone()].iter().copied().sum());
    }
    let row_bins = values
        .iter()
        .map(|x| {
            if x.is_nan() {
                0
            } else {
                // At most 255 groups (max_bins is capped when fitting).
                (edges.partition_point(|e| e <= x) + 1) as u8
            }
        })
        .collect();
    Binned {
        kind: Kind::Numeric,
        rules,
        counts,
        trend,
        row_bins,
    }
}

fn bin_categorical(
    codes: &[u32],
    levels: &[String],
    target: &[Option<bool>],
    opts: &BinningOptions,
) -> Binned {
    let mut per_level = vec![Counts::default(); levels.len()];
    let mut missing = Counts::default();
    for (&c, t) in codes.iter().zip(target) {
        if let Some(b) = t {
            match per_level.get_mut(c as usize) {
                Some(l) => l.add(*b),
                None => missing.add(*b),
            }
        }
    }
    // Levels seen here, safest first (bad rate with half an observation either side).
    let mut order: Vec<usize> = (0..levels.len())
        .filter(|&l| per_level[l].total() > 0)
        .collect();
    let smoothed = |c: Counts| (c.bads as f64 + 0.5) / (c.total() as f64 + 1.0);
    order.sort_by(|&a, &b| {
        smoothed(per_level[a])
            .total_cmp(&smoothed(per_level[b]))
            .then(levels[a].cmp(&levels[b]))
    });
    // More levels than fine bins: consecutive levels pooled into equal-count classes.
    let rows_known: u64 = order.iter().map(|&l| per_level[l].total()).sum();
    let fine_bins = opts.fine_bins.max(1);
    let mut classes: Vec<Vec<usize>> = Vec::new();
    let mut acc = 0u64;
    for &l in &order {
        let class = if order.len() <= fine_bins {
            classes.len()
        } else {
            ((acc as u128 * fine_bins as u128) / rows_known.max(1) as u128) as usize
        };
        acc += per_level[l].total();
        if class >= classes.len() {
            classes.push(Vec::new());
        }
        if let Some(last) = classes.last_mut() {
            last.push(l);
        }
    }
    let fine: Vec<Counts> = classes
        .iter()
        .map(|c| c.iter().map(|&l| per_level[l]).sum())
        .collect();
    let rows = rows_known + missing.total();
    let (groups, _) = merge(&fine, &opts.limits(rows), Trend::Ascending);
    let mut rules = Vec::with_capacity(groups.len() + 2);
    let mut counts = Vec::with_capacity(groups.len() + 2);
    let mut bin_of_level = vec![u8::MAX; levels.len()];
    for (g, r) in groups.iter().enumerate() {
        let mut members: Vec<usize> = classes[r.clone()].iter().flatten().copied().collect();
        members.sort_by(|&a, &b| levels[a].cmp(&levels[b]));
        for &l in &members {
            bin_of_level[l] = g as u8;
        }
        rules.push(BinRule::Categories {
            values: members.iter().map(|&l| levels[l].clone()).collect(),
        });
        counts.push(fine[r.clone()].iter().copied().sum());
    }
    let missing_bin = rules.len() as u8;
    rules.push(BinRule::Missing);
    counts.push(missing);
    let other_bin = rules.len() as u8;
    rules.push(BinRule::Other);
    counts.push(Counts::default());
    let row_bins = codes
        .iter()
        .map(|&c| {
            if c == MISSING_CODE {
                missing_bin
            } else {
                match bin_of_level.get(c as usize) {
                    Some(&b) if b != u8::MAX => b,
                    _ => other_bin,
                }
            }
        })
        .collect();
    Binned {
        kind: Kind::Categorical,
        rules,
        counts,
        trend: Trend::None,
        row_bins,
    }
}

/// Lower edges of fine classes of roughly equal counts: class `j` holds
/// `cuts[j-1] <= x < cuts[j]` (open ends at both sides). Every distinct value gets a
/// class of its own when there are few; edges are the roundest numbers that split
/// the data in the same places. Over 262,144 values, quantiles come from an evenly
/// strided sample of that size (the counts that follow use every row).
pub fn fine_cuts(values: &[f64], fine_bins: usize) -> Vec<f64> {
    const SAMPLE: usize = 1 << 18;
    let mut v: Vec<f64> = if values.len() > SAMPLE {
        (0..SAMPLE)
            .map(|k| values[k * values.len() / SAMPLE])
            .collect()
    } else {
        values.to_vec()
    };
    v.retain(|x| !x.is_nan());
    v.sort_unstable_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return Vec::new();
    }
    let mut cuts: Vec<f64> = Vec::new();
    let mut distinct = v.clone();
    distinct.dedup();
    let picks: Vec<usize> = if distinct.len() <= fine_bins {
        // Each distinct value (but the lowest) starts a class.
        (1..distinct.len())
            .map(|d| v.partition_point(|x| *x < distinct[d]))
            .collect()
    } else {
        (1..fine_bins).map(|q| q * n / fine_bins).collect()
    };
    for p in picks {
        let hi = v[p];
        // The class starts at the first occurrence of `hi`.
        let first = v.partition_point(|x| *x < hi);
        if first == 0 {
            continue;
        }
        let lo = v[first - 1];
        let cut = nice_between(lo, hi);
        if cuts.last().is_none_or(|&c| cut > c) {
            cuts.push(cut);
        }
    }
    cuts
}

/// The roundest number in `(lo, hi]` (fewest significant digits, the highest such),
/// else `hi`.
pub fn nice_between(lo: f64, hi: f64) -> f64 {
    if lo >= hi || !lo.is_finite() || !hi.is_finite() {
        return hi;
    }
    let top = lo.abs().max(hi.abs()).log10().ceil() as i32 + 1;
    for k in (-12..=top).rev() {
        // The highest multiple of 10^k not above `hi`.
        let m = if k >= 0 {
            let step = 10f64.powi(k);
            (hi / step).floor() * step
        } else {
            let inv = 10f64.powi(-k);
            (hi * inv).floor() / inv
        };
        if m > lo && m <= hi {
            return m;
        }
    }
    hi
}

/// The monotonic shape the data support best: ascending or descending, or a peak
/// or valley when its turn gains more log-likelihood than the information
/// criterion's `ln(rows) / 2` for the extra parameter.
fn auto_trend(fine: &[Counts], limits: &Limits, rows: u64) -> (Vec<Range<usize>>, Trend) {
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
pub fn merge(fine: &[Counts], limits: &Limits, trend: Trend) -> (Vec<Range<usize>>, f64) {
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
    fn nice_edges() {
        assert_eq!(nice_between(11.0, 12.0), 12.0);
        assert_eq!(nice_between(11.3, 12.7), 12.0);
        assert_eq!(nice_between(1234.5, 1290.0), 1290.0);
        assert_eq!(nice_between(1234.5, 1307.0), 1300.0);
        assert_eq!(nice_between(0.213, 0.2187), 0.218);
        assert_eq!(nice_between(-3.7, -2.2), -3.0);
        assert_eq!(nice_between(-0.5, 0.5), 0.0);
        assert_eq!(nice_between(5.0, 5.0), 5.0);
    }

    #[test]
    fn fine_cuts_of_few_and_many_values() {
        // Few distinct values: one class each.
        assert_eq!(
            fine_cuts(&[0.0, 1.0, 1.0, 2.0, 0.0, 5.0], 20),
            vec![1.0, 2.0, 5.0]
        );
        // 1..=100 in 4 classes: edges at the 25th, 50th, 75th values.
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(fine_cuts(&v, 4), vec![26.0, 51.0, 76.0]);
        assert!(fine_cuts(&[], 4).is_empty());
        assert!(fine_cuts(&[3.0, 3.0], 4).is_empty());
    }

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

    #[test]
    fn numeric_bins_cover_everything_and_count_rows() {
        let values = vec![1.0, 2.0, 3.0, 4.0, f64::NAN, 5.0, 6.0, 7.0, 8.0];
        let bad = [false, false, false, true, true, true, false, true, true];
        let target: Vec<Option<bool>> = bad.iter().map(|b| Some(*b)).collect();
        let opts = BinningOptions {
            max_bins: 3,
            min_bin_share: 0.0,
            fine_bins: 20,
            trend: Trend::Ascending,
            penalty: 0.0,
            min_outcomes: 1,
        };
        let b = bin_column(&Column::Numeric(values), &target, &opts);
        assert_eq!(b.rules[0], BinRule::Missing);
        assert_eq!(b.counts[0], Counts::new(0, 1));
        let total: u64 = b.counts.iter().map(Counts::total).sum();
        assert_eq!(total, 9);
        assert_eq!(b.row_bins[4], 0);
        // Every row's bin agrees with the rules.
        let card_char = crate::domain::scorecard::Characteristic {
            variable: "x".into(),
            label: "x".into(),
            kind: Kind::Numeric,
            reason_code: "R".into(),
            reason_text: "x".into(),
            bins: b
                .rules
                .iter()
                .map(|r| crate::domain::scorecard::Bin {
                    rule: r.clone(),
                    points: 0,
                })
                .collect(),
        };
        card_char.validate().unwrap();
        for (i, v) in [1.0, 2.0, 3.0, 4.0, f64::NAN, 5.0, 6.0, 7.0, 8.0]
            .iter()
            .enumerate()
        {
            let want = card_char.bin_index(crate::domain::scorecard::Value::Num(*v));
            assert_eq!(want, Some(b.row_bins[i] as usize), "row {i}");
        }
    }

    #[test]
    fn categories_group_by_bad_rate_with_missing_and_other_bins() {
        let col = Column::categorical(
            ["a", "b", "c", "a", "b", "c", "a", "b", "c", "d"]
                .iter()
                .map(|s| Some(*s))
                .chain([None]),
        );
        let bad = [
            false, true, false, false, true, false, false, false, true, true, false,
        ];
        let target: Vec<Option<bool>> = bad.iter().map(|b| Some(*b)).collect();
        let opts = BinningOptions {
            max_bins: 8,
            min_bin_share: 0.0,
            fine_bins: 20,
            trend: Trend::Auto,
            penalty: 0.0,
            min_outcomes: 1,
        };
        let b = bin_column(&col, &target, &opts);
        let n = b.rules.len();
        assert_eq!(b.rules[n - 2], BinRule::Missing);
        assert_eq!(b.rules[n - 1], BinRule::Other);
        assert_eq!(b.counts[n - 2], Counts::new(1, 0));
        // "a" is never bad, so it cannot be a bin alone: it joins "c" (1 bad in 3).
        assert_eq!(
            b.rules[0],
            BinRule::Categories {
                values: vec!["a".into(), "c".into()]
            }
        );
        assert_eq!(b.row_bins[10] as usize, n - 2);
    }
}
