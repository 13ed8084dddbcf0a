//! Curves: vintages by month on book, ROC and KS.

use egui_plot::{Line, LineStyle, PlotPoints, VLine};

use super::{Mark, legend, plot, rate, readout, t, whole};
use crate::format::{fixed, quarter_label_in, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

pub(crate) fn vintages(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    ui.strong(t(lang, "chart-vintage-title"));
    if d.portfolio.accounts.is_empty() {
        // An import without accounts and performance: say so, in the chart's room.
        no_history(ui, lang, height);
        return;
    }
    let quarter_label = |q: i32| quarter_label_in(lang, q);
    let v = &d.analytics.vintages;
    let ctx = ui.ctx().clone();
    let style = |k: usize| {
        if theme::series_dashed(k) {
            (Mark::Dashed, LineStyle::dashed_loose())
        } else {
            (Mark::Line, LineStyle::Solid)
        }
    };
    let entries: Vec<_> = v
        .iter()
        .enumerate()
        .map(|(k, c)| {
            (
                style(k).0,
                theme::series(&ctx, k),
                format!(
                    "{} ({})",
                    quarter_label(c.cohort),
                    thousands(c.accounts as f64)
                ),
            )
        })
        .collect();
    legend(ui, &entries);
    let top = v
        .iter()
        .flat_map(|c| c.points.iter().map(|p| p.1 * 100.0))
        .filter(|x| x.is_finite())
        .fold(0.0, f64::max);
    let shown = plot(
        "vintages",
        t(lang, "chart-vintage-x"),
        t(lang, "chart-vintage-y"),
        height,
    )
    .include_x(0.0)
    .include_y(0.0)
    .include_y(top * 1.08)
    .show(ui, |plot| {
        for (k, c) in v.iter().enumerate() {
            let pts: Vec<[f64; 2]> = c
                .points
                .iter()
                .map(|&(m, r)| [m as f64, r * 100.0])
                .collect();
            plot.line(
                Line::new(quarter_label(c.cohort), pts)
                    .color(theme::series(&ctx, k))
                    .style(style(k).1)
                    .width(1.8),
            );
        }
    });
    readout(&shown, |at| {
        let m = at.x.round();
        if m < 1.0 {
            return None;
        }
        let lines: Vec<String> = v
            .iter()
            .filter_map(|c| {
                let (_, r) = c.points.iter().find(|p| f64::from(p.0) == m)?;
                Some(i18n::text_with(
                    lang,
                    "chart-vintage-line",
                    &[
                        ("cohort", Arg::Text(&quarter_label(c.cohort))),
                        ("rate", Arg::Text(&rate(*r))),
                        ("accounts", Arg::Text(&thousands(c.accounts as f64))),
                    ],
                ))
            })
            .collect();
        let mob = whole(m);
        Some(if lines.is_empty() {
            i18n::text_with(lang, "chart-vintage-none", &[("mob", Arg::Text(&mob))])
        } else {
            let head = i18n::text_with(lang, "chart-vintage-head", &[("mob", Arg::Text(&mob))]);
            format!("{head}\n{}", lines.join("\n"))
        })
    });
}

/// "This portfolio has no month-end history…", in a frame of the chart's size.
pub(crate) fn no_history(ui: &mut egui::Ui, lang: Language, height: f32) {
    let width = ui.available_width();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_min_size(egui::vec2(width - 16.0, height + 20.0));
        ui.add(egui::Label::new(t(lang, "chart-no-history")).wrap());
    });
}

pub(crate) fn roc(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    ui.strong(words::observed(
        lang,
        &d.portfolio,
        "chart-roc-title",
        "chart-roc-title-given",
        &[
            ("auc", Arg::Text(&fixed(a.auc, 3))),
            ("gini", Arg::Text(&fixed(a.gini, 3))),
        ],
    ));
    legend(
        ui,
        &[
            (Mark::Line, pal.champion, t(lang, "chart-scorecard")),
            (Mark::Line, pal.muted, t(lang, "chart-random")),
        ],
    );
    let pts: PlotPoints = a
        .roc
        .iter()
        .map(|p| [p.good_share * 100.0, p.bad_share * 100.0])
        .collect();
    let shown = plot(
        "roc",
        t(lang, "chart-roc-x"),
        t(lang, "chart-roc-y"),
        height,
    )
    .x_axis_formatter(widgets::percent_tick)
    .y_axis_formatter(widgets::percent_tick)
    .include_x(0.0)
    .include_x(100.0)
    .include_y(0.0)
    .include_y(100.0)
    .show(ui, |plot| {
        plot.line(
            Line::new(t(lang, "chart-scorecard"), pts)
                .color(pal.champion)
                .width(2.0),
        );
        plot.line(
            Line::new(t(lang, "chart-random"), vec![[0.0, 0.0], [100.0, 100.0]]).color(pal.muted),
        );
    });
    readout(&shown, |at| {
        let p = a.roc.iter().min_by(|x, y| {
            (x.good_share * 100.0 - at.x)
                .abs()
                .total_cmp(&(y.good_share * 100.0 - at.x).abs())
        })?;
        Some(i18n::text_with(
            lang,
            "chart-roc-readout",
            &[
                ("score", Arg::Text(&whole(p.score))),
                ("goods", Arg::Text(&rate(p.good_share))),
                ("bads", Arg::Text(&rate(p.bad_share))),
            ],
        ))
    });
}

pub(crate) fn ks(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    // One unit everywhere: the KS is the largest gap between two shares, in points
    // of a percentage.
    let ks_points = fixed(a.ks.0 * 100.0, 1);
    ui.strong(i18n::text_with(
        lang,
        "chart-ks-title",
        &[
            ("ks", Arg::Text(&ks_points)),
            ("score", Arg::Text(&whole(a.ks.1))),
        ],
    ));
    legend(
        ui,
        &[
            (Mark::Line, pal.bad, t(lang, "chart-ks-bads")),
            (Mark::Line, pal.good, t(lang, "chart-ks-goods")),
            (
                Mark::Line,
                pal.muted,
                i18n::text_with(lang, "chart-ks-legend", &[("ks", Arg::Text(&ks_points))]),
            ),
        ],
    );
    let bads: PlotPoints = a
        .roc
        .iter()
        .map(|p| [p.score, p.bad_share * 100.0])
        .collect();
    let goods: PlotPoints = a
        .roc
        .iter()
        .map(|p| [p.score, p.good_share * 100.0])
        .collect();
    let shown = plot("ks", t(lang, "chart-ks-x"), t(lang, "chart-ks-y"), height)
        .y_axis_formatter(widgets::percent_tick)
        .include_y(0.0)
        .include_y(100.0)
        .show(ui, |plot| {
            plot.line(
                Line::new(t(lang, "chart-ks-bads"), bads)
                    .color(pal.bad)
                    .width(2.0),
            );
            plot.line(
                Line::new(t(lang, "chart-ks-goods"), goods)
                    .color(pal.good)
                    .width(2.0),
            );
            if a.ks.1.is_finite() {
                plot.vline(VLine::new("KS", a.ks.1).color(pal.muted));
            }
        });
    readout(&shown, |at| {
        let p = a
            .roc
            .iter()
            .min_by(|x, y| (x.score - at.x).abs().total_cmp(&(y.score - at.x).abs()))?;
        Some(i18n::text_with(
            lang,
            "chart-ks-readout",
            &[
                ("score", Arg::Text(&whole(p.score))),
                ("bads", Arg::Text(&rate(p.bad_share))),
                ("goods", Arg::Text(&rate(p.good_share))),
                (
                    "gap",
                    Arg::Text(&fixed((p.bad_share - p.good_share) * 100.0, 1)),
                ),
            ],
        ))
    });
}
