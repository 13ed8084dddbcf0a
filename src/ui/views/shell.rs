//! The frame around the views: menu, tabs, status bar.

use std::path::Path;

use crate::format::file_name;
use crate::format::thousands;
use crate::i18n::{self, Arg, Language};
use crate::ui::command::{Command, Tab};
use crate::ui::menu::MENUS;
use crate::ui::settings::Settings;
use crate::ui::status::Status;
use crate::ui::table_state::TableState;
use crate::workbench::{Workbench, words};

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
    lang: Language,
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
            audit_badge(ui, lang, d);
            ui.separator();
            ui.label(i18n::text_with(
                lang,
                "status-portfolio",
                &[
                    ("applicants", Arg::Text(&thousands(p.len() as f64))),
                    ("accounts", Arg::Text(&words::booked(lang, p))),
                    ("date", Arg::Text(&p.as_of)),
                ],
            ));
            ui.separator();
            let n = table.rows.len();
            ui.label(i18n::text_with(
                lang,
                "status-rows-shown",
                &[
                    ("n", Arg::Number(n as f64)),
                    ("shown", Arg::Text(&thousands(n as f64))),
                ],
            ));
            ui.separator();
        }
        if let Some((path, share)) = loading {
            let name = file_name(path);
            ui.label(i18n::text_with(
                lang,
                "status-loading",
                &[("file", Arg::Text(&name))],
            ));
            ui.add(
                egui::ProgressBar::new(share)
                    .desired_width(160.0)
                    .show_percentage(),
            );
            ui.separator();
        }
        // A long message ends in "…" at the window's edge, whole on hover.
        let text = if status.is_error() {
            egui::RichText::new(&status.text).color(crate::ui::theme::palette(ui.ctx()).bad)
        } else {
            egui::RichText::new(&status.text)
        };
        ui.add(egui::Label::new(text).truncate())
            .on_hover_text(&status.text);
    });
}

pub(crate) fn nothing_open(
    ui: &mut egui::Ui,
    lang: Language,
    loading: bool,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    ui.vertical_centered(|ui| {
        ui.add_space(80.0);
        if loading {
            ui.heading(t("nothing-open-loading"));
            ui.spinner();
        } else {
            ui.heading(t("nothing-open"));
            ui.label(t("nothing-open-hint"));
            if ui.button(t("menu-open")).clicked() {
                out.push(Command::OpenDialog);
            }
            if ui
                .button(t("menu-open-path"))
                .on_hover_text(t("menu-open-path-tip"))
                .clicked()
            {
                out.push(Command::AskOpenPath);
            }
        }
    });
}

/// An imported portfolio with no scorecard yet: what it holds, and the two commands
/// that give it one (every view reads the score, so none is shown until then).
pub(crate) fn no_scorecard(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    let t = |id: &str| i18n::text(lang, id);
    let p = &d.portfolio;
    let path = d.path.display().to_string();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(24.0);
        ui.heading(t("no-card-title"));
        ui.label(i18n::text_with(
            lang,
            "no-card-holds",
            &[
                ("name", Arg::Text(&p.name)),
                ("applicants", Arg::Text(&thousands(p.len() as f64))),
                (
                    "characteristics",
                    Arg::Text(&thousands(p.registry.scorable().count() as f64)),
                ),
                (
                    "outcomes",
                    Arg::Text(&thousands(
                        p.derived.mature.iter().filter(|&&m| m).count() as f64
                    )),
                ),
                ("definition", Arg::Text(&words::outcome_definition(lang, p))),
            ],
        ));
        if let Some(line) = words::rules_not_applicable(lang, p) {
            ui.label(line);
        }
        ui.add_space(8.0);
        ui.label(t("no-card-how"));
        let quoted = if path.contains(' ') {
            format!("\"{path}\"")
        } else {
            path.clone()
        };
        for command in [
            format!("riskdesk scorecard fit --db {quoted} --out card.json"),
            format!("riskdesk scorecard install --db {quoted} --card card.json --reason \"…\""),
        ] {
            ui.horizontal(|ui| {
                ui.add(
                    egui::Label::new(egui::RichText::new(&command).monospace()).selectable(true),
                );
                if ui.small_button(t("no-card-copy")).clicked() {
                    ui.ctx().copy_text(command.clone());
                }
            });
        }
        ui.label(t("no-card-then"));
    });
}

/// "audit log: N entries, intact" (the head hash on hover, to record outside the
/// file), or the first break in the error colour.
pub(crate) fn audit_badge(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    let pal = crate::ui::theme::palette(ui.ctx());
    let t = |id: &str| i18n::text(lang, id);
    match &d.audit_check {
        Some(c) if c.intact() => {
            let short: String = c.head.chars().take(12).collect();
            let head = if c.head.is_empty() {
                t("status-audit-empty-log")
            } else {
                format!("{short}… ({})", c.head)
            };
            let mut tip = i18n::text_with(lang, "audit-head-tip", &[("head", Arg::Text(&head))]);
            if let Some(n) = c.unprotected_through {
                tip.push('\n');
                tip.push_str(&i18n::text_with(
                    lang,
                    "audit-unprotected",
                    &[("last", Arg::Text(&n.to_string()))],
                ));
            }
            ui.label(i18n::text_with(
                lang,
                "status-audit-intact",
                &[
                    ("n", Arg::Number(c.entries as f64)),
                    ("entries", Arg::Text(&thousands(c.entries as f64))),
                ],
            ))
            .on_hover_text(tip);
        }
        Some(c) => {
            let text = c.broken.map_or_else(
                || t("status-audit-not-intact"),
                |b| words::audit_break(lang, b),
            );
            ui.colored_label(
                pal.bad,
                i18n::text_with(
                    lang,
                    "audit-not-intact-badge",
                    &[("what", Arg::Text(&text))],
                ),
            );
        }
        None => {
            ui.colored_label(pal.bad, t("audit-unreadable"));
        }
    }
}

/// A red banner over the views when the audit log is not intact.
pub(crate) fn audit_banner(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    let Some(b) = d.audit_check.as_ref().and_then(|c| c.broken) else {
        return;
    };
    let pal = crate::ui::theme::palette(ui.ctx());
    ui.add_space(2.0);
    ui.colored_label(
        pal.bad,
        egui::RichText::new(i18n::text_with(
            lang,
            "audit-banner",
            &[("what", Arg::Text(&words::audit_break(lang, b)))],
        ))
        .strong(),
    );
    ui.add_space(2.0);
}
