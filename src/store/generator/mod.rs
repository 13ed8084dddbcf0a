//! The deterministic sample-portfolio generator (`riskdesk generate`).
//!
//! Same applicant count and seed give the same table contents on every machine: all
//! randomness comes from `domain::rng` forked per applicant, nothing from the clock.
//! Rows are streamed into the file inside one transaction; the file is written under
//! a temporary name and renamed when complete, so a failed run leaves nothing behind.

mod applicant;
mod model;
mod people;
mod performance;
mod register;

use crate::store::error::Fault;
use std::path::Path;

use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, params};

use super::audit;
use super::dates::month_bounds;
use super::error::StoreError;
use super::schema;
use super::scorecard_table;
use crate::domain::analytics::finance::{annuity_payment, flat_fee_installment};
use crate::domain::policy::{Decision, DecisionInput, Policy};
use crate::domain::rng::Rng;
use crate::out_file::{OutFile, Overwrite};

pub use model::sample_scorecard;

/// Version of the generator's model: portfolios of another version differ for the
/// same count and seed (cached benchmark portfolios are keyed by it).
pub(crate) const GENERATOR_VERSION: u32 = 6;
/// The seed `sample.db` is made with.
pub const SAMPLE_SEED: u64 = 20_261_031;
/// The number of applicants of `sample.db`.
pub const SAMPLE_APPLICANTS: usize = 20_000;
/// The as-of date of generated portfolios (their "today").
pub(crate) const AS_OF: &str = "2026-10-31";
/// Monthly cohorts of applications, ending the month before the as-of month.
pub(crate) const COHORTS: usize = 24;
/// Share of approved applicants who open an account.
const TAKE_UP: f64 = 0.93;
/// Monthly fees of the flat-fee plans, on the original amount: over 12 months 0.6%
/// costs an APR of about 13%, 1.0% about 21% (watch), 1.5% about 32% (breach), and
/// 2.0% over 6 months about 41% (past the 36% red line).
const FLAT_FEES: [f64; 4] = [0.006, 0.010, 0.015, 0.020];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub applicants: u64,
    pub accounts: u64,
    pub orders: u64,
    pub performance_rows: u64,
}

fn as_of_month() -> i32 {
    2026 * 12 + 9
}

/// Applicants in each cohort: volume grows over time; the counts add up to `n`.
fn cohort_sizes(n: usize) -> Vec<usize> {
    let weights: Vec<f64> = (0..COHORTS).map(|c| 1.0 + 0.04 * c as f64).collect();
    let total: f64 = weights.iter().sum();
    let mut sizes: Vec<usize> = weights
        .iter()
        .map(|w| (n as f64 * w / total).floor() as usize)
        .collect();
    let given: usize = sizes.iter().sum();
    if let Some(last) = sizes.last_mut() {
        *last += n - given;
    }
    sizes
}

/// Writes a complete portfolio of `n` applicants into `out`, a file checked and
/// reserved under the one output rule (`crate::out_file`): the portfolio is built in
/// its temporary file and renamed into place only when complete.
pub(crate) fn generate(
    out: OutFile,
    n: usize,
    seed: u64,
    progress: &dyn Fn(f32),
) -> Result<Summary, StoreError> {
    let summary =
        write_all(out.temp_path(), n, seed, progress).map_err(|e| StoreError::io(out.path(), e))?;
    let path = out.path().to_path_buf();
    out.commit()
        .map_err(|e| StoreError::io(&path, e.reason()))?;
    Ok(summary)
}

/// [`generate`] into `path`, replacing a file there (the bench's cache, tests).
pub fn generate_file(
    path: &Path,
    n: usize,
    seed: u64,
    progress: &dyn Fn(f32),
) -> Result<Summary, StoreError> {
    let out = OutFile::create(path, Overwrite::Replace, &[])
        .map_err(|e| StoreError::io(path, e.reason()))?;
    generate(out, n, seed, progress)
}

fn write_all(path: &Path, n: usize, seed: u64, progress: &dyn Fn(f32)) -> Result<Summary, Fault> {
    let sql = |e: rusqlite::Error| format!("SQLite error while generating: {e}");
    let conn = Connection::open(path).map_err(sql)?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
         PRAGMA cache_size = -65536;",
    )
    .map_err(sql)?;
    schema::create(&conn).map_err(sql)?;
    let tx = conn.unchecked_transaction().map_err(sql)?;
    let card = sample_scorecard();
    let edges = card.bands();
    scorecard_table::write(&tx, &card).map_err(sql)?;
    for (k, v) in [
        (
            "portfolio_name",
            format!("Sample portfolio ({n} applicants, seed {seed})"),
        ),
        ("as_of", AS_OF.to_string()),
        ("generator_seed", seed.to_string()),
        ("generator_applicants", n.to_string()),
        ("generator_version", GENERATOR_VERSION.to_string()),
    ] {
        tx.execute(
            "INSERT INTO riskdesk_meta (key, value) VALUES (?1, ?2)",
            params![k, v],
        )
        .map_err(sql)?;
    }
    let policy = Policy {
        name: "Policy in force".into(),
        ..Policy::default()
    };
    let declined = &policy.declined_employment[..policy.declined_employment.len().min(255)];
    let at = format!("{AS_OF}T00:00:00Z");
    super::policies::save(
        &tx,
        &policy,
        &at,
        "generator",
        "policy in force when the sample portfolio was generated",
        "initial policy",
    )
    .map_err(sql)?;
    super::policies::set_champion(&tx, 1, &at, "generator", "initial policy in force")
        .map_err(sql)?;
    register::write_sample(&tx, &at).map_err(sql)?;
    let mut summary = Summary::default();
    let mut ins_app = tx
        .prepare(
            "INSERT INTO applicants (id, application_date, channel, age, city_tier, employment,
                monthly_income, monthly_debt, bureau_months, delinquencies, platform_months,
                monthly_spend, order_count, return_rate, night_share, device_changes, name, phone)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )
        .map_err(sql)?;
    let mut ins_acc = tx
        .prepare(
            "INSERT INTO accounts (id, applicant_id, open_date, credit_limit, fee_rate,
                origination_pd) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .map_err(sql)?;
    let mut ins_ord = tx
        .prepare(
            "INSERT INTO orders (id, account_id, order_date, amount, installments,
                monthly_fee_rate, installment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(sql)?;
    let mut ins_perf = tx
        .prepare(
            "INSERT INTO performance (account_id, months_on_book, month, balance, dpd_bucket)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .map_err(sql)?;
    let first_month = as_of_month() - COHORTS as i32;
    let month_names: Vec<String> = (0..=COHORTS as i32 + 1)
        .map(|k| crate::domain::import::dates::month_label(first_month + k))
        .collect();
    let factor = card.scaling.factor();
    let offset = card.scaling.offset();
    let mut id: i64 = 0;
    for (cohort, &size) in cohort_sizes(n).iter().enumerate() {
        let month = first_month + cohort as i32;
        let (first_day, days) = month_bounds(month);
        for _ in 0..size {
            id += 1;
            let mut rng = Rng::fork(seed, id as u64);
            let date = first_day + Duration::days(rng.below(days as u64) as i64);
            let raw = applicant::draw(&mut rng, id, cohort);
            let date_text = date.format("%Y-%m-%d").to_string();
            ins_app
                .execute(params![
                    raw.id,
                    date_text,
                    raw.channel_name(),
                    raw.age,
                    raw.city_tier,
                    raw.employment,
                    raw.income,
                    raw.debt,
                    raw.bureau_months,
                    raw.delinquencies,
                    raw.platform_months,
                    raw.spend,
                    raw.orders,
                    raw.return_rate,
                    raw.night_share,
                    raw.device_changes,
                    raw.name,
                    raw.phone
                ])
                .map_err(sql)?;
            summary.applicants += 1;
            let values: Vec<_> = card
                .characteristics
                .iter()
                .map(|c| raw.value(&c.variable))
                .collect();
            let score = card.breakdown(&values)?.score;
            let band = edges.of(score);
            let input = DecisionInput {
                age: raw.age,
                // Coded into the policy's own declined list (255: not in it).
                employment: declined
                    .iter()
                    .position(|e| e == raw.employment)
                    .map_or(u8::MAX, |k| k as u8),
                platform_months: raw.platform_months as f32,
                monthly_income: raw.income.unwrap_or(f64::NAN),
                dti: raw.dti(),
                score,
                band,
            };
            let decision = policy.rule(&input, declined).decision();
            if decision != Decision::Approve || rng.uniform() >= TAKE_UP {
                continue;
            }
            // True probability of 90+ within 12 months: the scorecard's log-odds plus
            // what it does not see.
            let logit_good = (score as f64 - offset) / factor + raw.hidden;
            let p12 = 1.0 / (1.0 + logit_good.exp());
            let limit = policy.limit(input.monthly_income, band).limit;
            let account_id = summary.accounts as i64 + 1;
            let fee_rate = 0.18 + 0.01 * (band as f64 - 2.0);
            ins_acc
                // The PD at booking: the card's, kept so that a card installed later
                // does not rewrite the origination PD of IFRS 9's staging.
                .execute(params![
                    account_id,
                    raw.id,
                    date_text,
                    limit,
                    fee_rate,
                    card.pd(score)
                ])
                .map_err(sql)?;
            summary.accounts += 1;
            let months = (as_of_month() - month) as usize;
            let history = performance::simulate(&mut rng, limit, p12, months);
            for (t, m) in history.iter().enumerate() {
                ins_perf
                    .execute(params![
                        account_id,
                        t as i64 + 1,
                        month_names[cohort + t + 1],
                        m.balance,
                        m.bucket
                    ])
                    .map_err(sql)?;
                summary.performance_rows += 1;
            }
            // Installment orders over the account's life.
            let n_orders = 1 + rng.poisson(months.min(12) as f64 * 0.25);
            for _ in 0..n_orders {
                let day = date + Duration::days(rng.below((months as u64 * 30).max(1)) as i64);
                let day = day.min(NaiveDate::from_ymd_opt(2026, 10, 31).unwrap_or(day));
                let amount = (limit * (0.05 + 0.4 * rng.uniform())).round();
                let installments = [3u32, 6, 12][rng.weighted(&[0.4, 0.35, 0.25])];
                summary.orders += 1;
                // Every eighth order is a flat-fee plan (a fee on the original amount
                // every month, whose APR is about twice the quoted rate), the rest
                // annuities at the account's fee rate. Chosen by the order's number,
                // so the random stream, and everything drawn after it, is unchanged.
                let (monthly_rate, pmt) = if summary.orders % 8 == 0 {
                    let flat = FLAT_FEES[(summary.orders / 8 % FLAT_FEES.len() as u64) as usize];
                    (flat, flat_fee_installment(amount, installments, flat))
                } else {
                    // docs/design.md#annuity-payment: PMT = P·r / (1 − (1+r)^−n).
                    let r = fee_rate / 12.0;
                    (r, annuity_payment(amount, r, installments))
                };
                let pmt = (pmt * 100.0).round() / 100.0;
                ins_ord
                    .execute(params![
                        summary.orders as i64,
                        account_id,
                        day.format("%Y-%m-%d").to_string(),
                        amount,
                        installments,
                        monthly_rate,
                        pmt
                    ])
                    .map_err(sql)?;
            }
        }
        progress((cohort + 1) as f32 / COHORTS as f32);
    }
    drop((ins_app, ins_acc, ins_ord, ins_perf));
    tx.commit().map_err(sql)?;
    let check = audit::verify(&conn).map_err(sql)?;
    if let Some(b) = check.broken {
        return Err(Fault::from(b.describe()));
    }
    conn.execute_batch("PRAGMA journal_mode = DELETE;")
        .map_err(sql)?;
    drop(conn);
    Ok(summary)
}
