//! Riskdesk: an offline desktop workbench for consumer-credit risk officers.
//!
//! Layers, dependencies pointing one way: `domain` (pure computation), `store`
//! (SQLite), `ui` (egui); `cli` parses the command line and calls them.

pub mod cli;
pub mod domain;
pub mod format;
pub mod i18n;
pub mod out_file;
pub mod store;
pub mod ui;
pub mod workbench;
