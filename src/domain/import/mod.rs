//! Importing a lender's extract (issue 16): the map (`map`), cells and dates as
//! extracts write them (`cells`, `dates`), the dry run that reads every row of the
//! applicants under the map (`check`, `outcomes`), the accounts (`accounts`), their
//! month-ends (`performance`), how given outcomes compare with them
//! (`disagreements`), what stops an import (`error`) and the book it lays out
//! (`book`). Pure: the store reads the files and hands over their rows.

pub mod accounts;
pub mod book;
pub mod cells;
pub mod check;
pub mod collect;
pub mod dates;
pub mod disagreements;
pub mod error;
pub mod map;
pub mod outcomes;
pub mod performance;
pub mod suggest;

#[cfg(test)]
mod tests;
