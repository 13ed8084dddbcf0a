//! An import's summary and its errors, for people (the command line prints them, the
//! window's wizard shows them).

use crate::domain::import::check::{ColumnSummary, DtiSource, HardRule, IdSource, Summary};
use crate::domain::import::dates::month_label;
use crate::domain::import::error::ImportError;
use crate::domain::import::map::{ColumnKind, DpdUnit, ImportMap, MapError};
use crate::domain::import::outcomes::OutcomeSummary;
use crate::format::{iso_of_days, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store::extract::Encoding;

/// What is wrong with a map, for people (the JSON parser's own words stay English).
pub fn map_error_text(lang: Language, e: &MapError) -> String {
    let (id, args): (&str, Vec<(&str, String)>) = match e {
        MapError::Json(m) => ("map-error-json", vec![("detail", m.clone())]),
        MapError::NoName => ("map-error-no-name", vec![]),
        MapError::Encoding(v) => ("map-error-encoding", vec![("value", v.clone())]),
        MapError::DateFormat(v) => ("map-error-date-format", vec![("value", v.clone())]),
        MapError::NoBadValue => ("map-error-no-bad", vec![]),
        MapError::BadAndGood(v) => ("map-error-bad-and-good", vec![("value", v.clone())]),
        MapError::Scale { column } => ("map-error-scale", vec![("column", column.clone())]),
        MapError::PerformanceWithoutAccounts => ("map-error-performance-without-accounts", vec![]),
        MapError::AccountsWithoutId => ("map-error-accounts-without-id", vec![]),
    };
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
    i18n::text_with(lang, id, &args)
}

/// A problem that stops the import, for people.
pub fn error_text(lang: Language, e: &ImportError) -> String {
    let (id, args): (&str, Vec<(&str, String)>) = match e {
        ImportError::MissingColumn {
            file,
            column,
            columns,
        } => (
            "import-missing-column",
            vec![
                ("file", file.clone()),
                ("column", column.clone()),
                ("columns", columns.join(", ")),
            ],
        ),
        ImportError::NotANumber {
            file,
            line,
            column,
            value,
        } => ("import-not-a-number", at(file, *line, column, value)),
        ImportError::BadDate {
            file,
            line,
            column,
            value,
            ambiguous,
        } => (
            if *ambiguous {
                "import-ambiguous-date"
            } else {
                "import-bad-date"
            },
            at(file, *line, column, value),
        ),
        ImportError::BadAsOf { value } => ("import-bad-as-of", vec![("value", value.clone())]),
        ImportError::DuplicateId {
            file,
            id,
            first_line,
            line,
        } => ("import-duplicate-id", again(file, id, *first_line, *line)),
        ImportError::DuplicateAccount {
            file,
            id,
            first_line,
            line,
        } => (
            "import-duplicate-account",
            again(file, id, *first_line, *line),
        ),
        ImportError::SecondAccount {
            file,
            applicant,
            first_line,
            line,
        } => (
            "import-second-account",
            again(file, applicant, *first_line, *line),
        ),
        ImportError::UnknownApplicant { file, line, id } => (
            "import-unknown-applicant",
            vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("id", id.clone()),
            ],
        ),
        ImportError::UnknownAccount { file, line, id } => (
            "import-unknown-account",
            vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("id", id.clone()),
            ],
        ),
        ImportError::ShortRow { file, line } => (
            "import-short-row",
            vec![("file", file.clone()), ("line", line.to_string())],
        ),
        ImportError::AfterAsOf {
            file,
            line,
            column,
            value,
        } => ("import-after-as-of", at(file, *line, column, value)),
        ImportError::MissingValue { file, line, column } => {
            ("import-missing-value", at(file, *line, column, ""))
        }
        ImportError::OutOfRange {
            file,
            line,
            column,
            value,
            max,
        } => {
            let mut args = at(file, *line, column, value);
            args.push(("max", thousands(*max)));
            ("import-out-of-range", args)
        }
        ImportError::BadDaysPastDue {
            file,
            line,
            column,
            value,
            unit,
        } => (
            match unit {
                DpdUnit::Days => "import-bad-days",
                DpdUnit::Bucket => "import-bad-bucket",
            },
            at(file, *line, column, value),
        ),
        ImportError::BeforeOpening {
            file,
            line,
            account,
            month,
            opened,
        } => (
            "import-before-opening",
            vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("account", account.clone()),
                ("month", month.clone()),
                ("opened", opened.clone()),
            ],
        ),
        ImportError::DuplicateMonth {
            file,
            account,
            month,
            first_line,
            line,
        } => (
            "import-duplicate-month",
            vec![
                ("file", file.clone()),
                ("account", account.clone()),
                ("month", month.clone()),
                ("first", first_line.to_string()),
                ("line", line.to_string()),
            ],
        ),
        ImportError::HistoryGap {
            file,
            account,
            missing,
            opened,
        } => (
            "import-history-gap",
            vec![
                ("file", file.clone()),
                ("account", account.clone()),
                ("missing", missing.clone()),
                ("opened", opened.clone()),
            ],
        ),
    };
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
    i18n::text_with(lang, id, &args)
}

/// A cell's place and value, for a message.
fn at(file: &str, line: u64, column: &str, value: &str) -> Vec<(&'static str, String)> {
    vec![
        ("file", file.to_string()),
        ("line", line.to_string()),
        ("column", column.to_string()),
        ("value", value.to_string()),
    ]
}

/// Something named twice, for a message.
fn again(file: &str, id: &str, first: u64, line: u64) -> Vec<(&'static str, String)> {
    vec![
        ("file", file.to_string()),
        ("id", id.to_string()),
        ("first", first.to_string()),
        ("line", line.to_string()),
    ]
}

/// The summary for people, in `lang`.
pub fn render(
    map: &ImportMap,
    s: &Summary,
    encodings: &[(String, Encoding)],
    lang: Language,
) -> String {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args) + "\n"
    };
    let mut out = t(
        "import-title",
        &[("name", map.name.clone()), ("date", map.as_of.clone())],
    );
    for (file, e) in encodings {
        let key = match e {
            Encoding::Utf8 => "import-file-utf8",
            Encoding::Gbk => "import-file-gbk",
            Encoding::GbkFoundOut => "import-file-gbk-found",
        };
        out += &t(key, &[("file", file.clone())]);
    }
    out += &t(
        match &s.ids {
            IdSource::Column(_) => "import-applicants",
            IdSource::RowNumber => "import-applicants-row-numbers",
        },
        &[
            ("rows", thousands(s.rows as f64)),
            (
                "id",
                match &s.ids {
                    IdSource::Column(c) => c.clone(),
                    IdSource::RowNumber => String::new(),
                },
            ),
        ],
    );
    let day = |d: Option<i32>| d.map_or("–".to_string(), iso_of_days);
    out += &match &s.applied_on {
        Some(c) => t(
            "import-applied",
            &[
                ("column", c.clone()),
                ("first", day(s.first_day)),
                ("last", day(s.last_day)),
                ("after", thousands(s.after_as_of as f64)),
            ],
        ),
        None => t("import-applied-as-of", &[]),
    };
    for c in &s.columns {
        out += &column_line(lang, c, s.rows);
    }
    out += &match &s.dti {
        DtiSource::Column(c) => t("import-dti-column", &[("column", c.clone())]),
        DtiSource::DebtOverIncome => t("import-dti-computed", &[]),
        DtiSource::None => t("import-dti-none", &[]),
    };
    if !s.rules_without_input.is_empty() {
        let rules: Vec<String> = s
            .rules_without_input
            .iter()
            .map(|r| {
                let id = match r {
                    HardRule::Limit => "import-rule-income",
                    HardRule::DtiCap => "import-rule-dti",
                    HardRule::MinAge => "import-rule-age",
                    HardRule::MinTenure => "import-rule-tenure",
                };
                i18n::text(lang, id)
            })
            .collect();
        let separator = i18n::text(lang, "import-list-separator");
        out += &t(
            "import-rules-not-applicable",
            &[("rules", rules.join(&separator))],
        );
    }
    out += &match &s.outcomes {
        Some(o) => outcome_lines(lang, o),
        None if map.performance.is_some() => t("import-outcomes-from-history", &[]),
        None => t("import-no-outcomes", &[]),
    };
    out += &history_lines(lang, map, s);
    out
}

/// The accounts, their month-ends and how the given outcomes compare with them.
fn history_lines(lang: Language, map: &ImportMap, s: &Summary) -> String {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args) + "\n"
    };
    let n = |x: usize| thousands(x as f64);
    let day = |d: Option<i32>| d.map_or("–".to_string(), iso_of_days);
    let month = |m: Option<i32>| m.map_or("–".to_string(), month_label);
    let mut out = String::new();
    let Some(a) = &s.accounts else {
        if s.outcomes.is_some() {
            out += &t("import-no-accounts-booked", &[]);
        } else {
            out += &t("import-no-accounts", &[]);
        }
        return out;
    };
    out += &t(
        "import-accounts",
        &[
            ("n", n(a.accounts)),
            ("share", share(a.accounts, s.rows)),
            ("first", day(a.first_opened)),
            ("last", day(a.last_opened)),
            ("min", thousands(a.limit_min)),
            ("max", thousands(a.limit_max)),
        ],
    );
    out += &match &a.fee_rate {
        Some(c) => t(
            "import-fee-rate",
            &[("column", c.clone()), ("missing", n(a.fee_missing))],
        ),
        None => t("import-fee-rate-none", &[]),
    };
    match (&s.performance, &map.performance) {
        (Some(p), _) => {
            out += &t(
                match p.unit {
                    DpdUnit::Days => "import-performance-days",
                    DpdUnit::Bucket => "import-performance-buckets",
                },
                &[
                    ("rows", n(p.kept)),
                    ("accounts", n(p.accounts_with_history)),
                    ("first", month(p.first_month)),
                    ("last", month(p.last_month)),
                ],
            );
            if p.opening_month > 0 {
                out += &t("import-opening-month", &[("n", n(p.opening_month))]);
            }
            if p.balance_missing > 0 {
                out += &t("import-balance-missing", &[("n", n(p.balance_missing))]);
            }
            let b = p.latest_buckets;
            out += &t(
                "import-latest-buckets",
                &[
                    ("current", n(b[0])),
                    ("b1", n(b[1])),
                    ("b30", n(b[2])),
                    ("b60", n(b[3])),
                    ("b90", n(b[4])),
                ],
            );
        }
        (None, _) => out += &t("import-no-performance", &[]),
    }
    if let Some(d) = &s.disagreements {
        if s.performance.is_some() {
            out += &t(
                "import-disagreements",
                &[
                    ("compared", n(d.compared)),
                    ("bad_good", n(d.bad_but_history_good)),
                    ("good_bad", n(d.good_but_history_bad)),
                ],
            );
        }
        if d.without_account > 0 {
            out += &t(
                "import-outcome-without-account",
                &[("n", n(d.without_account))],
            );
        }
    }
    out
}

fn share(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_string()
    } else {
        crate::format::pct(part as f64 / whole as f64)
    }
}

fn column_line(lang: Language, c: &ColumnSummary, rows: usize) -> String {
    let share = if rows == 0 {
        "–".to_string()
    } else {
        crate::format::pct(c.missing as f64 / rows as f64)
    };
    let what = match c.kind {
        ColumnKind::Numeric => i18n::text_with(
            lang,
            "import-numeric",
            &[
                ("min", Arg::Text(&crate::format::fixed(c.min, 2))),
                ("max", Arg::Text(&crate::format::fixed(c.max, 2))),
            ],
        ),
        ColumnKind::Categorical => i18n::text_with(
            lang,
            "import-categorical",
            &[("levels", Arg::Text(&thousands(c.levels as f64)))],
        ),
    };
    let mut line = i18n::text_with(
        lang,
        "import-column",
        &[
            ("field", Arg::Text(&c.field)),
            ("column", Arg::Text(&c.column)),
            ("what", Arg::Text(&what)),
            ("missing", Arg::Text(&thousands(c.missing as f64))),
            ("share", Arg::Text(&share)),
        ],
    );
    if c.negative_set_missing > 0 {
        line += &i18n::text_with(
            lang,
            "import-negatives",
            &[("n", Arg::Text(&thousands(c.negative_set_missing as f64)))],
        );
    }
    line + "\n"
}

fn outcome_lines(lang: Language, o: &OutcomeSummary) -> String {
    let mut out = i18n::text_with(
        lang,
        "import-outcomes",
        &[
            ("bad", Arg::Text(&thousands(o.bad as f64))),
            ("good", Arg::Text(&thousands(o.good as f64))),
            ("neither", Arg::Text(&thousands(o.indeterminate as f64))),
            ("definition", Arg::Text(&o.definition)),
        ],
    ) + "\n";
    if o.without_outcome > 0 {
        out += &(i18n::text_with(
            lang,
            "import-without-outcome",
            &[("n", Arg::Text(&thousands(o.without_outcome as f64)))],
        ) + "\n");
    }
    out
}
