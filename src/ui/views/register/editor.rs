//! The risk editor: every field of a risk, its ratings and band as they change, its
//! action plans, and the reason the save needs (it goes into the audit log).

use super::super::ViewCtx;
use super::super::kris::reason_and_buttons;
use crate::domain::analytics::kri::Kri;
use crate::domain::register::{ActionPlan, Category, RiskStatus};
use crate::i18n::Arg;
use crate::ui::command::{Command, RegisterCommand as C};
use crate::ui::register_state::RiskDraft;
use crate::ui::theme;
use crate::workbench::words;

pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, draft: &RiskDraft) {
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let mut next = draft.clone();
    let bands = v.wb.register.bands;
    // The reason and Save stay in sight below the fields, which scroll.
    let fields_height = (ui.available_height() - 72.0).max(120.0);
    egui::ScrollArea::vertical()
        .max_height(fields_height)
        .show(ui, |ui| {
            ui.heading(if draft.new {
                v.t_with("register-new-title", &[("id", Arg::Text(&draft.risk.id))])
            } else {
                v.t_with("register-edit-title", &[("id", Arg::Text(&draft.risk.id))])
            });
            let r = &mut next.risk;
            let text_row = |ui: &mut egui::Ui, label: String, value: &mut String, lines: usize| {
                let l = ui.label(label);
                let edit = if lines > 1 {
                    egui::TextEdit::multiline(value).desired_rows(lines)
                } else {
                    egui::TextEdit::singleline(value)
                };
                ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id);
            };
            text_row(ui, v.t("register-col-title"), &mut r.title, 1);
            ui.horizontal(|ui| {
                ui.label(v.t("register-col-category"));
                egui::ComboBox::from_id_salt("risk-category")
                    .selected_text(words::category(lang, r.category))
                    .show_ui(ui, |ui| {
                        for c in Category::ALL {
                            ui.selectable_value(&mut r.category, c, words::category(lang, c));
                        }
                    });
                ui.label(v.t("register-col-status"));
                egui::ComboBox::from_id_salt("risk-status")
                    .selected_text(words::risk_status(lang, r.status))
                    .show_ui(ui, |ui| {
                        for s in RiskStatus::ALL {
                            ui.selectable_value(&mut r.status, s, words::risk_status(lang, s));
                        }
                    });
            });
            text_row(ui, v.t("register-col-owner"), &mut r.owner, 1);
            text_row(ui, v.t("register-description"), &mut r.description, 2);
            egui::Grid::new("risk-ratings")
                .num_columns(3)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label("");
                    ui.strong(v.t("register-likelihood"));
                    ui.strong(v.t("register-impact"));
                    ui.end_row();
                    ui.label(v.t("register-inherent"));
                    ui.add(egui::Slider::new(&mut r.likelihood, 1..=5));
                    ui.add(egui::Slider::new(&mut r.impact, 1..=5));
                    ui.end_row();
                    ui.label(v.t("register-residual"));
                    ui.add(egui::Slider::new(&mut r.residual_likelihood, 1..=5));
                    ui.add(egui::Slider::new(&mut r.residual_impact, 1..=5));
                    ui.end_row();
                    ui.label(v.t("register-target"));
                    ui.add(egui::Slider::new(&mut r.target_rating, 1..=25));
                    ui.end_row();
                });
            ui.label(v.t_with(
                "register-rating-line",
                &[
                    ("rating", Arg::Number(f64::from(r.rating()))),
                    (
                        "band",
                        Arg::Text(&words::band(lang, bands.band(r.rating()))),
                    ),
                    ("residual", Arg::Number(f64::from(r.residual_rating()))),
                    (
                        "residual_band",
                        Arg::Text(&words::band(lang, bands.band(r.residual_rating()))),
                    ),
                    ("target", Arg::Number(f64::from(r.target_rating))),
                ],
            ));
            if r.above_appetite() {
                ui.label(egui::RichText::new(v.t("register-above-target")).color(pal.bad));
            }
            text_row(ui, v.t("register-controls"), &mut r.controls, 3);
            ui.label(v.t("register-kris"));
            ui.horizontal_wrapped(|ui| {
                for k in Kri::DISPLAY {
                    let mut on = r.kris.contains(&k);
                    if ui.checkbox(&mut on, words::kri(lang, k)).changed() {
                        if on {
                            r.kris.push(k);
                            r.kris.sort_by_key(|k| k.index());
                        } else {
                            r.kris.retain(|x| *x != k);
                        }
                    }
                }
            });
            ui.horizontal(|ui| {
                let l = ui.label(v.t("register-col-review"));
                ui.add(
                    egui::TextEdit::singleline(&mut r.review_date)
                        .hint_text("2026-12-31")
                        .desired_width(100.0),
                )
                .labelled_by(l.id);
            });
            ui.strong(v.t("register-actions"));
            let mut remove = None;
            for (k, a) in r.actions.iter_mut().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut a.action)
                            .hint_text(v.t("register-action-hint"))
                            .desired_width(200.0),
                    );
                    ui.add(
                        egui::TextEdit::singleline(&mut a.owner)
                            .hint_text(v.t("register-col-owner"))
                            .desired_width(110.0),
                    );
                    ui.add(
                        egui::TextEdit::singleline(&mut a.due)
                            .hint_text("2026-12-31")
                            .desired_width(90.0),
                    );
                    ui.checkbox(&mut a.done, v.t("register-action-done"));
                    if ui
                        .small_button("×")
                        .on_hover_text(v.t("register-action-remove"))
                        .clicked()
                    {
                        remove = Some(k);
                    }
                });
            }
            if let Some(k) = remove {
                r.actions.remove(k);
            }
            if ui.button(v.t("register-action-add")).clicked() {
                r.actions.push(ActionPlan {
                    action: String::new(),
                    owner: r.owner.clone(),
                    due: v.wb.portfolio.as_of.clone(),
                    done: false,
                });
            }
        });
    ui.separator();
    reason_and_buttons(
        ui,
        lang,
        &mut next.reason,
        draft.error.as_deref(),
        v.out,
        C::Save,
        C::Cancel,
    );
    if &next != draft {
        next.error = None;
        v.out.push(Command::Register(C::SetDraft(Box::new(next))));
    }
}
