//! The portfolio as columns (struct of arrays): one `Vec` per field, indexed by the
//! applicant's row. Policy-independent quantities (score, PD, band, debt-to-income,
//! outcome) are computed once when the portfolio is built.

pub mod category;
pub(crate) mod derived;
pub mod extra;
pub mod mask;
pub mod orders;
pub mod registry;
pub mod text_column;

use crate::domain::policy::Rule;
pub(crate) use crate::domain::portfolio::derived::Scored;
use crate::domain::portfolio::text_column::TextColumn;
use crate::domain::scorecard::band::BANDS;
use crate::domain::scorecard::{Scorecard, Value};
pub use extra::{ExtraValues, GivenOutcome};
use registry::{ColumnView, Columns, Registry, Role};

/// Days-past-due buckets of a month-end performance record.
pub(crate) const DPD_BUCKETS: [&str; 5] = ["current", "1–29", "30–59", "60–89", "90+"];
/// Bucket index from which an account counts as 30+ days past due.
pub(crate) const BUCKET_30: u8 = 2;
/// Bucket index of 90+ days past due (the "bad" event).
pub(crate) const BUCKET_90: u8 = 4;
/// The outcome window: bad = 90+ within this many months on book.
pub(crate) const OUTCOME_MONTHS: usize = 12;

/// The observed 12-month outcome of an applicant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Good,
    Bad,
    /// Not booked, or booked less than 12 months ago and not yet bad.
    Unknown,
}

impl Outcome {
    /// Riskdesk's outcome of an account's month-end buckets (month on book 1 first):
    /// bad at 90+ within the first 12 months, good when 12 months passed without it,
    /// unknown before that.
    pub(crate) fn of_history(buckets: &[u8]) -> Outcome {
        let window = &buckets[..buckets.len().min(OUTCOME_MONTHS)];
        if window.iter().any(|&b| b >= BUCKET_90) {
            Outcome::Bad
        } else if buckets.len() >= OUTCOME_MONTHS {
            Outcome::Good
        } else {
            Outcome::Unknown
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Outcome::Good => "good",
            Outcome::Bad => "bad",
            Outcome::Unknown => "unknown",
        }
    }
}

/// The applicants' raw fields. Numeric fields use NaN for a missing value.
#[derive(Clone, Debug, Default)]
pub struct Applicants {
    pub id: Vec<i64>,
    /// Application date as days since 1970-01-01.
    pub app_day: Vec<i32>,
    /// Application month as `year·12 + month − 1`.
    pub app_month: Vec<i32>,
    /// Index into `Portfolio::channels`.
    pub channel: Vec<u8>,
    pub age: Vec<u8>,
    pub city_tier: Vec<u8>,
    /// Index into `Portfolio::employments`.
    pub employment: Vec<u8>,
    pub monthly_income: Vec<f64>,
    pub monthly_debt: Vec<f64>,
    pub bureau_months: Vec<f32>,
    pub delinquencies: Vec<f32>,
    pub platform_months: Vec<f32>,
    pub monthly_spend: Vec<f32>,
    pub order_count: Vec<f32>,
    pub return_rate: Vec<f32>,
    pub night_share: Vec<f32>,
    pub device_changes: Vec<f32>,
    pub name: TextColumn,
    pub phone: TextColumn,
    /// Columns beyond these (an import's own characteristics), read through the
    /// registry's `Source::Extra(k)`.
    pub extra: Vec<ExtraValues>,
    /// Outcomes as the lender gave them; empty when the outcomes come from the
    /// month-end history (every generated portfolio).
    pub given_outcome: Vec<GivenOutcome>,
}

/// Gives back room reserved ahead that a column did not fill (over a quarter spare).
pub(crate) fn trim<T>(v: &mut Vec<T>) {
    if v.capacity() > v.len() + v.len() / 4 + 1024 {
        v.shrink_to_fit();
    }
}

impl Applicants {
    pub(crate) fn len(&self) -> usize {
        self.id.len()
    }

    /// Gives back the room reserved ahead of loading that the rows did not fill.
    pub(crate) fn trim_capacity(&mut self) {
        trim(&mut self.id);
        trim(&mut self.app_day);
        trim(&mut self.app_month);
        trim(&mut self.channel);
        trim(&mut self.age);
        trim(&mut self.city_tier);
        trim(&mut self.employment);
        trim(&mut self.monthly_income);
        trim(&mut self.monthly_debt);
        trim(&mut self.bureau_months);
        trim(&mut self.delinquencies);
        trim(&mut self.platform_months);
        trim(&mut self.monthly_spend);
        trim(&mut self.order_count);
        trim(&mut self.return_rate);
        trim(&mut self.night_share);
        trim(&mut self.device_changes);
        self.name.trim_capacity();
        self.phone.trim_capacity();
        for c in &mut self.extra {
            c.trim_capacity();
        }
        trim(&mut self.given_outcome);
    }

    /// Gives the hard rules whose input the portfolio does not have (no role for it
    /// in `registry`) a value that passes them, so they decline nobody: age 255,
    /// tenure +∞. No screen shows these values (the registry has no entry for them);
    /// the lab and the detail say "not applicable" (`Portfolio::rule_applies`).
    pub(crate) fn fill_absent_rule_inputs(&mut self, registry: &Registry) {
        let n = self.len();
        if registry.by_role(Role::Age).is_none() {
            self.age = vec![u8::MAX; n];
        }
        if registry.by_role(Role::PlatformTenure).is_none() {
            self.platform_months = vec![f32::INFINITY; n];
        }
        if registry.by_role(Role::Income).is_none() {
            self.monthly_income = vec![f64::NAN; n];
        }
    }

    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }
}

/// Booked accounts with their month-end history (`history_start[k]..history_start[k+1]`
/// indexes `history_bucket` / `history_balance`, month on book 1, 2, ...).
#[derive(Clone, Debug, Default)]
pub struct Accounts {
    pub id: Vec<i64>,
    /// Row of the applicant in `Applicants`.
    pub applicant: Vec<u32>,
    pub open_month: Vec<i32>,
    pub credit_limit: Vec<f64>,
    pub fee_rate: Vec<f32>,
    /// The PD at booking (IFRS 9's origination PD); NaN where the file did not keep
    /// it, and empty for a book built without it.
    pub origination_pd: Vec<f64>,
    pub history_start: Vec<u32>,
    pub history_bucket: Vec<u8>,
    /// Month-end balances in yuan, as f64 so that book sums match the file to the cent.
    pub history_balance: Vec<f64>,
}

impl Accounts {
    /// Gives back the room reserved ahead of loading that the rows did not fill.
    pub(crate) fn trim_capacity(&mut self) {
        trim(&mut self.id);
        trim(&mut self.applicant);
        trim(&mut self.open_month);
        trim(&mut self.credit_limit);
        trim(&mut self.fee_rate);
        trim(&mut self.origination_pd);
        trim(&mut self.history_start);
        trim(&mut self.history_bucket);
        trim(&mut self.history_balance);
    }

    pub fn len(&self) -> usize {
        self.id.len()
    }

    /// Account `k`'s PD at booking, if the file kept it.
    pub fn origination_pd(&self, k: usize) -> Option<f64> {
        self.origination_pd
            .get(k)
            .copied()
            .filter(|x| x.is_finite())
    }

    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }

    /// Month-end buckets of account `k`, month on book 1 first.
    pub fn buckets(&self, k: usize) -> &[u8] {
        let (a, b) = self.history_range(k);
        &self.history_bucket[a..b]
    }

    /// Month-end balances of account `k`, month on book 1 first.
    pub fn balances(&self, k: usize) -> &[f64] {
        let (a, b) = self.history_range(k);
        &self.history_balance[a..b]
    }

    fn history_range(&self, k: usize) -> (usize, usize) {
        let a = self.history_start.get(k).copied().unwrap_or(0) as usize;
        let b = self.history_start.get(k + 1).copied().unwrap_or(a as u32) as usize;
        let b = b
            .min(self.history_bucket.len())
            .max(a.min(self.history_bucket.len()));
        (a.min(b), b)
    }
}

/// Per-applicant quantities that do not depend on the policy.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    /// Where each characteristic of the scorecard is read, in card order (resolved
    /// through the registry once, when the card was applied).
    pub card_sources: Vec<registry::Source>,
    /// Score slot, tenure, age and outcome packed for the evaluation pass (empty when
    /// the scores span too wide a range; the pass then reads the columns).
    pub rule_inputs: Vec<u32>,
    /// Monthly income as the limit rule reads it (`limit_rule::limit_income`), so the
    /// evaluation pass does not test every income for a missing value.
    pub limit_income: Vec<f64>,
    /// Monthly debt payments / monthly income; NaN when the income is 0 or missing.
    pub dti: Vec<f64>,
    pub score: Vec<i32>,
    pub pd: Vec<f64>,
    pub band: Vec<u8>,
    /// Index into `Accounts`, or `NO_ACCOUNT`.
    pub account: Vec<u32>,
    pub outcome: Vec<Outcome>,
    /// Ever 30+ within 12 months on book (only meaningful when mature or bad).
    pub ever30_12: Vec<bool>,
    /// Booked at least 12 months ago: the outcome window is complete. Observed
    /// rates are taken over mature accounts only, so that young accounts that
    /// already went bad do not bias them.
    pub mature: Vec<bool>,
    /// Applicants per band.
    pub band_count: [u64; BANDS],
    /// Lowest and highest score ((0, 0) for an empty portfolio): the width of the
    /// per-score indexes, found once here rather than on every index build.
    pub score_range: (i32, i32),
}

/// Marker in `Derived::account` for an applicant with no booked account.
pub const NO_ACCOUNT: u32 = u32::MAX;

/// What a portfolio is besides its rows: name, as-of date, category dictionaries.
#[derive(Clone, Debug, Default)]
pub struct Header {
    pub name: String,
    /// As-of date (ISO).
    pub as_of: String,
    /// As-of month as `year·12 + month − 1`.
    pub as_of_month: i32,
    pub channels: Vec<String>,
    pub employments: Vec<String>,
    /// The applicant columns by name, with their roles (the standard registry for a
    /// generated portfolio).
    pub registry: Registry,
    /// What "bad" means in outcomes the lender gave (`None`: Riskdesk's own, 90+ days
    /// past due within 12 months on book, from the month-end history).
    pub outcome_definition: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Portfolio {
    pub name: String,
    /// As-of date (ISO), the portfolio's "today": never the clock.
    pub as_of: String,
    /// As-of month as `year·12 + month − 1`.
    pub as_of_month: i32,
    pub channels: Vec<String>,
    pub employments: Vec<String>,
    pub applicants: Applicants,
    pub accounts: Accounts,
    /// The accounts' installment orders (empty when the file has none: an import).
    pub orders: orders::Orders,
    pub scorecard: Scorecard,
    pub derived: Derived,
    /// The applicant columns by name, with their roles.
    pub registry: Registry,
    /// What "bad" means in the outcomes the lender gave; `None` for Riskdesk's own
    /// (90+ days past due within 12 months on book). Shown beside every observed rate.
    pub outcome_definition: Option<String>,
}

impl Portfolio {
    /// Builds a portfolio and computes everything that does not depend on the policy.
    pub fn new(
        header: Header,
        applicants: Applicants,
        accounts: Accounts,
        scorecard: Scorecard,
    ) -> Result<Self, String> {
        let scored = Scored::of(
            &scorecard,
            &header.registry,
            &applicants,
            &header.channels,
            &header.employments,
        )?;
        Self::new_scored(header, applicants, accounts, scorecard, scored)
    }

    /// `new` with the applicants' half of the derived columns already computed (a
    /// loader scores the applicants while it still reads the accounts).
    pub(crate) fn new_scored(
        header: Header,
        applicants: Applicants,
        accounts: Accounts,
        scorecard: Scorecard,
        scored: Scored,
    ) -> Result<Self, String> {
        scorecard.validate_in_portfolio()?;
        let derived = scored.with_accounts(&applicants, &accounts)?;
        let Header {
            name,
            as_of,
            as_of_month,
            channels,
            employments,
            registry,
            outcome_definition,
        } = header;
        Ok(Self {
            name,
            as_of,
            as_of_month,
            channels,
            employments,
            applicants,
            accounts,
            orders: orders::Orders::default(),
            scorecard,
            derived,
            registry,
            outcome_definition,
        })
    }

    /// Whether a scorecard is in force (an imported portfolio has none until one is
    /// installed: `riskdesk scorecard fit --db`, then `scorecard install`).
    pub fn has_scorecard(&self) -> bool {
        !self.scorecard.characteristics.is_empty()
    }

    /// Whether the hard rule `rule` has its input in this portfolio. One without it
    /// is "not applicable": it declines nobody, and the lab and the detail say so.
    pub fn rule_applies(&self, rule: Rule) -> bool {
        let has = |role| self.registry.by_role(role).is_some();
        match rule {
            Rule::UnderAge => has(Role::Age),
            // The standard employment column (coded in `employments`); an import's
            // own column of that name is a characteristic, not this rule's input.
            Rule::DeclinedEmployment => {
                self.registry.get("employment").is_some() && !self.employments.is_empty()
            }
            Rule::ShortTenure => has(Role::PlatformTenure),
            Rule::NoIncome | Rule::DtiAboveCap => has(Role::Dti),
            _ => true,
        }
    }

    /// Whether the limit rule has its input (a monthly income): without one,
    /// approvals get no limit and the exposure figures are not given.
    pub fn limit_applies(&self) -> bool {
        self.registry.by_role(Role::Income).is_some()
    }

    /// Whether the outcomes are the lender's own (an import) rather than Riskdesk's
    /// 90+ within 12 months from the month-end history.
    pub fn outcomes_given(&self) -> bool {
        !self.applicants.given_outcome.is_empty()
    }

    pub fn len(&self) -> usize {
        self.applicants.len()
    }

    pub fn is_empty(&self) -> bool {
        self.applicants.is_empty()
    }

    /// Recomputes the derived columns (after a change of scorecard, say).
    pub fn derive(&mut self) -> Result<(), String> {
        let scored = Scored::of(
            &self.scorecard,
            &self.registry,
            &self.applicants,
            &self.channels,
            &self.employments,
        )?;
        self.derived = scored.with_accounts(&self.applicants, &self.accounts)?;
        Ok(())
    }

    /// Where the registry's sources are read from.
    pub(crate) fn columns(&self) -> Columns<'_> {
        Columns {
            applicants: &self.applicants,
            dti: &self.derived.dti,
            channels: &self.channels,
            employments: &self.employments,
        }
    }

    /// The values of the registered column `name`.
    pub(crate) fn column(&self, name: &str) -> Option<ColumnView<'_>> {
        let entry = self.registry.get(name)?;
        Some(self.columns().view(entry.source))
    }

    /// The value of `variable` for applicant `i`, as a scorecard sees it (missing for
    /// a name the registry does not hold).
    pub(crate) fn value(&self, variable: &str, i: usize) -> Value<'_> {
        self.column(variable).map_or(Value::Missing, |c| c.value(i))
    }

    /// The inputs of every characteristic of the scorecard for applicant `i`.
    pub fn scorecard_values(&self, i: usize) -> Vec<Value<'_>> {
        let card = &self.scorecard.characteristics;
        if self.derived.card_sources.len() == card.len() {
            let columns = self.columns();
            return self
                .derived
                .card_sources
                .iter()
                .map(|&s| columns.view(s).value(i))
                .collect();
        }
        card.iter().map(|c| self.value(&c.variable, i)).collect()
    }

    /// Row of the applicant with this id (ids are sorted when loaded).
    pub fn row_of_id(&self, id: i64) -> Option<usize> {
        self.applicants.id.binary_search(&id).ok()
    }

    /// Applicants per band.
    pub fn band_counts(&self) -> [u64; BANDS] {
        self.derived.band_count
    }
}

/// Debt-to-income: NaN (a decline under any policy) when the income is 0 or missing.
pub(crate) fn dti(monthly_debt: f64, monthly_income: f64) -> f64 {
    if monthly_income.is_nan() || monthly_income <= 0.0 || !monthly_income.is_finite() {
        return f64::NAN;
    }
    let debt = if monthly_debt.is_nan() {
        0.0
    } else {
        monthly_debt
    };
    debt / monthly_income
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_gives_back_spare_room_only() {
        // Reserved for sparse ids, filled with one row: given back.
        let mut v: Vec<u8> = Vec::with_capacity(100_000);
        v.push(1);
        trim(&mut v);
        assert!(v.capacity() < 2_000, "{}", v.capacity());
        // Nearly full: kept as it is (no copy).
        let mut w: Vec<u8> = Vec::with_capacity(10_000);
        w.extend([0u8; 9_000]);
        trim(&mut w);
        assert_eq!(w.capacity(), 10_000);
        let mut t = TextColumn::with_capacity(50_000, 500_000);
        t.push("王小明");
        t.trim_capacity();
        assert_eq!(t.get(0), "王小明");
    }
}
