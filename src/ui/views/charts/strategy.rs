//! The strategy curve: approval rate against expected bad rate over every cut-off,
//! with the champion's and the challenger's cut-offs marked.

use egui_plot::{Line, MarkerShape, PlotPoints, Points};

use super::{Mark, legend, plot, rate, readout, t};
use crate::domain::evaluation::strategy::{StrategyPoint, at_cutoff};
use crate::i18n::{self, Arg, Language};
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

pub(crate) fn strategy(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    ui.strong(t(lang, "chart-strategy-title"));
    let (c1, c2) = (d.champion.policy.cutoff, d.challenger.policy.cutoff);
    let at = |id: &str, c: i32| i18n::text_with(lang, id, &[("cutoff", Arg::Text(&c.to_string()))]);
    legend(
        ui,
        &[
            (Mark::Line, pal.muted, t(lang, "chart-strategy-every")),
            (
                Mark::Diamond,
                pal.champion,
                at("chart-strategy-champion", c1),
            ),
            (
                Mark::Dot,
                pal.challenger,
                at("chart-strategy-challenger", c2),
            ),
        ],
    );
    let points: Vec<&StrategyPoint> = d
        .challenger
        .strategy
        .iter()
        .filter(|p| p.approval_rate > 0.0)
        .collect();
    let curve: PlotPoints = points
        .iter()
        .map(|p| [p.approval_rate * 100.0, p.bad_rate * 100.0])
        .collect();
    let mark = |curve: &[StrategyPoint], cutoff: i32| {
        at_cutoff(curve, cutoff).map(|p| [p.approval_rate * 100.0, p.bad_rate * 100.0])
    };
    let ch = mark(&d.champion.strategy, c1);
    let cl = mark(&d.challenger.strategy, c2);
    // The whole curve and both marks fit: the y axis reaches the highest of them.
    let top = points
        .iter()
        .map(|p| p.bad_rate * 100.0)
        .chain(ch.map(|p| p[1]))
        .chain(cl.map(|p| p[1]))
        .filter(|x| x.is_finite())
        .fold(0.0, f64::max);
    let shown = plot(
        "strategy",
        t(lang, "chart-approval-rate"),
        t(lang, "chart-expected-bad-rate"),
        height,
    )
    .x_axis_formatter(widgets::percent_tick)
    .y_axis_formatter(widgets::percent_tick)
    .include_x(0.0)
    .include_x(100.0)
    .include_y(0.0)
    .include_y(top * 1.08)
    .show(ui, |plot| {
        plot.line(
            Line::new(t(lang, "chart-strategy-every"), curve)
                .color(pal.muted)
                .width(1.5),
        );
        if let Some(p) = ch {
            plot.points(
                Points::new(t(lang, "lab-champion"), vec![p])
                    .shape(MarkerShape::Diamond)
                    .radius(7.0)
                    .color(pal.champion),
            );
        }
        if let Some(p) = cl {
            plot.points(
                Points::new(t(lang, "lab-challenger"), vec![p])
                    .shape(MarkerShape::Circle)
                    .radius(6.0)
                    .color(pal.challenger),
            );
        }
    });
    // The cut-off whose approval rate is nearest the pointer's.
    readout(&shown, |at| {
        let p = points.iter().min_by(|a, b| {
            let da = (a.approval_rate * 100.0 - at.x).abs();
            let db = (b.approval_rate * 100.0 - at.x).abs();
            da.total_cmp(&db)
        })?;
        Some(i18n::text_with(
            lang,
            "chart-strategy-readout",
            &[
                ("cutoff", Arg::Text(&p.cutoff.to_string())),
                ("approval", Arg::Text(&rate(p.approval_rate))),
                ("bad", Arg::Text(&rate(p.bad_rate))),
            ],
        ))
    });
}
