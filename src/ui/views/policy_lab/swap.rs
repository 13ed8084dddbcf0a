//! The swap matrix: the champion's decision against the challenger's, with the
//! bad rates of every cell.

use egui::RichText;

use crate::domain::evaluation::compare::{SwapCell, SwapSet};
use crate::domain::policy::Decision;
use crate::format::{pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::theme;
use crate::workbench::words;

/// One cell of the swap matrix: how many, and their bad rates ("–" where none).
fn swap_cell(ui: &mut egui::Ui, lang: Language, c: &SwapCell, tint: Option<egui::Color32>) {
    ui.vertical(|ui| {
        let n = RichText::new(i18n::text_with(
            lang,
            "lab-n-applicants",
            &[
                ("n", Arg::Number(c.count as f64)),
                ("count", Arg::Text(&thousands(c.count as f64))),
            ],
        ))
        .strong();
        ui.label(match tint {
            Some(colour) if c.count > 0 => n.color(colour),
            _ => n,
        });
        ui.label(i18n::text_with(
            lang,
            "lab-est-bad-rate",
            &[("rate", Arg::Text(&pct(c.estimated_bad_rate())))],
        ));
        ui.label(match c.observed_bad_rate() {
            Some(r) => i18n::text_with(
                lang,
                "lab-observed-of",
                &[
                    ("rate", Arg::Text(&pct(r))),
                    ("of", Arg::Text(&thousands(c.observed as f64))),
                ],
            ),
            None => i18n::text(lang, "lab-observed-none"),
        })
        .on_hover_text(i18n::text(lang, "lab-observed-tip"));
    });
}

/// The 3 × 3 swap matrix: the champion's decision (rows) against the challenger's
/// (columns), referred applicants apart; swapped in and out are tinted.
pub(super) fn swap_matrix(ui: &mut egui::Ui, lang: Language, s: &SwapSet) {
    let pal = theme::palette(ui.ctx());
    egui::Grid::new("swap")
        .min_col_width(150.0)
        .num_columns(4)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(i18n::text(lang, "lab-swap-corner")).color(pal.muted));
            for b in Decision::ALL {
                let w = words::decision(lang, b);
                ui.strong(i18n::text_with(
                    lang,
                    "lab-swap-challenger",
                    &[("decision", Arg::Text(&w))],
                ));
            }
            ui.end_row();
            for a in Decision::ALL {
                let w = words::decision(lang, a);
                ui.strong(i18n::text_with(
                    lang,
                    "lab-swap-champion",
                    &[("decision", Arg::Text(&w))],
                ));
                for b in Decision::ALL {
                    let tint = match (a == Decision::Approve, b == Decision::Approve) {
                        (false, true) => Some(pal.good),
                        (true, false) => Some(pal.bad),
                        _ => None,
                    };
                    swap_cell(ui, lang, s.cell(a, b), tint);
                }
                ui.end_row();
            }
        });
    let (kept, sin, sout, neither) = (
        s.kept(),
        s.swapped_in(),
        s.swapped_out(),
        s.approved_by_neither(),
    );
    ui.label(i18n::text_with(
        lang,
        "lab-swap-summary",
        &[
            ("kept", Arg::Text(&thousands(kept.count as f64))),
            ("in", Arg::Text(&thousands(sin.count as f64))),
            ("inrate", Arg::Text(&pct(sin.estimated_bad_rate()))),
            ("out", Arg::Text(&thousands(sout.count as f64))),
            ("outrate", Arg::Text(&pct(sout.estimated_bad_rate()))),
            ("neither", Arg::Text(&thousands(neither.count as f64))),
        ],
    ));
}
