//! Shared widgets: KPI tiles, labelled values, small helpers.

use egui::{Color32, RichText};

use super::theme;
use crate::domain::analytics::kri::{Kri, Status};
use crate::i18n::Language;
use crate::workbench::words;

/// A KPI tile: a title, a big value, a line below (a change, a note) and, for a key
/// risk indicator, its status.
pub(crate) struct Tile {
    pub title: String,
    pub value: String,
    pub below: String,
    pub below_colour: Color32,
    pub status: Option<TileStatus>,
    /// The indicator a click opens the history of.
    pub opens: Option<Kri>,
}

/// A key risk indicator's status on a tile: the status and its thresholds in words.
pub(crate) struct TileStatus {
    pub status: Status,
    /// The thresholds, shown on hover.
    pub thresholds: String,
}

/// Tiles in rows of as many as fit the width (egui cannot wrap frames by itself: their
/// size is known only once drawn). Returns the indicator whose tile was clicked.
pub(crate) fn tiles(ui: &mut egui::Ui, lang: Language, tiles: Vec<Tile>) -> Option<Kri> {
    let outer = theme::TILE_WIDTH + 2.0 * 10.0 + 2.0 * 1.5 + ui.spacing().item_spacing.x;
    let per_row = ((ui.available_width() / outer).floor() as usize).max(1);
    let mut tiles = tiles.into_iter().peekable();
    let mut clicked = None;
    while tiles.peek().is_some() {
        ui.horizontal(|ui| {
            for t in tiles.by_ref().take(per_row) {
                let opens = t.opens;
                let r = tile_ui(ui, lang, t);
                if let Some(k) = opens {
                    let r = r
                        .interact(egui::Sense::click())
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .on_hover_text(words::history_hint(lang));
                    if r.clicked() {
                        clicked = Some(k);
                    }
                }
            }
        });
    }
    clicked
}

/// One tile; a key risk indicator has a border in the status colour and the status in
/// words ("● watch"), so that colour is never the only sign.
fn tile_ui(ui: &mut egui::Ui, lang: Language, t: Tile) -> egui::Response {
    let pal = theme::palette(ui.ctx());
    let stroke = match &t.status {
        Some(s) => egui::Stroke::new(1.5, theme::status_colour(&pal, s.status)),
        None => egui::Stroke::new(1.5, pal.tile_fill),
    };
    egui::Frame::group(ui.style())
        .fill(pal.tile_fill)
        .stroke(stroke)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(theme::TILE_WIDTH);
            ui.vertical(|ui| {
                ui.label(RichText::new(&t.title).color(pal.muted));
                ui.label(RichText::new(&t.value).size(22.0).strong());
                ui.label(RichText::new(&t.below).color(t.below_colour));
                match t.status {
                    Some(s) => {
                        let colour = theme::status_colour(&pal, s.status);
                        ui.label(
                            RichText::new(format!("● {}", words::status(lang, s.status)))
                                .color(colour)
                                .strong(),
                        )
                        .on_hover_text(s.thresholds);
                    }
                    // The same height as a tile with a status.
                    None => {
                        ui.label("");
                    }
                }
            });
        })
        .response
}

/// A change shown with a sign and a colour: `good_when_up` says which way is good.
pub(crate) fn change_colour(ui: &egui::Ui, delta: f64, good_when_up: bool) -> Color32 {
    let pal = theme::palette(ui.ctx());
    if !delta.is_finite() || delta.abs() < 1e-12 {
        pal.muted
    } else if (delta > 0.0) == good_when_up {
        pal.good
    } else {
        pal.bad
    }
}

/// A heading with a little space above.
pub(crate) fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::GAP / 2.0);
    ui.heading(title);
}

/// Grid lines whose labelled step is a 1–2–5 multiple of a power of ten at least
/// `label_px` points apart, so that a narrow plot still labels several ticks (egui_plot
/// labels an x tick only when its step is more than 60 points wide; its default
/// power-of-ten grid can leave a 500-point axis with the single label "0").
pub(crate) fn nice_grid(
    label_px: f64,
) -> impl Fn(egui_plot::GridInput) -> Vec<egui_plot::GridMark> + 'static {
    egui_plot::uniform_grid_spacer(move |input: egui_plot::GridInput| {
        // `base_step_size` is the value of 8 points (egui_plot's minimum grid spacing).
        let per_point = input.base_step_size / 8.0;
        let step = nice_step(per_point * label_px);
        // Minor lines a fifth of a labelled step apart: too close for a label.
        [step / 5.0, step, step * 5.0]
    })
}

/// The smallest 1, 2 or 5 times a power of ten at or above `x` (1 for a bad `x`).
pub(crate) fn nice_step(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|s| *s >= x * (1.0 - 1e-9))
        .unwrap_or(10.0 * p)
}

/// A tick label with as few decimals as the value needs ("20", "2.5") and the minus
/// sign of text for people.
pub(crate) fn number_tick(
    mark: egui_plot::GridMark,
    _range: &std::ops::RangeInclusive<f64>,
) -> String {
    let v = mark.value + 0.0; // -0 + 0 is +0: no "-0"
    let decimals = (0..3)
        .find(|&d| {
            let f = 10f64.powi(d);
            ((v * f).round() - v * f).abs() < 1e-6
        })
        .unwrap_or(3) as usize;
    crate::format::minus(format!("{v:.decimals$}"))
}

/// A tick label of an axis in percent, with as few decimals as the value needs:
/// "20%", "2.5%".
pub(crate) fn percent_tick(
    mark: egui_plot::GridMark,
    range: &std::ops::RangeInclusive<f64>,
) -> String {
    format!("{}%", number_tick(mark, range))
}

/// Bars without egui_plot's own hover text (clipped by the plot's frame and naming no
/// series): the chart's read-out says it instead.
pub(crate) fn quiet(chart: egui_plot::BarChart) -> egui_plot::BarChart {
    chart.element_formatter(Box::new(|_, _| String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(13.0), 20.0);
        assert_eq!(nice_step(20.0), 20.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn percent_ticks() {
        let m = |value, step_size| egui_plot::GridMark { value, step_size };
        assert_eq!(percent_tick(m(20.0, 20.0), &(0.0..=100.0)), "20%");
        assert_eq!(percent_tick(m(2.5, 0.5), &(0.0..=10.0)), "2.5%");
        assert_eq!(percent_tick(m(2.5, 2.5), &(0.0..=10.0)), "2.5%");
        assert_eq!(percent_tick(m(-0.0, 5.0), &(0.0..=10.0)), "0%");
        assert_eq!(percent_tick(m(-5.0, 5.0), &(-10.0..=10.0)), "−5%");
    }
}
