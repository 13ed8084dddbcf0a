//! The one place where commands change the app's state.

use super::RiskdeskApp;
use crate::format::thousands;
use crate::i18n::{self, Arg};
use crate::out_file::Overwrite;
use crate::ui::command::{AfterDiscard, Command};
use crate::ui::dialogs::{self, Purpose};
use crate::ui::export;
use crate::ui::import_wizard::ImportWizard;
use crate::ui::status::Status;
use crate::workbench::WorkbenchError;
use crate::workbench::export::applicants_csv_with_personal_data;

impl RiskdeskApp {
    pub(super) fn apply_all(&mut self, commands: Vec<Command>) {
        for c in commands {
            self.apply(c);
        }
    }

    /// The one place where the state changes.
    pub fn apply(&mut self, command: Command) {
        let lang = self.language();
        let t = |id: &str| i18n::text(lang, id);
        match command {
            Command::SetTab(t) => self.settings.tab = t,
            Command::SetDark(d) => self.settings.dark = d,
            Command::SetLanguage(lang) => self.settings.language = Some(lang),
            Command::SetDisplayName(name) => {
                let name = Some(name.trim().to_string()).filter(|n| !n.is_empty());
                if let Some(d) = &mut self.data {
                    d.display_name = name.clone();
                }
                self.settings.display_name = name;
            }
            Command::OpenDialog => self.ask(Purpose::Open),
            Command::Open(path) => {
                if self.data.as_ref().is_some_and(|d| d.challenger_unsaved()) {
                    self.pending_discard = Some(AfterDiscard::Open(path));
                } else {
                    let ctx = self.context_for_jobs();
                    self.start_load(&ctx, path);
                }
            }
            Command::AskOpenPath => self.open_path = Some(String::new()),
            Command::OpenImportWizard => {
                if self.import.is_none() {
                    self.import = Some(ImportWizard::default());
                }
            }
            Command::ImportCheckedShown => {
                if let Some(w) = &mut self.import {
                    w.show_checked = false;
                }
            }
            Command::CloseImportWizard => {
                // A running import finishes on its thread; its answer is dropped.
                self.import = None;
            }
            Command::ImportPickFile => self.ask(Purpose::ImportCsv),
            Command::ImportSetPath(path) => {
                if let Some(w) = &mut self.import {
                    w.path = path;
                }
            }
            Command::ImportReadFile(path) => {
                let ctx = self.context_for_jobs();
                let w = self.import.get_or_insert_with(ImportWizard::default);
                if let Err(e) = w.read(&ctx, path, lang) {
                    self.status = Status::error(e);
                }
            }
            Command::ImportSetForm(form) => {
                if let Some(w) = &mut self.import {
                    w.form = Some(*form);
                    // A changed mapping needs a new check.
                    w.checked = None;
                }
            }
            Command::ImportCheck => {
                let ctx = self.context_for_jobs();
                if let Some(w) = &mut self.import
                    && let Err(e) = w.check(&ctx, lang)
                {
                    self.status = Status::error(e);
                }
            }
            Command::ImportRun => {
                let ctx = self.context_for_jobs();
                if let Some(w) = &mut self.import
                    && let Err(e) = w.run(&ctx, lang)
                {
                    self.status = Status::error(e);
                }
            }
            Command::CloseOpenPath => self.open_path = None,
            Command::DiscardChallenger => match self.pending_discard.take() {
                Some(AfterDiscard::Quit) => {
                    self.quit_confirmed = true;
                    self.context_for_jobs()
                        .send_viewport_cmd(egui::ViewportCommand::Close);
                }
                Some(AfterDiscard::Open(path)) => {
                    let ctx = self.context_for_jobs();
                    self.start_load(&ctx, path);
                }
                None => {}
            },
            Command::KeepChallenger => self.pending_discard = None,
            Command::SetZoom(z) => {
                let z = z.clamp(0.5, 3.0);
                self.context_for_jobs().set_zoom_factor(z);
                self.settings.zoom = ((z - 1.0).abs() > 1e-3).then_some(z);
            }
            Command::ExportCsvBeside => {
                self.status = match &self.data {
                    Some(d) => {
                        let path =
                            dialogs::beside(&d.path, "applicants", &d.portfolio.as_of, "csv");
                        export::csv_to(lang, &path, Overwrite::Refuse, Some(d), &self.table)
                    }
                    None => Status::error(t("status-nothing-to-export")),
                }
            }
            Command::ExportCsv => self.ask(Purpose::ExportCsv),
            Command::AskPersonalExport => self.personal_export = Some(String::new()),
            Command::CancelPersonalExport => self.personal_export = None,
            Command::ExportCsvPersonal { purpose } => {
                if purpose.trim().is_empty() {
                    self.status = Status::error(t("status-export-needs-purpose"));
                    return;
                }
                self.personal_export = None;
                self.export_purpose = Some(purpose);
                self.ask(Purpose::ExportCsvPersonal);
            }
            Command::ExportCsvPersonalTo(path) => {
                let purpose = self.export_purpose.take().unwrap_or_default();
                self.status = match self.data.as_mut() {
                    None => Status::error(t("status-nothing-to-export")),
                    Some(wb) => match applicants_csv_with_personal_data(
                        wb,
                        lang,
                        &self.table.rows,
                        self.table.decisions,
                        &path,
                        // Picked in a save dialog, which asked before replacing.
                        Overwrite::Replace,
                        &purpose,
                    ) {
                        Ok(n) => Status::info(i18n::text_with(
                            lang,
                            "status-exported-with-names",
                            &[
                                ("n", Arg::Number(n as f64)),
                                ("rows", Arg::Text(&thousands(n as f64))),
                                ("path", Arg::Text(&path.display().to_string())),
                                ("purpose", Arg::Text(purpose.trim())),
                            ],
                        )),
                        Err(WorkbenchError::NoReason) => {
                            Status::error(t("status-export-needs-purpose"))
                        }
                        Err(e) => Status::error(i18n::text_with(
                            lang,
                            "status-nothing-exported",
                            &[("error", Arg::Text(&e.message(lang)))],
                        )),
                    },
                };
            }
            Command::ExportCsvTo(path) => {
                self.status = export::csv_to(
                    lang,
                    &path,
                    Overwrite::Replace,
                    self.data.as_ref(),
                    &self.table,
                )
            }
            Command::ExportPng => {
                // A picture leaves the window: the revealed applicant is masked first.
                self.table.revealed = None;
                self.ask(Purpose::ExportPng)
            }
            Command::ExportPngBeside => match &self.data {
                Some(d) => {
                    // A picture leaves the window: masked first (it is the next frame).
                    self.table.revealed = None;
                    let path =
                        dialogs::png_beside(&d.path, self.settings.tab.slug(), &d.portfolio.as_of);
                    let target = export::PngTarget {
                        path,
                        lang,
                        overwrite: Overwrite::Refuse,
                        portfolio: Some(d.path.clone()),
                    };
                    if let Some(refused) =
                        export::png_to(&self.context_for_jobs(), target, self.inbox.clone())
                    {
                        self.status = refused;
                    }
                }
                None => self.status = Status::error(t("status-nothing-to-export")),
            },
            Command::ExportPngTo(path) => {
                let target = export::PngTarget {
                    path,
                    lang,
                    // Picked in a save dialog, which asked before replacing.
                    overwrite: Overwrite::Replace,
                    portfolio: self.data.as_ref().map(|d| d.path.clone()),
                };
                if let Some(refused) =
                    export::png_to(&self.context_for_jobs(), target, self.inbox.clone())
                {
                    self.status = refused;
                }
            }
            Command::Quit => {
                if self.may_close() {
                    self.context_for_jobs()
                        .send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    self.pending_discard = Some(AfterDiscard::Quit);
                }
            }
            Command::SetQuery(q) => self.table.query = q,
            Command::Select { row, scroll } => {
                if self.table.selected != Some(row) {
                    // A reveal is for one applicant: another one is masked.
                    self.table.revealed = None;
                    self.table.purpose.clear();
                }
                self.table.selected = Some(row);
                self.table.scroll_to_selected = scroll;
            }
            Command::MoveSelection(delta) => self.table.move_selection(delta),
            Command::ScrolledToSelection => self.table.scroll_to_selected = false,
            Command::SetDecisionsUnder(u) => self.table.decisions = u,
            Command::RevealApplicant { row, purpose } => {
                let Some(d) = self.data.as_mut() else {
                    self.status = Status::error(t("status-no-portfolio"));
                    return;
                };
                let Some(&id) = d.portfolio.applicants.id.get(row) else {
                    return;
                };
                self.status = match d.reveal_personal_data(id, &purpose) {
                    Ok(()) => {
                        self.table.revealed = Some(row);
                        self.table.purpose.clear();
                        Status::info(i18n::text_with(
                            lang,
                            "status-revealed",
                            &[
                                ("id", Arg::Text(&id.to_string())),
                                ("purpose", Arg::Text(purpose.trim())),
                            ],
                        ))
                    }
                    Err(WorkbenchError::NoReason) => {
                        Status::error(t("status-reveal-needs-purpose"))
                    }
                    Err(e) => Status::error(i18n::text_with(
                        lang,
                        "status-not-revealed",
                        &[("error", Arg::Text(&e.message(lang)))],
                    )),
                };
            }
            Command::HidePersonalData => self.table.revealed = None,
            Command::SetPurpose(p) => self.table.purpose = p,
            Command::SetChallenger(p) => {
                if let Some(d) = &mut self.data {
                    d.set_challenger(p);
                }
                // Breaches listed under the challenger follow it.
                if let Some((check, under)) = self.table.only_breaches
                    && under == crate::workbench::DecisionsUnder::Challenger
                    && self.table.query.only.is_some()
                {
                    self.limit_to_breaches(check, under);
                }
            }
            Command::ShowBreaches { check, under } => {
                self.limit_to_breaches(check, under);
                self.table.decisions = under;
                self.settings.tab = crate::ui::command::Tab::Applicants;
            }
            Command::SetFairnessDimension(name) => {
                if let Some(d) = &mut self.data {
                    d.add_fairness_dimension(&name);
                }
            }
            Command::ExportAccessLog(filter) => self.export_access_log(&filter),
            Command::SetWatchQuery(q) => self.watch.query = q,
            Command::ExportWatchlist => self.export_watchlist(),
            Command::SetWatchThresholds(t) => {
                if let Some(d) = &mut self.data {
                    d.set_watch_thresholds(t);
                }
            }
            Command::OpenKri(k) => {
                self.reg.kri = Some(k);
                self.settings.tab = crate::ui::command::Tab::Kris;
            }
            Command::Register(c) => self.apply_register(c),
            Command::SetStress(inputs) => {
                if let Some(d) = &mut self.data
                    && let Err(e) = d.set_stress_inputs(*inputs)
                {
                    self.status = Status::error(e.to_string());
                }
            }
            Command::SavePolicy { policy, reason } => {
                let Some(d) = self.data.as_mut() else {
                    self.status = Status::error(t("status-no-portfolio"));
                    return;
                };
                match d.save_policy(&policy, &reason) {
                    Ok(()) => {
                        self.status = Status::info(i18n::text_with(
                            lang,
                            "status-policy-saved",
                            &[("policy", Arg::Text(&policy.name))],
                        ));
                        self.form.reason.clear();
                        self.form.name.clear();
                        // The lab now edits the saved policy, under its name.
                        self.apply(Command::SetChallenger(policy));
                    }
                    Err(WorkbenchError::NoReason) => {
                        self.status = Status::error(t("status-save-needs-reason"))
                    }
                    Err(e) => {
                        self.status = Status::error(i18n::text_with(
                            lang,
                            "status-not-saved",
                            &[("error", Arg::Text(&e.message(lang)))],
                        ))
                    }
                }
            }
            Command::LoadPolicy(id) => {
                let found = self
                    .data
                    .as_ref()
                    .and_then(|d| d.policies.iter().find(|p| p.id == id))
                    .map(|p| p.policy.clone());
                if let Some(p) = found {
                    self.status = Status::info(i18n::text_with(
                        lang,
                        "status-policy-loaded",
                        &[("policy", Arg::Text(&p.name))],
                    ));
                    self.apply(Command::SetChallenger(p));
                }
            }
            Command::MakeChampion { id, reason } => {
                let Some(d) = self.data.as_mut() else {
                    self.status = Status::error(t("status-no-portfolio"));
                    return;
                };
                self.status = match d.make_champion(id, &reason) {
                    Ok(()) => {
                        self.form.reason.clear();
                        Status::info(i18n::text_with(
                            lang,
                            "status-champion-changed",
                            &[(
                                "policy",
                                Arg::Text(&d.policy_label(lang, &d.champion.policy)),
                            )],
                        ))
                    }
                    Err(WorkbenchError::NoReason) => {
                        Status::error(t("status-champion-needs-reason"))
                    }
                    Err(e) => Status::error(i18n::text_with(
                        lang,
                        "status-champion-not-changed",
                        &[("error", Arg::Text(&e.message(lang)))],
                    )),
                };
            }
        }
    }
}
