//! The roll-rate table: where each bucket's balance is a month later, with the base
//! of every row (account-months and balance) and readable text on coloured cells.

use egui::RichText;

use crate::domain::portfolio::DPD_BUCKETS;
use crate::format::{money_short_in, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

/// The table's row gap and cell margin.
const ROW_GAP: f32 = 6.0;
const CELL_MARGIN_Y: i8 = 2;

/// The height the roll-rate table takes: a heading and a row per bucket plus the header.
pub(super) fn height(ui: &egui::Ui) -> f32 {
    let s = ui.spacing();
    let heading = ui.text_style_height(&egui::TextStyle::Heading) + theme::GAP;
    let row = ui
        .text_style_height(&egui::TextStyle::Monospace)
        .max(s.interact_size.y)
        + 2.0 * CELL_MARGIN_Y as f32
        + ROW_GAP;
    heading + row * (DPD_BUCKETS.len() + 1) as f32 + s.item_spacing.y
}

pub(crate) fn roll_rates(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    let pal = theme::palette(ui.ctx());
    let dark = ui.visuals().dark_mode;
    widgets::section(ui, &i18n::text(lang, "chart-roll-title"));
    if d.portfolio.accounts.is_empty() {
        ui.label(i18n::text(lang, "chart-no-history"));
        return;
    }
    let bucket = |k: usize| words::dpd_bucket(lang, k);
    let r = &d.analytics.roll;
    // Text stays the theme's strongest colour; the cells are tinted lightly enough
    // for it to read (a lighter tint in the dark theme).
    let text = ui.visuals().strong_text_color();
    let strength = if dark { 0.45 } else { 0.55 };
    egui::Grid::new("roll")
        .num_columns(DPD_BUCKETS.len() + 2)
        .spacing([16.0, ROW_GAP])
        .show(ui, |ui| {
            ui.strong(i18n::text(lang, "chart-roll-corner"));
            for k in 0..DPD_BUCKETS.len() {
                ui.strong(bucket(k));
            }
            ui.strong(i18n::text(lang, "chart-roll-base"));
            ui.end_row();
            for from in 0..DPD_BUCKETS.len() {
                let name = bucket(from);
                ui.strong(&name);
                for to in 0..DPD_BUCKETS.len() {
                    let s = r.share(from, to);
                    // Rolling forward (or staying at 90+) is bad; staying current or curing is good.
                    let colour = if to > from || to == DPD_BUCKETS.len() - 1 {
                        pal.bad
                    } else {
                        pal.good
                    };
                    let share = if s.is_finite() { s as f32 } else { 0.0 };
                    let fill = colour.gamma_multiply(share.clamp(0.0, 1.0) * strength + 0.04);
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(8, CELL_MARGIN_Y))
                        .show(ui, |ui| {
                            ui.label(RichText::new(pct(s)).monospace().color(text));
                        })
                        .response
                        .on_hover_text(i18n::text_with(
                            lang,
                            "chart-roll-cell-tip",
                            &[
                                ("n", Arg::Text(&thousands(r.count[from][to] as f64))),
                                ("from", Arg::Text(&name)),
                                ("to", Arg::Text(&bucket(to))),
                            ],
                        ));
                }
                ui.label(format!(
                    "{} · {}",
                    thousands(r.row_count(from) as f64),
                    money_short_in(lang, r.row_balance(from))
                ));
                ui.end_row();
            }
        });
}
