//! The dry run of an import: every row of the extract read under the map, problems
//! that stop an import reported with file, line and column, and what is only unusual
//! counted in a summary. Streaming: the store hands over one row at a time. An
//! outcome file of its own is read after the applicants (`outcomes`).

use std::collections::{HashMap, HashSet};

use super::accounts::AccountsSummary;
use super::cells::{is_missing, number};
use super::collect::{Collected, ColumnValues};
use super::dates::{DateError, parse_date};
use super::disagreements::Disagreements;
use super::error::{ImportError, find, full_row};
use super::map::{Column, ColumnKind, ImportMap};
use super::outcomes::OutcomeSummary;
use super::performance::PerformanceSummary;
use crate::domain::portfolio::GivenOutcome;
use crate::domain::portfolio::text_column::TextColumn;

/// Where the applicant ids come from.
#[derive(Clone, Debug, PartialEq)]
pub enum IdSource {
    Column(String),
    RowNumber,
}

/// Where the debt-to-income ratio comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum DtiSource {
    Column(String),
    DebtOverIncome,
    None,
}

/// A hard rule of the policy that needs an applicant column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HardRule {
    /// The limit rule (income × multiple).
    Limit,
    DtiCap,
    MinAge,
    MinTenure,
}

/// What one mapped column holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnSummary {
    /// The field of the map ("monthly_income", "characteristic").
    pub field: String,
    pub column: String,
    pub kind: ColumnKind,
    pub missing: usize,
    /// Numbers: the smallest and largest (NaN when none).
    pub min: f64,
    pub max: f64,
    /// Categories: how many distinct texts (counted up to `MAX_LEVELS`).
    pub levels: usize,
    /// Negative incomes or debts read as missing.
    pub negative_set_missing: usize,
}

/// Distinct texts counted per categorical column, at most.
pub const MAX_LEVELS: usize = 10_000;

/// What the dry run found.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub rows: usize,
    pub ids: IdSource,
    /// The applied-on column, or `None` when every applicant takes the as-of date.
    pub applied_on: Option<String>,
    /// First and last application day (days since 1970-01-01).
    pub first_day: Option<i32>,
    pub last_day: Option<i32>,
    /// Applications dated after the as-of date.
    pub after_as_of: usize,
    pub columns: Vec<ColumnSummary>,
    pub dti: DtiSource,
    /// Hard rules without their input: "not applicable" in the lab and the detail.
    pub rules_without_input: Vec<HardRule>,
    pub outcomes: Option<OutcomeSummary>,
    /// The accounts, when mapped.
    pub accounts: Option<AccountsSummary>,
    /// The month-end history, when mapped.
    pub performance: Option<PerformanceSummary>,
    /// Given outcomes against accounts and history (both mapped).
    pub disagreements: Option<Disagreements>,
}

/// One column being read.
struct Reading {
    field: String,
    index: usize,
    spec: Column,
    forced: Option<ColumnKind>,
    /// Counts negatives as missing (incomes, debts).
    positive: bool,
    numeric_so_far: bool,
    summary: ColumnSummary,
    levels: HashSet<String>,
}

/// The applicants file, row by row.
pub struct ApplicantsCheck {
    file: String,
    date_format: Option<String>,
    as_of: i32,
    id: Option<usize>,
    applied: Option<usize>,
    header: Vec<String>,
    columns: Vec<Reading>,
    /// Id → (line, row), for duplicates and the outcome file.
    pub ids: HashMap<String, (u64, u32)>,
    /// The values, when the check is the first half of an import.
    pub collected: Option<Collected>,
    name_phone: (Option<usize>, Option<usize>),
    outcome: Option<(usize, Vec<String>, Vec<String>)>,
    outcomes: OutcomeSummary,
    /// Each row's outcome, when the outcomes are in this file.
    pub given: Vec<GivenOutcome>,
    rows: usize,
    first_day: Option<i32>,
    last_day: Option<i32>,
    after_as_of: usize,
}

impl ApplicantsCheck {
    /// Resolves the map's columns in the file's `header`.
    pub fn new(map: &ImportMap, header: &[String]) -> Result<Self, ImportError> {
        let a = &map.applicants;
        let file = a.file.clone();
        let as_of = parse_date(&map.as_of, None).map_err(|_| ImportError::BadAsOf {
            value: map.as_of.clone(),
        })?;
        let id =
            a.id.as_deref()
                .map(|c| find(&file, header, c))
                .transpose()?;
        let applied = a
            .applied_on
            .as_deref()
            .map(|c| find(&file, header, c))
            .transpose()?;
        let personal =
            |c: &Option<String>| c.as_deref().map(|c| find(&file, header, c)).transpose();
        let name_phone = (personal(&a.name)?, personal(&a.phone)?);
        let mut columns = Vec::new();
        let described = map
            .numeric_columns()
            .map(|(f, c)| (f.to_string(), c, Some(ColumnKind::Numeric)))
            .chain(a.characteristics.iter().map(|s| {
                let c = s.column();
                let kind = c.kind;
                ("characteristic".to_string(), c, kind)
            }));
        for (field, spec, forced) in described {
            let index = find(&file, header, &spec.column)?;
            let positive = matches!(field.as_str(), "monthly_income" | "monthly_debt");
            columns.push(Reading {
                summary: ColumnSummary {
                    field: field.clone(),
                    column: spec.column.clone(),
                    kind: forced.unwrap_or(ColumnKind::Numeric),
                    missing: 0,
                    min: f64::NAN,
                    max: f64::NAN,
                    levels: 0,
                    negative_set_missing: 0,
                },
                field,
                index,
                spec,
                forced,
                positive,
                numeric_so_far: true,
                levels: HashSet::new(),
            });
        }
        let outcome = match &map.outcomes {
            Some(o) if o.file == a.file => Some((
                find(&file, header, &o.column)?,
                o.bad.clone(),
                o.good.clone(),
            )),
            _ => None,
        };
        let definition = map
            .outcomes
            .as_ref()
            .and_then(|o| o.definition.clone())
            .unwrap_or_else(|| "as given".into());
        Ok(Self {
            file,
            date_format: map.date_format.clone(),
            as_of,
            id,
            applied,
            header: header.to_vec(),
            columns,
            ids: HashMap::new(),
            collected: None,
            name_phone,
            outcome,
            outcomes: OutcomeSummary {
                definition,
                ..OutcomeSummary::default()
            },
            given: Vec::new(),
            rows: 0,
            first_day: None,
            last_day: None,
            after_as_of: 0,
        })
    }

    /// The as-of date (days since 1970-01-01).
    pub fn as_of(&self) -> i32 {
        self.as_of
    }

    /// Keeps every value read (an import, not only its dry run).
    pub fn collecting(mut self) -> Self {
        self.collected = Some(Collected {
            columns: self
                .columns
                .iter()
                .map(|_| ColumnValues::default())
                .collect(),
            names: self.name_phone.0.map(|_| TextColumn::default()),
            phones: self.name_phone.1.map(|_| TextColumn::default()),
            ..Collected::default()
        });
        self
    }

    /// Reads one row (`line` is the file's line number, for messages).
    pub fn row(&mut self, line: u64, cells: &[&str]) -> Result<(), ImportError> {
        full_row(&self.file, line, cells, self.header.len())?;
        self.rows += 1;
        let id = match self.id {
            Some(k) => cells[k].trim().to_string(),
            None => self.rows.to_string(),
        };
        if let Some(&(first_line, _)) = self.ids.get(&id) {
            return Err(ImportError::DuplicateId {
                file: self.file.clone(),
                id,
                first_line,
                line,
            });
        }
        if let Some(c) = &mut self.collected {
            c.ids.push(&id);
        }
        self.ids.insert(id, (line, (self.rows - 1) as u32));
        let day = match self.applied {
            None => self.as_of,
            Some(k) => parse_date(cells[k], self.date_format.as_deref()).map_err(|e| {
                ImportError::BadDate {
                    file: self.file.clone(),
                    line,
                    column: self.header[k].clone(),
                    value: cells[k].to_string(),
                    ambiguous: e == DateError::Ambiguous,
                }
            })?,
        };
        self.first_day = Some(self.first_day.map_or(day, |d| d.min(day)));
        self.last_day = Some(self.last_day.map_or(day, |d| d.max(day)));
        if day > self.as_of {
            self.after_as_of += 1;
        }
        let mut collected = self.collected.as_mut();
        if let Some(c) = collected.as_deref_mut() {
            c.days.push(day);
            for (k, t) in [
                (self.name_phone.0, &mut c.names),
                (self.name_phone.1, &mut c.phones),
            ] {
                if let (Some(k), Some(t)) = (k, t) {
                    t.push(cells[k].trim());
                }
            }
        }
        for (j, r) in self.columns.iter_mut().enumerate() {
            let cell = cells[r.index];
            let keep = collected.as_deref_mut().and_then(|c| c.columns.get_mut(j));
            let text_too = r.forced != Some(ColumnKind::Numeric);
            if is_missing(cell, &r.spec) {
                r.summary.missing += 1;
                if let Some(v) = keep {
                    v.push_num(f64::NAN);
                    if text_too {
                        v.push_text(None);
                    }
                }
                continue;
            }
            if let Some(v) = keep {
                let x = number(cell, &r.spec).ok().flatten().unwrap_or(f64::NAN);
                v.push_num(if r.positive && x < 0.0 { f64::NAN } else { x });
                if text_too {
                    v.push_text(Some(cell.trim()));
                }
            }
            match number(cell, &r.spec) {
                Ok(Some(x)) if r.positive && x < 0.0 => {
                    r.summary.negative_set_missing += 1;
                    r.summary.missing += 1;
                }
                Ok(Some(x)) => {
                    r.summary.min = if r.summary.min.is_nan() {
                        x
                    } else {
                        r.summary.min.min(x)
                    };
                    r.summary.max = if r.summary.max.is_nan() {
                        x
                    } else {
                        r.summary.max.max(x)
                    };
                }
                Ok(None) => r.summary.missing += 1,
                Err(_) if r.forced == Some(ColumnKind::Numeric) => {
                    return Err(ImportError::NotANumber {
                        file: self.file.clone(),
                        line,
                        column: r.spec.column.clone(),
                        value: cell.to_string(),
                    });
                }
                Err(_) => r.numeric_so_far = false,
            }
            if r.forced != Some(ColumnKind::Numeric) && r.levels.len() < MAX_LEVELS {
                r.levels.insert(cell.trim().to_string());
            }
        }
        if let Some((k, bad, good)) = &self.outcome {
            let v = cells[*k].trim();
            let given = if bad.iter().any(|b| b == v) {
                self.outcomes.bad += 1;
                GivenOutcome::Bad
            } else if good.iter().any(|g| g == v) {
                self.outcomes.good += 1;
                GivenOutcome::Good
            } else {
                self.outcomes.indeterminate += 1;
                GivenOutcome::Indeterminate
            };
            self.given.push(given);
        }
        Ok(())
    }

    /// The summary of the applicants (and of the outcomes if they were in this file).
    pub fn finish(self, map: &ImportMap) -> Summary {
        self.finish_collected(map).0
    }

    /// The summary, with the values kept (`collecting`).
    pub fn finish_collected(mut self, map: &ImportMap) -> (Summary, Option<Collected>) {
        let collected = self.collected.take();
        let has = |field: &str| self.columns.iter().any(|r| r.field == field);
        let dti = if let Some(d) = &map.applicants.dti {
            DtiSource::Column(d.name().to_string())
        } else if has("monthly_debt") && has("monthly_income") {
            DtiSource::DebtOverIncome
        } else {
            DtiSource::None
        };
        let mut rules_without_input = Vec::new();
        if !has("monthly_income") {
            rules_without_input.push(HardRule::Limit);
        }
        if dti == DtiSource::None {
            rules_without_input.push(HardRule::DtiCap);
        }
        if !has("age") {
            rules_without_input.push(HardRule::MinAge);
        }
        if !has("months_on_platform") {
            rules_without_input.push(HardRule::MinTenure);
        }
        let columns = self
            .columns
            .into_iter()
            .map(|r| {
                let mut s = r.summary;
                if r.forced.is_none() && !r.numeric_so_far {
                    s.kind = ColumnKind::Categorical;
                }
                if s.kind == ColumnKind::Categorical {
                    s.levels = r.levels.len();
                    s.min = f64::NAN;
                    s.max = f64::NAN;
                }
                s
            })
            .collect();
        let summary = Summary {
            rows: self.rows,
            ids: map
                .applicants
                .id
                .clone()
                .map_or(IdSource::RowNumber, IdSource::Column),
            applied_on: map.applicants.applied_on.clone(),
            first_day: self.first_day,
            last_day: self.last_day,
            after_as_of: self.after_as_of,
            columns,
            dti,
            rules_without_input,
            outcomes: map.outcomes.as_ref().map(|_| self.outcomes),
            accounts: None,
            performance: None,
            disagreements: None,
        };
        (summary, collected)
    }
}
