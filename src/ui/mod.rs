//! egui only: the workbench window. Views read state and emit commands; the app
//! applies them (app.rs); figures and writes come through `crate::workbench`.
//!
//! Rendering without eframe (tests, screenshots): build the app on an opened file
//! and draw whole frames into any `Ui`; personal data is masked unless revealed.
//! ```no_run
//! # use riskdesk::ui::{RiskdeskApp, Settings, Tab};
//! let wb = riskdesk::workbench::Workbench::open(std::path::Path::new("sample.db"), None, &|_| {}).unwrap();
//! let mut app = RiskdeskApp::with_workbench(wb, Settings { tab: Tab::Applicants, ..Settings::default() });
//! app.select_applicant(42);
//! app.set_dark(true);
//! // egui_kittest: Harness::builder().with_size([1280.0, 800.0])
//! //     .build_ui_state(|ui, app: &mut RiskdeskApp| app.ui_frame(ui), app)
//! ```

mod app;
pub(crate) mod command;
pub mod dialogs;
mod export;
pub mod headless;
pub(crate) mod import_wizard;
pub(crate) mod jobs;
pub(crate) mod menu;
pub mod register_state;
pub(crate) mod settings;
pub(crate) mod status;
pub(crate) mod table_state;
pub(crate) mod theme;
pub(crate) mod views;
pub(crate) mod watch_table;
mod widgets;

pub use app::{RiskdeskApp, Settings};
pub use command::{Command, RegisterCommand, Tab};

use std::path::PathBuf;

/// Opens the workbench window on `db` (without it, see `app::startup_file`). The
/// smallest supported size is 1100 × 700; the window cannot be made smaller.
pub(crate) fn run_window(
    db: Option<PathBuf>,
    lang: Option<crate::i18n::Language>,
    rules: Option<crate::workbench::compliance::RulesFile>,
) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Riskdesk")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([1100.0, 700.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Riskdesk",
        options,
        Box::new(move |cc| {
            let mut app = RiskdeskApp::new(cc, db, lang);
            app.set_rules(rules);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("cannot open a window: {e}"))
}
