//! egui only: the workbench window. Views read state and emit commands; the app
//! applies them (app.rs); figures come from the domain through `state::Data`.

mod app;
pub mod command;
mod export;
pub mod headless;
pub mod jobs;
pub mod state;
pub mod table_state;
pub mod theme;
pub mod views;
mod widgets;

pub use app::{RiskdeskApp, Settings};
pub use command::{Command, Tab};

use std::path::PathBuf;

/// Opens the workbench window on `db` (or the last file, or ./sample.db).
pub fn run_window(db: Option<PathBuf>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Riskdesk")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([900.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Riskdesk",
        options,
        Box::new(move |cc| Ok(Box::new(RiskdeskApp::new(cc, db)))),
    )
    .map_err(|e| format!("cannot open a window: {e}"))
}
