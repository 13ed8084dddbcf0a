//! IFRS 9 expected credit loss of the booked book at the as-of date
//! (../shared/PRODUCT.md, "Stress, capital, provisions").
//!
//! - **Current 12-month PD**: the chance of reaching 90+ within 12 months from the
//!   account's bucket now, from the portfolio's one count-weighted chain
//!   (`analytics::markov`, the watchlist's), adjusted by the account's origination PD
//!   against the mean of its bucket (`markov::adjusted`), × the scenario's PD
//!   multiplier, capped at 1. The origination PD is the PD the file kept at booking
//!   (schema version 8); where it kept none (accounts booked before, an import), the
//!   application PD under the card in force stands in, and `proxied` counts them.
//! - **Stages**: 3 at 90+; 2 at 30–89 days past due, or when the current PD exceeds
//!   both `sicr_multiple` × the origination PD and the origination PD + `sicr_add`;
//!   1 otherwise. The origination PD is not stressed: under a scenario an account
//!   moves only where its own stressed PD crosses both lines.
//! - **ECL**: stage 1, 12-month PD × LGD × EAD; stage 2, the marginal monthly chances
//!   of reaching 90+ over `horizon` months (adjusted as above) × LGD × EAD, each
//!   discounted at the account's annual fee rate / 12; stage 3, LGD × drawn.
//!   EAD = drawn + d·undrawn + CCF·(1 − d)·undrawn (`Scenario::line_ead`).

use serde::Serialize;

use super::Scenario;
use crate::domain::analytics::markov::{Chain, adjusted};
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_30, BUCKET_90, DPD_BUCKETS, Portfolio};
use crate::domain::scorecard::band::BANDS;

const B: usize = DPD_BUCKETS.len();

/// What the staging reads besides the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EclParams {
    /// Stage 2 when the current PD exceeds this × the origination PD ...
    pub sicr_multiple: f64,
    /// ... and the origination PD + this.
    pub sicr_add: f64,
    /// Months of a stage 2 account's remaining life.
    pub horizon: usize,
    /// Weights of Base, Mild and Severe in the reported ECL (IFRS 9 5.5.17).
    pub weights: [f64; 3],
}

impl Default for EclParams {
    fn default() -> Self {
        Self {
            sicr_multiple: 2.0,
            sicr_add: 0.01,
            horizon: 24,
            weights: [0.6, 0.3, 0.1],
        }
    }
}

/// Why an account is in its stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Why {
    /// Stage 1.
    Performing,
    /// Stage 2: 30–89 days past due.
    PastDue30,
    /// Stage 2: a significant increase of its PD since origination.
    PdIncrease,
    /// Stage 3: 90+ days past due.
    Defaulted,
}

impl Why {
    pub fn stage(self) -> usize {
        match self {
            Why::Performing => 1,
            Why::PastDue30 | Why::PdIncrease => 2,
            Why::Defaulted => 3,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Why::Performing => "performing",
            Why::PastDue30 => "30_89_days_past_due",
            Why::PdIncrease => "pd_increase",
            Why::Defaulted => "90_plus",
        }
    }
}

/// The accounts of a stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct StageRow {
    pub accounts: u64,
    pub drawn: f64,
    pub ead: f64,
    pub ecl: f64,
}

impl StageRow {
    /// The rows of several stages together: the book's, or one band's.
    pub fn sum(rows: &[StageRow]) -> StageRow {
        let mut t = StageRow::default();
        for r in rows {
            t.merge(r);
        }
        t
    }

    fn merge(&mut self, o: &StageRow) {
        self.accounts += o.accounts;
        self.drawn += o.drawn;
        self.ead += o.ead;
        self.ecl += o.ecl;
    }

    fn add(&mut self, drawn: f64, ead: f64, ecl: f64) {
        self.accounts += 1;
        self.drawn += drawn;
        self.ead += ead;
        self.ecl += ecl;
    }
}

/// The booked book's ECL under one scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ecl {
    /// Stages 1, 2, 3.
    pub stages: [StageRow; 3],
    /// By the applicant's score band, stages 1–3.
    pub by_band: [[StageRow; 3]; BANDS],
    /// Each account's reason for its stage (row order of `Accounts`; `None` without a
    /// month-end).
    pub why: Vec<Option<Why>>,
    /// Accounts whose PD at booking the file did not keep (the application PD stood
    /// in).
    pub proxied: u64,
}

impl Ecl {
    pub fn total(&self) -> StageRow {
        StageRow::sum(&self.stages)
    }

    /// ECL / drawn (the loan provision ratio; China's reference 1.5–2.5%).
    pub fn provision_ratio(&self) -> f64 {
        let t = self.total();
        crate::domain::evaluation::ratio(t.ecl, t.drawn)
    }

    /// ECL / drawn balance 90+ (provision coverage; China's reference 120–150%).
    pub fn coverage(&self) -> f64 {
        crate::domain::evaluation::ratio(self.total().ecl, self.stages[2].drawn)
    }
}

/// Stage 1 ECL of one line: 12-month PD × LGD × EAD.
pub fn stage1(pd12: f64, lgd: f64, ead: f64) -> f64 {
    pd12 * lgd * ead
}

/// Stage 3 ECL of one line: LGD × drawn.
pub fn stage3(lgd: f64, drawn: f64) -> f64 {
    lgd * drawn
}

/// The ECL of `p`'s booked book under `s` (LGD and CCF of `policy`), from `chain`.
pub fn ecl(p: &Portfolio, policy: &Policy, s: &Scenario, e: &EclParams, chain: &Chain) -> Ecl {
    let acc = &p.accounts;
    let lgd = s.lgd(policy.lgd);
    let stressed = chain.stressed(s.roll_multiplier);
    let horizon = e.horizon.clamp(12, 600);
    let by_month = stressed.reach_90_by_month(horizon);
    // The PD at booking, else the application PD under the card in force.
    let pd_of = |k: usize| {
        acc.origination_pd(k).unwrap_or_else(|| {
            p.derived
                .pd
                .get(acc.applicant[k] as usize)
                .copied()
                .unwrap_or(f64::NAN)
        })
    };
    // The mean origination PD of each bucket now (the adjustment's reference).
    let (mut sum, mut n) = ([0.0; B], [0u64; B]);
    for k in 0..acc.len() {
        if let Some(&b) = acc.buckets(k).last()
            && pd_of(k).is_finite()
        {
            sum[usize::from(b)] += pd_of(k);
            n[usize::from(b)] += 1;
        }
    }
    let mean: [f64; B] =
        std::array::from_fn(|b| crate::domain::evaluation::ratio(sum[b], n[b] as f64));
    // Two threads on a large book; each part's stages added, its reasons in order.
    let parts = crate::domain::parallel::over_rows(acc.len(), |rows| {
        let mut out = Ecl {
            why: Vec::with_capacity(rows.len()),
            ..Ecl::default()
        };
        for k in rows {
            let (Some(&b), Some(&drawn)) = (acc.buckets(k).last(), acc.balances(k).last()) else {
                out.why.push(None);
                continue;
            };
            let bi = usize::from(b).min(B - 1);
            let origination = pd_of(k);
            out.proxied += acc.origination_pd(k).is_none() as u64;
            let band = p
                .derived
                .band
                .get(acc.applicant[k] as usize)
                .map_or(0, |&x| usize::from(x).min(BANDS - 1));
            let limit = acc.credit_limit[k];
            let ead = if b >= BUCKET_90 {
                drawn
            } else {
                s.line_ead(drawn, limit, policy.ccf)
            };
            let cumulative = |t: usize| s.pd(adjusted(by_month[t][bi], origination, mean[bi]));
            let pd12 = cumulative(12);
            let why = if b >= BUCKET_90 {
                Why::Defaulted
            } else if b >= BUCKET_30 {
                Why::PastDue30
            } else if origination.is_finite()
                && pd12 > e.sicr_multiple * origination
                && pd12 > origination + e.sicr_add
            {
                Why::PdIncrease
            } else {
                Why::Performing
            };
            let ecl = match why.stage() {
                1 => stage1(pd12, lgd, ead),
                3 => stage3(lgd, drawn),
                _ => {
                    let monthly = f64::from(acc.fee_rate[k]) / 12.0;
                    let mut total = 0.0;
                    let mut before = 0.0;
                    for t in 1..=horizon {
                        let c = cumulative(t).max(before);
                        total += (c - before) * lgd * ead / (1.0 + monthly).powi(t as i32);
                        before = c;
                    }
                    total
                }
            };
            let stage = why.stage() - 1;
            out.stages[stage].add(drawn, ead, ecl);
            out.by_band[band][stage].add(drawn, ead, ecl);
            out.why.push(Some(why));
        }
        out
    });
    let mut out = Ecl {
        why: Vec::with_capacity(acc.len()),
        ..Ecl::default()
    };
    for part in parts {
        for (s, o) in out.stages.iter_mut().zip(&part.stages) {
            s.merge(o);
        }
        for (b, o) in out.by_band.iter_mut().zip(&part.by_band) {
            for (s, x) in b.iter_mut().zip(o) {
                s.merge(x);
            }
        }
        out.why.extend(part.why);
        out.proxied += part.proxied;
    }
    out
}

/// How many accounts move from each stage under `from` to each under `to`
/// (`[from − 1][to − 1]`), and of those moving into stage 2, why.
pub fn movement(from: &Ecl, to: &Ecl) -> ([[u64; 3]; 3], [u64; 4]) {
    let mut m = [[0u64; 3]; 3];
    let mut why_in = [0u64; 4];
    for (a, b) in from.why.iter().zip(&to.why) {
        if let (Some(a), Some(b)) = (a, b) {
            m[a.stage() - 1][b.stage() - 1] += 1;
            if a.stage() != b.stage() {
                why_in[*b as usize] += 1;
            }
        }
    }
    (m, why_in)
}

/// The probability-weighted ECL of the three presets' (IFRS 9 5.5.17): Σ wᵢ · ECLᵢ,
/// the weights normalised to sum 1.
pub fn weighted(ecls: &[f64; 3], weights: &[f64; 3]) -> f64 {
    let total: f64 = weights.iter().sum();
    if total.is_nan() || total <= 0.0 {
        return f64::NAN;
    }
    ecls.iter().zip(weights).map(|(e, w)| e * w / total).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_vectors() {
        // Limit 10,000, drawn 3,000, CCF 0.5: EAD 6,500; PD 2%, LGD 85%: 110.50.
        let ead = Scenario::default().line_ead(3000.0, 10_000.0, 0.5);
        assert_eq!(ead, 6500.0);
        assert!((stage1(0.02, 0.85, ead) - 110.50).abs() < 1e-9);
        // Stage 3: drawn 800 at LGD 85%: 680.00.
        assert!((stage3(0.85, 800.0) - 680.0).abs() < 1e-9);
        assert!((weighted(&[100.0, 200.0, 400.0], &[0.6, 0.3, 0.1]) - 160.0).abs() < 1e-9);
    }

    #[test]
    fn the_two_step_chain_from_30_59() {
        // 30–59 → 60–89 at 0.5, 60–89 → 90+ at 0.6: 0.30 within two months.
        let mut count = [[0u64; B]; B];
        count[2][2] = 5;
        count[2][3] = 5;
        count[3][3] = 4;
        count[3][4] = 6;
        count[0][0] = 1;
        count[1][1] = 1;
        let c = Chain::from_counts(&count);
        assert!((c.reach_90_by_month(2)[2][2] - 0.30).abs() < 1e-12);
    }

    #[test]
    fn stages_by_hand() {
        use crate::domain::fixture::{Row, portfolio};
        let row = |history: Vec<u8>| Row {
            orders: 25.0,
            income: 5000.0,
            app_month: 0,
            history: Some(history),
        };
        // Current, 30–59 and 90+ at the latest month-end.
        let p = portfolio(&[row(vec![0, 0, 0]), row(vec![0, 1, 2]), row(vec![2, 3, 4])]);
        let chain = crate::domain::analytics::watchlist::chain_of(&p);
        let pol = Policy::default();
        let base = ecl(
            &p,
            &pol,
            &Scenario::default(),
            &EclParams::default(),
            &chain,
        );
        // From current this tiny book's chain reaches 90+ within 12 months with
        // 1 − (2/3)^9 ≈ 0.97 (current → 1–29 at 1/3, then 30–59, 60–89, 90+ for
        // sure): far above twice the origination PD and 1 pp more, so stage 2 by the
        // PD increase. Current stays current under a laxer test.
        let p12 = chain.reach_90_within(12)[0];
        let origination = p.scorecard.pd(620);
        assert!(p12 > 2.0 * origination && p12 > origination + 0.01);
        assert_eq!(
            base.why,
            [
                Some(Why::PdIncrease),
                Some(Why::PastDue30),
                Some(Why::Defaulted)
            ]
        );
        let lax = EclParams {
            sicr_multiple: 1000.0,
            ..EclParams::default()
        };
        let relaxed = ecl(&p, &pol, &Scenario::default(), &lax, &chain);
        assert_eq!(relaxed.why[0], Some(Why::Performing));
        assert!((relaxed.stages[0].ecl - stage1(p12, 0.85, 550.0)).abs() < 1e-9);
        assert_eq!(base.stages.map(|s| s.accounts), [0, 2, 1]);
        // Stage 3: LGD × drawn (fixture balances are 100).
        assert!((base.stages[2].ecl - 85.0).abs() < 1e-9);
        assert!((base.stages[2].ead - 100.0).abs() < 1e-9);
        // The same accounts, PD × 2: an account alone in its bucket keeps its own
        // PD as the bucket's mean, so staging moves only with the chain.
        let severe = ecl(
            &p,
            &pol,
            &Scenario::preset("Severe").unwrap_or_default(),
            &EclParams::default(),
            &chain,
        );
        let (m, _) = movement(&base, &severe);
        assert_eq!(m[1][1] + m[2][2], 3);
        assert!(severe.total().ecl > base.total().ecl);
    }
}
