//! The early-warning watchlist of booked accounts (../shared/PRODUCT.md, "Risk
//! register and early warning"): signals at each account's latest month-end, the
//! chance of reaching 90+ within 3 and 6 months from the portfolio's own chain
//! (`markov`), adjusted by the account's PD against its bucket's mean, the at-risk
//! expected loss and a suggested action. Every account not yet 90+ with a signal or
//! 30–89 days past due is listed, the likeliest to reach 90+ first.

use super::markov::{Chain, adjusted};
use crate::domain::analytics::finance::line_ead;
use crate::domain::portfolio::{BUCKET_30, BUCKET_90, DPD_BUCKETS, Portfolio};

/// A warning sign at the latest month-end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// 1–29 days past due now.
    Arrears,
    /// Balance at or above the utilisation threshold of the limit.
    HighUtilisation,
    /// A worse bucket than the month before.
    WorseBucket,
    /// Balance up more than the growth threshold over the growth window (a balance
    /// of 0 at the window's start is new drawing, not growth).
    BalanceGrowth,
    /// Past due within the first months on book.
    EarlyArrears,
}

impl Signal {
    pub const ALL: [Signal; 5] = [
        Signal::Arrears,
        Signal::HighUtilisation,
        Signal::WorseBucket,
        Signal::BalanceGrowth,
        Signal::EarlyArrears,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The key in files for programs.
    pub fn key(self) -> &'static str {
        match self {
            Signal::Arrears => "arrears_1_29",
            Signal::HighUtilisation => "utilisation",
            Signal::WorseBucket => "worse_bucket",
            Signal::BalanceGrowth => "balance_growth",
            Signal::EarlyArrears => "early_arrears",
        }
    }
}

/// A set of signals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signals(u8);

impl Signals {
    pub fn has(self, s: Signal) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn add(&mut self, s: Signal) {
        self.0 |= s.bit();
    }

    pub fn iter(self) -> impl Iterator<Item = Signal> {
        Signal::ALL.into_iter().filter(move |s| self.has(*s))
    }
}

/// The editable thresholds of the signals and the actions (kept in the portfolio
/// file, `store::register`; a field missing from the file takes its default).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Balance / limit at or above this is high utilisation.
    pub utilisation: f64,
    /// Balance growth above this share over `growth_months` is a signal.
    pub growth: f64,
    pub growth_months: usize,
    /// Accounts with fewer month-ends than this are new.
    pub new_months: usize,
    /// A 6-month chance at or above this asks for a collections call.
    pub call_from: f64,
    /// A reduced limit keeps at least this share of the limit (and the balance).
    pub keep_share: f64,
}

impl Thresholds {
    /// Every figure within its meaningful range (shares 0–1, 0–2 for utilisation,
    /// 0–10 for growth; windows of 1–24 months); NaN takes the default.
    pub fn clamped(&self) -> Self {
        let d = Self::default();
        // Rounded to 1e-6: a slider's step gives 0.9000000000000001 for 0.9.
        let share = |x: f64, hi: f64, def: f64| {
            if x.is_nan() {
                def
            } else {
                (x.clamp(0.0, hi) * 1e6).round() / 1e6
            }
        };
        Self {
            utilisation: share(self.utilisation, 2.0, d.utilisation),
            growth: share(self.growth, 10.0, d.growth),
            growth_months: self.growth_months.clamp(1, 24),
            new_months: self.new_months.clamp(1, 24),
            call_from: share(self.call_from, 1.0, d.call_from),
            keep_share: share(self.keep_share, 1.0, d.keep_share),
        }
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            utilisation: 0.9,
            growth: 0.5,
            growth_months: 3,
            new_months: 3,
            call_from: 0.3,
            keep_share: 0.5,
        }
    }
}

/// The signals of an account's month-ends (month on book 1 first) against `limit`.
pub fn signals(buckets: &[u8], balances: &[f64], limit: f64, t: &Thresholds) -> Signals {
    let mut s = Signals::default();
    let (Some(&now), Some(&balance)) = (buckets.last(), balances.last()) else {
        return s;
    };
    let n = buckets.len();
    if now == 1 {
        s.add(Signal::Arrears);
    }
    if limit > 0.0 && balance >= t.utilisation * limit {
        s.add(Signal::HighUtilisation);
    }
    if n >= 2 && now > buckets[n - 2] {
        s.add(Signal::WorseBucket);
    }
    if balances.len() > t.growth_months {
        let before = balances[balances.len() - 1 - t.growth_months];
        if before > 0.0 && balance > before * (1.0 + t.growth) {
            s.add(Signal::BalanceGrowth);
        }
    }
    if n < t.new_months && now >= 1 {
        s.add(Signal::EarlyArrears);
    }
    s
}

/// What to do about an account on the list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// 30+ days past due, or likely enough to reach 90+.
    CollectionsCall,
    /// Cut the limit to this (the balance, or the kept share of the limit).
    ReduceLimit {
        to: f64,
    },
    PaymentReminder,
}

impl Action {
    pub fn key(self) -> &'static str {
        match self {
            Action::CollectionsCall => "collections_call",
            Action::ReduceLimit { .. } => "reduce_limit",
            Action::PaymentReminder => "payment_reminder",
        }
    }
}

/// One account on the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Watch {
    /// Row in `Accounts`.
    pub account: u32,
    pub bucket: u8,
    pub balance: f64,
    pub limit: f64,
    /// Balance / limit (NaN without a limit).
    pub utilisation: f64,
    pub signals: Signals,
    pub p90_3m: f64,
    pub p90_6m: f64,
    /// p90_6m × LGD × EAD, EAD = balance + CCF × undrawn.
    pub at_risk_el: f64,
    pub action: Action,
}

/// The portfolio's own chain: its count-weighted monthly transitions (the pass
/// that counts the Charts' roll rates).
pub fn chain_of(p: &Portfolio) -> Chain {
    Chain::from_counts(&super::roll_rates::roll_rates(p).count)
}

/// The watchlist of `p` under `chain`, with the policy's LGD and CCF.
pub fn watchlist(p: &Portfolio, chain: &Chain, lgd: f64, ccf: f64, t: &Thresholds) -> Vec<Watch> {
    const B: usize = DPD_BUCKETS.len();
    let acc = &p.accounts;
    let (p3, p6) = (chain.reach_90_within(3), chain.reach_90_within(6));
    let pd_of = |k: usize| {
        p.derived
            .pd
            .get(acc.applicant[k] as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    // Mean PD of the accounts in each bucket now (the adjustment's reference).
    let mut sum = [0.0f64; B];
    let mut n = [0u64; B];
    for k in 0..acc.len() {
        if let Some(&b) = acc.buckets(k).last()
            && (b as usize) < B
            && pd_of(k).is_finite()
        {
            sum[b as usize] += pd_of(k);
            n[b as usize] += 1;
        }
    }
    let mean = |b: usize| if n[b] > 0 { sum[b] / n[b] as f64 } else { 0.0 };
    let mut out = Vec::new();
    for k in 0..acc.len() {
        let (buckets, balances) = (acc.buckets(k), acc.balances(k));
        let Some(&bucket) = buckets.last() else {
            continue;
        };
        if bucket >= BUCKET_90 || (bucket as usize) >= B {
            continue;
        }
        let limit = acc.credit_limit[k];
        let s = signals(buckets, balances, limit, t);
        if s.is_empty() && bucket < BUCKET_30 {
            continue;
        }
        let balance = balances.last().copied().unwrap_or(0.0);
        let b = bucket as usize;
        let (pd, m) = (pd_of(k), mean(b));
        let p90_3m = adjusted(p3[b], pd, m);
        let p90_6m = adjusted(p6[b], pd, m);
        let action = if bucket >= BUCKET_30 || p90_6m >= t.call_from {
            Action::CollectionsCall
        } else if s.has(Signal::HighUtilisation) || s.has(Signal::BalanceGrowth) {
            Action::ReduceLimit {
                to: balance.max(t.keep_share * limit).min(limit.max(balance)),
            }
        } else {
            Action::PaymentReminder
        };
        out.push(Watch {
            account: k as u32,
            bucket,
            balance,
            limit,
            utilisation: if limit > 0.0 {
                balance / limit
            } else {
                f64::NAN
            },
            signals: s,
            p90_3m,
            p90_6m,
            at_risk_el: p90_6m * lgd * line_ead(balance, limit, ccf),
            action,
        });
    }
    out.sort_by(|a, b| {
        b.p90_6m
            .total_cmp(&a.p90_6m)
            .then(b.at_risk_el.total_cmp(&a.at_risk_el))
            .then(a.account.cmp(&b.account))
    });
    out
}

/// Which accounts of the list the table shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WatchFilter {
    #[default]
    All,
    /// Accounts with this signal.
    Signal(Signal),
    /// 30–89 days past due.
    Past30,
}

/// The table's sort keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WatchSort {
    #[default]
    Chance6,
    Chance3,
    AtRisk,
    Utilisation,
    Balance,
    Account,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WatchQuery {
    pub filter: WatchFilter,
    pub sort: WatchSort,
    /// Smallest first (the default is the largest first; ids ascending).
    pub ascending: bool,
}

/// Indexes into `list` matching `q`, in its order (ties by account).
pub fn query(list: &[Watch], q: &WatchQuery) -> Vec<u32> {
    let mut rows: Vec<u32> = (0..list.len() as u32)
        .filter(|&i| {
            let w = &list[i as usize];
            match q.filter {
                WatchFilter::All => true,
                WatchFilter::Signal(s) => w.signals.has(s),
                WatchFilter::Past30 => w.bucket >= BUCKET_30,
            }
        })
        .collect();
    let key = |w: &Watch| -> f64 {
        match q.sort {
            WatchSort::Chance6 => w.p90_6m,
            WatchSort::Chance3 => w.p90_3m,
            WatchSort::AtRisk => w.at_risk_el,
            WatchSort::Utilisation => w.utilisation,
            WatchSort::Balance => w.balance,
            WatchSort::Account => f64::from(w.account),
        }
    };
    // Descending by default, except the account (ascending by default).
    let flip = q.ascending != (q.sort == WatchSort::Account);
    rows.sort_by(|&a, &b| {
        let (wa, wb) = (&list[a as usize], &list[b as usize]);
        let o = key(wa).total_cmp(&key(wb));
        let o = if flip { o } else { o.reverse() };
        o.then(wa.account.cmp(&wb.account))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    #[test]
    fn the_list_holds_30_plus_and_signalled_accounts_likeliest_first() {
        let row = |history: Vec<u8>| Row {
            orders: 25.0,
            income: 8000.0,
            app_month: 10,
            history: Some(history),
        };
        let p = portfolio(&[
            row(vec![0, 0, 0, 0]),    // quiet: not listed
            row(vec![0, 1, 2, 2]),    // 30–59 for two months: listed
            row(vec![0, 0, 0, 1]),    // in arrears: listed
            row(vec![0, 1, 2, 3, 4]), // 90+: not listed
            row(vec![0, 0, 1, 0]),    // cured: not listed
        ]);
        let chain = chain_of(&p);
        // Calls only for 30+ here (the tiny chain makes every chance large).
        let t = Thresholds {
            call_from: 0.99,
            ..Thresholds::default()
        };
        let list = watchlist(&p, &chain, 0.8, 0.5, &t);
        let rows: Vec<u32> = list.iter().map(|w| w.account).collect();
        assert_eq!(rows, vec![1, 2]);
        // The table's filters and sorts.
        let q = |filter, sort, ascending| {
            query(
                &list,
                &WatchQuery {
                    filter,
                    sort,
                    ascending,
                },
            )
        };
        assert_eq!(q(WatchFilter::Past30, WatchSort::Chance6, false), vec![0]);
        assert_eq!(
            q(
                WatchFilter::Signal(Signal::Arrears),
                WatchSort::Chance6,
                false
            ),
            vec![1]
        );
        assert_eq!(q(WatchFilter::All, WatchSort::Account, false), vec![0, 1]);
        assert_eq!(q(WatchFilter::All, WatchSort::Account, true), vec![1, 0]);
        assert_eq!(q(WatchFilter::All, WatchSort::Chance6, true), vec![1, 0]);
        assert_eq!(list[0].action, Action::CollectionsCall);
        assert_eq!(list[1].action, Action::PaymentReminder);
        assert!(list[0].p90_6m > list[1].p90_6m);
        // EAD 100 + 0.5 × 900 = 550; at-risk EL = p × 0.8 × 550.
        assert!((list[0].at_risk_el - list[0].p90_6m * 0.8 * 550.0).abs() < 1e-9);
    }

    #[test]
    fn signals_by_hand() {
        let t = Thresholds::default();
        let s = |b: &[u8], bal: &[f64], limit| signals(b, bal, limit, &t);
        // [0, 0, 1] is in arrears now (and worse than last month); [0, 2, 0] is not.
        let a = s(&[0, 0, 1], &[100.0, 100.0, 100.0], 1000.0);
        assert!(a.has(Signal::Arrears) && a.has(Signal::WorseBucket));
        assert!(s(&[0, 2, 0], &[100.0; 3], 1000.0).is_empty());
        // 900 of 1,000 is at 90%, inclusive; 899 is not.
        assert!(s(&[0; 4], &[0.0, 0.0, 0.0, 900.0], 1000.0).has(Signal::HighUtilisation));
        assert!(!s(&[0; 4], &[0.0, 0.0, 0.0, 899.0], 1000.0).has(Signal::HighUtilisation));
        // 200 → 301 over three months is growth; from 0 it is new drawing.
        assert!(s(&[0; 4], &[200.0, 0.0, 0.0, 301.0], 1000.0).has(Signal::BalanceGrowth));
        assert!(!s(&[0; 4], &[200.0, 0.0, 0.0, 300.0], 1000.0).has(Signal::BalanceGrowth));
        assert!(!s(&[0; 4], &[0.0, 50.0, 80.0, 400.0], 1000.0).has(Signal::BalanceGrowth));
        // Past due in the second month on book: early arrears.
        assert!(s(&[0, 1], &[10.0, 10.0], 1000.0).has(Signal::EarlyArrears));
        assert!(!s(&[0, 0, 0, 1], &[10.0; 4], 1000.0).has(Signal::EarlyArrears));
    }
}
