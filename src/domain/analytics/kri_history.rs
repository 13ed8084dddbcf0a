//! Every key risk indicator for every month of the portfolio's history, from one pass
//! over the applicants and one over the booked accounts' month-ends.
//!
//! A month's value is a numerator over a denominator, kept apart so that a quarter
//! adds up its months (flows) or reads its last month-end (stocks), see `kri::Kind`.
//! The score PSI is not a ratio: a month's value is the PSI of the three months of
//! applications to it (`score_psi::monthly_psi`), so a quarter's is its last month's.
//! A value is NaN where nothing was observed (no applications, no accounts on book).

use super::finance::line_ead;
use super::kri::{Kind, Kri, Status, Threshold};
use super::score_psi;
use super::watchlist::{self, Thresholds};
use crate::domain::evaluation::{decide, ratio};
use crate::domain::parallel::over_rows;
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::{BUCKET_30, BUCKET_90, Portfolio};

const K: usize = Kri::ALL.len();

/// The indicators month by month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KriHistory {
    /// Month index (`year·12 + month − 1`) of the first month.
    pub first_month: i32,
    num: Vec<[f64; K]>,
    den: Vec<[f64; K]>,
    psi: Vec<f64>,
}

/// Numerators and denominators of the months.
#[derive(Clone)]
struct Sums {
    num: Vec<[f64; K]>,
    den: Vec<[f64; K]>,
}

impl Sums {
    fn new(months: usize) -> Self {
        Self {
            num: vec![[0.0; K]; months],
            den: vec![[0.0; K]; months],
        }
    }

    fn add(&mut self, slot: usize, k: Kri, num: f64, den: f64) {
        self.num[slot][k.index()] += num;
        self.den[slot][k.index()] += den;
    }

    fn merge(mut self, o: Sums) -> Sums {
        for (a, b) in self.num.iter_mut().zip(&o.num) {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        }
        for (a, b) in self.den.iter_mut().zip(&o.den) {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        }
        self
    }
}

/// The months of the history: from the first application (or month-end) to the last
/// application or month-end, whichever is later.
fn month_range(p: &Portfolio) -> Option<(i32, i32)> {
    let acc = &p.accounts;
    let apps = &p.applicants.app_month;
    let ends = (0..acc.len())
        .filter(|&k| !acc.buckets(k).is_empty())
        .map(|k| {
            (
                acc.open_month[k] + 1,
                acc.open_month[k] + acc.buckets(k).len() as i32,
            )
        });
    let mut lo = apps.iter().copied().min();
    let mut hi = apps.iter().copied().max();
    for (a, b) in ends {
        lo = Some(lo.map_or(a, |x: i32| x.min(a)));
        hi = Some(hi.map_or(b, |x: i32| x.max(b)));
    }
    Some((lo?, hi?))
}

/// The history of every indicator under `policy` (approvals, LGD and CCF), with the
/// watchlist's thresholds `t` for the accounts on watch.
pub fn kri_history(policy: &Policy, p: &Portfolio, t: &Thresholds) -> KriHistory {
    let Some((first, last)) = month_range(p) else {
        return KriHistory::default();
    };
    let months = (last - first + 1) as usize;
    let slot = |m: i32| usize::try_from(m - first).ok().filter(|&s| s < months);
    let a = &p.applicants;
    let apps = over_rows(p.len(), |rows| {
        let mut s = Sums::new(months);
        for i in rows {
            let Some(at) = slot(a.app_month[i]) else {
                continue;
            };
            let approved = decide(policy, p, i).1 == Decision::Approve;
            s.add(at, Kri::ApprovalRate, approved as u8 as f64, 1.0);
            s.add(at, Kri::BookedRate, 0.0, 1.0);
        }
        s
    });
    let acc = &p.accounts;
    let book = over_rows(acc.len(), |rows| {
        let mut s = Sums::new(months);
        for k in rows {
            if let Some(at) = slot(acc.open_month[k]) {
                s.add(at, Kri::BookedRate, 1.0, 0.0);
            }
            account_months(p, k, policy, t, &mut s, &slot);
        }
        s
    });
    let mut sums = Sums::new(months);
    for part in apps.into_iter().chain(book) {
        sums = sums.merge(part);
    }
    KriHistory {
        first_month: first,
        num: sums.num,
        den: sums.den,
        psi: score_psi::monthly_psi(p, first, months),
    }
}

/// Adds account `k`'s month-ends to the months' sums.
fn account_months(
    p: &Portfolio,
    k: usize,
    policy: &Policy,
    t: &Thresholds,
    s: &mut Sums,
    slot: &impl Fn(i32) -> Option<usize>,
) {
    let acc = &p.accounts;
    let (buckets, balances) = (acc.buckets(k), acc.balances(k));
    let limit = acc.credit_limit[k];
    let pd = p
        .derived
        .pd
        .get(acc.applicant[k] as usize)
        .copied()
        .unwrap_or(0.0);
    for (j, &b) in buckets.iter().enumerate() {
        // Record j is month on book j + 1, the month-end of calendar month open + j + 1.
        let Some(at) = slot(acc.open_month[k] + j as i32 + 1) else {
            continue;
        };
        let drawn = balances.get(j).copied().unwrap_or(0.0);
        let (b30, b90) = (b >= BUCKET_30, b >= BUCKET_90);
        s.add(at, Kri::Dpd30Rate, b30 as u8 as f64, 1.0);
        s.add(at, Kri::Dpd90Rate, b90 as u8 as f64, 1.0);
        s.add(
            at,
            Kri::Dpd30BalanceRate,
            if b30 { drawn } else { 0.0 },
            drawn,
        );
        s.add(
            at,
            Kri::Dpd90BalanceRate,
            if b90 { drawn } else { 0.0 },
            drawn,
        );
        s.add(at, Kri::Utilisation, drawn, limit);
        let on_watch = !b90
            && (b30 || !watchlist::signals(&buckets[..=j], &balances[..=j], limit, t).is_empty());
        s.add(at, Kri::OnWatchRate, on_watch as u8 as f64, 1.0);
        if !b90 {
            let ead = line_ead(drawn, limit, policy.ccf);
            s.add(at, Kri::ExpectedLossRate, pd * policy.lgd * ead, ead);
        }
        if j >= 1 {
            let before = buckets[j - 1];
            if before < BUCKET_90 {
                s.add(at, Kri::New90Rate, b90 as u8 as f64, 1.0);
            }
            if before == 0 {
                s.add(at, Kri::RollCurrentRate, (b == 1) as u8 as f64, 1.0);
            }
        }
    }
}

/// A maximal run of months at watch or worse.
#[derive(Clone, Debug, PartialEq)]
pub struct Episode {
    pub from: i32,
    pub to: i32,
    pub months: usize,
    /// The worst status of the run, and the value furthest beyond the thresholds.
    pub worst: Status,
    pub worst_value: f64,
}

impl KriHistory {
    /// Months in the history.
    pub fn len(&self) -> usize {
        self.psi.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of `k` in month slot `s` (NaN when nothing was observed).
    pub fn value(&self, k: Kri, s: usize) -> f64 {
        if k == Kri::ScorePsi {
            return self.psi.get(s).copied().unwrap_or(f64::NAN);
        }
        match (self.num.get(s), self.den.get(s)) {
            (Some(n), Some(d)) => ratio(n[k.index()], d[k.index()]),
            _ => f64::NAN,
        }
    }

    /// `(month, value)` for every month, oldest first.
    pub fn monthly(&self, k: Kri) -> Vec<(i32, f64)> {
        (0..self.len())
            .map(|s| (self.first_month + s as i32, self.value(k, s)))
            .collect()
    }

    /// The value over quarter `q` (`year·4 + quarter − 1`): a flow's months added up,
    /// a stock at the quarter's last month-end. NaN outside the history.
    pub fn quarter(&self, k: Kri, q: i32) -> f64 {
        let slot = |m: i32| {
            usize::try_from(m - self.first_month)
                .ok()
                .filter(|&s| s < self.len())
        };
        match k.kind() {
            Kind::Stock => slot(q * 3 + 2).map_or(f64::NAN, |s| self.value(k, s)),
            Kind::Flow => {
                let (mut n, mut d) = (0.0, 0.0);
                for s in (q * 3..q * 3 + 3).filter_map(slot) {
                    n += self.num[s][k.index()];
                    d += self.den[s][k.index()];
                }
                ratio(n, d)
            }
        }
    }
}

/// The runs of months at watch or breach under `t`, oldest first.
pub fn episodes(monthly: &[(i32, f64)], t: &Threshold) -> Vec<Episode> {
    let mut out: Vec<Episode> = Vec::new();
    let mut open = false;
    for &(m, v) in monthly {
        let st = t.status(v);
        if st < Status::Watch {
            open = false;
            continue;
        }
        // How far beyond: distance above the ceiling's watch or below the floor's.
        let beyond = |x: f64| {
            let high = t.ceiling.map_or(f64::NEG_INFINITY, |l| x - l.watch);
            let low = t.floor.map_or(f64::NEG_INFINITY, |l| l.watch - x);
            high.max(low)
        };
        match out.last_mut() {
            Some(e) if open && e.to == m - 1 => {
                e.to = m;
                e.months += 1;
                if st > e.worst || beyond(v) > beyond(e.worst_value) {
                    e.worst = e.worst.max(st);
                    e.worst_value = v;
                }
            }
            _ => out.push(Episode {
                from: m,
                to: m,
                months: 1,
                worst: st,
                worst_value: v,
            }),
        }
        open = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analytics::kpi::periods;
    use crate::domain::fixture::{Row, portfolio};

    fn row(app_month: i32, history: Option<Vec<u8>>) -> Row {
        Row {
            orders: 25.0,
            income: 5000.0,
            app_month,
            history,
        }
    }

    #[test]
    fn months_by_hand() {
        // Account 1 opens in month 0: month-ends 1..=5 at [0, 0, 2, 3, 4].
        // Account 2 opens in month 1: month-ends 2..=4 at [0, 1, 0].
        // Applicant 3 (month 3, score 500) is declined and not booked.
        let p = portfolio(&[
            row(0, Some(vec![0, 0, 2, 3, 4])),
            row(1, Some(vec![0, 1, 0])),
            Row {
                orders: 5.0,
                ..row(3, None)
            },
        ]);
        let pol = Policy::default();
        let h = kri_history(&pol, &p, &Thresholds::default());
        assert_eq!((h.first_month, h.len()), (0, 6));
        let v = |k: Kri| -> Vec<f64> { (0..6).map(|s| h.value(k, s)).collect() };
        let nan = |x: &f64| x.is_nan();
        // Applications: months 0, 1 approved, month 3 declined; none in 2, 4, 5.
        let approval = v(Kri::ApprovalRate);
        assert_eq!((approval[0], approval[1], approval[3]), (1.0, 1.0, 0.0));
        assert!(nan(&approval[2]) && nan(&approval[4]));
        let booked = v(Kri::BookedRate);
        assert_eq!((booked[0], booked[1], booked[3]), (1.0, 1.0, 0.0));
        // Month 3: account 1 at 30–59, account 2 at 1–29: 1 of 2 is 30+.
        assert_eq!(v(Kri::Dpd30Rate)[3], 0.5);
        assert_eq!(v(Kri::Dpd90Rate)[5], 1.0);
        // Month 5: account 1 reaches 90+ from 60–89 (1 of 1 not 90+ in month 4).
        let new90 = v(Kri::New90Rate);
        assert!(nan(&new90[0]) && nan(&new90[1]));
        assert_eq!((new90[2], new90[4], new90[5]), (0.0, 0.0, 1.0));
        // Month 3: account 2 rolls current → 1–29; account 1 was current in month 2
        // and is 30–59: not a roll to 1–29. 1 of 2.
        assert_eq!(v(Kri::RollCurrentRate)[3], 0.5);
        // Balances 100 of limit 1,000 everywhere.
        assert_eq!(v(Kri::Utilisation)[2], 0.1);
        assert_eq!(v(Kri::Dpd30BalanceRate)[3], 0.5);
        // Month 5: the only account is 90+: no performing line, no EL rate; month 4:
        // account 1 at 60–89 (on watch: 30+), account 2 current with no signal.
        assert!(nan(&v(Kri::ExpectedLossRate)[5]));
        let el = p.scorecard.pd(620) * 0.85 * 550.0 / 550.0;
        assert!((v(Kri::ExpectedLossRate)[2] - el).abs() < 1e-12);
        let watch = v(Kri::OnWatchRate);
        assert_eq!((watch[3], watch[4], watch[5]), (1.0, 0.5, 0.0));
        // Quarter 0 (months 0–2) of a flow adds up its months; quarter 1 (3–5) of a
        // stock is month 5's.
        assert_eq!(h.quarter(Kri::ApprovalRate, 0), 1.0);
        assert_eq!(h.quarter(Kri::ApprovalRate, 1), 0.0);
        assert_eq!(h.quarter(Kri::Dpd90Rate, 1), 1.0);
        assert!(h.quarter(Kri::Dpd90Rate, 2).is_nan());
    }

    #[test]
    fn quarters_match_the_kpi_periods_on_random_books() {
        // The Overview's quarters (`kpi::periods`, a pass of its own) against the
        // history's: approvals, bookings, 30+ and 90+ shares at the quarter's end.
        let mut rng = crate::domain::rng::Rng::new(17);
        for _ in 0..20 {
            let rows: Vec<Row> = (0..60)
                .map(|_| {
                    let month = rng.below(9) as i32;
                    let booked = rng.below(2) == 0;
                    let len = 1 + rng.below(8) as usize;
                    let history =
                        booked.then(|| (0..len).map(|_| rng.below(5) as u8).collect::<Vec<u8>>());
                    Row {
                        orders: rng.below(30) as f32,
                        ..row(month, history)
                    }
                })
                .collect();
            let p = portfolio(&rows);
            let pol = Policy::default();
            let h = kri_history(&pol, &p, &Thresholds::default());
            for q in periods(&pol, &p, 3) {
                let same = |a: f64, b: f64| a == b || (a.is_nan() && b.is_nan());
                let share = |a: u64, b: u64| ratio(a as f64, b as f64);
                assert!(same(
                    h.quarter(Kri::ApprovalRate, q.index),
                    q.approval_rate()
                ));
                assert!(same(
                    h.quarter(Kri::BookedRate, q.index),
                    share(q.booked, q.applicants)
                ));
                // A stock needs its quarter's last month within the history.
                if (q.index * 3 + 2 - h.first_month) < h.len() as i32 {
                    assert!(same(
                        h.quarter(Kri::Dpd30Rate, q.index),
                        share(q.dpd30, q.on_book)
                    ));
                    assert!(same(
                        h.quarter(Kri::Dpd90Rate, q.index),
                        share(q.dpd90, q.on_book)
                    ));
                }
            }
        }
    }

    #[test]
    fn episodes_are_runs_at_watch_or_breach() {
        let t = Kri::Dpd90Rate.default_threshold();
        let m = [
            (10, 0.01),
            (11, 0.016),
            (12, 0.031),
            (13, 0.02),
            (14, 0.01),
            (15, f64::NAN),
            (16, 0.02),
        ];
        let e = episodes(&m, &t);
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].from, e[0].to, e[0].months), (11, 13, 3));
        assert_eq!((e[0].worst, e[0].worst_value), (Status::Breach, 0.031));
        assert_eq!((e[1].from, e[1].to, e[1].worst), (16, 16, Status::Watch));
    }
}
