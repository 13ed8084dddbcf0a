//! One module per view. Views read state and push `Command`s; they do not compute.
//! Every view takes the same context, [`ViewCtx`].

pub(crate) mod applicant_detail;
pub(crate) mod applicants;
pub(crate) mod charts;
pub(crate) mod compliance;
pub(crate) mod import_wizard;
pub(crate) mod kris;
pub(crate) mod overview;
pub(crate) mod policy_lab;
pub(crate) mod prompts;
pub(crate) mod register;
pub(crate) mod repayment_history;
pub(crate) mod shell;
pub(crate) mod stress;
pub(crate) mod watchlist;

use super::command::Command;
use super::table_state::TableState;
use crate::i18n::{self, Arg, Language};
use crate::workbench::Workbench;

/// What a view reads and where it sends what it asks for.
pub(crate) struct ViewCtx<'a> {
    /// The opened portfolio and its figures.
    pub wb: &'a Workbench,
    /// The applicant table's rows, selection and masking.
    pub table: &'a TableState,
    /// The watchlist table's query and rows.
    pub watch: &'a crate::ui::watch_table::WatchTable,
    /// The KRIs and Register tabs' selection and drafts.
    pub reg: &'a crate::ui::register_state::RegisterUi,
    /// The language of the interface.
    pub lang: Language,
    /// The commands asked for while drawing, applied after the view.
    pub out: &'a mut Vec<Command>,
}

impl ViewCtx<'_> {
    /// The interface's text `id` (assets/i18n/*/window.ftl).
    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id)
    }

    /// The interface's text `id` with arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        i18n::text_with(self.lang, id, args)
    }
}
