//! Saving the challenger with a reason, the saved policies (load, versions) and the
//! confirmed change of the policy in force.

use egui::RichText;

use super::LabForm;
use crate::domain::policy::Policy;
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

/// The save form, the saved policies and the confirmation that makes one the
/// champion; `p` is the challenger as the sliders left it.
pub(super) fn save_and_saved(
    ui: &mut egui::Ui,
    lang: Language,
    d: &Workbench,
    p: &Policy,
    form: &mut LabForm,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    widgets::section(ui, &t("lab-save"));
    ui.horizontal(|ui| {
        let label = ui.label(t("lab-name"));
        ui.add(
            egui::TextEdit::singleline(&mut form.name)
                .hint_text(&p.name)
                .desired_width(200.0),
        )
        .labelled_by(label.id);
    });
    let label = ui.label(t("lab-reason"));
    ui.add(
        egui::TextEdit::multiline(&mut form.reason)
            .hint_text(t("lab-reason-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let reason_given = !form.reason.trim().is_empty();
    let save = ui
        .add_enabled(reason_given, egui::Button::new(t("lab-save-policy")))
        .on_disabled_hover_text(t("lab-reason-first"));
    if !reason_given {
        ui.label(RichText::new(t("lab-reason-required")).color(theme::palette(ui.ctx()).muted));
    }
    if save.clicked() {
        let mut policy = p.clone();
        if !form.name.trim().is_empty() {
            policy.name = form.name.trim().to_string();
        }
        out.push(Command::SavePolicy {
            policy,
            reason: form.reason.clone(),
        });
    }

    widgets::section(ui, &t("lab-saved-policies"));
    egui::Grid::new("saved")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for s in &d.policies {
                let champion = if s.is_champion {
                    t("lab-champion-mark")
                } else {
                    String::new()
                };
                // Versions of a name: each save is kept. What changed from the
                // version before is worked out only while the label is hovered.
                ui.label(format!("{} v{}{champion}", s.policy.name, s.version))
                    .on_hover_ui(|ui| {
                        ui.label(i18n::text_with(
                            lang,
                            "lab-saved-by",
                            &[
                                ("at", Arg::Text(&s.created_at)),
                                ("by", Arg::Text(&s.created_by)),
                                ("reason", Arg::Text(&s.reason)),
                            ],
                        ));
                        let earlier = d
                            .policies
                            .iter()
                            .find(|o| o.policy.name == s.policy.name && o.version == s.version - 1);
                        if let Some(e) = earlier {
                            let c = s.policy.changes_from(&e.policy);
                            let version = e.version.to_string();
                            ui.label(if c.is_empty() {
                                i18n::text_with(
                                    lang,
                                    "lab-same-as",
                                    &[("version", Arg::Text(&version))],
                                )
                            } else {
                                i18n::text_with(
                                    lang,
                                    "lab-changes-from",
                                    &[
                                        ("version", Arg::Text(&version)),
                                        ("changes", Arg::Text(&c.join("; "))),
                                    ],
                                )
                            });
                        }
                    });
                if ui.small_button(t("lab-load")).clicked() {
                    out.push(Command::LoadPolicy(s.id));
                }
                if !s.is_champion
                    && ui
                        .small_button(t("lab-make-champion"))
                        .on_hover_text(t("lab-make-champion-tip"))
                        .clicked()
                {
                    form.pending_champion = Some(s.id);
                }
                ui.end_row();
            }
        });
    // The policy in force changes only after a confirmation that says what changes.
    let pending = form
        .pending_champion
        .and_then(|id| d.policies.iter().find(|s| s.id == id));
    if let Some(s) = pending {
        let changes = s.policy.changes_from(&d.champion.policy);
        ui.add_space(theme::GAP / 2.0);
        ui.group(|ui| {
            ui.strong(i18n::text_with(
                lang,
                "lab-confirm-question",
                &[
                    (
                        "policy",
                        Arg::Text(&format!("{} v{}", s.policy.name, s.version)),
                    ),
                    ("champion", Arg::Text(&d.champion.policy.name)),
                ],
            ));
            if changes.is_empty() {
                ui.label(t("lab-confirm-same"));
            } else {
                ui.label(i18n::text_with(
                    lang,
                    "lab-confirm-changes",
                    &[("changes", Arg::Text(&changes.join("; ")))],
                ));
            }
            let reason = form.reason.trim().to_string();
            if reason.is_empty() {
                ui.colored_label(theme::palette(ui.ctx()).bad, t("lab-confirm-reason-first"));
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!reason.is_empty(), egui::Button::new(t("lab-confirm")))
                    .clicked()
                {
                    out.push(Command::MakeChampion {
                        id: s.id,
                        reason: form.reason.clone(),
                    });
                    form.pending_champion = None;
                }
                if ui.button(t("cancel")).clicked() {
                    form.pending_champion = None;
                }
            });
        });
    }
}
