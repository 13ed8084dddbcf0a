//! Hand-made portfolio files for tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use riskdesk::domain::scorecard::scaling::Scaling;
use riskdesk::domain::scorecard::{Bin, BinRule, Characteristic, Kind, Scorecard};
use riskdesk::store::{audit, schema, scorecard_table};
use rusqlite::{Connection, params};

/// Runs the `riskdesk` binary from the project folder: (exit code, stdout, stderr).
/// Tests pin the language: a developer on a zh-CN system gets English too.
pub fn riskdesk(args: &[&str]) -> (i32, String, String) {
    riskdesk_in_locale("C.UTF-8", args)
}

/// As [`riskdesk`], with the system's locale (`LC_ALL`) set to `locale`.
pub fn riskdesk_in_locale(locale: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_riskdesk"))
        .args(args)
        .env("LC_ALL", locale)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A temporary folder for one test, removed when the test is done with it (set
/// `RISKDESK_KEEP_TEST_FILES=1` to keep it for a look).
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("RISKDESK_KEEP_TEST_FILES").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A fresh temporary folder for one test.
pub fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("riskdesk-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

/// Base 500; delinquencies 0 → +100, ≥ 1 → +40, missing → 0. So 600 or 540.
pub fn tiny_card() -> Scorecard {
    Scorecard {
        name: "tiny".into(),
        scaling: Scaling::default(),
        base_points: 500,
        characteristics: vec![Characteristic {
            variable: "delinquencies".into(),
            label: "Past delinquencies".into(),
            kind: Kind::Numeric,
            reason_code: "R03".into(),
            reason_text: "Previous late payments on record".into(),
            bins: vec![
                Bin {
                    rule: BinRule::Missing,
                    points: 0,
                },
                Bin {
                    rule: BinRule::Range {
                        lower: None,
                        upper: Some(1.0),
                    },
                    points: 100,
                },
                Bin {
                    rule: BinRule::Range {
                        lower: Some(1.0),
                        upper: None,
                    },
                    points: 40,
                },
            ],
        }],
        reason_texts: Vec::new(),
        labels: Vec::new(),
    }
}

/// id, age, platform_months, income, debt, delinquencies.
type Row = (i64, i64, i64, Option<f64>, f64, i64);

pub const TINY_APPLICANTS: &[Row] = &[
    (1, 30, 12, Some(8000.0), 800.0, 0),
    (2, 17, 12, Some(8000.0), 0.0, 0),
    (3, 40, 24, Some(5000.0), 3000.0, 1),
    (4, 25, 6, Some(3050.0), 0.0, 0),
    (5, 35, 10, None, 0.0, 1),
    (6, 45, 2, Some(6000.0), 0.0, 0),
    (7, 50, 30, Some(10000.0), 1000.0, 2),
];

/// The tiny portfolio of the hand-computed report test (see tests/report_by_hand.rs).
pub fn write_tiny(path: &Path) {
    let _ = std::fs::remove_file(path);
    let conn = Connection::open(path).unwrap();
    schema::create(&conn).unwrap();
    conn.execute_batch(
        "INSERT INTO riskdesk_meta VALUES ('portfolio_name', 'Tiny');
         INSERT INTO riskdesk_meta VALUES ('as_of', '2026-10-31');",
    )
    .unwrap();
    scorecard_table::write(&conn, &tiny_card()).unwrap();
    for &(id, age, tenure, income, debt, delinq) in TINY_APPLICANTS {
        conn.execute(
            "INSERT INTO applicants VALUES (?1, '2025-06-15', 'mall', ?2, 2, 'salaried', ?3, ?4,
             36, ?5, ?6, 500.0, 20, 0.05, 0.1, 0, ?7, '13800000000', NULL)",
            params![id, age, income, debt, delinq, tenure, format!("王{id}")],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO accounts VALUES (1, 1, '2025-06-15', 8000, 0.18, NULL);
         INSERT INTO accounts VALUES (2, 4, '2026-01-10', 3000, 0.18, NULL);",
    )
    .unwrap();
    let acc1 = [0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (t, b) in acc1.iter().enumerate() {
        let balance = if t + 1 == acc1.len() { 3000.0 } else { 2500.0 };
        conn.execute(
            "INSERT INTO performance VALUES (1, ?1, '2025-07', ?2, ?3)",
            params![t as i64 + 1, balance, b],
        )
        .unwrap();
    }
    for (t, b) in [0, 1, 2, 3, 4].iter().enumerate() {
        conn.execute(
            "INSERT INTO performance VALUES (2, ?1, '2026-02', 2800.0, ?2)",
            params![t as i64 + 1, b],
        )
        .unwrap();
    }
    let policy = riskdesk::domain::policy::Policy {
        name: "Tiny policy".into(),
        ..tiny_policy()
    };
    riskdesk::store::policies::save(&conn, &policy, "2026-10-31T00:00:00Z", "test", "r", "")
        .unwrap();
    riskdesk::store::policies::set_champion(&conn, 1, "2026-10-31T00:00:00Z", "test", "r").unwrap();
    assert!(audit::verify(&conn).unwrap().intact());
}

/// The policy of the hand-computed report.
pub fn tiny_policy() -> riskdesk::domain::policy::Policy {
    riskdesk::domain::policy::Policy {
        name: "Tiny policy".into(),
        cutoff: 560,
        refer_width: 25,
        dti_cap: 0.5,
        min_tenure_months: 3,
        income_multiple: 1.0,
        band_factors: [1.5, 1.25, 1.0, 0.8, 0.6, 0.4],
        min_limit: 500.0,
        max_limit: 20_000.0,
        utilisation: 0.5,
        lgd: 0.8,
        fee_yield: 0.2,
        ccf: 0.5,
        declined_employment: Vec::new(),
    }
}
