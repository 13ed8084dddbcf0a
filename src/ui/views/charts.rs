//! Charts (egui_plot): risk by band, exposure by band, vintages, roll rates, the
//! strategy curve, ROC and KS. Each takes prepared data from the workbench; drawing a chart
//! cannot change state.

use egui::RichText;
use egui_plot::{Bar, BarChart, Legend, Line, MarkerShape, Plot, PlotPoints, Points, VLine};

use super::ViewCtx;
use crate::domain::evaluation::strategy::at_cutoff;
use crate::domain::portfolio::DPD_BUCKETS;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::format::{pct, quarter_label};
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

/// Charts per row when the window is wide enough, and the narrowest a chart may be.
const WIDE_COLUMNS: usize = 3;
const MIN_CHART_WIDTH: f32 = 420.0;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    // Six charts in a grid and the roll-rate table below fit the panel when there is
    // room (1600×1000: three columns of two rows); a smaller window scrolls, with the
    // charts never shorter than `theme::CHART_MIN_HEIGHT`.
    let avail = ui.available_size();
    let columns = if avail.x >= WIDE_COLUMNS as f32 * MIN_CHART_WIDTH {
        WIDE_COLUMNS
    } else {
        2
    };
    let rows = CHARTS.len().div_ceil(columns);
    let row_gap = ui.spacing().item_spacing.y;
    // Each chart has a one-line title above it.
    let title = ui.text_style_height(&egui::TextStyle::Body) + row_gap;
    let per_row = (avail.y - roll_rates_height(ui)) / rows as f32 - row_gap;
    let height = (per_row - title).clamp(theme::CHART_MIN_HEIGHT, theme::CHART_HEIGHT_MAX);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row in CHARTS.chunks(columns) {
            ui.columns(columns, |cols| {
                for (chart, col) in row.iter().zip(cols.iter_mut()) {
                    chart(col, d, height);
                }
            });
        }
        roll_rates(ui, d);
    });
}

type Chart = fn(&mut egui::Ui, &Workbench, f32);

/// The charts of the view, in reading order.
const CHARTS: [Chart; 6] = [risk_by_band, exposure_by_band, vintages, strategy, roc, ks];

/// The height the roll-rate table takes: a heading and a row per bucket plus the header.
fn roll_rates_height(ui: &egui::Ui) -> f32 {
    let s = ui.spacing();
    let heading = ui.text_style_height(&egui::TextStyle::Heading) + theme::GAP;
    let row = ui
        .text_style_height(&egui::TextStyle::Monospace)
        .max(s.interact_size.y)
        + 2.0 * ROLL_CELL_MARGIN_Y as f32
        + ROLL_ROW_GAP;
    heading + row * (DPD_BUCKETS.len() + 1) as f32 + s.item_spacing.y
}

/// Points between labelled ticks (egui_plot hides x labels closer than 60 points).
const X_LABEL_PX: f64 = 70.0;
const Y_LABEL_PX: f64 = 36.0;
/// The roll-rate table's row gap and cell margin.
const ROLL_ROW_GAP: f32 = 6.0;
const ROLL_CELL_MARGIN_Y: i8 = 2;

fn band_formatter(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    let k = mark.value.round();
    if (mark.value - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < BANDS {
        BAND_NAMES[k as usize].to_string()
    } else {
        String::new()
    }
}

fn plot(id: &str, x: &str, y: &str, height: f32) -> Plot<'static> {
    Plot::new(id.to_string())
        .height(height)
        .legend(Legend::default())
        // Labelled ticks far enough apart to be shown at any chart size.
        .x_grid_spacer(widgets::nice_grid(X_LABEL_PX))
        .y_grid_spacer(widgets::nice_grid(Y_LABEL_PX))
        .x_axis_label(x.to_string())
        .y_axis_label(y.to_string())
        .allow_scroll(false)
}

pub(crate) fn risk_by_band(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    ui.strong("Default rate and predicted PD by score band (mature accounts)");
    let r = &d.analytics.band_risk;
    let bars: Vec<Bar> = (0..BANDS)
        .map(|b| {
            Bar::new(b as f64, r[b].default_rate() * 100.0).name(format!(
                "band {} ({} mature accounts)",
                BAND_NAMES[b], r[b].mature
            ))
        })
        .collect();
    let line: Vec<[f64; 2]> = (0..BANDS)
        .filter(|&b| r[b].mature > 0)
        .map(|b| [b as f64, r[b].predicted_pd() * 100.0])
        .collect();
    plot("risk-by-band", "score band", "rate (%)", height)
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .x_grid_spacer(egui_plot::log_grid_spacer(10))
        .x_axis_formatter(band_formatter)
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("observed default rate (90+ in 12 months, %)", bars)
                    .color(pal.bad)
                    .width(0.6),
            );
            plot.line(
                Line::new("predicted PD (%)", line.clone())
                    .color(pal.secondary)
                    .width(2.0),
            );
            plot.points(
                Points::new("predicted PD (%)", line)
                    .color(pal.secondary)
                    .radius(4.0),
            );
        });
}

pub(crate) fn exposure_by_band(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    ui.strong("Exposure (EAD) by score band, champion vs challenger");
    let series =
        |eval: &crate::domain::evaluation::Evaluation, offset: f64, who: &str| -> Vec<Bar> {
            (0..BANDS)
                .map(|b| {
                    Bar::new(b as f64 + offset, eval.by_band[b].ead / 1e6)
                        .width(0.35)
                        .name(format!("{who}, band {}", BAND_NAMES[b]))
                })
                .collect()
        };
    let champion = series(&d.champion.eval, -0.18, "champion");
    let challenger = series(&d.challenger.eval, 0.18, "challenger");
    plot(
        "exposure-by-band",
        "score band",
        "exposure (¥ million)",
        height,
    )
    .x_grid_spacer(egui_plot::log_grid_spacer(10))
    .x_axis_formatter(band_formatter)
    .include_y(0.0)
    .show(ui, |plot| {
        plot.bar_chart(
            BarChart::new(format!("champion ({})", d.champion.policy.name), champion)
                .color(pal.champion),
        );
        plot.bar_chart(
            BarChart::new(
                format!("challenger ({})", d.challenger.policy.name),
                challenger,
            )
            .color(pal.challenger),
        );
    });
}

pub(crate) fn vintages(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    ui.strong("Vintage curves: cumulative 30+ rate by months on book, per quarterly cohort");
    let v = &d.analytics.vintages;
    let ui_ctx = ui.ctx().clone();
    let ui_ctx = &ui_ctx;
    plot(
        "vintages",
        "months on book",
        "ever 30+ days past due (%)",
        height,
    )
    .include_y(0.0)
    .show(ui, |plot| {
        for (k, c) in v.iter().enumerate() {
            let pts: Vec<[f64; 2]> = c
                .points
                .iter()
                .map(|&(m, r)| [m as f64, r * 100.0])
                .collect();
            plot.line(
                Line::new(quarter_label(c.cohort), pts)
                    .color(theme::series(ui_ctx, k))
                    .width(1.5),
            );
        }
    });
}

pub(crate) fn strategy(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    ui.strong("Strategy curve: approval rate vs expected bad rate over all cut-offs");
    let curve: PlotPoints = d
        .challenger
        .strategy
        .iter()
        .filter(|p| p.approval_rate > 0.0)
        .map(|p| [p.approval_rate * 100.0, p.bad_rate * 100.0])
        .collect();
    let mark = |curve: &[crate::domain::evaluation::strategy::StrategyPoint], cutoff: i32| {
        at_cutoff(curve, cutoff).map(|p| [p.approval_rate * 100.0, p.bad_rate * 100.0])
    };
    let ch = mark(&d.champion.strategy, d.champion.policy.cutoff);
    let cl = mark(&d.challenger.strategy, d.challenger.policy.cutoff);
    let top = d
        .challenger
        .strategy
        .iter()
        .map(|p| p.bad_rate * 100.0)
        .fold(0.0, f64::max);
    plot("strategy", "approval rate", "expected bad rate", height)
        .x_axis_formatter(widgets::percent_tick)
        .y_axis_formatter(widgets::percent_tick)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .include_y(top * 1.1)
        .show(ui, |plot| {
            plot.line(
                Line::new("all cut-offs (challenger's other rules)", curve)
                    .color(pal.muted)
                    .width(1.5),
            );
            if let Some(p) = ch {
                plot.points(
                    Points::new(
                        format!("champion, cut-off {}", d.champion.policy.cutoff),
                        vec![p],
                    )
                    .shape(MarkerShape::Diamond)
                    .radius(7.0)
                    .color(pal.champion),
                );
            }
            if let Some(p) = cl {
                plot.points(
                    Points::new(
                        format!("challenger, cut-off {}", d.challenger.policy.cutoff),
                        vec![p],
                    )
                    .shape(MarkerShape::Circle)
                    .radius(6.0)
                    .color(pal.challenger),
                );
            }
        });
}

pub(crate) fn roc(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    ui.strong(format!(
        "ROC: AUC {:.3}, Gini {:.3} (mature accounts, 12-month outcome observed)",
        a.auc, a.gini
    ));
    let pts: PlotPoints = a
        .roc
        .iter()
        .map(|p| [p.good_share * 100.0, p.bad_share * 100.0])
        .collect();
    plot(
        "roc",
        "goods declined (share of goods)",
        "bads declined (share of bads)",
        height,
    )
    .x_axis_formatter(widgets::percent_tick)
    .y_axis_formatter(widgets::percent_tick)
    .include_x(0.0)
    .include_x(100.0)
    .show(ui, |plot| {
        plot.line(Line::new("scorecard", pts).color(pal.champion).width(2.0));
        plot.line(Line::new("random", vec![[0.0, 0.0], [100.0, 100.0]]).color(pal.muted));
    });
}

pub(crate) fn ks(ui: &mut egui::Ui, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let a = &d.analytics;
    ui.strong(format!(
        "KS {:.1} points at score {:.0}",
        a.ks.0 * 100.0,
        a.ks.1
    ));
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
    plot("ks", "score", "share at or below the score", height)
        .y_axis_formatter(widgets::percent_tick)
        .show(ui, |plot| {
            plot.line(Line::new("bads", bads).color(pal.bad).width(2.0));
            plot.line(Line::new("goods", goods).color(pal.good).width(2.0));
            if a.ks.1.is_finite() {
                plot.vline(VLine::new(format!("KS {}", pct(a.ks.0)), a.ks.1).color(pal.muted));
            }
        });
}

pub(crate) fn roll_rates(ui: &mut egui::Ui, d: &Workbench) {
    let pal = theme::palette(ui.ctx());
    widgets::section(
        ui,
        "Roll rates: share of a bucket's balance found in each bucket a month later",
    );
    let r = &d.analytics.roll;
    egui::Grid::new("roll")
        .num_columns(DPD_BUCKETS.len() + 1)
        .spacing([16.0, ROLL_ROW_GAP])
        .show(ui, |ui| {
            ui.strong("from \\ to");
            for b in DPD_BUCKETS {
                ui.strong(b);
            }
            ui.end_row();
            for (from, name) in DPD_BUCKETS.iter().enumerate() {
                ui.strong(*name);
                for to in 0..DPD_BUCKETS.len() {
                    let s = r.share(from, to);
                    // Rolling forward (or staying at 90+) is bad; staying current or curing is good.
                    let colour = if to > from || to == DPD_BUCKETS.len() - 1 {
                        pal.bad
                    } else {
                        pal.good
                    };
                    let fill = colour.gamma_multiply((s as f32).clamp(0.0, 1.0) * 0.6 + 0.05);
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(8, ROLL_CELL_MARGIN_Y))
                        .show(ui, |ui| {
                            ui.label(RichText::new(pct(s)).monospace());
                        });
                }
                ui.end_row();
            }
        });
}
