//! Writing an imported book as a new portfolio file: the schema, the applicants,
//! the registry and the import's own columns, and the audit entry "portfolio
//! imported" naming every file read with its SHA-256, in one transaction, into the
//! output's temporary file (renamed into place by the caller only when complete).

use std::path::Path;

use rusqlite::{Connection, params};

use super::error::{Fault, StoreError};
use super::{audit, columns, schema};
use crate::domain::import::book::{Book, BookAccounts};
use crate::domain::import::dates::month_of_days;
use crate::domain::portfolio::registry::Role;
use crate::out_file::OutFile;

/// The audit action of an import.
pub const PORTFOLIO_IMPORTED: &str = "portfolio imported";

/// A file an import read, for its audit entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// As the map names it.
    pub name: String,
    pub sha256: String,
}

/// Who imports, when, and what the audit entry says besides the files.
#[derive(Clone, Debug)]
pub struct ImportStamp<'a> {
    pub at: &'a str,
    pub user: &'a str,
    pub reason: &'a str,
    pub files: &'a [SourceFile],
}

/// Writes `book` as the portfolio `out` and puts it in place.
pub(crate) fn write_book(
    out: OutFile,
    book: &Book,
    stamp: &ImportStamp<'_>,
    progress: &dyn Fn(f32),
) -> Result<(), StoreError> {
    write_all(out.temp_path(), book, stamp, progress).map_err(|e| StoreError::io(out.path(), e))?;
    let path = out.path().to_path_buf();
    out.commit().map_err(|e| StoreError::io(&path, e.reason()))
}

/// Applicant rows written between two progress reports.
const REPORT_EVERY: usize = 65_536;

fn write_all(
    path: &Path,
    book: &Book,
    stamp: &ImportStamp<'_>,
    progress: &dyn Fn(f32),
) -> Result<(), Fault> {
    let sql = |e: rusqlite::Error| Fault::from(format!("SQLite error while importing: {e}"));
    let conn = Connection::open(path).map_err(sql)?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
         PRAGMA cache_size = -65536;",
    )
    .map_err(sql)?;
    schema::create(&conn).map_err(sql)?;
    let tx = conn.unchecked_transaction().map_err(sql)?;
    let mut meta = vec![
        ("portfolio_name", book.name.clone()),
        ("as_of", book.as_of.clone()),
        ("imported_at", stamp.at.to_string()),
    ];
    if let Some(d) = &book.outcome_definition {
        meta.push(("outcome_definition", d.clone()));
    }
    for (k, v) in meta {
        tx.execute(
            "INSERT INTO riskdesk_meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )
        .map_err(sql)?;
    }
    let a = &book.applicants;
    let r = &book.registry;
    let has = |role| r.by_role(role).is_some();
    let (age, income, debt, tenure) = (
        has(Role::Age),
        has(Role::Income),
        has(Role::Debt),
        has(Role::PlatformTenure),
    );
    let names = r.get("name").is_some();
    let phones = r.get("phone").is_some();
    {
        let mut ins = tx
            .prepare(
                "INSERT INTO applicants (id, application_date, age, monthly_income, monthly_debt,
                    platform_months, name, phone, outcome)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .map_err(sql)?;
        let num = |on: bool, x: f64| (on && x.is_finite()).then_some(x);
        for i in 0..a.len() {
            if i.is_multiple_of(REPORT_EVERY) {
                // The applicants are most of the work; columns and accounts follow.
                progress(0.8 * i as f32 / a.len() as f32);
            }
            let date = crate::format::iso_of_days(a.app_day[i]);
            ins.execute(params![
                a.id[i],
                date,
                (age && a.age[i] > 0).then_some(a.age[i]),
                num(income, a.monthly_income[i]),
                num(debt, a.monthly_debt[i]),
                num(tenure, f64::from(a.platform_months[i])),
                names.then(|| a.name.get(i)),
                phones.then(|| a.phone.get(i)),
                a.given_outcome.get(i).and_then(|g| g.as_str()),
            ])
            .map_err(sql)?;
        }
    }
    columns::write(&tx, r, &a.extra).map_err(sql)?;
    if let Some(acc) = &book.accounts {
        write_accounts(&tx, acc).map_err(sql)?;
    }
    let files: Vec<String> = stamp
        .files
        .iter()
        .map(|f| format!("{} (SHA-256 {})", f.name, f.sha256))
        .collect();
    let accounts = book.accounts.as_ref().map_or_else(
        || "no accounts".to_string(),
        |acc| {
            format!(
                "{} accounts, {} month-ends",
                crate::format::thousands(acc.id.len() as f64),
                crate::format::thousands(acc.history.bucket.len() as f64)
            )
        },
    );
    let detail = format!(
        "{} applicants, {} columns, {accounts}, outcomes {}; read from {}",
        crate::format::thousands(a.len() as f64),
        r.entries().len(),
        book.outcome_definition
            .as_deref()
            .map_or("not given".to_string(), |d| format!("given ({d})")),
        files.join(", ")
    );
    audit::append(
        &tx,
        &audit::NewEntry {
            at: stamp.at,
            user: stamp.user,
            action: PORTFOLIO_IMPORTED,
            subject: &book.name,
            detail: &detail,
            reason: stamp.reason,
        },
    )
    .map_err(sql)?;
    tx.commit().map_err(sql)?;
    Ok(())
}

/// The accounts and their month-ends (month on book t is the end of the month t
/// months after the opening month).
fn write_accounts(tx: &rusqlite::Transaction<'_>, acc: &BookAccounts) -> rusqlite::Result<()> {
    let mut ins = tx.prepare(
        "INSERT INTO accounts (id, applicant_id, open_date, credit_limit, fee_rate)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut perf = tx.prepare(
        "INSERT INTO performance (account_id, months_on_book, month, balance, dpd_bucket)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let h = &acc.history;
    for k in 0..acc.id.len() {
        ins.execute(params![
            acc.id[k],
            acc.applicant_id[k],
            crate::format::iso_of_days(acc.open_day[k]),
            acc.credit_limit[k],
            acc.fee_rate[k],
        ])?;
        let opened = month_of_days(acc.open_day[k]);
        let (from, to) = (h.start[k] as usize, h.start[k + 1] as usize);
        for (t, row) in (from..to).enumerate() {
            let mob = t as i32 + 1;
            perf.execute(params![
                acc.id[k],
                mob,
                crate::domain::import::dates::month_label(opened + mob),
                h.balance[row],
                h.bucket[row],
            ])?;
        }
    }
    Ok(())
}
