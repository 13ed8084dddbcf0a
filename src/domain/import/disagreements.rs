//! Given outcomes against what the accounts' history shows (Riskdesk's rule: 90+
//! within 12 months on book), counted for the import's summary.

use super::accounts::ImportedAccounts;
use super::performance::ImportedHistory;
use crate::domain::portfolio::{GivenOutcome, Outcome};

/// Given outcomes against what the history shows (Riskdesk's rule: 90+ within 12
/// months on book). The given ones are used for fitting and observed rates; the
/// history draws the charts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Disagreements {
    /// Applicants with a given good or bad outcome whose history shows one too.
    pub compared: usize,
    /// Given bad; the history has 12 months without 90+.
    pub bad_but_history_good: usize,
    /// Given good; the history reached 90+ within 12 months.
    pub good_but_history_bad: usize,
    /// A given good or bad outcome and no account.
    pub without_account: usize,
}

/// Given outcomes (one per applicant row) against the accounts' history.
pub fn disagreements(
    given: &[GivenOutcome],
    accounts: &ImportedAccounts,
    history: Option<&ImportedHistory>,
) -> Disagreements {
    let mut account = vec![None; given.len()];
    for (k, &row) in accounts.applicant_row.iter().enumerate() {
        if let Some(slot) = account.get_mut(row as usize) {
            *slot = Some(k);
        }
    }
    let mut d = Disagreements::default();
    for (g, k) in given.iter().zip(account) {
        if !matches!(g, GivenOutcome::Good | GivenOutcome::Bad) {
            continue;
        }
        let Some(k) = k else {
            d.without_account += 1;
            continue;
        };
        let Some(h) = history else { continue };
        match (g, Outcome::of_history(h.buckets(k))) {
            (_, Outcome::Unknown) => continue,
            (GivenOutcome::Bad, Outcome::Good) => d.bad_but_history_good += 1,
            (GivenOutcome::Good, Outcome::Bad) => d.good_but_history_bad += 1,
            _ => {}
        }
        d.compared += 1;
    }
    d
}
