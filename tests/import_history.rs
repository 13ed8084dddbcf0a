//! `riskdesk import` of accounts and their month-end performance: days past due in
//! days or as buckets, the month-ends of each account laid out from month on book 1,
//! the given outcomes compared with the history in the summary (and used for the
//! observed rates, the history for the charts), and every bad input stopping the
//! import with nothing written.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use riskdesk::domain::portfolio::Outcome;
use riskdesk::store;
use rusqlite::Connection;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const APPLICANTS: &str = "\
cust,applied,income,status
A1,2018-01-10,5000,bad
A2,2018-01-20,6000,good
A3,2018-02-05,4000,good
A4,2018-03-01,3000,
A5,2018-03-02,3500,good
";

const ACCOUNTS: &str = "\
acct,cust,open_dt,limit,apr
10,A1,2018-01-15,3000,0.18
11,A2,2018-01-25,5000,0.18
12,A3,2018-02-10,2000,
";

const MAP: &str = r#"{
  "name": "History book", "as_of": "2019-06-30",
  "applicants": {"file": "applicants.csv", "id": "cust", "applied_on": "applied",
    "monthly_income": "income"},
  "outcomes": {"file": "applicants.csv", "column": "status", "bad": ["bad"], "good": ["good"],
    "definition": "written off within 18 months"},
  "accounts": {"file": "accounts.csv", "id": "acct", "applicant_id": "cust",
    "opened_on": "open_dt", "credit_limit": "limit", "fee_rate": "apr"},
  "performance": {"file": "perf.csv", "account_id": "acct", "month": "month_end",
    "balance": "bal", "days_past_due": {"column": "dpd", "unit": "days"}}
}"#;

/// Days past due of account 10 (A1) by month on book: 90+ at month 6.
fn a1_days(mob: i32) -> i32 {
    [0, 0, 15, 45, 75, 105][(mob as usize - 1).min(5)] + 30 * (mob - 6).max(0)
}

/// The month-end label `mob` months after `opened` ("2018-01").
fn month_after(opened: (i32, i32), mob: i32) -> String {
    let m = opened.0 * 12 + opened.1 - 1 + mob;
    format!("{:04}-{:02}", m / 12, m % 12 + 1)
}

/// The month-ends, newest account first and months in reverse (the import sorts):
/// account 10 with a row for its opening month too, 11 always current, 12 reaching
/// 90+ at month on book 8 and curing.
fn perf() -> String {
    let mut rows = Vec::new();
    for mob in 0..=17 {
        rows.push(format!(
            "10,{},{},{}",
            month_after((2018, 1), mob),
            1000 + 10 * mob,
            if mob == 0 { 0 } else { a1_days(mob) }
        ));
    }
    for mob in 1..=17 {
        rows.push(format!("11,{},2500,0", month_after((2018, 1), mob)));
    }
    for mob in 1..=16 {
        let days = if mob == 8 { 95 } else { 0 };
        rows.push(format!("12,{},NA,{days}", month_after((2018, 2), mob)));
    }
    rows.reverse();
    let mut out = "acct,month_end,bal,dpd\n".to_string();
    for r in rows {
        writeln!(out, "{r}").unwrap();
    }
    out
}

fn write_book(dir: &Path, perf: &str, accounts: &str, map: &str) {
    std::fs::write(dir.join("applicants.csv"), APPLICANTS).unwrap();
    std::fs::write(dir.join("accounts.csv"), accounts).unwrap();
    std::fs::write(dir.join("perf.csv"), perf).unwrap();
    std::fs::write(dir.join("map.json"), map).unwrap();
}

#[test]
fn accounts_and_month_ends_are_imported_and_compared_with_the_given_outcomes() {
    let dir = common::temp_dir("import-history");
    write_book(&dir, &perf(), ACCOUNTS, MAP);
    let out = dir.join("book.db");
    let map = dir.join("map.json");
    let (code, text, err) = common::riskdesk(&["import", "--map", s(&map), "--check"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("accounts:"))
        .collect();
    assert_eq!(
        lines,
        [
            "accounts: 3 (60.00% of the applicants), opened 2018-01-15 to 2018-02-10; limits 2,000 to 5,000",
            "fee rate: from column apr; 1 missing, read as 0",
            "performance: 50 month-ends of 3 accounts, 2018-02 to 2019-06; days past due given in days",
            "month-ends in the opening month itself (not a month on book): 1, not kept",
            "balances missing, read as 0: 16",
            "at each account's latest month-end: 2 current, 0 1–29, 0 30–59, 0 60–89, 1 90+",
            "outcomes against the history: 3 applicants with both; 0 given bad with 12 months and no 90+, 1 given good that reached 90+ within 12 months (the given outcomes are used for fitting and observed rates, the history for the charts)",
            "outcomes of applicants without an account: 1 (counted as observed)",
            "nothing was written (--check)",
        ]
    );
    assert!(!out.exists());
    let (code, _, err) = common::riskdesk(&["import", "--map", s(&map), "--out", s(&out)]);
    assert_eq!(code, 0, "{err}");

    let o = store::open(&out).unwrap();
    let p = &o.portfolio;
    let acc = &p.accounts;
    assert_eq!(acc.id, [10, 11, 12]);
    assert_eq!(acc.credit_limit, [3000.0, 5000.0, 2000.0]);
    assert_eq!(acc.fee_rate, [0.18, 0.18, 0.0]);
    // Account 10: 17 month-ends from month on book 1 (the opening month's row is
    // not a month on book); 90+ from month 6.
    assert_eq!(
        acc.buckets(0),
        [0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]
    );
    assert_eq!(acc.buckets(1), [0; 17]);
    assert_eq!(acc.buckets(2).len(), 16);
    assert_eq!(acc.buckets(2)[7], 4);
    // The given outcomes are the observed ones: A3 is good although its history
    // reached 90+; A4 (no value) is unknown, A5 (no account) good.
    assert_eq!(
        p.derived.outcome,
        [
            Outcome::Bad,
            Outcome::Good,
            Outcome::Good,
            Outcome::Unknown,
            Outcome::Good
        ]
    );
    // The stored rows: month on book 1 of account 12 is the end of March 2018.
    let db = Connection::open(&out).unwrap();
    let first: (i64, String, f64, i64) = db
        .query_row(
            "SELECT months_on_book, month, balance, dpd_bucket FROM performance
             WHERE account_id = 12 ORDER BY months_on_book LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(first, (1, "2018-03".to_string(), 0.0, 0));
    let detail: String = db
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'portfolio imported'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        // 3 columns: the id, the lender's (text) id, the income.
        detail.starts_with("5 applicants, 3 columns, 3 accounts, 50 month-ends, outcomes given"),
        "{detail}"
    );
    for f in ["applicants.csv", "accounts.csv", "perf.csv", "map.json"] {
        assert!(detail.contains(&format!("{f} (SHA-256 ")), "{f}: {detail}");
    }
    // The report reads the history: vintage and roll rates are there.
    let (code, json, err) = common::riskdesk(&["report", "--db", s(&out), "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(json.contains("\"outcome_definition\""), "{json}");
}

#[test]
fn buckets_are_read_as_given_and_without_outcomes_the_history_decides() {
    let dir = common::temp_dir("import-buckets");
    let mut perf = "acct,month_end,bal,dpd\n".to_string();
    let names = ["current", "M1", "30-59", "60–89", "90+", "M5", "M4+"];
    for mob in 1..=13 {
        let b = names[(mob as usize - 1).min(names.len() - 1)];
        writeln!(perf, "11,{},100,{b}", month_after((2018, 1), mob)).unwrap();
    }
    let map = MAP
        .replace(r#""unit": "days""#, r#""unit": "bucket""#)
        .replace(
            r#""outcomes": {"file": "applicants.csv", "column": "status", "bad": ["bad"], "good": ["good"],
    "definition": "written off within 18 months"},"#,
            "",
        );
    write_book(
        &dir,
        &perf,
        "acct,cust,open_dt,limit,apr\n11,A2,2018-01-25,5000,0.18\n",
        &map,
    );
    let out = dir.join("b.db");
    let (code, text, err) = common::riskdesk(&[
        "import",
        "--map",
        s(&dir.join("map.json")),
        "--out",
        s(&out),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("performance: 13 month-ends of 1 accounts, 2018-02 to 2019-02; days past due given as buckets"),
        "{text}"
    );
    let p = store::open(&out).unwrap().portfolio;
    assert_eq!(
        p.accounts.buckets(0),
        [0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4]
    );
    assert_eq!(p.outcome_definition, None);
    // Riskdesk's own rule: 90+ within 12 months on book.
    assert_eq!(p.derived.outcome[1], Outcome::Bad);
    assert_eq!(p.derived.outcome[0], Outcome::Unknown);
}

/// Each bad input: exit 2, the message naming file, line and column, no output.
#[test]
fn bad_accounts_and_month_ends_stop_the_import_with_nothing_written() {
    let good = perf();
    let drop_line = |needle: &str| -> String {
        good.lines()
            .filter(|l| !l.starts_with(needle))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let cases: Vec<(&str, String, String, String, &str)> = vec![
        (
            "unknown account",
            format!("{good}99,2019-01,10,0\n"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv, line 53: account 99 is not in the accounts file",
        ),
        (
            "gap",
            drop_line("11,2018-06,"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv: account 11 (opened 2018-01) has no month-end for 2018-06; a history runs from the month after opening without a gap",
        ),
        (
            "after as-of",
            format!("{good}11,2019-07,10,0\n"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv, line 53, column month_end: 2019-07 is after the as-of date",
        ),
        (
            "twice in a month",
            format!("{good}11,2018-05-31,10,0\n"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv, line 53: account 11 has a second month-end for 2018-05",
        ),
        (
            "before opening",
            format!("{good}12,2017-12,10,0\n"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv, line 53: a month-end of account 12 for 2017-12, before it opened (2018-02)",
        ),
        (
            "negative days",
            format!("{good}11,2019-06,10,-3\n"),
            ACCOUNTS.into(),
            MAP.into(),
            "perf.csv, line 53, column dpd: -3 is not a number of days past due (0 or more)",
        ),
        (
            "not a bucket",
            good.clone(),
            ACCOUNTS.into(),
            MAP.replace(r#""unit": "days""#, r#""unit": "bucket""#),
            "perf.csv, line 10, column dpd: 95 is not a days-past-due bucket",
        ),
        (
            "second account",
            good.clone(),
            format!("{ACCOUNTS}13,A1,2018-03-01,100,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5: a second account of applicant A1 (the first on line 2)",
        ),
        (
            "account of nobody",
            good.clone(),
            format!("{ACCOUNTS}13,Z9,2018-03-01,100,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5: applicant Z9 is not in the applicants file",
        ),
        (
            "duplicate account",
            good.clone(),
            format!("{ACCOUNTS}12,A4,2018-03-01,100,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5: account 12 again (first on line 4)",
        ),
        (
            "opened after as-of",
            good.clone(),
            format!("{ACCOUNTS}13,A4,2019-07-01,100,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5, column open_dt: 2019-07-01 is after the as-of date",
        ),
        (
            "no limit",
            good.clone(),
            format!("{ACCOUNTS}13,A4,2018-03-01,NA,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5, column limit: the value is missing and is needed",
        ),
        (
            "negative limit",
            good.clone(),
            format!("{ACCOUNTS}13,A4,2018-03-01,-100,0.1\n"),
            MAP.into(),
            "accounts.csv, line 5, column limit: -100 is outside 0 to 1,000,000,000,000",
        ),
        (
            "performance without accounts",
            good.clone(),
            ACCOUNTS.into(),
            MAP.replace(
                r#""accounts": {"file": "accounts.csv", "id": "acct", "applicant_id": "cust",
    "opened_on": "open_dt", "credit_limit": "limit", "fee_rate": "apr"},"#,
                "",
            ),
            "performance: the month-ends belong to accounts; map \"accounts\" too",
        ),
    ];
    for (what, perf, accounts, map, message) in cases {
        let dir = common::temp_dir(&format!("import-history-bad-{}", what.replace(' ', "-")));
        write_book(&dir, &perf, &accounts, &map);
        let out = dir.join("book.db");
        let (code, _, err) = common::riskdesk(&[
            "import",
            "--map",
            s(&dir.join("map.json")),
            "--out",
            s(&out),
        ]);
        assert_eq!(code, 2, "{what}: {err}");
        assert!(err.contains(message), "{what}: {err}");
        assert!(!out.exists(), "{what}: the output was written");
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".db") || n.contains("tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{what}: {leftovers:?}");
    }
}
