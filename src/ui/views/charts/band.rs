//! Charts by score band: observed default rate against predicted PD, and the
//! exposure of each policy's approvals.

use egui_plot::{Bar, BarChart, Line, Points};

use super::{Mark, band_at, band_formatter, legend, plot, rate, readout, t};
use crate::domain::evaluation::Evaluation;
use crate::domain::scorecard::band::BANDS;
use crate::format::{money, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

/// A plot over the six bands, from 0 to a little above `top`. Every band is labelled
/// however narrow the plot (egui_plot's x labels otherwise need 60 points each).
fn band_plot<'a>(
    lang: Language,
    id: &str,
    y: String,
    height: f32,
    top: f64,
) -> egui_plot::Plot<'a> {
    plot(id, t(lang, "chart-score-band"), y, height)
        .x_grid_spacer(egui_plot::log_grid_spacer(10))
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label(t(lang, "chart-score-band"))
                .formatter(band_formatter)
                .label_spacing(14.0..=20.0),
        ])
        .include_x(-0.5)
        .include_x(BANDS as f64 - 0.5)
        .include_y(0.0)
        .include_y(top * 1.08)
}

pub(crate) fn risk_by_band(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    let p = &d.portfolio;
    ui.strong(words::observed(
        lang,
        p,
        "chart-risk-title",
        "chart-risk-title-given",
        &[],
    ));
    let observed = words::observed(
        lang,
        p,
        "chart-risk-observed",
        "chart-risk-observed-given",
        &[],
    );
    let r = &d.analytics.band_risk;
    legend(
        ui,
        &[
            (Mark::Bar, pal.bad, observed.clone()),
            (Mark::Line, pal.secondary, t(lang, "chart-risk-predicted")),
        ],
    );
    let bars: Vec<Bar> = (0..BANDS)
        .map(|b| Bar::new(b as f64, r[b].default_rate() * 100.0))
        .collect();
    let line: Vec<[f64; 2]> = (0..BANDS)
        .filter(|&b| r[b].mature > 0)
        .map(|b| [b as f64, r[b].predicted_pd() * 100.0])
        .collect();
    let top = (0..BANDS)
        .map(|b| r[b].default_rate().max(r[b].predicted_pd()) * 100.0)
        .filter(|x| x.is_finite())
        .fold(0.0, f64::max);
    let shown = band_plot(
        lang,
        "risk-by-band",
        t(lang, "chart-rate-axis"),
        height,
        top,
    )
    .show(ui, |plot| {
        plot.bar_chart(widgets::quiet(
            BarChart::new(observed, bars).color(pal.bad).width(0.6),
        ));
        plot.line(
            Line::new(t(lang, "chart-risk-predicted"), line.clone())
                .color(pal.secondary)
                .width(2.0),
        );
        plot.points(
            Points::new(t(lang, "chart-risk-predicted"), line)
                .color(pal.secondary)
                .radius(4.0),
        );
    });
    readout(&shown, |at| {
        let b = band_at(at.x)?;
        let x = &r[b];
        Some(words::observed(
            lang,
            &d.portfolio,
            "chart-risk-readout",
            "chart-risk-readout-given",
            &[
                ("band", Arg::Text(&d.portfolio.scorecard.bands().label(b))),
                ("rate", Arg::Text(&rate(x.default_rate()))),
                ("bad", Arg::Text(&thousands(x.bad as f64))),
                ("mature", Arg::Text(&thousands(x.mature as f64))),
                ("pd", Arg::Text(&rate(x.predicted_pd()))),
            ],
        ))
    });
}

pub(crate) fn exposure_by_band(ui: &mut egui::Ui, lang: Language, d: &Workbench, height: f32) {
    let pal = theme::palette(ui.ctx());
    ui.strong(t(lang, "chart-exposure-title"));
    if !d.portfolio.limit_applies() {
        // No income: the evaluation's figures would come from the minimum limit alone.
        ui.add(egui::Label::new(t(lang, "lab-no-limit-why")).wrap());
        return;
    }
    let (champion_name, challenger_name) = (
        d.policy_label(lang, &d.champion.policy),
        d.policy_label(lang, &d.challenger.policy),
    );
    let named = |id: &str, name: &str| i18n::text_with(lang, id, &[("policy", Arg::Text(name))]);
    legend(
        ui,
        &[
            (
                Mark::Bar,
                pal.champion,
                named("chart-champion-named", &champion_name),
            ),
            (
                Mark::Bar,
                pal.challenger,
                named("chart-challenger-named", &challenger_name),
            ),
        ],
    );
    let series = |eval: &Evaluation, offset: f64| -> Vec<Bar> {
        (0..BANDS)
            .map(|b| Bar::new(b as f64 + offset, eval.by_band[b].ead / 1e6).width(0.35))
            .collect()
    };
    let top = (0..BANDS)
        .map(|b| {
            d.champion.eval.by_band[b]
                .ead
                .max(d.challenger.eval.by_band[b].ead)
                / 1e6
        })
        .fold(0.0, f64::max);
    let shown = band_plot(
        lang,
        "exposure-by-band",
        t(lang, "chart-exposure-axis"),
        height,
        top,
    )
    .show(ui, |plot| {
        plot.bar_chart(widgets::quiet(
            BarChart::new(t(lang, "lab-champion"), series(&d.champion.eval, -0.18))
                .color(pal.champion),
        ));
        plot.bar_chart(widgets::quiet(
            BarChart::new(t(lang, "lab-challenger"), series(&d.challenger.eval, 0.18))
                .color(pal.challenger),
        ));
    });
    readout(&shown, |at| {
        let b = band_at(at.x)?;
        let (a, c) = (&d.champion.eval.by_band[b], &d.challenger.eval.by_band[b]);
        Some(i18n::text_with(
            lang,
            "chart-exposure-readout",
            &[
                ("band", Arg::Text(&d.portfolio.scorecard.bands().label(b))),
                ("champion", Arg::Text(&champion_name)),
                ("ead1", Arg::Text(&money(a.ead))),
                ("n1", Arg::Text(&thousands(a.approved as f64))),
                ("challenger", Arg::Text(&challenger_name)),
                ("ead2", Arg::Text(&money(c.ead))),
                ("n2", Arg::Text(&thousands(c.approved as f64))),
            ],
        ))
    });
}
