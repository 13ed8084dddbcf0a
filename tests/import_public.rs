//! The README's path on a public data set, end to end: the Statlog German credit
//! applications (examples/german-credit, CC BY 4.0) imported with their map, a card
//! fitted on the portfolio and put in force, and the report on it.

mod common;

use std::path::{Path, PathBuf};

use riskdesk::domain::policy::Rule;
use riskdesk::domain::portfolio::registry::Role;
use riskdesk::store;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/german-credit")
        .join(name)
}

#[test]
fn the_german_credit_data_becomes_a_workbench() {
    let dir = common::temp_dir("import-german");
    let db = dir.join("german.db");
    let card = dir.join("card.json");
    let (code, text, err) =
        common::riskdesk(&["import", "--map", s(&example("map.json")), "--out", s(&db)]);
    assert_eq!(code, 0, "{err}");
    // Counted from the CSV by hand (and by convert.py): 1,000 rows, 300 bad.
    for line in [
        "applicants: 1,000, ids from column id",
        "age ← age_in_years: numeric, 19.00 to 75.00; missing 0 (0.00%)",
        "characteristic ← purpose: categorical, 10 values; missing 0 (0.00%)",
        "characteristic ← credit_amount: numeric, 250.00 to 18424.00; missing 0 (0.00%)",
        "hard rules without their input (not applicable): the limit rule (no income); the debt-to-income cap; the minimum platform tenure",
        "outcomes: 300 bad, 700 good, 0 neither (kept, counted as neither); bad means: a bad credit risk as the lender classified it (Statlog German credit)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    // No card yet: no decisions to write.
    let decisions = dir.join("decisions.csv");
    let (code, _, err) = common::riskdesk(&[
        "decisions",
        "--db",
        s(&db),
        "--out",
        s(&decisions),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no scorecard yet"), "{err}");
    assert!(!decisions.exists());
    let (code, fit, err) =
        common::riskdesk(&["scorecard", "fit", "--db", s(&db), "--out", s(&card)]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fit.starts_with(
            "Scorecard fitted on german.db: 1,000 rows (700 goods, 300 bads, bad rate 30.00%)"
        ),
        "{fit}"
    );
    // The protected attributes were left out by the map; the checking account, the
    // strongest characteristic of this data set, leads.
    assert!(!fit.contains("personal_status_and_sex") && !fit.contains("foreign_worker"));
    let strongest = fit.lines().nth(2).unwrap_or_default();
    assert!(
        strongest.starts_with("status_of_existing_checking_account "),
        "{fit}"
    );
    // --characteristics chooses; a name the portfolio lacks is refused.
    let chosen = dir.join("chosen.json");
    let (code, three, err) = common::riskdesk(&[
        "scorecard",
        "fit",
        "--db",
        s(&db),
        "--out",
        s(&chosen),
        "--characteristics",
        "credit_history,duration_in_month,age",
    ]);
    assert_eq!(code, 0, "{err}");
    let names: Vec<&str> = three
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with("intercept"))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        names,
        ["credit_history", "duration_in_month", "age"],
        "{three}"
    );
    let (code, _, err) = common::riskdesk(&[
        "scorecard",
        "fit",
        "--db",
        s(&db),
        "--out",
        s(&dir.join("none.json")),
        "--characteristics",
        "checking",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("riskdesk: --characteristics: there is no characteristic checking; they are age, status_of_existing_checking_account,"),
        "{err}"
    );
    assert!(!dir.join("none.json").exists());
    let (code, installed, err) = common::riskdesk(&[
        "scorecard",
        "install",
        "--db",
        s(&db),
        "--card",
        s(&card),
        "--reason",
        "first card on the German credit data",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        installed.contains("calibration over 1,000 applicants with an outcome"),
        "{installed}"
    );

    let p = store::open(&db).unwrap().portfolio;
    assert_eq!(p.len(), 1000);
    assert!(p.has_scorecard());
    assert!(p.rule_applies(Rule::UnderAge));
    assert!(!p.rule_applies(Rule::DtiAboveCap) && !p.limit_applies());
    assert!(p.registry.by_role(Role::Age).is_some());
    assert_eq!(
        p.registry
            .get("status_of_existing_checking_account")
            .map(|e| e.label.as_str()),
        Some("Checking account")
    );
    // No accounts were imported: the book's figures are not known, not 0.
    let (code, text, err) = common::riskdesk(&["report", "--db", s(&db), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("revenue – · margin – · booked EAD – · booked EL –"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("total          1,000       196   19.60%")),
        "{text}"
    );
    let (code, json, err) = common::riskdesk(&["report", "--db", s(&db), "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["scorecard_in_force"], true);
    assert_eq!(v["limit_applies"], false);
    assert_eq!(
        v["outcome_definition"],
        "a bad credit risk as the lender classified it (Statlog German credit)"
    );
}
