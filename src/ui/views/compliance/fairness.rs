//! The fair-lending table: one dimension at a time (age band, employment, city
//! tier, channel, or a categorical column the user adds), each group's approvals
//! under the policy in force and the challenger, AIR, significance and flag, with
//! a chart of the approval rates side by side.

use egui_plot::{Bar, BarChart};

use crate::domain::compliance::fairness::{DimensionResult, Flag, GroupResult};
use crate::domain::portfolio::registry::Role;
use crate::domain::scorecard::Kind;
use crate::format::{fixed, money, pct, thousands};
use crate::i18n::Arg;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::views::ViewCtx;
use crate::ui::views::charts::{Mark, legend, plot};
use crate::workbench::compliance_words as words;

/// The egui memory key of the dimension shown.
fn shown_id() -> egui::Id {
    egui::Id::unique("compliance-fairness-dimension")
}

pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let c = &v.wb.compliance;
    let p = &v.wb.portfolio;
    let dims = &c.base.dims;
    if dims.is_empty() {
        ui.label(v.t("compliance-no-dimensions"));
        return;
    }
    let mut shown: String = ui
        .data(|d| d.get_temp::<String>(shown_id()))
        .filter(|k| dims.iter().any(|d| &d.key == k))
        .unwrap_or_else(|| dims[0].key.clone());
    let name_of = |key: &str| {
        let label = p.registry.get(key).map_or(key, |e| e.label.as_str());
        words::dimension(v.lang, key, label)
    };
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(v.t("compliance-dimension"));
        egui::ComboBox::from_id_salt("compliance-dimension")
            .selected_text(name_of(&shown))
            .show_ui(ui, |ui| {
                for d in dims {
                    ui.selectable_value(&mut shown, d.key.clone(), name_of(&d.key));
                }
                // Any other categorical column can be added.
                for e in p.registry.entries() {
                    let groupable = e.kind == Kind::Categorical
                        && e.role == Role::Characteristic
                        && !dims.iter().any(|d| d.key == e.name);
                    if groupable
                        && ui
                            .selectable_label(false, format!("+ {}", e.label))
                            .clicked()
                    {
                        picked = Some(e.name.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Some(name) = picked {
        shown = name.clone();
        v.out.push(Command::SetFairnessDimension(name));
    }
    ui.data_mut(|d| d.insert_temp(shown_id(), shown.clone()));
    let (Some(champion), Some(challenger)) = (
        c.champion.fairness.iter().find(|d| d.key == shown),
        c.challenger.fairness.iter().find(|d| d.key == shown),
    ) else {
        return;
    };
    let same = v.wb.challenger.policy == v.wb.champion.policy;
    table(ui, v, champion, challenger, same);
    ui.add_space(theme::GAP / 2.0);
    ui.label(
        egui::RichText::new(v.t_with(
            "compliance-fairness-note",
            &[
                ("red", Arg::Text(&fixed(c.base.rules.fairness.red_below, 2))),
                (
                    "amber",
                    Arg::Text(&fixed(c.base.rules.fairness.amber_below, 2)),
                ),
                (
                    "min",
                    Arg::Number(c.base.rules.fairness.min_reference_applicants as f64),
                ),
                (
                    "exact",
                    Arg::Number(c.base.rules.fairness.exact_test_below as f64),
                ),
            ],
        ))
        .color(theme::palette(ui.ctx()).muted),
    );
    chart(ui, v, champion, challenger, same);
}

fn flag_text(ui: &egui::Ui, v: &ViewCtx<'_>, g: &GroupResult) -> egui::RichText {
    let pal = theme::palette(ui.ctx());
    let mut marks = Vec::new();
    if g.reference {
        marks.push(v.t("compliance-reference"));
    }
    if g.barred {
        marks.push(v.t("compliance-barred"));
    }
    let flag = words::flag(v.lang, g.flag);
    if !flag.is_empty() {
        marks.push(flag);
    }
    let text = egui::RichText::new(marks.join(", "));
    match g.flag {
        Flag::Red => text.color(pal.bad).strong(),
        Flag::Amber => text.color(pal.amber).strong(),
        Flag::None => text.color(pal.muted),
    }
}

fn p_text(g: &GroupResult) -> String {
    match g.p_value {
        None => "–".into(),
        Some(p) if p < 0.001 => "< 0.001".into(),
        Some(p) => fixed(p, 3),
    }
}

/// The p-value, with the test that gave it on hover.
fn p_cell(ui: &mut egui::Ui, v: &ViewCtx<'_>, g: &GroupResult) {
    let test = if g.exact {
        "compliance-test-fisher"
    } else {
        "compliance-test-z"
    };
    ui.label(p_text(g)).on_hover_text(v.t(test));
}

/// A group's cells under one policy: approval rate (approvals), AIR, p, flag.
fn policy_cells(ui: &mut egui::Ui, v: &ViewCtx<'_>, g: &GroupResult) {
    ui.label(format!(
        "{} ({})",
        pct(g.approval_rate),
        thousands(g.approved as f64)
    ));
    ui.label(g.air.map_or("–".into(), |x| fixed(x, 2)));
    p_cell(ui, v, g);
    ui.label(flag_text(ui, v, g));
}

fn table(
    ui: &mut egui::Ui,
    v: &ViewCtx<'_>,
    champion: &DimensionResult,
    challenger: &DimensionResult,
    same: bool,
) {
    let in_force = v.wb.policy_label(v.lang, &v.wb.champion.policy);
    let tried = v.wb.policy_label(v.lang, &v.wb.challenger.policy);
    egui::Grid::new("compliance-fairness")
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let mut heads = vec![
                v.t("compliance-col-group"),
                v.t("compliance-col-applicants"),
                v.t_with(
                    "compliance-col-rate-of",
                    &[("policy", Arg::Text(&in_force))],
                ),
                "AIR".to_string(),
                "p".to_string(),
                v.t("compliance-col-flag"),
            ];
            if !same {
                heads.extend([
                    v.t_with("compliance-col-rate-of", &[("policy", Arg::Text(&tried))]),
                    "AIR".to_string(),
                    "p".to_string(),
                    v.t("compliance-col-flag"),
                ]);
            }
            heads.extend([
                v.t("compliance-col-mean-limit"),
                v.t("compliance-col-observed-bad"),
            ]);
            for h in heads {
                ui.strong(h);
            }
            ui.end_row();
            for (g, h) in champion.groups.iter().zip(&challenger.groups) {
                ui.label(words::group(v.lang, &champion.key, &g.group));
                ui.label(thousands(g.applicants as f64));
                policy_cells(ui, v, g);
                if !same {
                    policy_cells(ui, v, h);
                }
                ui.label(g.mean_limit.map_or("–".into(), money));
                ui.label(g.observed_bad_rate.map_or("–".into(), pct));
                ui.end_row();
            }
        });
}

fn chart(
    ui: &mut egui::Ui,
    v: &ViewCtx<'_>,
    champion: &DimensionResult,
    challenger: &DimensionResult,
    same: bool,
) {
    let pal = theme::palette(ui.ctx());
    let in_force = v.wb.policy_label(v.lang, &v.wb.champion.policy);
    let tried = v.wb.policy_label(v.lang, &v.wb.challenger.policy);
    let mut entries = vec![(Mark::Bar, pal.champion, in_force)];
    if !same {
        entries.push((Mark::Bar, pal.challenger, tried));
    }
    legend(ui, &entries);
    let n = champion.groups.len();
    let width = if same { 0.7 } else { 0.38 };
    let shift = if same { 0.0 } else { 0.2 };
    let bars = |d: &DimensionResult, dx: f64| -> Vec<Bar> {
        d.groups
            .iter()
            .enumerate()
            .map(|(k, g)| Bar::new(k as f64 + dx, g.approval_rate * 100.0).width(width))
            .collect()
    };
    let names: Vec<String> = champion
        .groups
        .iter()
        .map(|g| words::group(v.lang, &champion.key, &g.group))
        .collect();
    let formatter = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let k = mark.value.round();
        if (mark.value - k).abs() < 1e-6 && k >= 0.0 {
            names.get(k as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    plot(
        "compliance-fairness-chart",
        v.t("compliance-col-group"),
        v.t("compliance-rate-axis"),
        220.0,
    )
    .x_grid_spacer(egui_plot::log_grid_spacer(10))
    .x_axis_formatter(formatter)
    .y_axis_formatter(crate::ui::widgets::percent_tick)
    .include_x(-0.6)
    .include_x(n as f64 - 0.4)
    .include_y(0.0)
    .include_y(100.0)
    .show(ui, |p| {
        p.bar_chart(crate::ui::widgets::quiet(
            BarChart::new("in-force", bars(champion, -shift)).color(pal.champion),
        ));
        if !same {
            p.bar_chart(crate::ui::widgets::quiet(
                BarChart::new("challenger", bars(challenger, shift)).color(pal.challenger),
            ));
        }
    });
}
