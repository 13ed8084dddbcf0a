//! File > Import CSV…: the applicants file and its first rows, the mapping suggested
//! from its header (every field can be changed), the dry run's counts and problems,
//! and the import itself, which writes the map beside the new portfolio so that the
//! command line can repeat it. Emits commands; the work runs on a background thread.

use crate::domain::import::map::ColumnKind;
use crate::i18n::{self, Arg, Language};
use crate::ui::command::Command;
use crate::ui::import_wizard::{ImportWizard, JobKind};
use crate::ui::theme;
use crate::workbench::import;
use crate::workbench::import_form::ImportForm;
use crate::workbench::import_preview::{Encoding, Preview};

pub(crate) fn show(ctx: &egui::Context, lang: Language, w: &ImportWizard, out: &mut Vec<Command>) {
    let t = |id: &str| i18n::text(lang, id);
    let modal = egui::Modal::new(egui::Id::unique("import-wizard")).show(ctx, |ui| {
        let width = (ctx.content_rect().width() - 120.0).clamp(600.0, 1100.0);
        // What is left below the heading and the file row and above the buttons, so
        // that the buttons stay in the window (at 1100 × 700 too).
        let height = (ctx.content_rect().height() - 250.0).max(160.0);
        ui.set_width(width);
        ui.heading(t("wizard-title"));
        ui.horizontal(|ui| {
            let label = ui.label(t("wizard-file"));
            let mut path = w.path.clone();
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut path)
                        .hint_text(t("wizard-file-hint"))
                        .desired_width(width - 320.0),
                )
                .labelled_by(label.id);
            if r.changed() {
                out.push(Command::ImportSetPath(path.clone()));
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(t("wizard-choose")).clicked() {
                out.push(Command::ImportPickFile);
            }
            let can = !path.trim().is_empty() && !w.busy();
            let read = ui.add_enabled(can, egui::Button::new(t("wizard-read")));
            if read.clicked() || (enter && can) {
                out.push(Command::ImportReadFile(path.trim().into()));
            }
        });
        // Scrolled by the wheel and the bar only: a drag-to-scroll area senses drags
        // over all of its content, down over the buttons below it.
        // The actions stay above the scrolled part, always in reach.
        buttons(ui, lang, w, out);
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .scroll_source(egui::containers::scroll_area::ScrollSource {
                scroll_bar: true,
                mouse_wheel: true,
                ..egui::containers::scroll_area::ScrollSource::NONE
            })
            // An anchored modal offers its content last frame's size: without a
            // minimum the scrolled part stays as small as the first, empty frame.
            .min_scrolled_height(height)
            .max_height(height)
            .show(ui, |ui| body(ui, lang, w, out));
    });
    if modal.should_close() && !w.busy() {
        out.push(Command::CloseImportWizard);
    }
}

fn body(ui: &mut egui::Ui, lang: Language, w: &ImportWizard, out: &mut Vec<Command>) {
    let t = |id: &str| i18n::text(lang, id);
    let pal = theme::palette(ui.ctx());
    match &w.preview {
        None if w.job.as_ref().is_some_and(|(k, _)| *k == JobKind::Reading) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t("wizard-reading"));
            });
        }
        None => {
            ui.label(egui::RichText::new(t("wizard-start")).color(pal.muted));
        }
        Some(Err(e)) => {
            ui.colored_label(pal.bad, e);
        }
        Some(Ok(p)) => {
            preview(ui, lang, p, w.form.as_ref());
            if let Some(form) = &w.form {
                mapping(ui, lang, p, form, out);
            }
            let shown = match &w.checked {
                Some(Ok(summary)) => {
                    ui.separator();
                    let head = ui.strong(t("wizard-summary"));
                    ui.add(egui::Label::new(egui::RichText::new(summary).monospace()).wrap());
                    Some(head)
                }
                Some(Err(e)) => {
                    ui.separator();
                    Some(ui.colored_label(pal.bad, e))
                }
                None => None,
            };
            // A new answer is brought into sight once; then the user scrolls freely.
            if let Some(head) = shown.filter(|_| w.show_checked) {
                head.scroll_to_me(Some(egui::Align::TOP));
                out.push(Command::ImportCheckedShown);
            }
        }
    }
}

fn preview(ui: &mut egui::Ui, lang: Language, p: &Preview, form: Option<&ImportForm>) {
    let encoding = match p.encoding {
        Encoding::Utf8 => "UTF-8",
        Encoding::Gbk | Encoding::GbkFoundOut => "GBK",
    };
    ui.label(i18n::text_with(
        lang,
        "wizard-first-rows",
        &[
            ("rows", Arg::Number(p.rows.len() as f64)),
            ("encoding", Arg::Text(encoding)),
        ],
    ));
    egui::ScrollArea::horizontal()
        .id_salt("wizard-preview")
        .show(ui, |ui| {
            egui::Grid::new("wizard-preview-grid")
                .striped(true)
                .show(ui, |ui| {
                    // Masked as read (found personal), or mapped as the name or
                    // the phone since: never shown as written.
                    let hidden: Vec<bool> = p
                        .header
                        .iter()
                        .enumerate()
                        .map(|(k, h)| {
                            p.masked.get(k).copied().unwrap_or(false)
                                || form.is_some_and(|f| {
                                    [&f.personal_name, &f.phone]
                                        .into_iter()
                                        .any(|c| c.as_deref() == Some(h))
                                })
                        })
                        .collect();
                    for (h, &hide) in p.header.iter().zip(&hidden) {
                        if hide {
                            ui.strong(i18n::text_with(
                                lang,
                                "wizard-masked-column",
                                &[("column", Arg::Text(h))],
                            ))
                            .on_hover_text(i18n::text(lang, "wizard-masked-why"));
                        } else {
                            ui.strong(h);
                        }
                    }
                    ui.end_row();
                    for row in &p.rows {
                        for (k, c) in row.iter().enumerate() {
                            let masked_here = p.masked.get(k).copied().unwrap_or(false);
                            if hidden.get(k).copied().unwrap_or(false) && !masked_here {
                                ui.label("***");
                            } else {
                                ui.label(c);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

/// A column picker: "not in the file" or one of the header's names.
fn column(
    ui: &mut egui::Ui,
    lang: Language,
    id: &str,
    header: &[String],
    value: &mut Option<String>,
) -> bool {
    let none = i18n::text(lang, "wizard-not-in-file");
    let mut changed = false;
    egui::ComboBox::from_id_salt(id)
        .width(220.0)
        .selected_text(value.clone().unwrap_or_else(|| none.clone()))
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, &none).changed();
            for h in header {
                changed |= ui.selectable_value(value, Some(h.clone()), h).changed();
            }
        });
    changed
}

fn mapping(
    ui: &mut egui::Ui,
    lang: Language,
    p: &Preview,
    form: &ImportForm,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let mut f = form.clone();
    let mut changed = false;
    ui.add_space(theme::GAP / 2.0);
    ui.strong(t("wizard-mapping"));
    ui.label(egui::RichText::new(t("wizard-mapping-hint")).color(theme::palette(ui.ctx()).muted));
    egui::Grid::new("wizard-mapping-grid")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let text = |ui: &mut egui::Ui, label: egui::Id, value: &mut String, hint: &str| {
                ui.add(
                    egui::TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(220.0),
                )
                .labelled_by(label)
                .changed()
            };
            let l = ui.label(t("wizard-name")).id;
            changed |= text(ui, l, &mut f.name, "");
            let l = ui.label(t("wizard-as-of")).id;
            changed |= text(ui, l, &mut f.as_of, "YYYY-MM-DD");
            ui.end_row();
            ui.label(t("wizard-id"));
            changed |= column(ui, lang, "w-id", &p.header, &mut f.id);
            ui.label(t("wizard-applied-on"));
            changed |= column(ui, lang, "w-applied", &p.header, &mut f.applied_on);
            ui.end_row();
            ui.label(t("wizard-income"));
            ui.horizontal(|ui| {
                changed |= column(ui, lang, "w-income", &p.header, &mut f.monthly_income);
                changed |= ui
                    .checkbox(&mut f.income_per_year, t("wizard-per-year"))
                    .changed();
            });
            ui.label(t("wizard-debt"));
            changed |= column(ui, lang, "w-debt", &p.header, &mut f.monthly_debt);
            ui.end_row();
            ui.label(t("wizard-dti"));
            changed |= column(ui, lang, "w-dti", &p.header, &mut f.dti);
            ui.label(t("wizard-age"));
            changed |= column(ui, lang, "w-age", &p.header, &mut f.age);
            ui.end_row();
            ui.label(t("wizard-tenure"));
            changed |= column(ui, lang, "w-tenure", &p.header, &mut f.months_on_platform);
            ui.label(t("wizard-outcome"));
            changed |= column(ui, lang, "w-outcome", &p.header, &mut f.outcome);
            ui.end_row();
            ui.label(t("wizard-personal-name"));
            changed |= column(ui, lang, "w-name", &p.header, &mut f.personal_name);
            ui.label(t("wizard-phone"));
            changed |= column(ui, lang, "w-phone", &p.header, &mut f.phone);
            ui.end_row();
            if f.outcome.is_some() {
                let l = ui.label(t("wizard-bad")).id;
                changed |= text(ui, l, &mut f.bad, "bad, 1");
                let l = ui.label(t("wizard-good")).id;
                changed |= text(ui, l, &mut f.good, "good, 0");
                ui.end_row();
                let l = ui.label(t("wizard-definition")).id;
                changed |= text(ui, l, &mut f.definition, &t("wizard-definition-hint"));
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP / 2.0);
    ui.strong(t("wizard-characteristics"));
    egui::Grid::new("wizard-characteristics")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(t("wizard-char-label"));
            ui.label(t("wizard-char-kind"));
            ui.label(t("wizard-char-missing"));
            ui.end_row();
            for (k, c) in f.characteristics.iter_mut().enumerate() {
                changed |= ui.checkbox(&mut c.chosen, c.column.as_str()).changed();
                changed |= ui
                    .add_enabled(
                        c.chosen,
                        egui::TextEdit::singleline(&mut c.label)
                            .hint_text(c.column.as_str())
                            // A grid's cell is as narrow as its last frame: without a
                            // minimum the field stays a sliver.
                            .min_size(egui::vec2(180.0, 0.0))
                            .desired_width(180.0),
                    )
                    .changed();
                ui.add_enabled_ui(c.chosen, |ui| {
                    let name = |kind: Option<ColumnKind>| match kind {
                        None => t("wizard-kind-auto"),
                        Some(ColumnKind::Numeric) => t("wizard-kind-numeric"),
                        Some(ColumnKind::Categorical) => t("wizard-kind-categorical"),
                    };
                    egui::ComboBox::from_id_salt(("wizard-kind", k))
                        .selected_text(name(c.kind))
                        .show_ui(ui, |ui| {
                            for kind in [
                                None,
                                Some(ColumnKind::Numeric),
                                Some(ColumnKind::Categorical),
                            ] {
                                changed |=
                                    ui.selectable_value(&mut c.kind, kind, name(kind)).changed();
                            }
                        });
                });
                changed |= ui
                    .add_enabled(
                        c.chosen,
                        egui::TextEdit::singleline(&mut c.missing)
                            .hint_text("unknown, -")
                            .min_size(egui::vec2(140.0, 0.0))
                            .desired_width(140.0),
                    )
                    .changed();
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP / 2.0);
    ui.horizontal(|ui| {
        ui.label(t("wizard-out"));
        let mut out_text = f.out.display().to_string();
        if ui
            .add(egui::TextEdit::singleline(&mut out_text).desired_width(420.0))
            .changed()
        {
            f.out = out_text.into();
            changed = true;
        }
    });
    ui.label(
        egui::RichText::new(i18n::text_with(
            lang,
            "wizard-map-beside",
            &[("map", Arg::Text(&f.map_path().display().to_string()))],
        ))
        .color(theme::palette(ui.ctx()).muted),
    );
    if changed {
        out.push(Command::ImportSetForm(Box::new(f)));
    }
}

fn buttons(ui: &mut egui::Ui, lang: Language, w: &ImportWizard, out: &mut Vec<Command>) {
    let t = |id: &str| i18n::text(lang, id);
    ui.horizontal(|ui| {
        let ready = w.form.is_some() && !w.busy();
        let valid = w.form.as_ref().map(|f| f.map());
        if ui
            .add_enabled(ready, egui::Button::new(t("wizard-check")))
            .on_hover_text(t("wizard-check-tip"))
            .clicked()
        {
            out.push(Command::ImportCheck);
        }
        let can_import = ready && matches!(valid, Some(Ok(_)));
        if ui
            .add_enabled(can_import, egui::Button::new(t("wizard-import")))
            .on_disabled_hover_text(t("wizard-import-disabled"))
            .clicked()
        {
            out.push(Command::ImportRun);
        }
        if ui
            .add_enabled(!w.busy(), egui::Button::new(t("cancel")))
            .clicked()
        {
            out.push(Command::CloseImportWizard);
        }
        match &w.job {
            Some((JobKind::Checking, job)) => {
                ui.add(egui::ProgressBar::new(job.share()).desired_width(160.0));
                ui.label(t("wizard-checking"));
            }
            Some((JobKind::Importing, job)) => {
                ui.add(egui::ProgressBar::new(job.share()).desired_width(160.0));
                ui.label(t("wizard-importing"));
            }
            _ => {
                if let Some(Err(e)) = valid {
                    ui.colored_label(
                        theme::palette(ui.ctx()).amber,
                        import::map_error_text(lang, &e),
                    );
                }
            }
        }
    });
}
