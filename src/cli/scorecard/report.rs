//! `riskdesk scorecard report`.

use std::path::PathBuf;

use serde::Serialize;

use super::{CsvArgs, OutcomeData, options_for_card, read_card, read_table};
use crate::cli::Failure;
use crate::domain::analytics::metrics::{auc, ks, psi_flag, roc};
use crate::domain::fitting::apply::bins_of_rows;
use crate::domain::fitting::fit::CardFile;
use crate::domain::fitting::portfolio_table::portfolio_table;
use crate::domain::fitting::table::Table;
use crate::domain::fitting::validation::{GainsRow, csi, gains_table, quantile_edges, score_psi};
use crate::domain::fitting::woe::{Counts, iv_part, woe};
use crate::domain::scorecard::band::{BAND_LOWER, BAND_NAMES};
use crate::format::thousands;
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
fn inputs(a: &Args) -> Result<(CardFile, Table, Vec<Option<bool>>), Failure> {
    if let Some(db) = &a.data.db {
        let opened = store::open(db)?;
        let card = match &a.card {
            Some(path) => read_card(path)?,
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
        return Err(Failure::input(
            "give --card and --csv with --target and --bad, or --db",
        ));
    };
    let card = read_card(card)?;
    let mut opts = options_for_card(&card, &a.read);
    // The outcome column is read as it is, whatever the card says.
    opts.expected.retain(|(c, _)| c != column);
    let table = read_table(csv, &opts)?;
    let t = table
        .target_with(column, bad, &a.data.good)
        .map_err(|e| Failure::input(format!("{}: {e}", csv.display())))?;
    if t.excluded > 0 {
        eprintln!(
            "{} rows of {column} are neither bad nor good and were left out",
            t.excluded
        );
    }
    let target = t.outcome;
    Ok((card, table, target))
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    let (card, table, target) = inputs(&a)?;
    let source = a
        .data
        .csv
        .as_ref()
        .or(a.data.db.as_ref())
        .cloned()
        .unwrap_or_default();
    let in_file = |e: String| Failure::input(format!("{}: {e}", source.display()));
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
            BAND_LOWER
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
                return Err(Failure::input(format!(
                    "--bands must be deciles, product or a number of bands from 1 to 100, not {other:?}"
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
        let value = serde_json::to_value(&report)
            .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
        let text = serde_json::to_string_pretty(&crate::cli::json::rounded(value, 6))
            .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
        println!("{text}");
    } else {
        print!("{}", text(&report));
    }
    Ok(())
}

fn text(r: &ScorecardReport) -> String {
    let card = match &r.card_file {
        Some(f) => format!("{f} (“{}”)", r.card),
        None => format!("the portfolio's own card, “{}”", r.card),
    };
    let mut out = format!(
        "Scorecard report\ncard: {card}\ndata: {}\n{} rows: {} goods, {} bads, {} without an outcome\n",
        r.data_file,
        thousands(r.rows as f64),
        thousands(r.goods as f64),
        thousands(r.bads as f64),
        thousands(r.rows_without_outcome as f64)
    );
    out += &format!(
        "AUC {:.4}   Gini {:.4}   KS {:.4} at score {}\n",
        r.auc, r.gini, r.ks, r.ks_score
    );
    if let (Some(p), Some(f)) = (r.psi, r.psi_flag) {
        out += &format!("PSI against the development sample {p:.4} ({f})\n");
    }
    out += "\nGains table (best scores first)\n";
    out += &format!(
        "{:<5} {:>11} {:>9} {:>7} {:>9} {:>9} {:>10} {:>10} {:>10}\n",
        "band",
        "scores",
        "rows",
        "bads",
        "bad rate",
        "pred. PD",
        "cum. appr",
        "cum. bad",
        "bads below"
    );
    for g in &r.gains {
        out += &format!(
            "{:<5} {:>11} {:>9} {:>7} {:>8.2}% {:>8.2}% {:>9.1}% {:>9.2}% {:>10.1}%\n",
            g.band,
            format!("{}–{}", g.min_score, g.max_score),
            thousands(g.count as f64),
            thousands(g.bads as f64),
            100.0 * g.bad_rate,
            100.0 * g.predicted_pd,
            100.0 * g.cumulative_approval,
            100.0 * g.cumulative_bad_rate,
            100.0 * (1.0 - g.cumulative_bad_share),
        );
    }
    out += "cum. appr: rows in the band and above (approved by a cut-off at its lowest score); \
            cum. bad: their bad rate; bads below: share of all bads in the bands below \
            (declined by that cut-off) = 1 − cumulative_bad_share (docs/scorecard.md)\n";
    out += "\nCharacteristics (IV on this data; CSI against development)\n";
    for c in &r.characteristics {
        let csi = match (c.csi, c.csi_flag) {
            (Some(v), Some(f)) => format!("   CSI {v:.4} ({f})"),
            _ => String::new(),
        };
        out += &format!("{}   IV {:.4}{csi}\n", c.variable, c.iv);
        for b in &c.bins {
            out += &format!(
                "    {:<36} {:>7} goods {:>7} bads {:>7} WoE {:>8.4} points {:>5}\n",
                truncate(&b.label, 36),
                b.goods,
                b.bads,
                if b.bad_rate.is_nan() {
                    "-".to_string()
                } else {
                    format!("{:.1}%", 100.0 * b.bad_rate)
                },
                b.woe,
                b.points
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
