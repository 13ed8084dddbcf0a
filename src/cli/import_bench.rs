//! `riskdesk bench`'s import keys: a synthetic extract of the benchmark's size (an id,
//! an application date, income, debt, age, tenure, 20 characteristics, a third of
//! them categorical, 5% of cells missing, and a bad/good flag), written once beside
//! the cached portfolio, then `import --check` on it, the whole import, and opening
//! the imported portfolio.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::hot_paths;
use super::{Failure, OrInput};
use crate::domain::evaluation::table_query::{self, SortKey, TableQuery};
use crate::domain::import::map::ImportMap;
use crate::domain::policy::Policy;
use crate::domain::rng::Rng;
use crate::domain::scorecard::scaling::Scaling;
use crate::domain::scorecard::{Bin, BinRule, Characteristic, Kind, Scorecard};
use crate::i18n::Language;
use crate::out_file::{OutFile, Overwrite};

/// Characteristics of the synthetic extract (the issue's target is set at 20).
const CHARACTERISTICS: usize = 20;

/// The extract and its map for `n` applicants (written if missing).
fn extract(dir: &Path, n: usize, seed: u64) -> std::io::Result<PathBuf> {
    let csv = dir.join(format!("extract-{n}-{seed}.csv"));
    let map = dir.join(format!("extract-{n}-{seed}.json"));
    let names: Vec<String> = (0..CHARACTERISTICS).map(|k| format!("c{k}")).collect();
    if !csv.exists() {
        let temp = dir.join(format!("extract-{n}-{seed}.csv.part"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&temp)?);
        writeln!(
            w,
            "id,applied,income,debt,age,tenure,{},status",
            names.join(",")
        )?;
        let mut rng = Rng::new(seed);
        let mut line = String::new();
        for i in 0..n {
            line.clear();
            let month = 1 + rng.below(12);
            let day = 1 + rng.below(28);
            line += &format!(
                "{},2025-{month:02}-{day:02},{},{},{},{}",
                i + 1,
                2_000 + rng.below(38_000),
                rng.below(5_000),
                18 + rng.below(52),
                rng.below(60)
            );
            for k in 0..CHARACTERISTICS {
                line.push(',');
                if rng.uniform() < 0.05 {
                    continue;
                }
                if k % 3 == 0 {
                    line.push(char::from(b'A' + rng.below(6) as u8));
                } else {
                    line += &format!("{:.2}", rng.uniform() * 100.0);
                }
            }
            line += if rng.uniform() < 0.08 {
                ",bad"
            } else {
                ",good"
            };
            writeln!(w, "{line}")?;
        }
        w.flush()?;
        drop(w);
        std::fs::rename(&temp, &csv)?;
    }
    let columns: Vec<String> = names.iter().map(|c| format!("\"{c}\"")).collect();
    let file = csv
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
    std::fs::write(
        &map,
        format!(
            r#"{{"name": "bench", "as_of": "2025-12-31",
  "applicants": {{"file": "{file}", "id": "id", "applied_on": "applied", "monthly_income": "income",
    "monthly_debt": "debt", "age": "age", "months_on_platform": "tenure",
    "characteristics": [{}]}},
  "outcomes": {{"file": "{file}", "column": "status", "bad": ["bad"], "good": ["good"]}}}}"#,
            columns.join(", ")
        ),
    )?;
    Ok(map)
}

/// What the import keys measured.
pub(super) struct ImportBench {
    /// `import --check`: median seconds of 3 runs, and their peak resident memory, MB.
    pub check_s: f64,
    pub check_peak_mb: f64,
    /// The whole import (read, lay out, write the portfolio): seconds of one run, and
    /// its peak resident memory, MB.
    pub import_s: f64,
    pub import_peak_mb: f64,
    /// Opening the imported portfolio: median seconds of 3.
    pub open_s: f64,
    /// With a card in force on it (`bench_card`): one step of the cut-off slider,
    /// and the table filtered by the first categorical characteristic and sorted by
    /// score, median ms.
    pub slider_step_ms: f64,
    pub table_filter_ms: f64,
}

/// A card on three of the extract's characteristics (one categorical), to measure
/// the window's hot paths on an imported portfolio: scores run 440 to 600.
fn bench_card() -> Scorecard {
    let range = |lower: Option<f64>, upper: Option<f64>, points| Bin {
        rule: BinRule::Range { lower, upper },
        points,
    };
    let missing = |points| Bin {
        rule: BinRule::Missing,
        points,
    };
    let numeric = |variable: &str, code: &str| Characteristic {
        variable: variable.into(),
        label: variable.into(),
        kind: Kind::Numeric,
        reason_code: code.into(),
        reason_text: format!("{variable} is low"),
        bins: vec![
            missing(10),
            range(None, Some(30.0), 20),
            range(Some(30.0), Some(70.0), 40),
            range(Some(70.0), None, 60),
        ],
    };
    let categories = |values: &[&str], points| Bin {
        rule: BinRule::Categories {
            values: values.iter().map(|v| v.to_string()).collect(),
        },
        points,
    };
    Scorecard {
        name: "bench card".into(),
        scaling: Scaling::default(),
        base_points: 420,
        characteristics: vec![
            Characteristic {
                variable: "c0".into(),
                label: "c0".into(),
                kind: Kind::Categorical,
                reason_code: "B0".into(),
                reason_text: "c0".into(),
                bins: vec![
                    categories(&["A", "B"], 60),
                    categories(&["C", "D"], 40),
                    missing(10),
                    Bin {
                        rule: BinRule::Other,
                        points: 20,
                    },
                ],
            },
            numeric("c1", "B1"),
            numeric("c2", "B2"),
        ],
        reason_texts: Vec::new(),
        labels: Vec::new(),
    }
}

pub(super) fn measure(
    dir: &Path,
    n: usize,
    seed: u64,
    lang: Language,
) -> Result<ImportBench, Failure> {
    let fail = |e: crate::workbench::import::ImportFailure| Failure::input(e.message(lang));
    let map_path =
        extract(dir, n, seed).map_err(|e| super::file_failure(lang, "cli-in-file", dir, e))?;
    let text = std::fs::read_to_string(&map_path)
        .map_err(|e| super::file_failure(lang, "cli-in-file", &map_path, e))?;
    let map = ImportMap::from_json(&text).map_err(|e| Failure::input(e.to_string()))?;
    let folder = map_path.parent().unwrap_or(Path::new("."));
    super::memory::reset_peak_memory();
    let mut times = Vec::with_capacity(3);
    for _ in 0..3 {
        let start = Instant::now();
        std::hint::black_box(
            crate::workbench::import::read(&map, folder, false)
                .map_err(fail)?
                .summary,
        );
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let check_peak_mb = super::memory::peak_memory_mb();
    let db = dir.join(format!("imported-{n}-{seed}.db"));
    super::memory::reset_peak_memory();
    let start = Instant::now();
    let out = OutFile::create(&db, Overwrite::Replace, &[&map_path]).or_input(lang)?;
    let read = crate::workbench::import::read(&map, folder, true).map_err(fail)?;
    crate::workbench::import::write(&map, &map_path, read, out, "bench").map_err(fail)?;
    let import_s = start.elapsed().as_secs_f64();
    let import_peak_mb = super::memory::peak_memory_mb();
    let mut opens = Vec::with_capacity(3);
    for _ in 0..3 {
        let start = Instant::now();
        std::hint::black_box(crate::store::open(&db).or_input(lang)?);
        opens.push(start.elapsed().as_secs_f64());
    }
    opens.sort_by(f64::total_cmp);
    let stamp = crate::store::write::Stamp {
        at: "bench",
        user: "bench",
        reason: "bench",
    };
    crate::store::write::install_scorecard(&db, &bench_card(), "bench", &stamp).or_input(lang)?;
    let opened = crate::store::open(&db).or_input(lang)?;
    let p = &opened.portfolio;
    let champion = opened.champion.clone();
    let challenger = Policy {
        cutoff: champion.cutoff + 10,
        ..champion.clone()
    };
    let slider_step_ms = hot_paths::slider_step_ms(p, &champion, &challenger);
    let query = TableQuery {
        channel: Some(0),
        sort: SortKey::Score,
        descending: true,
        ..TableQuery::default()
    };
    let table_filter_ms = hot_paths::median_ms(5, || {
        std::hint::black_box(table_query::query(p, &challenger, &query));
    });
    Ok(ImportBench {
        check_s: times[1],
        check_peak_mb,
        import_s,
        import_peak_mb,
        open_s: opens[1],
        slider_step_ms,
        table_filter_ms,
    })
}
