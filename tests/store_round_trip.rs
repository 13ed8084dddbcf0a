//! Writing and reading the portfolio file: schema, scorecard, policies, the audit
//! log and its hash chain, and the upgrade of an older file.

mod common;

use riskdesk::domain::policy::Policy;
use riskdesk::store::write::{Stamp, save_policy, set_champion};
use riskdesk::store::{self, audit, schema, scorecard_table};
use rusqlite::Connection;

#[test]
fn scorecard_and_fields_round_trip() {
    let dir = common::temp_dir("rt");
    let path = dir.join("p.db");
    common::write_tiny(&path);
    let o = store::open(&path).unwrap();
    let p = &o.portfolio;
    assert_eq!(p.name, "Tiny");
    assert_eq!(p.as_of, "2026-10-31");
    assert_eq!(p.scorecard, common::tiny_card());
    assert_eq!(p.len(), 7);
    assert_eq!(p.applicants.id, [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(p.applicants.name.get(2), "王3");
    assert!(p.applicants.monthly_income[4].is_nan());
    assert_eq!(p.applicants.monthly_income[3], 3050.0);
    assert_eq!(p.channels, ["mall"]);
    assert_eq!(p.accounts.len(), 2);
    assert_eq!(p.accounts.buckets(1), [0, 1, 2, 3, 4]);
    assert_eq!(p.accounts.balances(0).len(), 13);
    assert_eq!(o.policies.len(), 1);
    assert!(o.policies[0].is_champion);
    assert!(o.notes.is_empty());

    // Scorecard written and read back through its tables.
    let conn = Connection::open(&path).unwrap();
    let card = riskdesk::store::generator::sample_scorecard();
    // The sample's reason texts (per bin and in Chinese) go with it.
    assert_eq!(card.reason_texts.len(), 30);
    // So do its characteristics' names in Chinese.
    assert_eq!(card.labels.len(), card.characteristics.len());
    assert_eq!(card.label_in(0, "zh-CN"), "负债收入比");
    assert_eq!(card.label_in(0, "en"), "Debt-to-income");
    scorecard_table::write(&conn, &card).unwrap();
    assert_eq!(scorecard_table::read(&conn).unwrap(), card);
    // A label for a variable the card does not have cannot even be stored.
    let refused = conn.execute(
        "INSERT INTO scorecard_labels VALUES ('salary', 'zh-CN', '工资')",
        [],
    );
    assert!(refused.is_err(), "{refused:?}");
    // A text naming a bin the card does not have is refused when read.
    conn.execute(
        "INSERT INTO scorecard_reason_texts VALUES ('dti', 99, 'zh-CN', 'x')",
        [],
    )
    .unwrap();
    let e = scorecard_table::read(&conn).unwrap_err().to_string();
    assert!(e.contains("names bin 99"), "{e}");
}

#[test]
fn saving_policies_writes_the_audit_log_in_one_transaction() {
    let dir = common::temp_dir("save");
    let path = dir.join("p.db");
    common::write_tiny(&path);
    let champion = common::tiny_policy();
    let challenger = Policy {
        name: "Tighter".into(),
        cutoff: 580,
        ..champion.clone()
    };
    let stamp = Stamp {
        at: "2026-11-02T10:00:00Z",
        user: "alice",
        reason: "fewer bads in band D",
    };
    // No reason: refused, nothing written.
    let no_reason = Stamp {
        reason: "  ",
        ..stamp.clone()
    };
    assert!(save_policy(&path, &challenger, &champion, &no_reason, false).is_err());
    let conn = Connection::open(&path).unwrap();
    let before = audit::entries(&conn).unwrap().len();
    assert_eq!(before, 2);

    let id = save_policy(&path, &challenger, &champion, &stamp, false).unwrap();
    let o = store::open(&path).unwrap();
    assert_eq!(o.policies.len(), 2);
    assert_eq!(o.policies[1].policy, challenger);
    assert_eq!(o.champion, champion);
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[2].action, "policy saved");
    assert_eq!(log[2].user, "alice");
    assert_eq!(log[2].reason, "fewer bads in band D");
    assert!(
        log[2].detail.contains("cut-off 560 → 580"),
        "{}",
        log[2].detail
    );

    set_champion(&path, id, &stamp).unwrap();
    let o = store::open(&path).unwrap();
    assert_eq!(o.champion, challenger);
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log[3].action, "champion changed");
    assert_eq!(log[3].detail, "champion Tiny policy → Tighter");
    let check = audit::verify(&conn).unwrap();
    assert_eq!((check.entries, check.broken), (4, None));
    // A missing policy id fails without writing.
    assert!(set_champion(&path, 77, &stamp).is_err());
    assert_eq!(audit::entries(&conn).unwrap().len(), 4);
}

#[test]
fn audit_chain_detects_edits_deletions_and_reordering() {
    use audit::{Break, BreakKind};
    let dir = common::temp_dir("chain");
    let path = dir.join("p.db");
    let broken = |sql: &str| {
        common::write_tiny(&path);
        let conn = Connection::open(&path).unwrap();
        let check = audit::verify(&conn).unwrap();
        assert_eq!((check.entries, check.broken), (2, None));
        conn.execute_batch(sql).unwrap();
        audit::verify(&conn).unwrap().broken
    };
    let edited = broken("UPDATE audit_log SET reason = 'edited' WHERE id = 1").unwrap();
    assert_eq!(
        edited,
        Break {
            entry: 1,
            how: BreakKind::Edited
        }
    );
    assert!(edited.describe().contains("entry 1 was edited"));
    let newest = broken("DELETE FROM audit_log WHERE id = 2").unwrap();
    assert_eq!(newest.how, BreakKind::NewestDeleted);
    assert!(newest.describe().contains("deleted"));
    let first = broken("DELETE FROM audit_log WHERE id = 1").unwrap();
    assert_eq!(
        first,
        Break {
            entry: 2,
            how: BreakKind::Deleted
        }
    );
    assert!(first.describe().contains("entry 2 does not follow"));
    // Swapping the two entries' places (ids) keeps every field and hash.
    let swapped = broken(
        "UPDATE audit_log SET id = 3 WHERE id = 1; UPDATE audit_log SET id = 1 WHERE id = 2;
         UPDATE audit_log SET id = 2 WHERE id = 3;",
    )
    .unwrap();
    assert_eq!(swapped.how, BreakKind::Reordered, "{swapped:?}");
}

#[test]
fn older_version_is_upgraded_after_a_backup() {
    let dir = common::temp_dir("upgrade");
    let path = dir.join("old.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(schema::SCHEMA_V1).unwrap();
        conn.execute_batch(
            "INSERT INTO riskdesk_meta VALUES ('schema_version', '1');
             INSERT INTO riskdesk_meta VALUES ('as_of', '2026-10-31');
             INSERT INTO audit_log VALUES (1, '2026-01-01T00:00:00Z', 'bob', 'policy saved', 'x', '', 'why');
             INSERT INTO policies VALUES (1, 'Old', '{\"cutoff\": 570}', '2026-01-01T00:00:00Z', 'bob', 'why', 1);",
        )
        .unwrap();
        scorecard_table::write(&conn, &common::tiny_card()).unwrap();
    }
    let original = std::fs::read(&path).unwrap();
    let o = store::open(&path).unwrap();
    assert_eq!(o.portfolio.len(), 0);
    assert_eq!(o.notes.len(), 1, "{:?}", o.notes);
    assert!(
        o.notes[0].contains("upgraded from schema version 1 to 8"),
        "{:?}",
        o.notes
    );
    // Through v3 the saved policy became version 1 of its name, still the champion.
    assert_eq!(o.policies.len(), 1);
    assert_eq!(
        (o.policies[0].version, o.policies[0].is_champion),
        (1, true)
    );
    assert_eq!(o.champion.cutoff, 570);
    let backup = dir.join("old.v1-backup.db");
    assert_eq!(std::fs::read(&backup).unwrap(), original);
    let conn = Connection::open(&path).unwrap();
    let v: String = conn
        .query_row(
            "SELECT value FROM riskdesk_meta WHERE key='schema_version'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(v, "8");
    // Through v4 the card has a table for its reason texts, empty: its wording is
    // what it was.
    let texts: i64 = conn
        .query_row("SELECT COUNT(*) FROM scorecard_reason_texts", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(texts, 0);
    // Through v5 it has a table for its labels in other languages, empty too.
    let labels: i64 = conn
        .query_row("SELECT COUNT(*) FROM scorecard_labels", [], |r| r.get(0))
        .unwrap();
    assert_eq!(labels, 0);
    // Through v6 it has the standard registry (no rows of its own).
    let columns: i64 = conn
        .query_row("SELECT COUNT(*) FROM applicant_columns", [], |r| r.get(0))
        .unwrap();
    assert_eq!(columns, 0);
    assert!(o.portfolio.registry.is_standard());
    assert_eq!(o.portfolio.scorecard, common::tiny_card());
    // The entry written before the chain existed is now chained, and one entry says
    // that it was not protected before the upgrade.
    let check = audit::verify(&conn).unwrap();
    assert_eq!((check.entries, check.broken), (4, None));
    assert_eq!(check.unprotected_through, Some(1));
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log[1].action, audit::CHAIN_STARTED);
    // Through v7 an empty register and the thresholds at their defaults, said in the
    // log.
    assert_eq!(log[2].action, "schema upgraded");
    assert_eq!(log[3].action, "schema upgraded");
    assert!(log[3].detail.contains("version 7 → 8"), "{}", log[3].detail);
    assert!(o.governance.register.risks.is_empty());
    assert_eq!(
        o.governance.kri_thresholds,
        riskdesk::domain::analytics::kri::KriThresholds::default()
    );
    assert!(
        log[1].detail.contains("entries 1–1 were written before"),
        "{}",
        log[1].detail
    );
    assert!(!log[1].user.is_empty() && log[1].user != "unknown");
    // Opening again changes nothing more.
    drop(conn);
    let again = std::fs::read(&path).unwrap();
    store::open(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), again);
    assert!(!dir.join("old.v1-backup-2.db").exists());
}

#[test]
fn a_saved_policy_is_never_changed_in_place() {
    let dir = common::temp_dir("in-place");
    let path = dir.join("p.db");
    common::write_tiny(&path);
    let before = store::open(&path).unwrap();
    let champion = before.champion.clone();
    assert_eq!(champion.name, "Tiny policy");
    let loose = Policy {
        cutoff: champion.cutoff - 100,
        ..champion.clone()
    };
    let stamp = Stamp {
        at: "2026-11-01T00:00:00Z",
        user: "tester",
        reason: "loosen it",
    };
    // Saving under the champion's name adds version 2; the policy in force stays.
    let id = save_policy(&path, &loose, &champion, &stamp, false).unwrap();
    let after = store::open(&path).unwrap();
    assert_eq!(after.champion, champion, "the policy in force did not move");
    let versions: Vec<(i64, i64, bool)> = after
        .policies
        .iter()
        .map(|p| (p.id, p.version, p.is_champion))
        .collect();
    assert_eq!(versions, vec![(1, 1, true), (id, 2, false)]);
    assert_eq!(after.policies[1].policy.cutoff, champion.cutoff - 100);
    let conn = Connection::open(&path).unwrap();
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[2].action, "policy saved");
    assert_eq!(log[2].subject, "Tiny policy v2");
    assert!(audit::verify(&conn).unwrap().intact());
    // Making version 2 the champion is its own entry, naming the version.
    drop(conn);
    set_champion(
        &path,
        id,
        &Stamp {
            reason: "approved",
            ..stamp
        },
    )
    .unwrap();
    let conn = Connection::open(&path).unwrap();
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log[3].action, "champion changed");
    assert_eq!(log[3].detail, "champion Tiny policy → Tiny policy v2");
    assert_eq!(
        store::open(&path).unwrap().champion.cutoff,
        champion.cutoff - 100
    );
}

#[test]
fn the_upgrade_from_v6_keeps_every_entry_verifiable() {
    let dir = common::temp_dir("upgrade-v6");
    let path = dir.join("v6.db");
    riskdesk::store::generator::generate_file(&path, 300, 7, &|_| {}).unwrap();
    // Back to version 6: without the register's and the thresholds' tables.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE risk_actions; DROP TABLE risks; DROP TABLE kri_thresholds;
             DROP TABLE scenarios; ALTER TABLE accounts DROP COLUMN origination_pd;
             UPDATE riskdesk_meta SET value = '6' WHERE key = 'schema_version';",
        )
        .unwrap();
        let check = audit::verify(&conn).unwrap();
        assert_eq!((check.entries, check.broken), (3, None));
    }
    let before = audit::entries(&Connection::open(&path).unwrap()).unwrap();
    let o = store::open(&path).unwrap();
    assert!(
        o.notes[0].contains("upgraded from schema version 6 to 8"),
        "{:?}",
        o.notes
    );
    assert!(dir.join("v6.v6-backup.db").exists());
    let conn = Connection::open(&path).unwrap();
    let check = audit::verify(&conn).unwrap();
    assert_eq!((check.entries, check.broken), (5, None));
    assert_eq!(check.unprotected_through, None);
    // Every entry written before the upgrade is there as it was, hash and all.
    let after = audit::entries(&conn).unwrap();
    assert_eq!(&after[..3], &before[..]);
    assert_eq!(after[3].action, "schema upgraded");
    assert_eq!(after[3].prev_hash, before[2].hash);
    assert!(
        after[4].detail.contains("version 7 → 8"),
        "{}",
        after[4].detail
    );
    // Through v8 the accounts booked before keep no PD at booking: the application
    // PD stands in for every one of them.
    let kept: i64 = conn
        .query_row("SELECT COUNT(origination_pd) FROM accounts", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kept, 0);
    assert!(o.portfolio.accounts.origination_pd(0).is_none());
    // The thresholds are in the file, at their documented defaults.
    let rows: i64 = conn
        .query_row("SELECT COUNT(*) FROM kri_thresholds", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 12);
    let watch_high: f64 = conn
        .query_row(
            "SELECT watch_high FROM kri_thresholds WHERE kri = 'dpd90_rate'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(watch_high, 0.015);
}

#[test]
fn register_writes_are_audited_round_trips() {
    use riskdesk::domain::analytics::kri::{Kri, Threshold};
    use riskdesk::store::write::Stamp;
    use riskdesk::store::write_register as w;
    let dir = common::temp_dir("register-writes");
    let path = dir.join("r.db");
    riskdesk::store::generator::generate_file(&path, 200, 3, &|_| {}).unwrap();
    let stamp = |reason: &'static str| Stamp {
        at: "2026-11-01T09:00:00Z",
        user: "trainer",
        reason,
    };
    let o = store::open(&path).unwrap();
    let mut r = o.governance.register.risks[0].clone();
    assert_eq!((r.id.as_str(), r.likelihood), ("R01", 4));
    // Without a reason: refused, nothing written.
    r.likelihood = 5;
    assert!(w::save_risk(&path, &r, &stamp(" ")).is_err());
    w::save_risk(&path, &r, &stamp("downturn signals in the new 90+ flow")).unwrap();
    // Saving it again unchanged is refused: no empty entries in the log.
    assert!(w::save_risk(&path, &r, &stamp("again")).is_err());
    let t = Threshold::from_sides((None, Some(0.018)), (None, Some(0.03))).unwrap();
    w::save_kri_threshold(&path, Kri::Dpd90Rate, &t, &stamp("appetite review")).unwrap();
    let mut bands = o.governance.register.bands;
    bands.high_from = 12;
    w::save_bands(&path, &bands, &stamp("board's new appetite")).unwrap();
    let mut watch = o.governance.watch_thresholds.clone();
    watch.utilisation = 0.85;
    w::save_watch_thresholds(&path, &watch, &stamp("earlier warning")).unwrap();
    let again = store::open(&path).unwrap();
    let g = &again.governance;
    assert_eq!(g.register.risks[0].likelihood, 5);
    assert_eq!(g.register.risks[0].actions, r.actions);
    assert_eq!(g.kri_thresholds.get(Kri::Dpd90Rate), &t);
    assert_eq!(g.register.bands.high_from, 12);
    assert_eq!(g.watch_thresholds.utilisation, 0.85);
    let conn = Connection::open(&path).unwrap();
    let log = audit::entries(&conn).unwrap();
    let tail: Vec<(&str, &str, &str)> = log[3..]
        .iter()
        .map(|e| (e.action.as_str(), e.subject.as_str(), e.detail.as_str()))
        .collect();
    assert_eq!(
        tail,
        [
            ("risk changed", "risk R01", "likelihood 4 → 5"),
            (
                "KRI thresholds changed",
                "dpd90_rate",
                "watch ≥ 0.015, breach > 0.03 → watch ≥ 0.018, breach > 0.03"
            ),
            (
                "rating bands changed",
                "risk register",
                "medium from 5 → 5, high from 10 → 12, critical from 20 → 20"
            ),
            (
                "watchlist thresholds changed",
                "watchlist",
                "utilisation 0.9 → 0.85, growth 0.5 → 0.5 over 3 → 3 months, new accounts 3 → 3 months, collections call from 0.3 → 0.3, kept share 0.5 → 0.5"
            ),
        ]
    );
    assert_eq!(log[3].reason, "downturn signals in the new 90+ flow");
    assert_eq!(audit::verify(&conn).unwrap().broken, None);
    // A new risk gets the next id and an "added" entry.
    let mut new = riskdesk::domain::register::Risk {
        id: g.register.next_id(),
        title: "Model risk".into(),
        owner: "Validation".into(),
        review_date: "2027-06-30".into(),
        ..riskdesk::domain::register::Risk::blank()
    };
    new.kris = vec![Kri::ScorePsi];
    w::save_risk(&path, &new, &stamp("new risk")).unwrap();
    let log = audit::entries(&conn).unwrap();
    assert_eq!(log.last().unwrap().action, "risk added");
    assert_eq!(log.last().unwrap().subject, "risk R11");
    assert_eq!(
        store::open(&path).unwrap().governance.register.risks.len(),
        11
    );
}

#[test]
fn a_scenario_is_saved_as_versions_with_its_audit_entry() {
    use riskdesk::domain::stress::Scenario;
    use riskdesk::store::write::Stamp;
    let dir = common::temp_dir("scenarios");
    let path = dir.join("s.db");
    riskdesk::store::generator::generate_file(&path, 200, 5, &|_| {}).unwrap();
    let stamp = |reason: &'static str| Stamp {
        at: "2026-11-02T10:00:00Z",
        user: "committee",
        reason,
    };
    let mut s = Scenario {
        name: "Q4 downturn".into(),
        pd_multiplier: 1.6,
        income_shock: 0.1,
        ..Scenario::default()
    };
    assert!(riskdesk::store::scenarios::save(&path, &s, &stamp("")).is_err());
    riskdesk::store::scenarios::save(&path, &s, &stamp("committee 2026-11")).unwrap();
    s.pd_multiplier = 1.8;
    riskdesk::store::scenarios::save(&path, &s, &stamp("harsher")).unwrap();
    let o = store::open(&path).unwrap();
    let saved = &o.governance.scenarios;
    assert_eq!(saved.len(), 2);
    assert_eq!((saved[0].version, saved[1].version), (1, 2));
    assert_eq!(saved[0].scenario.pd_multiplier, 1.6);
    assert_eq!(saved[1].scenario, s);
    let conn = Connection::open(&path).unwrap();
    let log = audit::entries(&conn).unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        (last.action.as_str(), last.subject.as_str()),
        ("scenario saved", "Q4 downturn v2")
    );
    assert_eq!(audit::verify(&conn).unwrap().broken, None);
    // Every generated account keeps its PD at booking.
    assert!(o.portfolio.accounts.origination_pd(0).is_some());
    // A bad shock is refused.
    let bad = Scenario {
        name: "x".into(),
        drawdown: 2.0,
        ..Scenario::default()
    };
    assert!(riskdesk::store::scenarios::save(&path, &bad, &stamp("x")).is_err());
}
