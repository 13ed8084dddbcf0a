//! The portfolio at a glance: KPI tiles for the latest quarter of applications with
//! their change against the previous quarter, and the monthly applications.

use egui_plot::{Bar, BarChart, Line, Plot};

use super::{ViewCtx, charts};
use crate::domain::analytics::kpi::Period;
use crate::domain::analytics::kri::{self, Kri, PSI_REFERENCE_MONTHS};
use crate::format::{money_short, pct, signed_money_short, signed_pp, signed_thousands, thousands};
use crate::format::{month_label, quarter_label};
use crate::ui::{theme, widgets};
use crate::workbench::Workbench;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let d = v.wb;
    let p = &d.portfolio;
    let pal = theme::palette(ui.ctx());
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(format!("{} — as of {}", p.name, p.as_of));
        let q = &d.analytics.quarters;
        let (Some(cur), prev) = (q.last(), q.len().checked_sub(2).and_then(|k| q.get(k))) else {
            ui.label("The portfolio has no applicants.");
            return;
        };
        let empty = Period::default();
        let prev_p = prev.unwrap_or(&empty);
        ui.label(
            egui::RichText::new(format!(
                "Applications of {} under the policy in force (“{}”), against {}. Book exposure (drawn + CCF × undrawn), expected loss and 30+ / 90+ shares of accounts are at the quarter's last month-end.",
                quarter_label(cur.index),
                d.champion.policy.name,
                prev.map_or("no previous quarter".to_string(), |x| quarter_label(x.index)),
            ))
            .color(pal.muted),
        );
        ui.add_space(theme::GAP);
        let prev_label = prev.map_or("–".to_string(), |x| quarter_label(x.index));
        let psi = d.analytics.score_psi;
        let status = |k: Kri| {
            Some(widgets::TileStatus {
                status: k.status(kri::value(k, cur, psi)),
                thresholds: threshold_text(k),
            })
        };
        let tile = |title: &str, value: String, below: String, delta: f64, good_up: bool| {
            widgets::Tile {
                title: title.to_string(),
                value,
                below: format!("{below} vs {prev_label}"),
                below_colour: widgets::change_colour(ui, delta, good_up),
                status: None,
            }
        };
        let count = |title: &str, a: u64, b: u64| {
            let (a, b) = (a as f64, b as f64);
            tile(title, thousands(a), signed_thousands(a - b), a - b, true)
        };
        let rate = |title: &str, a: f64, b: f64, k: Kri| widgets::Tile {
            status: status(k),
            ..tile(title, pct(a), signed_pp(a - b), a - b, k == Kri::ApprovalRate)
        };
        let amount = |title: &str, a: f64, b: f64, good_up: bool| {
            tile(title, money_short(a), signed_money_short(a - b), a - b, good_up)
        };
        let el_rate = |q: &Period| kri::value(Kri::ExpectedLossRate, q, None);
        let (psi_value, psi_below) = match psi {
            Some(x) => (format!("{x:.3}"), format!("vs first {PSI_REFERENCE_MONTHS} months")),
            None => ("–".to_string(), "history too short".to_string()),
        };
        let tiles = vec![
            count("Applicants", cur.applicants, prev_p.applicants),
            rate(Kri::ApprovalRate.name(), cur.approval_rate(), prev_p.approval_rate(), Kri::ApprovalRate),
            count("Booked accounts", cur.booked, prev_p.booked),
            amount("Book exposure (EAD)", cur.book_ead, prev_p.book_ead, true),
            amount("Book expected loss", cur.book_expected_loss, prev_p.book_expected_loss, false),
            rate(Kri::ExpectedLossRate.name(), el_rate(cur), el_rate(prev_p), Kri::ExpectedLossRate),
            rate(Kri::Dpd30Rate.name(), cur.rate30(), prev_p.rate30(), Kri::Dpd30Rate),
            rate(Kri::Dpd90Rate.name(), cur.rate90(), prev_p.rate90(), Kri::Dpd90Rate),
            widgets::Tile {
                title: Kri::ScorePsi.name().into(),
                value: psi_value,
                below: psi_below,
                below_colour: pal.muted,
                status: status(Kri::ScorePsi),
            },
        ];
        widgets::tiles(ui, tiles);
        ui.add_space(theme::GAP / 2.0);
        ui.label(
            egui::RichText::new(format!(
                "Key risk indicators of {} against their thresholds: on target, watch or breach (hover a status for its thresholds). Expected loss rate = book expected loss / book exposure. Score PSI compares the quarter's applicants' scores with those of the first {PSI_REFERENCE_MONTHS} months of applications (the portfolio keeps no development sample); under 0.10 is stable.",
                quarter_label(cur.index)
            ))
            .color(pal.muted),
        );
        ui.add_space(theme::GAP);
        let t = &d.champion.eval.total;
        ui.label(format!(
            "Whole portfolio: {} applicants, approval rate {} under the policy in force, {} booked accounts, AUC {:.3} (Gini {:.3}).",
            thousands(p.len() as f64),
            pct(t.approval_rate()),
            thousands(p.accounts.len() as f64),
            d.analytics.auc,
            d.analytics.gini
        ));
        widgets::section(ui, "Monthly applications and approval rate");
        monthly(ui, d);
    });
}

/// An indicator's thresholds in words, from `domain::kri` (where they are declared).
fn threshold_text(k: Kri) -> String {
    let v = |x: f64| {
        if k.is_rate() {
            pct(x)
        } else {
            format!("{x:.2}")
        }
    };
    let t = k.threshold();
    let mut watch = Vec::new();
    let mut breach = Vec::new();
    if let Some(f) = t.floor {
        watch.push(format!("{} or lower", v(f.watch)));
        breach.push(format!("below {}", v(f.breach)));
    }
    if let Some(c) = t.ceiling {
        watch.push(format!("{} or higher", v(c.watch)));
        breach.push(format!("above {}", v(c.breach)));
    }
    format!(
        "watch: {}; breach: {}; otherwise on target",
        watch.join(" or "),
        breach.join(" or ")
    )
}

fn monthly(ui: &mut egui::Ui, d: &Workbench) {
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
        Some(format!(
            "{}\n{} applications\n{} approved: approval rate {} under the policy in force",
            month_label(m.index),
            thousands(m.applicants as f64),
            thousands(m.approved as f64),
            pct(m.approval_rate())
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
        &[(charts::Mark::Bar, pal.champion, "applications".into())],
    );
    let shown = Plot::new("applications")
        .height(height)
        .include_y(0.0)
        .include_y(most * 1.08)
        .x_axis_label("application month")
        // Too low for an axis title, the legend above names the series.
        .y_axis_label(if height >= 140.0 { "applications" } else { "" })
        .y_axis_min_width(64.0)
        .link_axis(link, [true, false])
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_formatter(|mark, _| thousands(mark.value))
        .x_axis_formatter(move |mark, _| fmt(&labels, mark.value))
        .show(ui, |plot| {
            plot.bar_chart(widgets::quiet(
                BarChart::new("applications", bars)
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
            "approval rate under the policy in force (%)".into(),
        )],
    );
    let shown = Plot::new("approval-rate")
        .height(height * 0.9)
        .x_axis_label("application month")
        .y_axis_label(if height >= 140.0 {
            "approval rate (%)"
        } else {
            ""
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
            plot.line(
                Line::new("approval rate under the policy in force (%)", rate)
                    .color(pal.good)
                    .width(2.0),
            );
        });
    charts::readout(&shown, month_readout);
}
