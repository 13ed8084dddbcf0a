//! The selected applicant: profile, score breakdown, reason codes, decision and rule,
//! limit derivation, repayment history.

use egui::RichText;
use egui_plot::{Bar, BarChart, Plot};

use super::{ViewCtx, charts};
use crate::domain::evaluation::explanation::explain;
use crate::domain::evaluation::{decide, decision_input};
use crate::domain::policy::Decision;
use crate::domain::portfolio::Portfolio;
use crate::domain::portfolio::mask::{mask_name, mask_phone};
use crate::domain::portfolio::registry::Role;
use crate::domain::scorecard::Value;
use crate::domain::scorecard::band::BAND_NAMES;
use crate::format::iso_of_days;
use crate::format::{int, money, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::DecisionsUnder;
use crate::workbench::{Workbench, words};

fn value_text(lang: Language, v: Value<'_>) -> String {
    match v {
        Value::Missing => i18n::text(lang, "bin-missing"),
        Value::Cat(s) => s.to_string(),
        Value::Num(x) if x.fract() == 0.0 => thousands(x),
        Value::Num(x) => format!("{x:.2}"),
    }
}

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, row: usize) {
    let (d, lang, out) = (v.wb, v.lang, &mut *v.out);
    let t = |id: &str| i18n::text(lang, id);
    let reveal = v.table.revealed == Some(row);
    let purpose = v.table.purpose.clone();
    let p = &d.portfolio;
    if row >= p.len() {
        ui.label(t("detail-none"));
        return;
    }
    let pal = theme::palette(ui.ctx());
    egui::ScrollArea::vertical().show(ui, |ui| {
        let a = &p.applicants;
        ui.heading(i18n::text_with(
            lang,
            "detail-title",
            &[("id", Arg::Text(&a.id[row].to_string()))],
        ));
        if p.registry.is_standard() {
            standard_profile(ui, lang, p, row, reveal);
        } else {
            imported_profile(ui, lang, p, row, reveal);
        }
        let personal = p.registry.by_role(Role::PersonalData).is_some();
        if !personal {
            // Nothing to reveal: the import mapped no name or phone.
        } else if reveal {
            if ui
                .button(t("detail-mask"))
                .on_hover_text(t("detail-mask-tip"))
                .clicked()
            {
                out.push(Command::HidePersonalData);
            }
        } else {
            ui.horizontal(|ui| {
                let mut typed = purpose.clone();
                let label = ui.label(t("purpose"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut typed)
                            .hint_text(t("purpose-hint"))
                            .desired_width(200.0),
                    )
                    .labelled_by(label.id);
                if field.changed() {
                    out.push(Command::SetPurpose(typed.clone()));
                }
                let can = !typed.trim().is_empty();
                if ui
                    .add_enabled(can, egui::Button::new(t("detail-reveal")))
                    .on_hover_text(t("detail-reveal-tip"))
                    .on_disabled_hover_text(t("detail-reveal-disabled"))
                    .clicked()
                {
                    out.push(Command::RevealApplicant {
                        row,
                        purpose: typed,
                    });
                }
            });
        }

        widgets::section(ui, &t("col-score"));
        let score = p.derived.score[row];
        let band = p.derived.band[row] as usize;
        ui.label(
            RichText::new(i18n::text_with(
                lang,
                "detail-score-line",
                &[
                    ("score", Arg::Text(&score.to_string())),
                    ("band", Arg::Text(&p.scorecard.bands().label(band))),
                    ("pd", Arg::Text(&pct(p.derived.pd[row]))),
                ],
            ))
            .strong(),
        );
        breakdown(ui, lang, d, row);

        let policy = d.policy_under(v.table.decisions);
        widgets::section(
            ui,
            &t(match v.table.decisions {
                DecisionsUnder::InForce => "detail-decision-in-force",
                DecisionsUnder::Challenger => "detail-decision-challenger",
            }),
        );
        let (rule, decision, _) = decide(policy, p, row);
        let not_applicable = words::rules_not_applicable(lang, p);
        let colour = match decision {
            Decision::Approve => pal.good,
            Decision::Refer => pal.amber,
            Decision::Decline => pal.bad,
        };
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(words::decision(lang, decision).to_uppercase())
                    .color(colour)
                    .strong(),
            );
            ui.label(i18n::text_with(
                lang,
                "detail-by-rule",
                &[("rule", Arg::Text(&words::rule(lang, rule, policy)))],
            ));
        });
        ui.label(i18n::text_with(
            lang,
            "detail-policy",
            &[("policy", Arg::Text(&d.policy_label(lang, policy)))],
        ));
        if let Some(line) = not_applicable {
            ui.label(RichText::new(line).color(pal.muted));
        }
        if decision == Decision::Approve && !p.limit_applies() {
            ui.label(t("detail-no-income-limit"));
        } else if decision == Decision::Approve {
            let x = decision_input(p, row);
            let l = policy.limit(x.monthly_income, x.band);
            ui.label(i18n::text_with(
                lang,
                "detail-limit",
                &[
                    ("limit", Arg::Text(&money(l.limit))),
                    ("income", Arg::Text(&money(l.income))),
                    ("multiple", Arg::Text(&format!("{:.2}", l.multiple))),
                    ("band", Arg::Text(BAND_NAMES[band])),
                    ("factor", Arg::Text(&format!("{:.2}", l.band_factor))),
                    ("raw", Arg::Text(&money(l.raw))),
                    ("rounded", Arg::Text(&money(l.rounded))),
                    ("min", Arg::Text(&money(policy.min_limit))),
                    ("max", Arg::Text(&money(policy.max_limit))),
                ],
            ));
        } else {
            ui.label(t("detail-no-limit"));
        }
        // What the customer is told: every hard rule that failed (the deciding one
        // first), then the score's reasons if it is below the cut-off too.
        widgets::section(ui, &t("detail-principal"));
        let explanation = explain(policy, p, row, lang.tag());
        if explanation.reasons.is_empty() {
            ui.label(t("detail-principal-none"));
        }
        for r in &explanation.reasons {
            ui.label(i18n::text_with(
                lang,
                "detail-principal-line",
                &[
                    ("code", Arg::Text(r.code())),
                    ("text", Arg::Text(&words::principal_reason(lang, r))),
                ],
            ));
        }

        widgets::section(ui, &t("detail-history"));
        super::repayment_history::show(ui, lang, d, row);
    });
}

/// Name, phone, date, channel, age, city tier, income and DTI of a generated portfolio.
fn standard_profile(ui: &mut egui::Ui, lang: Language, p: &Portfolio, row: usize, reveal: bool) {
    let t = |id: &str| i18n::text(lang, id);
    let a = &p.applicants;
    let (name, phone) = (a.name.get(row), a.phone.get(row));
    egui::Grid::new("profile").num_columns(4).show(ui, |ui| {
        ui.label(t("col-name"));
        ui.strong(if reveal {
            name.to_string()
        } else {
            mask_name(name)
        });
        ui.label(t("detail-phone"));
        ui.strong(if reveal {
            phone.to_string()
        } else {
            mask_phone(phone)
        });
        ui.end_row();
        ui.label(t("col-applied"));
        ui.label(iso_of_days(a.app_day[row]));
        ui.label(t("col-channel"));
        ui.label(
            p.channels
                .get(a.channel[row] as usize)
                .map_or("?", |s| s.as_str()),
        );
        ui.end_row();
        ui.label(t("detail-age"));
        ui.label(a.age[row].to_string());
        ui.label(t("city-tier"));
        ui.label(a.city_tier[row].to_string());
        ui.end_row();
        ui.label(t("detail-income"));
        ui.label(money(a.monthly_income[row]));
        ui.label(t("detail-dti"));
        ui.label(pct(p.derived.dti[row]));
        ui.end_row();
    });
}

/// An imported portfolio's profile: the columns its registry holds, two to a row
/// (amounts as money, the DTI as a share, the personal data masked unless revealed).
fn imported_profile(ui: &mut egui::Ui, lang: Language, p: &Portfolio, row: usize, reveal: bool) {
    let t = |id: &str| i18n::text(lang, id);
    let a = &p.applicants;
    let mut cells: Vec<(String, String)> = vec![(t("col-applied"), iso_of_days(a.app_day[row]))];
    for e in p.registry.entries() {
        let text = match e.role {
            Role::Identifier if e.name == "id" => continue,
            Role::PersonalData if e.name == "name" => {
                let n = a.name.get(row);
                (
                    t("col-name"),
                    if reveal { n.to_string() } else { mask_name(n) },
                )
            }
            Role::PersonalData if e.name == "phone" => {
                let n = a.phone.get(row);
                (
                    t("detail-phone"),
                    if reveal { n.to_string() } else { mask_phone(n) },
                )
            }
            // Any other personal column is never shown here.
            Role::PersonalData => continue,
            Role::Income | Role::Debt => (e.label.clone(), money(a_value(p, &e.name, row))),
            Role::Dti => (e.label.clone(), pct(p.derived.dti[row])),
            _ => (e.label.clone(), value_text(lang, p.value(&e.name, row))),
        };
        cells.push(text);
    }
    egui::Grid::new("profile").num_columns(4).show(ui, |ui| {
        for pair in cells.chunks(2) {
            for (label, value) in pair {
                ui.label(label);
                ui.strong(value);
            }
            ui.end_row();
        }
    });
}

/// A numeric column's value (NaN when missing or not a number).
fn a_value(p: &Portfolio, name: &str, row: usize) -> f64 {
    match p.value(name, row) {
        Value::Num(x) => x,
        _ => f64::NAN,
    }
}

fn breakdown(ui: &mut egui::Ui, lang: Language, d: &Workbench, row: usize) {
    let t = |id: &str| i18n::text(lang, id);
    let p = &d.portfolio;
    let card = &p.scorecard;
    let b = match card.breakdown(&p.scorecard_values(row)) {
        Ok(b) => b,
        Err(e) => {
            ui.colored_label(
                theme::palette(ui.ctx()).bad,
                i18n::text_with(
                    lang,
                    "detail-no-breakdown",
                    &[("error", Arg::Text(&e.to_string()))],
                ),
            );
            return;
        }
    };
    let pal = theme::palette(ui.ctx());
    let n = b.lines.len();
    // The characteristic's name in the window's language (the card's, else English).
    let name_of = |k: usize| card.label_in(k, lang.tag());
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
            (charts::Mark::Bar, pal.champion, t("detail-this-applicant")),
            (
                charts::Mark::Bar,
                pal.muted.gamma_multiply(0.5),
                t("detail-best-bin-legend"),
            ),
        ],
    );
    let shown = Plot::new("breakdown")
        .height(26.0 * n as f32 + 50.0)
        .x_axis_label(t("detail-points"))
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
                BarChart::new(t("detail-best-bin-legend"), best)
                    .horizontal()
                    .width(0.7)
                    .color(pal.muted.gamma_multiply(0.5)),
            ));
            plot.bar_chart(widgets::quiet(
                BarChart::new(t("detail-this-applicant"), got)
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
        Some(i18n::text_with(
            lang,
            "detail-breakdown-readout",
            &[
                ("name", Arg::Text(name_of(line.characteristic))),
                ("points", Arg::Text(&int(line.points as i64))),
                ("best", Arg::Text(&int(line.best_points as i64))),
            ],
        ))
    });
    egui::Grid::new("breakdown-table")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            ui.strong(t("detail-characteristic"));
            ui.strong(t("detail-value"));
            ui.strong(t("detail-bin"));
            ui.strong(t("detail-points-col"));
            ui.strong(t("detail-best"));
            ui.end_row();
            ui.label(t("detail-base-points"));
            ui.label("");
            ui.label("");
            ui.label(int(b.base_points as i64));
            ui.label("");
            ui.end_row();
            for l in &b.lines {
                let Some(c) = card.characteristics.get(l.characteristic) else {
                    continue;
                };
                ui.label(name_of(l.characteristic));
                ui.label(value_text(lang, p.value(&c.variable, row)));
                ui.label(
                    c.bins
                        .get(l.bin)
                        .map(|x| words::bin(lang, &x.rule))
                        .unwrap_or_default(),
                );
                ui.label(int(l.points as i64));
                ui.label(int(l.best_points as i64));
                ui.end_row();
            }
            ui.strong(t("detail-total"));
            ui.label("");
            ui.label("");
            ui.strong(int(b.score as i64));
            ui.label("");
            ui.end_row();
        });
    widgets::section(ui, &t("detail-reasons"));
    // The customer's words in the window's language (the card's texts for it, else
    // its English ones).
    let reasons = card.reasons_in(&b, lang.tag());
    if reasons.is_empty() {
        ui.label(t("detail-no-reasons"));
    }
    for r in reasons {
        ui.label(i18n::text_with(
            lang,
            "detail-reason",
            &[
                ("code", Arg::Text(&r.code)),
                ("text", Arg::Text(&r.text)),
                ("points", Arg::Text(&r.shortfall.to_string())),
            ],
        ));
    }
}
