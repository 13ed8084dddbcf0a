//! The Compliance tab: a breach count opens the Applicants table limited to those
//! applicants, the lab's badge follows the challenger, and a reveal shows in the
//! access log.

use egui_kittest::kittest::Queryable as _;
use riskdesk::domain::compliance::Status;
use riskdesk::ui::{Command, Tab};
use riskdesk::workbench::DecisionsUnder;

use super::{app, harness, sample, sample_copy, shown};

#[test]
fn a_breach_count_opens_the_applicants_it_counts() {
    let mut h = harness(app(sample(), Tab::Compliance, false));
    // 128 of the 701 students are approved by the policy in force (the brief's count).
    let students = &h.state().data().expect("open").compliance.champion.rules[4];
    assert_eq!((students.id.as_str(), students.breaches), ("C05", 128));
    assert!(shown(&h, "C05  No consumer credit to students"));
    h.get_by_label("128").click();
    h.run_steps(4);
    assert_eq!(h.state().settings.tab, Tab::Applicants);
    assert_eq!(h.state().table.decisions, DecisionsUnder::InForce);
    assert_eq!(h.state().table.rows.len(), 128);
    let p = &h.state().data().expect("open").portfolio;
    let student = p.employments.iter().position(|e| e == "student").unwrap() as u8;
    assert!(
        h.state()
            .table
            .rows
            .iter()
            .all(|&r| p.applicants.employment[r as usize] == student)
    );
    assert!(shown(
        &h,
        "128 applicants approved in breach of C05 No consumer credit to students under Policy in force v1"
    ));
    // "Show all" gives the whole table back.
    h.get_by_label("Show all").click();
    h.run_steps(4);
    assert_eq!(h.state().table.rows.len(), 20_000);
}

#[test]
fn the_labs_badge_turns_red_when_a_slider_breaks_the_income_cap() {
    let mut h = harness(app(sample(), Tab::PolicyLab, false));
    // The policy in force approves students: red from the start.
    assert!(h.query_by_label_contains("Compliance: breach").is_some());
    let mut p = h.state().data().expect("open").champion.policy.clone();
    p.declined_employment = vec!["student".into()];
    h.state_mut().apply(Command::SetChallenger(p.clone()));
    h.run_steps(3);
    let standing = |h: &egui_kittest::Harness<'_, riskdesk::ui::RiskdeskApp>| {
        h.state()
            .data()
            .expect("open")
            .compliance
            .challenger
            .policy_standing()
    };
    // Students declined: no rule broken, the age bands still flagged (watch).
    assert_eq!(standing(&h), Status::Watch);
    assert!(h.query_by_label_contains("Compliance: watch").is_some());
    // Income multiple 3.0 with a maximum limit of 50,000: limits above a third of income.
    p.income_multiple = 3.0;
    p.max_limit = 50_000.0;
    h.state_mut().apply(Command::SetChallenger(p));
    h.run_steps(3);
    assert_eq!(standing(&h), Status::Breach);
    assert!(h.query_by_label_contains("Compliance: breach").is_some());
    let income = &h.state().data().expect("open").compliance.challenger.rules[1];
    assert_eq!(income.id, "C02");
    assert!(income.breaches > 0);
    // The badge opens the Compliance tab.
    h.get_by_label_contains("Compliance: breach").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.tab, Tab::Compliance);
}

#[test]
fn a_reveal_shows_in_the_access_log() {
    let (_dir, copy) = sample_copy("access-log");
    let opened = riskdesk::store::open(&copy).expect("copy opens");
    let mut a = app(opened, Tab::Compliance, false);
    a.apply(Command::RevealApplicant {
        row: 3,
        purpose: "complaint 2026-7".into(),
    });
    let id = a.data().expect("open").portfolio.applicants.id[3];
    let mut h = harness(a);
    h.run_steps(2);
    assert!(shown(&h, "complaint 2026-7"));
    assert!(shown(&h, &format!("applicant {id}")));
    assert!(shown(&h, "1 of 1 reveals and exports of personal data"));
    // Exported beside the portfolio: ids and purposes, no names. (The button lies
    // below the fold of the scrolled tab at this size: its command directly.)
    assert!(shown(&h, "Export CSV beside the portfolio"));
    h.state_mut().apply(Command::ExportAccessLog(String::new()));
    h.run_steps(2);
    let dir = copy.parent().unwrap();
    let file = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains("access-log"))
        })
        .unwrap_or_else(|| {
            panic!(
                "no access log beside the portfolio: {}",
                h.state().message()
            )
        });
    let csv = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,at,user,action,subject,purpose,detail");
    assert_eq!(lines.len(), 2);
    assert!(
        lines[1].contains(&format!("applicant {id},complaint 2026-7")),
        "{csv}"
    );
    let name = h
        .state()
        .data()
        .expect("open")
        .portfolio
        .applicants
        .name
        .get(3)
        .to_string();
    assert!(!csv.contains(&name));
}

#[test]
fn breaches_listed_under_the_challenger_follow_it() {
    let mut a = app(sample(), Tab::Compliance, false);
    let mut p = a.data().expect("open").champion.policy.clone();
    p.income_multiple = 3.0;
    p.max_limit = 50_000.0;
    a.apply(Command::SetChallenger(p.clone()));
    a.apply(Command::ShowBreaches {
        check: riskdesk::domain::compliance::checks::Check::LimitIncome,
        under: DecisionsUnder::Challenger,
    });
    let mut h = harness(a);
    let first = h.state().table.rows.len();
    assert!(first > 0);
    // Multiple 2.5: band A's 2.5 × 1.5 = 3.75 is within 4 × the monthly income, so
    // no limit is above a third of income any more; the list is recounted.
    p.income_multiple = 2.5;
    h.state_mut().apply(Command::SetChallenger(p));
    h.run_steps(4);
    let second = h.state().table.rows.len();
    let counted = h.state().data().expect("open").compliance.challenger.rules[1].breaches;
    assert_eq!(second as u64, counted);
    assert_eq!(second, 0, "{first} before");
}

#[test]
fn a_rules_file_replaces_the_built_in_rules() {
    let dir = super::common::temp_dir("ui-rules");
    let path = dir.join("licence.json");
    let mut rules = riskdesk::domain::compliance::rules::Rules::default();
    rules.barred_employment.categories.clear();
    rules.limit_cap.cap = 10_000.0;
    std::fs::write(&path, rules.to_json()).unwrap();
    let file = riskdesk::workbench::compliance::RulesFile::read(&path).unwrap();
    let mut a = app(sample(), Tab::Compliance, false);
    a.set_rules(Some(file));
    let h = harness(a);
    let c = &h.state().data().expect("open").compliance;
    // No category barred: neither the approvals nor the booked accounts of students
    // break C05 now.
    assert_eq!(c.champion.rules[4].status, Status::Pass);
    assert_eq!(c.champion.rules[4].book.map(|b| b.count), Some(0));
    // The policy's maximum limit of 20,000 is above a cap of 10,000.
    assert_eq!(c.champion.rules[0].policy_status, Some(Status::Breach));
    // The tab names the file the rules come from.
    let shown_path = path.display().to_string();
    assert!(h.query_all_by_label_contains(&shown_path).count() > 0);
}
