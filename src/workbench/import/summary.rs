//! An import's summary and its errors, for people (the command line prints them, the
//! window's wizard shows them).

use crate::domain::import::check::{
    ColumnSummary, DtiSource, HardRule, IdSource, ImportError, OutcomeSummary, Summary,
};
use crate::domain::import::map::{ColumnKind, ImportMap};
use crate::format::{iso_of_days, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store::extract::Encoding;

/// A problem that stops the import, for people.
pub fn error_text(lang: Language, e: &ImportError) -> String {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args)
    };
    match e {
        ImportError::MissingColumn {
            file,
            column,
            columns,
        } => t(
            "import-missing-column",
            &[
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
        } => t(
            "import-not-a-number",
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
            ],
        ),
        ImportError::BadDate {
            file,
            line,
            column,
            value,
            ambiguous,
        } => t(
            if *ambiguous {
                "import-ambiguous-date"
            } else {
                "import-bad-date"
            },
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
            ],
        ),
        ImportError::BadAsOf { value } => t("import-bad-as-of", &[("value", value.clone())]),
        ImportError::DuplicateId {
            file,
            id,
            first_line,
            line,
        } => t(
            "import-duplicate-id",
            &[
                ("file", file.clone()),
                ("id", id.clone()),
                ("first", first_line.to_string()),
                ("line", line.to_string()),
            ],
        ),
        ImportError::UnknownApplicant { file, line, id } => t(
            "import-unknown-applicant",
            &[
                ("file", file.clone()),
                ("line", line.to_string()),
                ("id", id.clone()),
            ],
        ),
        ImportError::ShortRow { file, line } => t(
            "import-short-row",
            &[("file", file.clone()), ("line", line.to_string())],
        ),
    }
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
        None => t("import-no-outcomes", &[]),
    };
    for part in &s.not_read {
        out += &t("import-not-read", &[("part", part.to_string())]);
    }
    out += &t("import-nothing-written", &[]);
    out
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
