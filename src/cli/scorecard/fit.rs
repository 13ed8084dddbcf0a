//! `riskdesk scorecard fit`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{CsvArgs, OutcomeData, read_table};
use crate::cli::{Failure, OrInput, file_failure, json_failure};
use crate::domain::fitting::binning::{BinningOptions, Trend};
use crate::domain::fitting::fit::{CardFile, Coding, FitOptions, Status, Wording, fit};
use crate::domain::fitting::personal::Suspicion;
use crate::domain::fitting::personal::suspects;
use crate::domain::fitting::portfolio_table::portfolio_table;
use crate::domain::scorecard::BinRule;
use crate::domain::scorecard::reason_text::ENGLISH;
use crate::domain::scorecard::scaling::Scaling;
use crate::format::{display_width, pad, thousands};
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    pub data: OutcomeData,
    /// Columns not to use (comma separated).
    #[arg(long, value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// Only these characteristics (comma separated); the others are left out.
    #[arg(long, value_delimiter = ',')]
    pub characteristics: Vec<String>,
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

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    // The output is checked before the work: a refusal comes at once.
    let inputs: Vec<&Path> = [&a.data.csv, &a.data.db, &a.bins_from, &a.wording]
        .into_iter()
        .flatten()
        .map(PathBuf::as_path)
        .collect();
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &inputs).or_input(lang)?;
    let trend = Trend::parse(&a.monotonic).ok_or_else(|| {
        Failure::input(i18n::text_with(
            lang,
            "fit-monotonic",
            &[("value", Arg::Text(&format!("{:?}", a.monotonic)))],
        ))
    })?;
    if !(a.min_bin_share.is_finite() && (0.0..0.5).contains(&a.min_bin_share)) {
        return Err(Failure::input(i18n::text(lang, "fit-min-bin-share")));
    }
    let mut wording: BTreeMap<String, Wording> = BTreeMap::new();
    // Columns left out because they look like personal data.
    let mut personal: Vec<String> = Vec::new();
    let mut bins_from = match &a.bins_from {
        Some(path) => Some(super::read_card(path, lang)?.scorecard),
        None => None,
    };
    let (table, bad, target, source) = if let Some(db) = &a.data.db {
        let opened = store::open(db).or_input(lang)?;
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
        // Characteristics the card does not read are named as the registry names
        // them ("Years employed", "Monthly income (annual_inc)"), not by column.
        for e in opened.portfolio.registry.scorable() {
            wording.entry(e.name.clone()).or_insert_with(|| Wording {
                label: Some(e.label.clone()),
                ..Wording::default()
            });
        }
        if a.keep_bins {
            bins_from = Some(opened.portfolio.scorecard.clone());
        }
        let (table, bad) = portfolio_table(&opened.portfolio).map_err(Failure::input)?;
        (table, bad, String::new(), db.clone())
    } else {
        let (Some(csv), Some(target), Some(bad_value)) = (&a.data.csv, &a.data.target, &a.data.bad)
        else {
            return Err(Failure::input(i18n::text(lang, "fit-data-needed")));
        };
        let table = read_table(csv, &a.read.options(), lang)?;
        let t = table
            .target_with(target, bad_value, &a.data.good)
            .map_err(|e| file_failure(lang, "cli-in-file", csv, e))?;
        if t.excluded > 0 {
            println!(
                "{}",
                super::left_out(&thousands(t.excluded as f64), target, lang)
            );
        }
        let bad = t.outcome;
        for (column, why) in suspects(&table, target) {
            if a.exclude.contains(&column) {
                continue;
            }
            let key = if why.personal() && !a.allow_personal.contains(&column) {
                "fit-personal"
            } else {
                "fit-suspect"
            };
            eprintln!(
                "{}",
                i18n::text_with(
                    lang,
                    key,
                    &[
                        ("column", Arg::Text(&column)),
                        ("why", Arg::Text(&suspicion(why, lang))),
                    ],
                )
            );
            if key == "fit-personal" {
                personal.push(column);
            }
        }
        (table, bad, target.clone(), csv.clone())
    };
    if let Some(path) = &a.wording {
        let text = std::fs::read_to_string(path)
            .map_err(|e| file_failure(lang, "cli-cannot-read", path, e))?;
        let given: BTreeMap<String, Wording> = serde_json::from_str(&text)
            .map_err(|e| file_failure(lang, "fit-invalid-wording", path, e))?;
        wording.extend(given);
    }
    let mut exclude: Vec<String> = a.exclude.iter().chain(&personal).cloned().collect();
    if !a.characteristics.is_empty() {
        let names = table.names();
        if let Some(unknown) = a.characteristics.iter().find(|c| !names.contains(c)) {
            let columns: Vec<&str> = names
                .iter()
                .map(String::as_str)
                .filter(|n| *n != target)
                .collect();
            return Err(Failure::input(i18n::text_with(
                lang,
                "fit-unknown-characteristic",
                &[
                    ("name", Arg::Text(unknown)),
                    ("columns", Arg::Text(&columns.join(", "))),
                ],
            )));
        }
        exclude.extend(
            names
                .iter()
                .filter(|n| !a.characteristics.contains(n) && **n != target)
                .cloned(),
        );
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
        exclude,
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
    let json = serde_json::to_string_pretty(&card).map_err(|e| json_failure(e, lang))?;
    out.write_all(json.as_bytes()).or_input(lang)?;
    out.commit().or_input(lang)?;
    print!("{}", summary(&card, lang));
    println!(
        "{}",
        i18n::text_with(
            lang,
            "fit-written",
            &[("path", Arg::Text(&a.out.display().to_string()))],
        )
    );
    Ok(())
}

/// Why a column looks sensitive, in `lang` (in English, `Suspicion::describe`).
fn suspicion(why: Suspicion, lang: Language) -> String {
    i18n::text(
        lang,
        match why {
            Suspicion::Name => "fit-why-name",
            Suspicion::Phone => "fit-why-phone",
            Suspicion::IdNumber => "fit-why-id-number",
            Suspicion::Identifier => "fit-why-identifier",
        },
    )
}

/// The columns of the characteristics table: message key, width, right-aligned.
const COLUMNS: [(&str, usize, bool); 6] = [
    ("fit-col-characteristic", 28, false),
    ("fit-col-iv", 8, true),
    ("fit-col-status", 12, true),
    ("fit-col-coef", 10, true),
    ("fit-col-std-err", 10, true),
    ("fit-col-bins", 5, true),
];

/// What was fitted, for people in `lang`: data, candidates with IV and coefficients,
/// warnings (the warnings' own text is English).
fn summary(card: &CardFile, lang: Language) -> String {
    let mut out = String::new();
    let Some(dev) = &card.development else {
        return out;
    };
    let t = |key: &str, args: &[(&str, Arg<'_>)]| i18n::text_with(lang, key, args);
    let n = |x: u64| thousands(x as f64);
    out += &t(
        "fit-data",
        &[
            ("name", Arg::Text(&card.scorecard.name)),
            ("rows", Arg::Text(&n(dev.rows))),
            ("goods", Arg::Text(&n(dev.goods))),
            ("bads", Arg::Text(&n(dev.bads))),
            (
                "rate",
                Arg::Text(&format!(
                    "{:.2}",
                    100.0 * dev.bads as f64 / dev.rows.max(1) as f64
                )),
            ),
        ],
    );
    out.push('\n');
    // A heading wider than its column (Chinese takes two) widens the column.
    let headings = COLUMNS.map(|(key, ..)| i18n::text(lang, key));
    // So does a characteristic's name (a lender's column names can be long).
    let longest = dev
        .candidates
        .iter()
        .map(|c| display_width(&c.variable))
        .max()
        .unwrap_or(0);
    let w: Vec<usize> = COLUMNS
        .iter()
        .zip(&headings)
        .enumerate()
        .map(|(k, (&(_, width, _), h))| {
            let width = width.max(display_width(h));
            if k == 0 { width.max(longest) } else { width }
        })
        .collect();
    let cells: Vec<String> = COLUMNS
        .iter()
        .zip(&headings)
        .zip(&w)
        .map(|((&(_, _, right), h), &width)| pad(h, width, right))
        .collect();
    out += &cells.join(" ");
    out.push('\n');
    for c in &dev.candidates {
        let status = i18n::text(
            lang,
            match c.status {
                Status::Selected => "fit-status-in",
                Status::LowIv => "fit-status-low-iv",
                Status::WrongSign => "fit-status-wrong-sign",
            },
        );
        let num = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.4}"));
        out += &format!(
            "{} {:>w1$.4} {} {:>w3$} {:>w4$} {:>w5$}\n",
            pad(&c.variable, w[0], false),
            c.iv,
            pad(&status, w[2], true),
            num(c.coefficient),
            num(c.std_error),
            c.bins.len(),
            w1 = w[1],
            w3 = w[3],
            w4 = w[4],
            w5 = w[5],
        );
    }
    let converged = if dev.converged {
        String::new()
    } else {
        i18n::text(lang, "fit-not-converged")
    };
    let iterations = dev.iterations.to_string();
    let intercept = format!("{:.4}", dev.intercept);
    out += &match dev.coding {
        Coding::Woe => t(
            "fit-intercept",
            &[
                ("intercept", Arg::Text(&intercept)),
                (
                    "stderr",
                    Arg::Text(&format!("{:.4}", dev.intercept_std_error)),
                ),
                ("iterations", Arg::Text(&iterations)),
                ("converged", Arg::Text(&converged)),
            ],
        ),
        Coding::Bins => t(
            "fit-bins-coding",
            &[
                ("iterations", Arg::Text(&iterations)),
                ("converged", Arg::Text(&converged)),
                ("intercept", Arg::Text(&intercept)),
            ],
        ),
    };
    out.push('\n');
    let (lo, hi) = card.scorecard.score_range();
    out += &t(
        "fit-gini",
        &[
            ("gini", Arg::Text(&format!("{:.4}", dev.training_gini))),
            ("low", Arg::Text(&lo.to_string())),
            ("high", Arg::Text(&hi.to_string())),
        ],
    );
    out.push('\n');
    for w in &dev.warnings {
        out += &t("cli-warning", &[("text", Arg::Text(w))]);
        out.push('\n');
    }
    out
}
