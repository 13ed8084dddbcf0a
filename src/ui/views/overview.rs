//! The portfolio at a glance: KPI tiles for the latest quarter of applications with
//! their change against the previous quarter, and the monthly applications.

use egui_plot::{Bar, BarChart, Line, Plot, Points};

use super::{ViewCtx, charts};
use crate::domain::analytics::kpi::Period;
use crate::domain::analytics::kri::Kri;
use crate::domain::analytics::score_psi::PSI_REFERENCE_MONTHS;
use crate::domain::import::dates::month_label;
use crate::format::{money_short_in, pct, signed_money_short_in, signed_pp, signed_thousands};
use crate::format::{quarter_label_in, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let p = &d.portfolio;
    let pal = theme::palette(ui.ctx());
    let lang = v.lang;
    let quarter = |q: i32| quarter_label_in(lang, q);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(v.t_with(
            "overview-title",
            &[("name", Arg::Text(&p.name)), ("date", Arg::Text(&p.as_of))],
        ));
        let q = &d.analytics.quarters;
        let (Some(cur), prev) = (q.last(), q.len().checked_sub(2).and_then(|k| q.get(k))) else {
            ui.label(v.t("overview-no-applicants"));
            return;
        };
        let empty = Period::default();
        let prev_p = prev.unwrap_or(&empty);
        let against =
            prev.map_or_else(|| v.t("overview-no-previous-quarter"), |x| quarter(x.index));
        ui.label(
            egui::RichText::new(v.t_with(
                "overview-intro",
                &[
                    ("quarter", Arg::Text(&quarter(cur.index))),
                    ("policy", Arg::Text(&d.champion.policy.name)),
                    ("previous", Arg::Text(&against)),
                ],
            ))
            .color(pal.muted),
        );
        ui.add_space(theme::GAP);
        let prev_label = prev.map_or("–".to_string(), |x| quarter(x.index));
        let kris = &d.analytics.kris;
        let now = |k: Kri| kris.quarter(k, cur.index);
        let before = |k: Kri| prev.map_or(f64::NAN, |x| kris.quarter(k, x.index));
        let status = |k: Kri, value: f64| {
            let t = d.kri_thresholds.get(k);
            Some(widgets::TileStatus {
                status: t.status(value),
                thresholds: words::threshold_text(lang, k, t),
            })
        };
        // Without a previous quarter there is no change to show: "– vs –", not the
        // quarter's own figure as if it were a change from nothing.
        let first = prev.is_none();
        let tile = |title: &str, value: String, below: String, delta: f64, good_up: bool| {
            let (below, delta) = if first || !delta.is_finite() {
                ("–".to_string(), 0.0)
            } else {
                (below, delta)
            };
            widgets::Tile {
                title: title.to_string(),
                value,
                below: i18n::text_with(
                    lang,
                    "overview-vs",
                    &[
                        ("change", Arg::Text(&below)),
                        ("previous", Arg::Text(&prev_label)),
                    ],
                ),
                below_colour: widgets::change_colour(ui, delta, good_up),
                status: None,
                opens: None,
            }
        };
        let count = |title: &str, a: u64, b: u64| {
            let (a, b) = (a as f64, b as f64);
            tile(title, thousands(a), signed_thousands(a - b), a - b, true)
        };
        let name = |k: Kri| words::kri(lang, k);
        // An indicator's tile: its quarter's value, the change, the status; a click
        // opens its history.
        let rate = |k: Kri| {
            let (a, b) = (now(k), before(k));
            let value = if a.is_finite() { pct(a) } else { "–".into() };
            widgets::Tile {
                status: status(k, a),
                opens: Some(k),
                ..tile(
                    &name(k),
                    value,
                    signed_pp(a - b),
                    a - b,
                    k == Kri::ApprovalRate,
                )
            }
        };
        let amount = |title: &str, a: f64, b: f64, good_up: bool| {
            tile(
                title,
                money_short_in(lang, a),
                signed_money_short_in(lang, a - b),
                a - b,
                good_up,
            )
        };
        let psi = now(Kri::ScorePsi);
        let (psi_value, psi_below) = if psi.is_finite() {
            (
                format!("{psi:.3}"),
                v.t_with(
                    "overview-psi-reference",
                    &[("months", Arg::Number(PSI_REFERENCE_MONTHS as f64))],
                ),
            )
        } else {
            ("–".to_string(), v.t("overview-psi-too-short"))
        };
        // An import without accounts and performance has no book to show: "–", and
        // why, rather than 0 accounts and ¥0.
        let history = !v.wb.portfolio.accounts.is_empty();
        let unknown = |title: &str| widgets::Tile {
            value: "–".into(),
            below: v.t("overview-no-history"),
            ..tile(title, String::new(), String::new(), 0.0, true)
        };
        let booked = if history {
            count(&v.t("tile-booked"), cur.booked, prev_p.booked)
        } else {
            unknown(&v.t("tile-booked"))
        };
        let book_ead = if history {
            amount(&v.t("tile-book-ead"), cur.book_ead, prev_p.book_ead, true)
        } else {
            unknown(&v.t("tile-book-ead"))
        };
        let book_el = if history {
            amount(
                &v.t("tile-book-el"),
                cur.book_expected_loss,
                prev_p.book_expected_loss,
                false,
            )
        } else {
            unknown(&v.t("tile-book-el"))
        };
        // The early-warning watchlist at the latest month-end (not a quarter's
        // figure), judged by the share of accounts on watch that month.
        let on_watch = if history {
            let n = v.wb.watchlist.len();
            let share = kris
                .monthly(Kri::OnWatchRate)
                .last()
                .map_or(f64::NAN, |&(_, x)| x);
            widgets::Tile {
                title: v.t("tile-on-watch"),
                value: thousands(n as f64),
                below: v.t_with("tile-on-watch-below", &[("share", Arg::Text(&pct(share)))]),
                below_colour: pal.muted,
                status: status(Kri::OnWatchRate, share),
                opens: Some(Kri::OnWatchRate),
            }
        } else {
            unknown(&v.t("tile-on-watch"))
        };
        let book_rate = |k: Kri| if history { rate(k) } else { unknown(&name(k)) };
        let mut tiles = vec![
            count(&v.t("tile-applicants"), cur.applicants, prev_p.applicants),
            rate(Kri::ApprovalRate),
            booked,
            book_ead,
            book_el,
            book_rate(Kri::ExpectedLossRate),
            book_rate(Kri::Dpd30Rate),
            book_rate(Kri::Dpd90Rate),
            widgets::Tile {
                title: name(Kri::ScorePsi),
                value: psi_value,
                below: psi_below,
                below_colour: pal.muted,
                status: status(Kri::ScorePsi, psi),
                opens: Some(Kri::ScorePsi),
            },
        ];
        tiles.push(on_watch);
        if let Some(k) = widgets::tiles(ui, lang, tiles) {
            v.out.push(Command::OpenKri(k));
        }
        ui.add_space(theme::GAP / 2.0);
        ui.label(
            egui::RichText::new(v.t_with(
                "overview-kri-note",
                &[
                    ("quarter", Arg::Text(&quarter(cur.index))),
                    ("months", Arg::Number(PSI_REFERENCE_MONTHS as f64)),
                ],
            ))
            .color(pal.muted),
        );
        ui.add_space(theme::GAP);
        let t = &d.champion.eval.total;
        ui.label(v.t_with(
            "overview-whole",
            &[
                ("applicants", Arg::Text(&thousands(p.len() as f64))),
                ("rate", Arg::Text(&pct(t.approval_rate()))),
                ("accounts", Arg::Text(&words::booked(lang, p))),
                ("auc", Arg::Text(&format!("{:.3}", d.analytics.auc))),
                ("gini", Arg::Text(&format!("{:.3}", d.analytics.gini))),
            ],
        ));
        widgets::section(ui, &v.t("overview-monthly"));
        monthly(ui, lang, d);
    });
}

fn monthly(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    let t = |id: &str| i18n::text(lang, id);
    let pal = theme::palette(ui.ctx());
    // Both charts in sight where the window allows (1100 × 700 too): below the tiles
    // they share what is left after their two legend lines (the second chart is 0.9
    // of the first), each from 80 to 200 points high; a smaller window scrolls.
    let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let left = ui.clip_rect().bottom() - ui.cursor().top() - 2.0 * line - 24.0;
    let height = (left / 1.9).clamp(80.0, 200.0);
    let months = &d.analytics.months;
    let labels: Vec<String> = months.iter().map(|m| month_label(m.index)).collect();
    let l2 = labels.clone();
    let fmt = move |labels: &Vec<String>, x: f64| {
        let k = x.round();
        if (x - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < labels.len() {
            labels[k as usize].clone()
        } else {
            String::new()
        }
    };
    // The month under the pointer, read out with both figures.
    let month_readout = |at: egui_plot::PlotPoint| {
        let k = at.x.round();
        let m = months.get(usize::try_from(k as i64).ok()?)?;
        Some(i18n::text_with(
            lang,
            "overview-month-readout",
            &[
                ("month", Arg::Text(&month_label(m.index))),
                ("applications", Arg::Text(&thousands(m.applicants as f64))),
                ("approved", Arg::Text(&thousands(m.approved as f64))),
                ("rate", Arg::Text(&pct(m.approval_rate()))),
            ],
        ))
    };
    let bars: Vec<Bar> = months
        .iter()
        .enumerate()
        .map(|(k, m)| Bar::new(k as f64, m.applicants as f64))
        .collect();
    let most = months.iter().map(|m| m.applicants).max().unwrap_or(0) as f64;
    let link = egui::Id::unique("overview-months");
    charts::legend(
        ui,
        &[(charts::Mark::Bar, pal.champion, t("overview-applications"))],
    );
    let shown = Plot::new("applications")
        .height(height)
        .include_y(0.0)
        .include_y(most * 1.08)
        .x_axis_label(t("overview-application-month"))
        // Too low for an axis title, the legend above names the series.
        .y_axis_label(if height >= 140.0 {
            t("overview-applications")
        } else {
            String::new()
        })
        .y_axis_min_width(64.0)
        .link_axis(link, [true, false])
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_formatter(|mark, _| thousands(mark.value))
        .x_axis_formatter(move |mark, _| fmt(&labels, mark.value))
        .show(ui, |plot| {
            plot.bar_chart(widgets::quiet(
                BarChart::new(t("overview-applications"), bars)
                    .color(pal.champion)
                    .width(0.7),
            ));
        });
    charts::readout(&shown, month_readout);
    let rate: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .map(|(k, m)| [k as f64, m.approval_rate() * 100.0])
        .collect();
    let highest = rate.iter().map(|p| p[1]).fold(0.0, f64::max);
    charts::legend(
        ui,
        &[(
            charts::Mark::Line,
            pal.good,
            t("overview-approval-rate-series"),
        )],
    );
    let shown = Plot::new("approval-rate")
        .height(height * 0.9)
        .x_axis_label(t("overview-application-month"))
        .y_axis_label(if height >= 140.0 {
            t("overview-approval-rate-axis")
        } else {
            String::new()
        })
        .y_axis_min_width(64.0)
        .link_axis(link, [true, false])
        .include_y(0.0)
        .include_y((highest * 1.1).min(100.0))
        // Lines every 5 points, labels every 25: the default spacing labels only 0
        // on a plot this low.
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [5.0, 25.0, 50.0]))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| fmt(&l2, mark.value))
        .show(ui, |plot| {
            // A single month is a point: a line through one point draws nothing.
            if rate.len() == 1 {
                plot.points(
                    Points::new(t("overview-approval-rate-series"), rate.clone())
                        .color(pal.good)
                        .radius(3.0),
                );
            }
            plot.line(
                Line::new(t("overview-approval-rate-series"), rate)
                    .color(pal.good)
                    .width(2.0),
            );
        });
    charts::readout(&shown, month_readout);
}
