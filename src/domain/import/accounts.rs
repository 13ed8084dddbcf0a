//! The accounts of a lender's extract, read after the applicants: each names a known
//! applicant, one account per applicant at most, with its opening date, credit limit
//! and fee rate.

use std::collections::HashMap;

use super::cells::number;
use super::dates::{DateError, parse_date};
use super::error::{ImportError, find, full_row};
use super::map::{Column, ImportMap};
use crate::domain::portfolio::text_column::TextColumn;

/// The accounts an import read, in file order.
#[derive(Debug, Default)]
pub struct ImportedAccounts {
    /// The lender's account id of each (the row number when the map names none).
    pub ids: TextColumn,
    /// Row of each account's applicant in the applicants file.
    pub applicant_row: Vec<u32>,
    /// Opening day (days since 1970-01-01).
    pub open_day: Vec<i32>,
    pub credit_limit: Vec<f64>,
    /// Annual, as a fraction.
    pub fee_rate: Vec<f64>,
}

impl ImportedAccounts {
    pub fn len(&self) -> usize {
        self.applicant_row.len()
    }

    pub fn is_empty(&self) -> bool {
        self.applicant_row.is_empty()
    }
}

/// What the accounts file held.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountsSummary {
    pub accounts: usize,
    pub first_opened: Option<i32>,
    pub last_opened: Option<i32>,
    /// Smallest and largest credit limit (NaN when none).
    pub limit_min: f64,
    pub limit_max: f64,
    /// The fee-rate column, or `None`: every account's fee rate is 0.
    pub fee_rate: Option<String>,
    /// Fee rates missing, read as 0.
    pub fee_missing: usize,
}

/// Resolves a numeric column of the accounts or the performance file.
pub(super) fn numeric(
    file: &str,
    header: &[String],
    c: Column,
) -> Result<(usize, Column), ImportError> {
    Ok((find(file, header, &c.column)?, c))
}

/// A number in a row, with the errors an accounts or performance file gives.
pub(super) fn read_number(
    file: &str,
    line: u64,
    cells: &[&str],
    (k, column): &(usize, Column),
    max: f64,
) -> Result<Option<f64>, ImportError> {
    let cell = cells[*k];
    let x = number(cell, column).map_err(|_| ImportError::NotANumber {
        file: file.to_string(),
        line,
        column: column.column.clone(),
        value: cell.to_string(),
    })?;
    match x {
        Some(x) if !(0.0..=max).contains(&x) => Err(ImportError::OutOfRange {
            file: file.to_string(),
            line,
            column: column.column.clone(),
            value: cell.trim().to_string(),
            max,
        }),
        x => Ok(x),
    }
}

/// The accounts file, row by row.
pub struct AccountsCheck<'a> {
    file: String,
    applicants: &'a HashMap<String, (u64, u32)>,
    id: Option<usize>,
    applicant: usize,
    opened: usize,
    limit: (usize, Column),
    fee: Option<(usize, Column)>,
    width: usize,
    header: Vec<String>,
    date_format: Option<String>,
    as_of: i32,
    /// Account id → (line, account).
    pub seen: HashMap<String, (u64, u32)>,
    /// The line of each applicant's account (0: none yet).
    account_line: Vec<u64>,
    pub accounts: ImportedAccounts,
    summary: AccountsSummary,
}

/// Largest credit limit or balance read (as the portfolio's loader accepts).
pub(super) const MAX_AMOUNT: f64 = 1e12;
/// Largest annual fee rate read (1000 %).
const MAX_FEE_RATE: f64 = 10.0;

impl<'a> AccountsCheck<'a> {
    /// `None` when the map names no accounts.
    pub fn new(
        map: &ImportMap,
        header: &[String],
        applicants: &'a HashMap<String, (u64, u32)>,
        as_of: i32,
    ) -> Result<Option<Self>, ImportError> {
        let Some(m) = &map.accounts else {
            return Ok(None);
        };
        let file = m.file.clone();
        let applicant_column = m
            .applicant_id
            .clone()
            .or_else(|| map.applicants.id.clone())
            .unwrap_or_else(|| "id".into());
        Ok(Some(Self {
            id: m
                .id
                .as_deref()
                .map(|c| find(&file, header, c))
                .transpose()?,
            applicant: find(&file, header, &applicant_column)?,
            opened: find(&file, header, &m.opened_on)?,
            limit: numeric(&file, header, m.credit_limit.column())?,
            fee: m
                .fee_rate
                .as_ref()
                .map(|f| numeric(&file, header, f.column()))
                .transpose()?,
            width: header.len(),
            header: header.to_vec(),
            date_format: map.date_format.clone(),
            as_of,
            seen: HashMap::new(),
            account_line: vec![0; applicants.len()],
            accounts: ImportedAccounts::default(),
            summary: AccountsSummary {
                accounts: 0,
                first_opened: None,
                last_opened: None,
                limit_min: f64::NAN,
                limit_max: f64::NAN,
                fee_rate: m.fee_rate.as_ref().map(|f| f.name().to_string()),
                fee_missing: 0,
            },
            applicants,
            file,
        }))
    }

    pub fn row(&mut self, line: u64, cells: &[&str]) -> Result<(), ImportError> {
        let file = &self.file;
        full_row(file, line, cells, self.width)?;
        let k = self.accounts.len() as u32;
        let id = match self.id {
            Some(c) => cells[c].trim().to_string(),
            None => (k + 1).to_string(),
        };
        if let Some(&(first_line, _)) = self.seen.get(&id) {
            return Err(ImportError::DuplicateAccount {
                file: file.clone(),
                id,
                first_line,
                line,
            });
        }
        let applicant = cells[self.applicant].trim();
        let Some(&(_, row)) = self.applicants.get(applicant) else {
            return Err(ImportError::UnknownApplicant {
                file: file.clone(),
                line,
                id: applicant.to_string(),
            });
        };
        let first_line = std::mem::replace(&mut self.account_line[row as usize], line);
        if first_line != 0 {
            return Err(ImportError::SecondAccount {
                file: file.clone(),
                applicant: applicant.to_string(),
                first_line,
                line,
            });
        }
        let cell = cells[self.opened];
        let bad_date = |ambiguous| ImportError::BadDate {
            file: file.clone(),
            line,
            column: self.header[self.opened].clone(),
            value: cell.to_string(),
            ambiguous,
        };
        let day = parse_date(cell, self.date_format.as_deref())
            .map_err(|e| bad_date(e == DateError::Ambiguous))?;
        if day > self.as_of {
            return Err(ImportError::AfterAsOf {
                file: file.clone(),
                line,
                column: self.header[self.opened].clone(),
                value: cell.trim().to_string(),
            });
        }
        let limit = read_number(file, line, cells, &self.limit, MAX_AMOUNT)?.ok_or_else(|| {
            ImportError::MissingValue {
                file: file.clone(),
                line,
                column: self.limit.1.column.clone(),
            }
        })?;
        let fee = match &self.fee {
            None => 0.0,
            Some(f) => match read_number(file, line, cells, f, MAX_FEE_RATE)? {
                Some(x) => x,
                None => {
                    self.summary.fee_missing += 1;
                    0.0
                }
            },
        };
        let s = &mut self.summary;
        s.accounts += 1;
        s.first_opened = Some(s.first_opened.map_or(day, |d| d.min(day)));
        s.last_opened = Some(s.last_opened.map_or(day, |d| d.max(day)));
        s.limit_min = if s.limit_min.is_nan() {
            limit
        } else {
            s.limit_min.min(limit)
        };
        s.limit_max = if s.limit_max.is_nan() {
            limit
        } else {
            s.limit_max.max(limit)
        };
        let a = &mut self.accounts;
        a.ids.push(&id);
        a.applicant_row.push(row);
        a.open_day.push(day);
        a.credit_limit.push(limit);
        a.fee_rate.push(fee);
        self.seen.insert(id, (line, k));
        Ok(())
    }

    /// The summary and the accounts, with the id map the performance file needs.
    pub fn finish(
        self,
    ) -> (
        AccountsSummary,
        ImportedAccounts,
        HashMap<String, (u64, u32)>,
    ) {
        (self.summary, self.accounts, self.seen)
    }
}
