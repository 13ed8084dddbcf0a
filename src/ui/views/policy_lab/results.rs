//! The lab's figures: champion against challenger, the charts, the swap matrix and
//! the audit log.

use egui::RichText;

use super::LAB_CHART_MIN_HEIGHT;
use super::swap::swap_matrix;
use crate::domain::evaluation::Figures;
use crate::format::{money, pct, signed_money, signed_pp, signed_thousands, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::views::{ViewCtx, charts};
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

fn figure_row(
    ui: &mut egui::Ui,
    label: &str,
    a: f64,
    b: f64,
    fmt: fn(f64) -> String,
    delta: fn(f64) -> String,
    good_up: bool,
) {
    ui.label(label);
    ui.label(fmt(a));
    ui.label(RichText::new(fmt(b)).strong());
    ui.colored_label(widgets::change_colour(ui, b - a, good_up), delta(b - a));
    ui.end_row();
}

pub(crate) fn results(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (d, lang) = (v.wb, v.lang);
    let t = |id: &str| i18n::text(lang, id);
    let (ch, cl) = (&d.champion, &d.challenger);
    let (a, b): (&Figures, &Figures) = (&ch.eval.total, &cl.eval.total);
    egui::ScrollArea::vertical().show(ui, |ui| {
        if ch.policy == cl.policy {
            ui.heading(i18n::text_with(
                lang,
                "lab-in-force-heading",
                &[("policy", Arg::Text(&d.policy_label(lang, &ch.policy)))],
            ));
            ui.label(RichText::new(t("lab-try-hint")).color(theme::palette(ui.ctx()).muted));
        } else {
            ui.heading(i18n::text_with(
                lang,
                "lab-versus-heading",
                &[
                    ("champion", Arg::Text(&d.policy_label(lang, &ch.policy))),
                    ("challenger", Arg::Text(&d.policy_label(lang, &cl.policy))),
                ],
            ));
        }
        egui::Grid::new("figures")
            .striped(true)
            .num_columns(4)
            .min_col_width(110.0)
            .show(ui, |ui| {
                ui.strong("");
                ui.strong(t("lab-champion"));
                ui.strong(t("lab-challenger"));
                ui.strong(t("lab-difference"));
                ui.end_row();
                figure_row(
                    ui,
                    &t("lab-approvals"),
                    a.approved as f64,
                    b.approved as f64,
                    thousands,
                    signed_thousands,
                    true,
                );
                figure_row(
                    ui,
                    &t("kri-approval-rate"),
                    a.approval_rate(),
                    b.approval_rate(),
                    pct,
                    signed_pp,
                    true,
                );
                figure_row(
                    ui,
                    &t("lab-referred"),
                    a.referred as f64,
                    b.referred as f64,
                    thousands,
                    signed_thousands,
                    false,
                );
                figure_row(
                    ui,
                    &t("lab-expected-bad-rate"),
                    a.expected_bad_rate(),
                    b.expected_bad_rate(),
                    pct,
                    signed_pp,
                    false,
                );
                if d.portfolio.limit_applies() {
                    figure_row(
                        ui,
                        &t("lab-exposure"),
                        a.ead,
                        b.ead,
                        money,
                        signed_money,
                        true,
                    );
                    figure_row(
                        ui,
                        &t("lab-expected-loss"),
                        a.expected_loss,
                        b.expected_loss,
                        money,
                        signed_money,
                        false,
                    );
                    figure_row(
                        ui,
                        &t("lab-revenue"),
                        a.revenue(&ch.policy),
                        b.revenue(&cl.policy),
                        money,
                        signed_money,
                        true,
                    );
                    figure_row(
                        ui,
                        &t("lab-margin"),
                        a.margin(&ch.policy),
                        b.margin(&cl.policy),
                        money,
                        signed_money,
                        true,
                    );
                } else {
                    // No income: no limit, so no exposure, loss, revenue or margin.
                    ui.label(t("lab-exposure"));
                    ui.label("–");
                    ui.label("–");
                    ui.label("–");
                    ui.end_row();
                }
            });
        if !d.portfolio.limit_applies() {
            // Below the figures, wrapped: in the grid's last cell it ran off a
            // narrow window (Chinese at 1100 × 700).
            ui.add(
                egui::Label::new(
                    RichText::new(t("lab-no-limit-why")).color(theme::palette(ui.ctx()).muted),
                )
                .wrap(),
            );
        }
        ui.label(
            RichText::new(words::observed(
                lang,
                &d.portfolio,
                "lab-observed-note",
                "lab-observed-note-given",
                &[
                    ("champion", Arg::Text(&pct(a.observed_bad_rate()))),
                    ("challenger", Arg::Text(&pct(b.observed_bad_rate()))),
                ],
            ))
            .color(theme::palette(ui.ctx()).muted),
        );
        // The charts come right after the figures, sized to what is left of the
        // window, so that both stay in sight while a slider moves (1100 × 700 too);
        // the swap matrix follows.
        // A title and a legend of up to two lines each go above every plot.
        let above = 4.0 * (ui.text_style_height(&egui::TextStyle::Body) + 4.0) + theme::GAP;
        let height = (ui.clip_rect().bottom() - ui.cursor().top() - above)
            .clamp(LAB_CHART_MIN_HEIGHT, theme::CHART_HEIGHT);
        ui.add_space(theme::GAP / 2.0);
        ui.columns(2, |cols| {
            charts::strategy(&mut cols[0], lang, d, height);
            charts::exposure_by_band(&mut cols[1], lang, d, height);
        });
        widgets::section(ui, &t("lab-swap-title"));
        swap_matrix(ui, lang, &d.swap);
        widgets::section(ui, &t("lab-audit-log"));
        audit_log(ui, lang, d);
    });
}

fn audit_log(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    if d.audit.is_empty() {
        ui.label(i18n::text(lang, "lab-no-entries"));
    }
    egui::Grid::new("audit")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for e in d.audit.iter().rev().take(12) {
                ui.label(&e.at);
                ui.label(&e.user);
                ui.label(format!("{} {}", e.action, e.subject));
                ui.label(&e.reason);
                // The first line, shortened; the whole detail on hover.
                let first = e.detail.lines().next().unwrap_or_default();
                let short: String = first.chars().take(70).collect();
                let more = if short.len() < e.detail.len() {
                    "…"
                } else {
                    ""
                };
                ui.label(format!("{short}{more}")).on_hover_text(&e.detail);
                ui.end_row();
            }
        });
}
