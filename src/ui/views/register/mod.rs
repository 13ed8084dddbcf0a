//! The Register tab: the heat map of the risks (inherent → residual), the selected
//! risk with its indicators' trends, the sortable list, and the editors (a risk, the
//! rating bands), each saved with a reason into the audit log.

mod editor;
mod heat_map;

use super::ViewCtx;
use super::kris::{reason_and_buttons, shown, sparkline};
use crate::domain::analytics::kri::Status;
use crate::domain::register::sort::{RiskColumn, order};
use crate::domain::register::{Band, Risk};
use crate::i18n::Arg;
use crate::ui::command::{Command, RegisterCommand as C};
use crate::ui::register_state::BandsDraft;
use crate::ui::theme;
use crate::workbench::words;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    if let Some(draft) = v.reg.draft.clone() {
        let width = (ui.available_width() * 0.42).clamp(400.0, 640.0);
        egui::Panel::right("risk-editor")
            .default_size(width)
            .resizable(true)
            .show(ui, |ui| editor::show(ui, v, &draft));
    }
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| body(ui, v));
    });
}

fn body(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let pal = theme::palette(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.heading(v.t_with("register-title", &[("date", Arg::Text(&d.portfolio.as_of))]));
        if ui.button(v.t("register-new")).clicked() {
            v.out.push(Command::Register(C::Edit(None)));
        }
        if ui.button(v.t("register-bands")).clicked() {
            v.out.push(Command::Register(C::EditBands));
        }
        if ui
            .add_enabled(
                !d.register.risks.is_empty(),
                egui::Button::new(v.t("register-export")),
            )
            .clicked()
        {
            v.out.push(Command::Register(C::Export));
        }
    });
    ui.label(egui::RichText::new(v.t("register-intro")).color(pal.muted));
    if let Some(b) = v.reg.bands.clone() {
        bands_editor(ui, v, &b);
    }
    if d.register.risks.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(v.t("register-empty"));
        return;
    }
    // The map leaves room for the list's first rows below it in a low window.
    let side = (ui.available_width() * 0.42)
        .min(ui.available_height() * 0.55)
        .clamp(230.0, 380.0);
    // The selected risk beside the map where there is room for it, else below.
    if ui.available_width() >= side + 34.0 + 380.0 {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                heat_map::show(ui, v, side);
                legend(ui, v);
            });
            ui.vertical(|ui| selected(ui, v));
        });
    } else {
        heat_map::show(ui, v, side);
        legend(ui, v);
        ui.add_space(theme::GAP / 2.0);
        selected(ui, v);
    }
    ui.add_space(theme::GAP);
    list(ui, v);
}

fn legend(ui: &mut egui::Ui, v: &ViewCtx<'_>) {
    let pal = theme::palette(ui.ctx());
    let lang = v.lang;
    let b = v.wb.register.bands;
    ui.horizontal_wrapped(|ui| {
        for band in Band::ALL {
            let (lo, hi) = b.range(band);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, heat_map::band_fill(&pal, band));
            ui.label(format!("{} {lo}–{hi}", words::band(lang, band)));
        }
    });
    ui.label(egui::RichText::new(v.t("register-legend")).color(pal.muted));
}

/// The selected risk: what it is, its ratings, its indicators now and their trend,
/// its controls and action plans, what is overdue.
fn selected(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let as_of = &d.portfolio.as_of;
    let Some(r) = focus(v) else {
        ui.label(egui::RichText::new(v.t("register-select-hint")).color(pal.muted));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{} · {}", r.id, r.title));
        if ui.button(v.t("register-edit")).clicked() {
            v.out.push(Command::Register(C::Edit(Some(r.id.clone()))));
        }
    });
    let b = d.register.bands;
    ui.label(v.t_with(
        "register-selected-line",
        &[
            ("category", Arg::Text(&words::category(lang, r.category))),
            ("owner", Arg::Text(&r.owner)),
            ("status", Arg::Text(&words::risk_status(lang, r.status))),
        ],
    ));
    ui.label(v.t_with(
        "register-rating-line",
        &[
            ("rating", Arg::Number(f64::from(r.rating()))),
            ("band", Arg::Text(&words::band(lang, b.band(r.rating())))),
            ("residual", Arg::Number(f64::from(r.residual_rating()))),
            (
                "residual_band",
                Arg::Text(&words::band(lang, b.band(r.residual_rating()))),
            ),
            ("target", Arg::Number(f64::from(r.target_rating))),
        ],
    ));
    if r.above_appetite() {
        ui.label(egui::RichText::new(v.t("register-above-target")).color(pal.bad));
    }
    if !r.description.is_empty() {
        ui.label(&r.description);
    }
    if r.review_overdue(as_of) {
        ui.label(
            egui::RichText::new(v.t_with(
                "register-review-overdue",
                &[("date", Arg::Text(&r.review_date))],
            ))
            .color(pal.bad),
        );
    } else {
        ui.label(v.t_with("register-review-on", &[("date", Arg::Text(&r.review_date))]));
    }
    if !r.controls.is_empty() {
        ui.label(v.t_with(
            "register-controls-line",
            &[("controls", Arg::Text(&r.controls))],
        ));
    }
    if r.kris.is_empty() {
        ui.label(egui::RichText::new(v.t("register-no-kris")).color(pal.muted));
    }
    for &k in &r.kris {
        let (value, status) = d.kri_now(k);
        ui.horizontal(|ui| {
            let colour = theme::status_colour(&pal, status);
            if ui
                .link(words::kri(lang, k))
                .on_hover_text(words::history_hint(lang))
                .clicked()
            {
                v.out.push(Command::OpenKri(k));
            }
            ui.label(shown(k, value));
            ui.label(
                egui::RichText::new(format!("● {}", words::status(lang, status))).color(colour),
            );
            let values: Vec<f64> = d.analytics.kris.monthly(k).iter().map(|p| p.1).collect();
            sparkline(ui, &values, colour);
        });
    }
    for a in &r.actions {
        let overdue = !a.done && a.due.as_str() < as_of.as_str();
        let line = v.t_with(
            if a.done {
                "register-action-line-done"
            } else {
                "register-action-line"
            },
            &[
                ("action", Arg::Text(&a.action)),
                ("owner", Arg::Text(&a.owner)),
                ("due", Arg::Text(&a.due)),
            ],
        );
        let text = egui::RichText::new(if overdue {
            format!("{line} — {}", v.t("register-overdue"))
        } else {
            line
        });
        ui.label(if overdue { text.color(pal.bad) } else { text });
    }
}

/// The risk the card shows: the one selected, else the first whose indicator is at
/// watch or breach, else the highest residual rating.
fn focus<'a>(v: &ViewCtx<'a>) -> Option<&'a Risk> {
    let d = v.wb;
    let risks = &d.register.risks;
    if let Some(id) = v.reg.selected.as_deref() {
        return d.register.get(id);
    }
    risks
        .iter()
        .filter(|r| r.status != crate::domain::register::RiskStatus::Closed)
        .max_by_key(|r| {
            (
                d.risk_kri_status(r) >= Status::Watch,
                r.residual_rating(),
                std::cmp::Reverse(r.id.clone()),
            )
        })
}

/// A column header that sorts the list (again: the other way).
fn header(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, col: RiskColumn, id: &str) {
    let arrow = if v.reg.sort == col {
        if v.reg.descending { " ▼" } else { " ▲" }
    } else {
        ""
    };
    if ui
        .add(
            egui::Button::new(egui::RichText::new(format!("{}{arrow}", v.t(id))).strong())
                .frame(false),
        )
        .clicked()
    {
        v.out.push(Command::Register(C::Sort(col)));
    }
}

fn list(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let as_of = d.portfolio.as_of.clone();
    let risks: &[Risk] = &d.register.risks;
    let rows = order(risks, v.reg.sort, v.reg.descending);
    let b = d.register.bands;
    egui::Grid::new("risk-list")
        .striped(true)
        .num_columns(10)
        .spacing([12.0, 5.0])
        .show(ui, |ui| {
            header(ui, v, RiskColumn::Id, "register-col-id");
            header(ui, v, RiskColumn::Title, "register-col-title");
            header(ui, v, RiskColumn::Category, "register-col-category");
            header(ui, v, RiskColumn::Owner, "register-col-owner");
            header(ui, v, RiskColumn::Rating, "register-col-rating");
            header(ui, v, RiskColumn::Residual, "register-col-residual");
            header(ui, v, RiskColumn::Target, "register-col-target");
            ui.strong(v.t("register-col-kris"));
            header(ui, v, RiskColumn::Review, "register-col-review");
            ui.strong(v.t("register-col-overdue"));
            ui.end_row();
            for i in rows {
                let r = &risks[i];
                let picked = v.reg.selected.as_deref() == Some(r.id.as_str());
                if ui.selectable_label(picked, &r.id).clicked() {
                    v.out
                        .push(Command::Register(C::SelectRisk(Some(r.id.clone()))));
                }
                let title = if r.status == crate::domain::register::RiskStatus::Closed {
                    format!("{} ({})", r.title, words::risk_status(lang, r.status))
                } else {
                    r.title.clone()
                };
                if ui.selectable_label(picked, title).clicked() {
                    v.out
                        .push(Command::Register(C::SelectRisk(Some(r.id.clone()))));
                }
                ui.label(words::category(lang, r.category));
                ui.label(&r.owner);
                let rated = |x: u8| format!("{x} {}", words::band(lang, b.band(x)));
                ui.label(rated(r.rating()));
                let residual = egui::RichText::new(rated(r.residual_rating()));
                ui.label(if r.above_appetite() {
                    residual.color(pal.bad)
                } else {
                    residual
                });
                ui.label(r.target_rating.to_string());
                let status = d.risk_kri_status(r);
                if status >= Status::Watch {
                    ui.label(
                        egui::RichText::new(format!("● {}", words::status(lang, status)))
                            .color(theme::status_colour(&pal, status)),
                    );
                } else if r.kris.is_empty() {
                    ui.label("–");
                } else {
                    ui.label(words::status(lang, status));
                }
                let review_late = r.review_overdue(&as_of);
                let review = egui::RichText::new(&r.review_date);
                ui.label(if review_late {
                    review.color(pal.bad)
                } else {
                    review
                });
                // What is overdue at the as-of date: the review, action plans, both.
                let actions = r.actions_overdue(&as_of);
                let mut late = Vec::new();
                if review_late {
                    late.push(v.t("register-overdue-review"));
                }
                if actions > 0 {
                    late.push(v.t_with(
                        "register-overdue-actions",
                        &[("n", Arg::Number(actions as f64))],
                    ));
                }
                if late.is_empty() {
                    ui.label("–");
                } else {
                    ui.label(egui::RichText::new(late.join(", ")).color(pal.bad));
                }
                ui.end_row();
            }
        });
}

fn bands_editor(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, draft: &BandsDraft) {
    let mut next = draft.clone();
    ui.group(|ui| {
        ui.strong(v.t("register-bands-title"));
        ui.horizontal_wrapped(|ui| {
            ui.label(v.t("register-band-medium-from"));
            ui.add(egui::DragValue::new(&mut next.bands.medium_from).range(2..=23));
            ui.label(v.t("register-band-high-from"));
            ui.add(egui::DragValue::new(&mut next.bands.high_from).range(3..=24));
            ui.label(v.t("register-band-critical-from"));
            ui.add(egui::DragValue::new(&mut next.bands.critical_from).range(4..=25));
        });
        reason_and_buttons(
            ui,
            v.lang,
            &mut next.reason,
            draft.error.as_deref(),
            v.out,
            C::SaveBands,
            C::CancelBands,
        );
    });
    if &next != draft {
        next.error = None;
        v.out
            .push(Command::Register(C::SetBandsDraft(Box::new(next))));
    }
}
