//! The dry run on small extracts, with every count checked by hand.

use super::check::*;
use super::error::ImportError;
use super::map::{ColumnKind, ImportMap};
use super::outcomes::OutcomesCheck;

fn map(json: &str) -> ImportMap {
    ImportMap::from_json(json).unwrap()
}

fn header(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| s.to_string()).collect()
}

const MAP: &str = r#"{"name": "Spring", "as_of": "2026-06-30",
  "applicants": {"file": "a.csv", "id": "cust", "applied_on": "app",
    "monthly_income": {"column": "inc", "per": "year"}, "age": "age",
    "characteristics": ["grade", {"column": "emp", "values": {"10+": 10}}]},
  "outcomes": {"file": "a.csv", "column": "status", "bad": ["bad"], "good": ["good"],
    "definition": "charged off, ever"}}"#;

#[test]
fn a_clean_extract_is_counted_by_hand() {
    let m = map(MAP);
    let h = header(&["cust", "app", "inc", "age", "grade", "emp", "status"]);
    let mut c = ApplicantsCheck::new(&m, &h).unwrap();
    let rows = [
        ["c1", "2026-01-15", "60000", "30", "A", "3", "good"],
        ["c2", "2026/02/01", "NA", "41", "B", "10+", "bad"],
        ["c3", "15.03.2026", "-100", "", "A", ".", "current"],
        ["c4", "Jul-2026", "24000", "55", "C", "1", ""],
    ];
    for (k, r) in rows.iter().enumerate() {
        c.row(k as u64 + 2, r).unwrap();
    }
    let s = c.finish(&m);
    assert_eq!(s.rows, 4);
    assert_eq!(s.ids, IdSource::Column("cust".into()));
    // Jul-2026 is 2026-07-31: after the as-of date, counted.
    assert_eq!(s.after_as_of, 1);
    let income = &s.columns[0];
    assert_eq!(
        (
            income.field.as_str(),
            income.missing,
            income.negative_set_missing
        ),
        ("monthly_income", 2, 1)
    );
    // 60,000 and 24,000 a year: 5,000 and 2,000 a month.
    assert_eq!((income.min, income.max), (2_000.0, 5_000.0));
    let age = &s.columns[1];
    assert_eq!((age.missing, age.min, age.max), (1, 30.0, 55.0));
    let grade = &s.columns[2];
    assert_eq!(
        (grade.kind, grade.levels, grade.missing),
        (ColumnKind::Categorical, 3, 0)
    );
    let emp = &s.columns[3];
    assert_eq!(
        (emp.kind, emp.missing, emp.max),
        (ColumnKind::Numeric, 1, 10.0)
    );
    assert_eq!(s.dti, DtiSource::None);
    assert_eq!(
        s.rules_without_input,
        [HardRule::DtiCap, HardRule::MinTenure]
    );
    let o = s.outcomes.unwrap();
    assert_eq!((o.bad, o.good, o.indeterminate), (1, 1, 2));
    assert_eq!(o.definition, "charged off, ever");
}

#[test]
fn what_stops_an_import_names_file_line_and_column() {
    let m = map(MAP);
    let missing = ApplicantsCheck::new(
        &m,
        &header(&["cust", "app", "inc", "age", "grade", "status"]),
    );
    assert!(matches!(
        missing,
        Err(ImportError::MissingColumn { ref column, .. }) if column == "emp"
    ));
    let h = header(&["cust", "app", "inc", "age", "grade", "emp", "status"]);
    let mut c = ApplicantsCheck::new(&m, &h).unwrap();
    c.row(2, &["c1", "2026-01-15", "6e4", "30", "A", "3", "good"])
        .unwrap();
    assert_eq!(
        c.row(3, &["c1", "2026-01-16", "1", "30", "A", "3", "good"]),
        Err(ImportError::DuplicateId {
            file: "a.csv".into(),
            id: "c1".into(),
            first_line: 2,
            line: 3
        })
    );
    assert_eq!(
        c.row(4, &["c2", "2026-01-16", "lots", "30", "A", "3", "good"]),
        Err(ImportError::NotANumber {
            file: "a.csv".into(),
            line: 4,
            column: "inc".into(),
            value: "lots".into()
        })
    );
    assert!(matches!(
        c.row(5, &["c3", "06/07/2026", "1", "30", "A", "3", "good"]),
        Err(ImportError::BadDate {
            line: 5,
            ambiguous: true,
            ..
        })
    ));
    assert_eq!(
        c.row(6, &["c4", "2026-01-16"]),
        Err(ImportError::ShortRow {
            file: "a.csv".into(),
            line: 6
        })
    );
}

#[test]
fn outcomes_of_their_own_name_known_applicants_once() {
    let m = map(
        r#"{"name": "x", "as_of": "2026-06-30", "applicants": {"file": "a.csv", "id": "id"},
            "outcomes": {"file": "o.csv", "column": "flag", "bad": ["1"], "good": ["0"]}}"#,
    );
    let mut a = ApplicantsCheck::new(&m, &header(&["id"])).unwrap();
    for (k, id) in ["x", "y", "z"].iter().enumerate() {
        a.row(k as u64 + 2, &[id]).unwrap();
    }
    let ids = std::mem::take(&mut a.ids);
    let h = header(&["id", "flag"]);
    let mut o = OutcomesCheck::new(&m, &h, &ids).unwrap().unwrap();
    o.row(2, &["x", "1"]).unwrap();
    o.row(3, &["y", "0"]).unwrap();
    assert!(matches!(
        o.row(4, &["w", "1"]),
        Err(ImportError::UnknownApplicant { line: 4, ref id, .. }) if id == "w"
    ));
    assert!(matches!(
        o.row(5, &["x", "0"]),
        Err(ImportError::DuplicateId {
            first_line: 2,
            line: 5,
            ..
        })
    ));
    let s = o.finish();
    assert_eq!(
        (s.bad, s.good, s.indeterminate, s.without_outcome),
        (1, 1, 0, 1)
    );
    assert_eq!(s.definition, "as given");
}
