//! The checks by hand on the fixture, and the fast pass against its reference.

use super::checks::{Check, breaching_rows, tally, tally_reference};
use super::fairness::standard_dimensions;
use super::rules::Rules;
use super::{Base, PolicyTest, Status, report};
use crate::domain::fixture::{Row, portfolio};
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use crate::domain::rng::Rng;

fn row(orders: f32, income: f64) -> Row {
    Row {
        orders,
        income,
        app_month: 20,
        history: None,
    }
}

/// Every band at factor 1, so the limit is income × multiple rounded down to 100.
fn flat_policy(multiple: f64) -> Policy {
    Policy {
        cutoff: 500,
        refer_width: 0,
        min_tenure_months: 0,
        income_multiple: multiple,
        band_factors: [1.0; 6],
        min_limit: 0.0,
        max_limit: 1e9,
        ..Policy::default()
    }
}

#[test]
fn a_third_of_twelve_months_of_income() {
    // ¥5,000 a month: the cap is ¥20,000. A limit of 20,000 passes, 20,100 breaches
    // (5,000 × 4.03 = 20,150, rounded down to 20,100).
    let p = portfolio(&[row(25.0, 5_000.0)]);
    let rules = Rules::default();
    let dims = standard_dimensions(&rules, &p);
    let at = |multiple: f64| tally(&rules, &flat_policy(multiple), &p, &dims);
    let pass = at(4.0);
    assert_eq!(pass.approved, 1);
    assert_eq!(pass.breaches[Check::LimitIncome.index()].count, 0);
    let breach = at(4.03);
    assert_eq!(breach.breaches[Check::LimitIncome.index()].count, 1);
    assert_eq!(breach.breaches[Check::LimitIncome.index()].limits, 20_100.0);
    // The same through the report, with the policy test that needs no data.
    let base = Base::new(rules, &p);
    let r = report(&base, &flat_policy(4.03), &p);
    let income_rule = &r.rules[1];
    assert_eq!(income_rule.id, "C02");
    assert_eq!(income_rule.status, Status::Breach);
    assert_eq!(
        income_rule.exposure,
        20_100.0 * Policy::default().utilisation
    );
    assert_eq!(
        r.policy_tests[0],
        PolicyTest::LimitMultiple {
            largest: 4.03,
            allowed: 4.0
        }
    );
    assert!(!r.policy_tests[0].passes());
    assert_eq!(
        r.rules[2].status,
        Status::NotCheckable,
        "the fixture has no orders"
    );
}

#[test]
fn students_under_age_and_no_income() {
    let mut p = portfolio(&[
        row(25.0, 8_000.0),
        row(25.0, 8_000.0),
        row(25.0, 8_000.0),
        row(25.0, 0.0),
    ]);
    p.employments = vec!["salaried".into(), "student".into()];
    p.applicants.employment[1] = 1;
    p.applicants.age[2] = 17;
    let rules = Rules::default();
    let dims = standard_dimensions(&rules, &p);
    let policy = flat_policy(1.0);
    let t = tally(&rules, &policy, &p, &dims);
    // The under-age applicant is declined by the policy's own rule; the student is
    // approved (the policy declines no category); no income cannot pass the DTI rule.
    assert_eq!(t.approved, 2);
    assert_eq!(t.breaches[Check::BarredEmployment.index()].count, 1);
    assert_eq!(t.breaches[Check::MinAge.index()].count, 0);
    assert_eq!(t.breaches[Check::IncomeRequired.index()].count, 0);
    assert_eq!(
        breaching_rows(&rules, &policy, &p, Check::BarredEmployment),
        vec![1]
    );
    // The hard rule "declined employment categories" remedies it.
    let remedied = Policy {
        declined_employment: vec!["student".into()],
        ..policy
    };
    let t = tally(&rules, &remedied, &p, &dims);
    assert_eq!(
        (
            t.approved,
            t.breaches[Check::BarredEmployment.index()].count
        ),
        (1, 0)
    );
}

fn random_portfolio(rng: &mut Rng, n: usize) -> Portfolio {
    let rows: Vec<Row> = (0..n)
        .map(|_| {
            row(
                rng.below(30) as f32,
                [0.0, 300.0, 2_000.0, 5_000.0, 40_000.0, 90_000.0][rng.below(6) as usize],
            )
        })
        .collect();
    let mut p = portfolio(&rows);
    p.employments = vec!["salaried".into(), "student".into(), "gig_worker".into()];
    for i in 0..n {
        p.applicants.employment[i] = rng.below(3) as u8;
        p.applicants.age[i] = 15 + rng.below(60) as u8;
        p.applicants.platform_months[i] = rng.below(10) as f32;
    }
    p
}

#[test]
fn the_fast_pass_equals_the_reference() {
    let mut rng = Rng::new(17);
    let rules = Rules::default();
    for _ in 0..30 {
        let p = random_portfolio(&mut rng, 300);
        let dims = standard_dimensions(&rules, &p);
        let policy = Policy {
            cutoff: 480 + rng.below(160) as i32,
            min_tenure_months: rng.below(6) as u32,
            income_multiple: rng.uniform() * 6.0,
            min_limit: rng.below(30) as f64 * 100.0,
            max_limit: 3_000.0 + rng.below(300) as f64 * 1_000.0,
            declined_employment: if rng.uniform() < 0.5 {
                vec!["student".into()]
            } else {
                Vec::new()
            },
            ..Policy::default()
        };
        let fast = tally(&rules, &policy, &p, &dims);
        let slow = tally_reference(&rules, &policy, &p, &dims);
        assert_eq!(fast, slow, "{policy:?}");
        for check in Check::ALL {
            let rows = breaching_rows(&rules, &policy, &p, check);
            assert_eq!(rows.len() as u64, fast.breaches[check.index()].count);
        }
    }
}
