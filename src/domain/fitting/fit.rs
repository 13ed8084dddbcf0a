//! Fitting a points scorecard from data: bin every candidate characteristic, keep
//! those with enough information value, regress the outcome on their WoE, and scale
//! the coefficients to integer points (docs/design.md#scorecard-scaling):
//! `points = −(β·WoE + α/n)·Factor + Offset/n` for `n` characteristics, with
//! `WoE = ln(%good/%bad)` and `logit P(bad) = α + Σ β·WoE`. A characteristic whose
//! coefficient is positive (more evidence of good, more risk) has the wrong sign.
//! With `Coding::Bins`, each bin's effect is then fitted jointly (`bin_effects`).

pub use super::card_file::{BinReport, CandidateReport, CardFile, Development, Status};
pub use super::fit_options::{Coding, FitOptions, Wording};

use super::bin_effects::fit_bin_effects;
use super::candidates::{candidates, regress};
use super::points::{Card, Effects, scale};
use super::table::Table;
use super::woe::Counts;

/// Fits a scorecard on `table`; `bad[i]` is row `i`'s outcome (`None` rows are not used).
pub fn fit(
    table: &Table,
    target_column: &str,
    bad: &[Option<bool>],
    opts: &FitOptions,
) -> Result<CardFile, String> {
    opts.validate()?;
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
    let candidates = candidates(table, target_column, bad, total, opts)?;
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
                     risk); it likely overlaps with another characteristic \
                     (--drop-wrong-sign refits without it, or --exclude it)",
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
    // Each selected characteristic's effect per bin (log-odds of bad) and the intercept.
    let woe_effects: Vec<Vec<f64>> = selected
        .iter()
        .enumerate()
        .map(|(j, &k)| {
            let beta = model.coefficients[j + 1];
            candidates[k].woe.iter().map(|&w| beta * w).collect()
        })
        .collect();
    let (intercept, effects) = match opts.coding {
        Coding::Woe => (model.coefficients[0], woe_effects),
        Coding::Bins => {
            let row_bins: Vec<&[u8]> = selected
                .iter()
                .map(|&k| candidates[k].binned.row_bins.as_slice())
                .collect();
            let joint = fit_bin_effects(
                &row_bins,
                &woe_effects,
                model.coefficients[0],
                bad,
                opts.ridge,
            );
            if !joint.converged {
                warnings.push(format!(
                    "the per-bin effects did not converge in {} Newton iterations",
                    joint.iterations
                ));
            }
            (joint.intercept, joint.effects)
        }
    };
    let Card {
        scorecard,
        candidates: reports,
        score_counts,
        training_gini,
    } = scale(
        table,
        &candidates,
        &status,
        &model,
        Effects {
            intercept,
            per_bin: &effects,
        },
        bad,
        total,
        opts,
    )?;
    // Points outside the card bounds (a near-separating variable, say) are refused
    // rather than written.
    scorecard.validate()?;
    Ok(CardFile {
        scorecard,
        development: Some(Development {
            rows: total.total(),
            goods: total.goods,
            bads: total.bads,
            intercept,
            coding: opts.coding,
            intercept_std_error: model.std_errors[0],
            log_likelihood: model.log_likelihood,
            iterations: model.iterations,
            converged: model.converged,
            candidates: reports,
            warnings,
            score_counts,
            training_gini,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fitting::binning::Trend;
    use crate::domain::fitting::table::Column;
    use crate::domain::scorecard::Value;
    use crate::domain::scorecard::scaling::Scaling;

    /// 4,000 rows: risk falls with `months`, rises with `debt`; `noise` carries nothing.
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
        let auc = crate::domain::analytics::metrics::auc(&scores, &outcome);
        assert!(auc > 0.65, "{auc}");
        // The card records the same Gini, from its score counts.
        assert!((dev.training_gini - (2.0 * auc - 1.0)).abs() < 1e-12);
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
                assert_eq!(b.effect, Some(beta * b.woe));
            }
        }
    }

    #[test]
    fn per_bin_coding_scales_its_own_effects_and_still_ranks() {
        let (table, bad) = data();
        let woe = fit(&table, "bad", &bad, &FitOptions::default()).unwrap();
        let opts = FitOptions {
            coding: Coding::Bins,
            ..FitOptions::default()
        };
        let card = fit(&table, "bad", &bad, &opts).unwrap();
        let dev = card.development.as_ref().unwrap();
        assert_eq!(dev.coding, Coding::Bins);
        // Same characteristics and bins as the WoE fit; the points come from the
        // per-bin effects by the same formula.
        let names = |c: &CardFile| -> Vec<String> {
            c.scorecard
                .characteristics
                .iter()
                .map(|c| c.variable.clone())
                .collect()
        };
        assert_eq!(names(&card), names(&woe));
        let n = card.scorecard.characteristics.len() as f64;
        let s = Scaling::default();
        let mut moved = false;
        for (c, w) in dev
            .candidates
            .iter()
            .zip(&woe.development.as_ref().unwrap().candidates)
        {
            if c.status != Status::Selected {
                continue;
            }
            let beta = w.coefficient.unwrap();
            for (b, wb) in c.bins.iter().zip(&w.bins) {
                let e = b.effect.unwrap();
                let p = -(e + dev.intercept / n) * s.factor() + s.offset() / n;
                assert_eq!(b.points, Some(p.round() as i32));
                moved |= (e - beta * wb.woe).abs() > 1e-3;
            }
        }
        assert!(moved, "the per-bin fit changed no effect");
        // It ranks its own data about as well as the WoE card (this data has no
        // related characteristics for it to mend).
        let gap = dev.training_gini - woe.development.unwrap().training_gini;
        assert!(gap.abs() < 0.02, "{gap}");
        assert!(card.scorecard.validate().is_ok());
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
