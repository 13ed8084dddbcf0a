//! Decision explanations that match the decision (issue 17, item 4), on the tiny
//! portfolio whose every figure is worked out by hand (tests/common): one applicant
//! per hard rule, a refer by the score alone, and an approval, through the domain and
//! through `riskdesk decisions`.

mod common;

use riskdesk::domain::evaluation::explanation::{HardRuleFailure, PrincipalReason, explain};
use riskdesk::domain::policy::{Decision, Rule};
use riskdesk::store;

/// Delinquencies 1 or more: 40 points against the best bin's 100 (tests/common).
fn late_payments() -> PrincipalReason {
    PrincipalReason::Score {
        code: "R03".into(),
        text: "Previous late payments on record".into(),
        shortfall: 60,
    }
}

#[test]
fn each_hard_rule_that_fails_is_a_reason_the_deciding_one_first() {
    let dir = common::temp_dir("explanations");
    let db = dir.join("tiny.db");
    common::write_tiny(&db);
    let o = store::open(&db).unwrap();
    let (p, policy) = (&o.portfolio, &o.champion);
    let row = |id: i64| p.applicants.id.iter().position(|&x| x == id).unwrap();
    let e = |id: i64| explain(policy, p, row(id), "en");
    // 1: age 30, 12 months, DTI 10%, score 600 ≥ 560: approved, no reasons.
    let one = e(1);
    assert_eq!(
        (one.rule, one.decision),
        (Rule::ScoreAtOrAboveCutoff, Decision::Approve)
    );
    assert!(one.reasons.is_empty());
    // 2: age 17 (score 600): under age only.
    assert_eq!(
        e(2).reasons,
        [PrincipalReason::HardRule(HardRuleFailure::UnderAge {
            age: 17,
            min: 18
        })]
    );
    // 3: DTI 3,000 / 5,000 = 60% above 50%, and a score of 540 below 560 as well.
    let three = e(3);
    assert_eq!(
        (three.rule, three.decision),
        (Rule::DtiAboveCap, Decision::Decline)
    );
    assert_eq!(
        three.reasons,
        [
            PrincipalReason::HardRule(HardRuleFailure::DtiAboveCap { dti: 0.6, cap: 0.5 }),
            late_payments()
        ]
    );
    // 5: no income, score 540.
    assert_eq!(
        e(5).reasons,
        [
            PrincipalReason::HardRule(HardRuleFailure::NoIncome),
            late_payments()
        ]
    );
    // 6: 2 months on the platform against 3.
    assert_eq!(
        e(6).reasons,
        [PrincipalReason::HardRule(HardRuleFailure::ShortTenure {
            months: Some(2.0),
            min: 3
        })]
    );
    // 7: every rule passes; 540 is in the refer band [535, 560): the score's reason.
    let seven = e(7);
    assert_eq!(
        (seven.rule, seven.decision),
        (Rule::ReferBand, Decision::Refer)
    );
    assert_eq!(seven.reasons, [late_payments()]);
    // A policy that declines applicant 1's employment category: H05, with the category.
    let category = p.employments[usize::from(p.applicants.employment[row(1)])].clone();
    let declining = riskdesk::domain::policy::Policy {
        declined_employment: vec![category.clone()],
        ..policy.clone()
    };
    let d = explain(&declining, p, row(1), "en");
    assert_eq!(
        (d.rule, d.decision),
        (Rule::DeclinedEmployment, Decision::Decline)
    );
    assert_eq!(
        d.reasons,
        [PrincipalReason::HardRule(
            HardRuleFailure::DeclinedEmployment { category }
        )]
    );

    // The same through the command line, one row per applicant, no names.
    let out = dir.join("decisions.csv");
    let (code, text, err) = common::riskdesk(&[
        "decisions",
        "--db",
        db.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.starts_with("wrote 7 decisions under “Tiny policy” to "),
        "{text}"
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,decision,rule,score,pd,limit,reason_1,reason_2,reason_3,reason_4,reason_text_1,reason_text_2,reason_text_3,reason_text_4"
    );
    assert_eq!(lines.len(), 8);
    assert!(
        lines[1].starts_with("1,approve,score_at_or_above_cutoff,600,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[3].ends_with(
            ",H04,R03,,,Debt-to-income 60.00% above the cap of 50.00%,Previous late payments on record (−60 points),,"
        ),
        "{}",
        lines[3]
    );
    assert!(
        lines[2].contains(",H01,,,,Age 17 is below the minimum of 18,,,"),
        "{}",
        lines[2]
    );
    // A second run is refused without --force (the output rule).
    let (code, _, _) = common::riskdesk(&[
        "decisions",
        "--db",
        db.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    // In Chinese, the texts; the codes and headers stay.
    let zh = dir.join("zh.csv");
    let (code, _, err) = common::riskdesk(&[
        "decisions",
        "--db",
        db.to_str().unwrap(),
        "--out",
        zh.to_str().unwrap(),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 0, "{err}");
    let zh = std::fs::read_to_string(&zh).unwrap();
    assert!(
        zh.contains(",H04,R03,,,负债收入比 60.00%，高于上限 50.00%,"),
        "{zh}"
    );
}
