//! The sample generator: deterministic, realistic, and `sample.db` is what it makes.

use std::path::Path;

use riskdesk::domain::analytics::metrics::gini;
use riskdesk::domain::portfolio::{NO_ACCOUNT, Outcome};
use riskdesk::store::digest::content_digest;
use riskdesk::store::generator::{SAMPLE_APPLICANTS, SAMPLE_SEED, generate_file};
use riskdesk::store::{self, audit};

mod common;

#[test]
fn same_seed_same_contents_other_seed_other_contents() {
    let dir = common::temp_dir("gen");
    let a = dir.join("a.db");
    let b = dir.join("b.db");
    let c = dir.join("c.db");
    generate_file(&a, 1500, 7, &|_| {}).unwrap();
    generate_file(&b, 1500, 7, &|_| {}).unwrap();
    generate_file(&c, 1500, 8, &|_| {}).unwrap();
    assert_eq!(content_digest(&a).unwrap(), content_digest(&b).unwrap());
    assert_ne!(content_digest(&a).unwrap(), content_digest(&c).unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn sample_db_is_what_the_documented_command_makes() {
    let dir = common::temp_dir("sample");
    let fresh = dir.join("sample.db");
    let s = generate_file(&fresh, SAMPLE_APPLICANTS, SAMPLE_SEED, &|_| {}).unwrap();
    assert_eq!(s.applicants, 20_000);
    // The committed sample.db, as git has it: the working copy may hold a reveal or a
    // policy saved while someone tried the window on it (the README says so).
    let working = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let from_git = dir.join("committed.db");
    let shown = std::process::Command::new("git")
        .args(["show", "HEAD:sample.db"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success() && o.stdout.starts_with(b"SQLite format 3"));
    let committed = match shown {
        Some(o) => {
            std::fs::write(&from_git, o.stdout).unwrap();
            from_git.clone()
        }
        None => working,
    };
    assert_eq!(
        content_digest(&committed).unwrap(),
        content_digest(&fresh).unwrap(),
        "sample.db differs from `riskdesk generate --applicants 20000 --seed 20261031`: regenerate it"
    );
    assert!(std::fs::metadata(&committed).unwrap().len() < 30 * 1024 * 1024);
}

#[test]
fn sample_is_realistic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let o = store::open(&path).unwrap();
    let p = &o.portfolio;
    assert_eq!(p.len(), 20_000);
    // 24 monthly cohorts.
    let mut months: Vec<i32> = p.applicants.app_month.clone();
    months.sort();
    months.dedup();
    assert_eq!(months.len(), 24);
    // Outcomes exist only for booked accounts.
    for i in 0..p.len() {
        if p.derived.account[i] == NO_ACCOUNT {
            assert_eq!(p.derived.outcome[i], Outcome::Unknown);
        }
    }
    // The scorecard separates booked accounts' 12-month outcomes: Gini 0.45–0.65.
    let (mut s, mut b) = (Vec::new(), Vec::new());
    for i in 0..p.len() {
        if p.derived.mature[i] {
            s.push(p.derived.score[i] as f64);
            b.push(p.derived.outcome[i] == Outcome::Bad);
        }
    }
    let g = gini(&s, &b);
    assert!((0.45..=0.65).contains(&g), "Gini {g}");
    // Names include Chinese characters.
    let cjk = (0..p.len())
        .filter(|&i| {
            p.applicants
                .name
                .get(i)
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        })
        .count();
    assert!(cjk > p.len() / 2, "{cjk}");
    // Risk rises with debt-to-income: mean PD of DTI ≥ 0.5 above that of DTI < 0.1.
    let mean_pd = |lo: f64, hi: f64| {
        let v: Vec<f64> = (0..p.len())
            .filter(|&i| (lo..hi).contains(&p.derived.dti[i]))
            .map(|i| p.derived.pd[i])
            .collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    assert!(mean_pd(0.5, 10.0) > 2.0 * mean_pd(0.0, 0.1));
    let conn =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let check = audit::verify(&conn).unwrap();
    assert_eq!((check.entries, check.broken), (3, None));
    assert_eq!(o.champion.name, "Policy in force");
}
