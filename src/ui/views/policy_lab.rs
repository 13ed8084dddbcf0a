//! The Policy lab: sliders move the challenger; its figures beside the champion's,
//! the swap set, presets, save with a reason, saved policies and the audit log.

use egui::RichText;

use super::ViewCtx;
use super::charts;
use crate::domain::evaluation::Figures;
use crate::domain::evaluation::compare::SwapCell;
use crate::domain::policy::presets;
use crate::domain::scorecard::band::BAND_NAMES;
use crate::format::{count, money, pct, signed_money, signed_pp, signed_thousands, thousands};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

/// What the user types in the lab (not part of any policy yet).
#[derive(Clone, Debug, Default)]
pub struct LabForm {
    pub name: String,
    pub reason: String,
    /// The saved policy waiting for the confirmation that makes it the champion.
    pub pending_champion: Option<i64>,
}

pub(crate) fn controls(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, form: &mut LabForm) {
    let (d, out) = (v.wb, &mut *v.out);
    let mut p = d.challenger.policy.clone();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("Challenger policy");
        ui.label(format!("Champion (in force): {}", d.champion.policy.name));
        ui.add_space(theme::GAP / 2.0);
        let (lo, hi) = d.portfolio.scorecard.score_range();
        ui.spacing_mut().slider_width = theme::SLIDER_WIDTH;
        let mut changed = false;
        changed |= ui
            .add(egui::Slider::new(&mut p.cutoff, lo..=hi).text("Cut-off"))
            .changed();
        changed |= ui
            .add(egui::Slider::new(&mut p.refer_width, 0..=60).text("Refer band width"))
            .changed();
        changed |= ui
            .add(
                egui::Slider::new(&mut p.min_tenure_months, 0..=24)
                    .text("Min platform tenure (months)"),
            )
            .changed();
        // Float sliders are rounded to their step only when moved: snapping on show
        // would change a loaded policy's values.
        let percent = |x: f64, _: std::ops::RangeInclusive<usize>| format!("{:.0}%", x * 100.0);
        let mut float =
            |ui: &mut egui::Ui, value: &mut f64, range, step: f64, text: &str, pct: bool| {
                let mut s = egui::Slider::new(value, range).text(text);
                if pct {
                    s = s.custom_formatter(percent);
                }
                if ui.add(s).changed() {
                    *value = (*value / step).round() * step;
                    changed = true;
                }
            };
        float(
            ui,
            &mut p.dti_cap,
            0.0..=1.5,
            0.01,
            "Debt-to-income cap",
            true,
        );
        float(
            ui,
            &mut p.income_multiple,
            0.1..=3.0,
            0.05,
            "Income multiple",
            false,
        );
        float(
            ui,
            &mut p.min_limit,
            0.0..=5_000.0,
            100.0,
            "Minimum limit (¥)",
            false,
        );
        float(
            ui,
            &mut p.max_limit,
            1_000.0..=50_000.0,
            500.0,
            "Maximum limit (¥)",
            false,
        );
        float(
            ui,
            &mut p.utilisation,
            0.05..=1.0,
            0.01,
            "Utilisation",
            true,
        );
        float(ui, &mut p.lgd, 0.05..=1.0, 0.01, "LGD", true);
        egui::CollapsingHeader::new("Limit factor by score band").show(ui, |ui| {
            for (b, factor) in p.band_factors.iter_mut().enumerate() {
                let text = format!("Band {} factor", BAND_NAMES[b]);
                float(ui, factor, 0.0..=3.0, 0.05, &text, false);
            }
        });
        p.order_limits();
        ui.horizontal_wrapped(|ui| {
            if ui.button("Reset to champion").clicked() {
                p = d.champion.policy.clone();
                changed = true;
            }
            for preset in presets::presets() {
                if ui.button(&preset.name).clicked() {
                    p = preset;
                    changed = true;
                }
            }
        });
        if changed && p != d.challenger.policy {
            if p.name == d.champion.policy.name && p != d.champion.policy {
                p.name = "Challenger".into();
            }
            out.push(Command::SetChallenger(p.clone()));
        }

        widgets::section(ui, "Save");
        ui.horizontal(|ui| {
            let label = ui.label("Name");
            ui.add(
                egui::TextEdit::singleline(&mut form.name)
                    .hint_text(&p.name)
                    .desired_width(200.0),
            )
            .labelled_by(label.id);
        });
        let label = ui.label("Reason (required)");
        ui.add(
            egui::TextEdit::multiline(&mut form.reason)
                .hint_text("why this policy")
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if ui.button("Save policy").clicked() {
            let mut policy = p.clone();
            if !form.name.trim().is_empty() {
                policy.name = form.name.trim().to_string();
            }
            out.push(Command::SavePolicy {
                policy,
                reason: form.reason.clone(),
            });
        }

        widgets::section(ui, "Saved policies");
        egui::Grid::new("saved")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for s in &d.policies {
                    let champion = if s.is_champion { " (champion)" } else { "" };
                    // Versions of a name: each save is kept. What changed from the
                    // version before is worked out only while the label is hovered.
                    ui.label(format!("{} v{}{champion}", s.policy.name, s.version))
                        .on_hover_ui(|ui| {
                            ui.label(format!(
                                "{} by {}: {}",
                                s.created_at, s.created_by, s.reason
                            ));
                            let earlier = d.policies.iter().find(|o| {
                                o.policy.name == s.policy.name && o.version == s.version - 1
                            });
                            if let Some(e) = earlier {
                                let c = s.policy.changes_from(&e.policy);
                                ui.label(if c.is_empty() {
                                    format!("the same figures as v{}", e.version)
                                } else {
                                    format!("changes from v{}: {}", e.version, c.join("; "))
                                });
                            }
                        });
                    if ui.small_button("Load").clicked() {
                        out.push(Command::LoadPolicy(s.id));
                    }
                    if !s.is_champion
                        && ui
                            .small_button("Make champion…")
                            .on_hover_text("asks for a confirmation that shows what changes")
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
                ui.strong(format!(
                    "Make “{} v{}” the policy in force instead of “{}”?",
                    s.policy.name, s.version, d.champion.policy.name
                ));
                if changes.is_empty() {
                    ui.label("Its figures are the same as the champion's.");
                } else {
                    ui.label(format!("It changes: {}.", changes.join("; ")));
                }
                let reason = form.reason.trim().to_string();
                if reason.is_empty() {
                    ui.colored_label(
                        theme::palette(ui.ctx()).bad,
                        "Type the reason above first: it goes into the audit log.",
                    );
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            !reason.is_empty(),
                            egui::Button::new("Confirm: make champion"),
                        )
                        .clicked()
                    {
                        out.push(Command::MakeChampion {
                            id: s.id,
                            reason: form.reason.clone(),
                        });
                        form.pending_champion = None;
                    }
                    if ui.button("Cancel").clicked() {
                        form.pending_champion = None;
                    }
                });
            });
        }
    });
}

fn figure_row(
    ui: &mut egui::Ui,
    label: &str,
    a: f64,
    b: f64,
    fmt: fn(f64) -> String,
    delta: fn(f64) -> String,
    good_up: bool,
) {
    ui.label(label);
    ui.label(fmt(a));
    ui.label(RichText::new(fmt(b)).strong());
    ui.colored_label(widgets::change_colour(ui, b - a, good_up), delta(b - a));
    ui.end_row();
}

fn swap_cell(ui: &mut egui::Ui, title: &str, c: &SwapCell) {
    ui.vertical(|ui| {
        ui.strong(title);
        ui.label(count(c.count as usize, "applicant", "applicants"));
        ui.label(format!(
            "estimated bad rate {}",
            pct(c.estimated_bad_rate())
        ));
        match c.observed_bad_rate() {
            Some(r) => ui.label(format!(
                "observed {} of {}",
                pct(r),
                thousands(c.observed as f64)
            )),
            None => ui.label("no observed outcomes"),
        };
    });
}

pub(crate) fn results(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let (ch, cl) = (&d.champion, &d.challenger);
    let (a, b): (&Figures, &Figures) = (&ch.eval.total, &cl.eval.total);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(format!("Champion “{}” vs challenger “{}”", ch.policy.name, cl.policy.name));
        egui::Grid::new("figures").striped(true).num_columns(4).min_col_width(110.0).show(ui, |ui| {
            ui.strong("");
            ui.strong("Champion");
            ui.strong("Challenger");
            ui.strong("Difference");
            ui.end_row();
            figure_row(ui, "Approvals", a.approved as f64, b.approved as f64, thousands, signed_thousands, true);
            figure_row(ui, "Approval rate", a.approval_rate(), b.approval_rate(), pct, signed_pp, true);
            figure_row(ui, "Referred", a.referred as f64, b.referred as f64, thousands, signed_thousands, false);
            figure_row(ui, "Expected bad rate", a.expected_bad_rate(), b.expected_bad_rate(), pct, signed_pp, false);
            figure_row(ui, "Exposure (EAD)", a.ead, b.ead, money, signed_money, true);
            figure_row(ui, "Expected loss", a.expected_loss, b.expected_loss, money, signed_money, false);
            figure_row(ui, "Revenue", a.revenue(&ch.policy), b.revenue(&cl.policy), money, signed_money, true);
            figure_row(ui, "Margin", a.margin(&ch.policy), b.margin(&cl.policy), money, signed_money, true);
        });
        ui.label(
            RichText::new(format!(
                "Observed bad rate of approved mature accounts: champion {}, challenger {} (outcomes exist only for booked accounts).",
                pct(a.observed_bad_rate()),
                pct(b.observed_bad_rate())
            ))
            .color(theme::palette(ui.ctx()).muted),
        );
        widgets::section(ui, "Swap set");
        let s = &d.swap;
        egui::Grid::new("swap").min_col_width(180.0).num_columns(3).spacing([30.0, 8.0]).show(ui, |ui| {
            ui.label("");
            ui.strong("Challenger approves");
            ui.strong("Challenger does not approve");
            ui.end_row();
            ui.strong("Champion approves");
            swap_cell(ui, "Kept", &s.kept);
            swap_cell(ui, "Swapped out", &s.swapped_out);
            ui.end_row();
            ui.strong("Champion does not approve");
            swap_cell(ui, "Swapped in", &s.swapped_in);
            swap_cell(ui, "Still declined", &s.declined_both);
            ui.end_row();
        });
        ui.add_space(theme::GAP);
        ui.columns(2, |cols| {
            charts::strategy(&mut cols[0], d, theme::CHART_HEIGHT);
            charts::exposure_by_band(&mut cols[1], d, theme::CHART_HEIGHT);
        });
        widgets::section(ui, "Audit log");
        audit_log(ui, d);
    });
}

fn audit_log(ui: &mut egui::Ui, d: &Workbench) {
    if d.audit.is_empty() {
        ui.label("No entries yet.");
    }
    egui::Grid::new("audit")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for e in d.audit.iter().rev().take(12) {
                ui.label(&e.at);
                ui.label(&e.user);
                ui.label(format!("{} {}", e.action, e.subject));
                ui.label(&e.reason);
                // The first line, shortened; the whole detail on hover.
                let first = e.detail.lines().next().unwrap_or_default();
                let short: String = first.chars().take(70).collect();
                let more = if short.len() < e.detail.len() {
                    "…"
                } else {
                    ""
                };
                ui.label(format!("{short}{more}")).on_hover_text(&e.detail);
                ui.end_row();
            }
        });
}
