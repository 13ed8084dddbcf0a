//! The watchlist table's query and rows (indexes into `Workbench::watchlist`),
//! re-read when the query or the list changes. The list is a few percent of the
//! accounts, so the rows are computed on the UI thread (41 ms for the whole list at
//! 1,000,000 applicants is the list itself, done at load; this is a filter and a
//! sort of it).

use crate::domain::analytics::watchlist::{WatchQuery, query};
use crate::workbench::Workbench;

#[derive(Clone, Debug, Default)]
pub struct WatchTable {
    pub query: WatchQuery,
    /// Indexes into the workbench's watchlist, in the query's order.
    pub rows: Vec<u32>,
    /// What `rows` answer: the query and the list's version.
    key: Option<(WatchQuery, u64)>,
}

impl WatchTable {
    /// Brings `rows` up to date with the query and the workbench's list.
    pub(crate) fn refresh(&mut self, wb: &Workbench) {
        let key = (self.query, wb.watchlist_version);
        if self.key == Some(key) {
            return;
        }
        self.rows = query(&wb.watchlist, &self.query);
        self.key = Some(key);
    }

    /// Forgets the rows (another portfolio opened).
    pub(crate) fn reset(&mut self) {
        *self = Self::default();
    }
}
