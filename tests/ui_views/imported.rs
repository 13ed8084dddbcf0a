//! The window on a lender's own book: File > Import CSV… driven by its labels from
//! a CSV to an open portfolio (the map written beside it repeats the import on the
//! command line), and an imported portfolio in every view at both sizes: no
//! scorecard yet, the rules without input shown not applicable, the lender's
//! definition beside observed rates, the charts that need history saying so.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use riskdesk::store;
use riskdesk::ui::{Command, RiskdeskApp, Settings, Tab};
use riskdesk::workbench::Workbench;

use super::{app, common, harness, sample, shown};

const LOANS: &str = "\
cust_id,app_date,annual_income,grade,home,emp_years,status
1001,2026-01-15,60000,A,RENT,10,good
1002,2026-02-01,48000,C,OWN,1,bad
1003,2026-03-15,,B,MORTGAGE,3,current
1004,2026-03-20,36000,A,RENT,,good
";

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn the_wizard_imports_a_csv_and_opens_the_new_portfolio() {
    let dir = common::temp_dir("ui-wizard");
    let csv = dir.join("spring.csv");
    std::fs::write(&csv, LOANS).unwrap();
    let mut h = harness(app(sample(), Tab::Overview, false));
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import CSV…").click();
    h.run_steps(2);
    assert!(h.state().import_wizard_open());
    h.run_steps(4);
    let file = h.get_by_role_and_label(Role::TextInput, "Applicants file");
    file.focus();
    file.type_text(s(&csv));
    h.run_steps(2);
    h.get_by_label("Read").click();
    h.run_steps(2);
    h.state_mut().wait_for_import();
    h.run_steps(3);
    // The first rows, and the mapping suggested from the header.
    assert!(shown(&h, "First 4 rows (UTF-8):"));
    assert!(shown(&h, "cust_id"));
    let as_of = h.get_by_role_and_label(Role::TextInput, "As-of date");
    as_of.focus();
    as_of.type_text("2026-06-30");
    h.run_steps(2);
    h.get_by_label("Check").click();
    h.step();
    h.state_mut().wait_for_import();
    h.run_steps(3);
    if let Ok(dir) = std::env::var("RISKDESK_WIZARD_PNG") {
        let image = h.render().expect("renders");
        image
            .save(format!("{dir}/wizard-1280x800.png"))
            .expect("saves");
    }
    let has =
        |h: &Harness<'_, RiskdeskApp>, text: &str| h.query_all_by_label_contains(text).count() > 0;
    assert!(
        has(&h, "applicants: 4, ids from column cust_id"),
        "{:?}",
        h.state().import_checked()
    );
    assert!(has(
        &h,
        "outcomes: 1 bad, 2 good, 1 neither (kept, counted as neither); bad means: as given"
    ));
    h.get_by_label("Import").click();
    h.run_steps(2);
    h.state_mut().wait_for_import();
    h.state_mut().wait_for_load();
    h.run_steps(3);
    assert!(!h.state().import_wizard_open());
    let p = &h
        .state()
        .data()
        .expect("the new portfolio is open")
        .portfolio;
    assert_eq!(p.name, "spring");
    assert_eq!(p.applicants.id, [1001, 1002, 1003, 1004]);
    assert!(p.registry.get("grade").is_some() && p.registry.get("emp_years").is_some());
    assert!(!p.has_scorecard());
    assert!(shown(&h, "No scorecard yet"));
    // The map beside the portfolio repeats the import from the command line.
    let map = dir.join("spring.map.json");
    assert!(map.exists());
    let (code, out, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&map),
        "--out",
        s(&dir.join("again.db")),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("applicants: 4, ids from column cust_id"),
        "{out}"
    );
    // A second import never replaces the first portfolio.
    let mut h = harness(app(sample(), Tab::Overview, false));
    h.state_mut().apply(Command::OpenImportWizard);
    h.state_mut().apply(Command::ImportReadFile(csv.clone()));
    h.state_mut().wait_for_import();
    h.run_steps(2);
    let as_of = h.get_by_role_and_label(Role::TextInput, "As-of date");
    as_of.focus();
    as_of.type_text("2026-06-30");
    h.run_steps(2);
    let before = std::fs::read(dir.join("spring.db")).unwrap();
    h.get_by_label("Import").click();
    h.run_steps(2);
    h.state_mut().wait_for_import();
    h.run_steps(2);
    assert!(
        h.state().import_wizard_open(),
        "the wizard stays, with the reason"
    );
    assert!(has(&h, "exists"));
    assert_eq!(std::fs::read(dir.join("spring.db")).unwrap(), before);
}

/// An import without age and tenure, its card fitted and installed on the command
/// line, as a new user would.
fn imported_with_card(dir: &std::path::Path) -> std::path::PathBuf {
    std::fs::write(dir.join("loans.csv"), LOANS).unwrap();
    std::fs::write(
        dir.join("map.json"),
        r#"{"name": "Spring book", "as_of": "2026-06-30",
            "applicants": {"file": "loans.csv", "id": "cust_id", "applied_on": "app_date",
              "monthly_income": {"column": "annual_income", "per": "year"},
              "characteristics": ["grade", "home",
                {"column": "emp_years", "label": "Years employed", "kind": "numeric"}]},
            "outcomes": {"file": "loans.csv", "column": "status", "bad": ["bad"],
              "good": ["good"], "definition": "charged off, ever"}}"#,
    )
    .unwrap();
    let db = dir.join("loans.db");
    let run = |args: &[&str]| {
        let (code, _, err) = common::riskdesk(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    run(&["import", "--map", s(&dir.join("map.json")), "--out", s(&db)]);
    let card = dir.join("card.json");
    run(&[
        "scorecard",
        "fit",
        "--db",
        s(&db),
        "--out",
        s(&card),
        "--min-iv",
        "0",
        "--min-outcomes",
        "0",
        "--min-bin-share",
        "0",
    ]);
    run(&[
        "scorecard",
        "install",
        "--db",
        s(&db),
        "--card",
        s(&card),
        "--reason",
        "first card",
    ]);
    db
}

fn open_at(path: &std::path::Path, tab: Tab, size: [f32; 2]) -> Harness<'static, RiskdeskApp> {
    let app = RiskdeskApp::with_workbench(
        Workbench::from_opened(store::open(path).expect("opens"), None),
        Settings {
            tab,
            ..Settings::default()
        },
    );
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut RiskdeskApp| app.ui_frame(ui), app);
    h.run_steps(4);
    h
}

#[test]
fn an_imported_portfolio_in_every_view_says_what_it_lacks() {
    let dir = common::temp_dir("ui-imported");
    let db = imported_with_card(&dir);
    for size in [[1100.0, 700.0], [1600.0, 1000.0]] {
        let mut h = open_at(&db, Tab::PolicyLab, size);
        assert!(shown(
            &h,
            "Not applicable (no input in this portfolio): the minimum age, the minimum platform tenure, the debt-to-income cap."
        ));
        assert!(
            h.query_by_label_contains("bad means: charged off, ever")
                .is_some(),
            "the lab's observed rate names the lender's definition"
        );
        h.state_mut().apply(Command::SetTab(Tab::Charts));
        h.run_steps(3);
        assert!(
            h.query_all_by_label_contains("no month-end history")
                .count()
                > 0
        );
        assert!(
            h.query_all_by_label_contains("outcomes the lender gave")
                .count()
                > 0
        );
        h.state_mut().apply(Command::SetTab(Tab::Overview));
        h.run_steps(3);
        assert!(
            h.query_all_by_label_contains("no month-end history")
                .count()
                > 0
        );
        h.state_mut().apply(Command::SetTab(Tab::Applicants));
        assert!(h.state_mut().select_applicant(1001));
        h.run_steps(4);
        // The profile is the import's columns; the table's category is its grade.
        assert!(shown(&h, "Years employed"));
        assert!(shown(&h, "grade"));
        assert!(
            h.query_by_label_contains("Outcome as the lender gave it: good")
                .is_some()
        );
    }
}

#[test]
fn an_import_without_a_card_opens_and_says_how_to_fit_one() {
    let dir = common::temp_dir("ui-nocard");
    std::fs::write(dir.join("loans.csv"), LOANS).unwrap();
    std::fs::write(
        dir.join("map.json"),
        r#"{"name": "Spring book", "as_of": "2026-06-30",
            "applicants": {"file": "loans.csv", "id": "cust_id", "characteristics": ["grade"]},
            "outcomes": {"file": "loans.csv", "column": "status", "bad": ["bad"], "good": ["good"]}}"#,
    )
    .unwrap();
    let db = dir.join("book.db");
    let (code, _, err) =
        common::riskdesk(&["import", "--map", s(&dir.join("map.json")), "--out", s(&db)]);
    assert_eq!(code, 0, "{err}");
    // No scores or decisions to export: said, and nothing written.
    let mut h = open_at(&db, Tab::Applicants, [1100.0, 700.0]);
    let csv = dir.join("table.csv");
    h.state_mut().apply(Command::ExportCsvTo(csv.clone()));
    assert!(h.state().status().is_error(), "{}", h.state().message());
    assert!(
        h.state().message().contains("No scorecard yet"),
        "{}",
        h.state().message()
    );
    assert!(!csv.exists());
    for tab in Tab::ALL {
        let h = open_at(&db, tab, [1100.0, 700.0]);
        assert!(shown(&h, "No scorecard yet"), "{tab:?}");
        assert!(
            h.query_by_label_contains("riskdesk scorecard fit --db")
                .is_some(),
            "{tab:?}"
        );
    }
}

/// A book with accounts and month-end history: the charts that need history draw
/// it, and the Overview's book tiles have figures instead of "no month-end history".
#[test]
fn an_import_with_month_end_history_draws_the_history_charts() {
    use std::fmt::Write as _;
    let dir = common::temp_dir("ui-history");
    std::fs::write(dir.join("loans.csv"), LOANS).unwrap();
    std::fs::write(
        dir.join("accounts.csv"),
        "acct,cust_id,opened,limit\n1,1001,2026-01-20,5000\n2,1002,2026-02-03,3000\n3,1004,2026-03-25,4000\n",
    )
    .unwrap();
    // Month-ends to June 2027 (months counted from January 2026): account 2 is 30+
    // in May 2026 and 90+ from July, so it is bad; the others stay current.
    let mut perf = "acct,month,balance,dpd\n".to_string();
    for (acct, months) in [(1, 1..=17), (2, 2..=17), (3, 3..=17)] {
        for m in months {
            let dpd = match (acct, m) {
                (2, 4) => 35,
                (2, 5) => 65,
                (2, 6..) => 95 + 30 * (m - 6),
                _ => 0,
            };
            let month = format!("{}-{:02}", 2026 + m / 12, m % 12 + 1);
            writeln!(perf, "{acct},{month},{},{dpd}", 1000 * acct).unwrap();
        }
    }
    std::fs::write(dir.join("perf.csv"), perf).unwrap();
    std::fs::write(
        dir.join("map.json"),
        r#"{"name": "Spring book", "as_of": "2027-06-30",
            "applicants": {"file": "loans.csv", "id": "cust_id", "applied_on": "app_date",
              "monthly_income": {"column": "annual_income", "per": "year"},
              "characteristics": ["grade", {"column": "emp_years", "kind": "numeric"}]},
            "accounts": {"file": "accounts.csv", "id": "acct", "opened_on": "opened",
              "credit_limit": "limit"},
            "performance": {"file": "perf.csv", "account_id": "acct", "month": "month",
              "balance": "balance", "days_past_due": {"column": "dpd", "unit": "days"}}}"#,
    )
    .unwrap();
    let db = dir.join("book.db");
    let card = dir.join("card.json");
    let (db_s, card_s) = (s(&db), s(&card));
    for args in [
        vec!["import", "--map", s(&dir.join("map.json")), "--out", db_s],
        // Outcomes from the history (12 months on book): accounts 1 and 3 good, 2 bad.
        vec![
            "scorecard",
            "fit",
            "--db",
            db_s,
            "--out",
            card_s,
            "--min-iv",
            "0",
            "--min-outcomes",
            "0",
            "--min-bin-share",
            "0",
        ],
        vec![
            "scorecard",
            "install",
            "--db",
            db_s,
            "--card",
            card_s,
            "--reason",
            "first card",
        ],
    ] {
        let (code, _, err) = common::riskdesk(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    for size in [[1100.0, 700.0], [1600.0, 1000.0]] {
        let mut h = open_at(&db, Tab::Charts, size);
        assert!(h.state().data().expect("open").portfolio.has_scorecard());
        assert_eq!(h.state().data().expect("open").portfolio.accounts.len(), 3);
        assert!(
            h.query_all_by_label_contains("no month-end history")
                .count()
                == 0,
            "the charts have the history"
        );
        h.state_mut().apply(Command::SetTab(Tab::Overview));
        h.run_steps(3);
        assert!(
            h.query_all_by_label_contains("no month-end history")
                .count()
                == 0
        );
        if let Ok(dir) = std::env::var("RISKDESK_WIZARD_PNG") {
            for tab in [Tab::Overview, Tab::Charts] {
                h.state_mut().apply(Command::SetTab(tab));
                h.run_steps(3);
                h.render()
                    .expect("renders")
                    .save(format!("{dir}/history-{tab:?}-{}.png", size[0]))
                    .expect("saves");
            }
        }
    }
}

/// The public German credit data (examples/german-credit), as the README walks
/// through it: no income, so no limit and no exposure anywhere in the window.
#[test]
fn the_german_credit_example_opens_with_its_labels_and_no_exposure() {
    let dir = common::temp_dir("ui-german");
    let map =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/german-credit/map.json");
    let db = dir.join("german.db");
    let card = dir.join("card.json");
    let (db_s, card_s) = (s(&db), s(&card));
    for args in [
        vec!["import", "--map", s(&map), "--out", db_s],
        vec!["scorecard", "fit", "--db", db_s, "--out", card_s],
        vec![
            "scorecard",
            "install",
            "--db",
            db_s,
            "--card",
            card_s,
            "--reason",
            "README",
        ],
    ] {
        let (code, _, err) = common::riskdesk(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    for size in [[1100.0, 700.0], [1600.0, 1000.0]] {
        let mut h = open_at(&db, Tab::Charts, size);
        assert!(shown(
            &h,
            "no income in this portfolio: the limit rule does not apply, so there is no limit, exposure, loss, revenue or margin"
        ));
        assert!(shown(
            &h,
            "1,000 applicants · 1,000 with an outcome the lender gave (no accounts imported) · as of 1994-12-31"
        ));
        h.state_mut().apply(Command::SetTab(Tab::Applicants));
        assert!(h.state_mut().select_applicant(2));
        h.run_steps(4);
        assert!(shown(&h, "Checking account"));
        assert!(shown(&h, "Age (age_in_years)"));
        assert!(
            h.query_by_label_contains("Outcome as the lender gave it: bad")
                .is_some()
        );
    }
}

/// Names and phone numbers in the applicants file are masked in the wizard's preview
/// before the window holds them.
#[test]
fn the_wizard_masks_personal_data_in_its_preview() {
    let dir = common::temp_dir("ui-wizard-personal");
    let csv = dir.join("people.csv");
    std::fs::write(
        &csv,
        "cust_id,full_name,mobile,grade,status\n1,张伟,13812345678,A,good\n2,李娜,13987654321,B,bad\n",
    )
    .unwrap();
    let mut h = harness(app(sample(), Tab::Overview, false));
    h.state_mut().apply(Command::OpenImportWizard);
    h.state_mut().apply(Command::ImportReadFile(csv));
    h.state_mut().wait_for_import();
    h.run_steps(3);
    assert!(shown(&h, "full_name (masked)"));
    assert!(shown(&h, "mobile (masked)"));
    assert!(shown(&h, "grade"));
    for raw in ["张伟", "李娜", "13812345678"] {
        assert_eq!(
            h.query_all_by_label_contains(raw).count(),
            0,
            "{raw} is shown"
        );
    }
}
