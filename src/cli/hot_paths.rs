//! Timings of the window's hot paths that `bench` takes on the generated portfolio
//! and again on an imported one (import_bench): medians, so a noisy host moves them
//! less.

use std::time::Instant;

use crate::domain::evaluation::engine::Engine;
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;

/// Median of `runs` timings of `f`, in milliseconds.
pub(crate) fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut t: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

/// One step of the cut-off slider, median of 1,001: the challenger's figures and the
/// swap set against `champion`, from an engine that has seen the portfolio once.
pub(crate) fn slider_step_ms(p: &Portfolio, champion: &Policy, challenger: &Policy) -> f64 {
    let mut engine = Engine::new();
    engine.evaluate(challenger, p);
    engine.swap_set(champion, challenger, p);
    let mut step = 0;
    median_ms(1001, || {
        step += 1;
        let policy = Policy {
            cutoff: 500 + (step % 150),
            ..challenger.clone()
        };
        std::hint::black_box(engine.evaluate(&policy, p));
        std::hint::black_box(engine.swap_set(champion, &policy, p));
    })
}

/// Medians of the compliance report of a challenger whose cut-off moves (every check
/// and the fairness table: one pass), and of solving every order's APR.
pub(crate) fn compliance_ms(p: &Portfolio, challenger: &Policy) -> (f64, f64) {
    use crate::domain::compliance::{Base, report};
    let base = Base::new(Default::default(), p);
    let mut step = 0;
    let checks = median_ms(21, || {
        step += 1;
        let policy = Policy {
            cutoff: 500 + (step % 150),
            ..challenger.clone()
        };
        std::hint::black_box(report(&base, &policy, p));
    });
    // Solved again without a copy of the orders (a copy would count in the peak).
    let solve = median_ms(5, || {
        std::hint::black_box(p.orders.solved());
    });
    (checks, solve)
}

/// Median of the early-warning watchlist from scratch: the chain (one pass over the
/// month-end history), every account's signals and chances, the sort.
pub(crate) fn watchlist_ms(p: &Portfolio, policy: &Policy) -> f64 {
    use crate::domain::analytics::watchlist::{Thresholds, chain_of, watchlist};
    median_ms(11, || {
        let chain = chain_of(p);
        std::hint::black_box(watchlist(
            p,
            &chain,
            policy.lgd,
            policy.ccf,
            &Thresholds::default(),
        ));
    })
}

/// Every key risk indicator for every month under the policy in force: one pass over
/// the applicants (decisions, score PSI) and one over the month-end history.
pub(crate) fn kri_history_ms(p: &Portfolio, policy: &Policy) -> f64 {
    use crate::domain::analytics::kri_history::kri_history;
    use crate::domain::analytics::watchlist::Thresholds;
    median_ms(7, || {
        std::hint::black_box(kri_history(policy, p, &Thresholds::default()));
    })
}

/// One scenario (Severe: income re-scored, re-decided, PD × 2) over the approvals with
/// their capital, and IFRS 9 staging and ECL of the booked book under it.
pub(crate) fn stress_and_ecl_ms(p: &Portfolio, policy: &Policy) -> (f64, f64) {
    use crate::domain::analytics::watchlist::chain_of;
    use crate::domain::stress::Scenario;
    use crate::domain::stress::capital::CapitalParams;
    use crate::domain::stress::ecl::{EclParams, ecl};
    let severe = Scenario::preset("Severe").unwrap_or_default();
    let c = CapitalParams::default();
    // The index and the base approvals are built once, when the tab opens.
    let index = crate::domain::stress::fast::StressIndex::build(p);
    let base = index.base_approvals(policy, p);
    let stress = median_ms(11, || {
        std::hint::black_box(index.approved_book(policy, p, &severe, &c, &base));
    });
    let chain = chain_of(p);
    let e = EclParams::default();
    let ecl_ms = median_ms(7, || {
        std::hint::black_box(ecl(p, policy, &severe, &e, &chain));
    });
    (stress, ecl_ms)
}
