//! The KRIs and Register tabs' commands: selection, drafts, saves (each with its
//! reason, one audit entry) and the register's CSV export.

use super::RiskdeskApp;
use crate::domain::register::Risk;
use crate::i18n::{self, Arg};
use crate::out_file::{OutFile, Overwrite};
use crate::ui::command::RegisterCommand as C;
use crate::ui::dialogs;
use crate::ui::register_state::{BandsDraft, DraftError, RiskDraft, ThresholdDraft};
use crate::ui::status::Status;
use crate::workbench::{WorkbenchError, register_rows};

impl RiskdeskApp {
    pub(super) fn apply_register(&mut self, c: C) {
        let lang = self.language();
        let t = |id: &str| i18n::text(lang, id);
        let Some(d) = self.data.as_mut() else {
            self.status = Status::error(t("status-no-portfolio"));
            return;
        };
        // A failed save keeps the draft open with the reason in it.
        let failed = |e: WorkbenchError| match e {
            WorkbenchError::NoReason => t("status-save-needs-reason"),
            e => e.message(lang),
        };
        let r = &mut self.reg;
        match c {
            C::SelectRisk(id) => r.selected = id,
            C::Sort(col) => {
                r.descending = r.sort == col && !r.descending;
                r.sort = col;
            }
            C::Edit(id) => {
                let (risk, new) = match id.as_deref().and_then(|id| d.register.get(id)) {
                    Some(risk) => (risk.clone(), false),
                    None => (
                        Risk {
                            id: d.register.next_id(),
                            review_date: d.portfolio.as_of.clone(),
                            ..Risk::blank()
                        },
                        true,
                    ),
                };
                r.selected = Some(risk.id.clone());
                r.draft = Some(RiskDraft {
                    risk,
                    new,
                    reason: String::new(),
                    error: None,
                });
            }
            C::SetDraft(draft) => r.draft = Some(*draft),
            C::Cancel => r.draft = None,
            C::Save => {
                let Some(draft) = r.draft.as_mut() else {
                    return;
                };
                match d.save_risk(&draft.risk, &draft.reason) {
                    Ok(()) => {
                        self.status = Status::info(i18n::text_with(
                            lang,
                            "register-saved",
                            &[("id", Arg::Text(&draft.risk.id))],
                        ));
                        r.draft = None;
                    }
                    Err(e) => draft.error = Some(failed(e)),
                }
            }
            C::EditThresholds(k) => {
                r.thresholds = Some(ThresholdDraft::of(k, d.kri_thresholds.get(k)));
            }
            C::SetThresholdDraft(draft) => r.thresholds = Some(*draft),
            C::CancelThresholds => r.thresholds = None,
            C::SaveThresholds => {
                let Some(draft) = r.thresholds.as_mut() else {
                    return;
                };
                let saved = match draft.parse() {
                    Ok(th) => d
                        .save_kri_threshold(draft.kri, &th, &draft.reason)
                        .map_err(failed),
                    Err(DraftError::NotANumber(s)) => Err(i18n::text_with(
                        lang,
                        "kris-not-a-number",
                        &[("text", Arg::Text(&s))],
                    )),
                    Err(DraftError::Invalid(e)) => Err(e.to_string()),
                };
                match saved {
                    Ok(()) => {
                        self.status = Status::info(t("kris-thresholds-saved"));
                        r.thresholds = None;
                    }
                    Err(e) => draft.error = Some(e),
                }
            }
            C::EditBands => {
                r.bands = Some(BandsDraft {
                    bands: d.register.bands,
                    reason: String::new(),
                    error: None,
                });
            }
            C::SetBandsDraft(b) => r.bands = Some(*b),
            C::CancelBands => r.bands = None,
            C::SaveBands => {
                let Some(draft) = r.bands.as_mut() else {
                    return;
                };
                match d.save_bands(&draft.bands, &draft.reason) {
                    Ok(()) => {
                        self.status = Status::info(t("register-bands-saved"));
                        r.bands = None;
                    }
                    Err(e) => draft.error = Some(failed(e)),
                }
            }
            C::SetWatchReason(s) => r.watch_reason = s,
            C::SaveWatchThresholds => {
                let tried = d.watch_thresholds.clone();
                match d.save_watch_thresholds(&tried, &r.watch_reason) {
                    Ok(()) => {
                        self.status = Status::info(t("watch-thresholds-saved"));
                        r.watch_reason.clear();
                    }
                    Err(e) => self.status = Status::error(failed(e)),
                }
            }
            C::SetScenarioSave { name, reason } => {
                r.scenario_name = name;
                r.scenario_reason = reason;
            }
            C::SaveScenario => match d.save_scenario(&r.scenario_name, &r.scenario_reason) {
                Ok(()) => {
                    self.status = Status::info(i18n::text_with(
                        lang,
                        "stress-scenario-saved",
                        &[("name", Arg::Text(&r.scenario_name))],
                    ));
                    r.scenario_reason.clear();
                }
                Err(e) => self.status = Status::error(failed(e)),
            },
            C::SetReverse(q) => r.reverse = q,
            C::SetStressBands(b) => r.stress_bands = b,
            C::RunReverse => {
                let q = r.reverse;
                if let Some(f) = d.stress.as_ref() {
                    let found = f.reverse(&d.portfolio, q.lever, q.capital, q.limit);
                    d.reverse = Some((q.capital, q.lever, q.limit, found));
                }
            }
            C::Export => self.export_register(),
        }
    }

    fn export_register(&mut self) {
        let lang = self.language();
        let Some(d) = &self.data else {
            self.status = Status::error(i18n::text(lang, "status-nothing-to-export"));
            return;
        };
        let path = dialogs::beside(&d.path, "register", &d.portfolio.as_of, "csv");
        let out = match OutFile::create(&path, Overwrite::Refuse, &[d.path.as_path()]) {
            Ok(out) => out,
            Err(e) => {
                self.status = Status::error(e.message(lang));
                return;
            }
        };
        let rows = register_rows::rows(&d.register, &d.portfolio.as_of, |k| d.kri_now(k).1);
        let written = register_rows::write_csv(&rows, out.temp_path());
        self.status = match written.map(|()| out.commit()) {
            Ok(Ok(())) => Status::info(i18n::text_with(
                lang,
                "register-exported",
                &[
                    ("n", Arg::Number(rows.len() as f64)),
                    ("path", Arg::Text(&path.display().to_string())),
                ],
            )),
            Ok(Err(e)) => Status::error(e.message(lang)),
            Err(e) => Status::error(i18n::text_with(
                lang,
                "register-not-exported",
                &[("detail", Arg::Text(&e.to_string()))],
            )),
        };
    }
}
