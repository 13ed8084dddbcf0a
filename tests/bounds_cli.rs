//! Every number is bounded or checked: policies, cards and fit options out of range
//! exit 2 naming the field; an outcome column with a third value needs --good.

mod common;

use std::path::Path;

use common::riskdesk;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn policies_out_of_range_name_the_field() {
    let dir = common::temp_dir("bounds-policy");
    for (json, field) in [
        (r#"{"cutoff": -2147483648}"#, "cutoff"),
        (r#"{"cutoff": 5000}"#, "cutoff must be between"),
        (r#"{"refer_width": -1}"#, "refer_width"),
        (r#"{"fee_yield": 1e308}"#, "fee_yield"),
        (r#"{"lgd": 1.5}"#, "lgd"),
        (r#"{"max_limit": 0}"#, "max_limit"),
        (
            r#"{"min_limit": 30000}"#,
            "min_limit (30000) must not be above max_limit",
        ),
        (
            r#"{"band_factors": [1, 1, 1, 1, 1, -0.5]}"#,
            "band_factors[5]",
        ),
        (r#"{"income_multiple": 1e9}"#, "income_multiple"),
    ] {
        let policy = dir.join("p.json");
        std::fs::write(&policy, json).unwrap();
        let (code, out, err) = riskdesk(&["report", "--db", "sample.db", "--policy", s(&policy)]);
        assert_eq!(code, 2, "{json}: {out}{err}");
        assert!(err.contains(field), "{json}: {err}");
        assert!(out.is_empty(), "{json}: nothing is reported");
    }
}

#[test]
fn fit_options_and_cards_out_of_range_are_refused() {
    let dir = common::temp_dir("bounds-fit");
    let csv = dir.join("t.csv");
    let mut text = String::from("months,outcome\n");
    for i in 0..600 {
        let bad = i % 9 == 0 || i % 40 < 3;
        text += &format!("{},{}\n", i % 40, if bad { "bad" } else { "good" });
    }
    std::fs::write(&csv, text).unwrap();
    let card = dir.join("card.json");
    for (option, value, words) in [
        ("--base-score", "1e12", "base score"),
        ("--pdo", "1e-300", "PDO"),
        ("--base-odds", "0", "base odds"),
        ("--ridge", "-1", "--ridge"),
        ("--bin-penalty", "NaN", "--bin-penalty"),
    ] {
        let given = format!("{option}={value}");
        let (code, _, err) = riskdesk(&[
            "scorecard",
            "fit",
            "--csv",
            s(&csv),
            "--target",
            "outcome",
            "--bad",
            "bad",
            &given,
            "--out",
            s(&card),
        ]);
        assert_eq!(code, 2, "{option} {value}: {err}");
        assert!(err.contains(words), "{option} {value}: {err}");
        assert!(!card.exists());
    }
    // A card near i32::MAX would wrap the best applicants into the worst band.
    let (code, _, err) = riskdesk(&[
        "scorecard",
        "fit",
        "--csv",
        s(&csv),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--out",
        s(&card),
    ]);
    assert_eq!(code, 0, "{err}");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&card).unwrap()).unwrap();
    json["base_points"] = serde_json::json!(2_147_483_000i64);
    let wrapped = dir.join("wrapped.json");
    std::fs::write(&wrapped, json.to_string()).unwrap();
    let (code, _, err) = riskdesk(&[
        "scorecard",
        "apply",
        "--card",
        s(&wrapped),
        "--csv",
        s(&csv),
        "--out",
        s(&dir.join("scores.csv")),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("base points 2147483000 are outside"), "{err}");
}

#[test]
fn a_third_outcome_value_needs_good() {
    let dir = common::temp_dir("bounds-target");
    let csv = dir.join("t.csv");
    let mut text = String::from("months,outcome\n");
    for i in 0..900 {
        let v = if i % 9 == 0 || i % 40 < 3 {
            "1"
        } else if i % 5 == 0 {
            "2"
        } else {
            "0"
        };
        text += &format!("{},{v}\n", i % 40);
    }
    std::fs::write(&csv, text).unwrap();
    let card = dir.join("card.json");
    let fit = |extra: &[&str]| {
        let mut args = vec![
            "scorecard",
            "fit",
            "--csv",
            s(&csv),
            "--target",
            "outcome",
            "--bad",
            "1",
            "--out",
            s(&card),
            "--force",
        ];
        args.extend(extra);
        riskdesk(&args)
    };
    let (code, _, err) = fit(&[]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("outcome has 3 values") && err.contains("--good"),
        "{err}"
    );
    let (code, out, err) = fit(&["--good", "0"]);
    assert_eq!(code, 0, "{err}");
    // 900 rows: i % 5 == 0 and not bad.
    let third = (0..900)
        .filter(|i| !(i % 9 == 0 || i % 40 < 3) && i % 5 == 0)
        .count();
    assert!(
        out.contains(&format!(
            "{third} rows of outcome are neither bad nor good and were left out"
        )),
        "{out}"
    );
}
