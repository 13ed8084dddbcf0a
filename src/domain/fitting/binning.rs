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

use super::fine_classing::fine_cuts;
pub(crate) use super::merge::{Limits, Trend};
use super::merge::{auto_trend, merge};
use super::table::{Column, MISSING_CODE};
use super::woe::Counts;
use crate::domain::scorecard::{BinRule, Characteristic, Kind};

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
pub(crate) fn bin_with_rules(
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

#[cfg(test)]
mod tests {
    use super::*;

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
