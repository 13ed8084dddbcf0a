//! Curves: vintages by month on book, ROC and KS.

use egui_plot::{Line, LineStyle, PlotPoints, VLine};

use super::{Mark, legend, plot, rate, readout, whole};
use crate::format::{fixed, quarter_label, thousands};
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

pub(crate) fn vintages(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    ui.strong("Vintage curves: cumulative 30+ rate by months on book, per quarterly cohort");
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
        "months on book",
        "ever 30+ days past due (%)",
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
                Some(format!(
                    "{}: {} of {} accounts",
                    quarter_label(c.cohort),
                    rate(*r),
                    thousands(c.accounts as f64)
                ))
            })
            .collect();
        Some(if lines.is_empty() {
            format!("month on book {}: no cohort has reached it yet", whole(m))
        } else {
            format!("month on book {}\n{}", whole(m), lines.join("\n"))
        })
    });
}

pub(crate) fn roc(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    ui.strong(format!(
        "ROC: AUC {}, Gini {} (mature accounts, 12-month outcome observed)",
        fixed(a.auc, 3),
        fixed(a.gini, 3)
    ));
    legend(
        ui,
        &[
            (Mark::Line, pal.champion, "scorecard".into()),
            (Mark::Line, pal.muted, "random (no discrimination)".into()),
        ],
    );
    let pts: PlotPoints = a
        .roc
        .iter()
        .map(|p| [p.good_share * 100.0, p.bad_share * 100.0])
        .collect();
    let shown = plot(
        "roc",
        "goods declined (share of goods)",
        "bads declined (share of bads)",
        height,
    )
    .x_axis_formatter(widgets::percent_tick)
    .y_axis_formatter(widgets::percent_tick)
    .include_x(0.0)
    .include_x(100.0)
    .include_y(0.0)
    .include_y(100.0)
    .show(ui, |plot| {
        plot.line(Line::new("scorecard", pts).color(pal.champion).width(2.0));
        plot.line(Line::new("random", vec![[0.0, 0.0], [100.0, 100.0]]).color(pal.muted));
    });
    readout(&shown, |at| {
        let p = a.roc.iter().min_by(|x, y| {
            (x.good_share * 100.0 - at.x)
                .abs()
                .total_cmp(&(y.good_share * 100.0 - at.x).abs())
        })?;
        Some(format!(
            "declining scores up to {}\ngoods declined {}\nbads declined {}",
            whole(p.score),
            rate(p.good_share),
            rate(p.bad_share)
        ))
    });
}

pub(crate) fn ks(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    // One unit everywhere: the KS is the largest gap between two shares, in points
    // of a percentage.
    let ks_points = fixed(a.ks.0 * 100.0, 1);
    ui.strong(format!(
        "KS {ks_points} percentage points at score {} (largest gap between the shares)",
        whole(a.ks.1)
    ));
    legend(
        ui,
        &[
            (Mark::Line, pal.bad, "bads at or below the score".into()),
            (Mark::Line, pal.good, "goods at or below the score".into()),
            (Mark::Line, pal.muted, format!("KS {ks_points} pp")),
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
    let shown = plot("ks", "score", "share at or below the score", height)
        .y_axis_formatter(widgets::percent_tick)
        .include_y(0.0)
        .include_y(100.0)
        .show(ui, |plot| {
            plot.line(Line::new("bads", bads).color(pal.bad).width(2.0));
            plot.line(Line::new("goods", goods).color(pal.good).width(2.0));
            if a.ks.1.is_finite() {
                plot.vline(VLine::new("KS", a.ks.1).color(pal.muted));
            }
        });
    readout(&shown, |at| {
        let p = a
            .roc
            .iter()
            .min_by(|x, y| (x.score - at.x).abs().total_cmp(&(y.score - at.x).abs()))?;
        Some(format!(
            "score {}\nbads at or below {}\ngoods at or below {}\ngap {} pp",
            whole(p.score),
            rate(p.bad_share),
            rate(p.good_share),
            fixed((p.bad_share - p.good_share) * 100.0, 1)
        ))
    });
}
