//! Fast policy evaluation for interactive use (the Policy lab's sliders).
//!
//! The figures of a policy split into a part that depends on the score thresholds
//! (cut-off, refer width) and the assumptions (utilisation, LGD, fee yield), and a
//! part that does not (which applicants pass the hard rules, and their limits).
//! `ScoreIndex` computes the second part once per "limit key" in one pass over the
//! portfolio, as sums per distinct score and their prefix sums. Any cut-off, refer
//! width, utilisation, LGD or fee yield is then answered from the prefix sums in
//! O(number of bands): moving the cut-off slider costs microseconds, not a pass.
//!
//! Exactness: counts are exact; money sums equal the reference
//! (`evaluation::evaluate`) up to floating-point rounding of the summation order.
//! `tests/engine_properties.rs` checks both on random portfolios and policies.

use crate::domain::evaluation::compare::SwapSet;
use crate::domain::evaluation::rule_inputs;
use crate::domain::evaluation::strategy::StrategyPoint;
use crate::domain::evaluation::swap_index::SwapIndex;
use crate::domain::evaluation::{Evaluation, Figures, ratio};
use crate::domain::parallel::over_rows;
use crate::domain::policy::Policy;
use crate::domain::policy::gate::Gate;
use crate::domain::policy::limit::{FastLimit, LimitRule};
use crate::domain::portfolio::{Outcome, Portfolio};
use crate::domain::scorecard::band::{BANDS, BandEdges};

/// Sums over applicants who pass the hard rules, per score.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Cell {
    count: u64,
    pd: f64,
    limit: f64,
    /// Σ PD × limit (EL = LGD × utilisation × this).
    pd_limit: f64,
    observed: u64,
    observed_bad: u64,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.count += o.count;
        self.pd += o.pd;
        self.limit += o.limit;
        self.pd_limit += o.pd_limit;
        self.observed += o.observed;
        self.observed_bad += o.observed_bad;
    }

    fn minus(&self, o: &Cell) -> Cell {
        Cell {
            count: self.count - o.count,
            pd: self.pd - o.pd,
            limit: self.limit - o.limit,
            pd_limit: self.pd_limit - o.pd_limit,
            observed: self.observed - o.observed,
            observed_bad: self.observed_bad - o.observed_bad,
        }
    }
}

/// The policy fields a `ScoreIndex` depends on: the hard rules and the limit rule.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LimitKey {
    gate: Gate,
    limit: LimitRule,
}

impl LimitKey {
    fn of(p: &Policy, employments: &[String]) -> Self {
        Self {
            gate: Gate::of(p, employments),
            limit: LimitRule::of(p),
        }
    }
}

/// Prefix sums per score of the applicants that pass a policy's hard rules.
#[derive(Clone, Debug)]
pub struct ScoreIndex {
    key: LimitKey,
    /// Lowest score; `prefix[k]` sums scores `< min_score + k`.
    min_score: i32,
    prefix: Vec<Cell>,
    /// Applicants per band (passing the hard rules or not).
    applicants: [u64; BANDS],
    /// The card's bands, by which the figures are split.
    edges: BandEdges,
}

/// Sums per score (`width` cells from score `lo`) of rows `range` that pass the hard
/// rules of `key`. PD and band depend on the score alone, so they are not read per
/// row: `factor[k]` is the band factor of score `lo + k`, and PD sums are formed per
/// score afterwards (count × PD, limit × PD).
fn sum_cells(
    p: &Portfolio,
    key: &LimitKey,
    lo: i32,
    factor: &[f64],
    range: std::ops::Range<usize>,
) -> Vec<Cell> {
    let a = &p.applicants;
    let d = &p.derived;
    let width = factor.len();
    // Extra cells collect the applicants who fail the hard rules, so the loop has no
    // branch on the rules; eight of them, taken in turn, so that consecutive rejected
    // rows do not wait on each other's additions to one cell.
    const REJECT_CELLS: usize = 8;
    let mut cells = vec![Cell::default(); width + REJECT_CELLS];
    let r = range;
    let rows = a.age[r.clone()]
        .iter()
        .zip(&a.employment[r.clone()])
        .zip(&a.platform_months[r.clone()])
        .zip(&a.monthly_income[r.clone()])
        .zip(&d.dti[r.clone()])
        .zip(&d.score[r.clone()])
        .zip(&d.mature[r.clone()])
        .zip(&d.outcome[r]);
    for (i, (((((((&age, &employment), &months), &income), &dti), &score), &mature), &outcome)) in
        rows.enumerate()
    {
        // The hard rules (which one declines does not matter for sums).
        let pass = key.gate.passes(age, employment, months, dti);
        let k = (score - lo) as usize;
        let slot = if pass { k } else { width + (i % REJECT_CELLS) };
        let l = key
            .limit
            .limit(income, factor.get(k).copied().unwrap_or(0.0));
        let c = &mut cells[slot];
        c.count += 1;
        c.limit += l;
        c.observed += mature as u64;
        c.observed_bad += (mature & (outcome == Outcome::Bad)) as u64;
    }
    cells.truncate(width);
    cells
}

/// `sum_cells` over the packed rule inputs and clean incomes: 20 bytes a row instead
/// of 27, and no test for a missing income per row.
fn sum_cells_packed(
    p: &Portfolio,
    key: &LimitKey,
    arith: FastLimit,
    factor: &[f64],
    range: std::ops::Range<usize>,
) -> Vec<Cell> {
    let width = factor.len();
    const REJECT_CELLS: usize = 8;
    let mut cells = vec![Cell::default(); width + REJECT_CELLS];
    let gate = key.gate;
    let rows = p.derived.rule_inputs[range.clone()]
        .iter()
        .zip(&p.derived.dti[range.clone()])
        .zip(&p.derived.limit_income[range]);
    for (j, ((&packed, &dti), &income)) in rows.enumerate() {
        let pass = gate.passes_packed(packed, dti);
        let k = rule_inputs::slot(packed);
        let slot = if pass { k } else { width + (j % REJECT_CELLS) };
        let l = arith.limit(income, factor.get(k).copied().unwrap_or(0.0));
        let c = &mut cells[slot];
        c.count += 1;
        c.limit += l;
        c.observed += u64::from(packed & rule_inputs::MATURE != 0);
        c.observed_bad += u64::from(packed & rule_inputs::MATURE_BAD != 0);
    }
    cells.truncate(width);
    cells
}

impl ScoreIndex {
    /// One pass over the portfolio for the hard rules and limits of `policy`.
    pub fn build(policy: &Policy, p: &Portfolio) -> Self {
        let key = LimitKey::of(policy, &p.employments);
        let d = &p.derived;
        let (lo, hi) = d.score_range;
        let width = (hi - lo) as usize + 1;
        let edges = p.scorecard.bands();
        let factor: Vec<f64> = (lo..=hi)
            .map(|s| key.limit.band_factor(edges.of(s)))
            .collect();
        let packed = d.rule_inputs.len() == p.len()
            && d.limit_income.len() == p.len()
            && key.gate.packable();
        let fast = key.limit.fast().filter(|_| packed);
        let mut parts = over_rows(p.len(), |range| match fast {
            Some(arith) => sum_cells_packed(p, &key, arith, &factor, range),
            None => sum_cells(p, &key, lo, &factor, range),
        });
        let mut cells = parts.pop().unwrap_or_else(|| vec![Cell::default(); width]);
        for part in &parts {
            for (c, o) in cells.iter_mut().zip(part) {
                c.add(o);
            }
        }
        let applicants = d.band_count;
        for (k, c) in cells.iter_mut().enumerate() {
            let pd = p.scorecard.pd(lo + k as i32);
            c.pd = c.count as f64 * pd;
            c.pd_limit = c.limit * pd;
        }
        let mut prefix = Vec::with_capacity(width + 1);
        let mut run = Cell::default();
        prefix.push(run);
        for c in &cells {
            run.add(c);
            prefix.push(run);
        }
        Self {
            key,
            min_score: lo,
            prefix,
            applicants,
            edges,
        }
    }

    /// Whether this index answers for `policy`.
    pub fn fits(&self, policy: &Policy, employments: &[String]) -> bool {
        self.key == LimitKey::of(policy, employments)
    }

    /// Sums of passing applicants with score in `[from, to)`.
    fn range(&self, from: i64, to: i64) -> Cell {
        let n = self.prefix.len() as i64 - 1;
        let clamp = |s: i64| (s - self.min_score as i64).clamp(0, n) as usize;
        let (a, b) = (clamp(from), clamp(to));
        if b <= a {
            return Cell::default();
        }
        self.prefix[b].minus(&self.prefix[a])
    }

    /// Figures of `policy` (whose limit key must fit this index).
    pub fn evaluate(&self, policy: &Policy) -> Evaluation {
        let cutoff = policy.cutoff as i64;
        let refer_from = cutoff - policy.refer_width as i64;
        let mut by_band = [Figures::default(); BANDS];
        for (b, f) in by_band.iter_mut().enumerate() {
            // Band b holds scores [lower_b, upper_b).
            let (lower, upper) = self.edges.range(b);
            let approved = self.range(lower.max(cutoff), upper);
            let referred = self.range(lower.max(refer_from), upper.min(cutoff));
            let ead = approved.limit * policy.utilisation;
            *f = Figures {
                applicants: self.applicants[b],
                approved: approved.count,
                referred: referred.count,
                declined: self.applicants[b] - approved.count - referred.count,
                pd_sum: approved.pd,
                limit_sum: approved.limit,
                ead,
                expected_loss: policy.lgd * policy.utilisation * approved.pd_limit,
                observed: approved.observed,
                observed_bad: approved.observed_bad,
            };
        }
        let mut total = Figures::default();
        for f in &by_band {
            total.add(f);
        }
        Evaluation { by_band, total }
    }
}

impl ScoreIndex {
    /// The strategy curve (see `strategy::strategy_curve`, the reference): approval
    /// rate and expected bad rate at every cut-off from above the highest score down to
    /// the lowest, the hard rules of the indexed policy held fixed.
    pub fn strategy(&self) -> Vec<StrategyPoint> {
        let n: u64 = self.applicants.iter().sum();
        let width = self.prefix.len() - 1;
        let top = self.min_score + width as i32 - 1;
        let all = self.prefix[width];
        let mut out = Vec::with_capacity(width + 1);
        out.push(StrategyPoint {
            cutoff: top + 1,
            approval_rate: 0.0,
            // Nobody approved: no bad rate to expect.
            bad_rate: f64::NAN,
        });
        for k in (0..width).rev() {
            let approved = all.minus(&self.prefix[k]);
            out.push(StrategyPoint {
                cutoff: self.min_score + k as i32,
                approval_rate: ratio(approved.count as f64, n as f64),
                bad_rate: ratio(approved.pd, approved.count as f64),
            });
        }
        out
    }
}

/// Evaluates policies fast, keeping the indexes of the last limit key and gates.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    index: Option<ScoreIndex>,
    swaps: Option<SwapIndex>,
}

impl Engine {
    pub fn new() -> Self {
        Self::default()
    }

    /// Figures of `policy`; a pass over the portfolio only when the hard rules or the
    /// limit rules changed since the last call.
    pub fn evaluate(&mut self, policy: &Policy, p: &Portfolio) -> Evaluation {
        self.index_for(policy, p).evaluate(policy)
    }

    /// The index for `policy`'s limit key (built if needed).
    pub fn index_for(&mut self, policy: &Policy, p: &Portfolio) -> &ScoreIndex {
        if !self
            .index
            .as_ref()
            .is_some_and(|i| i.fits(policy, &p.employments))
        {
            self.index = None;
        }
        self.index
            .get_or_insert_with(|| ScoreIndex::build(policy, p))
    }

    /// The swap set of `challenger` against `champion`; a pass over the portfolio only
    /// when a hard rule of either changed since the last call.
    pub fn swap_set(&mut self, champion: &Policy, challenger: &Policy, p: &Portfolio) -> SwapSet {
        if !self
            .swaps
            .as_ref()
            .is_some_and(|s| s.fits(champion, challenger, &p.employments))
        {
            self.swaps = None;
        }
        self.swaps
            .get_or_insert_with(|| SwapIndex::build(champion, challenger, p))
            .swap_set(champion, challenger)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio_with, scorecard};
    use crate::domain::scorecard::Scorecard;
    use crate::domain::scorecard::scaling::Scaling;

    #[test]
    fn a_card_of_another_scaling_splits_the_figures_by_its_own_bands() {
        let row = |orders| Row {
            orders,
            income: 8_000.0,
            app_month: 20,
            history: None,
        };
        // Scores 500, 560 and 620 (the fixture card: 500 + 0, 60 or 120 points).
        let rows = [row(5.0), row(15.0), row(25.0)];
        let sample = portfolio_with(&rows, scorecard());
        assert_eq!(sample.derived.band, [5, 3, 1]);
        // 600 points at 19:1, 50 to double the odds: edges 795/720/645/570/495.
        let card = Scorecard {
            scaling: Scaling {
                base_score: 600.0,
                base_odds: 19.0,
                pdo: 50.0,
            },
            ..scorecard()
        };
        let p = portfolio_with(&rows, card);
        // 500 and 560 in E (495–569), 620 in D (570–644).
        assert_eq!(p.derived.band, [4, 4, 3]);
        let policy = Policy {
            cutoff: 550,
            refer_width: 0,
            ..Policy::default()
        };
        let fast = ScoreIndex::build(&policy, &p).evaluate(&policy);
        let reference = crate::domain::evaluation::evaluate(&policy, &p);
        for b in 0..BANDS {
            let (f, r) = (&fast.by_band[b], &reference.by_band[b]);
            assert_eq!(
                (f.applicants, f.approved),
                (r.applicants, r.approved),
                "band {b}"
            );
        }
        // Band E holds 500 and 560; 560 passes the cut-off.
        assert_eq!(
            (fast.by_band[4].applicants, fast.by_band[4].approved),
            (2, 1)
        );
    }
}
