//! `riskdesk compliance` on sample.db: the figures of the JSON against counts made
//! independently of the checks (the brief's 128 approved students; the APRs of the
//! orders solved by bisection in Python: 1,948 above 24%, 589 above 36%), the rules
//! file's version, `--print-rules`, a bad rules file, and `--strict`.

mod common;

use std::path::Path;

use common::riskdesk;

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample.db")
        .display()
        .to_string()
}

fn json(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = riskdesk(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("JSON")
}

#[test]
fn the_json_carries_the_checks_the_aprs_and_the_fairness_table() {
    let db = sample();
    let v = json(&["compliance", "--db", &db, "--json"]);
    assert_eq!(v["rules_version"].as_str().unwrap().len(), 64);
    assert_eq!(v["audit_head"].as_str().unwrap().len(), 64);
    let rules = v["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["C01", "C02", "C03", "C04", "C05", "C06"]);
    let students = &rules[4];
    assert_eq!(students["status"], "breach");
    assert_eq!(students["breaches"], 128);
    assert_eq!(students["book"]["accounts"], 119);
    assert_eq!(rules[0]["thresholds"]["breach"], 200_000.0);
    let apr = &rules[2];
    assert_eq!(apr["status"], "breach");
    assert_eq!(apr["thresholds"]["watch"], 0.2);
    assert_eq!(apr["thresholds"]["red_line"], 0.36);
    assert_eq!(apr["thresholds"]["reference"], 0.12);
    assert_eq!(v["apr"]["orders"], 31_161);
    assert_eq!(v["apr"]["above_watch"], 2_532);
    assert_eq!(v["apr"]["above_breach"], 1_948);
    assert_eq!(v["apr"]["above_red_line"], 589);
    assert_eq!(v["apr"]["median"], 0.179979);
    // Fairness: the reference of the age bands is 35–49, the 62+ tested exactly.
    let ages = v["fairness"]["age_band"].as_array().unwrap();
    let band = |g: &str| ages.iter().find(|x| x["group"] == g).unwrap();
    assert_eq!(band("35–49")["reference"], true);
    assert_eq!(band("62+")["test"], "fisher");
    assert_eq!(band("under 18")["barred"], true);
    assert!(band("under 18")["flag"].is_null());
    let students = v["fairness"]["employment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["group"] == "student")
        .unwrap()
        .clone();
    assert_eq!(
        (students["applicants"].clone(), students["approved"].clone()),
        (701.into(), 128.into())
    );
    assert_eq!(v["scorecard_age_check"]["passes"], false);
    assert!(v.get("challenger").is_none());
    // Another categorical column to group by; a name is refused.
    let v = json(&[
        "compliance",
        "--db",
        &db,
        "--group-by",
        "channel,employment",
        "--json",
    ]);
    assert!(v["fairness"]["channel"].is_array());
    let (code, _, err) = riskdesk(&["compliance", "--db", &db, "--group-by", "name"]);
    assert_eq!(code, 2);
    assert!(err.contains("--group-by name"), "{err}");
}

#[test]
fn a_challenger_strict_and_the_rules_file() {
    let dir = common::temp_dir("compliance-cli");
    let db = sample();
    let policy = dir.join("challenger.json");
    std::fs::write(
        &policy,
        r#"{"name": "No students", "declined_employment": ["student"], "income_multiple": 3.0, "max_limit": 50000}"#,
    )
    .unwrap();
    let v = json(&[
        "compliance",
        "--db",
        &db,
        "--policy",
        policy.to_str().unwrap(),
        "--json",
    ]);
    let c = &v["challenger"];
    assert_eq!(c["policy"], "No students");
    assert_eq!(c["rules"][4]["breaches"], 0);
    assert_eq!(c["rules"][4]["policy_status"], "pass");
    assert_eq!(c["rules"][1]["policy_status"], "breach");
    let multiple = c["policy_tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["test"] == "limit_multiple")
        .unwrap()
        .clone();
    assert_eq!(multiple["largest"], 4.5);
    assert_eq!(multiple["passes"], false);
    assert!(c["fairness"]["age_band"].is_array());
    // --strict: a breach exits 4.
    let (code, _, err) = riskdesk(&["compliance", "--db", &db, "--strict"]);
    assert_eq!(code, 4, "{err}");
    // The printed rules are a rules file; its version is its SHA-256.
    let (code, printed, _) = riskdesk(&["compliance", "--print-rules"]);
    assert_eq!(code, 0);
    let rules = dir.join("rules.json");
    let relaxed = printed
        .replace("\"student\"", "")
        .replace("\"breach\": 0.24", "\"breach\": 0.5")
        .replace("\"red_line\": 0.36", "\"red_line\": 0.6");
    std::fs::write(&rules, &relaxed).unwrap();
    let v = json(&[
        "compliance",
        "--db",
        &db,
        "--rules",
        rules.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(v["rules"][2]["status"], "watch");
    assert_eq!(v["rules"][4]["status"], "pass");
    let (code, _, err) = riskdesk(&[
        "compliance",
        "--db",
        &db,
        "--rules",
        rules.to_str().unwrap(),
        "--strict",
    ]);
    assert_eq!(code, 0, "{err}");
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(relaxed.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(v["rules_version"], sha.as_str());
    // A bad rules file: exit 2, the field named, nothing else printed.
    std::fs::write(
        &rules,
        printed.replace("\"cap\": 200000.0", "\"cap\": -5.0"),
    )
    .unwrap();
    let (code, out, err) = riskdesk(&[
        "compliance",
        "--db",
        &db,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("limit_cap.cap"), "{err}");
}
