//! The import map: which file and column of a lender's extract holds what Riskdesk
//! needs (README, "Importing a lender's extract"). Read from JSON; every column may be
//! named by a string or described by an object.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole map.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImportMap {
    pub name: String,
    /// The portfolio's as-of date (ISO).
    pub as_of: String,
    /// For dates such as 06/07/2026: "%d/%m/%Y" or "%m/%d/%Y".
    #[serde(default)]
    pub date_format: Option<String>,
    /// "utf-8" (the default; a UTF-8 byte-order mark is skipped) or "gbk".
    #[serde(default)]
    pub encoding: Option<String>,
    pub applicants: ApplicantsMap,
    #[serde(default)]
    pub outcomes: Option<OutcomesMap>,
    /// The booked accounts (one per applicant at most).
    #[serde(default)]
    pub accounts: Option<AccountsMap>,
    /// The accounts' month-end history (needs `accounts`).
    #[serde(default)]
    pub performance: Option<PerformanceMap>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ApplicantsMap {
    pub file: String,
    /// Default: the 1-based row number.
    #[serde(default)]
    pub id: Option<String>,
    /// Default: the map's `as_of`.
    #[serde(default)]
    pub applied_on: Option<String>,
    #[serde(default)]
    pub monthly_income: Option<ColumnSpec>,
    #[serde(default)]
    pub monthly_debt: Option<ColumnSpec>,
    /// A DTI column wins over `monthly_debt / monthly_income`.
    #[serde(default)]
    pub dti: Option<ColumnSpec>,
    #[serde(default)]
    pub age: Option<ColumnSpec>,
    #[serde(default)]
    pub months_on_platform: Option<ColumnSpec>,
    /// Personal data: never a characteristic.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub characteristics: Vec<ColumnSpec>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutcomesMap {
    pub file: String,
    /// The applicant id column of the outcome file (default: the applicants' `id`).
    #[serde(default)]
    pub id: Option<String>,
    pub column: String,
    pub bad: Vec<String>,
    pub good: Vec<String>,
    /// What "bad" means, shown wherever an observed bad rate is (default "as given").
    #[serde(default)]
    pub definition: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AccountsMap {
    pub file: String,
    /// The account's id (needed when `performance` names accounts; default: the
    /// 1-based row number).
    #[serde(default)]
    pub id: Option<String>,
    /// The applicant id column of the accounts file (default: the applicants' `id`).
    #[serde(default)]
    pub applicant_id: Option<String>,
    pub opened_on: String,
    pub credit_limit: ColumnSpec,
    /// The annual fee rate as a fraction (0.18); default 0.
    #[serde(default)]
    pub fee_rate: Option<ColumnSpec>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerformanceMap {
    pub file: String,
    pub account_id: String,
    /// The month-end (a date, or a month such as 2026-06 or Jun-2026).
    pub month: String,
    pub balance: ColumnSpec,
    pub days_past_due: DaysPastDue,
}

/// The days-past-due column with its unit.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DaysPastDue {
    pub column: String,
    pub unit: DpdUnit,
}

/// Days past due as days (0, 1–29, 30–59, 60–89, 90+ become Riskdesk's five
/// buckets), or already as a bucket: 0–4, the bucket's name ("current", "30-59",
/// "90+") or M0–M4 (M4 and above: 90+).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DpdUnit {
    Days,
    Bucket,
}

/// A column: its name, or an object describing how to read it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum ColumnSpec {
    Name(String),
    Described(Column),
}

/// How to read a column.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub column: String,
    /// "year": the values are per year and divided by 12 (exactly); "month": as given.
    #[serde(default)]
    pub per: Option<Per>,
    /// Multiplies every number (after `per`).
    #[serde(default)]
    pub scale: Option<f64>,
    /// "numeric" or "categorical" (default: numeric when every value is a number).
    #[serde(default)]
    pub kind: Option<ColumnKind>,
    #[serde(default)]
    pub label: Option<String>,
    /// Texts meaning "missing" besides the empty cell, NA, N/A and ".".
    #[serde(default)]
    pub missing: Vec<String>,
    /// Texts read as numbers ("10+ years": 10).
    #[serde(default)]
    pub values: BTreeMap<String, f64>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    Year,
    Month,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    Numeric,
    Categorical,
}

impl ColumnSpec {
    /// The column as an object (a bare name has every default).
    pub fn column(&self) -> Column {
        match self {
            ColumnSpec::Name(n) => Column {
                column: n.clone(),
                ..Column::default()
            },
            ColumnSpec::Described(c) => c.clone(),
        }
    }

    /// The column's name in the file.
    pub fn name(&self) -> &str {
        match self {
            ColumnSpec::Name(n) => n,
            ColumnSpec::Described(c) => &c.column,
        }
    }
}

/// What is wrong with a map; each message names the field.
#[derive(Clone, Debug, PartialEq)]
pub enum MapError {
    /// Not JSON, or not a map's shape (serde's message: an unknown field, a wrong type).
    Json(String),
    NoName,
    Encoding(String),
    DateFormat(String),
    NoBadValue,
    BadAndGood(String),
    Scale {
        column: String,
    },
    /// Performance names accounts: the map needs `accounts`, with their `id`.
    PerformanceWithoutAccounts,
    AccountsWithoutId,
}

impl std::fmt::Display for MapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MapError::Json(m) => f.write_str(m),
            MapError::NoName => f.write_str("name: the portfolio needs a name"),
            MapError::Encoding(e) => write!(f, "encoding: {e:?}; utf-8 or gbk"),
            MapError::DateFormat(d) => write!(
                f,
                "date_format: {d:?}; one of %d/%m/%Y, %m/%d/%Y, %d-%m-%Y, %m-%d-%Y"
            ),
            MapError::NoBadValue => {
                f.write_str("outcomes.bad: name at least one value meaning bad")
            }
            MapError::BadAndGood(v) => write!(f, "outcomes: {v:?} is both bad and good"),
            MapError::Scale { column } => write!(f, "{column}: scale must be a positive number"),
            MapError::PerformanceWithoutAccounts => {
                f.write_str("performance: the month-ends belong to accounts; map \"accounts\" too")
            }
            MapError::AccountsWithoutId => f.write_str(
                "accounts.id: performance names accounts by id; map the accounts' id column",
            ),
        }
    }
}

impl std::error::Error for MapError {}

impl ImportMap {
    /// Reads a map from JSON.
    pub fn from_json(text: &str) -> Result<ImportMap, MapError> {
        let map: ImportMap =
            serde_json::from_str(text).map_err(|e| MapError::Json(e.to_string()))?;
        map.validate()?;
        Ok(map)
    }

    fn validate(&self) -> Result<(), MapError> {
        if self.name.trim().is_empty() {
            return Err(MapError::NoName);
        }
        if let Some(e) = &self.encoding
            && !matches!(e.to_ascii_lowercase().as_str(), "utf-8" | "utf8" | "gbk")
        {
            return Err(MapError::Encoding(e.clone()));
        }
        if let Some(f) = &self.date_format
            && !matches!(
                f.as_str(),
                "%d/%m/%Y" | "%m/%d/%Y" | "%d-%m-%Y" | "%m-%d-%Y"
            )
        {
            return Err(MapError::DateFormat(f.clone()));
        }
        if let Some(o) = &self.outcomes {
            if o.bad.is_empty() {
                return Err(MapError::NoBadValue);
            }
            if let Some(v) = o.bad.iter().find(|b| o.good.contains(b)) {
                return Err(MapError::BadAndGood(v.clone()));
            }
        }
        match (&self.accounts, &self.performance) {
            (None, Some(_)) => return Err(MapError::PerformanceWithoutAccounts),
            (Some(a), Some(_)) if a.id.is_none() => return Err(MapError::AccountsWithoutId),
            _ => {}
        }
        let history_columns = self
            .accounts
            .iter()
            .flat_map(|a| std::iter::once(&a.credit_limit).chain(a.fee_rate.as_ref()))
            .chain(self.performance.iter().map(|p| &p.balance))
            .map(ColumnSpec::column);
        for c in self
            .numeric_columns()
            .map(|(_, c)| c)
            .chain(history_columns)
        {
            if let Some(s) = c.scale
                && !(s.is_finite() && s > 0.0)
            {
                return Err(MapError::Scale { column: c.column });
            }
        }
        Ok(())
    }

    /// The numeric fields of the applicants and their columns, by field name.
    pub fn numeric_columns(&self) -> impl Iterator<Item = (&'static str, Column)> + '_ {
        let a = &self.applicants;
        [
            ("monthly_income", &a.monthly_income),
            ("monthly_debt", &a.monthly_debt),
            ("dti", &a.dti),
            ("age", &a.age),
            ("months_on_platform", &a.months_on_platform),
        ]
        .into_iter()
        .filter_map(|(field, spec)| spec.as_ref().map(|s| (field, s.column())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_reads_names_and_objects_and_names_what_is_wrong() {
        let map = ImportMap::from_json(
            r#"{"name": "Spring book", "as_of": "2026-06-30",
                "applicants": {"file": "a.csv", "id": "cust_id",
                  "monthly_income": {"column": "annual_income", "per": "year"},
                  "characteristics": ["grade", {"column": "emp_len", "kind": "numeric",
                     "values": {"10+ years": 10}}]},
                "outcomes": {"file": "a.csv", "column": "status", "bad": ["bad"], "good": ["good"]}}"#,
        )
        .unwrap();
        let income = map.applicants.monthly_income.as_ref().unwrap().column();
        assert_eq!(
            (income.column.as_str(), income.per),
            ("annual_income", Some(Per::Year))
        );
        assert_eq!(map.applicants.characteristics[0].name(), "grade");
        assert_eq!(
            map.applicants.characteristics[1].column().values["10+ years"],
            10.0
        );
        let bad = ImportMap::from_json(r#"{"name": "x", "as_of": "2026-06-30", "applicants": {"file": "a.csv", "incme": "x"}}"#)
            .unwrap_err()
            .to_string();
        assert!(bad.contains("unknown field `incme`"), "{bad}");
        let both = ImportMap::from_json(
            r#"{"name": "x", "as_of": "2026-06-30", "applicants": {"file": "a.csv"},
                "outcomes": {"file": "a.csv", "column": "s", "bad": ["1"], "good": ["1"]}}"#,
        )
        .unwrap_err();
        assert_eq!(both, MapError::BadAndGood("1".into()));
        assert_eq!(both.to_string(), "outcomes: \"1\" is both bad and good");
    }
}
