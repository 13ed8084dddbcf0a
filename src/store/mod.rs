//! SQLite only: schema and migrations, checks of opened files, loading into the
//! domain, saved policies, the audit log, the sample generator.

pub mod audit;
mod cell;
pub(crate) mod check;
pub(crate) mod columns;
pub(crate) mod csv_table;
pub(crate) mod dates;
pub mod digest;
pub(crate) mod error;
pub mod extract;
pub mod generator;
pub mod import_write;
pub(crate) mod load;
mod load_accounts;
mod load_orders;
mod migrations;
pub(crate) mod open;
pub mod policies;
pub mod register;
pub mod scenarios;
pub mod schema;
pub mod scorecard_table;
pub mod who;
pub mod write;
pub mod write_register;

pub use error::StoreError;
pub use open::{Opened, open, open_with_progress};
