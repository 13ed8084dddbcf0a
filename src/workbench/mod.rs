//! The opened portfolio, its figures and the actions on it: no egui. The window's only
//! way to the store; the command line uses it too. Figures are computed through the
//! domain and cached until the policy they depend on changes; every write is one
//! store transaction with its audit entry, and errors are typed (`WorkbenchError`).

pub mod compliance;
pub mod compliance_words;
mod error;
pub(crate) mod export;
mod figures;
pub mod import;
pub mod import_form;
pub mod import_preview;
mod register;
pub mod register_rows;
pub mod stress;
pub mod watchlist_csv;
pub mod words;

pub use crate::store::audit::{Break, BreakKind};
pub use error::WorkbenchError;

use crate::i18n::{self, Arg, Language};
pub(crate) use figures::{Analytics, PolicyFigures};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::domain::evaluation::compare::SwapSet;
use crate::domain::evaluation::engine::Engine;
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use crate::store::audit::{AuditEntry, ChainCheck};
use crate::store::policies::SavedPolicy;
use crate::store::write::{self, Stamp};
use crate::store::{self, Opened, StoreError};

/// The watchlist of `p` with the LGD and CCF of `policy` (computed once per champion
/// and per change of the thresholds).
fn watchlist_of(
    p: &Portfolio,
    policy: &Policy,
    t: &crate::domain::analytics::watchlist::Thresholds,
) -> Vec<crate::domain::analytics::watchlist::Watch> {
    use crate::domain::analytics::watchlist::{chain_of, watchlist};
    watchlist(p, &chain_of(p), policy.lgd, policy.ccf, t)
}

/// Which policy the applicant table, the detail and the CSV export decide under: the
/// policy in force unless the user switches to the challenger being tried in the lab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecisionsUnder {
    #[default]
    InForce,
    Challenger,
}

/// An opened portfolio with everything the views show.
pub struct Workbench {
    pub path: PathBuf,
    pub portfolio: Arc<Portfolio>,
    pub champion: PolicyFigures,
    pub challenger: PolicyFigures,
    pub swap: SwapSet,
    /// Fast evaluation of the challenger (indexes kept between slider steps).
    pub engine: Engine,
    pub policies: Vec<SavedPolicy>,
    pub audit: Vec<AuditEntry>,
    /// The audit chain as checked when the file was opened or last written; `None`
    /// when the log could not be read.
    pub audit_check: Option<ChainCheck>,
    /// A display name for the audit log, beside the account name (from the settings).
    pub display_name: Option<String>,
    pub analytics: Analytics,
    /// The compliance checks of the champion and the challenger.
    pub compliance: compliance::Compliance,
    /// The early-warning watchlist of the booked accounts (LGD and CCF of the
    /// policy in force), likeliest to reach 90+ first, and how many times it was
    /// computed (a table of it knows when to re-read it).
    pub watchlist: Vec<crate::domain::analytics::watchlist::Watch>,
    pub watchlist_version: u64,
    /// The watchlist's signal and action thresholds: the file's, or what the user
    /// tries in the tab until saved with a reason.
    pub watch_thresholds: crate::domain::analytics::watchlist::Thresholds,
    /// The watchlist thresholds in the file.
    pub saved_watch_thresholds: crate::domain::analytics::watchlist::Thresholds,
    /// The risk register and the KRI thresholds in force (the file's).
    pub register: crate::domain::register::Register,
    pub kri_thresholds: crate::domain::analytics::kri::KriThresholds,
    /// The stress test's inputs and figures (computed when the tab first asks).
    pub stress_inputs: stress::StressInputs,
    pub stress: Option<stress::StressFigures>,
    /// The last reverse stress test: capital (else EL), lever, limit, and the lever's
    /// value at the crossing (`None`: never).
    pub reverse: Option<(
        bool,
        crate::domain::stress::reverse::Lever,
        f64,
        Option<f64>,
    )>,
    /// Saved stress scenarios (the file's).
    pub scenarios: Vec<crate::store::scenarios::SavedScenario>,
    pub notes: Vec<String>,
}

impl Workbench {
    /// Opens `path` (checks, upgrades an older schema after a backup, loads) and
    /// computes everything the views show; `progress` gets the share done. Heavy: run
    /// it off the UI thread for big files.
    pub fn open(
        path: &Path,
        challenger: Option<Policy>,
        progress: &(dyn Fn(f32) + Sync),
    ) -> Result<Self, WorkbenchError> {
        let opened = store::open_with_progress(path, progress)?;
        Ok(Self::from_opened(opened, challenger))
    }

    /// Everything the views show of a file already opened (heavy, as `open`).
    pub fn from_opened(opened: Opened, challenger: Option<Policy>) -> Self {
        let Opened {
            path,
            portfolio,
            champion,
            policies,
            governance,
            mut notes,
        } = opened;
        let (audit, audit_check) = match read_audit(&path) {
            Ok((a, c)) => (a, Some(c)),
            Err(e) => {
                notes.push(e.to_string());
                (Vec::new(), None)
            }
        };
        let challenger = challenger
            .filter(|c| c.validate().is_ok())
            .unwrap_or_else(|| champion.clone());
        let watch_thresholds = governance.watch_thresholds;
        let analytics = Analytics::new(&champion, &portfolio, &watch_thresholds);
        let compliance = compliance::Compliance::new(
            compliance::RulesFile::built_in(),
            &portfolio,
            &champion,
            &challenger,
        );
        let watchlist = watchlist_of(&portfolio, &champion, &watch_thresholds);
        let mut engine = Engine::new();
        let swap = engine.swap_set(&champion, &challenger, &portfolio);
        let champion = PolicyFigures::new(champion, &portfolio);
        let challenger = PolicyFigures::with(&mut engine, challenger, &portfolio);
        Self {
            path,
            portfolio: Arc::new(portfolio),
            champion,
            challenger,
            swap,
            engine,
            policies,
            audit,
            audit_check,
            display_name: None,
            analytics,
            compliance,
            watchlist,
            watchlist_version: 1,
            saved_watch_thresholds: watch_thresholds.clone(),
            watch_thresholds,
            register: governance.register,
            kri_thresholds: governance.kri_thresholds,
            stress_inputs: Default::default(),
            stress: None,
            reverse: None,
            scenarios: governance.scenarios,
            notes,
        }
    }

    /// Re-evaluates the challenger (the one entry point of the Policy lab's figures).
    pub(crate) fn set_challenger(&mut self, policy: Policy) {
        if policy == self.challenger.policy {
            return;
        }
        self.swap = self
            .engine
            .swap_set(&self.champion.policy, &policy, &self.portfolio);
        self.compliance.set_challenger(&policy, &self.portfolio);
        self.challenger = PolicyFigures::with(&mut self.engine, policy, &self.portfolio);
    }

    /// The watchlist again, under the policy in force and the thresholds.
    fn recompute_watchlist(&mut self) {
        self.watchlist = watchlist_of(
            &self.portfolio,
            &self.champion.policy,
            &self.watch_thresholds,
        );
        self.watchlist_version += 1;
    }

    /// New watchlist thresholds (checked: shares in range); the list follows.
    pub fn set_watch_thresholds(&mut self, t: crate::domain::analytics::watchlist::Thresholds) {
        let t = t.clamped();
        if t != self.watch_thresholds {
            self.watch_thresholds = t;
            self.recompute_watchlist();
            self.recompute_kris();
        }
    }

    /// Adds a categorical column to the fairness table (both policies re-checked).
    pub fn add_fairness_dimension(&mut self, name: &str) -> bool {
        self.compliance.add_dimension(
            name,
            &self.portfolio,
            &self.champion.policy,
            &self.challenger.policy,
        )
    }

    /// Checks against `file`'s rules from now on (a rules file the user chose).
    pub fn set_rules(&mut self, file: compliance::RulesFile) {
        self.compliance = compliance::Compliance::new(
            file,
            &self.portfolio,
            &self.champion.policy,
            &self.challenger.policy,
        );
    }

    /// Re-reads the saved policies, the champion and the audit log after a write.
    fn reload_policies(&mut self) -> Result<(), StoreError> {
        let conn = store::open::read_only(&self.path)?;
        self.policies = store::policies::list(&conn).map_err(|f| f.in_file(&self.path))?;
        let (audit, check) = read_audit(&self.path)?;
        self.audit = audit;
        self.audit_check = Some(check);
        if let Some(c) = self.policies.iter().find(|p| p.is_champion)
            && c.policy != self.champion.policy
        {
            self.champion = PolicyFigures::new(c.policy.clone(), &self.portfolio);
            self.analytics = Analytics::new(
                &self.champion.policy,
                &self.portfolio,
                &self.watch_thresholds,
            );
            self.compliance
                .set_champion(&self.champion.policy, &self.portfolio);
            self.recompute_watchlist();
            self.swap = self.engine.swap_set(
                &self.champion.policy,
                &self.challenger.policy,
                &self.portfolio,
            );
        }
        Ok(())
    }

    /// Saves `policy` under its name with its audit entry (one transaction), then
    /// re-reads the lists. A reason is required.
    pub fn save_policy(&mut self, policy: &Policy, reason: &str) -> Result<(), WorkbenchError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(WorkbenchError::NoReason);
        }
        if policy.name.trim().is_empty() {
            return Err(WorkbenchError::NoName);
        }
        let (at, user) = self.stamp_now();
        let stamp = Stamp {
            at: &at,
            user: &user,
            reason,
        };
        write::save_policy(&self.path, policy, &self.champion.policy, &stamp, false)?;
        self.reload_policies()
            .map_err(|e| WorkbenchError::Reread(Box::new(e)))
    }

    /// Makes the saved policy `id` the champion with its audit entry (one
    /// transaction), then re-reads the lists. A reason is required.
    pub fn make_champion(&mut self, id: i64, reason: &str) -> Result<(), WorkbenchError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(WorkbenchError::NoReason);
        }
        let (at, user) = self.stamp_now();
        let stamp = Stamp {
            at: &at,
            user: &user,
            reason,
        };
        write::set_champion(&self.path, id, &stamp)?;
        self.reload_policies()
            .map_err(|e| WorkbenchError::Reread(Box::new(e)))
    }
}

impl Workbench {
    /// The policy decisions are shown under.
    pub fn policy_under(&self, under: DecisionsUnder) -> &Policy {
        match under {
            DecisionsUnder::InForce => &self.champion.policy,
            DecisionsUnder::Challenger => &self.challenger.policy,
        }
    }

    /// How a policy is named wherever its decisions are shown or exported: "Tight v2"
    /// for a saved policy (the newest version with these settings), "Tight (unsaved)"
    /// for settings never saved; in `lang` ("Tight（未保存）"). Files take English.
    pub fn policy_label(&self, lang: Language, policy: &Policy) -> String {
        match self.policies.iter().rev().find(|s| &s.policy == policy) {
            Some(s) => format!("{} v{}", s.policy.name, s.version),
            None => i18n::text_with(lang, "policy-unsaved", &[("name", Arg::Text(&policy.name))]),
        }
    }

    /// The challenger differs from the policy in force and from every saved policy:
    /// closing the file would lose it.
    pub fn challenger_unsaved(&self) -> bool {
        let c = &self.challenger.policy;
        c != &self.champion.policy && !self.policies.iter().any(|s| &s.policy == c)
    }
}

impl Workbench {
    /// Logs that applicant `id`'s name and phone are shown, for `purpose`: one audit
    /// entry, then the log is re-read. Refused without a purpose and on a file that is
    /// read-only (nothing may be shown that cannot be logged).
    pub fn reveal_personal_data(&mut self, id: i64, purpose: &str) -> Result<(), WorkbenchError> {
        let purpose = purpose.trim();
        if purpose.is_empty() {
            return Err(WorkbenchError::NoReason);
        }
        let read_only = std::fs::metadata(&self.path)
            .map(|m| m.permissions().readonly())
            .unwrap_or(true);
        if read_only {
            return Err(WorkbenchError::ReadOnly);
        }
        let (at, user) = self.stamp_now();
        let stamp = Stamp {
            at: &at,
            user: &user,
            reason: purpose,
        };
        write::log_reveal(&self.path, id, &stamp)?;
        self.reread_audit()
    }

    /// Re-reads the audit log and its check after a write.
    pub(crate) fn reread_audit(&mut self) -> Result<(), WorkbenchError> {
        let (audit, check) =
            read_audit(&self.path).map_err(|e| WorkbenchError::Reread(Box::new(e)))?;
        self.audit = audit;
        self.audit_check = Some(check);
        Ok(())
    }
}

impl Workbench {
    /// When and by whom, for an audit entry: the clock in UTC and the operating
    /// system's account name (`store::who`), with the display name the user set, if
    /// any: "wang (Wang Fang)". Self-declared either way (README, threat model).
    pub(crate) fn stamp_now(&self) -> (String, String) {
        let account = store::who::account_name();
        let user = match self.display_name.as_deref().map(str::trim) {
            Some(name) if !name.is_empty() => format!("{account} ({name})"),
            _ => account,
        };
        (store::who::now_utc(), user)
    }
}

/// The audit log, oldest first, and the check of its chain.
fn read_audit(path: &Path) -> Result<(Vec<AuditEntry>, ChainCheck), StoreError> {
    store::audit::read(path)
}
