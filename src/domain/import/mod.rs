//! Importing a lender's extract (issue 16): the map (`map`), cells and dates as
//! extracts write them (`cells`, `dates`) and the dry run that reads every row under
//! the map (`check`), accounts and their month-ends (`history`). Pure: the store reads the files and hands over their rows.

pub mod book;
pub mod cells;
pub mod check;
pub mod collect;
pub mod dates;
pub mod error;
pub mod history;
pub mod map;
pub mod outcomes;
pub mod suggest;

#[cfg(test)]
mod tests;
