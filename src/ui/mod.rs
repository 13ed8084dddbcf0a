//! egui only: the workbench window.

mod app;
pub mod headless;

pub use app::RiskdeskApp;

use std::path::PathBuf;

/// Opens the workbench window on `db`.
pub fn run_window(db: PathBuf) -> Result<(), String> {
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
