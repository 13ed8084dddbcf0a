//! The applicant table's query, its matching rows and the selection. The rows are
//! recomputed through `domain::table_query` when the query or the policy changes,
//! on a named background thread when the portfolio is large.

use std::sync::Arc;

use super::jobs::{Job, Poll};
use crate::domain::evaluation::table_query::{TableQuery, query};
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use crate::workbench::DecisionsUnder;

/// Above this many applicants a query runs off the UI thread.
pub(crate) const BACKGROUND_ROWS: usize = 100_000;

/// The query and, when it reads decisions, the policy deciding them.
type Key = (TableQuery, Option<Policy>);

#[derive(Default)]
pub struct TableState {
    pub query: TableQuery,
    /// Rows (portfolio indexes) matching `query`, in its order.
    pub rows: Vec<u32>,
    rows_key: Option<Key>,
    job: Option<(Key, Job<Vec<u32>>)>,
    /// Portfolio row of the selected applicant.
    pub selected: Option<usize>,
    /// Scroll the table to the selection on the next frame.
    pub scroll_to_selected: bool,
    /// The row whose name and phone were revealed (and the reveal logged): one
    /// applicant at a time, in the detail only; the table and exports stay masked.
    pub revealed: Option<usize>,
    /// The purpose typed for a reveal (written into the audit entry).
    pub purpose: String,
    /// The policy the Decision and Limit columns, the detail and the export follow.
    pub decisions: DecisionsUnder,
    /// The compliance check whose breaches `query.only` holds, and under which
    /// policy: a changed challenger recounts them.
    pub only_breaches: Option<(crate::domain::compliance::checks::Check, DecisionsUnder)>,
    /// The selection last checked against `rows` (`None`: not since they changed),
    /// so that the check scans the rows once, not every frame.
    checked: Option<Option<usize>>,
}

impl TableState {
    /// A query is running in the background.
    pub(crate) fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Brings `rows` up to date with the query and `policy`. When the rows of the
    /// current query land and the selected applicant is not among them (a filter
    /// removed it), the selection is dropped: the detail never shows an applicant the
    /// table does not.
    pub(crate) fn refresh(&mut self, ctx: &egui::Context, p: &Arc<Portfolio>, policy: &Policy) {
        if let Some((key, job)) = &self.job {
            match job.poll() {
                Poll::Running => {}
                Poll::Done(rows) => {
                    self.rows = rows;
                    self.checked = None;
                    self.rows_key = Some(key.clone());
                    self.job = None;
                }
                Poll::Lost => self.job = None,
            }
        }
        let key = (
            self.query.clone(),
            self.query.reads_decisions().then(|| policy.clone()),
        );
        // One query at a time: a newer one starts when the running one is done.
        if self.rows_key.as_ref() == Some(&key) {
            self.drop_unlisted_selection();
            return;
        }
        if self.job.is_some() {
            return;
        }
        if p.len() <= BACKGROUND_ROWS {
            self.rows = query(p, policy, &self.query);
            self.checked = None;
            self.rows_key = Some(key);
            self.job = None;
            self.drop_unlisted_selection();
            return;
        }
        let (p2, q2, pol2) = (p.clone(), self.query.clone(), policy.clone());
        match Job::spawn("riskdesk-table-query", ctx, move |_| query(&p2, &pol2, &q2)) {
            Ok(job) => self.job = Some((key, job)),
            Err(_) => {
                self.rows = query(p, policy, &self.query);
                self.checked = None;
                self.rows_key = Some(key);
                self.drop_unlisted_selection();
            }
        }
    }

    /// Forgets a selection (and its reveal) that the current rows do not list.
    fn drop_unlisted_selection(&mut self) {
        if self.checked == Some(self.selected) {
            return;
        }
        if self.selected.is_some() && self.selected_position().is_none() {
            self.selected = None;
            self.revealed = None;
            self.purpose.clear();
            self.scroll_to_selected = false;
        }
        self.checked = Some(self.selected);
    }

    /// Forgets the rows (a new portfolio was opened).
    /// For a newly opened file: no rows, no selection, personal data masked again and
    /// a search that sees only what is shown (nothing carries over between files).
    pub(crate) fn reset(&mut self) {
        self.rows.clear();
        self.checked = None;
        self.rows_key = None;
        self.job = None;
        self.selected = None;
        self.revealed = None;
        self.purpose.clear();
        self.query.names_revealed = false;
    }

    /// Moves the selection by `delta` rows of the table.
    pub(crate) fn move_selection(&mut self, delta: i64) {
        if self.rows.is_empty() {
            return;
        }
        let at = self
            .selected
            .and_then(|s| self.rows.iter().position(|&r| r as usize == s));
        let next = match at {
            Some(k) => (k as i64 + delta).clamp(0, self.rows.len() as i64 - 1) as usize,
            None => 0,
        };
        self.selected = Some(self.rows[next] as usize);
        self.scroll_to_selected = true;
    }

    /// Position of the selection in the table.
    pub(crate) fn selected_position(&self) -> Option<usize> {
        let s = self.selected?;
        self.rows.iter().position(|&r| r as usize == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_moves_within_the_rows() {
        let mut t = TableState {
            rows: vec![5, 2, 9],
            ..TableState::default()
        };
        t.move_selection(1);
        assert_eq!(t.selected, Some(5)); // nothing selected: the first row
        t.move_selection(1);
        assert_eq!(t.selected, Some(2));
        assert_eq!(t.selected_position(), Some(1));
        t.move_selection(5);
        assert_eq!(t.selected, Some(9));
        t.move_selection(-10);
        assert_eq!(t.selected, Some(5));
        assert!(t.scroll_to_selected);
        t.rows.clear();
        t.move_selection(1);
        assert_eq!(t.selected, Some(5));
    }
}
