//! The selected applicant's repayment history: the account, and its days-past-due
//! bucket month by month.

use egui_plot::{Bar, BarChart, Plot};

use super::charts;
use crate::domain::import::dates::month_label;
use crate::domain::portfolio::{GivenOutcome, NO_ACCOUNT};
use crate::format::money;
use crate::i18n::{self, Arg, Language};
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

pub(crate) fn show(ui: &mut egui::Ui, lang: Language, d: &Workbench, row: usize) {
    let t = |id: &str| i18n::text(lang, id);
    let p = &d.portfolio;
    let k = p.derived.account.get(row).copied().unwrap_or(NO_ACCOUNT);
    if k == NO_ACCOUNT {
        match p.applicants.given_outcome.get(row) {
            // An import's outcome, as the lender gave it (no history was imported).
            Some(&g) if g != GivenOutcome::None => {
                ui.label(i18n::text_with(
                    lang,
                    "detail-given-outcome",
                    &[
                        ("outcome", Arg::Text(&words::given_outcome(lang, g))),
                        ("definition", Arg::Text(&words::outcome_definition(lang, p))),
                    ],
                ));
            }
            _ => {
                ui.label(t("detail-no-account"));
            }
        }
        return;
    }
    let k = k as usize;
    let acc = &p.accounts;
    let open = acc.open_month[k];
    ui.label(i18n::text_with(
        lang,
        "detail-account",
        &[
            ("id", Arg::Text(&acc.id[k].to_string())),
            ("month", Arg::Text(&month_label(open))),
            ("limit", Arg::Text(&money(acc.credit_limit[k]))),
            (
                "outcome",
                Arg::Text(&words::outcome(lang, p.derived.outcome[row])),
            ),
        ],
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
                .name(i18n::text_with(
                    lang,
                    "detail-history-bar",
                    &[
                        ("month", Arg::Text(&month_label(open + m as i32))),
                        ("mob", Arg::Text(&(m + 1).to_string())),
                        ("dpd", Arg::Text(&words::dpd_bucket(lang, b as usize))),
                    ],
                ))
                .fill(colour)
        })
        .collect();
    let names: Vec<String> = bars.iter().map(|b| b.name.clone()).collect();
    let shown = Plot::new("history")
        .height(160.0)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_axis_label(t("detail-mob"))
        .y_axis_label(t("detail-dpd"))
        .include_y(0.0)
        .include_y(4.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_formatter(move |mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 1e-6 && (0.0..=4.0).contains(&k) {
                words::dpd_bucket(lang, k as usize)
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(widgets::quiet(
                BarChart::new(t("detail-dpd"), bars).width(0.8),
            ));
        });
    charts::readout(&shown, |at| {
        let m = at.x.round();
        (m >= 1.0).then(|| names.get(m as usize - 1).cloned())?
    });
}
