//! The fast paths agree with the straightforward reference on random portfolios and
//! policies: exact counts, sums to within floating-point rounding.

use riskdesk::domain::evaluation::compare::swap_set;
use riskdesk::domain::evaluation::engine::{Engine, ScoreIndex};
use riskdesk::domain::evaluation::strategy::strategy_curve;
use riskdesk::domain::evaluation::{Figures, decide, evaluate};
use riskdesk::domain::policy::{Decision, Policy};
use riskdesk::domain::portfolio::text_column::TextColumn;
use riskdesk::domain::portfolio::{Accounts, Applicants, Header, Portfolio};
use riskdesk::domain::rng::Rng;
use riskdesk::domain::scorecard::band::{BANDS, BandEdges};
use riskdesk::store::generator::sample_scorecard;

fn random_portfolio(rng: &mut Rng, n: usize) -> Portfolio {
    let mut a = Applicants {
        name: TextColumn::default(),
        phone: TextColumn::default(),
        ..Applicants::default()
    };
    let nan_or = |rng: &mut Rng, p: f64, x: f64| if rng.uniform() < p { f64::NAN } else { x };
    for i in 0..n {
        a.id.push(i as i64 + 1);
        a.app_day.push(20_000);
        a.app_month.push(2026 * 12);
        a.channel.push(rng.below(3) as u8);
        a.age.push(15 + rng.below(50) as u8);
        a.city_tier.push(1 + rng.below(4) as u8);
        a.employment.push(rng.below(6) as u8);
        // Zero, negative and infinite incomes as well as ordinary ones (the limit
        // rule reads the odd ones as 0).
        let u = rng.uniform();
        let income = if u < 0.05 {
            0.0
        } else if u < 0.07 {
            -1_000.0 * rng.uniform()
        } else if u < 0.08 {
            f64::INFINITY
        } else {
            500.0 + rng.uniform() * 30_000.0
        };
        a.monthly_income.push(nan_or(rng, 0.03, income));
        let debt = rng.uniform() * 0.8 * income;
        a.monthly_debt.push(nan_or(rng, 0.03, debt));
        let bureau = rng.below(200) as f64;
        a.bureau_months.push(nan_or(rng, 0.2, bureau) as f32);
        a.delinquencies.push(rng.below(6) as f32);
        let part = if rng.uniform() < 0.3 { 0.5 } else { 0.0 };
        a.platform_months.push(rng.below(60) as f32 + part);
        a.monthly_spend.push(rng.uniform() as f32 * 2000.0);
        a.order_count.push(rng.below(80) as f32);
        a.return_rate.push(rng.uniform() as f32 * 0.5);
        a.night_share.push(rng.uniform() as f32);
        a.device_changes.push(rng.below(8) as f32);
        a.name.push("x");
        a.phone.push("1");
    }
    // Book a random third with random histories.
    let mut acc = Accounts::default();
    acc.history_start.push(0);
    for i in 0..n {
        if rng.uniform() < 0.33 {
            acc.id.push(acc.id.len() as i64 + 1);
            acc.applicant.push(i as u32);
            acc.open_month.push(2025 * 12);
            acc.credit_limit.push(1000.0 + rng.below(10) as f64 * 500.0);
            acc.fee_rate.push(0.18);
            let months = 1 + rng.below(20) as usize;
            for _ in 0..months {
                acc.history_bucket.push(if rng.uniform() < 0.1 {
                    rng.below(5) as u8
                } else {
                    0
                });
                acc.history_balance.push(rng.uniform() * 1000.0);
            }
            acc.history_start.push(acc.history_bucket.len() as u32);
        }
    }
    let header = Header {
        name: "random".into(),
        as_of: "2026-10-31".into(),
        as_of_month: 2026 * 12 + 9,
        channels: vec!["a".into(), "b".into(), "".into()],
        employments: [
            "salaried",
            "student",
            "gig_worker",
            "civil_servant",
            "x",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        ..Header::default()
    };
    Portfolio::new(header, a, acc, sample_scorecard()).unwrap()
}

fn random_policy(rng: &mut Rng) -> Policy {
    let mut factors = [0.0; BANDS];
    for f in &mut factors {
        *f = (rng.below(20) as f64) / 10.0;
    }
    // Limits off the 100 grid too, so the clamps are seen apart from the rounding.
    let off_grid = |rng: &mut Rng| {
        if rng.uniform() < 0.3 { 37.5 } else { 0.0 }
    };
    let min_limit = rng.below(20) as f64 * 100.0 + off_grid(rng);
    Policy {
        name: "random".into(),
        cutoff: 480 + rng.below(200) as i32,
        refer_width: rng.below(40) as i32,
        dti_cap: rng.uniform(),
        min_tenure_months: rng.below(12) as u32,
        income_multiple: rng.uniform() * 2.0,
        band_factors: factors,
        min_limit,
        max_limit: min_limit + rng.below(300) as f64 * 100.0 + off_grid(rng),
        utilisation: rng.uniform(),
        lgd: rng.uniform(),
        fee_yield: rng.uniform() * 0.3,
        ccf: rng.uniform(),
        // Any of the categories (and one the portfolio does not have), often none.
        declined_employment: ["student", "gig_worker", "x", "unknown"]
            .iter()
            .filter(|_| rng.uniform() < 0.25)
            .map(|s| s.to_string())
            .collect(),
    }
}

fn close(a: f64, b: f64) -> bool {
    // Both "nothing observed" (a zero denominator) is agreement.
    (a.is_nan() && b.is_nan()) || (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn assert_same(fast: &Figures, slow: &Figures, what: &str) {
    assert_eq!(
        (
            fast.applicants,
            fast.approved,
            fast.referred,
            fast.declined,
            fast.observed,
            fast.observed_bad
        ),
        (
            slow.applicants,
            slow.approved,
            slow.referred,
            slow.declined,
            slow.observed,
            slow.observed_bad
        ),
        "{what}: counts"
    );
    for (x, y, name) in [
        (fast.pd_sum, slow.pd_sum, "pd_sum"),
        (fast.limit_sum, slow.limit_sum, "limit_sum"),
        (fast.ead, slow.ead, "ead"),
        (fast.expected_loss, slow.expected_loss, "expected_loss"),
    ] {
        assert!(close(x, y), "{what}: {name} {x} vs {y}");
    }
}

#[test]
fn index_agrees_with_reference_evaluation() {
    let mut rng = Rng::new(99);
    for round in 0..12 {
        let p = random_portfolio(&mut rng, 400 + 300 * round);
        let mut engine = Engine::new();
        for k in 0..25 {
            let mut policy = random_policy(&mut rng);
            // Caps at, or one step either side of, an applicant's exact DTI; and a
            // tenure rule too long for the packed months (the columns are read).
            let d = p.derived.dti[rng.below(p.len() as u64) as usize];
            if d.is_finite() {
                policy.dti_cap = match k % 4 {
                    0 => d,
                    1 => d.next_up(),
                    2 => d.next_down(),
                    _ => policy.dti_cap,
                };
            }
            if k == 24 {
                policy.min_tenure_months = 300;
            }
            let slow = evaluate(&policy, &p);
            let fast = engine.evaluate(&policy, &p);
            for b in 0..BANDS {
                assert_same(
                    &fast.by_band[b],
                    &slow.by_band[b],
                    &format!("round {round} policy {k} band {b}"),
                );
            }
            assert_same(&fast.total, &slow.total, "total");
            // Moving only the cut-off, refer width and assumptions reuses the index.
            let moved = Policy {
                cutoff: policy.cutoff + 7,
                refer_width: policy.refer_width / 2,
                lgd: 0.4,
                utilisation: 0.9,
                ..policy.clone()
            };
            assert!(engine.index_for(&moved, &p).fits(&moved, &p.employments));
            assert_same(
                &engine.evaluate(&moved, &p).total,
                &evaluate(&moved, &p).total,
                "moved",
            );
        }
    }
}

#[test]
fn swap_set_agrees_with_decisions() {
    let mut rng = Rng::new(5);
    let p = random_portfolio(&mut rng, 3000);
    for _ in 0..20 {
        let champion = random_policy(&mut rng);
        let challenger = random_policy(&mut rng);
        let s = swap_set(&champion, &challenger, &p);
        let mut engine = Engine::new();
        let fast = engine.swap_set(&champion, &challenger, &p);
        for a in Decision::ALL {
            for b in Decision::ALL {
                let (x, y) = (fast.cell(a, b), s.cell(a, b));
                assert_eq!(
                    (x.count, x.observed, x.observed_bad),
                    (y.count, y.observed, y.observed_bad),
                    "{a:?} × {b:?}"
                );
                assert!(close(x.pd_sum, y.pd_sum), "{} vs {}", x.pd_sum, y.pd_sum);
            }
        }
        // Moving only the challenger's cut-off reuses the index.
        let moved = Policy {
            cutoff: challenger.cutoff - 13,
            ..challenger.clone()
        };
        let again = engine.swap_set(&champion, &moved, &p);
        let counts = |s: &riskdesk::domain::evaluation::compare::SwapSet| {
            s.cells.map(|r| r.map(|c| c.count))
        };
        assert_eq!(counts(&again), counts(&swap_set(&champion, &moved, &p)));
        // Every applicant in the cell of its two decisions, counted by hand.
        let mut by_hand = [[0u64; 3]; 3];
        for i in 0..p.len() {
            let a = decide(&champion, &p, i).1;
            let b = decide(&challenger, &p, i).1;
            by_hand[a.index()][b.index()] += 1;
        }
        assert_eq!(s.cells.map(|r| r.map(|c| c.count)), by_hand);
        let e1 = evaluate(&champion, &p).total;
        let e2 = evaluate(&challenger, &p).total;
        assert_eq!(s.kept().count + s.swapped_out().count, e1.approved);
        assert_eq!(s.kept().count + s.swapped_in().count, e2.approved);
        let referred_by_champion: u64 = Decision::ALL
            .iter()
            .map(|&b| s.cell(Decision::Refer, b).count)
            .sum();
        assert_eq!(referred_by_champion, e1.referred);
        assert!(close(s.kept().pd_sum + s.swapped_out().pd_sum, e1.pd_sum));
    }
}

#[test]
fn strategy_curve_matches_the_index_at_every_cutoff() {
    let mut rng = Rng::new(11);
    let p = random_portfolio(&mut rng, 5000);
    let policy = Policy::default();
    let index = ScoreIndex::build(&policy, &p);
    let curve = strategy_curve(&policy, &p);
    assert!(curve.len() > 100);
    for w in curve.windows(2) {
        assert!(w[1].approval_rate >= w[0].approval_rate);
    }
    let fast = index.strategy();
    assert_eq!(fast.len(), curve.len());
    for (f, r) in fast.iter().zip(&curve) {
        assert_eq!(f.cutoff, r.cutoff);
        assert!(close(f.approval_rate, r.approval_rate) && close(f.bad_rate, r.bad_rate));
    }
    for point in &curve {
        let e = index.evaluate(&Policy {
            cutoff: point.cutoff,
            ..policy.clone()
        });
        assert!(
            close(point.approval_rate, e.total.approval_rate()),
            "{point:?}"
        );
        assert!(
            close(point.bad_rate, e.total.expected_bad_rate()),
            "{point:?}"
        );
    }
    let sample = riskdesk::domain::scorecard::scaling::Scaling::default();
    assert_eq!(BandEdges::for_scaling(&sample).of(650), 0);
}
