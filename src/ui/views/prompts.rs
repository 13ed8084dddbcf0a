//! The window's modal prompts: what is asked before something is written, shown or
//! lost. Each emits commands; none changes state itself.

use crate::i18n::{self, Arg, Language};
use crate::ui::command::{AfterDiscard, Command};

/// The purpose asked before an export with names: nothing is written without it, and
/// it goes into the audit log.
pub(crate) fn personal_export(
    ctx: &egui::Context,
    lang: Language,
    purpose: &mut String,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let modal = egui::Modal::new(egui::Id::unique("personal-export")).show(ctx, |ui| {
        ui.heading(t("personal-export-title"));
        ui.label(t("personal-export-body"));
        let label = ui.label(t("purpose"));
        let r = ui
            .add(
                egui::TextEdit::singleline(purpose)
                    .hint_text(t("purpose-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        if purpose.is_empty() && !r.has_focus() {
            r.request_focus();
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !purpose.trim().is_empty(),
                    egui::Button::new(t("choose-file")),
                )
                .clicked()
            {
                out.push(Command::ExportCsvPersonal {
                    purpose: purpose.clone(),
                });
            }
            if ui.button(t("cancel")).clicked() {
                out.push(Command::CancelPersonalExport);
            }
        });
    });
    if modal.should_close() {
        out.push(Command::CancelPersonalExport);
    }
}

/// Before the unsaved challenger is lost (quitting, closing the window, opening
/// another file): keep working, or go on without it.
pub(crate) fn discard_challenger(
    ctx: &egui::Context,
    lang: Language,
    challenger: &str,
    after: &AfterDiscard,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let (body, go) = match after {
        AfterDiscard::Quit => ("discard-body-quit", "discard-quit"),
        AfterDiscard::Open(_) => ("discard-body-open", "discard-open"),
    };
    let modal = egui::Modal::new(egui::Id::unique("discard-challenger")).show(ctx, |ui| {
        ui.heading(t("discard-title"));
        ui.label(i18n::text_with(
            lang,
            body,
            &[("policy", Arg::Text(challenger))],
        ));
        ui.label(t("discard-keep-hint"));
        ui.horizontal(|ui| {
            if ui.button(t("discard-keep")).clicked() {
                out.push(Command::KeepChallenger);
            }
            if ui.button(t(go)).clicked() {
                out.push(Command::DiscardChallenger);
            }
        });
    });
    if modal.should_close() {
        out.push(Command::KeepChallenger);
    }
}

/// A portfolio opened by typing its path: the way in when no desktop file dialog is
/// available.
pub(crate) fn open_path(
    ctx: &egui::Context,
    lang: Language,
    path: &mut String,
    out: &mut Vec<Command>,
) {
    let t = |id: &str| i18n::text(lang, id);
    let modal = egui::Modal::new(egui::Id::unique("open-path")).show(ctx, |ui| {
        ui.heading(t("open-path-title"));
        let label = ui.label(t("path"));
        let r = ui
            .add(
                egui::TextEdit::singleline(path)
                    .hint_text(t("path-hint"))
                    .desired_width(420.0),
            )
            .labelled_by(label.id);
        // Typing goes to the field as soon as the prompt opens.
        if path.is_empty() && !r.has_focus() {
            r.request_focus();
        }
        let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            let ok = !path.trim().is_empty();
            if (ui.add_enabled(ok, egui::Button::new(t("open"))).clicked() || entered) && ok {
                out.push(Command::Open(std::path::PathBuf::from(path.trim())));
                out.push(Command::CloseOpenPath);
            }
            if ui.button(t("cancel")).clicked() {
                out.push(Command::CloseOpenPath);
            }
        });
    });
    if modal.should_close() {
        out.push(Command::CloseOpenPath);
    }
}
