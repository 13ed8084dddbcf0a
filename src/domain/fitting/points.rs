//! Scaling a fitted regression to integer points (docs/design.md#scorecard-scaling):
//! `points = −(β·WoE + α/n)·Factor + Offset/n` for `n` characteristics; the
//! scorecard, the report of every candidate and the development sample's scores.

use std::collections::BTreeMap;

use super::candidates::Candidate;
use super::card_file::{BinReport, CandidateReport, Status};
use super::fit::FitOptions;
use super::fit_options::Wording;
use super::logistic::LogisticFit;
use super::table::Table;
use super::woe::{Counts, iv_part};
use crate::domain::analytics::metrics::auc_of_groups;
use crate::domain::scorecard::reason_text::ENGLISH;
use crate::domain::scorecard::{Bin, BinRule, Characteristic, ReasonText, Scorecard};

/// What scaling makes of a fit.
pub(crate) struct Card {
    pub scorecard: Scorecard,
    pub candidates: Vec<CandidateReport>,
    /// The development sample's scores: (score, rows), ascending.
    pub score_counts: Vec<(i32, u64)>,
    /// Gini of the card on the rows it was fitted on.
    pub training_gini: f64,
}

/// The log-odds of bad a card's points are scaled from: `intercept` and, per
/// selected characteristic (in order), the effect of each of its bins.
pub(crate) struct Effects<'a> {
    pub intercept: f64,
    pub per_bin: &'a [Vec<f64>],
}

/// Points for the selected candidates (`model`'s slopes in their order, for the
/// report; the points come from `effects`); `total` is the goods and bads of the
/// development sample.
#[allow(clippy::too_many_arguments)] // the parts of one fit
pub(crate) fn scale(
    table: &Table,
    candidates: &[Candidate],
    status: &[Status],
    model: &LogisticFit,
    effects: Effects<'_>,
    bad: &[Option<bool>],
    total: Counts,
    opts: &FitOptions,
) -> Result<Card, String> {
    let selected: Vec<usize> = (0..candidates.len())
        .filter(|&k| status.get(k) == Some(&Status::Selected))
        .collect();
    let n = selected.len() as f64;
    let factor = opts.scaling.factor();
    let offset = opts.scaling.offset();
    let alpha = effects.intercept;
    let points_of = |effect: f64| -> i32 {
        let p = -(effect + alpha / n) * factor + offset / n;
        // Bounded by the checks above: finite and far inside i32.
        p.round().clamp(-1e9, 1e9) as i32
    };
    let mut characteristics = Vec::with_capacity(selected.len());
    let mut reports = Vec::with_capacity(candidates.len());
    let mut reason_texts = Vec::new();
    let mut position = vec![None; candidates.len()];
    for (j, &k) in selected.iter().enumerate() {
        position[k] = Some(j);
    }
    for (k, c) in candidates.iter().enumerate() {
        let variable = table.names()[c.column].clone();
        let beta = position[k].map(|j| model.coefficients[j + 1]);
        let per_bin = position[k].and_then(|j| effects.per_bin.get(j));
        let bins: Vec<Bin> = c
            .binned
            .rules
            .iter()
            .enumerate()
            .map(|(b, rule)| Bin {
                rule: rule.clone(),
                points: per_bin.and_then(|e| e.get(b)).map_or(0, |&e| points_of(e)),
            })
            .collect();
        // A rejected categorical candidate keeps its name and IV (the fit's audit
        // trail) but not its category labels, which may be anyone's data.
        let keep_bins =
            beta.is_some() || c.binned.kind != crate::domain::scorecard::Kind::Categorical;
        reports.push(CandidateReport {
            variable: variable.clone(),
            kind: c.binned.kind,
            trend: c.binned.trend,
            iv: c.iv,
            status: status[k],
            coefficient: beta,
            std_error: position[k].map(|j| model.std_errors[j + 1]),
            bins: if !keep_bins {
                Vec::new()
            } else {
                c.binned
                    .rules
                    .iter()
                    .zip(&c.binned.counts)
                    .zip(&c.woe)
                    .zip(&bins)
                    .enumerate()
                    .map(|(b, (((rule, counts), &w), bin))| BinReport {
                        label: rule.label(),
                        goods: counts.goods,
                        bads: counts.bads,
                        woe: w,
                        iv: iv_part(*counts, total),
                        effect: per_bin.and_then(|e| e.get(b)).copied(),
                        points: beta.map(|_| bin.points),
                    })
                    .collect()
            },
        });
        if beta.is_some() {
            let words = opts.wording.get(&variable).cloned().unwrap_or_default();
            let label = words.label.clone().unwrap_or_else(|| variable.clone());
            reason_texts.extend(reason_texts_of(&variable, &label, &bins, &words));
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
        reason_texts,
        labels: Vec::new(),
        name: opts.name.clone(),
        scaling: opts.scaling,
        base_points: 0,
        characteristics,
    };
    scorecard.validate()?;
    // The development sample's score distribution, for stability checks later.
    let mut scores: BTreeMap<i32, Counts> = BTreeMap::new();
    for (i, b) in bad.iter().enumerate() {
        let Some(b) = b else { continue };
        let s: i32 = selected
            .iter()
            .enumerate()
            .map(|(j, &k)| {
                let bin = candidates[k].binned.row_bins[i] as usize;
                scorecard.characteristics[j].bins[bin].points
            })
            .sum();
        scores.entry(s).or_default().add(*b);
    }
    let by_score: Vec<(u64, u64)> = scores.values().map(|c| (c.goods, c.bads)).collect();
    Ok(Card {
        scorecard,
        candidates: reports,
        score_counts: scores.iter().map(|(&s, c)| (s, c.total())).collect(),
        training_gini: 2.0 * auc_of_groups(&by_score) - 1.0,
    })
}

/// The reason texts a fitted characteristic carries beyond its English `reason_text`:
/// its other languages (`--wording`'s `reason_texts`), and its missing-value bin's own
/// wording, by default "LABEL: not provided" (a missing value is not an unfavourable
/// value), with that bin's other languages.
fn reason_texts_of(variable: &str, label: &str, bins: &[Bin], words: &Wording) -> Vec<ReasonText> {
    let text = |bin: Option<usize>, language: &str, text: &str| ReasonText {
        variable: variable.to_string(),
        bin,
        language: language.to_string(),
        text: text.to_string(),
    };
    let mut out: Vec<ReasonText> = words
        .reason_texts
        .iter()
        .filter(|(lang, _)| lang.as_str() != ENGLISH)
        .map(|(lang, t)| text(None, lang, t))
        .collect();
    if let Some(missing) = bins.iter().position(|b| b.rule == BinRule::Missing) {
        let english = words
            .missing_reason_text
            .clone()
            .unwrap_or_else(|| format!("{label}: not provided"));
        out.push(text(Some(missing), ENGLISH, &english));
        out.extend(
            words
                .missing_reason_texts
                .iter()
                .filter(|(lang, _)| lang.as_str() != ENGLISH)
                .map(|(lang, t)| text(Some(missing), lang, t)),
        );
    }
    out
}
