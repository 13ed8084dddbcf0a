//! The candidates of a fit: each characteristic's bins, WoE and IV, and the
//! regression of the outcome on the WoE of those selected.

use super::binning::{Binned, BinningOptions, bin_column, bin_with_rules};
use super::fit::FitOptions;
use super::logistic::{Design, LogisticFit, fit_logistic};
use super::table::Table;
use super::woe::{Counts, iv, woe};

/// A fitted characteristic before scaling.
pub(crate) struct Candidate {
    /// The table column it reads.
    pub column: usize,
    pub binned: Binned,
    pub woe: Vec<f64>,
    pub iv: f64,
}

/// Every candidate characteristic binned, with its WoE and IV, highest IV first
/// (the order of the scorecard and of its report): the table's columns but the
/// target and the excluded, or the characteristics of `opts.bins_from` with its bins.
pub(crate) fn candidates(
    table: &Table,
    target_column: &str,
    bad: &[Option<bool>],
    total: Counts,
    opts: &FitOptions,
) -> Result<Vec<Candidate>, String> {
    let (columns, binned) = match &opts.bins_from {
        None => {
            let columns: Vec<usize> = (0..table.names().len())
                .filter(|&c| {
                    let n = &table.names()[c];
                    n != target_column && !opts.exclude.contains(n)
                })
                .collect();
            let binned = bin_all(table, &columns, bad, &opts.binning);
            (columns, binned)
        }
        Some(card) => {
            let mut columns = Vec::new();
            let mut binned = Vec::new();
            for c in card
                .characteristics
                .iter()
                .filter(|c| !opts.exclude.contains(&c.variable))
            {
                let k = table
                    .names()
                    .iter()
                    .position(|n| n == &c.variable)
                    .ok_or_else(|| {
                        format!(
                            "the card reads {}, which the data does not have",
                            c.variable
                        )
                    })?;
                columns.push(k);
                binned.push(bin_with_rules(&table.columns()[k], bad, c)?);
            }
            (columns, binned)
        }
    };
    if columns.is_empty() {
        return Err("there is no column left to fit on".into());
    }
    let mut candidates: Vec<Candidate> = columns
        .iter()
        .zip(binned)
        .map(|(&column, binned)| {
            let woe: Vec<f64> = binned.counts.iter().map(|&c| woe(c, total)).collect();
            // Every counted row is in exactly one bin, so the bins' totals are `total`.
            let iv = iv(&binned.counts);
            Candidate {
                column,
                binned,
                woe,
                iv,
            }
        })
        .collect();
    candidates.sort_by(|a, b| b.iv.total_cmp(&a.iv).then(a.column.cmp(&b.column)));
    Ok(candidates)
}

/// Bins every candidate column, the columns split between two threads.
fn bin_all(
    table: &Table,
    columns: &[usize],
    bad: &[Option<bool>],
    opts: &BinningOptions,
) -> Vec<Binned> {
    let one = |c: &usize| bin_column(&table.columns()[*c], bad, opts);
    if table.rows() < 50_000 || columns.len() < 2 {
        return columns.iter().map(one).collect();
    }
    let (a, b) = columns.split_at(columns.len() / 2);
    std::thread::scope(|s| {
        let second = s.spawn(|| b.iter().map(one).collect::<Vec<_>>());
        let mut first: Vec<Binned> = a.iter().map(one).collect();
        // If the helper thread panicked, bin its half here.
        first.extend(
            second
                .join()
                .unwrap_or_else(|_| b.iter().map(one).collect()),
        );
        first
    })
}

/// Regresses the outcome on the WoE of the `selected` candidates.
pub(crate) fn regress(
    candidates: &[Candidate],
    selected: &[usize],
    bad: &[Option<bool>],
    ridge: f64,
) -> Result<LogisticFit, String> {
    let cols: Vec<(&[u8], &[f64])> = selected
        .iter()
        .map(|&k| {
            (
                candidates[k].binned.row_bins.as_slice(),
                candidates[k].woe.as_slice(),
            )
        })
        .collect();
    let row = |i: usize, x: &mut [f64]| {
        for (slot, (bins, woe)) in x.iter_mut().zip(&cols) {
            *slot = woe.get(bins[i] as usize).copied().unwrap_or(0.0);
        }
    };
    fit_logistic(&Design {
        p: selected.len(),
        row: &row,
        bad,
        ridge,
    })
}
