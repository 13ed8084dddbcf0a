//! The accounts' month-end performance in a lender's extract, read after the
//! accounts. Each month-end names a known account. A portfolio's history runs from
//! the month after opening (month on book 1) to the as-of date without a gap, so the
//! month-ends are sorted per account at the end and checked for gaps and repeats; a
//! month-end of the opening month itself is not a month on book and is counted, not
//! kept.

use std::collections::HashMap;

use super::accounts::{ImportedAccounts, MAX_AMOUNT, numeric, read_number};
use super::dates::{DateError, month_label, month_of_days, parse_date};
use super::error::{ImportError, find, full_row};
use super::map::{Column, DpdUnit, ImportMap};
use crate::domain::portfolio::text_column::TextColumn;

/// Each account's month-ends from month on book 1, in the accounts' order.
#[derive(Debug, Default, PartialEq)]
pub struct ImportedHistory {
    /// Account k's rows are `start[k]..start[k + 1]`.
    pub start: Vec<u32>,
    /// Riskdesk's bucket (0 current … 4 90+).
    pub bucket: Vec<u8>,
    pub balance: Vec<f64>,
}

impl ImportedHistory {
    /// Account `k`'s buckets, month on book 1 first.
    pub fn buckets(&self, k: usize) -> &[u8] {
        match (self.start.get(k), self.start.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.bucket[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// What the performance file held.
#[derive(Clone, Debug, PartialEq)]
pub struct PerformanceSummary {
    /// Month-ends read.
    pub rows: usize,
    /// Month-ends kept (month on book 1 and after).
    pub kept: usize,
    pub accounts_with_history: usize,
    pub first_month: Option<i32>,
    pub last_month: Option<i32>,
    pub unit: DpdUnit,
    /// Month-ends of the opening month itself (not a month on book): not kept.
    pub opening_month: usize,
    /// Balances missing, read as 0.
    pub balance_missing: usize,
    /// Accounts by bucket at their latest month-end.
    pub latest_buckets: [usize; 5],
}

/// The last month whose month-end is on or before `as_of` (a day).
pub fn last_month_end(as_of: i32) -> i32 {
    let m = month_of_days(as_of);
    if month_of_days(as_of + 1) == m {
        m - 1
    } else {
        m
    }
}

/// Riskdesk's bucket of a days-past-due cell (`None` when the cell is not one).
pub fn bucket_of(cell: &str, unit: DpdUnit) -> Option<u8> {
    let t = cell.trim();
    match unit {
        DpdUnit::Days => {
            let d: f64 = t.parse().ok()?;
            if !d.is_finite() || d < 0.0 {
                return None;
            }
            Some(match d {
                d if d < 1.0 => 0,
                d if d < 30.0 => 1,
                d if d < 60.0 => 2,
                d if d < 90.0 => 3,
                _ => 4,
            })
        }
        DpdUnit::Bucket => {
            let lower = t.to_ascii_lowercase().replace(['–', '—'], "-");
            let named = match lower.as_str() {
                "0" | "current" | "m0" => Some(0),
                "1" | "1-29" | "m1" => Some(1),
                "2" | "30-59" | "m2" => Some(2),
                "3" | "60-89" | "m3" => Some(3),
                "4" | "90+" | "m4" | "m4+" => Some(4),
                _ => None,
            };
            if named.is_some() {
                return named;
            }
            // M5, M6, M7+: beyond 90 days.
            match lower.strip_prefix('m').map(|r| r.trim_end_matches('+')) {
                Some(r) if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) => Some(4),
                _ => None,
            }
        }
    }
}

/// The performance file, row by row; sorted and checked for gaps at the end.
pub struct PerformanceCheck<'a> {
    file: String,
    accounts: &'a HashMap<String, (u64, u32)>,
    ids: &'a TextColumn,
    open_month: Vec<i32>,
    account: usize,
    month: usize,
    balance: (usize, Column),
    dpd: (usize, DpdUnit),
    width: usize,
    header: Vec<String>,
    date_format: Option<String>,
    last_month: i32,
    /// (account, month, line) of each row read.
    keys: Vec<(u32, i32, u64)>,
    bucket: Vec<u8>,
    balances: Vec<f64>,
    summary: PerformanceSummary,
}

impl<'a> PerformanceCheck<'a> {
    /// `None` when the map names no performance.
    pub fn new(
        map: &ImportMap,
        header: &[String],
        accounts: &'a HashMap<String, (u64, u32)>,
        read: &'a ImportedAccounts,
        as_of: i32,
    ) -> Result<Option<Self>, ImportError> {
        let Some(m) = &map.performance else {
            return Ok(None);
        };
        let file = m.file.clone();
        Ok(Some(Self {
            account: find(&file, header, &m.account_id)?,
            month: find(&file, header, &m.month)?,
            balance: numeric(&file, header, m.balance.column())?,
            dpd: (
                find(&file, header, &m.days_past_due.column)?,
                m.days_past_due.unit,
            ),
            width: header.len(),
            header: header.to_vec(),
            date_format: map.date_format.clone(),
            last_month: last_month_end(as_of),
            accounts,
            ids: &read.ids,
            open_month: read.open_day.iter().map(|&d| month_of_days(d)).collect(),
            keys: Vec::new(),
            bucket: Vec::new(),
            balances: Vec::new(),
            summary: PerformanceSummary {
                rows: 0,
                kept: 0,
                accounts_with_history: 0,
                first_month: None,
                last_month: None,
                unit: m.days_past_due.unit,
                opening_month: 0,
                balance_missing: 0,
                latest_buckets: [0; 5],
            },
            file,
        }))
    }

    pub fn row(&mut self, line: u64, cells: &[&str]) -> Result<(), ImportError> {
        let file = &self.file;
        full_row(file, line, cells, self.width)?;
        let id = cells[self.account].trim();
        let Some(&(_, k)) = self.accounts.get(id) else {
            return Err(ImportError::UnknownAccount {
                file: file.clone(),
                line,
                id: id.to_string(),
            });
        };
        let cell = cells[self.month];
        let column = || self.header[self.month].clone();
        let day =
            parse_date(cell, self.date_format.as_deref()).map_err(|e| ImportError::BadDate {
                file: file.clone(),
                line,
                column: column(),
                value: cell.to_string(),
                ambiguous: e == DateError::Ambiguous,
            })?;
        let month = month_of_days(day);
        if month > self.last_month {
            return Err(ImportError::AfterAsOf {
                file: file.clone(),
                line,
                column: column(),
                value: cell.trim().to_string(),
            });
        }
        let (d, unit) = self.dpd;
        let bucket = bucket_of(cells[d], unit).ok_or_else(|| ImportError::BadDaysPastDue {
            file: file.clone(),
            line,
            column: self.header[d].clone(),
            value: cells[d].trim().to_string(),
            unit,
        })?;
        let balance = match read_number(file, line, cells, &self.balance, MAX_AMOUNT)? {
            Some(x) => x,
            None => {
                self.summary.balance_missing += 1;
                0.0
            }
        };
        self.summary.rows += 1;
        self.keys.push((k, month, line));
        self.bucket.push(bucket);
        self.balances.push(balance);
        Ok(())
    }

    /// Sorts the month-ends per account and checks that each account's run from the
    /// month after opening without a gap or a repeat.
    pub fn finish(self) -> Result<(PerformanceSummary, ImportedHistory), ImportError> {
        let Self {
            file,
            ids,
            open_month,
            keys,
            bucket,
            balances,
            mut summary,
            ..
        } = self;
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_unstable_by_key(|&r| {
            let (k, month, _) = keys[r as usize];
            (k, month)
        });
        let n = open_month.len();
        let mut h = ImportedHistory {
            start: Vec::with_capacity(n + 1),
            bucket: Vec::with_capacity(keys.len()),
            balance: Vec::with_capacity(keys.len()),
        };
        let mut next = order.iter().peekable();
        for (k, &opened) in open_month.iter().enumerate() {
            h.start.push(h.bucket.len() as u32);
            let mut expect = opened + 1;
            let mut last_line = 0;
            while let Some(&&r) = next.peek() {
                let (account, month, line) = keys[r as usize];
                if account as usize != k {
                    break;
                }
                next.next();
                let id = || ids.get(k).to_string();
                if month < opened {
                    return Err(ImportError::BeforeOpening {
                        file,
                        line,
                        account: id(),
                        month: month_label(month),
                        opened: month_label(opened),
                    });
                }
                if month == opened {
                    summary.opening_month += 1;
                    continue;
                }
                if month < expect {
                    return Err(ImportError::DuplicateMonth {
                        file,
                        account: id(),
                        month: month_label(month),
                        first_line: last_line,
                        line,
                    });
                }
                if month > expect {
                    return Err(ImportError::HistoryGap {
                        file,
                        account: id(),
                        missing: month_label(expect),
                        opened: month_label(opened),
                    });
                }
                expect += 1;
                last_line = line;
                h.bucket.push(bucket[r as usize]);
                h.balance.push(balances[r as usize]);
                summary.first_month = Some(summary.first_month.map_or(month, |f| f.min(month)));
                summary.last_month = Some(summary.last_month.map_or(month, |l| l.max(month)));
            }
            let own = h.bucket.len() - *h.start.last().unwrap_or(&0) as usize;
            if own > 0 {
                summary.accounts_with_history += 1;
                if let Some(&b) = h.bucket.last() {
                    summary.latest_buckets[usize::from(b.min(4))] += 1;
                }
            }
        }
        h.start.push(h.bucket.len() as u32);
        summary.kept = h.bucket.len();
        Ok((summary, h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_buckets_become_riskdesks_five_buckets() {
        let days = |s| bucket_of(s, DpdUnit::Days);
        let read = ["0", "1", "29", "30", "59.5", "60", "89", "90", "400"].map(days);
        assert_eq!(read, [0, 1, 1, 2, 2, 3, 3, 4, 4].map(Some));
        assert_eq!(days("-1"), None);
        assert_eq!(days("late"), None);
        let bucket = |s| bucket_of(s, DpdUnit::Bucket);
        let read = [
            "0", "Current", "30–59", "60-89", "90+", "M1", "m3", "M4+", "M7+",
        ]
        .map(bucket);
        assert_eq!(read, [0, 0, 2, 3, 4, 1, 3, 4, 4].map(Some));
        assert_eq!(bucket("5"), None);
        assert_eq!(bucket("M"), None);
    }

    #[test]
    fn the_last_month_end_is_on_or_before_the_as_of_date() {
        let day = |y, m, d| super::super::dates::days_from_civil(y, m, d).unwrap();
        let june_2026 = 2026 * 12 + 5;
        assert_eq!(last_month_end(day(2026, 6, 30)), june_2026);
        assert_eq!(last_month_end(day(2026, 6, 29)), june_2026 - 1);
        assert_eq!(last_month_end(day(2026, 7, 1)), june_2026);
    }
}
