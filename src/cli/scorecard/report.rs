//! `riskdesk scorecard report`.

use std::path::PathBuf;

use serde::Serialize;

use super::{CsvArgs, OutcomeData, options_for_card, read_card, read_table};
use crate::cli::{Failure, OrInput, file_failure, json_failure};
use crate::domain::analytics::metrics::{auc, ks, psi_flag, roc};
use crate::domain::fitting::apply::bins_of_rows;
use crate::domain::fitting::fit::CardFile;
use crate::domain::fitting::portfolio_table::portfolio_table;
use crate::domain::fitting::table::Table;
use crate::domain::fitting::validation::{GainsRow, csi, gains_table, quantile_edges, score_psi};
use crate::domain::fitting::woe::{Counts, iv_part, woe};
use crate::domain::scorecard::band::BAND_NAMES;
use crate::format::{display_width, pad, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Scorecard (JSON from `scorecard fit`); with --db, the file's own card by default.
    #[arg(long, required_unless_present = "db")]
    pub card: Option<PathBuf>,
    #[command(flatten)]
    pub data: OutcomeData,
    /// Gains table bands: "deciles", a number of equal-count bands, or "product"
    /// (the A–F bands of docs/design.md#score-bands, for cards on the product's scale).
    #[arg(long, default_value = "deciles")]
    pub bands: String,
    /// Print JSON (keys documented in docs/scorecard.md).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub read: CsvArgs,
}

#[derive(Debug, Serialize)]
struct BinLine {
    label: String,
    goods: u64,
    bads: u64,
    bad_rate: f64,
    woe: f64,
    points: i32,
}

#[derive(Debug, Serialize)]
struct CharacteristicLine {
    variable: String,
    iv: f64,
    /// Against the development sample, when the card has one.
    csi: Option<f64>,
    csi_flag: Option<&'static str>,
    bins: Vec<BinLine>,
}

#[derive(Debug, Serialize)]
struct RocLine {
    score: f64,
    bad_share: f64,
    good_share: f64,
}

#[derive(Debug, Serialize)]
struct ScorecardReport {
    /// The card's name, its file (none: the portfolio's own card) and the data.
    card: String,
    card_file: Option<String>,
    data_file: String,
    rows: u64,
    goods: u64,
    bads: u64,
    rows_without_outcome: u64,
    auc: f64,
    gini: f64,
    ks: f64,
    ks_score: f64,
    psi: Option<f64>,
    psi_flag: Option<&'static str>,
    gains: Vec<GainsRow>,
    characteristics: Vec<CharacteristicLine>,
    roc: Vec<RocLine>,
}

/// The card, the table and its outcomes, from a CSV file or a portfolio file.
fn inputs(a: &Args, lang: Language) -> Result<(CardFile, Table, Vec<Option<bool>>), Failure> {
    if let Some(db) = &a.data.db {
        let opened = store::open(db).or_input(lang)?;
        let card = match &a.card {
            Some(path) => read_card(path, lang)?,
            None => CardFile {
                scorecard: opened.portfolio.scorecard.clone(),
                development: None,
            },
        };
        let (table, target) = portfolio_table(&opened.portfolio).map_err(Failure::input)?;
        return Ok((card, table, target));
    }
    let (Some(csv), Some(column), Some(bad), Some(card)) =
        (&a.data.csv, &a.data.target, &a.data.bad, &a.card)
    else {
        return Err(Failure::input(i18n::text(lang, "screport-data-needed")));
    };
    let card = read_card(card, lang)?;
    let mut opts = options_for_card(&card, &a.read);
    // The outcome column is read as it is, whatever the card says.
    opts.expected.retain(|(c, _)| c != column);
    let table = read_table(csv, &opts, lang)?;
    let t = table
        .target_with(column, bad, &a.data.good)
        .map_err(|e| file_failure(lang, "cli-in-file", csv, e))?;
    if t.excluded > 0 {
        eprintln!("{}", super::left_out(&t.excluded.to_string(), column, lang));
    }
    let target = t.outcome;
    Ok((card, table, target))
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let (card, table, target) = inputs(&a, lang)?;
    let source = a
        .data
        .csv
        .as_ref()
        .or(a.data.db.as_ref())
        .cloned()
        .unwrap_or_default();
    let in_file = |e: String| file_failure(lang, "cli-in-file", &source, e);
    let sc = &card.scorecard;
    let bins = bins_of_rows(sc, &table).map_err(in_file)?;
    let n = table.rows();
    let scores: Vec<i32> = (0..n)
        .map(|i| {
            sc.base_points
                + sc.characteristics
                    .iter()
                    .zip(&bins)
                    .map(|(c, b)| c.bins[b[i]].points)
                    .sum::<i32>()
        })
        .collect();
    let known: Vec<usize> = (0..n).filter(|&i| target[i].is_some()).collect();
    let s: Vec<f64> = known.iter().map(|&i| f64::from(scores[i])).collect();
    let b: Vec<bool> = known.iter().map(|&i| target[i] == Some(true)).collect();
    let pd: Vec<f64> = known.iter().map(|&i| sc.pd(scores[i])).collect();
    let (edges, labels): (Vec<f64>, Option<Vec<String>>) = match a.bands.as_str() {
        "product" => (
            sc.bands()
                .0
                .iter()
                .map(|&x| f64::from(x))
                .chain([f64::NEG_INFINITY])
                .collect(),
            Some(BAND_NAMES.iter().map(|s| s.to_string()).collect()),
        ),
        "deciles" => (quantile_edges(&s, 10), None),
        other => match other.parse::<usize>() {
            Ok(k) if (1..=100).contains(&k) => (quantile_edges(&s, k), None),
            _ => {
                return Err(Failure::input(i18n::text_with(
                    lang,
                    "screport-bands",
                    &[("value", Arg::Text(&format!("{other:?}")))],
                )));
            }
        },
    };
    let gains = gains_table(&s, &b, &pd, &edges, labels.as_deref());
    let dev = card.development.as_ref();
    let characteristics = sc
        .characteristics
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let mut counts = vec![Counts::default(); c.bins.len()];
            let mut population = vec![0u64; c.bins.len()];
            for i in 0..n {
                population[bins[k][i]] += 1;
                if let Some(bad) = target[i] {
                    counts[bins[k][i]].add(bad);
                }
            }
            let total: Counts = counts.iter().copied().sum();
            let development: Option<Vec<Counts>> = dev
                .and_then(|d| d.candidates.iter().find(|x| x.variable == c.variable))
                .filter(|x| x.bins.len() == c.bins.len())
                .map(|x| {
                    x.bins
                        .iter()
                        .map(|b| Counts::new(b.goods, b.bads))
                        .collect()
                });
            let csi_value = development.map(|d| csi(&d, &population));
            CharacteristicLine {
                variable: c.variable.clone(),
                iv: counts.iter().map(|&x| iv_part(x, total)).sum(),
                csi: csi_value,
                csi_flag: csi_value.map(psi_flag),
                bins: c
                    .bins
                    .iter()
                    .zip(&counts)
                    .map(|(bin, &x)| BinLine {
                        label: bin.rule.label(),
                        goods: x.goods,
                        bads: x.bads,
                        bad_rate: x.bad_rate(),
                        woe: woe(x, total),
                        points: bin.points,
                    })
                    .collect(),
            }
        })
        .collect();
    let all_scores: Vec<f64> = scores.iter().map(|&x| f64::from(x)).collect();
    let psi_value = dev.map(|d| score_psi(&d.score_counts, &all_scores));
    let auc_value = auc(&s, &b);
    let (ks_value, ks_score) = ks(&s, &b);
    let report = ScorecardReport {
        card: sc.name.clone(),
        card_file: a.card.as_ref().map(|p| p.display().to_string()),
        data_file: a
            .data
            .csv
            .as_ref()
            .or(a.data.db.as_ref())
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        rows: n as u64,
        goods: b.iter().filter(|x| !**x).count() as u64,
        bads: b.iter().filter(|x| **x).count() as u64,
        rows_without_outcome: (n - known.len()) as u64,
        auc: auc_value,
        gini: 2.0 * auc_value - 1.0,
        ks: ks_value,
        ks_score,
        psi: psi_value,
        psi_flag: psi_value.map(psi_flag),
        gains,
        characteristics,
        roc: roc(&s, &b)
            .into_iter()
            .map(|p| RocLine {
                score: p.score,
                bad_share: p.bad_share,
                good_share: p.good_share,
            })
            .collect(),
    };
    if a.json {
        // Rounded to 6 decimals, as `report --json`: differences beyond are noise.
        let value = serde_json::to_value(&report).map_err(|e| json_failure(e, lang))?;
        let text = serde_json::to_string_pretty(&crate::cli::json::rounded(value, 6))
            .map_err(|e| json_failure(e, lang))?;
        println!("{text}");
    } else {
        print!("{}", text(&report, lang));
    }
    Ok(())
}

/// The columns of the gains table: message key, width of the heading, width of the
/// number (before a "%"), right-aligned.
const GAINS: [(&str, usize, usize, bool); 9] = [
    ("screport-col-band", 5, 5, false),
    ("screport-col-scores", 11, 11, true),
    ("screport-col-rows", 9, 9, true),
    ("screport-col-bads", 7, 7, true),
    ("screport-col-bad-rate", 9, 8, true),
    ("screport-col-pd", 9, 8, true),
    ("screport-col-cum-approved", 10, 9, true),
    ("screport-col-cum-bad", 10, 9, true),
    ("screport-col-bads-below", 10, 10, true),
];

/// A PSI or CSI flag ("stable", "watch", "shifted") in `lang`.
fn flag(f: &str, lang: Language) -> String {
    match f {
        "stable" => i18n::text(lang, "screport-stable"),
        "watch" => i18n::text(lang, "screport-watch"),
        "shifted" => i18n::text(lang, "screport-shifted"),
        other => other.to_string(),
    }
}

/// The report for people in `lang` (the numbers as in English).
fn text(r: &ScorecardReport, lang: Language) -> String {
    let t = |key: &str, args: &[(&str, Arg<'_>)]| i18n::text_with(lang, key, args) + "\n";
    let n = |x: u64| thousands(x as f64);
    let card = match &r.card_file {
        Some(f) => i18n::text_with(
            lang,
            "screport-card-file",
            &[("path", Arg::Text(f)), ("name", Arg::Text(&r.card))],
        ),
        None => i18n::text_with(lang, "screport-own-card", &[("name", Arg::Text(&r.card))]),
    };
    let mut out = t("screport-title", &[]);
    out += &t("screport-card", &[("card", Arg::Text(&card))]);
    out += &t("screport-data", &[("path", Arg::Text(&r.data_file))]);
    out += &t(
        "screport-rows",
        &[
            ("rows", Arg::Text(&n(r.rows))),
            ("goods", Arg::Text(&n(r.goods))),
            ("bads", Arg::Text(&n(r.bads))),
            ("unknown", Arg::Text(&n(r.rows_without_outcome))),
        ],
    );
    out += &t(
        "screport-metrics",
        &[
            ("auc", Arg::Text(&format!("{:.4}", r.auc))),
            ("gini", Arg::Text(&format!("{:.4}", r.gini))),
            ("ks", Arg::Text(&format!("{:.4}", r.ks))),
            ("score", Arg::Text(&r.ks_score.to_string())),
        ],
    );
    if let (Some(p), Some(f)) = (r.psi, r.psi_flag) {
        out += &t(
            "screport-psi",
            &[
                ("psi", Arg::Text(&format!("{p:.4}"))),
                ("flag", Arg::Text(&flag(f, lang))),
            ],
        );
    }
    out.push('\n');
    out += &t("screport-gains", &[]);
    // A heading wider than its column (Chinese takes two) widens the column.
    let headings = GAINS.map(|(key, ..)| i18n::text(lang, key));
    let extra: Vec<usize> = GAINS
        .iter()
        .zip(&headings)
        .map(|(&(_, width, ..), h)| display_width(h).saturating_sub(width))
        .collect();
    let cells: Vec<String> = GAINS
        .iter()
        .zip(&headings)
        .zip(&extra)
        .map(|((&(_, width, _, right), h), e)| pad(h, width + e, right))
        .collect();
    out += &cells.join(" ");
    out.push('\n');
    let w: Vec<usize> = GAINS
        .iter()
        .zip(&extra)
        .map(|(&(_, _, width, _), e)| width + e)
        .collect();
    for g in &r.gains {
        out += &format!(
            "{:<w0$} {:>w1$} {:>w2$} {:>w3$} {:>w4$.2}% {:>w5$.2}% {:>w6$.1}% {:>w7$.2}% {:>w8$.1}%\n",
            g.band,
            format!("{}–{}", g.min_score, g.max_score),
            thousands(g.count as f64),
            thousands(g.bads as f64),
            100.0 * g.bad_rate,
            100.0 * g.predicted_pd,
            100.0 * g.cumulative_approval,
            100.0 * g.cumulative_bad_rate,
            100.0 * (1.0 - g.cumulative_bad_share),
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3],
            w4 = w[4],
            w5 = w[5],
            w6 = w[6],
            w7 = w[7],
            w8 = w[8],
        );
    }
    out += &t("screport-gains-legend", &[]);
    out.push('\n');
    out += &t("screport-characteristics", &[]);
    for c in &r.characteristics {
        let csi = match (c.csi, c.csi_flag) {
            (Some(v), Some(f)) => {
                "   ".to_string()
                    + &i18n::text_with(
                        lang,
                        "screport-csi",
                        &[
                            ("csi", Arg::Text(&format!("{v:.4}"))),
                            ("flag", Arg::Text(&flag(f, lang))),
                        ],
                    )
            }
            _ => String::new(),
        };
        out += &format!("{}   IV {:.4}{csi}\n", c.variable, c.iv);
        for b in &c.bins {
            let rate = if b.bad_rate.is_nan() {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * b.bad_rate)
            };
            out += "    ";
            out += &t(
                "screport-bin",
                &[
                    (
                        "label",
                        Arg::Text(&format!("{:<36}", truncate(&b.label, 36))),
                    ),
                    ("goods", Arg::Text(&format!("{:>7}", b.goods))),
                    ("bads", Arg::Text(&format!("{:>7}", b.bads))),
                    ("rate", Arg::Text(&format!("{rate:>7}"))),
                    ("woe", Arg::Text(&format!("{:>8.4}", b.woe))),
                    ("points", Arg::Text(&format!("{:>5}", b.points))),
                ],
            );
        }
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
