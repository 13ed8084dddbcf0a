//! `riskdesk import --map M.json --check` on extracts the test writes, shaped like the
//! public credit data sets (Lending Club's annual income, employment length and loan
//! status; a Chinese lender's GBK file): exact summaries, and every problem that stops
//! an import named with file, line and column (exit 2, nothing written).

mod common;

use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn check(dir: &Path, lang: &str) -> (i32, String, String) {
    let map = dir.join("map.json");
    common::riskdesk(&[
        "import",
        "--map",
        map.to_str().unwrap(),
        "--check",
        "--lang",
        lang,
    ])
}

const LOANS: &str = "\
id,issue_d,annual_inc,emp_length,grade,home_ownership,dti,loan_status
1001,Jan-2018,60000,10+ years,A,RENT,12.5,Fully Paid
1002,Feb-2018,48000,< 1 year,C,OWN,30.1,Charged Off
1003,Mar-2018,,3 years,B,MORTGAGE,,Current
1004,Mar-2018,-5,n/a,A,RENT,8.0,Fully Paid
";

const LOANS_MAP: &str = r#"{
  "name": "Loans 2018", "as_of": "2018-12-31",
  "applicants": {"file": "loans.csv", "id": "id", "applied_on": "issue_d",
    "monthly_income": {"column": "annual_inc", "per": "year"},
    "dti": {"column": "dti", "scale": 0.01},
    "characteristics": ["grade", "home_ownership",
      {"column": "emp_length", "kind": "numeric", "missing": ["n/a"],
       "values": {"< 1 year": 0, "3 years": 3, "10+ years": 10}}]},
  "outcomes": {"file": "loans.csv", "column": "loan_status",
    "bad": ["Charged Off"], "good": ["Fully Paid"], "definition": "charged off, ever"}
}"#;

#[test]
fn a_lending_club_shaped_extract_is_summed_up_exactly() {
    let dir = common::temp_dir("import-loans");
    write(&dir, "loans.csv", LOANS);
    write(&dir, "map.json", LOANS_MAP);
    let (code, out, err) = check(&dir, "en");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "\
Import check of “Loans 2018”, as of 2018-12-31
loans.csv: UTF-8
applicants: 4, ids from column id
applied on (column issue_d): 2018-01-31 to 2018-03-31; 0 after the as-of date
monthly_income ← annual_inc: numeric, 4000.00 to 5000.00; missing 2 (50.00%); 1 negative values read as missing
dti ← dti: numeric, 0.08 to 0.30; missing 1 (25.00%)
characteristic ← grade: categorical, 3 values; missing 0 (0.00%)
characteristic ← home_ownership: categorical, 3 values; missing 0 (0.00%)
characteristic ← emp_length: numeric, 0.00 to 10.00; missing 1 (25.00%)
debt-to-income: from column dti
hard rules without their input (not applicable): the minimum age; the minimum platform tenure
outcomes: 1 bad, 2 good, 1 neither (kept, counted as neither); bad means: charged off, ever
accounts: none mapped, so every applicant with an outcome counts as booked (no month-end history)
nothing was written (--check)
"
    );
    // The same in Chinese, with the same figures.
    let (code, zh, _) = check(&dir, "zh-CN");
    assert_eq!(code, 0);
    assert!(zh.contains("申请人：4 名，编号取自列 id"), "{zh}");
    assert!(zh.contains("结果：坏 1，好 2，两者都不是 1"), "{zh}");
    assert!(
        zh.contains("缺少输入的硬性规则（不适用）：最低年龄；最短在平台时长"),
        "{zh}"
    );
    // Nothing but the extract and the map in the folder.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
}

#[test]
fn a_gbk_file_with_chinese_headers_and_outcomes_of_their_own() {
    let dir = common::temp_dir("import-gbk");
    let (bytes, _, _) =
        encoding_rs::GBK.encode("客户号,月收入,城市\nA1,8000,北京\nA2,5000,上海\nA3,.,北京\n");
    std::fs::write(dir.join("客户.csv"), &bytes).unwrap();
    write(&dir, "flags.csv", "客户号,逾期\nA1,0\nA3,1\n");
    write(
        &dir,
        "map.json",
        r#"{"name": "春季", "as_of": "2026-06-30",
            "applicants": {"file": "客户.csv", "id": "客户号", "monthly_income": "月收入", "characteristics": ["城市"]},
            "outcomes": {"file": "flags.csv", "column": "逾期", "bad": ["1"], "good": ["0"]}}"#,
    );
    let (code, out, err) = check(&dir, "zh-CN");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("客户.csv：不是 UTF-8，已按 GBK 读取"), "{out}");
    assert!(
        out.contains("monthly_income ← 月收入：数值，5000.00 至 8000.00；缺失 1（33.33%）"),
        "{out}"
    );
    assert!(
        out.contains("characteristic ← 城市：类别，2 种取值"),
        "{out}"
    );
    assert!(out.contains("结果：坏 1，好 1，两者都不是 0"), "{out}");
    assert!(out.contains("没有结果记录的申请人：1"), "{out}");
    assert!(out.contains("负债收入比：无"), "{out}");
}

/// Each problem: the files, and what the message must say (English).
#[test]
fn what_stops_an_import_is_named_and_nothing_is_written() {
    let cases: [(&str, &str, &str, &str); 7] = [
        (
            "missing column",
            "id,income\n1,100\n",
            r#""monthly_income": "incme""#,
            "a.csv: there is no column incme; the columns are id, income",
        ),
        (
            "text in a numeric column",
            "id,income\n1,100\n2,lots\n",
            r#""monthly_income": "income""#,
            "a.csv, line 3, column income: lots is not a number",
        ),
        (
            "duplicate ids",
            "id,income\n7,100\n8,100\n7,200\n",
            r#""monthly_income": "income""#,
            "a.csv, line 4: applicant 7 again (first on line 2)",
        ),
        (
            "ambiguous date",
            "id,app\n1,06/07/2026\n",
            r#""applied_on": "app""#,
            "a.csv, line 2, column app: 06/07/2026 could be day/month or month/day",
        ),
        (
            "not a date",
            "id,app\n1,soon\n",
            r#""applied_on": "app""#,
            "a.csv, line 2, column app: soon is not a date",
        ),
        (
            "a short row",
            "id,income\n1\n",
            r#""monthly_income": "income""#,
            "a.csv, line 2: fewer cells than the header has columns",
        ),
        (
            "unknown field in the map",
            "id,income\n1,100\n",
            r#""incme": "income""#,
            "the map is not valid: unknown field `incme`",
        ),
    ];
    for (what, csv, field, says) in cases {
        let dir = common::temp_dir("import-bad");
        write(&dir, "a.csv", csv);
        write(
            &dir,
            "map.json",
            &format!(
                r#"{{"name": "x", "as_of": "2026-06-30", "applicants": {{"file": "a.csv", "id": "id", {field}}}}}"#
            ),
        );
        let (code, out, err) = check(&dir, "en");
        assert_eq!(code, 2, "{what}: {out}{err}");
        assert!(err.contains(says), "{what}: {err}");
        assert!(out.is_empty(), "{what}: {out}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2, "{what}");
    }
    // An outcome for an applicant the file does not have.
    let dir = common::temp_dir("import-unknown");
    write(&dir, "a.csv", "id\n1\n2\n");
    write(&dir, "o.csv", "id,flag\n1,bad\n9,good\n");
    write(
        &dir,
        "map.json",
        r#"{"name": "x", "as_of": "2026-06-30", "applicants": {"file": "a.csv", "id": "id"},
            "outcomes": {"file": "o.csv", "column": "flag", "bad": ["bad"], "good": ["good"]}}"#,
    );
    let (code, _, err) = check(&dir, "zh-CN");
    assert_eq!(code, 2);
    assert!(
        err.contains("o.csv 第 3 行：申请人 9 不在申请人文件中"),
        "{err}"
    );
    // A file that is neither UTF-8 nor GBK.
    std::fs::write(dir.join("a.csv"), b"id\n\xff\xfe\xff\n").unwrap();
    let (code, _, err) = check(&dir, "en");
    assert_eq!(code, 2);
    assert!(err.contains("neither UTF-8 nor GBK"), "{err}");
}
