//! Shared widgets: KPI tiles, labelled values, small helpers.

use egui::{Color32, RichText};

use super::theme;

/// A KPI tile: a title, a big value and a line below (a change, a note).
pub fn tile(ui: &mut egui::Ui, title: &str, value: &str, below: &str, below_colour: Color32) {
    let pal = theme::palette(ui.ctx());
    egui::Frame::group(ui.style())
        .fill(pal.tile_fill)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(theme::TILE_WIDTH);
            ui.vertical(|ui| {
                ui.label(RichText::new(title).color(pal.muted));
                ui.label(RichText::new(value).size(22.0).strong());
                ui.label(RichText::new(below).color(below_colour));
            });
        });
}

/// A change shown with a sign and a colour: `good_when_up` says which way is good.
pub fn change_colour(ui: &egui::Ui, delta: f64, good_when_up: bool) -> Color32 {
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
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::GAP / 2.0);
    ui.heading(title);
}

/// A signed number with a thousands separator: "+1,234" / "−56".
pub fn signed_thousands(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = crate::format::thousands(x.abs());
    if x.round() > 0.0 {
        format!("+{s}")
    } else if x.round() < 0.0 {
        format!("−{s}")
    } else {
        s
    }
}

/// A change of a rate in percentage points: "+1.23 pp".
pub fn signed_pp(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    format!(
        "{}{:.2} pp",
        if x >= 0.0 { "+" } else { "−" },
        (x * 100.0).abs()
    )
}

/// A signed money amount: "+¥1,234".
pub fn signed_money(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = crate::format::money(x.abs());
    if x >= 0.0 {
        format!("+{s}")
    } else {
        format!("−{s}")
    }
}
