//! The window's modal prompts: what is asked before something is written, shown or
//! lost. Each emits commands; none changes state itself.

use crate::ui::command::{AfterDiscard, Command};

/// The purpose asked before an export with names: nothing is written without it, and
/// it goes into the audit log.
pub(crate) fn personal_export(ctx: &egui::Context, purpose: &mut String, out: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("personal-export")).show(ctx, |ui| {
        ui.heading("Export the filtered table with names");
        ui.label(
            "Names are written unmasked. The export is logged in the audit log with its purpose.",
        );
        let label = ui.label("Purpose");
        let r = ui
            .add(
                egui::TextEdit::singleline(purpose)
                    .hint_text("e.g. complaint 2026-114")
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
                    egui::Button::new("Choose the file…"),
                )
                .clicked()
            {
                out.push(Command::ExportCsvPersonal {
                    purpose: purpose.clone(),
                });
            }
            if ui.button("Cancel").clicked() {
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
    challenger: &str,
    after: &AfterDiscard,
    out: &mut Vec<Command>,
) {
    let (what, go) = match after {
        AfterDiscard::Quit => ("quit", "Quit without saving"),
        AfterDiscard::Open(_) => ("open another file", "Open without saving"),
    };
    let modal = egui::Modal::new(egui::Id::unique("discard-challenger")).show(ctx, |ui| {
        ui.heading("The challenger is not saved");
        ui.label(format!(
            "The policy {challenger} being tried in the Policy lab is not saved. It is lost if you {what}."
        ));
        ui.label("To keep it, save it in the Policy lab (with a reason for the audit log).");
        ui.horizontal(|ui| {
            if ui.button("Keep working").clicked() {
                out.push(Command::KeepChallenger);
            }
            if ui.button(go).clicked() {
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
pub(crate) fn open_path(ctx: &egui::Context, path: &mut String, out: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("open-path")).show(ctx, |ui| {
        ui.heading("Open a portfolio by its path");
        let label = ui.label("Path");
        let r = ui
            .add(
                egui::TextEdit::singleline(path)
                    .hint_text("e.g. /home/wang/portfolios/book.db")
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
            if (ui.add_enabled(ok, egui::Button::new("Open")).clicked() || entered) && ok {
                out.push(Command::Open(std::path::PathBuf::from(path.trim())));
                out.push(Command::CloseOpenPath);
            }
            if ui.button("Cancel").clicked() {
                out.push(Command::CloseOpenPath);
            }
        });
    });
    if modal.should_close() {
        out.push(Command::CloseOpenPath);
    }
}
