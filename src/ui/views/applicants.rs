//! The applicant table: search, filters, sort, a virtual-scrolling table.

use egui::{Key, Modifiers};
use egui_extras::{Column, TableBuilder};

use super::ViewCtx;
use crate::domain::evaluation::decide;
use crate::domain::evaluation::table_query::{SortKey, TableQuery};
use crate::domain::policy::Decision;
use crate::domain::portfolio::Outcome;
use crate::domain::portfolio::mask::mask_name;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::format::iso_of_days;
use crate::format::{money, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::table_state::TableState;
use crate::ui::theme;
use crate::workbench::{DecisionsUnder, Workbench, words};

/// The columns: message key of the title, sort key.
const COLUMNS: [(&str, SortKey); 10] = [
    ("col-id", SortKey::Id),
    ("col-name", SortKey::Name),
    ("col-applied", SortKey::Date),
    ("col-channel", SortKey::Channel),
    ("col-score", SortKey::Score),
    ("col-band", SortKey::Band),
    ("col-pd", SortKey::Pd),
    ("col-decision", SortKey::Decision),
    ("col-limit", SortKey::Limit),
    ("col-outcome", SortKey::Outcome),
];

/// The title of the category column: "Channel", or an import's characteristic's label.
fn category_title(lang: Language, p: &crate::domain::portfolio::Portfolio) -> String {
    match p.category() {
        Some(c) if c.entry.name != "channel" => c.entry.label.clone(),
        _ => i18n::text(lang, "col-channel"),
    }
}

/// A combo box over `Option<T>` ("any" = None); `id` names it apart from its
/// label, which follows the language.
fn pick<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    lang: Language,
    (id, label): (&str, &str),
    value: &mut Option<T>,
    options: &[(T, String)],
) {
    let any = i18n::text(lang, "filter-any");
    let shown = value
        .and_then(|v| options.iter().find(|o| o.0 == v))
        .map_or(any.clone(), |o| o.1.clone());
    let name = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(110.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for (v, text) in options {
                ui.selectable_value(value, Some(*v), text);
            }
        })
        .response
        .labelled_by(name.id);
    ui.add_space(12.0);
}

fn controls(
    ui: &mut egui::Ui,
    lang: Language,
    d: &Workbench,
    table: &TableState,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let p = &d.portfolio;
    let mut q: TableQuery = table.query.clone();
    // A book without names is searched by id only: the hint says so.
    let names = p.registry.get("name").is_some();
    let (hint, tip) = if names {
        ("search-hint", "search-tip")
    } else {
        ("search-hint-id", "search-tip-id")
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t("search"));
        ui.add(
            egui::TextEdit::singleline(&mut q.search)
                .id_salt("applicant-search")
                .hint_text(t(hint))
                .desired_width(180.0),
        )
        .labelled_by(label.id)
        .on_hover_text(t(tip));
        let decisions = Decision::ALL.map(|x| (x, words::decision(lang, x)));
        pick(
            ui,
            lang,
            ("decision", &t("col-decision")),
            &mut q.decision,
            &decisions,
        );
        let edges = p.scorecard.bands();
        let bands: Vec<(u8, String)> = (0..BANDS).map(|b| (b as u8, edges.label(b))).collect();
        pick(ui, lang, ("band", &t("col-band")), &mut q.band, &bands);
    });
    ui.horizontal_wrapped(|ui| {
        if let Some(c) = p.category() {
            let values: Vec<(u32, String)> = c
                .labels
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.is_empty())
                .map(|(k, s)| (k as u32, s.clone()))
                .collect();
            pick(
                ui,
                lang,
                ("channel", &category_title(lang, p)),
                &mut q.channel,
                &values,
            );
        }
        let tiers: Vec<(u8, String)> = (1..=4u8)
            .map(|k| {
                let tier =
                    i18n::text_with(lang, "city-tier-n", &[("tier", Arg::Number(f64::from(k)))]);
                (k, tier)
            })
            .collect();
        if p.registry.get("city_tier").is_some() {
            pick(
                ui,
                lang,
                ("city-tier", &t("city-tier")),
                &mut q.city_tier,
                &tiers,
            );
        }
        let outcomes =
            [Outcome::Good, Outcome::Bad, Outcome::Unknown].map(|o| (o, words::outcome(lang, o)));
        pick(
            ui,
            lang,
            ("outcome", &t("col-outcome")),
            &mut q.outcome,
            &outcomes,
        );
        if ui
            .button(t("clear-filters"))
            .on_hover_text(t("clear-filters-tip"))
            .clicked()
        {
            q = TableQuery {
                sort: q.sort,
                descending: q.descending,
                names_revealed: q.names_revealed,
                ..TableQuery::default()
            };
        }
    });
    if let Some(label) = q.only.as_ref().map(|o| o.label.clone()) {
        let pal = crate::ui::theme::palette(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(label).color(pal.bad).strong());
            if ui.button(t("compliance-only-clear")).clicked() {
                q.only = None;
            }
        });
    }
    ui.horizontal(|ui| {
        ui.strong(i18n::text_with(
            lang,
            "applicants-match",
            &[
                ("shown", Arg::Text(&thousands(table.rows.len() as f64))),
                ("total", Arg::Text(&thousands(p.len() as f64))),
                ("n", Arg::Number(p.len() as f64)),
            ],
        ));
        if table.busy() {
            ui.spinner();
            ui.label(t("updating"));
        }
    });
    decisions_switch(ui, lang, d, table, out);
    if q != table.query {
        // Searching an id selects that applicant.
        if let Ok(id) = q.search.trim().parse::<i64>()
            && let Some(row) = p.row_of_id(id)
        {
            out.push(Command::Select { row, scroll: true });
        }
        out.push(Command::SetQuery(q));
    }
}

/// Which policy the Decision and Limit columns follow: the policy in force unless the
/// user picks the lab's challenger; both are named, the active one first in words.
fn decisions_switch(
    ui: &mut egui::Ui,
    lang: Language,
    d: &Workbench,
    table: &TableState,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let in_force = d.policy_label(lang, &d.champion.policy);
    let same = d.challenger.policy == d.champion.policy;
    ui.horizontal_wrapped(|ui| {
        ui.label(t("decisions-under"));
        let mut under = table.decisions;
        ui.radio_value(
            &mut under,
            DecisionsUnder::InForce,
            i18n::text_with(lang, "under-in-force", &[("policy", Arg::Text(&in_force))]),
        );
        let challenger = if same {
            t("under-challenger-same")
        } else {
            let name = d.policy_label(lang, &d.challenger.policy);
            i18n::text_with(lang, "under-challenger", &[("policy", Arg::Text(&name))])
        };
        ui.radio_value(&mut under, DecisionsUnder::Challenger, challenger)
            .on_hover_text(t("under-challenger-tip"));
        if under != table.decisions {
            out.push(Command::SetDecisionsUnder(under));
        }
    });
}

/// A cell's text: not selectable, so that a click on it selects the row.
fn cell(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).selectable(false));
}

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (d, table, lang, out) = (v.wb, v.table, v.lang, &mut *v.out);
    controls(ui, lang, d, table, out);
    ui.separator();
    // The arrows move the selection unless a dropdown is open (they move in it).
    if !egui::Popup::is_any_open(ui.ctx()) {
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown)) {
            out.push(Command::MoveSelection(1));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp)) {
            out.push(Command::MoveSelection(-1));
        }
    }
    // A narrow window scrolls the table sideways rather than hide its last columns.
    egui::ScrollArea::horizontal()
        .id_salt("applicants-sideways")
        .show(ui, |ui| table_body(ui, lang, d, table, out));
}

fn table_body(
    ui: &mut egui::Ui,
    lang: Language,
    d: &Workbench,
    table: &TableState,
    out: &mut Vec<Command>,
) {
    // The words of the cells, once per frame rather than once per row.
    let decision_words = Decision::ALL.map(|x| words::decision(lang, x));
    let outcome_words =
        [Outcome::Good, Outcome::Bad, Outcome::Unknown].map(|o| words::outcome(lang, o));
    let outcome_word = |o: Outcome| match o {
        Outcome::Good => &outcome_words[0],
        Outcome::Bad => &outcome_words[1],
        Outcome::Unknown => &outcome_words[2],
    };
    let p = &d.portfolio;
    let category = p.category();
    let policy = d.policy_under(table.decisions);
    let pal = theme::palette(ui.ctx());
    // An import without names has no name column (rather than an empty one).
    let names = p.registry.get("name").is_some();
    let mut builder = TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(60.0));
    if names {
        builder = builder.column(Column::auto().at_least(80.0));
    }
    let mut builder = builder
        .columns(Column::auto().at_least(60.0), 7)
        .column(Column::remainder().at_least(60.0));
    if table.scroll_to_selected
        && let Some(k) = table.selected_position()
    {
        builder = builder.scroll_to_row(k, Some(egui::Align::Center));
    }
    builder
        .header(22.0, |mut header| {
            for (title, key) in COLUMNS
                .into_iter()
                .filter(|&(_, k)| k != SortKey::Name || names)
            {
                let title = if key == SortKey::Channel {
                    category_title(lang, p)
                } else {
                    i18n::text(lang, title)
                };
                header.col(|ui| {
                    let sorted = table.query.sort == key;
                    let arrow = match (sorted, table.query.descending) {
                        (true, false) => " ↑",
                        (true, true) => " ↓",
                        _ => "",
                    };
                    if ui
                        .selectable_label(sorted, format!("{title}{arrow}"))
                        .clicked()
                    {
                        let mut q = table.query.clone();
                        q.descending = sorted && !q.descending;
                        q.sort = key;
                        out.push(Command::SetQuery(q));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, table.rows.len(), |mut row| {
                let i = table.rows[row.index()] as usize;
                row.set_selected(table.selected == Some(i));
                let (_, decision, limit) = decide(policy, p, i);
                let a = &p.applicants;
                let name = a.name.get(i);
                // The table stays masked; a reveal shows one applicant in the detail.
                let name = mask_name(name);
                let decision_colour = match decision {
                    Decision::Approve => pal.good,
                    Decision::Refer => pal.amber,
                    Decision::Decline => pal.bad,
                };
                let outcome_colour = match p.derived.outcome[i] {
                    Outcome::Good => pal.good,
                    Outcome::Bad => pal.bad,
                    Outcome::Unknown => pal.muted,
                };
                row.col(|ui| {
                    cell(ui, a.id[i].to_string());
                });
                if names {
                    row.col(|ui| {
                        cell(ui, name);
                    });
                }
                row.col(|ui| {
                    cell(ui, iso_of_days(a.app_day[i]));
                });
                row.col(|ui| {
                    cell(ui, category.map_or("–", |c| c.text(i)));
                });
                row.col(|ui| {
                    cell(ui, p.derived.score[i].to_string());
                });
                row.col(|ui| {
                    cell(ui, BAND_NAMES[p.derived.band[i] as usize]);
                });
                row.col(|ui| {
                    cell(ui, pct(p.derived.pd[i]));
                });
                row.col(|ui| {
                    cell(
                        ui,
                        egui::RichText::new(&decision_words[decision.index()])
                            .color(decision_colour),
                    );
                });
                row.col(|ui| {
                    cell(
                        ui,
                        if limit > 0.0 {
                            money(limit)
                        } else {
                            "–".into()
                        },
                    );
                });
                row.col(|ui| {
                    cell(
                        ui,
                        egui::RichText::new(outcome_word(p.derived.outcome[i]))
                            .color(outcome_colour),
                    );
                });
                if row.response().clicked() {
                    out.push(Command::Select {
                        row: i,
                        scroll: false,
                    });
                }
            });
        });
    if table.scroll_to_selected {
        // Scrolled once; stop scrolling so that the user can scroll away. (Not a
        // `Select` of the row drawn: a search may have selected another one this frame.)
        out.push(Command::ScrolledToSelection);
    }
}
