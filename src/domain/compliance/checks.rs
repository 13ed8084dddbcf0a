//! The applicant and account checks: which approvals of a policy, and which booked
//! accounts, break a rule. One pass over the applicants per policy
//! ([`tally`], fast enough to follow a slider) that also counts approvals per
//! fairness group; [`tally_reference`] is the straightforward form through
//! `evaluation::decide`, and a test holds the two equal.

use super::fairness::Dimension;
use super::rules::Rules;
use crate::domain::evaluation::decide;
use crate::domain::parallel::over_rows;
use crate::domain::policy::gate::Gate;
use crate::domain::policy::limit::LimitRule;
use crate::domain::policy::{Decision, Policy};
use crate::domain::portfolio::Portfolio;
use crate::domain::portfolio::registry::Role;

/// The rules checked per applicant or account, in this order in every array.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    LimitCap,
    LimitIncome,
    MinAge,
    BarredEmployment,
    IncomeRequired,
}

impl Check {
    pub const ALL: [Check; 5] = [
        Check::LimitCap,
        Check::LimitIncome,
        Check::MinAge,
        Check::BarredEmployment,
        Check::IncomeRequired,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Which inputs of the checks a portfolio has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub income: bool,
    pub age: bool,
    pub employment: bool,
}

impl Inputs {
    pub fn of(p: &Portfolio) -> Self {
        Self {
            income: p.registry.by_role(Role::Income).is_some(),
            age: p.registry.by_role(Role::Age).is_some(),
            employment: p.registry.get("employment").is_some() && !p.employments.is_empty(),
        }
    }

    /// Whether the portfolio can answer `check`.
    pub fn has(&self, check: Check) -> bool {
        match check {
            Check::LimitCap => true,
            Check::LimitIncome | Check::IncomeRequired => self.income,
            Check::MinAge => self.age,
            Check::BarredEmployment => self.employment,
        }
    }
}

/// Approvals (or accounts) in breach of one rule: how many, their limits.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Breaches {
    pub count: u64,
    pub limits: f64,
}

impl Breaches {
    fn add(&mut self, limit: f64) {
        self.count += 1;
        self.limits += limit;
    }

    fn merge(&mut self, o: &Breaches) {
        self.count += o.count;
        self.limits += o.limits;
    }
}

/// The rules one approval with `limit` breaks, as flags in [`Check::ALL`] order.
/// `barred` says whether its employment category is barred.
#[inline]
pub(crate) fn broken(
    rules: &Rules,
    inputs: &Inputs,
    limit: f64,
    monthly_income: f64,
    age: u8,
    barred: bool,
) -> [bool; 5] {
    let has_income = monthly_income > 0.0;
    [
        limit > rules.limit_cap.cap,
        inputs.income && has_income && limit > rules.limit_income.cap(monthly_income),
        inputs.age && age < rules.min_age.min_age,
        inputs.employment && barred,
        inputs.income && !has_income,
    ]
}

/// Which employment codes of the portfolio the rules bar.
pub(crate) fn barred_codes(rules: &Rules, p: &Portfolio) -> Vec<bool> {
    p.employments
        .iter()
        .map(|e| rules.barred_employment.categories.iter().any(|c| c == e))
        .collect()
}

/// What one policy's approvals add up to, for the checks and the fairness groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub breaches: [Breaches; 5],
    /// Per dimension and group: approvals and the sum of their limits.
    pub groups: Vec<Vec<(u64, f64)>>,
    pub approved: u64,
    /// The lowest positive monthly income among the approvals (`None`: none).
    pub lowest_income: Option<f64>,
}

impl Tally {
    fn empty(dims: &[Dimension]) -> Self {
        Self {
            breaches: [Breaches::default(); 5],
            groups: dims
                .iter()
                .map(|d| vec![(0, 0.0); d.groups.len()])
                .collect(),
            approved: 0,
            lowest_income: None,
        }
    }

    fn add_approval(
        &mut self,
        dims: &[Dimension],
        i: usize,
        limit: f64,
        income: f64,
        broken: [bool; 5],
    ) {
        self.approved += 1;
        for (b, hit) in self.breaches.iter_mut().zip(broken) {
            if hit {
                b.add(limit);
            }
        }
        for (cells, d) in self.groups.iter_mut().zip(dims) {
            if let Some(c) = cells.get_mut(usize::from(d.code[i])) {
                c.0 += 1;
                c.1 += limit;
            }
        }
        if income > 0.0 && self.lowest_income.is_none_or(|l| income < l) {
            self.lowest_income = Some(income);
        }
    }

    fn merge(&mut self, o: &Tally) {
        for (b, x) in self.breaches.iter_mut().zip(&o.breaches) {
            b.merge(x);
        }
        for (cells, other) in self.groups.iter_mut().zip(&o.groups) {
            for (c, x) in cells.iter_mut().zip(other) {
                c.0 += x.0;
                c.1 += x.1;
            }
        }
        self.approved += o.approved;
        if let Some(l) = o.lowest_income
            && self.lowest_income.is_none_or(|s| l < s)
        {
            self.lowest_income = Some(l);
        }
    }
}

/// The approvals of `policy` checked against `rules` and counted per group of
/// `dims`: one pass over the applicants (two threads for a large portfolio).
pub fn tally(rules: &Rules, policy: &Policy, p: &Portfolio, dims: &[Dimension]) -> Tally {
    let inputs = Inputs::of(p);
    let barred = barred_codes(rules, p);
    let gate = Gate::of(policy, &p.employments);
    let limits = LimitRule::of(policy);
    let cutoff = policy.cutoff;
    let a = &p.applicants;
    let d = &p.derived;
    let parts = over_rows(p.len(), |range| {
        let mut t = Tally::empty(dims);
        for i in range {
            let emp = a.employment.get(i).copied().unwrap_or(u8::MAX);
            let approved =
                d.score[i] >= cutoff && gate.passes(a.age[i], emp, a.platform_months[i], d.dti[i]);
            if !approved {
                continue;
            }
            let income = a.monthly_income[i];
            let limit = limits.limit(income, limits.band_factor(d.band[i]));
            let is_barred = barred.get(usize::from(emp)).copied().unwrap_or(false);
            let hit = broken(rules, &inputs, limit, income, a.age[i], is_barred);
            t.add_approval(dims, i, limit, income, hit);
        }
        t
    });
    let mut out = Tally::empty(dims);
    for part in &parts {
        out.merge(part);
    }
    out
}

/// [`tally`] the straightforward way: every applicant decided by
/// `evaluation::decide`, the reference the fast pass is tested against.
pub fn tally_reference(rules: &Rules, policy: &Policy, p: &Portfolio, dims: &[Dimension]) -> Tally {
    let inputs = Inputs::of(p);
    let barred = barred_codes(rules, p);
    let mut t = Tally::empty(dims);
    for i in 0..p.len() {
        let (_, decision, limit) = decide(policy, p, i);
        if decision != Decision::Approve {
            continue;
        }
        let a = &p.applicants;
        let emp = usize::from(a.employment.get(i).copied().unwrap_or(u8::MAX));
        let is_barred = barred.get(emp).copied().unwrap_or(false);
        let income = a.monthly_income[i];
        let hit = broken(rules, &inputs, limit, income, a.age[i], is_barred);
        t.add_approval(dims, i, limit, income, hit);
    }
    t
}

/// The rows of the applicants `policy` approves in breach of `check` (what the
/// window's Applicants table is filtered to).
pub fn breaching_rows(rules: &Rules, policy: &Policy, p: &Portfolio, check: Check) -> Vec<u32> {
    let inputs = Inputs::of(p);
    let barred = barred_codes(rules, p);
    let a = &p.applicants;
    (0..p.len())
        .filter(|&i| {
            let (_, decision, limit) = decide(policy, p, i);
            if decision != Decision::Approve {
                return false;
            }
            let emp = usize::from(a.employment.get(i).copied().unwrap_or(u8::MAX));
            let is_barred = barred.get(emp).copied().unwrap_or(false);
            broken(
                rules,
                &inputs,
                limit,
                a.monthly_income[i],
                a.age[i],
                is_barred,
            )[check.index()]
        })
        .map(|i| i as u32)
        .collect()
}

/// Booked accounts in breach: their count, limits and drawn balances at the latest
/// month-end (the undrawn part is `limits − drawn`, never below 0 per account).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BookBreaches {
    pub count: u64,
    pub limits: f64,
    pub drawn: f64,
    pub undrawn: f64,
}

impl BookBreaches {
    /// EAD = drawn + CCF × undrawn.
    pub fn exposure(&self, ccf: f64) -> f64 {
        self.drawn + ccf * self.undrawn
    }
}

/// The booked accounts checked against `rules` (policy-free: the book in force).
pub fn book(rules: &Rules, p: &Portfolio) -> [BookBreaches; 5] {
    let inputs = Inputs::of(p);
    let barred = barred_codes(rules, p);
    let a = &p.applicants;
    let acc = &p.accounts;
    let mut out = [BookBreaches::default(); 5];
    for k in 0..acc.len() {
        let i = acc.applicant[k] as usize;
        let limit = acc.credit_limit[k];
        let drawn = acc.balances(k).last().copied().unwrap_or(0.0);
        let emp = usize::from(a.employment.get(i).copied().unwrap_or(u8::MAX));
        let is_barred = barred.get(emp).copied().unwrap_or(false);
        let age = a.age.get(i).copied().unwrap_or(u8::MAX);
        let income = a.monthly_income.get(i).copied().unwrap_or(f64::NAN);
        let hit = broken(rules, &inputs, limit, income, age, is_barred);
        for (b, h) in out.iter_mut().zip(hit) {
            if h {
                b.count += 1;
                b.limits += limit;
                b.drawn += drawn;
                b.undrawn += (limit - drawn).max(0.0);
            }
        }
    }
    out
}
