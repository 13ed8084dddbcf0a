//! Loading the installment orders of the booked accounts, with each order's monthly
//! IRR solved once (`Orders::solve`) for the compliance checks. A file without
//! orders (an import) loads none, and the APR check says it cannot be checked.

use rusqlite::Connection;

use super::cell::{self, At};
use crate::domain::portfolio::Accounts;
use crate::domain::portfolio::orders::Orders;
use crate::store::error::Fault;

fn sql(e: rusqlite::Error) -> String {
    format!("cannot read: {e}")
}

/// Rows reserved ahead at most (beyond it, the columns grow as they fill).
const RESERVE_AT_MOST: usize = 50_000_000;

/// The most installments an order may have (50 years of months).
const MAX_INSTALLMENTS: f64 = 600.0;

/// Reads the orders table against `accounts` (sorted by id, as loaded).
pub(crate) fn load_orders(conn: &Connection, accounts: &Accounts) -> Result<Orders, Fault> {
    let mut st = conn
        .prepare(
            "SELECT id, account_id, amount, installments, monthly_fee_rate, installment
             FROM orders ORDER BY id",
        )
        .map_err(sql)?;
    // Reserved by `max(rowid)` (instant, where `COUNT(*)` scans); trimmed after.
    let n: i64 = conn
        .query_row("SELECT COALESCE(MAX(rowid), 0) FROM orders", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    let n = (n.max(0) as usize).min(RESERVE_AT_MOST);
    let mut o = Orders {
        account: Vec::with_capacity(n),
        amount: Vec::with_capacity(n),
        installments: Vec::with_capacity(n),
        installment: Vec::with_capacity(n),
        quoted_rate: Vec::with_capacity(n),
        monthly_irr: Vec::new(),
    };
    let mut rows = st.query([]).map_err(sql)?;
    let mut last = None;
    while let Some(row) = rows.next().map_err(sql)? {
        let id = cell::id(row, 0, "orders", last)?;
        last = Some(id);
        let at = At {
            table: "orders",
            id,
        };
        let account_id = cell::num(
            row,
            1,
            "account_id",
            &at,
            false,
            i64::MIN as f64,
            i64::MAX as f64,
        )? as i64;
        let Ok(k) = accounts.id.binary_search(&account_id) else {
            return Err(
                format!("order {id} is on account {account_id}, which does not exist").into(),
            );
        };
        o.account.push(k as u32);
        o.amount
            .push(cell::num(row, 2, "amount", &at, false, 0.0, 1e12)?);
        o.installments
            .push(cell::num(row, 3, "installments", &at, false, 1.0, MAX_INSTALLMENTS)? as u16);
        o.quoted_rate.push(cell::num(
            row,
            4,
            "monthly_fee_rate",
            &at,
            false,
            0.0,
            10.0,
        )?);
        o.installment
            .push(cell::num(row, 5, "installment", &at, false, 0.0, 1e12)?);
    }
    o.trim_capacity();
    o.solve();
    Ok(o)
}
