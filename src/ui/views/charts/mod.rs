//! Charts (egui_plot): risk by band, exposure by band, vintages, roll rates, the
//! strategy curve, ROC and KS. Each takes prepared data from the workbench; drawing a
//! chart cannot change state.
//!
//! Every chart has its legend above the plot (never over the data) and a read-out
//! under the pointer: the values of every series at the point hovered, named. Plots do
//! not pan or scroll-zoom (a drag cannot lose the data); a right-drag boxes a zoom and
//! a double-click resets it, as the view's first line says.

mod band;
mod curves;
mod roll;
mod strategy;

pub(crate) use band::{exposure_by_band, risk_by_band};
pub(crate) use curves::{ks, roc, vintages};
pub(crate) use roll::roll_rates;
pub(crate) use strategy::strategy;

use egui::{Color32, RichText};
use egui_plot::{Plot, PlotPoint, PlotResponse};

use super::ViewCtx;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::format::fixed;
use crate::i18n::{self, Language};
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

/// Charts per row when the window is wide enough, and the narrowest a chart may be.
const WIDE_COLUMNS: usize = 3;
const MIN_CHART_WIDTH: f32 = 420.0;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (d, lang) = (v.wb, v.lang);
    ui.label(RichText::new(v.t("charts-how-to")).color(theme::palette(ui.ctx()).muted));
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
    // Each chart has a title and a legend line above it.
    let above = 2.0 * (ui.text_style_height(&egui::TextStyle::Body) + row_gap);
    let per_row = (avail.y - roll::height(ui)) / rows as f32 - row_gap;
    let height = (per_row - above).clamp(theme::CHART_MIN_HEIGHT, theme::CHART_HEIGHT_MAX);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row in CHARTS.chunks(columns) {
            ui.columns(columns, |cols| {
                for (chart, col) in row.iter().zip(cols.iter_mut()) {
                    chart(col, lang, d, height);
                }
            });
        }
        roll_rates(ui, lang, d);
    });
}

type Chart = fn(&mut egui::Ui, Language, &Workbench, f32);

/// The charts of the view, in reading order.
const CHARTS: [Chart; 6] = [risk_by_band, exposure_by_band, vintages, strategy, roc, ks];

/// Points between labelled ticks (egui_plot hides x labels closer than 60 points).
const X_LABEL_PX: f64 = 70.0;
const Y_LABEL_PX: f64 = 36.0;

/// A plot without a legend of its own (see [`legend`]), that does not pan or
/// scroll-zoom; box zoom (right-drag) and double-click reset stay.
pub(crate) fn plot<'a>(id: &str, x: String, y: String, height: f32) -> Plot<'a> {
    Plot::new(id.to_string())
        .height(height)
        // Labelled ticks far enough apart to be shown at any chart size.
        .x_grid_spacer(widgets::nice_grid(X_LABEL_PX))
        .y_grid_spacer(widgets::nice_grid(Y_LABEL_PX))
        .x_axis_formatter(widgets::number_tick)
        .y_axis_formatter(widgets::number_tick)
        .x_axis_label(x)
        .y_axis_label(y)
        // Room for "100%" and "−1,000" beside the y axis.
        .y_axis_min_width(40.0)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_boxed_zoom(true)
}

fn band_formatter(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    band_at(mark.value)
        .filter(|_| (mark.value - mark.value.round()).abs() < 1e-6)
        .map_or(String::new(), |b| BAND_NAMES[b].to_string())
}

/// The band whose bar group is nearest to `x` (bands sit at 0, 1, …).
fn band_at(x: f64) -> Option<usize> {
    let k = x.round();
    (k >= 0.0 && (k as usize) < BANDS).then_some(k as usize)
}

/// How a series is drawn, for its legend entry.
#[derive(Clone, Copy)]
pub(crate) enum Mark {
    Line,
    Dashed,
    Bar,
    Dot,
    Diamond,
}

/// A chart's legend, above its plot: a small mark in the series' colour and its name,
/// each entry kept whole when the line wraps.
pub(crate) fn legend(ui: &mut egui::Ui, entries: &[(Mark, Color32, String)]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 14.0;
        for (mark, colour, text) in entries {
            let galley = egui::WidgetText::from(text.as_str()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let size = egui::vec2(22.0 + galley.size().x, galley.size().y.max(12.0));
            let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text.as_str()));
            let key = egui::Rect::from_min_size(
                egui::pos2(rect.left(), rect.center().y - 6.0),
                egui::vec2(18.0, 12.0),
            );
            paint_mark(ui.painter(), key, *mark, *colour);
            let text_pos = egui::pos2(rect.left() + 22.0, rect.center().y - galley.size().y / 2.0);
            ui.painter()
                .galley(text_pos, galley, ui.visuals().text_color());
        }
    });
}

fn paint_mark(p: &egui::Painter, rect: egui::Rect, mark: Mark, colour: Color32) {
    let c = rect.center();
    match mark {
        Mark::Line => {
            p.line_segment([rect.left_center(), rect.right_center()], (2.0, colour));
        }
        Mark::Dashed => {
            for k in 0..3 {
                let x = rect.left() + k as f32 * 7.0;
                p.line_segment(
                    [egui::pos2(x, c.y), egui::pos2(x + 4.0, c.y)],
                    (2.0, colour),
                );
            }
        }
        Mark::Bar => {
            p.rect_filled(rect.shrink2(egui::vec2(3.0, 1.0)), 1.0, colour);
        }
        Mark::Dot => {
            p.circle_filled(c, 4.5, colour);
        }
        Mark::Diamond => {
            let r = 5.5;
            p.add(egui::Shape::convex_polygon(
                vec![
                    egui::pos2(c.x, c.y - r),
                    egui::pos2(c.x + r, c.y),
                    egui::pos2(c.x, c.y + r),
                    egui::pos2(c.x - r, c.y),
                ],
                colour,
                egui::Stroke::NONE,
            ));
        }
    }
}

/// Shows the read-out of the point under the pointer beside it (a tooltip at once, not
/// clipped by the plot's frame).
pub(crate) fn readout<R>(r: &PlotResponse<R>, text: impl FnOnce(PlotPoint) -> Option<String>) {
    let Some(pos) = r.response.hover_pos() else {
        return;
    };
    let Some(t) = text(r.transform.value_from_position(pos)) else {
        return;
    };
    egui::Tooltip::always_open(
        r.response.ctx.clone(),
        r.response.layer_id,
        r.response.id.with("readout"),
        egui::PopupAnchor::Pointer,
    )
    .gap(14.0)
    .show(|ui| {
        ui.label(t);
    });
}

/// A rate for a read-out: "2.15%", "–" where nothing was observed.
fn rate(x: f64) -> String {
    crate::format::pct(x)
}

/// The interface's text `id` in `lang` (the charts' titles and legends).
fn t(lang: Language, id: &str) -> String {
    i18n::text(lang, id)
}

/// A month-on-book or score value for a read-out.
fn whole(x: f64) -> String {
    fixed(x, 0)
}
