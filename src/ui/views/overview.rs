//! The portfolio at a glance: KPI tiles for the latest quarter of applications with
//! their change against the previous quarter, and the monthly applications.

use egui_plot::{Bar, BarChart, Legend, Line, Plot};

use super::super::state::Data;
use super::super::{theme, widgets};
use crate::domain::kpi::{Period, quarter_label};
use crate::format::{money_short, pct, thousands};
use crate::store::dates::month_label;

pub fn show(ui: &mut egui::Ui, d: &Data) {
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
        ui.horizontal_wrapped(|ui| {
            let count = |ui: &mut egui::Ui, title: &str, a: f64, b: f64, good_up: bool| {
                let text = format!("{} vs {prev_label}", widgets::signed_thousands(a - b));
                let colour = widgets::change_colour(ui, a - b, good_up);
                widgets::tile(ui, title, &thousands(a), &text, colour);
            };
            let rate = |ui: &mut egui::Ui, title: &str, a: f64, b: f64, good_up: bool| {
                let text = format!("{} vs {prev_label}", widgets::signed_pp(a - b));
                let colour = widgets::change_colour(ui, a - b, good_up);
                widgets::tile(ui, title, &pct(a), &text, colour);
            };
            let amount = |ui: &mut egui::Ui, title: &str, a: f64, b: f64, good_up: bool| {
                let delta = a - b;
                let text = format!(
                    "{}{} vs {prev_label}",
                    if delta >= 0.0 { "+" } else { "" },
                    money_short(delta)
                );
                let colour = widgets::change_colour(ui, delta, good_up);
                widgets::tile(ui, title, &money_short(a), &text, colour);
            };
            count(ui, "Applicants", cur.applicants as f64, prev_p.applicants as f64, true);
            rate(ui, "Approval rate", cur.approval_rate(), prev_p.approval_rate(), true);
            count(ui, "Booked accounts", cur.booked as f64, prev_p.booked as f64, true);
            amount(ui, "Book exposure (EAD)", cur.book_ead, prev_p.book_ead, true);
            amount(
                ui,
                "Book expected loss",
                cur.book_expected_loss,
                prev_p.book_expected_loss,
                false,
            );
            rate(ui, "30+ days past due", cur.rate30(), prev_p.rate30(), false);
            rate(ui, "90+ days past due", cur.rate90(), prev_p.rate90(), false);
        });
        ui.add_space(theme::GAP);
        let t = &d.champion.eval.total;
        ui.label(format!(
            "Whole portfolio: {} applicants, approval rate {} under the policy in force, {} booked accounts, AUC {:.3} (Gini {:.3}).",
            thousands(p.len() as f64),
            pct(t.approval_rate()),
            thousands(p.accounts.len() as f64),
            d.analytics.auc,
            2.0 * d.analytics.auc - 1.0
        ));
        widgets::section(ui, "Monthly applications and approval rate");
        monthly(ui, d);
    });
}

fn monthly(ui: &mut egui::Ui, d: &Data) {
    let pal = theme::palette(ui.ctx());
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
    let bars: Vec<Bar> = months
        .iter()
        .enumerate()
        .map(|(k, m)| Bar::new(k as f64, m.applicants as f64).name(&labels[k]))
        .collect();
    let link = egui::Id::unique("overview-months");
    Plot::new("applications")
        .height(200.0)
        .legend(Legend::default())
        .x_axis_label("application month")
        .y_axis_label("applications")
        .y_axis_min_width(64.0)
        .link_axis(link, [true, false])
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| fmt(&labels, mark.value))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("applications", bars)
                    .color(pal.champion)
                    .width(0.7),
            );
        });
    let rate: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .map(|(k, m)| [k as f64, m.approval_rate() * 100.0])
        .collect();
    Plot::new("approval-rate")
        .height(180.0)
        .legend(Legend::default())
        .x_axis_label("application month")
        .y_axis_label("approval rate (%)")
        .y_axis_min_width(64.0)
        .link_axis(link, [true, false])
        .include_y(0.0)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| fmt(&l2, mark.value))
        .show(ui, |plot| {
            plot.line(
                Line::new("approval rate under the policy in force (%)", rate)
                    .color(pal.good)
                    .width(2.0),
            );
        });
}
