//! The compliance officer's checks (../shared/PRODUCT.md, "Compliance"): a policy's
//! approvals and the booked accounts against configurable rules (`rules`), the
//! annualised cost of every installment order (`apr`), the policy-level tests that
//! need no data, the fair-lending monitor (`fairness`) and the scorecard's points
//! for older applicants (`age_points`).
//!
//! What does not depend on the policy is built once per portfolio ([`Base`]); a
//! policy's [`Report`] is then one pass over the applicants (`checks::tally`).

pub mod age_points;
pub mod apr;
pub mod checks;
pub mod fairness;
pub mod rules;
pub mod stats;

use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use age_points::AgePoints;
use checks::{BookBreaches, Breaches, Check, Inputs};
use fairness::{Dimension, DimensionResult};
use rules::Rules;

/// A rule's standing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Pass,
    Watch,
    Breach,
    /// The portfolio lacks the rule's input (see [`Unavailable`]).
    NotCheckable,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Watch => "watch",
            Status::Breach => "breach",
            Status::NotCheckable => "not_checkable",
        }
    }

    fn of_count(n: u64) -> Status {
        if n > 0 { Status::Breach } else { Status::Pass }
    }
}

/// Why a rule cannot be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    NoOrders,
    NoIncome,
    NoAge,
    NoEmployment,
}

impl Unavailable {
    pub fn key(self) -> &'static str {
        match self {
            Unavailable::NoOrders => "no_orders",
            Unavailable::NoIncome => "no_income",
            Unavailable::NoAge => "no_age",
            Unavailable::NoEmployment => "no_employment",
        }
    }
}

/// The APRs of every installment order (as fractions: 0.18 is 18%).
#[derive(Clone, Debug, PartialEq)]
pub struct AprSummary {
    pub orders: u64,
    /// Orders with a rate (an order of a zero amount has none).
    pub solved: u64,
    pub min: f64,
    pub median: f64,
    pub max: f64,
    pub above_watch: u64,
    pub above_breach: u64,
    pub above_red_line: u64,
    /// Σ amount of the orders above the breach level.
    pub amount_above_breach: f64,
    /// Orders per whole percent of APR (`histogram[k]`: APR in [k%, k+1%); the last
    /// bin holds everything from its lower edge up).
    pub histogram: Vec<u64>,
}

/// The highest APR percent with a bin of its own in [`AprSummary::histogram`].
pub const APR_HISTOGRAM_TOP: usize = 60;

impl AprSummary {
    /// `None` when the portfolio has no orders.
    pub fn of(p: &Portfolio, rules: &rules::Apr) -> Option<Self> {
        let o = &p.orders;
        if o.is_empty() {
            return None;
        }
        let mut aprs: Vec<f64> = o
            .monthly_irr
            .iter()
            .filter(|r| r.is_finite())
            .map(|&r| apr::apr(r))
            .collect();
        aprs.sort_unstable_by(f64::total_cmp);
        let mut histogram = vec![0u64; APR_HISTOGRAM_TOP + 1];
        for &a in &aprs {
            let k = (a * 100.0).floor().clamp(0.0, APR_HISTOGRAM_TOP as f64) as usize;
            histogram[k] += 1;
        }
        let above = |level: f64| aprs.len() - aprs.partition_point(|&a| a <= level);
        let amount_above_breach = o
            .monthly_irr
            .iter()
            .zip(&o.amount)
            .filter(|(r, _)| apr::apr(**r) > rules.breach)
            .map(|(_, a)| a)
            .sum();
        let median = match aprs.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => aprs[n / 2],
            n => (aprs[n / 2 - 1] + aprs[n / 2]) / 2.0,
        };
        Some(Self {
            orders: o.len() as u64,
            solved: aprs.len() as u64,
            min: aprs.first().copied().unwrap_or(f64::NAN),
            median,
            max: aprs.last().copied().unwrap_or(f64::NAN),
            above_watch: above(rules.watch) as u64,
            above_breach: above(rules.breach) as u64,
            above_red_line: above(rules.red_line) as u64,
            amount_above_breach,
            histogram,
        })
    }
}

/// Everything of the checks that does not depend on the policy.
#[derive(Clone, Debug)]
pub struct Base {
    pub rules: Rules,
    pub inputs: Inputs,
    /// The fairness dimensions: the standard ones, then any the user picked.
    pub dims: Vec<Dimension>,
    /// Booked accounts in breach, per [`Check`] (`None`: the portfolio has no
    /// booked accounts, as an import of applicants and outcomes only).
    pub book: Option<[BookBreaches; 5]>,
    pub apr: Option<AprSummary>,
    pub age_points: AgePoints,
}

impl Base {
    pub fn new(rules: Rules, p: &Portfolio) -> Self {
        Self {
            inputs: Inputs::of(p),
            dims: fairness::standard_dimensions(&rules, p),
            book: (!p.accounts.is_empty()).then(|| checks::book(&rules, p)),
            apr: AprSummary::of(p, &rules.apr),
            age_points: age_points::check(&p.scorecard, &p.registry),
            rules,
        }
    }

    /// Adds the column `name` as a fairness dimension (a categorical one the user
    /// picked); false when it cannot group or is already there.
    pub fn add_dimension(&mut self, p: &Portfolio, name: &str) -> bool {
        if self.dims.iter().any(|d| d.key == name) {
            return false;
        }
        match fairness::dimension_of(&self.rules, p, name) {
            Some(d) => {
                self.dims.push(d);
                true
            }
            None => false,
        }
    }
}

/// One rule under one policy.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleResult {
    pub id: String,
    pub label: String,
    pub source: String,
    /// The worst of the policy's and the book's standing.
    pub status: Status,
    /// The standing of the policy's approvals alone (`None`: the rule concerns only
    /// the book, as pricing does).
    pub policy_status: Option<Status>,
    pub unavailable: Option<Unavailable>,
    /// The applicant check behind the rule (`None` for the APR).
    pub check: Option<Check>,
    /// Approvals in breach (orders above the breach level for the APR).
    pub breaches: u64,
    /// Their limits (the orders' amounts for the APR).
    pub limits: f64,
    /// Their exposure: limits × the policy's utilisation (the orders' amounts for
    /// the APR).
    pub exposure: f64,
    /// Booked accounts in breach (`None` where the rule has no account check, or the
    /// portfolio no booked accounts).
    pub book: Option<BookBreaches>,
    pub book_status: Option<Status>,
    /// The rule's thresholds by name (`watch`, `breach`, `red_line`, `reference`;
    /// `minimum` for the age).
    pub thresholds: Vec<(&'static str, f64)>,
}

/// A test of the policy itself, which needs no data.
#[derive(Clone, Debug, PartialEq)]
pub enum PolicyTest {
    /// The largest income multiple × band factor against the rule's multiple of the
    /// monthly income (4 for a third of 12 months).
    LimitMultiple { largest: f64, allowed: f64 },
    /// The minimum limit against the income cap at the lowest income approved
    /// (`None`: nobody approved with an income).
    MinLimit {
        min_limit: f64,
        lowest_income: Option<f64>,
        cap: Option<f64>,
    },
    /// The maximum limit against the per-person cap.
    MaxLimit { max_limit: f64, cap: f64 },
}

impl PolicyTest {
    pub fn passes(&self) -> bool {
        match self {
            PolicyTest::LimitMultiple { largest, allowed } => largest <= allowed,
            PolicyTest::MinLimit { min_limit, cap, .. } => cap.is_none_or(|c| *min_limit <= c),
            PolicyTest::MaxLimit { max_limit, cap } => max_limit <= cap,
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            PolicyTest::LimitMultiple { .. } => "limit_multiple",
            PolicyTest::MinLimit { .. } => "min_limit",
            PolicyTest::MaxLimit { .. } => "max_limit",
        }
    }
}

/// Everything the compliance view shows for one policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub rules: Vec<RuleResult>,
    pub policy_tests: Vec<PolicyTest>,
    pub fairness: Vec<DimensionResult>,
    pub approved: u64,
}

impl Report {
    /// Whether any rule is in breach (policy or book): `--strict` fails on it.
    pub fn any_breach(&self) -> bool {
        self.rules.iter().any(|r| r.status == Status::Breach)
    }

    /// The policy's own standing (what a challenger can change): breach when an
    /// approval breaks a rule or a policy test fails; watch when a fairness group is
    /// flagged; else pass.
    pub fn policy_standing(&self) -> Status {
        let breach = self
            .rules
            .iter()
            .any(|r| r.policy_status == Some(Status::Breach))
            || self.policy_tests.iter().any(|t| !t.passes());
        if breach {
            Status::Breach
        } else if self
            .fairness
            .iter()
            .any(|d| d.groups.iter().any(|g| g.flag != fairness::Flag::None))
        {
            Status::Watch
        } else {
            Status::Pass
        }
    }
}

/// The report of `policy` over `p`.
pub fn report(base: &Base, policy: &Policy, p: &Portfolio) -> Report {
    let tally = checks::tally(&base.rules, policy, p, &base.dims);
    assemble(base, policy, &tally)
}

/// The report from a tally (fast or reference).
pub fn assemble(base: &Base, policy: &Policy, tally: &checks::Tally) -> Report {
    let r = &base.rules;
    let applicant_rule = |check: Check, id: &str, label: &str, source: &str, thresholds| {
        let missing = match check {
            Check::LimitCap => None,
            Check::LimitIncome | Check::IncomeRequired => {
                (!base.inputs.income).then_some(Unavailable::NoIncome)
            }
            Check::MinAge => (!base.inputs.age).then_some(Unavailable::NoAge),
            Check::BarredEmployment => {
                (!base.inputs.employment).then_some(Unavailable::NoEmployment)
            }
        };
        let b: Breaches = tally.breaches[check.index()];
        let book = base.book.map(|books| books[check.index()]);
        let (policy_status, book_status) = match missing {
            Some(_) => (Status::NotCheckable, book.map(|_| Status::NotCheckable)),
            None => (
                Status::of_count(b.count),
                book.map(|k| Status::of_count(k.count)),
            ),
        };
        RuleResult {
            id: id.into(),
            label: label.into(),
            source: source.into(),
            status: book_status.map_or(policy_status, |s| policy_status.max(s)),
            policy_status: Some(policy_status),
            unavailable: missing,
            check: Some(check),
            breaches: b.count,
            limits: b.limits,
            exposure: b.limits * policy.utilisation,
            book,
            book_status,
            thresholds,
        }
    };
    let mut rules = vec![
        applicant_rule(
            Check::LimitCap,
            &r.limit_cap.id,
            &r.limit_cap.label,
            &r.limit_cap.source,
            vec![("breach", r.limit_cap.cap)],
        ),
        applicant_rule(
            Check::LimitIncome,
            &r.limit_income.id,
            &r.limit_income.label,
            &r.limit_income.source,
            vec![("breach", r.limit_income.income_multiple())],
        ),
    ];
    let a = &r.apr;
    let apr_thresholds = vec![
        ("watch", a.watch),
        ("breach", a.breach),
        ("red_line", a.red_line),
        ("reference", a.reference()),
    ];
    rules.push(match &base.apr {
        Some(s) => RuleResult {
            id: a.id.clone(),
            label: a.label.clone(),
            source: a.source.clone(),
            status: if s.above_breach > 0 {
                Status::Breach
            } else if s.above_watch > 0 {
                Status::Watch
            } else {
                Status::Pass
            },
            policy_status: None,
            unavailable: None,
            check: None,
            breaches: s.above_breach,
            limits: s.amount_above_breach,
            exposure: s.amount_above_breach,
            book: None,
            book_status: None,
            thresholds: apr_thresholds,
        },
        None => RuleResult {
            id: a.id.clone(),
            label: a.label.clone(),
            source: a.source.clone(),
            status: Status::NotCheckable,
            policy_status: None,
            unavailable: Some(Unavailable::NoOrders),
            check: None,
            breaches: 0,
            limits: 0.0,
            exposure: 0.0,
            book: None,
            book_status: None,
            thresholds: apr_thresholds,
        },
    });
    rules.push(applicant_rule(
        Check::MinAge,
        &r.min_age.id,
        &r.min_age.label,
        &r.min_age.source,
        vec![("minimum", f64::from(r.min_age.min_age))],
    ));
    rules.push(applicant_rule(
        Check::BarredEmployment,
        &r.barred_employment.id,
        &r.barred_employment.label,
        &r.barred_employment.source,
        Vec::new(),
    ));
    rules.push(applicant_rule(
        Check::IncomeRequired,
        &r.income_required.id,
        &r.income_required.label,
        &r.income_required.source,
        Vec::new(),
    ));
    let largest =
        policy.band_factors.iter().fold(0.0f64, |m, f| m.max(*f)) * policy.income_multiple;
    let lowest = tally.lowest_income;
    let mut policy_tests = vec![PolicyTest::MaxLimit {
        max_limit: policy.max_limit,
        cap: r.limit_cap.cap,
    }];
    if base.inputs.income {
        policy_tests.insert(
            0,
            PolicyTest::LimitMultiple {
                largest,
                allowed: r.limit_income.income_multiple(),
            },
        );
        policy_tests.insert(
            1,
            PolicyTest::MinLimit {
                min_limit: policy.min_limit,
                lowest_income: lowest,
                cap: lowest.map(|i| r.limit_income.cap(i)),
            },
        );
    }
    Report {
        rules,
        policy_tests,
        fairness: fairness::assess_all(&base.dims, &tally.groups, &r.fairness),
        approved: tally.approved,
    }
}

#[cfg(test)]
mod tests;
