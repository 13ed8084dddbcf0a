//! The swap set (see `compare`) at slider speed: applicants are counted per score
//! and per pair of hard-rule results (champion passes?, challenger passes?), with
//! prefix sums over the score. Any pair of cut-offs is then answered without a pass
//! over the portfolio; a pass is needed only when a hard rule (DTI cap, minimum
//! tenure) of either policy changes. `compare::swap_set` is the reference.

use crate::domain::evaluation::compare::{SwapCell, SwapSet};
use crate::domain::parallel::over_rows;
use crate::domain::policy::gate::Gate;
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::{Outcome, Portfolio};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Cell {
    count: u64,
    observed: u64,
    observed_bad: u64,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.count += o.count;
        self.observed += o.observed;
        self.observed_bad += o.observed_bad;
    }
}

/// Counts per gate group and score of rows `range`.
fn count_cells(
    p: &Portfolio,
    gates: &(Gate, Gate),
    lo: i32,
    width: usize,
    range: std::ops::Range<usize>,
) -> [Vec<Cell>; 4] {
    let d = &p.derived;
    let a = &p.applicants;
    let mut cells: [Vec<Cell>; 4] = std::array::from_fn(|_| vec![Cell::default(); width]);
    let r = range;
    let rows = a.age[r.clone()]
        .iter()
        .zip(&a.employment[r.clone()])
        .zip(&a.platform_months[r.clone()])
        .zip(&d.dti[r.clone()])
        .zip(&d.score[r.clone()])
        .zip(&d.mature[r.clone()])
        .zip(&d.outcome[r]);
    for ((((((&age, &employment), &months), &dti), &score), &mature), &outcome) in rows {
        let p1 = gates.0.passes(age, employment, months, dti);
        let p2 = gates.1.passes(age, employment, months, dti);
        let g = 2 * p1 as usize + p2 as usize;
        let c = &mut cells[g][(score - lo) as usize];
        c.count += 1;
        c.observed += mature as u64;
        c.observed_bad += (mature & (outcome == Outcome::Bad)) as u64;
    }
    cells
}

#[derive(Clone, Debug)]
pub struct SwapIndex {
    gates: (Gate, Gate),
    min_score: i32,
    /// `prefix[g][k]`: sums over scores `< min_score + k` of applicants with gate
    /// result `g` = 2·(champion passes) + (challenger passes).
    prefix: [Vec<Cell>; 4],
    /// PD of each score from `min_score`.
    pd: Vec<f64>,
}

impl SwapIndex {
    pub fn build(champion: &Policy, challenger: &Policy, p: &Portfolio) -> Self {
        let e = &p.employments;
        let gates = (Gate::of(champion, e), Gate::of(challenger, e));
        let d = &p.derived;
        let (lo, hi) = d.score_range;
        let width = (hi - lo) as usize + 1;
        let parts = over_rows(p.len(), |range| count_cells(p, &gates, lo, width, range));
        let mut cells: [Vec<Cell>; 4] = std::array::from_fn(|_| vec![Cell::default(); width]);
        for part in &parts {
            for (total, half) in cells.iter_mut().zip(part) {
                for (c, o) in total.iter_mut().zip(half) {
                    c.add(o);
                }
            }
        }
        let prefix = cells.map(|v| {
            let mut out = Vec::with_capacity(v.len() + 1);
            let mut run = Cell::default();
            out.push(run);
            for c in &v {
                run.add(c);
                out.push(run);
            }
            out
        });
        // PD sums need PD per score: kept as a table, summed per range on demand.
        let pd = (lo..=hi).map(|s| p.scorecard.pd(s)).collect();
        Self {
            gates,
            min_score: lo,
            prefix,
            pd,
        }
    }

    pub(crate) fn fits(&self, champion: &Policy, challenger: &Policy, e: &[String]) -> bool {
        self.gates == (Gate::of(champion, e), Gate::of(challenger, e))
    }

    /// Sums of gate group `g` over scores in `[from, to)`, with Σ PD.
    fn range(&self, g: usize, from: i64, to: i64) -> SwapCell {
        let v = &self.prefix[g];
        let n = v.len() as i64 - 1;
        let clamp = |s: i64| (s - self.min_score as i64).clamp(0, n) as usize;
        let (a, b) = (clamp(from), clamp(to));
        if b <= a {
            return SwapCell::default();
        }
        // Σ PD over the range: count of each score × its PD.
        let pd_sum = (a..b)
            .map(|k| (v[k + 1].count - v[k].count) as f64 * self.pd[k])
            .sum();
        SwapCell {
            count: v[b].count - v[a].count,
            pd_sum,
            observed: v[b].observed - v[a].observed,
            observed_bad: v[b].observed_bad - v[a].observed_bad,
        }
    }

    /// The swap matrix for these cut-offs and refer bands (the policies' gates must
    /// fit the index).
    pub(crate) fn swap_set(&self, champion: &Policy, challenger: &Policy) -> SwapSet {
        const LOW: i64 = i64::MIN / 4;
        const HIGH: i64 = i64::MAX / 4;
        // The score axis splits where either policy's decision changes: at its refer
        // band's lower edge and at its cut-off (i64: no wrap below the refer band).
        let bounds = |p: &Policy| {
            let c = i64::from(p.cutoff);
            (c - i64::from(p.refer_width), c)
        };
        let (r1, c1) = bounds(champion);
        let (r2, c2) = bounds(challenger);
        let decision = |passes: bool, from: i64, refer: i64, cutoff: i64| {
            if !passes || from < refer {
                Decision::Decline
            } else if from < cutoff {
                Decision::Refer
            } else {
                Decision::Approve
            }
        };
        let mut edges = [LOW, r1, c1, r2, c2, HIGH];
        edges.sort();
        let mut s = SwapSet::default();
        for g in 0..4 {
            let (p1, p2) = (g >= 2, g % 2 == 1);
            for w in edges.windows(2) {
                let (from, to) = (w[0], w[1]);
                if from >= to {
                    continue;
                }
                let a = decision(p1, from, r1, c1);
                let b = decision(p2, from, r2, c2);
                s.cells[a.index()][b.index()].add(&self.range(g, from, to));
            }
        }
        s
    }
}
