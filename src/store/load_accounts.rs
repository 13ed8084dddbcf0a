//! Loading the accounts and their month-end history. The history is the largest
//! table (about 11 rows per account), so it is read on a thread of its own without
//! the accounts (`load_history`), while the accounts table is read after the
//! applicants; `join_history` then puts the history under the accounts and checks
//! them against each other.

use crate::store::error::Fault;
use rusqlite::Connection;

use super::cell::{self, At};
use super::dates::parse_iso;
use crate::domain::portfolio::{Accounts, Applicants};

/// History rows read between two progress reports.
const REPORT_EVERY: usize = 262_144;

fn sql(e: rusqlite::Error) -> String {
    format!("cannot read: {e}")
}

/// The accounts table, without history; `applicant_ids` are the applicants' ids,
/// which `attach_accounts` turns into rows.
pub(crate) struct RawAccounts {
    pub accounts: Accounts,
    pub applicant_ids: Vec<i64>,
}

/// Reads the accounts table (`n` rows expected, for reserving).
pub(crate) fn load_accounts(
    conn: &Connection,
    as_of_month: i32,
    n: usize,
) -> Result<RawAccounts, Fault> {
    let mut acc = Accounts {
        id: Vec::with_capacity(n),
        applicant: Vec::new(),
        open_month: Vec::with_capacity(n),
        credit_limit: Vec::with_capacity(n),
        fee_rate: Vec::with_capacity(n),
        origination_pd: Vec::with_capacity(n),
        history_start: Vec::new(),
        history_bucket: Vec::new(),
        history_balance: Vec::new(),
    };
    let mut applicant_ids = Vec::with_capacity(n);
    let mut st = conn
        .prepare(
            "SELECT id, applicant_id, open_date, credit_limit, fee_rate, origination_pd
             FROM accounts ORDER BY id",
        )
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    let mut last = None;
    while let Some(row) = rows.next().map_err(sql)? {
        let id = cell::id(row, 0, "accounts", last)?;
        if last == Some(id) {
            return Err(format!("accounts has the id {id} more than once").into());
        }
        last = Some(id);
        let at = At {
            table: "accounts",
            id,
        };
        let applicant = cell::num(
            row,
            1,
            "applicant_id",
            &at,
            false,
            i64::MIN as f64,
            i64::MAX as f64,
        )? as i64;
        let date = cell::text(row, 2, "open_date", &at)?;
        let (_, month) = parse_iso(date).ok_or_else(|| {
            format!("accounts.open_date of id {id} is {date:?}, not a date YYYY-MM-DD")
        })?;
        if month > as_of_month {
            return Err(format!("account {id} opens after the as-of date").into());
        }
        acc.id.push(id);
        applicant_ids.push(applicant);
        acc.open_month.push(month);
        acc.credit_limit
            .push(cell::num(row, 3, "credit_limit", &at, false, 0.0, 1e12)?);
        acc.fee_rate
            .push(cell::num(row, 4, "fee_rate", &at, false, 0.0, 10.0)? as f32);
        acc.origination_pd
            .push(cell::num(row, 5, "origination_pd", &at, true, 0.0, 1.0)?);
    }
    Ok(RawAccounts {
        accounts: acc,
        applicant_ids,
    })
}

/// Month-end rows in account and month order, not yet matched to accounts.
#[derive(Debug, Default)]
pub(crate) struct History {
    /// Account id and number of rows, per account with rows, in id order.
    runs: Vec<(i64, u32)>,
    bucket: Vec<u8>,
    balance: Vec<f64>,
}

/// Reads the performance table, checking that each account's months on book run
/// 1, 2, 3, ... (`rows` expected, for reserving).
pub(crate) fn load_history(
    conn: &Connection,
    rows: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<History, Fault> {
    let mut st = conn
        .prepare(
            "SELECT account_id, months_on_book, balance, dpd_bucket
             FROM performance ORDER BY account_id, months_on_book",
        )
        .map_err(sql)?;
    let mut h = History {
        runs: Vec::with_capacity(rows / 8),
        bucket: Vec::with_capacity(rows),
        balance: Vec::with_capacity(rows),
    };
    let mut cursor = st.query([]).map_err(sql)?;
    let mut expect_mob = 1i64;
    while let Some(row) = cursor.next().map_err(sql)? {
        let account = cell::id(row, 0, "performance", None)?;
        match h.runs.last_mut() {
            Some((id, count)) if *id == account => *count += 1,
            _ => {
                h.runs.push((account, 1));
                expect_mob = 1;
            }
        }
        let at = At {
            table: "performance",
            id: account,
        };
        let mob = cell::num(row, 1, "months_on_book", &at, false, 1.0, 600.0)? as i64;
        if mob != expect_mob {
            return Err(format!(
                "performance of account {account} jumps to month on book {mob} where {expect_mob} was expected"
            ).into());
        }
        expect_mob += 1;
        let balance = cell::num(row, 2, "balance", &at, false, 0.0, 1e12)?;
        let bucket = cell::num(row, 3, "dpd_bucket", &at, false, 0.0, 4.0)?;
        h.balance.push(balance);
        h.bucket.push(bucket as u8);
        if h.bucket.len().is_multiple_of(REPORT_EVERY) {
            progress(REPORT_EVERY);
        }
    }
    Ok(h)
}

/// Puts `history` under `acc` (both in id order): every history row must belong to
/// an account, and no month-end may come after `last_month_end` (the last month whose
/// end is on or before the as-of date).
pub(crate) fn join_history(
    acc: &mut Accounts,
    history: History,
    last_month_end: i32,
) -> Result<(), Fault> {
    let History {
        runs,
        bucket,
        balance,
    } = history;
    acc.history_start = Vec::with_capacity(acc.id.len() + 1);
    // The history's own columns become the accounts' (every row belongs to an
    // account, checked below, and the runs are in the accounts' order).
    acc.history_bucket = bucket;
    acc.history_balance = balance;
    let mut runs = runs.into_iter().peekable();
    let mut row = 0u32;
    for k in 0..acc.id.len() {
        acc.history_start.push(row);
        let id = acc.id[k];
        while let Some(&(account, count)) = runs.peek() {
            if account > id {
                break;
            }
            if account < id {
                return Err(format!(
                    "performance has rows for account {account}, which is not in accounts"
                )
                .into());
            }
            // Month on book t is the month-end of month `open_month + t`; the first
            // one after the as-of date is t = last_month_end + 1 − open_month.
            let first_after = i64::from(last_month_end) + 1 - i64::from(acc.open_month[k]);
            if i64::from(count) >= first_after {
                return Err(format!(
                    "performance of account {account} has month on book {first_after}, after the as-of date"
                ).into());
            }
            row += count;
            runs.next();
        }
    }
    acc.history_start.push(row);
    if let Some((account, _)) = runs.next() {
        return Err(format!(
            "performance has rows for account {account}, which is not in accounts"
        )
        .into());
    }
    Ok(())
}

/// Matches each account's applicant id to the applicant's row.
pub(crate) fn attach_accounts(raw: RawAccounts, a: &Applicants) -> Result<Accounts, Fault> {
    let RawAccounts {
        mut accounts,
        applicant_ids,
    } = raw;
    let mut has_account = vec![false; a.len()];
    accounts.applicant = Vec::with_capacity(applicant_ids.len());
    for (k, &applicant) in applicant_ids.iter().enumerate() {
        let id = accounts.id[k];
        let r = a.id.binary_search(&applicant).map_err(|_| {
            format!("account {id} belongs to applicant {applicant}, who is not in the file")
        })?;
        if std::mem::replace(&mut has_account[r], true) {
            return Err(format!("applicant {applicant} has more than one account").into());
        }
        accounts.applicant.push(r as u32);
    }
    Ok(accounts)
}
