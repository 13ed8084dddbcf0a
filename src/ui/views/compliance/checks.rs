//! The rules table (policy in force, challenger, booked accounts), the policy tests
//! and the APR distribution of the orders.

use egui_plot::{Bar, BarChart, VLine};

use super::status_colour;
use crate::domain::compliance::{APR_HISTOGRAM_TOP, RuleResult, Status};
use crate::format::{money, pct, thousands};
use crate::i18n::Arg;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::views::ViewCtx;
use crate::ui::views::charts::{Mark, legend, plot};
use crate::workbench::DecisionsUnder;
use crate::workbench::compliance_words as words;

/// The rule column's width: its label and thresholds on two lines.
const RULE_COLUMN: f32 = 290.0;

/// A status in its colour.
fn status_label(ui: &mut egui::Ui, v: &ViewCtx<'_>, s: Status) {
    let pal = theme::palette(ui.ctx());
    ui.label(
        egui::RichText::new(words::status(v.lang, s))
            .color(status_colour(&pal, s))
            .strong(),
    );
}

/// A breach count under one policy: a link to those applicants when there are any.
fn breach_cell(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, r: &RuleResult, under: DecisionsUnder) {
    if r.unavailable.is_some() {
        ui.label("–");
        return;
    }
    let Some(check) = r.check else {
        // Pricing is the book's: the same orders whatever the policy.
        ui.label("–")
            .on_hover_text(v.t("compliance-pricing-not-policy"));
        let _ = under;
        return;
    };
    let text = thousands(r.breaches as f64);
    if r.breaches == 0 {
        ui.label(text);
        return;
    }
    let pal = theme::palette(ui.ctx());
    let link = ui
        .link(egui::RichText::new(text).color(pal.bad).strong())
        .on_hover_text(v.t("compliance-breaches-tip"));
    if link.clicked() {
        v.out.push(Command::ShowBreaches { check, under });
    }
}

pub(super) fn rules_table(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let c = &v.wb.compliance;
    let same = v.wb.challenger.policy == v.wb.champion.policy;
    let champion = c.champion.rules.clone();
    let challenger = c.challenger.rules.clone();
    let in_force = v.wb.policy_label(v.lang, &v.wb.champion.policy);
    let tried = v.wb.policy_label(v.lang, &v.wb.challenger.policy);
    ui.label(
        egui::RichText::new(v.t("compliance-counts-note")).color(theme::palette(ui.ctx()).muted),
    );
    egui::Grid::new("compliance-rules")
        .striped(true)
        .num_columns(6)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for h in [
                v.t("compliance-col-rule"),
                v.t("compliance-col-status"),
                in_force.clone(),
                tried.clone(),
                v.t("compliance-col-exposure"),
                v.t("compliance-col-book"),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for (r, ch) in champion.iter().zip(&challenger) {
                let detail = match r.unavailable {
                    Some(u) => words::unavailable(v.lang, u),
                    None => words::thresholds(v.lang, r, &c.base.rules),
                };
                let muted = theme::palette(ui.ctx()).muted;
                ui.vertical(|ui| {
                    ui.set_min_width(RULE_COLUMN);
                    ui.label(format!("{}  {}", r.id, words::rule_label(v.lang, r)))
                        .on_hover_text(&r.source);
                    if !detail.is_empty() {
                        ui.label(egui::RichText::new(&detail).small().color(muted));
                    }
                });
                status_label(ui, v, r.status);
                breach_cell(ui, v, r, DecisionsUnder::InForce);
                if same && r.check.is_some() {
                    ui.label(v.t("compliance-same-policy"));
                } else {
                    breach_cell(ui, v, ch, DecisionsUnder::Challenger);
                }
                match (r.unavailable, r.check) {
                    (Some(_), _) => ui.label("–"),
                    (None, Some(_)) => ui.label(money(r.exposure)),
                    (None, None) => ui.label(v.t_with(
                        "compliance-apr-amount",
                        &[("amount", Arg::Text(&money(r.exposure)))],
                    )),
                };
                match (&r.book, r.unavailable) {
                    (Some(b), None) => {
                        let text = v.t_with(
                            "compliance-book-cell",
                            &[
                                ("n", Arg::Text(&thousands(b.count as f64))),
                                ("drawn", Arg::Text(&money(b.drawn))),
                            ],
                        );
                        let colour = if b.count > 0 {
                            theme::palette(ui.ctx()).bad
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.label(egui::RichText::new(text).color(colour));
                    }
                    (None, None) if r.check.is_none() => {
                        let text = v.t_with(
                            "compliance-orders-above",
                            &[
                                ("n", Arg::Number(r.breaches as f64)),
                                ("count", Arg::Text(&thousands(r.breaches as f64))),
                            ],
                        );
                        let colour = if r.breaches > 0 {
                            theme::palette(ui.ctx()).bad
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.label(egui::RichText::new(text).color(colour));
                    }
                    _ => {
                        ui.label("–");
                    }
                }
                ui.end_row();
            }
        });
}

pub(super) fn policy_tests(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let c = &v.wb.compliance;
    let same = v.wb.challenger.policy == v.wb.champion.policy;
    ui.strong(v.t("compliance-policy-tests"));
    let mut reports = vec![(
        v.wb.policy_label(v.lang, &v.wb.champion.policy),
        &c.champion,
    )];
    if !same {
        reports.push((
            v.wb.policy_label(v.lang, &v.wb.challenger.policy),
            &c.challenger,
        ));
    }
    let pal = theme::palette(ui.ctx());
    for (name, r) in reports {
        ui.label(egui::RichText::new(name).italics());
        for test in &r.policy_tests {
            ui.horizontal_wrapped(|ui| {
                let s = if test.passes() {
                    Status::Pass
                } else {
                    Status::Breach
                };
                ui.label(
                    egui::RichText::new(words::status(v.lang, s))
                        .color(status_colour(&pal, s))
                        .strong(),
                );
                ui.label(words::policy_test(v.lang, test));
            });
        }
    }
    if let Some((s, line)) = words::age_points(v.lang, &c.base.age_points) {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(words::status(v.lang, s))
                    .color(status_colour(&pal, s))
                    .strong(),
            );
            ui.label(line);
        });
    }
}

pub(super) fn apr(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let c = &v.wb.compliance;
    let Some(s) = &c.base.apr else {
        ui.label(v.t("compliance-no-orders"));
        return;
    };
    let a = &c.base.rules.apr;
    ui.label(words::apr_line(v.lang, s));
    let pal = theme::palette(ui.ctx());
    let lines = [
        (
            a.reference(),
            pal.secondary,
            "compliance-threshold-reference",
        ),
        (a.watch, pal.amber, "compliance-threshold-watch"),
        (a.breach, pal.bad, "compliance-threshold-breach"),
        (a.red_line, pal.bad, "compliance-threshold-red-line"),
    ];
    let mut entries = vec![(Mark::Bar, pal.champion, v.t("compliance-apr-orders"))];
    for (x, colour, key) in lines {
        let mark = if key.ends_with("red-line") {
            Mark::Line
        } else {
            Mark::Dashed
        };
        entries.push((
            mark,
            colour,
            v.t_with(key, &[("value", Arg::Text(&pct(x)))]),
        ));
    }
    legend(ui, &entries);
    let bars: Vec<Bar> = s
        .histogram
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| Bar::new(k as f64 + 0.5, *n as f64).width(0.9))
        .collect();
    let top = s.histogram.iter().copied().max().unwrap_or(0) as f64;
    plot(
        "compliance-apr",
        v.t("compliance-apr-axis"),
        v.t("compliance-orders-axis"),
        220.0,
    )
    .x_axis_formatter(crate::ui::widgets::percent_tick)
    .include_x(0.0)
    .include_x((s.max.max(a.red_line) * 100.0 + 2.0).min(APR_HISTOGRAM_TOP as f64 + 1.0))
    .include_y(0.0)
    .include_y(top * 1.08)
    .show(ui, |p| {
        p.bar_chart(crate::ui::widgets::quiet(
            BarChart::new("orders", bars).color(pal.champion),
        ));
        for (x, colour, key) in lines {
            let style = if key.ends_with("red-line") {
                egui_plot::LineStyle::Solid
            } else {
                egui_plot::LineStyle::dashed_dense()
            };
            p.vline(
                VLine::new(key, x * 100.0)
                    .color(colour)
                    .style(style)
                    .width(1.5),
            );
        }
    });
}
