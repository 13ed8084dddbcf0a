//! The stress tab's tables by score band: exposure, expected loss, K, risk weight,
//! RWA and capital of a chosen book (the policy in force's approvals, the
//! challenger's, or the booked accounts), base or scenario; and the booked book's
//! IFRS 9 ECL by band and stage.

use super::super::ViewCtx;
use super::table;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::domain::stress::approved::CapitalRow;
use crate::domain::stress::ecl::{Ecl, StageRow};
use crate::format::{money_short_in, pct, thousands};
use crate::i18n::Arg;
use crate::ui::command::{Command, RegisterCommand};
use crate::ui::register_state::{BandBook, BandView};
use crate::ui::theme;
use crate::workbench::stress::StressFigures;
use crate::workbench::words;

pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, f: &StressFigures) {
    let mut view = v.reg.stress_bands;
    // A challenger chosen here and then dropped in the lab: back to the policy in force.
    if view.book == BandBook::Challenger && f.challenger.is_none() {
        view.book = BandBook::Champion;
    }
    ui.strong(v.t("stress-bands-title"));
    let asked = pickers(ui, v, f, view);
    // The bands and their total as the domain summed them (the table above shows
    // the same totals).
    let (bands, total) = match (view.book, f.challenger.as_ref()) {
        (BandBook::Booked, _) => {
            let b = if view.base {
                &f.booked_base
            } else {
                &f.booked_stressed
            };
            (&b.by_band, &b.total)
        }
        (BandBook::Challenger, Some(c)) => {
            let b = if view.base { &c.base } else { &c.stressed };
            (&b.by_band, &b.total)
        }
        _ => {
            let b = if view.base {
                &f.champion.base
            } else {
                &f.champion.stressed
            };
            (&b.by_band, &b.total)
        }
    };
    // Nine columns: on a narrow window they scroll sideways rather than clip.
    egui::ScrollArea::horizontal()
        .id_salt("stress-bands-capital")
        .show(ui, |ui| {
            capital_table(ui, v, bands, total, view.book == BandBook::Booked)
        });
    ui.add_space(theme::GAP / 2.0);
    let ecl = if view.base { &f.presets[0] } else { &f.ecl };
    let side = if view.base {
        v.t("stress-col-base-w")
    } else {
        words::scenario_label(v.lang, &f.scenario)
    };
    ui.strong(v.t_with("stress-ecl-bands-title", &[("side", Arg::Text(&side))]));
    egui::ScrollArea::horizontal()
        .id_salt("stress-bands-ecl")
        .show(ui, |ui| ecl_table(ui, v, ecl));
    if asked != v.reg.stress_bands {
        v.out
            .push(Command::Register(RegisterCommand::SetStressBands(asked)));
    }
}

/// The book and side chosen: one row of selectable labels each.
fn pickers(ui: &mut egui::Ui, v: &ViewCtx<'_>, f: &StressFigures, view: BandView) -> BandView {
    let mut asked = view;
    ui.horizontal_wrapped(|ui| {
        let mut books = vec![(BandBook::Champion, v.t("stress-bands-champion"))];
        if f.challenger.is_some() {
            books.push((BandBook::Challenger, v.t("stress-bands-challenger")));
        }
        books.push((BandBook::Booked, v.t("stress-booked-book")));
        for (book, label) in books {
            if ui.selectable_label(view.book == book, label).clicked() {
                asked.book = book;
            }
        }
        ui.separator();
        let scenario = words::scenario_label(v.lang, &f.scenario);
        let under = v.t_with(
            "stress-bands-side-scenario",
            &[("scenario", Arg::Text(&scenario))],
        );
        for (base, label) in [(true, v.t("stress-bands-side-base")), (false, under)] {
            if ui.selectable_label(view.base == base, label).clicked() {
                asked.base = base;
            }
        }
    });
    asked
}

/// Band, lines, EAD, EL, EL / EAD, K, risk weight, RWA, capital; a total row.
fn capital_table(
    ui: &mut egui::Ui,
    v: &ViewCtx<'_>,
    rows: &[CapitalRow; BANDS],
    total: &CapitalRow,
    booked: bool,
) {
    let lang = v.lang;
    // Approvals of the applicants; all the booked accounts, 90+ ones included.
    let cell = |ui: &mut egui::Ui, r: &CapitalRow| {
        ui.label(thousands(if booked { r.count } else { r.exposures } as f64));
        ui.label(money_short_in(lang, r.ead));
        ui.label(money_short_in(lang, r.expected_loss));
        ui.label(pct(crate::domain::evaluation::ratio(
            r.expected_loss,
            r.ead,
        )));
        // The EAD-weighted K: RWA = 12.5 × K × EAD.
        ui.label(pct(r.risk_weight() / 12.5));
        ui.label(pct(r.risk_weight()));
        ui.label(money_short_in(lang, r.rwa));
        ui.label(money_short_in(lang, r.capital));
        ui.end_row();
    };
    table("stress-bands-capital", 9).show(ui, |ui| {
        ui.strong(v.t("chart-score-band"));
        ui.strong(v.t(if booked {
            "stress-bands-accounts"
        } else {
            "stress-approvals-row"
        }));
        for key in ["stress-ead-row", "stress-el-row", "stress-bands-el-rate"] {
            ui.strong(v.t(key));
        }
        ui.strong(v.t("stress-bands-k"))
            .on_hover_text(v.t("stress-bands-k-help"));
        for key in ["stress-bands-rw", "stress-rwa-row", "stress-capital-row"] {
            ui.strong(v.t(key));
        }
        ui.end_row();
        for (band, r) in rows.iter().enumerate() {
            ui.label(BAND_NAMES[band]);
            cell(ui, r);
        }
        ui.strong(v.t("stress-total"));
        cell(ui, total);
    });
}

/// Band, then accounts and ECL of each stage, the band's ECL and ECL / drawn.
fn ecl_table(ui: &mut egui::Ui, v: &ViewCtx<'_>, e: &Ecl) {
    let lang = v.lang;
    let cell = |ui: &mut egui::Ui, stages: &[StageRow; 3]| {
        for s in stages {
            ui.label(thousands(s.accounts as f64));
            ui.label(money_short_in(lang, s.ecl));
        }
        let total = StageRow::sum(stages);
        ui.label(money_short_in(lang, total.ecl));
        ui.label(pct(crate::domain::evaluation::ratio(
            total.ecl,
            total.drawn,
        )));
        ui.end_row();
    };
    table("stress-bands-ecl", 9).show(ui, |ui| {
        ui.strong(v.t("chart-score-band"));
        for stage in 1..=3 {
            let name = v.t_with("stress-stage-n", &[("stage", Arg::Number(stage as f64))]);
            ui.strong(v.t_with(
                "stress-bands-stage-accounts",
                &[("stage", Arg::Text(&name))],
            ));
            ui.strong(v.t_with("stress-bands-stage-ecl", &[("stage", Arg::Text(&name))]));
        }
        ui.strong(v.t("stress-bands-ecl-total"));
        ui.strong(v.t("stress-bands-ecl-drawn"));
        ui.end_row();
        for (band, stages) in e.by_band.iter().enumerate() {
            ui.label(BAND_NAMES[band]);
            cell(ui, stages);
        }
        ui.strong(v.t("stress-total"));
        cell(ui, &e.stages);
    });
}
