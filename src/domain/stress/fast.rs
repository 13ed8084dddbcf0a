//! The fast path of a scenario over the approvals (`approved::approved_book` is its
//! reference; a property test holds them equal). Built once per portfolio: every
//! applicant's score without the characteristics that read income or DTI, and the
//! values those read. An income shock of s multiplies income by (1 − s) and DTI by
//! 1 / (1 − s) (debt / income; a lender's own DTI column likewise), so a scenario only
//! re-bins those values, adds the shift, and decides with the policy's gate and limit
//! rule built once; K comes from a table per score.

use super::Scenario;
use super::approved::{ApprovedBook, CapitalRow};
use super::capital::{CapitalParams, k};
use crate::domain::policy::gate::Gate;
use crate::domain::policy::limit::LimitRule;
use crate::domain::policy::{Decision, DecisionInput, Policy};
use crate::domain::portfolio::Portfolio;
use crate::domain::portfolio::registry::{ColumnView, Columns, Role};
use crate::domain::scorecard::BinRule;
use crate::domain::scorecard::band::BANDS;

/// A characteristic that reads income or DTI: its values and bins.
#[derive(Clone, Debug)]
struct Moving {
    /// Income moves with (1 − s), DTI with 1 / (1 − s).
    is_dti: bool,
    values: Vec<f64>,
    missing: i32,
    /// (lower, upper, points), sorted by lower edge.
    ranges: Vec<(f64, f64, i32)>,
}

impl Moving {
    fn points(&self, x: f64) -> i32 {
        if x.is_nan() {
            return self.missing;
        }
        // Bins cover the line (the card was validated); a value outside keeps the
        // missing bin's points rather than none.
        self.ranges
            .iter()
            .find(|r| x >= r.0 && x < r.1)
            .map_or(self.missing, |r| r.2)
    }
}

/// What a scenario needs of a portfolio, computed once.
#[derive(Clone, Debug, Default)]
pub struct StressIndex {
    rest: Vec<i32>,
    moving: Vec<Moving>,
}

impl StressIndex {
    pub fn build(p: &Portfolio) -> Self {
        let columns = Columns {
            applicants: &p.applicants,
            dti: &p.derived.dti,
            channels: &p.channels,
            employments: &p.employments,
        };
        let mut rest = p.derived.score.clone();
        let mut moving = Vec::new();
        for c in &p.scorecard.characteristics {
            let Some(entry) = p.registry.get(&c.variable) else {
                continue;
            };
            let is_dti = match entry.role {
                Role::Income => false,
                Role::Dti => true,
                _ => continue,
            };
            let values: Vec<f64> = match columns.view(entry.source) {
                ColumnView::F64(v) => v.to_vec(),
                ColumnView::F32(v) => v.iter().map(|&x| f64::from(x)).collect(),
                _ => continue,
            };
            let missing = c
                .bins
                .iter()
                .find(|b| matches!(b.rule, BinRule::Missing))
                .map_or(0, |b| b.points);
            let ranges = c.ranges();
            let m = Moving {
                is_dti,
                values,
                missing,
                ranges,
            };
            for (r, &x) in rest.iter_mut().zip(&m.values) {
                *r -= m.points(x);
            }
            moving.push(m);
        }
        Self { rest, moving }
    }

    /// Applicant `i`'s score when income is × `keep` (before the shift).
    fn score(&self, i: usize, keep: f64) -> i32 {
        let mut s = self.rest[i];
        for m in &self.moving {
            let x = m.values[i];
            s += m.points(if m.is_dti { x / keep } else { x * keep });
        }
        s
    }

    /// The approvals of `policy` with no scenario (to count what a scenario loses).
    pub fn base_approvals(&self, policy: &Policy, p: &Portfolio) -> Vec<bool> {
        let gate = Gate::of(policy, &p.employments);
        (0..p.len())
            .map(|i| {
                let x = crate::domain::evaluation::decision_input(p, i);
                policy.rule_with(&gate, &x).decision() == Decision::Approve
            })
            .collect()
    }

    /// `policy`'s approvals under `s` (as `approved_book`), `base` its approvals
    /// without a scenario.
    pub fn approved_book(
        &self,
        policy: &Policy,
        p: &Portfolio,
        s: &Scenario,
        c: &CapitalParams,
        base: &[bool],
    ) -> ApprovedBook {
        let keep = 1.0 - s.income_shock;
        let shocked = s.income_shock != 0.0;
        let gate = Gate::of(policy, &p.employments);
        let limits = LimitRule::of(policy);
        let edges = p.scorecard.bands();
        let lgd = s.lgd(policy.lgd);
        let utilisation = s.utilisation.unwrap_or(policy.utilisation);
        let (lo, hi) = p.derived.score_range;
        // Scores move by the shift and by what the income characteristics' points
        // can change: a table wide enough for any of them.
        let spread: i32 = self
            .moving
            .iter()
            .map(|m| {
                let pts = m.ranges.iter().map(|r| r.2).chain([m.missing]);
                let (a, b) = pts.fold((i32::MAX, i32::MIN), |(a, b), x| (a.min(x), b.max(x)));
                if a <= b { b - a } else { 0 }
            })
            .sum();
        let lo = lo
            .saturating_sub(spread)
            .saturating_add(s.score_shift.min(0));
        let hi = hi
            .saturating_add(spread)
            .saturating_add(s.score_shift.max(0));
        // Per score: PD, K and band, so that a row costs no exp, no inverse normal.
        let table: Option<Vec<(f64, f64, u8)>> =
            (lo <= hi && i64::from(hi) - i64::from(lo) < 200_000).then(|| {
                (lo..=hi)
                    .map(|score| {
                        let pd = s.pd(p.scorecard.pd(score));
                        (
                            pd,
                            k(pd.max(c.pd_floor), lgd, c.correlation),
                            edges.of(score),
                        )
                    })
                    .collect()
            });
        let at = |score: i32| match &table {
            Some(t) if score >= lo && score <= hi => t[(score - lo) as usize],
            _ => {
                let pd = s.pd(p.scorecard.pd(score));
                (
                    pd,
                    k(pd.max(c.pd_floor), lgd, c.correlation),
                    edges.of(score),
                )
            }
        };
        let a = &p.applicants;
        // Two threads on a large book (`parallel::over_rows`), their rows added.
        let parts = crate::domain::parallel::over_rows(p.len(), |rows| {
            let mut out = ApprovedBook::default();
            for i in rows {
                let band = usize::from(p.derived.band[i]).min(BANDS - 1);
                let row: &mut CapitalRow = &mut out.by_band[band];
                row.count += 1;
                let score = if shocked {
                    self.score(i, keep)
                } else {
                    p.derived.score[i]
                }
                .saturating_add(s.score_shift);
                let income = a.monthly_income[i] * keep;
                let dti = if shocked {
                    p.derived.dti[i] / keep
                } else {
                    p.derived.dti[i]
                };
                let (pd, kk, band_now) = at(score);
                let x = DecisionInput {
                    age: a.age[i],
                    employment: a.employment.get(i).copied().unwrap_or(0),
                    platform_months: a.platform_months[i],
                    monthly_income: income,
                    dti,
                    score,
                    band: band_now,
                };
                let approved = policy.rule_with(&gate, &x).decision() == Decision::Approve;
                let before = base.get(i).copied().unwrap_or(false);
                out.lost_approvals += (before && !approved) as u64;
                out.new_approvals += (approved && !before) as u64;
                if !approved {
                    continue;
                }
                let limit = limits.derive(income, x.band).limit;
                let ead = limit * utilisation;
                row.exposures += 1;
                row.ead += ead;
                row.expected_loss += pd * lgd * ead;
                row.rwa += 12.5 * kk * ead;
                row.revenue += ead * policy.fee_yield;
            }
            out
        });
        let mut out = ApprovedBook::default();
        for part in parts {
            for (row, o) in out.by_band.iter_mut().zip(&part.by_band) {
                row.add(o);
            }
            out.lost_approvals += part.lost_approvals;
            out.new_approvals += part.new_approvals;
        }
        out.finish(c.ratio)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio_with, scorecard};
    use crate::domain::scorecard::{Bin, Characteristic, Kind};
    use crate::domain::stress::approved::approved_book;

    /// The fixture's card with a second characteristic on monthly income, so an
    /// income shock re-scores.
    fn card_with_income() -> crate::domain::scorecard::Scorecard {
        let mut card = scorecard();
        let range = |lower: Option<f64>, upper: Option<f64>, points| Bin {
            rule: BinRule::Range { lower, upper },
            points,
        };
        card.characteristics.push(Characteristic {
            variable: "monthly_income".into(),
            label: "Income".into(),
            kind: Kind::Numeric,
            reason_code: "R02".into(),
            reason_text: "low income".into(),
            bins: vec![
                Bin {
                    rule: BinRule::Missing,
                    points: -20,
                },
                range(None, Some(4000.0), -30),
                range(Some(4000.0), Some(7000.0), 0),
                range(Some(7000.0), None, 25),
            ],
        });
        card
    }

    #[test]
    fn the_fast_path_is_the_reference_on_random_books_and_scenarios() {
        let mut rng = crate::domain::rng::Rng::new(41);
        let mut lost = 0;
        for round in 0..25 {
            let rows: Vec<Row> = (0..80)
                .map(|_| Row {
                    orders: rng.below(35) as f32,
                    income: 2000.0 + rng.below(9000) as f64,
                    app_month: 0,
                    history: None,
                })
                .collect();
            let mut p = portfolio_with(&rows, card_with_income());
            // Some debt, so the DTI cap bites when income falls.
            for i in 0..p.len() {
                let debt = rng.below(3000) as f64;
                p.applicants.monthly_debt[i] = debt;
                p.derived.dti[i] =
                    crate::domain::portfolio::dti(debt, p.applicants.monthly_income[i]);
            }
            let s = Scenario {
                name: format!("r{round}"),
                pd_multiplier: 0.5 + rng.below(30) as f64 / 10.0,
                score_shift: rng.below(81) as i32 - 40,
                income_shock: rng.below(40) as f64 / 100.0,
                lgd_add: rng.below(21) as f64 / 100.0 - 0.1,
                utilisation: (rng.below(2) == 0).then_some(0.6),
                ..Scenario::default()
            };
            let pol = Policy::default();
            let c = CapitalParams::default();
            let index = StressIndex::build(&p);
            assert_eq!(index.moving.len(), 1, "the income characteristic moves");
            let base = index.base_approvals(&pol, &p);
            let fast = index.approved_book(&pol, &p, &s, &c, &base);
            let reference = approved_book(&pol, &p, &s, &c);
            assert_eq!(fast.lost_approvals, reference.lost_approvals, "{s:?}");
            lost += fast.lost_approvals;
            assert_eq!(fast.new_approvals, reference.new_approvals, "{s:?}");
            for (a, b) in fast.by_band.iter().zip(&reference.by_band) {
                assert_eq!((a.count, a.exposures), (b.count, b.exposures), "{s:?}");
                let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(1.0);
                assert!(close(a.ead, b.ead) && close(a.expected_loss, b.expected_loss));
                assert!(close(a.rwa, b.rwa) && close(a.capital, b.capital));
            }
        }
        assert!(lost > 0, "the scenarios decline someone");
    }
}
