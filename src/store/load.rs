//! Loading a checked portfolio file into the domain's columnar `Portfolio`.

use crate::store::error::Fault;
use std::path::Path;

use rusqlite::Connection;

use super::cell::{self, At};
use super::dates::{days, month_bounds, parse_iso};
use super::error::StoreError;
use super::load_accounts::{History, attach_accounts, join_history, load_accounts, load_history};
use super::{columns, scorecard_table};
use crate::domain::portfolio::registry::Registry;
use crate::domain::portfolio::text_column::TextColumn;
use crate::domain::portfolio::{Applicants, GivenOutcome, Header, Portfolio, Scored};
use crate::domain::scorecard::Scorecard;

/// Progress of a load: called with a share in [0, 1].
pub(crate) type Progress<'a> = &'a (dyn Fn(f32) + Sync);

fn meta(conn: &Connection, key: &str) -> Option<String> {
    conn.query_row(
        "SELECT CAST(value AS TEXT) FROM riskdesk_meta WHERE key = ?1",
        [key],
        |r| r.get(0),
    )
    .ok()
}

/// Reads everything; every value is checked on the way.
pub(crate) fn load(
    path: &Path,
    conn: &Connection,
    progress: Progress<'_>,
) -> Result<Portfolio, StoreError> {
    let err = |m: Fault| m.in_file(path);
    let name = meta(conn, "portfolio_name").unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "portfolio".into())
    });
    let as_of = meta(conn, "as_of").ok_or_else(|| err("riskdesk_meta has no as_of date".into()))?;
    let (as_of_day, as_of_month) = parse_iso(&as_of).ok_or_else(|| {
        err(format!("riskdesk_meta.as_of is {as_of:?}, not a date YYYY-MM-DD").into())
    })?;
    // The last month whose month-end is on or before the as-of date: no month-end
    // record may come after it.
    let last_month_end = {
        let (first, len) = month_bounds(as_of_month);
        if as_of_day >= days(first) + len as i32 - 1 {
            as_of_month
        } else {
            as_of_month - 1
        }
    };
    // A file with its own registry (an import) may leave any standard column NULL,
    // and may have no scorecard yet.
    let exists = |sql: &str| -> Result<bool, StoreError> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| StoreError::sqlite(path, "cannot be read", e))
    };
    let imported = exists("SELECT EXISTS (SELECT 1 FROM applicant_columns)")?;
    let scorecard = if imported && !exists("SELECT EXISTS (SELECT 1 FROM scorecard)")? {
        Scorecard::none()
    } else {
        scorecard_table::read(conn).map_err(err)?
    };
    let outcome_definition = meta(conn, "outcome_definition");

    // Sizes for reserving columns and for progress. `max(rowid)` is instant where
    // `COUNT(*)` scans the table (a tenth of the load at 1,000,000 applicants); ids
    // are dense in files Riskdesk writes, and the columns are trimmed after reading
    // where they are not. Performance rows are about 11 per account.
    let max_rowid = |table: &str| -> Result<usize, StoreError> {
        conn.query_row(
            &format!("SELECT COALESCE(MAX(rowid), 0) FROM {table}"),
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| (n.max(0) as usize).min(RESERVE_AT_MOST))
        .map_err(|e| StoreError::sqlite(path, &format!("cannot size {table}"), e))
    };
    let n = max_rowid("applicants")?;
    let n_acc = max_rowid("accounts")?;
    let n_perf = n_acc.saturating_mul(12).min(RESERVE_AT_MOST);
    let total_rows = (n + n_acc + n_perf).max(1) as f32;

    // The month-end history, the largest table, on a thread of its own (with its own
    // read-only connection); the applicants, the accounts table and the scores on
    // this one. The two take about as long as each other.
    let shared = std::sync::atomic::AtomicUsize::new(0);
    let report = |delta: usize| {
        let done = shared.fetch_add(delta, std::sync::atomic::Ordering::Relaxed) + delta;
        // The total is an estimate: never report done before the end.
        progress((done as f32 / total_rows).min(0.99));
    };
    let (a, raw, history, scored, channels, employments, registry) = std::thread::scope(|scope| {
        let history = std::thread::Builder::new()
            .name("riskdesk-load-history".into())
            .spawn_scoped(scope, || -> Result<History, Fault> {
                let conn = super::open::read_only(path).map_err(|e| Fault::from(e.detail()))?;
                load_history(&conn, n_perf, &report)
            });
        let mut channels: Vec<String> = Vec::new();
        let mut employments: Vec<String> = Vec::new();
        let a = load_applicants(
            conn,
            n,
            &mut channels,
            &mut employments,
            Reading {
                imported,
                given_outcomes: outcome_definition.is_some(),
            },
            &report,
        )
        .and_then(|mut a| {
            let registry = match columns::read(conn, a.len())? {
                Some((registry, extra)) => {
                    a.extra = extra;
                    registry
                }
                None => Registry::standard(),
            };
            a.fill_absent_rule_inputs(&registry);
            Ok((a, registry))
        });
        let (a, registry) = match a {
            Ok((a, r)) => (Ok(a), r),
            Err(e) => (Err(e), Registry::standard()),
        };
        let raw = a
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|_| load_accounts(conn, as_of_month, n_acc));
        report(n_acc);
        // Scored here, while the other thread is still reading the history.
        let scored = match &a {
            Ok(a) => {
                Scored::of(&scorecard, &registry, a, &channels, &employments).map_err(Fault::from)
            }
            Err(e) => Err(e.clone()),
        };
        let history = match history {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err("loading the account history failed".into())),
            // No thread could be started: load on this one.
            Err(_) => load_history(conn, n_perf, &report),
        };
        Ok::<_, Fault>((a?, raw?, history?, scored, channels, employments, registry))
    })
    .map_err(err)?;
    let mut a = a;
    a.trim_capacity();
    let mut acc = attach_accounts(raw, &a).map_err(err)?;
    join_history(&mut acc, history, last_month_end).map_err(err)?;
    acc.trim_capacity();
    let orders = if exists("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'orders')")? {
        super::load_orders::load_orders(conn, &acc).map_err(err)?
    } else {
        Default::default()
    };
    progress(1.0);
    let header = Header {
        name,
        as_of,
        as_of_month,
        channels,
        employments,
        registry,
        outcome_definition,
    };
    let mut portfolio = Portfolio::new_scored(header, a, acc, scorecard, scored.map_err(err)?)
        .map_err(|m| err(m.into()))?;
    portfolio.orders = orders;
    Ok(portfolio)
}

/// Rows reserved ahead at most per column (beyond it, columns grow as they fill).
const RESERVE_AT_MOST: usize = 20_000_000;

fn code(dict: &mut Vec<String>, value: &str, what: &str) -> Result<u8, Fault> {
    if let Some(k) = dict.iter().position(|d| d == value) {
        return Ok(k as u8);
    }
    if dict.len() >= 255 {
        return Err(format!("more than 255 distinct values of {what}").into());
    }
    dict.push(value.to_string());
    Ok((dict.len() - 1) as u8)
}

fn sql(e: rusqlite::Error) -> String {
    format!("cannot read: {e}")
}

/// How the applicants table is read.
#[derive(Clone, Copy)]
struct Reading {
    /// A file of a lender's own book: the standard columns may be NULL (an unknown
    /// age or tenure reads as 0 and is declined, as an unknown tenure always was).
    imported: bool,
    /// The outcomes are the lender's (`applicants.outcome`), not the history's.
    given_outcomes: bool,
}

fn load_applicants(
    conn: &Connection,
    n: usize,
    channels: &mut Vec<String>,
    employments: &mut Vec<String>,
    how: Reading,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Applicants, Fault> {
    let opt = how.imported;
    let mut a = Applicants {
        id: Vec::with_capacity(n),
        app_day: Vec::with_capacity(n),
        app_month: Vec::with_capacity(n),
        channel: Vec::with_capacity(n),
        age: Vec::with_capacity(n),
        city_tier: Vec::with_capacity(n),
        employment: Vec::with_capacity(n),
        monthly_income: Vec::with_capacity(n),
        monthly_debt: Vec::with_capacity(n),
        bureau_months: Vec::with_capacity(n),
        delinquencies: Vec::with_capacity(n),
        platform_months: Vec::with_capacity(n),
        monthly_spend: Vec::with_capacity(n),
        order_count: Vec::with_capacity(n),
        return_rate: Vec::with_capacity(n),
        night_share: Vec::with_capacity(n),
        device_changes: Vec::with_capacity(n),
        name: TextColumn::with_capacity(n, n * 12),
        phone: TextColumn::with_capacity(n, n * 11),
        extra: Vec::new(),
        given_outcome: Vec::new(),
    };
    let mut st = conn
        .prepare(
            "SELECT id, application_date, channel, age, city_tier, employment, monthly_income,
                    monthly_debt, bureau_months, delinquencies, platform_months, monthly_spend,
                    order_count, return_rate, night_share, device_changes, name, phone, outcome
             FROM applicants ORDER BY id",
        )
        .map_err(sql)?;
    let mut rows = st.query([]).map_err(sql)?;
    let mut last: Option<i64> = None;
    const MAX: f64 = 1e12;
    while let Some(row) = rows.next().map_err(sql)? {
        let id = cell::id(row, 0, "applicants", last)?;
        if last == Some(id) {
            return Err(format!("applicants has the id {id} more than once").into());
        }
        last = Some(id);
        let at = At {
            table: "applicants",
            id,
        };
        let date = cell::text(row, 1, "application_date", &at)?;
        let (day, month) = parse_iso(date).ok_or_else(|| {
            format!("applicants.application_date of id {id} is {date:?}, not a date YYYY-MM-DD")
        })?;
        let text = |idx: usize, col: &str| -> Result<&str, Fault> {
            if opt {
                Ok(cell::opt_text(row, idx, col, &at)?.unwrap_or(""))
            } else {
                cell::text(row, idx, col, &at)
            }
        };
        // An unknown whole number of an import reads as 0 (see `Reading`).
        let whole = |idx: usize, col: &str, lo: f64, hi: f64| -> Result<f64, Fault> {
            let x = cell::num(row, idx, col, &at, opt, lo, hi)?;
            Ok(if x.is_nan() { 0.0 } else { x })
        };
        let channel = text(2, "channel")?;
        let employment = text(5, "employment")?;
        a.id.push(id);
        a.app_day.push(day);
        a.app_month.push(month);
        a.channel.push(code(channels, channel, "channel")?);
        a.age.push(whole(3, "age", 0.0, 120.0)? as u8);
        a.city_tier
            .push(whole(4, "city_tier", if opt { 0.0 } else { 1.0 }, 9.0)? as u8);
        a.employment
            .push(code(employments, employment, "employment")?);
        a.monthly_income
            .push(cell::num(row, 6, "monthly_income", &at, true, 0.0, MAX)?);
        a.monthly_debt
            .push(cell::num(row, 7, "monthly_debt", &at, true, 0.0, MAX)?);
        a.bureau_months
            .push(cell::num(row, 8, "bureau_months", &at, true, 0.0, 1200.0)? as f32);
        a.delinquencies
            .push(cell::num(row, 9, "delinquencies", &at, opt, 0.0, 1000.0)? as f32);
        a.platform_months
            .push(cell::num(row, 10, "platform_months", &at, opt, 0.0, 1200.0)? as f32);
        a.monthly_spend
            .push(cell::num(row, 11, "monthly_spend", &at, opt, 0.0, MAX)? as f32);
        a.order_count
            .push(cell::num(row, 12, "order_count", &at, opt, 0.0, 1e9)? as f32);
        a.return_rate
            .push(cell::num(row, 13, "return_rate", &at, opt, 0.0, 1.0)? as f32);
        a.night_share
            .push(cell::num(row, 14, "night_share", &at, opt, 0.0, 1.0)? as f32);
        a.device_changes
            .push(cell::num(row, 15, "device_changes", &at, opt, 0.0, 1e6)? as f32);
        a.name.push(text(16, "name")?);
        a.phone.push(text(17, "phone")?);
        if how.given_outcomes {
            let o = cell::opt_text(row, 18, "outcome", &at)?;
            a.given_outcome.push(GivenOutcome::parse(o).ok_or_else(|| {
                format!("applicants.outcome of id {id} is {o:?}, not good, bad or indeterminate")
            })?);
        }
        if a.id.len().is_multiple_of(65_536) {
            progress(65_536);
        }
    }
    Ok(a)
}
