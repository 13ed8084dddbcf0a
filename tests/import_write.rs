//! `riskdesk import --out`, `scorecard fit --db` and `scorecard install` on extracts
//! the test writes: what lands in the file (registry, the lender's own columns, given
//! outcomes and their definition, the audit entry with each file's SHA-256), the
//! round trip of the sample's applicants through a CSV (same scores and decisions),
//! and nothing written when the input is bad.

mod common;

use std::path::Path;

use riskdesk::domain::evaluation::decide;
use riskdesk::domain::policy::Rule;
use riskdesk::domain::portfolio::registry::{Role, Source};
use riskdesk::domain::portfolio::{ExtraValues, GivenOutcome, Outcome};
use riskdesk::store;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const LOANS: &str = "\
id,issue_d,annual_inc,emp_length,grade,home_ownership,dti,loan_status
1003,Mar-2018,,3 years,B,MORTGAGE,,Current
1001,Jan-2018,60000,10+ years,A,RENT,12.5,Fully Paid
1002,Feb-2018,48000,< 1 year,C,OWN,30.1,Charged Off
1004,Mar-2018,-5,n/a,A,RENT,8.0,Fully Paid
";

const LOANS_MAP: &str = r#"{
  "name": "Loans 2018", "as_of": "2018-12-31",
  "applicants": {"file": "loans.csv", "id": "id", "applied_on": "issue_d",
    "monthly_income": {"column": "annual_inc", "per": "year"},
    "dti": {"column": "dti", "scale": 0.01},
    "characteristics": ["grade", "home_ownership",
      {"column": "emp_length", "kind": "numeric", "missing": ["n/a"], "label": "Years employed",
       "values": {"< 1 year": 0, "3 years": 3, "10+ years": 10}}]},
  "outcomes": {"file": "loans.csv", "column": "loan_status",
    "bad": ["Charged Off"], "good": ["Fully Paid"], "definition": "charged off, ever"}
}"#;

#[test]
fn an_import_writes_the_lenders_columns_outcomes_and_an_audit_entry() {
    let dir = common::temp_dir("import-write");
    std::fs::write(dir.join("loans.csv"), LOANS).unwrap();
    std::fs::write(dir.join("map.json"), LOANS_MAP).unwrap();
    let out = dir.join("loans.db");
    let (code, text, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&dir.join("map.json")),
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.ends_with(&format!("wrote {}\n", out.display())),
        "{text}"
    );
    let o = store::open(&out).unwrap();
    let p = &o.portfolio;
    // Rows in id order whatever the file's order.
    assert_eq!(p.applicants.id, [1001, 1002, 1003, 1004]);
    assert_eq!(p.as_of, "2018-12-31");
    assert_eq!(p.outcome_definition.as_deref(), Some("charged off, ever"));
    // Registry: the id, the income under Riskdesk's name, the lender's DTI and
    // characteristics under theirs.
    let names: Vec<(&str, Role)> = p
        .registry
        .entries()
        .iter()
        .map(|e| (e.name.as_str(), e.role))
        .collect();
    assert_eq!(
        names,
        [
            ("id", Role::Identifier),
            ("monthly_income", Role::Income),
            ("dti", Role::Dti),
            ("grade", Role::Characteristic),
            ("home_ownership", Role::Characteristic),
            ("emp_length", Role::Characteristic),
        ]
    );
    assert_eq!(
        p.registry.get("emp_length").unwrap().label,
        "Years employed"
    );
    // 60,000 a year is 5,000 a month; a missing and a negative income are missing.
    let inc = &p.applicants.monthly_income;
    assert_eq!(inc[0], 5_000.0);
    assert_eq!(inc[1], 4_000.0);
    assert!(inc[2].is_nan() && inc[3].is_nan());
    // The lender's DTI, scaled by 0.01, is the one the rules read.
    assert_eq!(p.derived.dti[0], 0.125);
    assert!(p.derived.dti[2].is_nan());
    let Source::Extra(g) = p.registry.get("grade").unwrap().source else {
        panic!("grade is an extra column")
    };
    match &p.applicants.extra[g as usize] {
        ExtraValues::Categorical { codes, labels } => {
            let shown: Vec<&str> = codes.iter().map(|&c| labels[c as usize].as_str()).collect();
            assert_eq!(shown, ["A", "C", "B", "A"]);
        }
        other => panic!("grade is categorical: {other:?}"),
    }
    assert_eq!(
        p.applicants.given_outcome,
        [
            GivenOutcome::Good,
            GivenOutcome::Bad,
            GivenOutcome::Indeterminate,
            GivenOutcome::Good
        ]
    );
    assert_eq!(
        p.derived.outcome,
        [Outcome::Good, Outcome::Bad, Outcome::Unknown, Outcome::Good]
    );
    // No age and no tenure: those rules do not apply; income and DTI do.
    assert!(!p.rule_applies(Rule::UnderAge) && !p.rule_applies(Rule::ShortTenure));
    assert!(p.rule_applies(Rule::DtiAboveCap) && p.limit_applies());
    assert!(!p.has_scorecard());
    // The audit entry names every file with its SHA-256.
    let conn = Connection::open(&out).unwrap();
    let log = store::audit::entries(&conn).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "portfolio imported");
    for name in ["loans.csv", "map.json"] {
        let digest = format!(
            "{:x}",
            Sha256::digest(std::fs::read(dir.join(name)).unwrap())
        );
        assert!(
            log[0]
                .detail
                .contains(&format!("{name} (SHA-256 {digest})")),
            "{}",
            log[0].detail
        );
    }
    // The report says there is no card yet, and how to get one.
    let (code, text, _) = common::riskdesk(&["report", "--db", s(&out)]);
    assert_eq!(code, 0);
    assert!(text.contains("no scorecard yet"), "{text}");
    // An import never replaces a file without --force, and leaves it as it was.
    let before = std::fs::read(&out).unwrap();
    let (code, _, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&dir.join("map.json")),
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn a_bad_extract_writes_nothing() {
    let dir = common::temp_dir("import-bad");
    std::fs::write(
        dir.join("loans.csv"),
        LOANS.replace("1004,Mar-2018,-5", "1001,Mar-2018,-5"),
    )
    .unwrap();
    std::fs::write(dir.join("map.json"), LOANS_MAP).unwrap();
    let out = dir.join("loans.db");
    let (code, _, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&dir.join("map.json")),
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("applicant 1001 again (first on line 3)"),
        "{err}"
    );
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(&*dir).unwrap().collect();
    assert_eq!(
        leftovers.len(),
        2,
        "only the inputs are there: {leftovers:?}"
    );
}

/// The sample's applicants written to a CSV as a lender would send them, imported,
/// given the sample's card: every score and every decision is the sample's.
#[test]
fn the_samples_applicants_round_trip_through_a_csv() {
    let dir = common::temp_dir("import-round-trip");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = Connection::open(&sample).unwrap();
    let cols = [
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
    ];
    let mut csv = cols.join(",") + "\n";
    let mut st = conn
        .prepare(&format!(
            "SELECT {} FROM applicants ORDER BY id DESC",
            cols.join(",")
        ))
        .unwrap();
    let mut rows = st.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let cells: Vec<String> = (0..cols.len())
            .map(|k| match r.get_ref(k).unwrap() {
                rusqlite::types::ValueRef::Null => "NA".to_string(),
                rusqlite::types::ValueRef::Integer(i) => i.to_string(),
                rusqlite::types::ValueRef::Real(f) => format!("{f:?}"),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                rusqlite::types::ValueRef::Blob(_) => unreachable!(),
            })
            .collect();
        csv += &(cells.join(",") + "\n");
    }
    std::fs::write(dir.join("applicants.csv"), csv).unwrap();
    std::fs::write(
        dir.join("map.json"),
        r#"{"name": "Round trip", "as_of": "2026-10-31",
            "applicants": {"file": "applicants.csv", "id": "id", "applied_on": "application_date",
              "monthly_income": "monthly_income", "monthly_debt": "monthly_debt", "age": "age",
              "months_on_platform": "platform_months",
              "characteristics": ["channel", "city_tier", "employment", "bureau_months",
                "delinquencies", "monthly_spend", "order_count", "return_rate", "night_share",
                "device_changes"]}}"#,
    )
    .unwrap();
    let out = dir.join("rt.db");
    let (code, _, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&dir.join("map.json")),
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 0, "{err}");
    let original = store::open(&sample).unwrap();
    std::fs::write(
        dir.join("card.json"),
        serde_json::to_string(&original.portfolio.scorecard).unwrap(),
    )
    .unwrap();
    let (code, text, err) = common::riskdesk(&[
        "scorecard",
        "install",
        "--db",
        s(&out),
        "--card",
        s(&dir.join("card.json")),
        "--reason",
        "round trip",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("approval rate under “Balanced”: – before"),
        "{text}"
    );
    let imported = store::open(&out).unwrap();
    let (a, b) = (&original.portfolio, &imported.portfolio);
    assert_eq!(a.applicants.id, b.applicants.id);
    assert_eq!(a.derived.score, b.derived.score);
    assert_eq!(a.derived.band, b.derived.band);
    // The imported file has no policy of its own: the default, carried to the card's
    // scaling, which is the sample's policy in force.
    assert_eq!(imported.champion.cutoff, original.champion.cutoff);
    for i in 0..a.len() {
        assert_eq!(
            decide(&original.champion, a, i),
            decide(&imported.champion, b, i),
            "applicant {}",
            a.applicants.id[i]
        );
    }
    let log = store::audit::entries(&Connection::open(&out).unwrap()).unwrap();
    assert_eq!(
        log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["portfolio imported", "scorecard installed"]
    );
    assert_eq!(log[1].reason, "round trip");
}
