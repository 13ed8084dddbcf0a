//! The lab's left panel: the challenger's sliders and the presets; saving follows
//! (`saved`).

use super::LabForm;
use super::saved;
use crate::domain::policy::{Rule, presets};
use crate::domain::scorecard::band::BAND_NAMES;
use crate::i18n::{self, Arg};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::views::ViewCtx;
use crate::workbench::words;

pub(crate) fn controls(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, form: &mut LabForm) {
    let (d, lang, out) = (v.wb, v.lang, &mut *v.out);
    let t = |id: &str| i18n::text(lang, id);
    let mut p = d.challenger.policy.clone();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(t("lab-challenger-policy"));
        ui.label(i18n::text_with(
            lang,
            "lab-champion-in-force",
            &[(
                "policy",
                Arg::Text(&d.policy_label(lang, &d.champion.policy)),
            )],
        ));
        badge(ui, lang, d, out);
        let port = &d.portfolio;
        if let Some(line) = words::rules_not_applicable(lang, port) {
            ui.label(egui::RichText::new(line).color(theme::palette(ui.ctx()).muted));
        }
        let na = t("lab-not-applicable-tip");
        let tenure_applies = port.rule_applies(Rule::ShortTenure);
        let dti_applies = port.rule_applies(Rule::DtiAboveCap);
        let limit_applies = port.limit_applies();
        ui.add_space(theme::GAP / 2.0);
        ui.spacing_mut().slider_width = theme::SLIDER_WIDTH;
        let mut changed = false;
        // The cut-off moves over the scores applicants have (rounded out to tens, and
        // wide enough for both policies), not over every score the card allows: a
        // point or two per pixel. The arrow keys move a focused slider by one point.
        let (lo, hi) = d.portfolio.derived.score_range;
        let lo = (lo.div_euclid(10) * 10)
            .min(d.champion.policy.cutoff)
            .min(p.cutoff);
        let hi = ((hi + 9).div_euclid(10) * 10)
            .max(d.champion.policy.cutoff)
            .max(p.cutoff);
        changed |= ui
            .add(
                egui::Slider::new(&mut p.cutoff, lo..=hi)
                    .step_by(1.0)
                    .text(t("lab-cutoff")),
            )
            .on_hover_text(t("lab-cutoff-tip"))
            .changed();
        changed |= ui
            .add(egui::Slider::new(&mut p.refer_width, 0..=60).text(t("lab-refer-width")))
            .changed();
        ui.add_enabled_ui(tenure_applies, |ui| {
            changed |= ui
                .add(egui::Slider::new(&mut p.min_tenure_months, 0..=24).text(t("lab-min-tenure")))
                .on_disabled_hover_text(&na)
                .changed();
        });
        if port.rule_applies(Rule::DeclinedEmployment) {
            egui::CollapsingHeader::new(t("lab-declined-employment"))
                .id_salt("declined-employment")
                .default_open(!p.declined_employment.is_empty())
                .show(ui, |ui| {
                    ui.label(
                        egui::RichText::new(t("lab-declined-employment-tip"))
                            .color(theme::palette(ui.ctx()).muted),
                    );
                    ui.horizontal_wrapped(|ui| {
                        for e in port.employments.iter().filter(|e| !e.is_empty()) {
                            let mut on = p.declined_employment.contains(e);
                            if ui.checkbox(&mut on, e).changed() {
                                if on {
                                    p.declined_employment.push(e.clone());
                                } else {
                                    p.declined_employment.retain(|x| x != e);
                                }
                                changed = true;
                            }
                        }
                    });
                });
        }
        // Float sliders are rounded to their step only when moved: snapping on show
        // would change a loaded policy's values.
        let percent = |x: f64, _: std::ops::RangeInclusive<usize>| format!("{:.0}%", x * 100.0);
        let mut float =
            |ui: &mut egui::Ui, value: &mut f64, range, step: f64, text: &str, pct: bool| {
                let mut s = egui::Slider::new(value, range).text(text);
                if pct {
                    s = s.custom_formatter(percent);
                }
                if ui.add(s).changed() {
                    *value = (*value / step).round() * step;
                    changed = true;
                }
            };
        // A rule without its input in this portfolio is shown, greyed, not hidden.
        ui.add_enabled_ui(dti_applies, |ui| {
            float(ui, &mut p.dti_cap, 0.0..=1.5, 0.01, &t("lab-dti-cap"), true);
        })
        .response
        .on_disabled_hover_text(&na);
        ui.add_enabled_ui(limit_applies, |ui| {
            float(
                ui,
                &mut p.income_multiple,
                0.1..=3.0,
                0.05,
                &t("lab-income-multiple"),
                false,
            );
            float(
                ui,
                &mut p.min_limit,
                0.0..=5_000.0,
                100.0,
                &t("lab-min-limit"),
                false,
            );
            float(
                ui,
                &mut p.max_limit,
                1_000.0..=50_000.0,
                500.0,
                &t("lab-max-limit"),
                false,
            );
        })
        .response
        .on_disabled_hover_text(&na);
        float(
            ui,
            &mut p.utilisation,
            0.05..=1.0,
            0.01,
            &t("lab-utilisation"),
            true,
        );
        float(ui, &mut p.lgd, 0.05..=1.0, 0.01, &t("lab-lgd"), true);
        egui::CollapsingHeader::new(t("lab-band-factors"))
            .id_salt("band-factors")
            .show(ui, |ui| {
                for (b, factor) in p.band_factors.iter_mut().enumerate() {
                    let text = i18n::text_with(
                        lang,
                        "lab-band-factor",
                        &[("band", Arg::Text(BAND_NAMES[b]))],
                    );
                    float(ui, factor, 0.0..=3.0, 0.05, &text, false);
                }
            });
        p.order_limits();
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("lab-reset")).clicked() {
                p = d.champion.policy.clone();
                changed = true;
            }
            for (k, mut preset) in presets::presets().into_iter().enumerate() {
                // Named in the window's language: a trainer saves "稳健" in Chinese.
                preset.name = words::preset(lang, k);
                // The presets are written for the sample's scaling: carried to the card's.
                preset = preset.for_scaling(&d.portfolio.scorecard.scaling);
                if ui.button(&preset.name).clicked() {
                    p = preset;
                    changed = true;
                }
            }
        });
        if changed && p != d.challenger.policy {
            if p.name == d.champion.policy.name && p != d.champion.policy {
                // Named in the window's language, as the presets are ("Challenger", 挑战者策略).
                p.name = t("lab-challenger");
            }
            out.push(Command::SetChallenger(p.clone()));
        }

        saved::save_and_saved(ui, lang, d, &p, form, out);
    });
}

/// The challenger's own compliance standing (what its sliders can change): red while
/// an approval breaks a rule or a policy test fails, amber on a fair-lending flag.
/// A click opens the Compliance tab.
fn badge(
    ui: &mut egui::Ui,
    lang: crate::i18n::Language,
    d: &crate::workbench::Workbench,
    out: &mut Vec<Command>,
) {
    use crate::domain::compliance::Status;
    let standing = d.compliance.challenger.policy_standing();
    let pal = theme::palette(ui.ctx());
    let colour = crate::ui::views::compliance::status_colour(&pal, standing);
    let breaches: u64 = d
        .compliance
        .challenger
        .rules
        .iter()
        .filter(|r| r.policy_status == Some(Status::Breach))
        .map(|r| r.breaches)
        .sum();
    let mut text = i18n::text_with(
        lang,
        "compliance-badge",
        &[(
            "status",
            Arg::Text(&crate::workbench::compliance_words::status(lang, standing)),
        )],
    );
    if breaches > 0 {
        text.push_str(" · ");
        text.push_str(&i18n::text_with(
            lang,
            "compliance-badge-count",
            &[
                ("n", Arg::Number(breaches as f64)),
                (
                    "count",
                    Arg::Text(&crate::format::thousands(breaches as f64)),
                ),
            ],
        ));
    }
    let button = egui::Button::new(
        egui::RichText::new(text)
            .color(egui::Color32::WHITE)
            .strong(),
    )
    .fill(colour);
    if ui
        .add(button)
        .on_hover_text(i18n::text(lang, "compliance-badge-tip"))
        .clicked()
    {
        out.push(Command::SetTab(crate::ui::command::Tab::Compliance));
    }
}
