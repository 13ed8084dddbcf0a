//! The scenario's controls: presets, a slider per shock, the capital parameters and
//! the ECL's weights. Each change asks for new inputs; the figures follow live.

use super::super::ViewCtx;
use crate::domain::stress::Scenario;
use crate::domain::stress::capital::Correlation;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::workbench::stress::StressInputs;

fn percent(x: f64, _: std::ops::RangeInclusive<usize>) -> String {
    format!("{:.0}%", x * 100.0)
}

fn points(x: f64, _: std::ops::RangeInclusive<usize>) -> String {
    format!("{:+.0} pp", x * 100.0)
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
    });
    let s = &mut next.scenario;
    if !Scenario::presets().contains(s) {
        s.name = "Custom".into();
        ui.label(v.t("stress-custom"));
    }
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
    ui.add(
        egui::Slider::new(&mut s.drawdown, 0.0..=1.0)
            .custom_formatter(percent)
            .text(v.t("stress-drawdown")),
    );
    ui.add(
        egui::Slider::new(&mut s.roll_multiplier, 0.5..=3.0).text(v.t("stress-roll-multiplier")),
    );
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
    if next != v.wb.stress_inputs {
        v.out.push(Command::SetStress(Box::new(next)));
    }
}
