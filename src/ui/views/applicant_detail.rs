//! The selected applicant: profile, score breakdown, reason codes, decision and rule,
//! limit derivation, repayment history.

use egui::RichText;
use egui_plot::{Bar, BarChart, Plot};

use super::{ViewCtx, charts};
use crate::domain::evaluation::{decide, decision_input};
use crate::domain::policy::Decision;
use crate::domain::portfolio::mask::{mask_name, mask_phone};
use crate::domain::portfolio::{DPD_BUCKETS, NO_ACCOUNT};
use crate::domain::scorecard::Value;
use crate::domain::scorecard::band::{BAND_NAMES, band_label};
use crate::format::{int, money, pct, thousands};
use crate::format::{iso_of_days, month_label};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::DecisionsUnder;
use crate::workbench::Workbench;

fn value_text(v: Value<'_>) -> String {
    match v {
        Value::Missing => "missing".into(),
        Value::Cat(s) => s.to_string(),
        Value::Num(x) if x.fract() == 0.0 => thousands(x),
        Value::Num(x) => format!("{x:.2}"),
    }
}

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, row: usize) {
    let (d, out) = (v.wb, &mut *v.out);
    let reveal = v.table.revealed == Some(row);
    let purpose = v.table.purpose.clone();
    let p = &d.portfolio;
    if row >= p.len() {
        ui.label("No applicant selected.");
        return;
    }
    let pal = theme::palette(ui.ctx());
    egui::ScrollArea::vertical().show(ui, |ui| {
        let a = &p.applicants;
        ui.heading(format!("Applicant {}", a.id[row]));
        let (name, phone) = (a.name.get(row), a.phone.get(row));
        egui::Grid::new("profile").num_columns(4).show(ui, |ui| {
            ui.label("Name");
            ui.strong(if reveal { name.to_string() } else { mask_name(name) });
            ui.label("Phone");
            ui.strong(if reveal { phone.to_string() } else { mask_phone(phone) });
            ui.end_row();
            ui.label("Applied");
            ui.label(iso_of_days(a.app_day[row]));
            ui.label("Channel");
            ui.label(p.channels.get(a.channel[row] as usize).map_or("?", |s| s.as_str()));
            ui.end_row();
            ui.label("Age");
            ui.label(a.age[row].to_string());
            ui.label("City tier");
            ui.label(a.city_tier[row].to_string());
            ui.end_row();
            ui.label("Monthly income");
            ui.label(money(a.monthly_income[row]));
            ui.label("Debt-to-income");
            ui.label(pct(p.derived.dti[row]));
            ui.end_row();
        });
        if reveal {
            if ui
                .button("Mask name and phone")
                .on_hover_text("the reveal is in the audit log")
                .clicked()
            {
                out.push(Command::HidePersonalData);
            }
        } else {
            ui.horizontal(|ui| {
                let mut typed = purpose.clone();
                let label = ui.label("Purpose");
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut typed)
                            .hint_text("e.g. complaint 2026-114")
                            .desired_width(200.0),
                    )
                    .labelled_by(label.id);
                if field.changed() {
                    out.push(Command::SetPurpose(typed.clone()));
                }
                let can = !typed.trim().is_empty();
                if ui
                    .add_enabled(can, egui::Button::new("Reveal name and phone"))
                    .on_hover_text(
                        "masked by default; a reveal is written into the audit log with its purpose",
                    )
                    .on_disabled_hover_text("type the purpose first: it goes into the audit log")
                    .clicked()
                {
                    out.push(Command::RevealApplicant {
                        row,
                        purpose: typed,
                    });
                }
            });
        }

        widgets::section(ui, "Score");
        let score = p.derived.score[row];
        let band = p.derived.band[row] as usize;
        ui.label(
            RichText::new(format!(
                "Score {score} · band {} · PD {}",
                band_label(band),
                pct(p.derived.pd[row])
            ))
            .strong(),
        );
        breakdown(ui, d, row);

        let policy = d.policy_under(v.table.decisions);
        let whose = match v.table.decisions {
            DecisionsUnder::InForce => "the policy in force",
            DecisionsUnder::Challenger => "the lab's challenger",
        };
        widgets::section(ui, &format!("Decision under {whose}"));
        let (rule, decision, _) = decide(policy, p, row);
        let colour = match decision {
            Decision::Approve => pal.good,
            Decision::Refer => pal.amber,
            Decision::Decline => pal.bad,
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(decision.label().to_uppercase()).color(colour).strong());
            ui.label(format!("by the rule: {}", rule.describe(policy)));
        });
        ui.label(format!("Policy: {}", d.policy_label(policy)));
        if decision == Decision::Approve {
            let x = decision_input(p, row);
            let l = policy.limit(x.monthly_income, x.band);
            ui.label(format!(
                "Limit {} = income {} × multiple {:.2} × band {} factor {:.2} = {}, rounded down to 100: {}, clamped to [{}, {}]",
                money(l.limit),
                money(l.income),
                l.multiple,
                BAND_NAMES[band],
                l.band_factor,
                money(l.raw),
                money(l.rounded),
                money(policy.min_limit),
                money(policy.max_limit)
            ));
        } else {
            ui.label("No limit: not approved.");
        }

        widgets::section(ui, "Repayment history");
        history(ui, d, row);
    });
}

fn breakdown(ui: &mut egui::Ui, d: &Workbench, row: usize) {
    let p = &d.portfolio;
    let card = &p.scorecard;
    let b = match card.breakdown(&p.scorecard_values(row)) {
        Ok(b) => b,
        Err(e) => {
            ui.colored_label(theme::palette(ui.ctx()).bad, format!("no breakdown: {e}"));
            return;
        }
    };
    let pal = theme::palette(ui.ctx());
    let n = b.lines.len();
    let name_of = |k: usize| {
        card.characteristics
            .get(k)
            .map_or("?", |c| c.label.as_str())
    };
    // Horizontal bars, the first characteristic on top, at y = n … 1: no bar sits on
    // the x axis's zero line.
    let y = |k: usize| (n - k) as f64;
    let best: Vec<Bar> = b
        .lines
        .iter()
        .enumerate()
        .map(|(k, l)| Bar::new(y(k), l.best_points as f64))
        .collect();
    let got: Vec<Bar> = b
        .lines
        .iter()
        .enumerate()
        .map(|(k, l)| Bar::new(y(k), l.points as f64))
        .collect();
    let labels: Vec<String> = b
        .lines
        .iter()
        .map(|l| name_of(l.characteristic).to_string())
        .collect();
    let (lo, hi) = b.lines.iter().fold((0.0f64, 0.0f64), |(lo, hi), l| {
        let (a, c) = (l.points.min(l.best_points), l.points.max(l.best_points));
        (lo.min(a as f64), hi.max(c as f64))
    });
    charts::legend(
        ui,
        &[
            (charts::Mark::Bar, pal.champion, "this applicant".into()),
            (
                charts::Mark::Bar,
                pal.muted.gamma_multiply(0.5),
                "best bin of the characteristic".into(),
            ),
        ],
    );
    let shown = Plot::new("breakdown")
        .height(26.0 * n as f32 + 50.0)
        .x_axis_label("points")
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(lo - 2.0)
        .include_x(hi + 2.0)
        .include_y(0.4)
        .include_y(n as f64 + 0.6)
        .x_grid_spacer(widgets::nice_grid(60.0))
        .x_axis_formatter(widgets::number_tick)
        // One mark per characteristic, all of the same weight (no heavier line at 10).
        .y_grid_spacer(move |_| {
            (1..=n)
                .map(|k| egui_plot::GridMark {
                    value: k as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter({
            let labels = labels.clone();
            move |mark, _| {
                let k = mark.value.round();
                if (mark.value - k).abs() < 1e-6 && k >= 1.0 && (k as usize) <= n {
                    labels[n - k as usize].clone()
                } else {
                    String::new()
                }
            }
        })
        .y_axis_min_width(110.0)
        .show(ui, |plot| {
            plot.bar_chart(widgets::quiet(
                BarChart::new("best bin", best)
                    .horizontal()
                    .width(0.7)
                    .color(pal.muted.gamma_multiply(0.5)),
            ));
            plot.bar_chart(widgets::quiet(
                BarChart::new("this applicant", got)
                    .horizontal()
                    .width(0.45)
                    .color(pal.champion),
            ));
        });
    charts::readout(&shown, |at| {
        let k = at.y.round();
        let line = b
            .lines
            .get(n.checked_sub(k as usize)?)
            .filter(|_| k >= 1.0)?;
        Some(format!(
            "{}\nthis applicant {} points, best bin {} points",
            name_of(line.characteristic),
            int(line.points as i64),
            int(line.best_points as i64)
        ))
    });
    egui::Grid::new("breakdown-table")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            ui.strong("Characteristic");
            ui.strong("Value");
            ui.strong("Bin");
            ui.strong("Points");
            ui.strong("Best");
            ui.end_row();
            ui.label("Base points");
            ui.label("");
            ui.label("");
            ui.label(int(b.base_points as i64));
            ui.label("");
            ui.end_row();
            for l in &b.lines {
                let Some(c) = card.characteristics.get(l.characteristic) else {
                    continue;
                };
                ui.label(&c.label);
                ui.label(value_text(p.value(&c.variable, row)));
                ui.label(
                    c.bins
                        .get(l.bin)
                        .map(|x| x.rule.label())
                        .unwrap_or_default(),
                );
                ui.label(int(l.points as i64));
                ui.label(int(l.best_points as i64));
                ui.end_row();
            }
            ui.strong("Total (score)");
            ui.label("");
            ui.label("");
            ui.strong(int(b.score as i64));
            ui.label("");
            ui.end_row();
        });
    widgets::section(ui, "Reason codes");
    let reasons = card.reasons(&b);
    if reasons.is_empty() {
        ui.label("None: every characteristic is in its best bin.");
    }
    for r in reasons {
        ui.label(format!(
            "{} — {} (−{} points against the best bin)",
            r.code, r.text, r.shortfall
        ));
    }
}

fn history(ui: &mut egui::Ui, d: &Workbench, row: usize) {
    let p = &d.portfolio;
    let k = p.derived.account.get(row).copied().unwrap_or(NO_ACCOUNT);
    if k == NO_ACCOUNT {
        ui.label("No booked account: no repayment history (outcome unknown).");
        return;
    }
    let k = k as usize;
    let acc = &p.accounts;
    let open = acc.open_month[k];
    ui.label(format!(
        "Account {} opened {} with a limit of {} · outcome: {}",
        acc.id[k],
        month_label(open),
        money(acc.credit_limit[k]),
        p.derived.outcome[row].label()
    ));
    let pal = theme::palette(ui.ctx());
    let bars: Vec<Bar> = acc
        .buckets(k)
        .iter()
        .enumerate()
        .map(|(m, &b)| {
            let colour = match b {
                0 => pal.good,
                1 => pal.amber,
                _ => pal.bad,
            };
            Bar::new(m as f64 + 1.0, (b as f64).max(0.08))
                .name(format!(
                    "{} (month on book {}): {}",
                    month_label(open + m as i32),
                    m + 1,
                    DPD_BUCKETS.get(b as usize).copied().unwrap_or("?")
                ))
                .fill(colour)
        })
        .collect();
    let names: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let shown = Plot::new("history")
        .height(160.0)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_axis_label("month on book")
        .y_axis_label("days past due")
        .include_y(0.0)
        .include_y(4.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_formatter(|mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 1e-6 && (0.0..=4.0).contains(&k) {
                DPD_BUCKETS[k as usize].to_string()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(widgets::quiet(
                BarChart::new("days past due", bars).width(0.8),
            ));
        });
    charts::readout(&shown, |at| {
        let m = at.x.round();
        (m >= 1.0).then(|| names.get(m as usize - 1).cloned())?
    });
}
