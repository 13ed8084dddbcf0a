//! The Compliance tab: the rules checked for the policy in force and the challenger
//! (with the book), the APRs of the orders against the caps, the fair-lending table
//! and the personal-data access log. It reads `Workbench::compliance`; a click on a
//! breach count asks for the Applicants table limited to those applicants.

mod access_log;
mod checks;
mod fairness;

use super::ViewCtx;
use crate::domain::compliance::Status;
use crate::i18n::Arg;
use crate::ui::theme::{self, Palette};
use crate::ui::widgets;

pub(crate) fn show(ui: &mut egui::Ui, v: &mut ViewCtx<'_>) {
    egui::ScrollArea::both()
        .id_salt("compliance-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let c = &v.wb.compliance;
            let source = match &c.file.path {
                Some(p) => p.display().to_string(),
                None => v.t("compliance-built-in"),
            };
            ui.label(
                egui::RichText::new(v.t_with(
                    "compliance-rules-line",
                    &[
                        ("rules", Arg::Text(&source)),
                        ("version", Arg::Text(c.file.version.get(..12).unwrap_or(""))),
                        ("as_of", Arg::Text(&v.wb.portfolio.as_of)),
                    ],
                ))
                .color(theme::palette(ui.ctx()).muted),
            );
            widgets::section(ui, &v.t("compliance-checks"));
            checks::rules_table(ui, v);
            ui.add_space(theme::GAP);
            checks::policy_tests(ui, v);
            widgets::section(ui, &v.t("compliance-apr-title"));
            checks::apr(ui, v);
            widgets::section(ui, &v.t("compliance-fairness-title"));
            fairness::show(ui, v);
            widgets::section(ui, &v.t("compliance-access-title"));
            access_log::show(ui, v);
        });
}

/// A status's colour.
pub(crate) fn status_colour(pal: &Palette, s: Status) -> egui::Color32 {
    match s {
        Status::Pass => pal.good,
        Status::Watch => pal.amber,
        Status::Breach => pal.bad,
        Status::NotCheckable => pal.muted,
    }
}
