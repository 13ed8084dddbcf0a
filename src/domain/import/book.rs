//! A lender's book as a portfolio: the values an import kept (`Collected`), laid out
//! as Riskdesk's applicant columns and registry. The hard-rule inputs (income, debt,
//! age, platform tenure) go to their standard columns under Riskdesk's names, since
//! their values are converted (an annual income is divided by 12); the lender's own
//! characteristics keep their column names, so a card fitted on them applies to the
//! lender's CSV as it is. A DTI column of the lender's is kept as a column of its own
//! with the DTI role.

use super::accounts::ImportedAccounts;
use super::check::{ColumnSummary, Summary};
use super::collect::{Collected, ColumnValues};
use super::dates::month_of_days;
use super::map::{ColumnKind, ImportMap};
use super::performance::ImportedHistory;
use crate::domain::portfolio::registry::{Entry, Registry, Role, Source};
use crate::domain::portfolio::text_column::TextColumn;
use crate::domain::portfolio::{Applicants, ExtraValues, GivenOutcome};
use crate::domain::scorecard::Kind;

/// The portfolio an import writes (its header fields, applicants and registry).
#[derive(Debug)]
pub struct Book {
    pub name: String,
    /// ISO date.
    pub as_of: String,
    pub applicants: Applicants,
    pub registry: Registry,
    /// `Some` when outcomes were given (the map's definition, or "as given").
    pub outcome_definition: Option<String>,
    /// The booked accounts, when mapped.
    pub accounts: Option<BookAccounts>,
}

/// A book's accounts as the portfolio stores them, in the file's order.
#[derive(Debug)]
pub struct BookAccounts {
    /// The lender's account ids when every one is a whole number (and no two are
    /// equal as numbers), else the row numbers.
    pub id: Vec<i64>,
    /// The id of each account's applicant (as in `Book::applicants.id`).
    pub applicant_id: Vec<i64>,
    pub open_day: Vec<i32>,
    pub credit_limit: Vec<f64>,
    /// Annual, as a fraction.
    pub fee_rate: Vec<f64>,
    /// Month-ends from month on book 1 (empty when no performance was mapped).
    pub history: ImportedHistory,
}

/// The widest values the standard columns hold (a value outside is read as missing).
const MAX_AGE: f64 = 120.0;
const MAX_MONTHS: f64 = 1200.0;
const MAX_AMOUNT: f64 = 1e12;

fn within(x: f64, hi: f64) -> f64 {
    if x.is_finite() && (0.0..=hi).contains(&x) {
        x
    } else {
        f64::NAN
    }
}

impl Book {
    /// Lays out what an import read. `outcomes` are the given outcomes, one per
    /// applicant row; `accounts` the accounts read and their history.
    pub fn of(
        map: &ImportMap,
        s: &Summary,
        c: Collected,
        outcomes: Option<Vec<GivenOutcome>>,
        accounts: Option<(ImportedAccounts, Option<ImportedHistory>)>,
    ) -> Result<Book, String> {
        let n = s.rows;
        if n == 0 {
            return Err("the applicants file has no rows".into());
        }
        let mut a = Applicants::default();
        let mut entries: Vec<Entry> = Vec::new();
        let entry = |name: &str, label: &str, role: Role, kind: Kind, source: Source| Entry {
            name: name.to_string(),
            label: label.to_string(),
            role,
            kind,
            source,
        };
        // Ids: the lender's when every one is a whole number, else the row number with
        // the lender's kept beside it as an identifier.
        let numeric_ids: Option<Vec<i64>> = (0..n).map(|i| c.ids.get(i).parse().ok()).collect();
        let lender_ids = map.applicants.id.as_deref();
        let ids: Vec<i64> = match (&numeric_ids, lender_ids) {
            (Some(ids), Some(_)) => ids.clone(),
            _ => (1..=n as i64).collect(),
        };
        entries.push(entry(
            "id",
            "Applicant id",
            Role::Identifier,
            Kind::Numeric,
            Source::Id,
        ));
        let mut extra: Vec<ExtraValues> = Vec::new();
        if let (None, Some(column)) = (&numeric_ids, lender_ids) {
            let mut v = ColumnValues::default();
            for i in 0..n {
                v.push_text(Some(c.ids.get(i)));
            }
            entries.push(entry(
                column,
                "Lender's id",
                Role::Identifier,
                Kind::Categorical,
                Source::Extra(extra.len() as u16),
            ));
            extra.push(ExtraValues::Categorical {
                codes: v.codes,
                labels: v.labels,
            });
        }
        a.app_day = c.days.clone();
        a.app_month = c.days.iter().map(|&d| month_of_days(d)).collect();
        a.channel = vec![0; n];
        a.employment = vec![0; n];
        a.city_tier = vec![0; n];
        let nan32 = vec![f32::NAN; n];
        a.bureau_months = nan32.clone();
        a.delinquencies = nan32.clone();
        a.monthly_spend = nan32.clone();
        a.order_count = nan32.clone();
        a.return_rate = nan32.clone();
        a.night_share = nan32.clone();
        a.device_changes = nan32.clone();
        a.age = vec![0; n];
        a.platform_months = nan32;
        a.monthly_income = vec![f64::NAN; n];
        a.monthly_debt = vec![f64::NAN; n];
        let mut has_income = false;
        let mut has_debt = false;
        for (summary, values) in s.columns.iter().zip(c.columns) {
            let ColumnSummary { field, column, .. } = summary;
            let from = |what: &str| format!("{what} ({column})");
            match field.as_str() {
                "monthly_income" => {
                    a.monthly_income = values.nums.iter().map(|&x| within(x, MAX_AMOUNT)).collect();
                    has_income = true;
                    entries.push(entry(
                        "monthly_income",
                        &from("Monthly income"),
                        Role::Income,
                        Kind::Numeric,
                        Source::MonthlyIncome,
                    ));
                }
                "monthly_debt" => {
                    a.monthly_debt = values.nums.iter().map(|&x| within(x, MAX_AMOUNT)).collect();
                    has_debt = true;
                    entries.push(entry(
                        "monthly_debt",
                        &from("Monthly debt payments"),
                        Role::Debt,
                        Kind::Numeric,
                        Source::MonthlyDebt,
                    ));
                }
                "age" => {
                    // An unknown age is declined as under age (the load reads it as 0).
                    a.age = values
                        .nums
                        .iter()
                        .map(|&x| {
                            let x = within(x, MAX_AGE);
                            if x.is_nan() { 0 } else { x as u8 }
                        })
                        .collect();
                    entries.push(entry(
                        "age",
                        &from("Age"),
                        Role::Age,
                        Kind::Numeric,
                        Source::Age,
                    ));
                }
                "months_on_platform" => {
                    // Stored as whole months (the file's column is an integer).
                    a.platform_months = values
                        .nums
                        .iter()
                        .map(|&x| within(x, MAX_MONTHS).floor() as f32)
                        .collect();
                    entries.push(entry(
                        "platform_months",
                        &from("Months on the platform"),
                        Role::PlatformTenure,
                        Kind::Numeric,
                        Source::PlatformMonths,
                    ));
                }
                "dti" => {
                    entries.push(entry(
                        column,
                        &from("Debt-to-income"),
                        Role::Dti,
                        Kind::Numeric,
                        Source::Extra(extra.len() as u16),
                    ));
                    extra.push(ExtraValues::Numeric(values.nums));
                }
                _ => {
                    let spec = map
                        .applicants
                        .characteristics
                        .iter()
                        .map(|c| c.column())
                        .find(|c| &c.column == column);
                    let label = spec.and_then(|c| c.label).unwrap_or_else(|| column.clone());
                    let (kind, values) = match summary.kind {
                        ColumnKind::Numeric => (Kind::Numeric, ExtraValues::Numeric(values.nums)),
                        ColumnKind::Categorical => (
                            Kind::Categorical,
                            ExtraValues::Categorical {
                                codes: values.codes,
                                labels: values.labels,
                            },
                        ),
                    };
                    if entries.iter().any(|e| &e.name == column) {
                        return Err(format!("the column {column} is mapped twice"));
                    }
                    entries.push(entry(
                        column,
                        &label,
                        Role::Characteristic,
                        kind,
                        Source::Extra(extra.len() as u16),
                    ));
                    extra.push(values);
                }
            }
        }
        if map.applicants.dti.is_none() && has_income && has_debt {
            entries.push(entry(
                "dti",
                "Debt-to-income (monthly debt ÷ monthly income)",
                Role::Dti,
                Kind::Numeric,
                Source::Dti,
            ));
        }
        a.name = c.names.clone().unwrap_or_else(|| empty_text(n));
        a.phone = c.phones.clone().unwrap_or_else(|| empty_text(n));
        if c.names.is_some() {
            entries.push(entry(
                "name",
                "Name",
                Role::PersonalData,
                Kind::Categorical,
                Source::Name,
            ));
        }
        if c.phones.is_some() {
            entries.push(entry(
                "phone",
                "Phone",
                Role::PersonalData,
                Kind::Categorical,
                Source::Phone,
            ));
        }
        a.extra = extra;
        let given = outcomes.unwrap_or_default();
        let outcome_definition = map.outcomes.as_ref().map(|o| {
            o.definition
                .clone()
                .filter(|d| !d.trim().is_empty())
                .unwrap_or_else(|| "as given".into())
        });
        if outcome_definition.is_some() {
            if given.len() != n {
                return Err(format!("{} outcomes for {n} applicants", given.len()));
            }
            a.given_outcome = given;
        }
        let registry = Registry::new(entries)?;
        let accounts = accounts.map(|(read, history)| book_accounts(read, history, &ids));
        a.id = ids;
        sort_by_id(&mut a);
        Ok(Book {
            name: map.name.clone(),
            as_of: crate::domain::import::dates::parse_date(&map.as_of, None)
                .map(iso)
                .map_err(|_| format!("as_of {:?} is not a date", map.as_of))?,
            applicants: a,
            registry,
            outcome_definition,
            accounts,
        })
    }
}

/// The accounts under the applicants' ids (`ids`, in file order).
fn book_accounts(
    read: ImportedAccounts,
    history: Option<ImportedHistory>,
    ids: &[i64],
) -> BookAccounts {
    let n = read.len();
    let lender: Option<Vec<i64>> = (0..n).map(|k| read.ids.get(k).parse().ok()).collect();
    let id = match lender {
        Some(v)
            if {
                let mut sorted = v.clone();
                sorted.sort_unstable();
                sorted.windows(2).all(|w| w[0] < w[1])
            } =>
        {
            v
        }
        _ => (1..=n as i64).collect(),
    };
    BookAccounts {
        id,
        applicant_id: read
            .applicant_row
            .iter()
            .map(|&r| ids.get(r as usize).copied().unwrap_or(0))
            .collect(),
        open_day: read.open_day,
        credit_limit: read.credit_limit,
        fee_rate: read.fee_rate,
        history: history.unwrap_or_else(|| ImportedHistory {
            start: vec![0; n + 1],
            ..ImportedHistory::default()
        }),
    }
}

fn empty_text(n: usize) -> TextColumn {
    let mut t = TextColumn::default();
    for _ in 0..n {
        t.push("");
    }
    t
}

/// The ISO date of a day counted from 1970-01-01.
fn iso(days: i32) -> String {
    let month = month_of_days(days);
    let (y, m) = (month.div_euclid(12), month.rem_euclid(12) + 1);
    let first = super::dates::days_from_civil(y, m as u32, 1).unwrap_or(days);
    format!("{y:04}-{m:02}-{:02}", days - first + 1)
}

/// Puts the rows in id order (a portfolio's rows are sorted by id; the extra
/// columns are stored in that order).
fn sort_by_id(a: &mut Applicants) {
    if a.id.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    let mut order: Vec<u32> = (0..a.id.len() as u32).collect();
    order.sort_by_key(|&r| a.id[r as usize]);
    fn p<T: Copy>(v: &mut Vec<T>, order: &[u32]) {
        if !v.is_empty() {
            *v = order.iter().map(|&r| v[r as usize]).collect();
        }
    }
    p(&mut a.id, &order);
    p(&mut a.app_day, &order);
    p(&mut a.app_month, &order);
    p(&mut a.channel, &order);
    p(&mut a.age, &order);
    p(&mut a.city_tier, &order);
    p(&mut a.employment, &order);
    p(&mut a.monthly_income, &order);
    p(&mut a.monthly_debt, &order);
    p(&mut a.bureau_months, &order);
    p(&mut a.delinquencies, &order);
    p(&mut a.platform_months, &order);
    p(&mut a.monthly_spend, &order);
    p(&mut a.order_count, &order);
    p(&mut a.return_rate, &order);
    p(&mut a.night_share, &order);
    p(&mut a.device_changes, &order);
    p(&mut a.given_outcome, &order);
    let text = |t: &TextColumn| {
        let mut out = TextColumn::default();
        for &r in &order {
            out.push(t.get(r as usize));
        }
        out
    };
    a.name = text(&a.name);
    a.phone = text(&a.phone);
    a.extra = std::mem::take(&mut a.extra)
        .into_iter()
        .map(|c| c.permuted(&order))
        .collect();
}
