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

/// Grid lines whose labelled step is a 1–2–5 multiple of a power of ten at least
/// `label_px` points apart, so that a narrow plot still labels several ticks (egui_plot
/// labels an x tick only when its step is more than 60 points wide; its default
/// power-of-ten grid can leave a 500-point axis with the single label "0").
pub fn nice_grid(
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
pub fn nice_step(x: f64) -> f64 {
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

/// A tick label of an axis in percent, with as few decimals as the value needs:
/// "20%", "2.5%".
pub fn percent_tick(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let v = mark.value + 0.0; // -0 + 0 is +0: no "-0%"
    let decimals = (0..3)
        .find(|&d| {
            let f = 10f64.powi(d);
            ((v * f).round() - v * f).abs() < 1e-6
        })
        .unwrap_or(3) as usize;
    format!("{v:.decimals$}%")
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
    }
}
