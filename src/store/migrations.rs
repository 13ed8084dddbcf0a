//! The migrations of the portfolio file, one function per step from version n to
//! n + 1 (`schema::migrate` runs them in order, one transaction each, after a backup).

use rusqlite::Connection;

use super::audit;
use crate::domain::analytics::kri::KriThresholds;

/// v1 → v2: hash-chain the audit log, including the entries already there, and
/// record that those entries were not protected before (`audit::CHAIN_STARTED`), so
/// `verify` shows the boundary: an entry edited before the upgrade chains as found.
pub(super) fn v1_to_v2(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
         ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';",
    )?;
    audit::rehash_all(conn)?;
    let before: i64 = conn.query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))?;
    if before == 0 {
        return Ok(());
    }
    let at = super::who::now_utc();
    let user = super::who::account_name();
    let detail = format!(
        "entries 1–{before} were written before the audit log was hash-chained; they are chained as found at this upgrade and were not protected before it"
    );
    audit::append(
        conn,
        &audit::NewEntry {
            at: &at,
            user: &user,
            action: audit::CHAIN_STARTED,
            subject: "audit log",
            detail: &detail,
            reason: "schema upgrade from version 1 to 2",
        },
    )?;
    Ok(())
}

/// v2 → v3: policies become versions. The table is rebuilt (SQLite cannot drop the
/// old `UNIQUE(name)`), every saved policy becoming version 1 of its name; ids, the
/// champion and the audit log are kept as they are, so the chain still verifies.
pub(super) fn v2_to_v3(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE policies_v3 (
             id          INTEGER PRIMARY KEY,
             name        TEXT    NOT NULL,
             version     INTEGER NOT NULL DEFAULT 1,
             body        TEXT    NOT NULL,
             created_at  TEXT    NOT NULL,
             created_by  TEXT    NOT NULL,
             reason      TEXT    NOT NULL,
             is_champion INTEGER NOT NULL DEFAULT 0,
             UNIQUE (name, version)
         );
         INSERT INTO policies_v3 (id, name, version, body, created_at, created_by, reason, is_champion)
             SELECT id, name, 1, body, created_at, created_by, reason, is_champion FROM policies;
         DROP TABLE policies;
         ALTER TABLE policies_v3 RENAME TO policies;",
    )
}

/// v3 → v4: reason texts per bin and per language. The table starts empty: a file's
/// card keeps its wording until a card with texts replaces it (`scorecard_table`).
/// `bin` is the bin's position in its characteristic, NULL for the whole
/// characteristic; one text per (variable, bin, language).
pub(super) fn v3_to_v4(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE scorecard_reason_texts (
             variable TEXT    NOT NULL REFERENCES scorecard_characteristics(variable),
             bin      INTEGER,
             language TEXT    NOT NULL,
             text     TEXT    NOT NULL
         );
         CREATE UNIQUE INDEX scorecard_reason_texts_once
             ON scorecard_reason_texts (variable, IFNULL(bin, -1), language);",
    )
}

/// v4 → v5: a characteristic's name in other languages than English. The table starts
/// empty (the card keeps its English labels) until a card with labels replaces it;
/// one name per (variable, language).
pub(super) fn v4_to_v5(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE scorecard_labels (
             variable TEXT NOT NULL REFERENCES scorecard_characteristics(variable),
             language TEXT NOT NULL,
             text     TEXT NOT NULL,
             UNIQUE (variable, language)
         );",
    )
}

/// v5 → v6: a lender's own book. `applicants` is rebuilt with every standard column
/// nullable (SQLite cannot drop a NOT NULL) and an `outcome` column; rows and ids are
/// kept as they are. The registry and the extra columns start empty: a file written
/// before holds the standard columns, and its registry is the standard one.
pub(super) fn v5_to_v6(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE applicants_v6 (
             id               INTEGER PRIMARY KEY,
             application_date TEXT    NOT NULL,
             channel          TEXT,
             age              INTEGER,
             city_tier        INTEGER,
             employment       TEXT,
             monthly_income   REAL,
             monthly_debt     REAL,
             bureau_months    INTEGER,
             delinquencies    INTEGER,
             platform_months  INTEGER,
             monthly_spend    REAL,
             order_count      INTEGER,
             return_rate      REAL,
             night_share      REAL,
             device_changes   INTEGER,
             name             TEXT,
             phone            TEXT,
             outcome          TEXT CHECK (outcome IN ('good', 'bad', 'indeterminate'))
         );
         INSERT INTO applicants_v6 (id, application_date, channel, age, city_tier, employment,
                 monthly_income, monthly_debt, bureau_months, delinquencies, platform_months,
                 monthly_spend, order_count, return_rate, night_share, device_changes, name, phone)
             SELECT id, application_date, channel, age, city_tier, employment,
                 monthly_income, monthly_debt, bureau_months, delinquencies, platform_months,
                 monthly_spend, order_count, return_rate, night_share, device_changes, name, phone
             FROM applicants;
         DROP TABLE applicants;
         ALTER TABLE applicants_v6 RENAME TO applicants;
         CREATE TABLE applicant_columns (
             position   INTEGER PRIMARY KEY,
             name       TEXT NOT NULL UNIQUE,
             label      TEXT NOT NULL,
             role       TEXT NOT NULL,
             kind       TEXT NOT NULL CHECK (kind IN ('numeric', 'categorical')),
             source     TEXT NOT NULL,
             categories TEXT
         );
         CREATE TABLE applicant_column_data (
             name TEXT    PRIMARY KEY REFERENCES applicant_columns(name),
             rows INTEGER NOT NULL,
             data BLOB    NOT NULL
         );",
    )
}

/// v6 → v7: the risk register and the KRI thresholds. The register starts empty; the
/// thresholds start at the documented defaults (`Kri::default_threshold`), so a file
/// judges its indicators as it did before the upgrade. A file with an audit log gets
/// an entry saying what the upgrade added, chained like any other.
pub(super) fn v6_to_v7(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE risks (
             id                  TEXT    PRIMARY KEY,
             category            TEXT    NOT NULL CHECK (category IN ('credit', 'operational',
                 'compliance', 'market', 'liquidity', 'technology', 'reputational', 'legal',
                 'strategic')),
             title               TEXT    NOT NULL,
             description         TEXT    NOT NULL,
             owner               TEXT    NOT NULL,
             likelihood          INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
             impact              INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
             controls            TEXT    NOT NULL,
             residual_likelihood INTEGER NOT NULL CHECK (residual_likelihood BETWEEN 1 AND 5),
             residual_impact     INTEGER NOT NULL CHECK (residual_impact BETWEEN 1 AND 5),
             target_rating       INTEGER NOT NULL CHECK (target_rating BETWEEN 1 AND 25),
             kris                TEXT    NOT NULL,
             review_date         TEXT    NOT NULL,
             status              TEXT    NOT NULL CHECK (status IN ('open', 'mitigating',
                 'accepted', 'closed'))
         );
         CREATE TABLE risk_actions (
             risk_id  TEXT    NOT NULL REFERENCES risks(id),
             position INTEGER NOT NULL,
             action   TEXT    NOT NULL,
             owner    TEXT    NOT NULL,
             due_date TEXT    NOT NULL,
             done     INTEGER NOT NULL CHECK (done IN (0, 1)),
             PRIMARY KEY (risk_id, position)
         );
         CREATE TABLE kri_thresholds (
             kri         TEXT PRIMARY KEY,
             watch_low   REAL,
             watch_high  REAL,
             breach_low  REAL,
             breach_high REAL
         );",
    )?;
    super::register::write_thresholds(conn, &KriThresholds::default())?;
    log_upgrade(
        conn,
        6,
        "version 6 → 7: a risk register (empty) and the key risk indicators' thresholds, at their documented defaults",
    )
}

/// v7 → v8: the PD at booking and saved scenarios. `origination_pd` starts NULL for
/// the accounts already there (their PD at booking was not kept; a card installed
/// since may differ), and the table of scenarios empty. A file with an audit log gets
/// an entry saying so.
pub(super) fn v7_to_v8(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "ALTER TABLE accounts ADD COLUMN origination_pd REAL
             CHECK (origination_pd IS NULL OR (origination_pd >= 0 AND origination_pd <= 1));
         CREATE TABLE scenarios (
             id         INTEGER PRIMARY KEY,
             name       TEXT    NOT NULL,
             version    INTEGER NOT NULL,
             body       TEXT    NOT NULL,
             created_at TEXT    NOT NULL,
             created_by TEXT    NOT NULL,
             reason     TEXT    NOT NULL,
             UNIQUE (name, version)
         );",
    )?;
    log_upgrade(
        conn,
        7,
        "version 7 → 8: the PD at booking per account (empty for the accounts already booked: their application PD stands in) and saved stress scenarios",
    )
}

/// Records an upgrade from `from` to `from + 1` in a file that has an audit log (a new
/// file's creation runs every step and writes none), chained like any other entry.
fn log_upgrade(conn: &Connection, from: i64, detail: &str) -> rusqlite::Result<()> {
    let entries: i64 = conn.query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))?;
    if entries == 0 {
        return Ok(());
    }
    let at = super::who::now_utc();
    let user = super::who::account_name();
    let reason = format!("schema upgrade from version {from} to {}", from + 1);
    audit::append(
        conn,
        &audit::NewEntry {
            at: &at,
            user: &user,
            action: "schema upgraded",
            subject: "portfolio file",
            detail,
            reason: &reason,
        },
    )?;
    Ok(())
}
