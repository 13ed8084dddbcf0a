//! The Policy lab: sliders move the challenger; its figures beside the champion's,
//! the swap set, presets, save with a reason, saved policies and the audit log.

use egui::RichText;

use super::ViewCtx;
use super::charts;
use crate::domain::evaluation::Figures;
use crate::domain::evaluation::compare::{SwapCell, SwapSet};
use crate::domain::policy::{Decision, presets};
use crate::domain::scorecard::band::BAND_NAMES;
use crate::format::{money, pct, signed_money, signed_pp, signed_thousands, thousands};
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use crate::workbench::{Workbench, words};

/// The lab's charts may be shorter than the Charts view's, to stay in sight at 1100 × 700.
const LAB_CHART_MIN_HEIGHT: f32 = 150.0;

/// What the user types in the lab (not part of any policy yet).
#[derive(Clone, Debug, Default)]
pub struct LabForm {
    pub name: String,
    pub reason: String,
    /// The saved policy waiting for the confirmation that makes it the champion.
    pub pending_champion: Option<i64>,
}

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
        changed |= ui
            .add(egui::Slider::new(&mut p.min_tenure_months, 0..=24).text(t("lab-min-tenure")))
            .changed();
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
        float(ui, &mut p.dti_cap, 0.0..=1.5, 0.01, &t("lab-dti-cap"), true);
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
                if ui.button(&preset.name).clicked() {
                    p = preset;
                    changed = true;
                }
            }
        });
        if changed && p != d.challenger.policy {
            if p.name == d.champion.policy.name && p != d.champion.policy {
                p.name = "Challenger".into();
            }
            out.push(Command::SetChallenger(p.clone()));
        }

        widgets::section(ui, &t("lab-save"));
        ui.horizontal(|ui| {
            let label = ui.label(t("lab-name"));
            ui.add(
                egui::TextEdit::singleline(&mut form.name)
                    .hint_text(&p.name)
                    .desired_width(200.0),
            )
            .labelled_by(label.id);
        });
        let label = ui.label(t("lab-reason"));
        ui.add(
            egui::TextEdit::multiline(&mut form.reason)
                .hint_text(t("lab-reason-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let reason_given = !form.reason.trim().is_empty();
        let save = ui
            .add_enabled(reason_given, egui::Button::new(t("lab-save-policy")))
            .on_disabled_hover_text(t("lab-reason-first"));
        if !reason_given {
            ui.label(RichText::new(t("lab-reason-required")).color(theme::palette(ui.ctx()).muted));
        }
        if save.clicked() {
            let mut policy = p.clone();
            if !form.name.trim().is_empty() {
                policy.name = form.name.trim().to_string();
            }
            out.push(Command::SavePolicy {
                policy,
                reason: form.reason.clone(),
            });
        }

        widgets::section(ui, &t("lab-saved-policies"));
        egui::Grid::new("saved")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for s in &d.policies {
                    let champion = if s.is_champion {
                        t("lab-champion-mark")
                    } else {
                        String::new()
                    };
                    // Versions of a name: each save is kept. What changed from the
                    // version before is worked out only while the label is hovered.
                    ui.label(format!("{} v{}{champion}", s.policy.name, s.version))
                        .on_hover_ui(|ui| {
                            ui.label(i18n::text_with(
                                lang,
                                "lab-saved-by",
                                &[
                                    ("at", Arg::Text(&s.created_at)),
                                    ("by", Arg::Text(&s.created_by)),
                                    ("reason", Arg::Text(&s.reason)),
                                ],
                            ));
                            let earlier = d.policies.iter().find(|o| {
                                o.policy.name == s.policy.name && o.version == s.version - 1
                            });
                            if let Some(e) = earlier {
                                let c = s.policy.changes_from(&e.policy);
                                let version = e.version.to_string();
                                ui.label(if c.is_empty() {
                                    i18n::text_with(
                                        lang,
                                        "lab-same-as",
                                        &[("version", Arg::Text(&version))],
                                    )
                                } else {
                                    i18n::text_with(
                                        lang,
                                        "lab-changes-from",
                                        &[
                                            ("version", Arg::Text(&version)),
                                            ("changes", Arg::Text(&c.join("; "))),
                                        ],
                                    )
                                });
                            }
                        });
                    if ui.small_button(t("lab-load")).clicked() {
                        out.push(Command::LoadPolicy(s.id));
                    }
                    if !s.is_champion
                        && ui
                            .small_button(t("lab-make-champion"))
                            .on_hover_text(t("lab-make-champion-tip"))
                            .clicked()
                    {
                        form.pending_champion = Some(s.id);
                    }
                    ui.end_row();
                }
            });
        // The policy in force changes only after a confirmation that says what changes.
        let pending = form
            .pending_champion
            .and_then(|id| d.policies.iter().find(|s| s.id == id));
        if let Some(s) = pending {
            let changes = s.policy.changes_from(&d.champion.policy);
            ui.add_space(theme::GAP / 2.0);
            ui.group(|ui| {
                ui.strong(i18n::text_with(
                    lang,
                    "lab-confirm-question",
                    &[
                        (
                            "policy",
                            Arg::Text(&format!("{} v{}", s.policy.name, s.version)),
                        ),
                        ("champion", Arg::Text(&d.champion.policy.name)),
                    ],
                ));
                if changes.is_empty() {
                    ui.label(t("lab-confirm-same"));
                } else {
                    ui.label(i18n::text_with(
                        lang,
                        "lab-confirm-changes",
                        &[("changes", Arg::Text(&changes.join("; ")))],
                    ));
                }
                let reason = form.reason.trim().to_string();
                if reason.is_empty() {
                    ui.colored_label(theme::palette(ui.ctx()).bad, t("lab-confirm-reason-first"));
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!reason.is_empty(), egui::Button::new(t("lab-confirm")))
                        .clicked()
                    {
                        out.push(Command::MakeChampion {
                            id: s.id,
                            reason: form.reason.clone(),
                        });
                        form.pending_champion = None;
                    }
                    if ui.button(t("cancel")).clicked() {
                        form.pending_champion = None;
                    }
                });
            });
        }
    });
}

fn figure_row(
    ui: &mut egui::Ui,
    label: &str,
    a: f64,
    b: f64,
    fmt: fn(f64) -> String,
    delta: fn(f64) -> String,
    good_up: bool,
) {
    ui.label(label);
    ui.label(fmt(a));
    ui.label(RichText::new(fmt(b)).strong());
    ui.colored_label(widgets::change_colour(ui, b - a, good_up), delta(b - a));
    ui.end_row();
}

/// One cell of the swap matrix: how many, and their bad rates ("–" where none).
fn swap_cell(ui: &mut egui::Ui, lang: Language, c: &SwapCell, tint: Option<egui::Color32>) {
    ui.vertical(|ui| {
        let n = RichText::new(i18n::text_with(
            lang,
            "lab-n-applicants",
            &[
                ("n", Arg::Number(c.count as f64)),
                ("count", Arg::Text(&thousands(c.count as f64))),
            ],
        ))
        .strong();
        ui.label(match tint {
            Some(colour) if c.count > 0 => n.color(colour),
            _ => n,
        });
        ui.label(i18n::text_with(
            lang,
            "lab-est-bad-rate",
            &[("rate", Arg::Text(&pct(c.estimated_bad_rate())))],
        ));
        ui.label(match c.observed_bad_rate() {
            Some(r) => i18n::text_with(
                lang,
                "lab-observed-of",
                &[
                    ("rate", Arg::Text(&pct(r))),
                    ("of", Arg::Text(&thousands(c.observed as f64))),
                ],
            ),
            None => i18n::text(lang, "lab-observed-none"),
        })
        .on_hover_text(i18n::text(lang, "lab-observed-tip"));
    });
}

/// The 3 × 3 swap matrix: the champion's decision (rows) against the challenger's
/// (columns), referred applicants apart; swapped in and out are tinted.
fn swap_matrix(ui: &mut egui::Ui, lang: Language, s: &SwapSet) {
    let pal = theme::palette(ui.ctx());
    egui::Grid::new("swap")
        .min_col_width(150.0)
        .num_columns(4)
        .spacing([24.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(i18n::text(lang, "lab-swap-corner")).color(pal.muted));
            for b in Decision::ALL {
                let w = words::decision(lang, b);
                ui.strong(i18n::text_with(
                    lang,
                    "lab-swap-challenger",
                    &[("decision", Arg::Text(&w))],
                ));
            }
            ui.end_row();
            for a in Decision::ALL {
                let w = words::decision(lang, a);
                ui.strong(i18n::text_with(
                    lang,
                    "lab-swap-champion",
                    &[("decision", Arg::Text(&w))],
                ));
                for b in Decision::ALL {
                    let tint = match (a == Decision::Approve, b == Decision::Approve) {
                        (false, true) => Some(pal.good),
                        (true, false) => Some(pal.bad),
                        _ => None,
                    };
                    swap_cell(ui, lang, s.cell(a, b), tint);
                }
                ui.end_row();
            }
        });
    let (kept, sin, sout, neither) = (
        s.kept(),
        s.swapped_in(),
        s.swapped_out(),
        s.approved_by_neither(),
    );
    ui.label(i18n::text_with(
        lang,
        "lab-swap-summary",
        &[
            ("kept", Arg::Text(&thousands(kept.count as f64))),
            ("in", Arg::Text(&thousands(sin.count as f64))),
            ("inrate", Arg::Text(&pct(sin.estimated_bad_rate()))),
            ("out", Arg::Text(&thousands(sout.count as f64))),
            ("outrate", Arg::Text(&pct(sout.estimated_bad_rate()))),
            ("neither", Arg::Text(&thousands(neither.count as f64))),
        ],
    ));
}

pub(crate) fn results(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let (d, lang) = (v.wb, v.lang);
    let t = |id: &str| i18n::text(lang, id);
    let (ch, cl) = (&d.champion, &d.challenger);
    let (a, b): (&Figures, &Figures) = (&ch.eval.total, &cl.eval.total);
    egui::ScrollArea::vertical().show(ui, |ui| {
        if ch.policy == cl.policy {
            ui.heading(i18n::text_with(
                lang,
                "lab-in-force-heading",
                &[("policy", Arg::Text(&d.policy_label(lang, &ch.policy)))],
            ));
            ui.label(RichText::new(t("lab-try-hint")).color(theme::palette(ui.ctx()).muted));
        } else {
            ui.heading(i18n::text_with(
                lang,
                "lab-versus-heading",
                &[
                    ("champion", Arg::Text(&d.policy_label(lang, &ch.policy))),
                    ("challenger", Arg::Text(&d.policy_label(lang, &cl.policy))),
                ],
            ));
        }
        egui::Grid::new("figures")
            .striped(true)
            .num_columns(4)
            .min_col_width(110.0)
            .show(ui, |ui| {
                ui.strong("");
                ui.strong(t("lab-champion"));
                ui.strong(t("lab-challenger"));
                ui.strong(t("lab-difference"));
                ui.end_row();
                figure_row(
                    ui,
                    &t("lab-approvals"),
                    a.approved as f64,
                    b.approved as f64,
                    thousands,
                    signed_thousands,
                    true,
                );
                figure_row(
                    ui,
                    &t("kri-approval-rate"),
                    a.approval_rate(),
                    b.approval_rate(),
                    pct,
                    signed_pp,
                    true,
                );
                figure_row(
                    ui,
                    &t("lab-referred"),
                    a.referred as f64,
                    b.referred as f64,
                    thousands,
                    signed_thousands,
                    false,
                );
                figure_row(
                    ui,
                    &t("lab-expected-bad-rate"),
                    a.expected_bad_rate(),
                    b.expected_bad_rate(),
                    pct,
                    signed_pp,
                    false,
                );
                figure_row(
                    ui,
                    &t("lab-exposure"),
                    a.ead,
                    b.ead,
                    money,
                    signed_money,
                    true,
                );
                figure_row(
                    ui,
                    &t("lab-expected-loss"),
                    a.expected_loss,
                    b.expected_loss,
                    money,
                    signed_money,
                    false,
                );
                figure_row(
                    ui,
                    &t("lab-revenue"),
                    a.revenue(&ch.policy),
                    b.revenue(&cl.policy),
                    money,
                    signed_money,
                    true,
                );
                figure_row(
                    ui,
                    &t("lab-margin"),
                    a.margin(&ch.policy),
                    b.margin(&cl.policy),
                    money,
                    signed_money,
                    true,
                );
            });
        ui.label(
            RichText::new(i18n::text_with(
                lang,
                "lab-observed-note",
                &[
                    ("champion", Arg::Text(&pct(a.observed_bad_rate()))),
                    ("challenger", Arg::Text(&pct(b.observed_bad_rate()))),
                ],
            ))
            .color(theme::palette(ui.ctx()).muted),
        );
        // The charts come right after the figures, sized to what is left of the
        // window, so that both stay in sight while a slider moves (1100 × 700 too);
        // the swap matrix follows.
        // A title and a legend of up to two lines each go above every plot.
        let above = 4.0 * (ui.text_style_height(&egui::TextStyle::Body) + 4.0) + theme::GAP;
        let height = (ui.clip_rect().bottom() - ui.cursor().top() - above)
            .clamp(LAB_CHART_MIN_HEIGHT, theme::CHART_HEIGHT);
        ui.add_space(theme::GAP / 2.0);
        ui.columns(2, |cols| {
            charts::strategy(&mut cols[0], lang, d, height);
            charts::exposure_by_band(&mut cols[1], lang, d, height);
        });
        widgets::section(ui, &t("lab-swap-title"));
        swap_matrix(ui, lang, &d.swap);
        widgets::section(ui, &t("lab-audit-log"));
        audit_log(ui, lang, d);
    });
}

fn audit_log(ui: &mut egui::Ui, lang: Language, d: &Workbench) {
    if d.audit.is_empty() {
        ui.label(i18n::text(lang, "lab-no-entries"));
    }
    egui::Grid::new("audit")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for e in d.audit.iter().rev().take(12) {
                ui.label(&e.at);
                ui.label(&e.user);
                ui.label(format!("{} {}", e.action, e.subject));
                ui.label(&e.reason);
                // The first line, shortened; the whole detail on hover.
                let first = e.detail.lines().next().unwrap_or_default();
                let short: String = first.chars().take(70).collect();
                let more = if short.len() < e.detail.len() {
                    "…"
                } else {
                    ""
                };
                ui.label(format!("{short}{more}")).on_hover_text(&e.detail);
                ui.end_row();
            }
        });
}
