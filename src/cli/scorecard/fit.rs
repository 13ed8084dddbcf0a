//! `riskdesk scorecard fit`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{CsvArgs, OutcomeData, read_table};
use crate::cli::Failure;
use crate::domain::fitting::binning::{BinningOptions, Trend};
use crate::domain::fitting::fit::{CardFile, Coding, FitOptions, Status, Wording, fit};
use crate::domain::fitting::personal::suspects;
use crate::domain::fitting::portfolio_table::portfolio_table;
use crate::domain::scorecard::BinRule;
use crate::domain::scorecard::reason_text::ENGLISH;
use crate::domain::scorecard::scaling::Scaling;
use crate::format::thousands;
use crate::out_file::{OutFile, Overwrite};
use crate::store;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub data: OutcomeData,
    /// Columns not to use (comma separated).
    #[arg(long, value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// How the bad rate must move with a numeric value: auto, asc, desc, peak, valley or none.
    #[arg(long, default_value = "auto")]
    pub monotonic: String,
    /// Bins per characteristic at most (missing and "other" bins aside).
    #[arg(long, default_value_t = BinningOptions::default().max_bins)]
    pub max_bins: usize,
    /// Each bin holds at least this share of the rows.
    #[arg(long, default_value_t = BinningOptions::default().min_bin_share)]
    pub min_bin_share: f64,
    /// Goods and bads each bin holds at least (where the data allow).
    #[arg(long, default_value_t = BinningOptions::default().min_outcomes)]
    pub min_outcomes: u64,
    /// Fine classes (quantiles) a numeric value is cut into before merging.
    #[arg(long, default_value_t = BinningOptions::default().fine_bins)]
    pub fine_bins: usize,
    /// Log-likelihood a further bin must add to be kept (ln(rows)/2 is the BIC's).
    #[arg(long, default_value_t = BinningOptions::default().penalty)]
    pub bin_penalty: f64,
    /// Characteristics with a lower information value are left out.
    #[arg(long, default_value_t = FitOptions::default().min_iv)]
    pub min_iv: f64,
    /// Refit without characteristics whose coefficient has the wrong sign.
    #[arg(long)]
    pub drop_wrong_sign: bool,
    /// Ridge penalty on the regression coefficients (0: maximum likelihood).
    #[arg(long, default_value_t = FitOptions::default().ridge)]
    pub ridge: f64,
    /// How bins get their points: woe (one slope per characteristic on its WoE) or bins (one effect per bin, fitted jointly and drawn toward the WoE fit by --ridge; better where characteristics are related, as on a portfolio's booked accounts).
    #[arg(long, default_value = "woe")]
    pub coding: String,
    /// Score at the base odds.
    #[arg(long, default_value_t = 600.0)]
    pub base_score: f64,
    /// Good:bad odds at the base score.
    #[arg(long, default_value_t = 50.0)]
    pub base_odds: f64,
    /// Points to double the odds.
    #[arg(long, default_value_t = 20.0)]
    pub pdo: f64,
    /// Labels and customer wording of reasons, JSON: {"column": {"label": ..., "reason_code": ..., "reason_text": ..., "reason_texts": {"zh-CN": ...}, "missing_reason_text": ..., "missing_reason_texts": {"zh-CN": ...}}}; every key optional.
    #[arg(long)]
    pub wording: Option<PathBuf>,
    /// Keep this card's characteristics and bins (JSON), re-estimating only the points.
    #[arg(long, conflicts_with = "keep_bins")]
    pub bins_from: Option<PathBuf>,
    /// With --db: keep the file's own card's characteristics and bins.
    #[arg(long, requires = "db")]
    pub keep_bins: bool,
    /// Name of the scorecard.
    #[arg(long)]
    pub name: Option<String>,
    /// Where to write the scorecard (JSON).
    #[arg(long)]
    pub out: PathBuf,
    /// Columns that look like personal data (names, phone or ID numbers) to fit on
    /// all the same (comma separated); by default they are left out, with a warning.
    #[arg(long, value_delimiter = ',')]
    pub allow_personal: Vec<String>,
    /// Replace --out if it exists (never an input of this command).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub read: CsvArgs,
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    // The output is checked before the work: a refusal comes at once.
    let inputs: Vec<&Path> = [&a.data.csv, &a.data.db, &a.bins_from, &a.wording]
        .into_iter()
        .flatten()
        .map(PathBuf::as_path)
        .collect();
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &inputs)?;
    let trend = Trend::parse(&a.monotonic).ok_or_else(|| {
        Failure::input(format!(
            "--monotonic must be auto, asc, desc, peak, valley or none, not {:?}",
            a.monotonic
        ))
    })?;
    if !(a.min_bin_share.is_finite() && (0.0..0.5).contains(&a.min_bin_share)) {
        return Err(Failure::input(
            "--min-bin-share must be at least 0 and below 0.5",
        ));
    }
    let mut wording: BTreeMap<String, Wording> = BTreeMap::new();
    // Columns left out because they look like personal data.
    let mut personal: Vec<String> = Vec::new();
    let mut bins_from = match &a.bins_from {
        Some(path) => Some(super::read_card(path)?.scorecard),
        None => None,
    };
    let (table, bad, target, source) = if let Some(db) = &a.data.db {
        let opened = store::open(db)?;
        // The card in the file lends its wording to the same variables, its other
        // languages and its missing-value bins' own wording included.
        let card = &opened.portfolio.scorecard;
        for c in &card.characteristics {
            let missing = c.bins.iter().position(|b| b.rule == BinRule::Missing);
            let texts = |bin: Option<usize>| -> BTreeMap<String, String> {
                card.reason_texts
                    .iter()
                    .filter(|t| t.variable == c.variable && t.bin == bin)
                    .filter(|t| t.language != ENGLISH)
                    .map(|t| (t.language.clone(), t.text.clone()))
                    .collect()
            };
            let missing_english = missing.and_then(|m| {
                card.reason_texts
                    .iter()
                    .find(|t| t.variable == c.variable && t.bin == Some(m) && t.language == ENGLISH)
                    .map(|t| t.text.clone())
            });
            wording.insert(
                c.variable.clone(),
                Wording {
                    label: Some(c.label.clone()),
                    reason_code: Some(c.reason_code.clone()),
                    reason_text: Some(c.reason_text.clone()),
                    reason_texts: card
                        .reason_texts
                        .iter()
                        .filter(|t| t.variable == c.variable && t.bin.is_none())
                        .map(|t| (t.language.clone(), t.text.clone()))
                        .collect(),
                    missing_reason_text: missing_english,
                    missing_reason_texts: missing.map(|m| texts(Some(m))).unwrap_or_default(),
                },
            );
        }
        if a.keep_bins {
            bins_from = Some(opened.portfolio.scorecard.clone());
        }
        let (table, bad) = portfolio_table(&opened.portfolio).map_err(Failure::input)?;
        (table, bad, String::new(), db.clone())
    } else {
        let (Some(csv), Some(target), Some(bad_value)) = (&a.data.csv, &a.data.target, &a.data.bad)
        else {
            return Err(Failure::input(
                "give --csv with --target and --bad, or --db",
            ));
        };
        let table = read_table(csv, &a.read.options())?;
        let t = table
            .target_with(target, bad_value, &a.data.good)
            .map_err(|e| Failure::input(format!("{}: {e}", csv.display())))?;
        if t.excluded > 0 {
            println!(
                "{} rows of {target} are neither bad nor good and were left out",
                thousands(t.excluded as f64)
            );
        }
        let bad = t.outcome;
        for (column, why) in suspects(&table, target) {
            if a.exclude.contains(&column) {
                continue;
            }
            if why.personal() && !a.allow_personal.contains(&column) {
                eprintln!(
                    "warning: column {column} {}: left out of the fit (personal data; --allow-personal {column} to fit on it)",
                    why.describe()
                );
                personal.push(column);
            } else {
                eprintln!(
                    "warning: column {column} {}; --exclude {column} leaves it out",
                    why.describe()
                );
            }
        }
        (table, bad, target.clone(), csv.clone())
    };
    if let Some(path) = &a.wording {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::input(format!("{}: cannot be read: {e}", path.display())))?;
        let given: BTreeMap<String, Wording> = serde_json::from_str(&text)
            .map_err(|e| Failure::input(format!("{}: not valid wording: {e}", path.display())))?;
        wording.extend(given);
    }
    let opts = FitOptions {
        name: a.name.clone().unwrap_or_else(|| {
            format!(
                "Scorecard fitted on {}",
                source.file_name().map_or_else(
                    || source.display().to_string(),
                    |f| f.to_string_lossy().into_owned()
                )
            )
        }),
        binning: BinningOptions {
            max_bins: a.max_bins,
            min_bin_share: a.min_bin_share,
            trend,
            penalty: a.bin_penalty,
            fine_bins: a.fine_bins,
            min_outcomes: a.min_outcomes,
        },
        min_iv: a.min_iv,
        exclude: a.exclude.iter().chain(&personal).cloned().collect(),
        scaling: Scaling {
            base_score: a.base_score,
            base_odds: a.base_odds,
            pdo: a.pdo,
        },
        drop_wrong_sign: a.drop_wrong_sign,
        ridge: a.ridge,
        coding: Coding::parse(&a.coding).map_err(Failure::input)?,
        bins_from,
        wording,
    };
    let card = fit(&table, &target, &bad, &opts).map_err(Failure::input)?;
    let json = serde_json::to_string_pretty(&card)
        .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
    out.write_all(json.as_bytes())?;
    out.commit()?;
    print!("{}", summary(&card));
    println!("written to {}", a.out.display());
    Ok(())
}

/// What was fitted, for people: data, candidates with IV and coefficients, warnings.
fn summary(card: &CardFile) -> String {
    let mut out = String::new();
    let Some(dev) = &card.development else {
        return out;
    };
    out += &format!(
        "{}: {} rows ({} goods, {} bads, bad rate {:.2}%)\n",
        card.scorecard.name,
        thousands(dev.rows as f64),
        thousands(dev.goods as f64),
        thousands(dev.bads as f64),
        100.0 * dev.bads as f64 / dev.rows.max(1) as f64
    );
    out += &format!(
        "{:<28} {:>8} {:>12} {:>10} {:>10} {:>5}\n",
        "characteristic", "IV", "status", "coef", "std err", "bins"
    );
    for c in &dev.candidates {
        let status = match c.status {
            Status::Selected => "in",
            Status::LowIv => "low IV",
            Status::WrongSign => "wrong sign",
        };
        let num = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.4}"));
        out += &format!(
            "{:<28} {:>8.4} {:>12} {:>10} {:>10} {:>5}\n",
            c.variable,
            c.iv,
            status,
            num(c.coefficient),
            num(c.std_error),
            c.bins.len()
        );
    }
    out += &match dev.coding {
        Coding::Woe => format!(
            "intercept {:.4} (std err {:.4}); {} Newton iterations{}\n",
            dev.intercept,
            dev.intercept_std_error,
            dev.iterations,
            if dev.converged { "" } else { ", NOT converged" }
        ),
        Coding::Bins => format!(
            "points from one effect per bin (--coding bins), drawn toward the WoE fit above \
             ({} Newton iterations{}); intercept {:.4}\n",
            dev.iterations,
            if dev.converged { "" } else { ", NOT converged" },
            dev.intercept
        ),
    };
    let (lo, hi) = card.scorecard.score_range();
    out += &format!(
        "Gini on the training rows {:.4}; scores run {lo} to {hi}\n",
        dev.training_gini
    );
    for w in &dev.warnings {
        out += &format!("warning: {w}\n");
    }
    out
}
