//! The Policy lab: sliders move the challenger; its figures beside the champion's,
//! the swap set, presets, save with a reason, saved policies and the audit log.

use egui::RichText;

use super::ViewCtx;
use super::charts;
use crate::domain::evaluation::Figures;
use crate::domain::evaluation::compare::{SwapCell, SwapSet};
use crate::domain::policy::{Decision, presets};
use crate::domain::scorecard::band::BAND_NAMES;
use crate::format::{count, money, pct, signed_money, signed_pp, signed_thousands, thousands};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

/// The lab's charts may be shorter than the Charts view's, to stay in sight at 1100 × 700.
const LAB_CHART_MIN_HEIGHT: f32 = 150.0;

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
        ui.label(format!(
            "Champion (in force): {}",
            d.policy_label(&d.champion.policy)
        ));
        ui.add_space(theme::GAP / 2.0);
        ui.spacing_mut().slider_width = theme::SLIDER_WIDTH;
        let mut changed = false;
        // The cut-off moves over the scores applicants have (rounded out to tens, and
        // wide enough for both policies), not over every score the card allows: a
        // point or two per pixel. The arrow keys move a focused slider by one point.
        let (lo, hi) = d.portfolio.derived.score_range;
        let lo = (lo.div_euclid(10) * 10)
            .min(d.champion.policy.cutoff)
            .min(p.cutoff);
        let hi = ((hi + 9).div_euclid(10) * 10)
            .max(d.champion.policy.cutoff)
            .max(p.cutoff);
        changed |= ui
            .add(
                egui::Slider::new(&mut p.cutoff, lo..=hi)
                    .step_by(1.0)
                    .text("Cut-off"),
            )
            .on_hover_text("drag, or click it and use ← →: one point a key")
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
        let reason_given = !form.reason.trim().is_empty();
        let save = ui
            .add_enabled(reason_given, egui::Button::new("Save policy"))
            .on_disabled_hover_text("type a reason first: it goes into the audit log");
        if !reason_given {
            ui.label(
                RichText::new("A reason is required to save.")
                    .color(theme::palette(ui.ctx()).muted),
            );
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

/// One cell of the swap matrix: how many, and their bad rates ("–" where none).
fn swap_cell(ui: &mut egui::Ui, c: &SwapCell, tint: Option<egui::Color32>) {
    ui.vertical(|ui| {
        let n = RichText::new(count(c.count as usize, "applicant", "applicants")).strong();
        ui.label(match tint {
            Some(colour) if c.count > 0 => n.color(colour),
            _ => n,
        });
        ui.label(format!("est. bad rate {}", pct(c.estimated_bad_rate())));
        ui.label(match c.observed_bad_rate() {
            Some(r) => format!("observed {} of {}", pct(r), thousands(c.observed as f64)),
            None => "observed –".to_string(),
        })
        .on_hover_text("bad share among mature booked accounts of the cell");
    });
}

/// The 3 × 3 swap matrix: the champion's decision (rows) against the challenger's
/// (columns), referred applicants apart; swapped in and out are tinted.
fn swap_matrix(ui: &mut egui::Ui, s: &SwapSet) {
    let pal = theme::palette(ui.ctx());
    egui::Grid::new("swap")
        .min_col_width(150.0)
        .num_columns(4)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new("champion ↓  challenger →").color(pal.muted));
            for b in Decision::ALL {
                ui.strong(format!("challenger: {}", b.label()));
            }
            ui.end_row();
            for a in Decision::ALL {
                ui.strong(format!("champion: {}", a.label()));
                for b in Decision::ALL {
                    let tint = match (a == Decision::Approve, b == Decision::Approve) {
                        (false, true) => Some(pal.good),
                        (true, false) => Some(pal.bad),
                        _ => None,
                    };
                    swap_cell(ui, s.cell(a, b), tint);
                }
                ui.end_row();
            }
        });
    let (kept, sin, sout, neither) = (
        s.kept(),
        s.swapped_in(),
        s.swapped_out(),
        s.approved_by_neither(),
    );
    ui.label(format!(
        "Kept {} · swapped in {} (est. bad rate {}) · swapped out {} (est. bad rate {}) · approved by neither {}",
        thousands(kept.count as f64),
        thousands(sin.count as f64),
        pct(sin.estimated_bad_rate()),
        thousands(sout.count as f64),
        pct(sout.estimated_bad_rate()),
        thousands(neither.count as f64),
    ));
}

pub(crate) fn results(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let (ch, cl) = (&d.champion, &d.challenger);
    let (a, b): (&Figures, &Figures) = (&ch.eval.total, &cl.eval.total);
    egui::ScrollArea::vertical().show(ui, |ui| {
        if ch.policy == cl.policy {
            ui.heading(format!("Policy in force: {}", d.policy_label(&ch.policy)));
            ui.label(
                RichText::new("Move a slider or pick a preset to try a challenger; both columns show the policy in force until then.")
                    .color(theme::palette(ui.ctx()).muted),
            );
        } else {
            ui.heading(format!(
                "Champion {} vs challenger {}",
                d.policy_label(&ch.policy),
                d.policy_label(&cl.policy)
            ));
        }
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
            figure_row(ui, "Exposure of the approvals (limit × utilisation)", a.ead, b.ead, money, signed_money, true);
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
        // The charts come right after the figures, sized to what is left of the
        // window, so that both stay in sight while a slider moves (1100 × 700 too);
        // the swap matrix follows.
        // A title and a legend of up to two lines each go above every plot.
        let above = 4.0 * (ui.text_style_height(&egui::TextStyle::Body) + 4.0) + theme::GAP;
        let height = (ui.clip_rect().bottom() - ui.cursor().top() - above)
            .clamp(LAB_CHART_MIN_HEIGHT, theme::CHART_HEIGHT);
        ui.add_space(theme::GAP / 2.0);
        ui.columns(2, |cols| {
            charts::strategy(&mut cols[0], d, height);
            charts::exposure_by_band(&mut cols[1], d, height);
        });
        widgets::section(ui, "Swap set: the champion's decision against the challenger's");
        swap_matrix(ui, &d.swap);
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
