//! The scenario's controls: presets, a slider per shock, the capital parameters and
//! the ECL's weights. Each change asks for new inputs; the figures follow live.

use super::super::ViewCtx;
use crate::domain::stress::Scenario;
use crate::domain::stress::capital::Correlation;
use crate::ui::command::{Command, RegisterCommand};
use crate::ui::theme;
use crate::workbench::stress::StressInputs;

fn percent(x: f64, _: std::ops::RangeInclusive<usize>) -> String {
    format!("{:.0}%", x * 100.0)
}

fn points(x: f64, _: std::ops::RangeInclusive<usize>) -> String {
    crate::format::minus(format!("{:+.0} pp", x * 100.0))
}

// No `step_by`: egui snaps a stepped slider's value on every frame, and 0.3 would
// become 0.30000000000000004, a "Custom" scenario nobody chose.
pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let mut next: StressInputs = v.wb.stress_inputs.clone();
    ui.heading(v.t("stress-controls"));
    ui.horizontal_wrapped(|ui| {
        for (k, preset) in Scenario::presets().into_iter().enumerate() {
            let name = crate::workbench::words::scenario(v.lang, k);
            let on = next.scenario == preset;
            if ui.selectable_label(on, name).clicked() {
                next.scenario = preset;
            }
        }
        // In the presets' row, not above the sliders: a slider moved off a preset
        // must not push the sliders down under the pointer mid-drag.
        if next.scenario.name == "Custom" {
            ui.weak(v.t("stress-custom"));
        }
    });
    // Saved scenarios: a click loads one.
    if !v.wb.scenarios.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(v.t("stress-saved"));
            for saved in &v.wb.scenarios {
                let label = format!("{} v{}", saved.scenario.name, saved.version);
                if ui
                    .selectable_label(next.scenario == saved.scenario, label)
                    .clicked()
                {
                    next.scenario = saved.scenario.clone();
                }
            }
        });
    }
    let chosen = next.scenario.clone();
    let s = &mut next.scenario;
    ui.spacing_mut().slider_width = theme::SLIDER_WIDTH;
    ui.add(egui::Slider::new(&mut s.pd_multiplier, 0.5..=5.0).text(v.t("stress-pd-multiplier")));
    ui.add(egui::Slider::new(&mut s.score_shift, -100..=100).text(v.t("stress-score-shift")));
    ui.add(
        egui::Slider::new(&mut s.income_shock, 0.0..=0.5)
            .custom_formatter(percent)
            .text(v.t("stress-income-shock")),
    );
    ui.add(
        egui::Slider::new(&mut s.lgd_add, -0.2..=0.15)
            .custom_formatter(points)
            .text(v.t("stress-lgd-add")),
    );
    // CCF of the undrawn part and utilisation of approved limits: the policy's unless
    // ticked.
    let policy = &v.wb.champion.policy;
    for (value, default, key) in [
        (&mut s.ccf, policy.ccf, "stress-ccf"),
        (&mut s.utilisation, policy.utilisation, "stress-utilisation"),
    ] {
        ui.horizontal(|ui| {
            let mut own = value.is_some();
            let mut x = value.unwrap_or(default);
            let r = ui.add_enabled(
                own,
                egui::Slider::new(&mut x, 0.0..=1.0).custom_formatter(percent),
            );
            let tick = ui.checkbox(&mut own, v.t(key));
            if tick.changed() {
                *value = own.then_some(default);
            }
            let r = r.labelled_by(tick.id);
            if r.changed() && own {
                *value = Some(x);
            }
        });
    }
    ui.add(
        egui::Slider::new(&mut s.drawdown, 0.0..=1.0)
            .custom_formatter(percent)
            .text(v.t("stress-drawdown")),
    );
    ui.add(
        egui::Slider::new(&mut s.roll_multiplier, 0.5..=3.0).text(v.t("stress-roll-multiplier")),
    );
    // A slider moved: the shocks are no longer the named scenario's.
    let same_shocks = |a: &Scenario, b: &Scenario| {
        Scenario {
            name: String::new(),
            ..a.clone()
        } == Scenario {
            name: String::new(),
            ..b.clone()
        }
    };
    if !same_shocks(s, &chosen) {
        s.name = "Custom".into();
    }
    save_row(ui, v);
    ui.add_space(theme::GAP / 2.0);
    ui.strong(v.t("stress-capital-params"));
    let c = &mut next.capital;
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut c.correlation, Correlation::Qrre, v.t("stress-qrre"));
        ui.radio_value(
            &mut c.correlation,
            Correlation::Other,
            v.t("stress-other-retail"),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(v.t("stress-pd-floor"));
        for floor in [0.0003, 0.0005, 0.001] {
            ui.radio_value(&mut c.pd_floor, floor, format!("{:.2}%", floor * 100.0));
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(v.t("stress-capital-ratio"));
        ui.radio_value(&mut c.ratio, 0.08, "8%");
        ui.radio_value(&mut c.ratio, 0.105, v.t("stress-with-buffer"));
    });
    ui.add(
        egui::Slider::new(&mut c.hurdle, 0.0..=0.3)
            .custom_formatter(percent)
            .text(v.t("stress-hurdle")),
    );
    ui.add_space(theme::GAP / 2.0);
    ui.strong(v.t("stress-weights"));
    let w = &mut next.ecl.weights;
    for (k, weight) in w.iter_mut().enumerate() {
        ui.add(
            egui::Slider::new(weight, 0.0..=1.0)
                .custom_formatter(percent)
                .text(crate::workbench::words::scenario(v.lang, k)),
        );
    }
    ui.add_space(theme::GAP / 2.0);
    reverse(ui, v);
    if next != v.wb.stress_inputs {
        v.out.push(Command::SetStress(Box::new(next)));
    }
}

/// Name, reason and Save: the scenario goes into the portfolio with an audit entry.
fn save_row(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (mut name, mut reason) = (v.reg.scenario_name.clone(), v.reg.scenario_reason.clone());
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(v.t("stress-save-name"));
        ui.add(egui::TextEdit::singleline(&mut name).desired_width(110.0))
            .labelled_by(l.id);
        let l = ui.label(v.t("edit-reason"));
        ui.add(
            egui::TextEdit::singleline(&mut reason)
                .hint_text(v.t("edit-reason-hint"))
                .desired_width(150.0),
        )
        .labelled_by(l.id);
        let ready = !name.trim().is_empty() && !reason.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(v.t("stress-save-scenario")))
            .clicked()
        {
            v.out.push(Command::Register(RegisterCommand::SaveScenario));
        }
    });
    if name != v.reg.scenario_name || reason != v.reg.scenario_reason {
        v.out
            .push(Command::Register(RegisterCommand::SetScenarioSave {
                name,
                reason,
            }));
    }
}

/// The reverse stress test: at which PD multiplier, or income shock, expected loss or
/// capital (approvals and booked book) reaches a limit; answered on "Find".
fn reverse(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    use crate::domain::stress::reverse::Lever;
    let mut q = v.reg.reverse;
    if q.limit <= 0.0
        && let Some(f) = v.wb.stress.as_ref()
    {
        // A first limit a committee might set: 1.5 × the stressed expected loss.
        let now = f.champion.stressed.total.expected_loss + f.booked_stressed.total.expected_loss;
        q.limit = (now * 1.5 / 1e5).round() * 1e5;
    }
    ui.strong(v.t("stress-reverse"));
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut q.capital, false, v.t("stress-el-row"));
        ui.radio_value(&mut q.capital, true, v.t("stress-capital-row"));
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(v.t("stress-reverse-limit"));
        ui.add(
            egui::DragValue::new(&mut q.limit)
                .speed(10_000.0)
                .range(1.0..=1e13)
                .prefix("¥"),
        );
        ui.radio_value(&mut q.lever, Lever::PdMultiplier, v.t("stress-lever-pd"));
        ui.radio_value(&mut q.lever, Lever::IncomeShock, v.t("stress-lever-income"));
        if ui.button(v.t("stress-reverse-find")).clicked() {
            v.out.push(Command::Register(RegisterCommand::RunReverse));
        }
    });
    if let Some((capital, lever, limit, found)) = v.wb.reverse
        && capital == q.capital
        && lever == q.lever
        && limit == q.limit
    {
        let text = match (found, lever) {
            (None, _) => v.t("stress-reverse-none"),
            (Some(x), Lever::PdMultiplier) => v.t_with(
                "stress-reverse-at-pd",
                &[("value", crate::i18n::Arg::Text(&format!("{x:.2}")))],
            ),
            (Some(x), Lever::IncomeShock) => v.t_with(
                "stress-reverse-at-income",
                &[("value", crate::i18n::Arg::Text(&crate::format::pct(x)))],
            ),
        };
        ui.label(egui::RichText::new(text).strong());
    }
    if q != v.reg.reverse {
        v.out
            .push(Command::Register(RegisterCommand::SetReverse(q)));
    }
}
