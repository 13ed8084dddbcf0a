//! Who revealed or exported whose personal data, when and why: the audit entries of
//! reveals and exports with names, filterable and exportable, with the chain's state.

use crate::i18n::Arg;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::views::ViewCtx;
use crate::ui::views::shell::audit_badge;
use crate::workbench::compliance::access_log;

fn filter_id() -> egui::Id {
    egui::Id::unique("compliance-access-filter")
}

pub(super) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    let mut filter: String = ui
        .data(|d| d.get_temp::<String>(filter_id()))
        .unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        audit_badge(ui, v.lang, v.wb);
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(v.t("compliance-access-filter"));
        ui.add(
            egui::TextEdit::singleline(&mut filter)
                .id_salt("compliance-access-filter")
                .hint_text(v.t("compliance-access-hint"))
                .desired_width(200.0),
        )
        .labelled_by(label.id);
        if ui
            .button(v.t("compliance-access-export"))
            .on_hover_text(v.t("compliance-access-export-tip"))
            .clicked()
        {
            v.out.push(Command::ExportAccessLog(filter.clone()));
        }
    });
    ui.data_mut(|d| d.insert_temp(filter_id(), filter.clone()));
    let rows = access_log(&v.wb.audit, &filter);
    let all = access_log(&v.wb.audit, "").len();
    ui.label(
        egui::RichText::new(v.t_with(
            "compliance-access-count",
            &[
                ("shown", Arg::Number(rows.len() as f64)),
                ("all", Arg::Number(all as f64)),
            ],
        ))
        .color(theme::palette(ui.ctx()).muted),
    );
    if rows.is_empty() {
        return;
    }
    egui::Grid::new("compliance-access")
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for h in [
                "compliance-access-when",
                "compliance-access-who",
                "compliance-access-what",
                "compliance-access-whose",
                "compliance-access-why",
            ] {
                ui.strong(v.t(h));
            }
            ui.end_row();
            for e in rows.iter().take(200) {
                ui.label(&e.at);
                ui.label(&e.user);
                ui.label(&e.action).on_hover_text(&e.detail);
                ui.label(&e.subject);
                ui.label(&e.reason);
                ui.end_row();
            }
        });
    if rows.len() > 200 {
        ui.label(v.t_with(
            "compliance-access-more",
            &[("n", Arg::Number((rows.len() - 200) as f64))],
        ));
    }
}
