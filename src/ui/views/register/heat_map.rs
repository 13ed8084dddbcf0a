//! The 5 × 5 likelihood × impact heat map: cells coloured by their rating's band, each
//! open risk drawn where it sits before its controls (a ring) and after (a disc), an
//! arrow from one to the other. A risk whose linked indicator is at watch or breach
//! has its disc ringed in that status's colour. A click selects a risk.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, vec2};

use super::super::ViewCtx;
use crate::domain::analytics::kri::Status;
use crate::domain::register::{Band, RiskStatus};
use crate::ui::command::{Command, RegisterCommand as C};
use crate::ui::theme::{self, Palette};
use crate::workbench::words;

/// The fill of a band's cells.
pub(super) fn band_fill(pal: &Palette, b: Band) -> Color32 {
    let (c, a) = match b {
        Band::Low => (pal.good, 50),
        Band::Medium => (pal.amber, 70),
        Band::High => (pal.bad, 70),
        Band::Critical => (pal.bad, 150),
    };
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), a)
}

/// The short mark of a risk on the map: "R07" → "7".
fn mark(id: &str) -> String {
    let digits = id.trim_start_matches(|c: char| !c.is_ascii_digit());
    match digits.trim_start_matches('0') {
        "" if digits.is_empty() => id.chars().take(2).collect(),
        "" => "0".into(),
        d => d.into(),
    }
}

/// Where the `k`-th of `n` markers in a cell goes: a row of up to three, rows
/// stacked.
fn offset(k: usize, n: usize, cell: f32) -> egui::Vec2 {
    let per_row = n.clamp(1, 3);
    let rows = n.div_ceil(per_row).max(1);
    let (col, row) = (k % per_row, k / per_row);
    let step = cell / 3.4;
    vec2(
        (col as f32 - (per_row as f32 - 1.0) / 2.0) * step,
        (row as f32 - (rows as f32 - 1.0) / 2.0) * step,
    )
}

pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, side: f32) {
    let d = v.wb;
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let reg = &d.register;
    let (margin_left, margin_top, margin_bottom) = (34.0, 16.0, 34.0);
    let (rect, _) = ui.allocate_exact_size(
        vec2(side + margin_left, margin_top + side + margin_bottom),
        Sense::hover(),
    );
    let grid = Rect::from_min_size(rect.min + vec2(margin_left, margin_top), vec2(side, side));
    let cell = side / 5.0;
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let small = FontId::proportional(11.0);
    // Likelihood rises upwards, impact to the right.
    let cell_rect = |l: u8, i: u8| {
        Rect::from_min_size(
            grid.min + vec2(f32::from(i - 1) * cell, f32::from(5 - l) * cell),
            vec2(cell, cell),
        )
    };
    for l in 1..=5u8 {
        for i in 1..=5u8 {
            let r = cell_rect(l, i);
            painter.rect_filled(r.shrink(1.0), 2.0, band_fill(&pal, reg.bands.band(l * i)));
            painter.text(
                r.right_top() + vec2(-4.0, 3.0),
                Align2::RIGHT_TOP,
                (l * i).to_string(),
                small.clone(),
                pal.muted,
            );
        }
        painter.text(
            Pos2::new(grid.left() - 8.0, cell_rect(l, 1).center().y),
            Align2::RIGHT_CENTER,
            l.to_string(),
            FontId::proportional(13.0),
            text,
        );
        painter.text(
            Pos2::new(cell_rect(1, l).center().x, grid.bottom() + 4.0),
            Align2::CENTER_TOP,
            l.to_string(),
            FontId::proportional(13.0),
            text,
        );
    }
    painter.text(
        Pos2::new(grid.center().x, grid.bottom() + 18.0),
        Align2::CENTER_TOP,
        v.t("register-axis-impact"),
        small.clone(),
        pal.muted,
    );
    painter.text(
        Pos2::new(rect.left() + 2.0, rect.top()),
        Align2::LEFT_TOP,
        v.t("register-axis-likelihood-short"),
        small.clone(),
        pal.muted,
    );
    // Markers: place every open risk's inherent and residual position in its cell.
    let open: Vec<usize> = (0..reg.risks.len())
        .filter(|&k| reg.risks[k].status != RiskStatus::Closed)
        .collect();
    // Every marker of a cell (inherent and residual alike) gets its own slot there.
    let at = |k: usize, residual: bool| {
        let r = &reg.risks[k];
        let (l, i) = if residual {
            (r.residual_likelihood, r.residual_impact)
        } else {
            (r.likelihood, r.impact)
        };
        (l.clamp(1, 5), i.clamp(1, 5))
    };
    let markers: Vec<(usize, bool)> = open.iter().flat_map(|&k| [(k, false), (k, true)]).collect();
    let position = |k: usize, residual: bool| {
        let cell_of = at(k, residual);
        let same: Vec<(usize, bool)> = markers
            .iter()
            .copied()
            .filter(|&(j, r)| at(j, r) == cell_of)
            .collect();
        let slot = same.iter().position(|&m| m == (k, residual)).unwrap_or(0);
        cell_rect(cell_of.0, cell_of.1).center() + offset(slot, same.len(), cell)
    };
    let inherent: Vec<Pos2> = open.iter().map(|&k| position(k, false)).collect();
    let residual: Vec<Pos2> = open.iter().map(|&k| position(k, true)).collect();
    let radius = (cell / 7.5).clamp(7.0, 11.0);
    let selected = v.reg.selected.as_deref();
    let mut hovered: Option<usize> = None;
    let pointer = ui.input(|i| i.pointer.hover_pos());
    for (n, &k) in open.iter().enumerate() {
        let r = &reg.risks[k];
        let is_selected = selected == Some(r.id.as_str());
        let faded = selected.is_some() && !is_selected;
        let ink = if faded { pal.muted } else { pal.champion };
        let (a, b) = (inherent[n], residual[n]);
        if (a - b).length() > 2.0 * radius {
            let dir = (b - a).normalized();
            painter.arrow(
                a + dir * radius,
                (b - a) - dir * (2.0 * radius + 2.0),
                Stroke::new(if is_selected { 2.5 } else { 1.2 }, ink),
            );
        }
        painter.circle_stroke(
            a,
            radius,
            Stroke::new(if is_selected { 2.5 } else { 1.5 }, ink),
        );
        painter.text(a, Align2::CENTER_CENTER, mark(&r.id), small.clone(), ink);
        let status = d.risk_kri_status(r);
        if status >= Status::Watch {
            painter.circle_stroke(
                b,
                radius + 3.5,
                Stroke::new(2.5, theme::status_colour(&pal, status)),
            );
        }
        painter.circle_filled(b, radius, ink);
        painter.text(
            b,
            Align2::CENTER_CENTER,
            mark(&r.id),
            small.clone(),
            pal.tile_fill,
        );
        if pointer.is_some_and(|p| (p - a).length() <= radius || (p - b).length() <= radius) {
            hovered = Some(k);
        }
    }
    let response = ui.interact(grid, egui::Id::unique("register-heat-map"), Sense::click());
    if let Some(k) = hovered {
        let r = &reg.risks[k];
        let tip = v.t_with(
            "register-marker-tip",
            &[
                ("id", crate::i18n::Arg::Text(&r.id)),
                ("title", crate::i18n::Arg::Text(&r.title)),
                ("rating", crate::i18n::Arg::Number(f64::from(r.rating()))),
                (
                    "residual",
                    crate::i18n::Arg::Number(f64::from(r.residual_rating())),
                ),
                (
                    "band",
                    crate::i18n::Arg::Text(&words::band(lang, reg.bands.band(r.residual_rating()))),
                ),
            ],
        );
        let response = response.on_hover_text(tip);
        if response.clicked() {
            v.out
                .push(Command::Register(C::SelectRisk(Some(r.id.clone()))));
        }
    } else if response.clicked() {
        v.out.push(Command::Register(C::SelectRisk(None)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_the_numbers() {
        assert_eq!(mark("R07"), "7");
        assert_eq!(mark("R12"), "12");
        assert_eq!(mark("R00"), "0");
        assert_eq!(mark("OPS"), "OP");
    }

    #[test]
    fn offsets_centre_the_markers() {
        assert_eq!(offset(0, 1, 60.0), vec2(0.0, 0.0));
        let (a, b) = (offset(0, 2, 68.0), offset(1, 2, 68.0));
        assert_eq!(a.x, -b.x);
        assert_eq!(a.y, 0.0);
        assert!(offset(3, 4, 68.0).y > 0.0);
    }
}
