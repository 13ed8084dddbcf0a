//! The Watchlist tab: the booked accounts showing an early-warning signal or 30–89
//! days past due, with their chance of reaching 90+ within 3 and 6 months, the
//! at-risk expected loss and an action; a virtual table with a filter by signal, sort
//! by header, and a CSV export (ids only). A click on a row opens its applicant.

use egui_extras::{Column, TableBuilder};

use super::ViewCtx;
use crate::domain::analytics::watchlist::{
    Action, Signal, Thresholds, WatchFilter, WatchQuery, WatchSort,
};
use crate::format::{money, pct, thousands};
use crate::i18n::{Arg, Language};
use crate::ui::command::{Command, Tab};
use crate::ui::theme;
use crate::workbench::words;

/// A signal in words, with the thresholds in force ("utilisation ≥ 90%").
fn signal_word(lang: Language, s: Signal, t: &Thresholds) -> String {
    let share = |x: f64| format!("{:.0}%", x * 100.0);
    match s {
        Signal::Arrears => crate::i18n::text(lang, "watch-signal-arrears"),
        Signal::HighUtilisation => crate::i18n::text_with(
            lang,
            "watch-signal-utilisation",
            &[("share", Arg::Text(&share(t.utilisation)))],
        ),
        Signal::WorseBucket => crate::i18n::text(lang, "watch-signal-worse"),
        Signal::BalanceGrowth => crate::i18n::text_with(
            lang,
            "watch-signal-growth",
            &[
                ("share", Arg::Text(&share(t.growth))),
                ("months", Arg::Number(t.growth_months as f64)),
            ],
        ),
        Signal::EarlyArrears => crate::i18n::text_with(
            lang,
            "watch-signal-early",
            &[("months", Arg::Number(t.new_months as f64))],
        ),
    }
}

fn action_word(lang: Language, a: Action) -> String {
    match a {
        Action::CollectionsCall => crate::i18n::text(lang, "watch-action-call"),
        Action::PaymentReminder => crate::i18n::text(lang, "watch-action-reminder"),
        Action::ReduceLimit { to } => crate::i18n::text_with(
            lang,
            "watch-action-reduce",
            &[("limit", Arg::Text(&money(to)))],
        ),
    }
}

/// The table's columns: message key and the sort it asks for (`None`: not sortable).
const COLUMNS: [(&str, Option<WatchSort>); 10] = [
    ("watch-col-account", Some(WatchSort::Account)),
    ("watch-col-bucket", None),
    ("watch-col-balance", Some(WatchSort::Balance)),
    ("watch-col-limit", None),
    ("watch-col-utilisation", Some(WatchSort::Utilisation)),
    ("watch-col-p3", Some(WatchSort::Chance3)),
    ("watch-col-p6", Some(WatchSort::Chance6)),
    ("watch-col-at-risk", Some(WatchSort::AtRisk)),
    ("watch-col-signals", None),
    ("watch-col-action", None),
];

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (d, lang) = (v.wb, v.lang);
    let p = &d.portfolio;
    if p.accounts.is_empty() {
        ui.label(v.t("watchlist-none"));
        return;
    }
    let pal = theme::palette(ui.ctx());
    ui.label(
        egui::RichText::new(v.t_with(
            "watchlist-intro",
            &[
                ("count", Arg::Text(&thousands(d.watchlist.len() as f64))),
                ("accounts", Arg::Text(&thousands(p.accounts.len() as f64))),
                ("as_of", Arg::Text(&p.as_of)),
                (
                    "policy",
                    Arg::Text(&d.policy_label(lang, &d.champion.policy)),
                ),
            ],
        ))
        .color(pal.muted),
    );
    let mut q: WatchQuery = v.watch.query;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(v.t("watch-filter"));
        let shown = match q.filter {
            WatchFilter::All => v.t("filter-any"),
            WatchFilter::Past30 => v.t("watch-filter-30"),
            WatchFilter::Signal(s) => signal_word(lang, s, &d.watch_thresholds),
        };
        egui::ComboBox::from_id_salt("watch-filter")
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut q.filter, WatchFilter::All, v.t("filter-any"));
                ui.selectable_value(&mut q.filter, WatchFilter::Past30, v.t("watch-filter-30"));
                for s in Signal::ALL {
                    ui.selectable_value(
                        &mut q.filter,
                        WatchFilter::Signal(s),
                        signal_word(lang, s, &d.watch_thresholds),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        ui.strong(v.t_with(
            "watch-shown",
            &[
                ("n", Arg::Number(v.watch.rows.len() as f64)),
                ("count", Arg::Text(&thousands(v.watch.rows.len() as f64))),
            ],
        ));
        if ui
            .button(v.t("watch-export"))
            .on_hover_text(v.t("watch-export-tip"))
            .clicked()
        {
            v.out.push(Command::ExportWatchlist);
        }
    });
    thresholds(ui, v);
    ui.separator();
    egui::ScrollArea::horizontal()
        .id_salt("watchlist-sideways")
        .show(ui, |ui| table(ui, v, &mut q));
    if q != v.watch.query {
        v.out.push(Command::SetWatchQuery(q));
    }
}

fn table(ui: &mut egui::Ui, v: &mut ViewCtx<'_>, q: &mut WatchQuery) {
    let (d, lang) = (v.wb, v.lang);
    let p = &d.portfolio;
    let pal = theme::palette(ui.ctx());
    let bucket_words: Vec<String> = (0..5).map(|k| words::dpd_bucket(lang, k)).collect();
    let mut open = None;
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .columns(Column::auto().at_least(60.0), COLUMNS.len() - 1)
        .column(Column::remainder().at_least(120.0))
        .header(22.0, |mut header| {
            for (key, sort) in COLUMNS {
                header.col(|ui| {
                    let title = crate::i18n::text(lang, key);
                    let Some(sort) = sort else {
                        ui.strong(title);
                        return;
                    };
                    let sorted = q.sort == sort;
                    // The default direction: largest first, ids ascending.
                    let largest_first = (sort != WatchSort::Account) != q.ascending;
                    let arrow = match (sorted, largest_first) {
                        (true, true) => " ↓",
                        (true, false) => " ↑",
                        _ => "",
                    };
                    if ui
                        .selectable_label(sorted, format!("{title}{arrow}"))
                        .clicked()
                    {
                        q.ascending = sorted && !q.ascending;
                        q.sort = sort;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, v.watch.rows.len(), |mut row| {
                let Some(w) = v
                    .watch
                    .rows
                    .get(row.index())
                    .and_then(|&i| d.watchlist.get(i as usize))
                else {
                    return;
                };
                let k = w.account as usize;
                let cell = |row: &mut egui_extras::TableRow<'_, '_>, text: egui::RichText| {
                    row.col(|ui| {
                        ui.add(egui::Label::new(text).selectable(false));
                    });
                };
                let id = p.accounts.id.get(k).copied().unwrap_or_default();
                cell(&mut row, egui::RichText::new(id.to_string()));
                let bucket = bucket_words
                    .get(usize::from(w.bucket))
                    .cloned()
                    .unwrap_or_default();
                let colour = if w.bucket >= 2 {
                    pal.bad
                } else if w.bucket == 1 {
                    pal.amber
                } else {
                    ui_text()
                };
                cell(&mut row, egui::RichText::new(bucket).color(colour));
                cell(&mut row, egui::RichText::new(money(w.balance)));
                cell(&mut row, egui::RichText::new(money(w.limit)));
                cell(&mut row, egui::RichText::new(pct(w.utilisation)));
                cell(&mut row, egui::RichText::new(pct(w.p90_3m)));
                cell(&mut row, egui::RichText::new(pct(w.p90_6m)).strong());
                cell(&mut row, egui::RichText::new(money(w.at_risk_el)));
                let signals: Vec<String> = w
                    .signals
                    .iter()
                    .map(|s| signal_word(lang, s, &d.watch_thresholds))
                    .collect();
                cell(&mut row, egui::RichText::new(signals.join(", ")));
                cell(&mut row, egui::RichText::new(action_word(lang, w.action)));
                if row.response().clicked() {
                    open = p.accounts.applicant.get(k).map(|&i| i as usize);
                }
            });
        });
    if let Some(i) = open {
        v.out.push(Command::Select {
            row: i,
            scroll: true,
        });
        v.out.push(Command::SetTab(Tab::Applicants));
    }
}

/// The default text colour marker: `RichText` without a colour keeps the theme's.
fn ui_text() -> egui::Color32 {
    egui::Color32::PLACEHOLDER
}

/// The signals' and actions' thresholds, editable: the list follows each change at
/// once; kept in the portfolio only when saved with a reason.
fn thresholds(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let mut t = v.wb.watch_thresholds.clone();
    let percent = |x: f64, _: std::ops::RangeInclusive<usize>| format!("{:.0}%", x * 100.0);
    egui::CollapsingHeader::new(v.t("watch-thresholds"))
        .id_salt("watch-thresholds")
        .show(ui, |ui| {
            ui.spacing_mut().slider_width = theme::SLIDER_WIDTH;
            let slider = |ui: &mut egui::Ui, x: &mut f64, hi: f64, key: &str| {
                ui.add(
                    egui::Slider::new(x, 0.0..=hi)
                        .step_by(0.01)
                        .custom_formatter(percent)
                        .text(v.t(key)),
                );
            };
            slider(ui, &mut t.utilisation, 1.5, "watch-t-utilisation");
            slider(ui, &mut t.growth, 3.0, "watch-t-growth");
            slider(ui, &mut t.call_from, 1.0, "watch-t-call");
            slider(ui, &mut t.keep_share, 1.0, "watch-t-keep");
            if ui.button(v.t("watch-t-reset")).clicked() {
                t = Default::default();
            }
            if v.wb.watch_thresholds != v.wb.saved_watch_thresholds {
                let pal = theme::palette(ui.ctx());
                ui.label(egui::RichText::new(v.t("watch-unsaved")).color(pal.amber));
                ui.label(v.t("watch-save-title"));
                let mut reason = v.reg.watch_reason.clone();
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(v.t("edit-reason"));
                    ui.add(
                        egui::TextEdit::singleline(&mut reason)
                            .hint_text(v.t("edit-reason-hint"))
                            .desired_width(240.0),
                    )
                    .labelled_by(label.id);
                    if ui
                        .add_enabled(
                            !reason.trim().is_empty(),
                            egui::Button::new(v.t("edit-save")),
                        )
                        .clicked()
                    {
                        v.out.push(Command::Register(
                            crate::ui::command::RegisterCommand::SaveWatchThresholds,
                        ));
                    }
                });
                if reason != v.reg.watch_reason {
                    v.out.push(Command::Register(
                        crate::ui::command::RegisterCommand::SetWatchReason(reason),
                    ));
                }
            }
        });
    if t != v.wb.watch_thresholds {
        v.out.push(Command::SetWatchThresholds(t));
    }
}
