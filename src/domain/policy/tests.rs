//! The policy's rules, limits and scaling by hand.

use super::*;

#[test]
fn a_policy_carried_to_another_scaling_keeps_its_odds() {
    use crate::domain::scorecard::scaling::Scaling;
    let p = Policy::default();
    assert_eq!(p.clone().for_scaling(&Scaling::default()), p);
    // 600 at 19:1, PDO 50: the cut-off 560 (odds 12.5:1) is 569.8 → 570; the
    // refer band's lower edge 545 is 532.3 → 532, so the band is 38 points wide.
    let s = Scaling {
        base_score: 600.0,
        base_odds: 19.0,
        pdo: 50.0,
    };
    let q = p.clone().for_scaling(&s);
    assert_eq!((q.cutoff, q.refer_width), (570, 38));
    assert_eq!(q.band_factors, p.band_factors);
}

fn input() -> DecisionInput {
    DecisionInput {
        age: 30,
        employment: 0,
        platform_months: 12.0,
        monthly_income: 8000.0,
        dti: 0.2,
        score: 600,
        band: 1,
    }
}

impl Policy {
    fn rule_of(&self, x: &DecisionInput) -> Rule {
        self.rule(x, &[])
    }
}

#[test]
fn rules_in_order() {
    let p = Policy::default();
    assert_eq!(p.rule(&input(), &[]), Rule::ScoreAtOrAboveCutoff);
    assert_eq!(
        p.rule_of(&DecisionInput {
            age: 17,
            dti: f64::NAN,
            ..input()
        }),
        Rule::UnderAge
    );
    assert_eq!(
        p.rule_of(&DecisionInput {
            platform_months: 2.0,
            ..input()
        }),
        Rule::ShortTenure
    );
    assert_eq!(
        p.rule_of(&DecisionInput {
            platform_months: f32::NAN,
            ..input()
        }),
        Rule::ShortTenure
    );
    assert_eq!(
        p.rule_of(&DecisionInput {
            dti: f64::NAN,
            ..input()
        }),
        Rule::NoIncome
    );
    assert_eq!(
        p.rule_of(&DecisionInput {
            dti: 0.5001,
            ..input()
        }),
        Rule::DtiAboveCap
    );
    assert_eq!(
        p.rule_of(&DecisionInput {
            dti: 0.5,
            ..input()
        }),
        Rule::ScoreAtOrAboveCutoff
    );
    // cut-off 560, refer width 15: 545..=559 refer, 544 declines.
    let at = |score| p.rule_of(&DecisionInput { score, ..input() });
    assert_eq!(at(560), Rule::ScoreAtOrAboveCutoff);
    assert_eq!(at(559), Rule::ReferBand);
    assert_eq!(at(545), Rule::ReferBand);
    assert_eq!(at(544), Rule::ScoreBelowReferBand);
    assert_eq!(Rule::ReferBand.decision(), Decision::Refer);
}

#[test]
fn limit_rounds_down_and_clamps() {
    let p = Policy::default();
    // 8,123 × 0.8 × 1.25 = 8,123.0 → 8,100.
    let d = p.limit(8123.0, 1);
    assert!((d.raw - 8123.0).abs() < 1e-9);
    assert_eq!(d.rounded, 8100.0);
    assert_eq!(d.limit, 8100.0);
    // 500 × 0.8 × 0.4 = 160 → 100 → clamped up to 500.
    assert_eq!(p.limit(500.0, 5).limit, 500.0);
    // 40,000 × 0.8 × 1.5 = 48,000 → clamped down to 20,000.
    assert_eq!(p.limit(40_000.0, 0).limit, 20_000.0);
    assert_eq!(p.limit(f64::NAN, 0).limit, 500.0);
}

#[test]
fn json_round_trip_and_validation() {
    let p = Policy::default();
    let s = serde_json::to_string(&p).unwrap();
    let q: Policy = serde_json::from_str(&s).unwrap();
    assert_eq!(p, q);
    // Missing fields take defaults; unknown fields are refused.
    let q: Policy = serde_json::from_str(r#"{"name":"x","cutoff":600}"#).unwrap();
    assert_eq!(q.cutoff, 600);
    assert_eq!(q.refer_width, 15);
    assert!(serde_json::from_str::<Policy>(r#"{"cutof":600}"#).is_err());
    let bad = Policy {
        lgd: 1.5,
        ..Policy::default()
    };
    assert!(bad.validate().is_err());
    assert!(p.validate().is_ok());
    let moved = Policy {
        cutoff: 590,
        ..Policy::default()
    };
    assert_eq!(
        moved.changes_from(&p),
        vec!["cut-off 560 → 590".to_string()]
    );
}
