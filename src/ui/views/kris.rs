//! The KRIs tab: every key risk indicator over the latest quarter with its status and
//! a trend line (left), and the chosen indicator's monthly history with its watch and
//! breach lines, the runs of months at watch or breach, and its thresholds, editable
//! with a reason (right). Observed against predicted bad rate by band sits beside.

use egui_plot::{HLine, Line, LineStyle, Points};

use super::ViewCtx;
use super::charts::{self, Mark};
use crate::domain::analytics::kri::{Kri, Status};
use crate::domain::analytics::kri_history::episodes;
use crate::domain::import::dates::month_label;
use crate::format::{pct, quarter_label_in};
use crate::i18n::{Arg, Language};
use crate::ui::command::{Command, RegisterCommand as C};
use crate::ui::register_state::ThresholdDraft;
use crate::ui::theme;
use crate::workbench::{Workbench, words};

/// A value as the indicator shows it: percent for a rate, three decimals for PSI.
pub(crate) fn shown(k: Kri, x: f64) -> String {
    if !x.is_finite() {
        "–".into()
    } else if k.is_rate() {
        if x.abs() < 0.01 {
            format!("{:.2}%", x * 100.0)
        } else {
            pct(x)
        }
    } else {
        format!("{x:.3}")
    }
}

/// The indicator the tab shows: the one asked for, else the worst now.
fn chosen(v: &ViewCtx<'_>) -> Kri {
    v.reg.kri.unwrap_or_else(|| {
        Kri::ALL
            .into_iter()
            .max_by_key(|&k| (v.wb.kri_now(k).1, std::cmp::Reverse(k.index())))
            .unwrap_or(Kri::ApprovalRate)
    })
}

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let k = chosen(v);
    let width = (ui.available_width() * 0.40).clamp(380.0, 560.0);
    egui::Panel::left("kri-list")
        .default_size(width)
        .resizable(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| list(ui, v, k));
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| history(ui, v, k));
    });
}

/// A small line of the monthly values, scaled to their own range.
pub(crate) fn sparkline(ui: &mut egui::Ui, values: &[f64], colour: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(90.0, 18.0), egui::Sense::hover());
    let finite: Vec<(usize, f64)> = values
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, x)| x.is_finite())
        .collect();
    let (lo, hi) = finite
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &(_, x)| {
            (a.min(x), b.max(x))
        });
    if finite.len() < 2 {
        return;
    }
    let span = if hi > lo { hi - lo } else { 1.0 };
    let n = (values.len().max(2) - 1) as f32;
    let points: Vec<egui::Pos2> = finite
        .iter()
        .map(|&(i, x)| {
            egui::pos2(
                rect.left() + rect.width() * i as f32 / n,
                rect.bottom() - 2.0 - (rect.height() - 4.0) * ((x - lo) / span) as f32,
            )
        })
        .collect();
    ui.painter()
        .add(egui::Shape::line(points, egui::Stroke::new(1.5, colour)));
}

fn list(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, k: Kri) {
    let d = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let quarter = d
        .latest_quarter()
        .map_or("–".to_string(), |q| quarter_label_in(lang, q));
    ui.heading(v.t_with("kris-title", &[("quarter", Arg::Text(&quarter))]));
    ui.label(egui::RichText::new(v.t("kris-intro")).color(pal.muted));
    ui.add_space(theme::GAP / 2.0);
    egui::Grid::new("kri-grid")
        .striped(true)
        .num_columns(4)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.strong(v.t("kris-col-indicator"));
            ui.strong(quarter.clone());
            ui.strong(v.t("kris-col-status"));
            ui.strong(v.t("kris-col-trend"));
            ui.end_row();
            for kri in Kri::DISPLAY {
                let (value, status) = d.kri_now(kri);
                let colour = theme::status_colour(&pal, status);
                let r = ui
                    .selectable_label(kri == k, words::kri(lang, kri))
                    .on_hover_text(words::threshold_text(lang, kri, d.kri_thresholds.get(kri)));
                if r.clicked() {
                    v.out.push(Command::OpenKri(kri));
                }
                ui.label(shown(kri, value));
                ui.label(
                    egui::RichText::new(format!("● {}", words::status(lang, status))).color(colour),
                );
                let values: Vec<f64> = d.analytics.kris.monthly(kri).iter().map(|p| p.1).collect();
                sparkline(ui, &values, pal.champion);
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP);
    charts::risk_by_band(ui, lang, d, 200.0);
}

fn history(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, k: Kri) {
    let d = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let t = d.kri_thresholds.get(k);
    ui.heading(words::kri(lang, k));
    ui.label(egui::RichText::new(words::kri_definition(lang, k)).color(pal.muted));
    let monthly = d.analytics.kris.monthly(k);
    let scale = if k.is_rate() { 100.0 } else { 1.0 };
    let ((wl, wh), (bl, bh)) = t.watch_and_breach();
    let (watch, breach) = (
        theme::status_colour(&pal, Status::Watch),
        theme::status_colour(&pal, Status::Breach),
    );
    charts::legend(
        ui,
        &[
            (Mark::Line, pal.champion, v.t("kris-series-monthly")),
            (Mark::Dashed, watch, v.t("kris-series-watch")),
            (Mark::Dashed, breach, v.t("kris-series-breach")),
        ],
    );
    let labels: Vec<String> = monthly.iter().map(|p| month_label(p.0)).collect();
    let first = monthly.first().map_or(0, |p| p.0);
    let points: Vec<[f64; 2]> = monthly
        .iter()
        .filter(|p| p.1.is_finite())
        .map(|p| [(p.0 - first) as f64, p.1 * scale])
        .collect();
    let highest = points
        .iter()
        .map(|p| p[1])
        .chain([wh, bh, wl, bl].into_iter().flatten().map(|x| x * scale))
        .fold(0.0, f64::max);
    let y_axis = if k.is_rate() {
        v.t("kris-axis-percent")
    } else {
        v.t("kris-axis-index")
    };
    let shown_plot = charts::plot("kri-history", v.t("kris-axis-month"), y_axis, 240.0)
        .include_y(0.0)
        .include_y(highest * 1.1)
        .include_x(-0.5)
        .include_x(monthly.len() as f64 - 0.5)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            for (x, colour, name) in [
                (wh, watch, v.t("kris-series-watch")),
                (wl, watch, v.t("kris-series-watch")),
                (bh, breach, v.t("kris-series-breach")),
                (bl, breach, v.t("kris-series-breach")),
            ] {
                if let Some(x) = x {
                    plot.hline(
                        HLine::new(name, x * scale)
                            .color(colour)
                            .style(LineStyle::dashed_dense())
                            .width(1.5),
                    );
                }
            }
            plot.line(
                Line::new(words::kri(lang, k), points.clone())
                    .color(pal.champion)
                    .width(2.0),
            );
            plot.points(
                Points::new(words::kri(lang, k), points)
                    .color(pal.champion)
                    .radius(2.5),
            );
        });
    charts::readout(&shown_plot, |at| {
        let i = usize::try_from(at.x.round() as i64).ok()?;
        let (m, x) = *monthly.get(i)?;
        Some(v.t_with(
            "kris-readout",
            &[
                ("month", Arg::Text(&month_label(m))),
                ("value", Arg::Text(&shown(k, x))),
                ("status", Arg::Text(&words::status(lang, t.status(x)))),
            ],
        ))
    });
    ui.add_space(theme::GAP / 2.0);
    thresholds(ui, v, k);
    ui.add_space(theme::GAP / 2.0);
    breaches(ui, v, k, &monthly);
}

fn thresholds(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, k: Kri) {
    let d = v.wb;
    let lang = v.lang;
    let t = d.kri_thresholds.get(k);
    match v.reg.thresholds.as_ref().filter(|x| x.kri == k) {
        None => {
            ui.horizontal_wrapped(|ui| {
                ui.label(words::threshold_text(lang, k, t));
                if ui.button(v.t("kris-edit-thresholds")).clicked() {
                    v.out.push(Command::Register(C::EditThresholds(k)));
                }
            });
        }
        Some(draft) => threshold_editor(ui, v, draft),
    }
}

fn threshold_editor(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, draft: &ThresholdDraft) {
    let mut next = draft.clone();
    let unit = if draft.kri.is_rate() { "%" } else { "" };
    ui.group(|ui| {
        ui.strong(v.t("kris-thresholds-title"));
        ui.label(v.t("kris-thresholds-help"));
        egui::Grid::new("threshold-editor")
            .num_columns(3)
            .show(ui, |ui| {
                ui.label("");
                ui.label(v.t("kris-low-side"));
                ui.label(v.t("kris-high-side"));
                ui.end_row();
                for (row, name) in [
                    (0, v.t("kris-series-watch")),
                    (2, v.t("kris-series-breach")),
                ] {
                    ui.label(name);
                    for col in 0..2 {
                        ui.horizontal(|ui| {
                            ui.add(
                                egui::TextEdit::singleline(&mut next.fields[row + col])
                                    .desired_width(70.0),
                            );
                            ui.label(unit);
                        });
                    }
                    ui.end_row();
                }
            });
        reason_and_buttons(
            ui,
            v.lang,
            &mut next.reason,
            next.error.as_deref(),
            v.out,
            C::SaveThresholds,
            C::CancelThresholds,
        );
    });
    if &next != draft {
        next.error = None;
        v.out
            .push(Command::Register(C::SetThresholdDraft(Box::new(next))));
    }
}

/// The reason field, Save (enabled once a reason is typed) and Cancel, and the
/// error of the last try.
pub(crate) fn reason_and_buttons(
    ui: &mut egui::Ui,
    lang: Language,
    reason: &mut String,
    error: Option<&str>,
    out: &mut Vec<Command>,
    save: C,
    cancel: C,
) {
    let t = |id: &str| crate::i18n::text(lang, id);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t("edit-reason"));
        ui.add(
            egui::TextEdit::singleline(reason)
                .hint_text(t("edit-reason-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        if ui
            .add_enabled(!reason.trim().is_empty(), egui::Button::new(t("edit-save")))
            .clicked()
        {
            out.push(Command::Register(save));
        }
        if ui.button(t("cancel")).clicked() {
            out.push(Command::Register(cancel));
        }
    });
    if let Some(e) = error {
        let pal = theme::palette(ui.ctx());
        ui.label(egui::RichText::new(e).color(pal.bad));
    }
}

fn breaches(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, k: Kri, monthly: &[(i32, f64)]) {
    let d: &Workbench = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let runs = episodes(monthly, d.kri_thresholds.get(k));
    ui.strong(v.t("kris-breaches-title"));
    if runs.is_empty() {
        ui.label(egui::RichText::new(v.t("kris-no-breaches")).color(pal.muted));
        return;
    }
    egui::Grid::new("kri-breaches")
        .striped(true)
        .num_columns(4)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.strong(v.t("kris-col-from"));
            ui.strong(v.t("kris-col-to"));
            ui.strong(v.t("kris-col-months"));
            ui.strong(v.t("kris-col-worst"));
            ui.end_row();
            for e in runs.iter().rev() {
                ui.label(month_label(e.from));
                ui.label(month_label(e.to));
                ui.label(e.months.to_string());
                ui.label(
                    egui::RichText::new(format!(
                        "● {} {}",
                        words::status(lang, e.worst),
                        shown(k, e.worst_value)
                    ))
                    .color(theme::status_colour(&pal, e.worst)),
                );
                ui.end_row();
            }
        });
}
