//! The stress tab's charts: the approvals' EL and capital by score band, base beside
//! stressed, and a waterfall of what moved the booked book's ECL, stage by stage.

use egui_plot::{Bar, BarChart};

use super::super::ViewCtx;
use super::super::charts::{Mark, legend, plot};
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::domain::stress::approved::CapitalRow;
use crate::ui::{theme, widgets};
use crate::workbench::stress::StressFigures;

pub(super) fn show(ui: &mut egui::Ui, v: &ViewCtx<'_>, f: &StressFigures, wide: bool) {
    if wide {
        ui.columns(2, |cols| {
            by_band(&mut cols[0], v, f);
            waterfall(&mut cols[1], v, f);
        });
    } else {
        by_band(ui, v, f);
        waterfall(ui, v, f);
    }
}

fn band_axis(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    let k = mark.value.round();
    if (mark.value - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < BANDS {
        BAND_NAMES[k as usize].to_string()
    } else {
        String::new()
    }
}

fn by_band(ui: &mut egui::Ui, v: &ViewCtx<'_>, f: &StressFigures) {
    let pal = theme::palette(ui.ctx());
    ui.strong(v.t("stress-chart-band-title"));
    let (b, s) = (&f.champion.base.by_band, &f.champion.stressed.by_band);
    let el_base = v.t("stress-series-el-base");
    let el_stressed = v.t("stress-series-el-stressed");
    let cap_base = v.t("stress-series-capital-base");
    let cap_stressed = v.t("stress-series-capital-stressed");
    legend(
        ui,
        &[
            (Mark::Bar, pal.champion, el_base.clone()),
            (Mark::Bar, pal.bad, el_stressed.clone()),
            (Mark::Bar, pal.secondary, cap_base.clone()),
            (Mark::Bar, pal.amber, cap_stressed.clone()),
        ],
    );
    let bars = |off: f64, value: &[f64; BANDS]| -> Vec<Bar> {
        (0..BANDS)
            .map(|band| Bar::new(band as f64 + off, value[band] / 1e3).width(0.18))
            .collect()
    };
    let top = (0..BANDS)
        .flat_map(|k| {
            [
                b[k].expected_loss,
                s[k].expected_loss,
                b[k].capital,
                s[k].capital,
            ]
        })
        .fold(0.0, f64::max)
        / 1e3;
    plot(
        "stress-band",
        v.t("chart-score-band"),
        v.t("stress-axis-thousands"),
        200.0,
    )
    .x_axis_formatter(band_axis)
    .include_x(-0.5)
    .include_x(BANDS as f64 - 0.5)
    .include_y(0.0)
    .include_y(top * 1.1)
    .show(ui, |p| {
        let el = |r: &[CapitalRow; BANDS]| r.map(|x| x.expected_loss);
        let cap = |r: &[CapitalRow; BANDS]| r.map(|x| x.capital);
        let series = [
            (&el_base, pal.champion, -0.3, el(b)),
            (&el_stressed, pal.bad, -0.1, el(s)),
            (&cap_base, pal.secondary, 0.1, cap(b)),
            (&cap_stressed, pal.amber, 0.3, cap(s)),
        ];
        for (name, colour, off, value) in series {
            p.bar_chart(widgets::quiet(
                BarChart::new(name.clone(), bars(off, &value)).color(colour),
            ));
        }
    });
}

/// Base ECL, then each stage's change, then the scenario's ECL.
fn waterfall(ui: &mut egui::Ui, v: &ViewCtx<'_>, f: &StressFigures) {
    let pal = theme::palette(ui.ctx());
    ui.strong(v.t("stress-chart-waterfall-title"));
    let base = f.presets[0].total().ecl / 1e3;
    let deltas: Vec<f64> = (0..3)
        .map(|k| (f.ecl.stages[k].ecl - f.presets[0].stages[k].ecl) / 1e3)
        .collect();
    let end = f.ecl.total().ecl / 1e3;
    legend(
        ui,
        &[
            (Mark::Bar, pal.champion, v.t("stress-series-ecl")),
            (Mark::Bar, pal.bad, v.t("stress-series-increase")),
            (Mark::Bar, pal.good, v.t("stress-series-decrease")),
        ],
    );
    let mut bars = vec![Bar::new(0.0, base).width(0.6).fill(pal.champion)];
    let mut level = base;
    for (k, d) in deltas.iter().enumerate() {
        let colour = if *d >= 0.0 { pal.bad } else { pal.good };
        bars.push(
            Bar::new(k as f64 + 1.0, *d)
                .base_offset(level)
                .width(0.6)
                .fill(colour),
        );
        level += d;
    }
    bars.push(Bar::new(4.0, end).width(0.6).fill(pal.champion));
    let labels = [
        v.t("stress-col-base-w"),
        v.t_with(
            "stress-stage-n",
            &[("stage", crate::i18n::Arg::Number(1.0))],
        ),
        v.t_with(
            "stress-stage-n",
            &[("stage", crate::i18n::Arg::Number(2.0))],
        ),
        v.t_with(
            "stress-stage-n",
            &[("stage", crate::i18n::Arg::Number(3.0))],
        ),
        crate::workbench::words::scenario_label(v.lang, &f.scenario),
    ];
    let top = bars
        .iter()
        .map(|b| b.base_offset.unwrap_or(0.0) + b.value.max(0.0))
        .fold(0.0, f64::max);
    plot(
        "stress-waterfall",
        String::new(),
        v.t("stress-axis-thousands"),
        200.0,
    )
    .x_axis_formatter(move |mark, _| {
        let k = mark.value.round();
        if (mark.value - k).abs() < 1e-6 && (0.0..5.0).contains(&k) {
            labels[k as usize].clone()
        } else {
            String::new()
        }
    })
    .include_x(-0.5)
    .include_x(4.5)
    .include_y(0.0)
    .include_y(top * 1.1)
    .show(ui, |p| {
        p.bar_chart(widgets::quiet(BarChart::new("ECL", bars)));
    });
}
