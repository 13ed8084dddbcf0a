//! The portfolio file's schema and its migrations.
//!
//! Version 1 is the base schema. Version 2 adds the hash chain of the audit log
//! (`prev_hash`, `hash`), so that an edited or deleted entry is detected. Version 3
//! makes saved policies versions: `policies.version`, unique with the name, so a save
//! under a name already saved adds version n + 1 and never changes a policy in place.
//! Version 4 adds `scorecard_reason_texts`: a reason's customer wording for one bin
//! where it differs from its characteristic's (a missing income is not a high
//! debt-to-income), and in other languages than English. Version 5 adds
//! `scorecard_labels`: a characteristic's name in other languages (月收入). Version 6
//! holds a lender's own book (an import): the standard applicant columns may be NULL
//! (an extract has no channel), `applicants.outcome` holds an outcome as the lender
//! gave it, `applicant_columns` is the characteristic registry of a file whose columns
//! are not the generated ones (no rows: the standard registry), and
//! `applicant_column_data` holds the import's own columns, one BLOB per column in
//! applicant id order (numbers as little-endian f64, NaN missing; categories as
//! little-endian u32 codes into `applicant_columns.categories`, 0xFFFFFFFF missing).
//! Version 7 adds the risk register (`risks`, `risk_actions`), the key risk
//! indicators' thresholds (`kri_thresholds`, seeded with the documented defaults) and
//! two settings in `riskdesk_meta`: the register's rating bands and the watchlist's
//! thresholds (absent: the defaults).
//! Version 8 keeps each account's PD at booking (`accounts.origination_pd`, NULL where
//! it was not kept: the application PD then stands in, said where it is used) and the
//! saved stress scenarios (`scenarios`, versions by name like policies).
//! Each migration is code that takes a file from version `n` to `n + 1` inside one
//! transaction; the caller writes a backup copy first.

use rusqlite::{Connection, params};

use super::migrations;

/// The schema version this build writes and reads.
pub(crate) const CURRENT_VERSION: i64 = 8;

/// Version 1: every table of the portfolio.
pub const SCHEMA_V1: &str = "
CREATE TABLE riskdesk_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE applicants (
    id               INTEGER PRIMARY KEY,
    application_date TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    age              INTEGER NOT NULL,
    city_tier        INTEGER NOT NULL,
    employment       TEXT    NOT NULL,
    monthly_income   REAL,
    monthly_debt     REAL,
    bureau_months    INTEGER,
    delinquencies    INTEGER NOT NULL,
    platform_months  INTEGER NOT NULL,
    monthly_spend    REAL    NOT NULL,
    order_count      INTEGER NOT NULL,
    return_rate      REAL    NOT NULL,
    night_share      REAL    NOT NULL,
    device_changes   INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    phone            TEXT    NOT NULL
);
CREATE TABLE scorecard (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT    NOT NULL,
    base_score  REAL    NOT NULL,
    base_odds   REAL    NOT NULL,
    pdo         REAL    NOT NULL,
    base_points INTEGER NOT NULL
);
CREATE TABLE scorecard_characteristics (
    position    INTEGER PRIMARY KEY,
    variable    TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('numeric', 'categorical')),
    reason_code TEXT NOT NULL,
    reason_text TEXT NOT NULL
);
CREATE TABLE scorecard_bins (
    characteristic INTEGER NOT NULL REFERENCES scorecard_characteristics(position),
    position       INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('missing', 'range', 'categories', 'other')),
    lower          REAL,
    upper          REAL,
    categories     TEXT,
    points         INTEGER NOT NULL,
    PRIMARY KEY (characteristic, position)
);
CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    applicant_id INTEGER NOT NULL UNIQUE REFERENCES applicants(id),
    open_date    TEXT    NOT NULL,
    credit_limit REAL    NOT NULL,
    fee_rate     REAL    NOT NULL
);
CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id),
    order_date       TEXT    NOT NULL,
    amount           REAL    NOT NULL,
    installments     INTEGER NOT NULL,
    monthly_fee_rate REAL    NOT NULL,
    installment      REAL    NOT NULL
);
CREATE INDEX orders_by_account ON orders(account_id);
CREATE TABLE performance (
    account_id     INTEGER NOT NULL REFERENCES accounts(id),
    months_on_book INTEGER NOT NULL,
    month          TEXT    NOT NULL,
    balance        REAL    NOT NULL,
    dpd_bucket     INTEGER NOT NULL,
    PRIMARY KEY (account_id, months_on_book)
) WITHOUT ROWID;
CREATE TABLE policies (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    body        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    is_champion INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL,
    reason  TEXT NOT NULL
);
";

/// Tables and the columns every portfolio must have (at the current version).
pub(crate) const REQUIRED: &[(&str, &[&str])] = &[
    ("riskdesk_meta", &["key", "value"]),
    (
        "applicants",
        &[
            "id",
            "application_date",
            "channel",
            "age",
            "city_tier",
            "employment",
            "monthly_income",
            "monthly_debt",
            "bureau_months",
            "delinquencies",
            "platform_months",
            "monthly_spend",
            "order_count",
            "return_rate",
            "night_share",
            "device_changes",
            "name",
            "phone",
            "outcome",
        ],
    ),
    (
        "applicant_columns",
        &[
            "position",
            "name",
            "label",
            "role",
            "kind",
            "source",
            "categories",
        ],
    ),
    ("applicant_column_data", &["name", "rows", "data"]),
    (
        "scorecard",
        &[
            "id",
            "name",
            "base_score",
            "base_odds",
            "pdo",
            "base_points",
        ],
    ),
    (
        "scorecard_characteristics",
        &[
            "position",
            "variable",
            "label",
            "kind",
            "reason_code",
            "reason_text",
        ],
    ),
    (
        "scorecard_bins",
        &[
            "characteristic",
            "position",
            "kind",
            "lower",
            "upper",
            "categories",
            "points",
        ],
    ),
    (
        "scorecard_reason_texts",
        &["variable", "bin", "language", "text"],
    ),
    ("scorecard_labels", &["variable", "language", "text"]),
    (
        "risks",
        &[
            "id",
            "category",
            "title",
            "description",
            "owner",
            "likelihood",
            "impact",
            "controls",
            "residual_likelihood",
            "residual_impact",
            "target_rating",
            "kris",
            "review_date",
            "status",
        ],
    ),
    (
        "risk_actions",
        &["risk_id", "position", "action", "owner", "due_date", "done"],
    ),
    (
        "scenarios",
        &[
            "id",
            "name",
            "version",
            "body",
            "created_at",
            "created_by",
            "reason",
        ],
    ),
    (
        "kri_thresholds",
        &[
            "kri",
            "watch_low",
            "watch_high",
            "breach_low",
            "breach_high",
        ],
    ),
    (
        "accounts",
        &[
            "id",
            "applicant_id",
            "open_date",
            "credit_limit",
            "fee_rate",
            "origination_pd",
        ],
    ),
    (
        "orders",
        &[
            "id",
            "account_id",
            "order_date",
            "amount",
            "installments",
            "monthly_fee_rate",
            "installment",
        ],
    ),
    (
        "performance",
        &[
            "account_id",
            "months_on_book",
            "month",
            "balance",
            "dpd_bucket",
        ],
    ),
    (
        "policies",
        &[
            "id",
            "name",
            "version",
            "body",
            "created_at",
            "created_by",
            "reason",
            "is_champion",
        ],
    ),
    (
        "audit_log",
        &[
            "id",
            "at",
            "user",
            "action",
            "subject",
            "detail",
            "reason",
            "prev_hash",
            "hash",
        ],
    ),
];

/// Creates a new, empty portfolio at the current version.
pub fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA_V1)?;
    conn.execute(
        "INSERT INTO riskdesk_meta (key, value) VALUES ('schema_version', '1')",
        [],
    )?;
    migrate(conn, 1)?;
    Ok(())
}

/// Brings a file at `from` up to `CURRENT_VERSION`, one step at a time, in one
/// transaction per step. Returns the versions it went through.
pub(crate) fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<Vec<i64>> {
    // A step that rebuilds a table (v2 → v3, v5 → v6) drops the old one, which other
    // tables reference: foreign keys are off while the steps run (the pragma is a
    // no-op inside a transaction), and each step checks them before it commits.
    let keys: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    let done = migrate_steps(conn, from);
    conn.execute_batch(if keys == 1 {
        "PRAGMA foreign_keys = ON"
    } else {
        "PRAGMA foreign_keys = OFF"
    })?;
    done
}

fn migrate_steps(conn: &Connection, from: i64) -> rusqlite::Result<Vec<i64>> {
    let mut done = Vec::new();
    let mut version = from;
    while version < CURRENT_VERSION {
        let tx = conn.unchecked_transaction()?;
        match version {
            1 => migrations::v1_to_v2(&tx)?,
            2 => migrations::v2_to_v3(&tx)?,
            3 => migrations::v3_to_v4(&tx)?,
            4 => migrations::v4_to_v5(&tx)?,
            5 => migrations::v5_to_v6(&tx)?,
            6 => migrations::v6_to_v7(&tx)?,
            7 => migrations::v7_to_v8(&tx)?,
            // No other step exists; `CURRENT_VERSION` bounds the loop.
            _ => break,
        }
        version += 1;
        let broken: i64 =
            tx.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                Some(format!(
                    "the upgrade to version {version} would leave {broken} rows referring to rows that do not exist"
                )),
            ));
        }
        tx.execute(
            "UPDATE riskdesk_meta SET value = ?1 WHERE key = 'schema_version'",
            params![version.to_string()],
        )?;
        tx.commit()?;
        done.push(version);
    }
    Ok(done)
}
