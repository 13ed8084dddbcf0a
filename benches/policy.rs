//! Criterion benchmarks of the domain's hot paths, on a generated portfolio of
//! 200,000 applicants (`riskdesk bench` measures the same at 1,000,000).

use criterion::{Criterion, criterion_group, criterion_main};
use riskdesk::domain::evaluation::compare::swap_set;
use riskdesk::domain::evaluation::engine::{Engine, ScoreIndex};
use riskdesk::domain::evaluation::evaluate;
use riskdesk::domain::evaluation::swap_index::SwapIndex;
use riskdesk::domain::policy::Policy;
use riskdesk::store::generator::generate_file;
use std::hint::black_box;

fn portfolio() -> riskdesk::store::Opened {
    let path = std::env::temp_dir().join("riskdesk-criterion-200000.db");
    if !path.exists() {
        generate_file(&path, 200_000, 7, &|_| {}).expect("generate the bench portfolio");
    }
    riskdesk::store::open(&path).expect("open the bench portfolio")
}

fn policy_paths(c: &mut Criterion) {
    let o = portfolio();
    let p = &o.portfolio;
    let champion = o.champion.clone();
    let challenger = Policy {
        cutoff: champion.cutoff + 10,
        dti_cap: champion.dti_cap - 0.05,
        ..champion.clone()
    };
    c.bench_function("evaluate_reference_200k", |b| {
        b.iter(|| evaluate(black_box(&challenger), p))
    });
    c.bench_function("score_index_build_and_evaluate_200k", |b| {
        b.iter(|| ScoreIndex::build(black_box(&challenger), p).evaluate(&challenger))
    });
    let index = ScoreIndex::build(&challenger, p);
    let mut k = 0;
    c.bench_function("cutoff_slider_step", |b| {
        b.iter(|| {
            k = (k + 1) % 150;
            let moved = Policy {
                cutoff: 500 + k,
                ..challenger.clone()
            };
            index.evaluate(black_box(&moved))
        })
    });
    c.bench_function("swap_set_reference_200k", |b| {
        b.iter(|| swap_set(&champion, black_box(&challenger), p))
    });
    c.bench_function("swap_index_build_200k", |b| {
        b.iter(|| SwapIndex::build(&champion, black_box(&challenger), p))
    });
    let mut engine = Engine::new();
    engine.swap_set(&champion, &challenger, p);
    c.bench_function("swap_set_slider_step", |b| {
        b.iter(|| {
            k = (k + 1) % 150;
            let moved = Policy {
                cutoff: 500 + k,
                ..challenger.clone()
            };
            engine.swap_set(&champion, black_box(&moved), p)
        })
    });
    let mut row = 0usize;
    c.bench_function("breakdown_one_applicant", |b| {
        b.iter(|| {
            row = (row + 7919) % p.len();
            let values = p.scorecard_values(row);
            p.scorecard.breakdown(black_box(&values))
        })
    });
}

/// Scorecard fitting on the 200,000 applicants' 15 candidate variables, every
/// applicant with an outcome drawn from its PD; and the steps it is made of.
fn fitting_paths(c: &mut Criterion) {
    use riskdesk::domain::fitting::binning::{BinningOptions, bin_column};
    use riskdesk::domain::fitting::fit::{FitOptions, fit};
    use riskdesk::domain::fitting::portfolio_table::{outcomes_drawn_from_pd, portfolio_table};
    let o = portfolio();
    let p = &o.portfolio;
    let (table, _) = portfolio_table(p).expect("the bench table");
    let bad = outcomes_drawn_from_pd(p, 1);
    c.bench_function("scorecard_fit_200k_x15", |b| {
        b.iter(|| fit(black_box(&table), "", &bad, &FitOptions::default()))
    });
    let dti = table.column("dti").expect("dti");
    c.bench_function("bin_one_numeric_column_200k", |b| {
        b.iter(|| bin_column(black_box(dti), &bad, &BinningOptions::default()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = policy_paths
}
criterion_group! {
    name = fitting;
    config = Criterion::default().sample_size(10);
    targets = fitting_paths
}
criterion_main!(benches, fitting);
