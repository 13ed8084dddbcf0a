//! The "Stress & capital" tab: scenario controls (left); base against the scenario
//! for the policy in force and the challenger (approvals, EAD, EL, RWA, capital,
//! margin after the cost of capital), the booked book's capital, IFRS 9 ECL by stage
//! with the accounts that move and why, the probability-weighted ECL and coverage;
//! charts of EL and capital by band and a waterfall of what moved ECL; below them
//! the tables by score band (capital of a chosen book, ECL by band and stage).

mod bands;
mod charts;
mod controls;

use super::ViewCtx;
use crate::domain::stress::approved::CapitalRow;
use crate::domain::stress::ecl::{Why, movement};
use crate::format::{money_short_in, pct, signed_money_short_in, signed_thousands, thousands};
use crate::i18n::Arg;
use crate::ui::theme;
use crate::workbench::stress::StressFigures;
use crate::workbench::words;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    egui::Panel::left("stress-controls")
        .default_size(380.0)
        .resizable(false)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| controls::show(ui, v));
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let Some(f) = v.wb.stress.as_ref() else {
            ui.label(v.t("stress-computing"));
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| figures(ui, v, f));
    });
}

/// One row of a base-against-scenario table: the label, both values, the change.
fn row(ui: &mut egui::Ui, label: String, base: f64, stressed: f64, v: &ViewCtx<'_>, count: bool) {
    let lang = v.lang;
    let show = |x: f64| {
        if count {
            thousands(x)
        } else {
            money_short_in(lang, x)
        }
    };
    ui.label(label);
    ui.label(show(base));
    ui.label(show(stressed));
    let d = stressed - base;
    ui.label(if count {
        signed_thousands(d)
    } else {
        signed_money_short_in(lang, d)
    });
    ui.end_row();
}

fn book_rows(
    ui: &mut egui::Ui,
    v: &ViewCtx<'_>,
    b: &CapitalRow,
    s: &CapitalRow,
    hurdle: f64,
    approvals: bool,
) {
    if approvals {
        row(
            ui,
            v.t("stress-approvals-row"),
            b.exposures as f64,
            s.exposures as f64,
            v,
            true,
        );
    }
    row(ui, v.t("stress-ead-row"), b.ead, s.ead, v, false);
    row(
        ui,
        v.t("stress-el-row"),
        b.expected_loss,
        s.expected_loss,
        v,
        false,
    );
    row(ui, v.t("stress-rwa-row"), b.rwa, s.rwa, v, false);
    row(
        ui,
        v.t("stress-capital-row"),
        b.capital,
        s.capital,
        v,
        false,
    );
    if approvals {
        row(
            ui,
            v.t("stress-margin-row"),
            b.margin_after_capital(hurdle),
            s.margin_after_capital(hurdle),
            v,
            false,
        );
    }
}

fn header(ui: &mut egui::Ui, v: &ViewCtx<'_>, title: String) {
    ui.strong(title);
    ui.strong(v.t("stress-col-base-w"));
    ui.strong(words::scenario_label(v.lang, &v.wb.stress_inputs.scenario));
    ui.strong(v.t("stress-col-change"));
    ui.end_row();
}

fn figures(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, f: &StressFigures) {
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let hurdle = f.capital.hurdle;
    ui.heading(v.t_with(
        "stress-title",
        &[(
            "scenario",
            Arg::Text(&words::scenario_label(lang, &f.scenario)),
        )],
    ));
    ui.label(egui::RichText::new(v.t("stress-intro")).color(pal.muted));
    ui.add_space(theme::GAP / 2.0);
    // Side by side where the tables fit (about 1,000 points), else one under another.
    let wide = ui.available_width() >= 1000.0;
    let left = |ui: &mut egui::Ui| {
        table("stress-policies", 4).show(ui, |ui| {
            for ps in std::iter::once(&f.champion).chain(f.challenger.as_ref()) {
                header(ui, v, v.wb.policy_label(lang, &ps.policy));
                book_rows(ui, v, &ps.base.total, &ps.stressed.total, hurdle, true);
            }
            header(ui, v, v.t("stress-booked-book"));
            book_rows(
                ui,
                v,
                &f.booked_base.total,
                &f.booked_stressed.total,
                hurdle,
                false,
            );
        });
        let lost = f.champion.stressed.lost_approvals;
        ui.label(
            egui::RichText::new(v.t_with("stress-lost-line", &[("n", Arg::Number(lost as f64))]))
                .color(if lost > 0 { pal.bad } else { pal.muted }),
        );
    };
    if wide {
        ui.columns(2, |cols| {
            left(&mut cols[0]);
            ecl_table(&mut cols[1], v, f);
        });
    } else {
        left(ui);
        ui.add_space(theme::GAP / 2.0);
        ecl_table(ui, v, f);
    }
    ui.add_space(theme::GAP);
    charts::show(ui, v, f, wide);
    ui.add_space(theme::GAP);
    bands::show(ui, v, f);
}

/// The tab's tables: striped, `columns` wide, one spacing for all of them.
fn table(id: &str, columns: usize) -> egui::Grid {
    egui::Grid::new(id)
        .striped(true)
        .num_columns(columns)
        .spacing([14.0, 4.0])
}

fn ecl_table(ui: &mut egui::Ui, v: &ViewCtx<'_>, f: &StressFigures) {
    let lang = v.lang;
    let pal = theme::palette(ui.ctx());
    let base = &f.presets[0];
    ui.strong(v.t("stress-ecl-title"));
    table("stress-ecl", 5).show(ui, |ui| {
        ui.strong(v.t("stress-col-stage"));
        ui.strong(v.t("stress-col-accounts-base"));
        ui.strong(v.t("stress-col-ecl-base"));
        ui.strong(v.t("stress-col-accounts-stressed"));
        ui.strong(v.t("stress-col-ecl-stressed"));
        ui.end_row();
        for k in 0..3 {
            ui.label(v.t_with("stress-stage-n", &[("stage", Arg::Number((k + 1) as f64))]));
            ui.label(thousands(base.stages[k].accounts as f64));
            ui.label(money_short_in(lang, base.stages[k].ecl));
            ui.label(thousands(f.ecl.stages[k].accounts as f64));
            ui.label(money_short_in(lang, f.ecl.stages[k].ecl));
            ui.end_row();
        }
        let (b, s) = (base.total(), f.ecl.total());
        ui.strong(v.t("stress-total"));
        ui.label(thousands(b.accounts as f64));
        ui.label(money_short_in(lang, b.ecl));
        ui.label(thousands(s.accounts as f64));
        ui.label(money_short_in(lang, s.ecl));
        ui.end_row();
    });
    let (m, why) = movement(base, &f.ecl);
    let into_2 = m[0][1];
    let out_of_2 = m[1][0];
    ui.label(v.t_with(
        "stress-movement",
        &[
            ("into", Arg::Number(into_2 as f64)),
            ("back", Arg::Number(out_of_2 as f64)),
            ("pd", Arg::Number(why[Why::PdIncrease as usize] as f64)),
        ],
    ));
    let weights = f.ecl_params.weights;
    let parts: Vec<String> = f
        .presets
        .iter()
        .enumerate()
        .map(|(k, e)| {
            format!(
                "{} {} × {}",
                words::scenario(lang, k),
                pct(weights[k] / weights.iter().sum::<f64>().max(f64::MIN_POSITIVE)),
                money_short_in(lang, e.total().ecl)
            )
        })
        .collect();
    ui.label(
        egui::RichText::new(v.t_with(
            "stress-weighted-line",
            &[
                ("ecl", Arg::Text(&money_short_in(lang, f.weighted_ecl()))),
                ("parts", Arg::Text(&parts.join(" + "))),
            ],
        ))
        .strong(),
    );
    ui.label(v.t_with(
        "stress-coverage",
        &[
            ("ratio", Arg::Text(&pct(f.ecl.provision_ratio()))),
            ("coverage", Arg::Text(&pct(f.ecl.coverage()))),
        ],
    ));
    ui.label(v.t_with(
        "stress-irb-el",
        &[
            (
                "irb",
                Arg::Text(&money_short_in(lang, f.booked_stressed.irb_expected_loss)),
            ),
            ("ecl", Arg::Text(&money_short_in(lang, f.ecl.total().ecl))),
        ],
    ));
    let kept = f.ecl.total().accounts - f.ecl.proxied;
    ui.label(
        egui::RichText::new(v.t_with(
            "stress-origination-note",
            &[
                ("kept", Arg::Text(&thousands(kept as f64))),
                ("proxied", Arg::Text(&thousands(f.ecl.proxied as f64))),
            ],
        ))
        .color(pal.muted),
    );
}
