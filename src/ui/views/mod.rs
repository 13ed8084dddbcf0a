//! One module per view. Views read state and push `Command`s; they do not compute.
//! Every view takes the same context, [`ViewCtx`].

pub(crate) mod applicant_detail;
pub(crate) mod applicants;
pub(crate) mod charts;
pub(crate) mod overview;
pub(crate) mod policy_lab;
pub(crate) mod prompts;
pub(crate) mod shell;

use super::command::Command;
use super::table_state::TableState;
use crate::workbench::Workbench;

/// What a view reads and where it sends what it asks for.
pub(crate) struct ViewCtx<'a> {
    /// The opened portfolio and its figures.
    pub wb: &'a Workbench,
    /// The applicant table's rows, selection and masking.
    pub table: &'a TableState,
    /// The commands asked for while drawing, applied after the view.
    pub out: &'a mut Vec<Command>,
}
