//! The frame around the views: menu, tabs, status bar.

use std::path::Path;

use crate::format::thousands;
use crate::ui::app::{Settings, file_name};
use crate::ui::command::{Command, Tab};
use crate::ui::menu::{self, MENUS};
use crate::ui::status::Status;
use crate::ui::table_state::TableState;
use crate::workbench::Workbench;

pub(crate) fn menu_and_tabs(
    ui: &mut egui::Ui,
    settings: &Settings,
    open: bool,
    out: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (title, items) in MENUS {
            ui.menu_button(menu::text(title), |ui| {
                for item in items {
                    let Some(m) = item else {
                        ui.separator();
                        continue;
                    };
                    if let Some(on) = m.checked(settings.dark) {
                        if ui.radio(on, m.label()).clicked() {
                            out.push(m.command());
                        }
                        continue;
                    }
                    let mut button = egui::Button::new(m.label());
                    if let Some(sc) = m.shortcut() {
                        button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
                    }
                    let mut r = ui.add_enabled(open || !m.needs_portfolio(), button);
                    if let Some(tip) = m.tooltip() {
                        r = r.on_hover_text(tip);
                    }
                    if r.clicked() {
                        out.push(m.command());
                    }
                }
            });
        }
    });
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let text = egui::RichText::new(tab.label()).size(16.0);
            if ui.selectable_label(settings.tab == tab, text).clicked() && settings.tab != tab {
                out.push(Command::SetTab(tab));
            }
        }
    });
    ui.add_space(2.0);
}

pub(crate) fn status_bar(
    ui: &mut egui::Ui,
    data: Option<&Workbench>,
    table: &TableState,
    loading: Option<(&Path, f32)>,
    status: &Status,
) {
    ui.horizontal(|ui| {
        if let Some(d) = data {
            let p = &d.portfolio;
            ui.label(file_name(&d.path))
                .on_hover_text(d.path.display().to_string());
            ui.separator();
            ui.label(format!(
                "{} applicants · {} booked accounts · as of {}",
                thousands(p.len() as f64),
                thousands(p.accounts.len() as f64),
                p.as_of
            ));
            ui.separator();
            ui.label(format!("{} rows shown", thousands(table.rows.len() as f64)));
            ui.separator();
        }
        if let Some((path, share)) = loading {
            ui.label(format!("loading {}", file_name(path)));
            ui.add(
                egui::ProgressBar::new(share)
                    .desired_width(160.0)
                    .show_percentage(),
            );
            ui.separator();
        }
        if status.is_error() {
            ui.colored_label(crate::ui::theme::palette(ui.ctx()).bad, &status.text);
        } else {
            ui.label(&status.text);
        }
    });
}

pub(crate) fn nothing_open(ui: &mut egui::Ui, loading: bool) {
    ui.vertical_centered(|ui| {
        ui.add_space(80.0);
        if loading {
            ui.heading("Opening the portfolio…");
            ui.spinner();
        } else {
            ui.heading("No portfolio is open");
            ui.label("Use File > Open… to open a portfolio file.");
        }
    });
}
