//! Fitting a points scorecard from data: bin every candidate characteristic, keep
//! those with enough information value, regress the outcome on their WoE, and scale
//! the coefficients to integer points (PRODUCT.md):
//! `points = −(β·WoE + α/n)·Factor + Offset/n` for `n` characteristics, with
//! `WoE = ln(%good/%bad)` and `logit P(bad) = α + Σ β·WoE`. A characteristic whose
//! coefficient is positive (more evidence of good, more risk) has the wrong sign.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::card_file::{BinReport, CandidateReport, CardFile, Development, Status};

use super::binning::{Binned, BinningOptions, bin_column, bin_with_rules};
use super::logistic::{Design, LogisticFit, fit_logistic};
use super::table::Table;
use super::woe::{Counts, iv, woe};
use crate::domain::scaling::Scaling;
use crate::domain::scorecard::{Bin, Characteristic, Scorecard};

/// What a characteristic is called and what a customer reads when it costs points.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Wording {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub reason_code: Option<String>,
    #[serde(default)]
    pub reason_text: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitOptions {
    pub name: String,
    pub binning: BinningOptions,
    /// Characteristics with a lower IV are left out.
    pub min_iv: f64,
    /// Columns never used (the target column never is).
    pub exclude: Vec<String>,
    pub scaling: Scaling,
    /// Refit without characteristics whose coefficient has the wrong sign.
    pub drop_wrong_sign: bool,
    /// Ridge penalty on the coefficients (0: plain maximum likelihood).
    pub ridge: f64,
    /// Labels and reason wording per variable.
    pub wording: BTreeMap<String, Wording>,
    /// Keep this card's characteristics and bins and re-estimate only WoE,
    /// coefficients and points (a refit of the card on new outcomes).
    pub bins_from: Option<Scorecard>,
}

impl Default for FitOptions {
    fn default() -> Self {
        Self {
            name: "Fitted scorecard".into(),
            binning: BinningOptions::default(),
            min_iv: 0.005,
            exclude: Vec::new(),
            scaling: Scaling::default(),
            drop_wrong_sign: false,
            ridge: 1.0,
            wording: BTreeMap::new(),
            bins_from: None,
        }
    }
}

/// A fitted characteristic before scaling.
struct Candidate {
    column: usize,
    binned: Binned,
    woe: Vec<f64>,
    iv: f64,
}

/// Fits a scorecard on `table`; `bad[i]` is row `i`'s outcome (`None` rows are not used).
pub fn fit(
    table: &Table,
    target_column: &str,
    bad: &[Option<bool>],
    opts: &FitOptions,
) -> Result<CardFile, String> {
    opts.scaling.validate()?;
    if bad.len() != table.rows() {
        return Err(format!("{} outcomes for {} rows", bad.len(), table.rows()));
    }
    if !(1..=100).contains(&opts.binning.max_bins) {
        return Err(format!(
            "the number of bins must be 1 to 100, got {}",
            opts.binning.max_bins
        ));
    }
    for e in &opts.exclude {
        if table.column(e).is_none() {
            return Err(format!("there is no column {e} to exclude"));
        }
    }
    let total: Counts = bad
        .iter()
        .flatten()
        .map(|&b| Counts::new(u64::from(!b), u64::from(b)))
        .sum();
    if total.goods == 0 || total.bads == 0 {
        return Err("fitting needs rows of both outcomes, goods and bads".into());
    }
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
    // Highest IV first: the order of the scorecard and of its report.
    candidates.sort_by(|a, b| b.iv.total_cmp(&a.iv).then(a.column.cmp(&b.column)));
    let mut status: Vec<Status> = candidates
        .iter()
        .map(|c| {
            if c.iv >= opts.min_iv && c.iv > 0.0 {
                Status::Selected
            } else {
                Status::LowIv
            }
        })
        .collect();
    if !status.contains(&Status::Selected) {
        let best = candidates.first().map_or(0.0, |c| c.iv);
        return Err(format!(
            "no characteristic reaches the minimum IV of {}; the highest is {best:.4}",
            opts.min_iv
        ));
    }
    let mut warnings = Vec::new();
    let (selected, model) = loop {
        let selected: Vec<usize> = (0..candidates.len())
            .filter(|&k| status[k] == Status::Selected)
            .collect();
        let model = regress(&candidates, &selected, bad, opts.ridge)?;
        let wrong: Vec<usize> = selected
            .iter()
            .enumerate()
            .filter(|(j, _)| model.coefficients[j + 1] > 0.0)
            .map(|(_, &k)| k)
            .collect();
        if !opts.drop_wrong_sign || wrong.is_empty() || wrong.len() == selected.len() {
            for &k in &wrong {
                warnings.push(format!(
                    "{}: the coefficient has the wrong sign (more evidence of good, more \
                     risk); it likely overlaps with another characteristic",
                    table.names()[candidates[k].column]
                ));
            }
            break (selected, model);
        }
        // Drop the weakest wrong-signed characteristic and fit again.
        if let Some(&k) = wrong
            .iter()
            .min_by(|&&a, &&b| candidates[a].iv.total_cmp(&candidates[b].iv))
        {
            warnings.push(format!(
                "{} left out: its coefficient had the wrong sign",
                table.names()[candidates[k].column]
            ));
            status[k] = Status::WrongSign;
        }
    };
    if !model.converged {
        warnings.push(format!(
            "the regression did not converge in {} iterations (are goods and bads \
             perfectly separated?)",
            model.iterations
        ));
    }
    for (j, &k) in selected.iter().enumerate() {
        let (b, se) = (model.coefficients[j + 1], model.std_errors[j + 1]);
        if (b / se).abs() < 1.96 {
            warnings.push(format!(
                "{}: the coefficient is not significant at 5% (z = {:.2})",
                table.names()[candidates[k].column],
                b / se
            ));
        }
    }
    let n = selected.len() as f64;
    let factor = opts.scaling.factor();
    let offset = opts.scaling.offset();
    let alpha = model.coefficients[0];
    let points_of = |beta: f64, w: f64| -> i32 {
        let p = -(beta * w + alpha / n) * factor + offset / n;
        // Bounded by the checks above: finite and far inside i32.
        p.round().clamp(-1e9, 1e9) as i32
    };
    let mut characteristics = Vec::with_capacity(selected.len());
    let mut reports = Vec::with_capacity(candidates.len());
    let mut position = vec![None; candidates.len()];
    for (j, &k) in selected.iter().enumerate() {
        position[k] = Some(j);
    }
    for (k, c) in candidates.iter().enumerate() {
        let variable = table.names()[c.column].clone();
        let beta = position[k].map(|j| model.coefficients[j + 1]);
        let bins: Vec<Bin> = c
            .binned
            .rules
            .iter()
            .zip(&c.woe)
            .map(|(rule, &w)| Bin {
                rule: rule.clone(),
                points: beta.map_or(0, |b| points_of(b, w)),
            })
            .collect();
        reports.push(CandidateReport {
            variable: variable.clone(),
            kind: c.binned.kind,
            trend: c.binned.trend,
            iv: c.iv,
            status: status[k],
            coefficient: beta,
            std_error: position[k].map(|j| model.std_errors[j + 1]),
            bins: c
                .binned
                .rules
                .iter()
                .zip(&c.binned.counts)
                .zip(&c.woe)
                .zip(&bins)
                .map(|(((rule, counts), &w), bin)| BinReport {
                    label: rule.label(),
                    goods: counts.goods,
                    bads: counts.bads,
                    woe: w,
                    iv: super::woe::iv_part(*counts, total),
                    points: beta.map(|_| bin.points),
                })
                .collect(),
        });
        if beta.is_some() {
            let words = opts.wording.get(&variable).cloned().unwrap_or_default();
            let label = words.label.unwrap_or_else(|| variable.clone());
            characteristics.push(Characteristic {
                reason_code: words
                    .reason_code
                    .unwrap_or_else(|| format!("R{:02}", c.column + 1)),
                reason_text: words
                    .reason_text
                    .unwrap_or_else(|| format!("{label}: a less favourable value")),
                label,
                variable,
                kind: c.binned.kind,
                bins,
            });
        }
    }
    let scorecard = Scorecard {
        name: opts.name.clone(),
        scaling: opts.scaling,
        base_points: 0,
        characteristics,
    };
    scorecard.validate()?;
    // The development sample's score distribution, for stability checks later.
    let mut scores: BTreeMap<i32, u64> = BTreeMap::new();
    for (i, b) in bad.iter().enumerate() {
        if b.is_none() {
            continue;
        }
        let s: i32 = selected
            .iter()
            .enumerate()
            .map(|(j, &k)| {
                let bin = candidates[k].binned.row_bins[i] as usize;
                scorecard.characteristics[j].bins[bin].points
            })
            .sum();
        *scores.entry(s).or_default() += 1;
    }
    Ok(CardFile {
        scorecard,
        development: Some(Development {
            rows: total.total(),
            goods: total.goods,
            bads: total.bads,
            intercept: alpha,
            intercept_std_error: model.std_errors[0],
            log_likelihood: model.log_likelihood,
            iterations: model.iterations,
            converged: model.converged,
            candidates: reports,
            warnings,
            score_counts: scores.into_iter().collect(),
        }),
    })
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
fn regress(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fitting::binning::Trend;
    use crate::domain::fitting::table::Column;
    use crate::domain::scorecard::Value;

    /// 400 rows: risk falls with `months`, rises with `debt`; `noise` carries nothing.
    fn data() -> (Table, Vec<Option<bool>>) {
        let mut rng = crate::domain::rng::Rng::new(7);
        let (mut months, mut debt, mut noise, mut region, mut bad) =
            (vec![], vec![], vec![], vec![], vec![]);
        for i in 0..4000 {
            let m = (rng.uniform() * 60.0).floor();
            let d = rng.uniform();
            let r = ["north", "south", "east"][i % 3];
            let logit = -1.0 - 0.05 * m + 2.0 * d + if r == "east" { 0.8 } else { 0.0 };
            let p = 1.0 / (1.0 + (-logit).exp());
            months.push(if i % 50 == 0 { f64::NAN } else { m });
            debt.push(d);
            noise.push(rng.uniform());
            region.push(r);
            bad.push(Some(rng.uniform() < p));
        }
        let table = Table::new(
            vec![
                "months".into(),
                "debt".into(),
                "noise".into(),
                "region".into(),
            ],
            vec![
                Column::Numeric(months),
                Column::Numeric(debt),
                Column::Numeric(noise),
                Column::categorical(region.iter().map(|s| Some(*s))),
            ],
        )
        .unwrap();
        (table, bad)
    }

    #[test]
    fn fits_a_card_that_ranks_and_adds_up() {
        let (table, bad) = data();
        // With the lenient default IV filter, the noise column ranks last.
        let lenient = fit(&table, "bad", &bad, &FitOptions::default()).unwrap();
        let candidates = &lenient.development.as_ref().unwrap().candidates;
        assert_eq!(
            candidates.last().map(|c| c.variable.as_str()),
            Some("noise")
        );
        let opts = FitOptions {
            min_iv: 0.02,
            ..FitOptions::default()
        };
        let card = fit(&table, "bad", &bad, &opts).unwrap();
        let dev = card.development.as_ref().unwrap();
        let sc = &card.scorecard;
        sc.validate().unwrap();
        let names: Vec<&str> = sc
            .characteristics
            .iter()
            .map(|c| c.variable.as_str())
            .collect();
        assert!(
            names.contains(&"months") && names.contains(&"debt"),
            "{names:?}"
        );
        assert!(!names.contains(&"noise"), "{names:?}");
        let noise = dev
            .candidates
            .iter()
            .find(|c| c.variable == "noise")
            .unwrap();
        assert_eq!(noise.status, Status::LowIv);
        // Months: bad rate falls as months grow.
        let m = dev
            .candidates
            .iter()
            .find(|c| c.variable == "months")
            .unwrap();
        assert_eq!(m.trend, Trend::Descending);
        assert!(m.coefficient.unwrap() < 0.0);
        // Scores rank the outcomes and the development counts add up.
        let mut scores = Vec::new();
        let mut outcome = Vec::new();
        for (i, outcome_i) in bad.iter().enumerate() {
            let values: Vec<Value> = sc
                .characteristics
                .iter()
                .map(|c| table.column(&c.variable).unwrap().value(i))
                .collect();
            let b = sc.breakdown(&values).unwrap();
            assert_eq!(
                b.lines.iter().map(|l| l.points).sum::<i32>() + b.base_points,
                b.score
            );
            scores.push(b.score as f64);
            outcome.push(*outcome_i == Some(true));
        }
        let auc = crate::domain::metrics::auc(&scores, &outcome);
        assert!(auc > 0.65, "{auc}");
        assert_eq!(dev.score_counts.iter().map(|x| x.1).sum::<u64>(), 4000);
        // The JSON file reads back the same.
        let json = serde_json::to_string(&card).unwrap();
        let back: CardFile = serde_json::from_str(&json).unwrap();
        assert_eq!(back, card);
    }

    #[test]
    fn points_follow_the_formula() {
        let (table, bad) = data();
        let card = fit(&table, "bad", &bad, &FitOptions::default()).unwrap();
        let dev = card.development.unwrap();
        let n = card.scorecard.characteristics.len() as f64;
        let s = Scaling::default();
        for c in dev
            .candidates
            .iter()
            .filter(|c| c.status == Status::Selected)
        {
            let beta = c.coefficient.unwrap();
            for b in &c.bins {
                let p = -(beta * b.woe + dev.intercept / n) * s.factor() + s.offset() / n;
                assert_eq!(b.points, Some(p.round() as i32));
            }
        }
    }

    #[test]
    fn a_refit_keeping_the_bins_reproduces_the_card_on_the_same_data() {
        let (table, bad) = data();
        let first = fit(&table, "bad", &bad, &FitOptions::default()).unwrap();
        let opts = FitOptions {
            bins_from: Some(first.scorecard.clone()),
            ..FitOptions::default()
        };
        let again = fit(&table, "bad", &bad, &opts).unwrap();
        assert_eq!(
            again.scorecard.characteristics.len(),
            first.scorecard.characteristics.len()
        );
        for (a, b) in again
            .scorecard
            .characteristics
            .iter()
            .zip(&first.scorecard.characteristics)
        {
            assert_eq!(a.variable, b.variable);
            assert_eq!(a.bins, b.bins);
        }
        // A card that reads a column the data lacks is refused.
        let mut other = first.scorecard.clone();
        other.characteristics[0].variable = "absent".into();
        let opts = FitOptions {
            bins_from: Some(other),
            ..FitOptions::default()
        };
        assert!(
            fit(&table, "bad", &bad, &opts)
                .unwrap_err()
                .contains("absent")
        );
    }

    #[test]
    fn refuses_what_cannot_be_fitted() {
        let (table, bad) = data();
        let opts = FitOptions {
            min_iv: 5.0,
            ..FitOptions::default()
        };
        assert!(
            fit(&table, "bad", &bad, &opts)
                .unwrap_err()
                .contains("minimum IV")
        );
        let opts = FitOptions {
            exclude: vec!["nope".into()],
            ..FitOptions::default()
        };
        assert!(
            fit(&table, "bad", &bad, &opts)
                .unwrap_err()
                .contains("nope")
        );
        let all_good = vec![Some(false); table.rows()];
        assert!(fit(&table, "bad", &all_good, &FitOptions::default()).is_err());
        assert!(fit(&table, "bad", &bad[..10], &FitOptions::default()).is_err());
    }
}
