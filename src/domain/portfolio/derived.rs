//! The per-applicant quantities that do not depend on the policy (`Derived`), in two
//! halves: what the applicants' own columns and the scorecard give (`Scored`), and
//! what their accounts add (outcomes). A loader computes the first half as soon as
//! the applicants are read, while another thread is still reading the accounts.

use crate::domain::evaluation::rule_inputs::pack;
use crate::domain::policy::limit::limit_income;
use crate::domain::portfolio::registry::{Columns, Registry, Role, Source};
use crate::domain::portfolio::{
    Accounts, Applicants, BUCKET_30, Derived, ExtraValues, GivenOutcome, NO_ACCOUNT,
    OUTCOME_MONTHS, Outcome, dti,
};
use crate::domain::scorecard::Scorecard;
use crate::domain::scorecard::band::BANDS;
use crate::domain::scorecard::scoring::score_column;

/// The applicants' half of `Derived`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scored {
    card_sources: Vec<Source>,
    dti: Vec<f64>,
    score: Vec<i32>,
    pd: Vec<f64>,
    band: Vec<u8>,
    band_count: [u64; BANDS],
    score_range: (i32, i32),
    limit_income: Vec<f64>,
}

impl Scored {
    /// Scores every applicant with `card` (validated here); `channels` and
    /// `employments` are the dictionaries of the applicants' category codes.
    pub(crate) fn of(
        card: &Scorecard,
        registry: &Registry,
        a: &Applicants,
        channels: &[String],
        employments: &[String],
    ) -> Result<Self, String> {
        card.validate_in_portfolio()?;
        let n = a.len();
        let dti: Vec<f64> = match registry.by_role(Role::Dti).map(|e| e.source) {
            // A lender's own DTI column wins over debt / income.
            Some(Source::Extra(k)) => match a.extra.get(k as usize) {
                Some(ExtraValues::Numeric(v)) if v.len() == n => v.clone(),
                _ => return Err(format!("the DTI column (extra column {k}) is not numeric")),
            },
            Some(_) => (0..n)
                .map(|i| dti(a.monthly_debt[i], a.monthly_income[i]))
                .collect(),
            // No DTI: its rules do not apply, so nothing declines on it.
            None => vec![0.0; n],
        };
        let columns = Columns {
            applicants: a,
            dti: &dti,
            channels,
            employments,
        };
        let score = score_column(card, registry, &columns)?;
        // Scoring checked that the registry holds every characteristic of the card.
        let card_sources = card
            .characteristics
            .iter()
            .filter_map(|c| registry.get(&c.variable).map(|e| e.source))
            .collect();
        // PD depends on the score alone: one exp per distinct score.
        let (lo, hi) = score
            .iter()
            .fold((i32::MAX, i32::MIN), |(l, h), &s| (l.min(s), h.max(s)));
        let score_range = if lo <= hi { (lo, hi) } else { (0, 0) };
        let pd: Vec<f64> = if lo <= hi && (hi as i64 - lo as i64) < 100_000 {
            let table: Vec<f64> = (lo..=hi).map(|s| card.pd(s)).collect();
            score.iter().map(|&s| table[(s - lo) as usize]).collect()
        } else {
            score.iter().map(|&s| card.pd(s)).collect()
        };
        let edges = card.bands();
        let band: Vec<u8> = score.iter().map(|&s| edges.of(s)).collect();
        let mut band_count = [0u64; BANDS];
        for &b in &band {
            band_count[b as usize] += 1;
        }
        let limit_income = a.monthly_income.iter().map(|&x| limit_income(x)).collect();
        Ok(Self {
            card_sources,
            dti,
            score,
            pd,
            band,
            band_count,
            score_range,
            limit_income,
        })
    }

    /// The whole of `Derived`: adds the outcomes of `accounts` (whose `applicant`
    /// rows index `a`, the applicants these scores were computed from).
    pub(crate) fn with_accounts(
        self,
        a: &Applicants,
        accounts: &Accounts,
    ) -> Result<Derived, String> {
        let n = a.len();
        if self.score.len() != n {
            return Err(format!(
                "{} scores for {n} applicants (the scores are of other applicants)",
                self.score.len()
            ));
        }
        let mut account = vec![NO_ACCOUNT; n];
        for (k, &row) in accounts.applicant.iter().enumerate() {
            if let Some(slot) = account.get_mut(row as usize) {
                *slot = k as u32;
            }
        }
        let mut outcome = vec![Outcome::Unknown; n];
        let mut ever30_12 = vec![false; n];
        let mut mature = vec![false; n];
        for (i, &k) in account.iter().enumerate() {
            if k == NO_ACCOUNT {
                continue;
            }
            let buckets = accounts.buckets(k as usize);
            let window = &buckets[..buckets.len().min(OUTCOME_MONTHS)];
            let worst = window.iter().copied().max().unwrap_or(0);
            ever30_12[i] = worst >= BUCKET_30;
            mature[i] = buckets.len() >= OUTCOME_MONTHS;
            outcome[i] = Outcome::of_history(buckets);
        }
        // Outcomes the lender gave are used for fitting and observed rates (the
        // history, if any, still draws the charts): known where given, and then
        // complete ("mature").
        if a.given_outcome.len() == n {
            for (i, g) in a.given_outcome.iter().enumerate() {
                (outcome[i], mature[i]) = match g {
                    GivenOutcome::Good => (Outcome::Good, true),
                    GivenOutcome::Bad => (Outcome::Bad, true),
                    GivenOutcome::Indeterminate | GivenOutcome::None => (Outcome::Unknown, false),
                };
            }
        } else if !a.given_outcome.is_empty() {
            return Err(format!(
                "{} given outcomes for {n} applicants",
                a.given_outcome.len()
            ));
        }
        let rule_inputs = pack(
            &self.score,
            self.score_range.0,
            &a.platform_months,
            &a.age,
            &a.employment,
            &outcome,
            &mature,
        )
        .unwrap_or_default();
        Ok(Derived {
            card_sources: self.card_sources,
            rule_inputs,
            limit_income: self.limit_income,
            dti: self.dti,
            score: self.score,
            pd: self.pd,
            band: self.band,
            account,
            outcome,
            ever30_12,
            mature,
            band_count: self.band_count,
            score_range: self.score_range,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixture::{Row, portfolio};

    fn row(income: f64, history: Option<Vec<u8>>) -> Row {
        Row {
            orders: 3.0,
            income,
            app_month: 1,
            history,
        }
    }

    #[test]
    fn the_two_halves_make_what_derive_makes() {
        let p = portfolio(&[
            row(4_000.0, Some(vec![0; 12])),
            row(f64::NAN, None),
            row(-5.0, Some(vec![0, 1, 2, 3, 4])),
        ]);
        let scored = Scored::of(
            &p.scorecard,
            &p.registry,
            &p.applicants,
            &p.channels,
            &p.employments,
        )
        .expect("the fixture's card is valid");
        let d = scored
            .with_accounts(&p.applicants, &p.accounts)
            .expect("same applicants");
        assert_eq!(d.score, p.derived.score);
        assert_eq!(
            d.outcome,
            vec![Outcome::Good, Outcome::Unknown, Outcome::Bad]
        );
        assert_eq!(d.mature, vec![true, false, false]);
        // Missing and negative incomes count as 0 for the limit rule.
        assert_eq!(d.limit_income, vec![4_000.0, 0.0, 0.0]);
        assert_eq!(d.rule_inputs, p.derived.rule_inputs);
    }

    #[test]
    fn scores_of_other_applicants_are_refused() {
        let two = portfolio(&[row(1_000.0, None), row(2_000.0, None)]);
        let three = portfolio(&[row(1.0, None), row(2.0, None), row(3.0, None)]);
        let scored = Scored::of(
            &two.scorecard,
            &two.registry,
            &two.applicants,
            &two.channels,
            &two.employments,
        )
        .expect("the fixture's card is valid");
        let e = scored
            .with_accounts(&three.applicants, &three.accounts)
            .expect_err("2 scores for 3 applicants");
        assert!(e.contains("2 scores for 3 applicants"), "{e}");
    }
}
