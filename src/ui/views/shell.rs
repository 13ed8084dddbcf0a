//! The frame around the views: menu, tabs, status bar.

use std::path::Path;

use crate::format::file_name;
use crate::format::{count, thousands};
use crate::ui::command::{Command, Tab};
use crate::i18n::{self, Arg, Language};
use crate::ui::menu::MENUS;
use crate::ui::settings::Settings;
use crate::ui::status::Status;
use crate::ui::table_state::TableState;
use crate::workbench::Workbench;

pub(crate) fn menu_and_tabs(
    ui: &mut egui::Ui,
    settings: &Settings,
    lang: Language,
    open: bool,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    egui::MenuBar::new().ui(ui, |ui| {
        for (title, items) in MENUS {
            ui.menu_button(t(title), |ui| {
                for item in items {
                    let Some(m) = item else {
                        ui.separator();
                        continue;
                    };
                    if let Some(on) = m.checked(settings.dark, lang) {
                        let mut r = ui.radio(on, m.label(lang));
                        if let Some(tip) = m.tooltip(lang) {
                            r = r.on_hover_text(tip);
                        }
                        if r.clicked() {
                            out.push(m.command());
                        }
                        continue;
                    }
                    let mut button = egui::Button::new(m.label(lang));
                    if let Some(sc) = m.shortcut() {
                        button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
                    }
                    let mut r = ui.add_enabled(open || !m.needs_portfolio(), button);
                    if let Some(tip) = m.tooltip(lang) {
                        r = r.on_hover_text(tip);
                    }
                    if r.clicked() {
                        out.push(m.command_at(ui.ctx().zoom_factor()));
                    }
                }
                if title == "menu-view" {
                    let percent = format!("{:.0}", ui.ctx().zoom_factor() * 100.0);
                    ui.label(i18n::text_with(
                        lang,
                        "menu-zoom",
                        &[("percent", Arg::Text(&percent))],
                    ));
                    ui.separator();
                    let label = ui.label(t("menu-display-name"));
                    let mut name = settings.display_name.clone().unwrap_or_default();
                    if ui
                        .add(
                            egui::TextEdit::singleline(&mut name)
                                .hint_text(t("menu-display-name-hint"))
                                .desired_width(180.0),
                        )
                        .labelled_by(label.id)
                        .changed()
                    {
                        out.push(Command::SetDisplayName(name));
                    }
                }
            });
        }
    });
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let text = egui::RichText::new(tab.label(lang)).size(16.0);
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
            audit_badge(ui, d);
            ui.separator();
            ui.label(format!(
                "{} applicants · {} booked accounts · as of {}",
                thousands(p.len() as f64),
                thousands(p.accounts.len() as f64),
                p.as_of
            ));
            ui.separator();
            ui.label(format!("{} shown", count(table.rows.len(), "row", "rows")));
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

pub(crate) fn nothing_open(ui: &mut egui::Ui, loading: bool, out: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(80.0);
        if loading {
            ui.heading("Opening the portfolio…");
            ui.spinner();
        } else {
            ui.heading("No portfolio is open");
            ui.label("Open a portfolio file (riskdesk generate writes one).");
            if ui.button("Open…").clicked() {
                out.push(Command::OpenDialog);
            }
            if ui
                .button("Open by path…")
                .on_hover_text("type the file's path: for a desktop without a file dialog")
                .clicked()
            {
                out.push(Command::AskOpenPath);
            }
        }
    });
}

/// "audit log: N entries, intact" (the head hash on hover, to record outside the
/// file), or the first break in the error colour.
fn audit_badge(ui: &mut egui::Ui, d: &Workbench) {
    let pal = crate::ui::theme::palette(ui.ctx());
    match &d.audit_check {
        Some(c) if c.intact() => {
            let short: String = c.head.chars().take(12).collect();
            ui.label(format!("audit log: {} entries, intact", c.entries))
                .on_hover_text(format!(
                    "Head {}\nRecord it outside the file: `riskdesk audit verify --head HASH` later proves that nothing before it was changed, even by someone who recomputed the chain.{}",
                    if c.head.is_empty() { "(empty log)".to_string() } else { format!("{short}… ({})", c.head) },
                    c.unprotected_through.map_or(String::new(), |n| format!(
                        "\nEntries 1–{n} were written before the log was chained (an upgrade from schema version 1) and were not protected before it."
                    ))
                ));
        }
        Some(c) => {
            let text = c
                .broken
                .map_or_else(|| "not intact".to_string(), |b| b.describe());
            ui.colored_label(pal.bad, format!("audit log NOT intact: {text}"));
        }
        None => {
            ui.colored_label(pal.bad, "audit log: cannot be read");
        }
    }
}

/// A red banner over the views when the audit log is not intact.
pub(crate) fn audit_banner(ui: &mut egui::Ui, d: &Workbench) {
    let Some(b) = d.audit_check.as_ref().and_then(|c| c.broken) else {
        return;
    };
    let pal = crate::ui::theme::palette(ui.ctx());
    ui.add_space(2.0);
    ui.colored_label(
        pal.bad,
        egui::RichText::new(format!(
            "The audit log of this file is not intact: {}. Entries from there on cannot be trusted; compare with a copy or an anchor recorded earlier (riskdesk audit verify --head HASH).",
            b.describe()
        ))
        .strong(),
    );
    ui.add_space(2.0);
}
