//! The risk register and the thresholds: writes (one transaction with its audit entry
//! each, a reason required) and the figures the register view shows of them.

use super::{Workbench, WorkbenchError};
use crate::domain::analytics::kri::{Kri, Status, Threshold};
use crate::domain::analytics::kri_history::kri_history;
use crate::domain::analytics::watchlist::Thresholds;
use crate::domain::register::{RatingBands, Risk};
use crate::store::register::read;
use crate::store::write::Stamp;
use crate::store::write_register;

impl Workbench {
    /// Runs `write` with a stamp for `reason` (refused when empty), then re-reads the
    /// register, the thresholds and the audit log.
    fn governance_write(
        &mut self,
        reason: &str,
        write: impl FnOnce(&Stamp<'_>) -> Result<(), crate::store::StoreError>,
    ) -> Result<(), WorkbenchError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(WorkbenchError::NoReason);
        }
        let (at, user) = self.stamp_now();
        write(&Stamp {
            at: &at,
            user: &user,
            reason,
        })?;
        let reread = || -> Result<_, crate::store::StoreError> {
            let conn = crate::store::open::read_only(&self.path)?;
            read(&conn).map_err(|m| crate::store::StoreError::damaged(&self.path, m))
        };
        let g = reread().map_err(|e| WorkbenchError::Reread(Box::new(e)))?;
        self.register = g.register;
        self.kri_thresholds = g.kri_thresholds;
        self.saved_watch_thresholds = g.watch_thresholds.clone();
        self.scenarios = g.scenarios;
        if g.watch_thresholds != self.watch_thresholds {
            self.set_watch_thresholds(g.watch_thresholds);
        }
        self.reread_audit()
    }

    /// Adds or changes a risk of the register.
    pub fn save_risk(&mut self, risk: &Risk, reason: &str) -> Result<(), WorkbenchError> {
        let path = self.path.clone();
        self.governance_write(reason, |s| write_register::save_risk(&path, risk, s))
    }

    /// Sets the register's rating bands.
    pub fn save_bands(&mut self, bands: &RatingBands, reason: &str) -> Result<(), WorkbenchError> {
        let path = self.path.clone();
        self.governance_write(reason, |s| write_register::save_bands(&path, bands, s))
    }

    /// Sets indicator `kri`'s thresholds.
    pub fn save_kri_threshold(
        &mut self,
        kri: Kri,
        t: &Threshold,
        reason: &str,
    ) -> Result<(), WorkbenchError> {
        let path = self.path.clone();
        self.governance_write(reason, |s| {
            write_register::save_kri_threshold(&path, kri, t, s)
        })
    }

    /// Saves the watchlist thresholds tried in the tab (or `t`) to the file.
    pub fn save_watch_thresholds(
        &mut self,
        t: &Thresholds,
        reason: &str,
    ) -> Result<(), WorkbenchError> {
        let path = self.path.clone();
        self.governance_write(reason, |s| {
            write_register::save_watch_thresholds(&path, t, s)
        })?;
        self.set_watch_thresholds(t.clone());
        Ok(())
    }

    /// Saves the scenario of the stress tab under `name` (a new version if the name is
    /// taken), with its audit entry.
    pub fn save_scenario(&mut self, name: &str, reason: &str) -> Result<(), WorkbenchError> {
        let path = self.path.clone();
        let mut scenario = self.stress_inputs.scenario.clone();
        scenario.name = name.trim().to_string();
        if scenario.name.is_empty() {
            return Err(WorkbenchError::NoName);
        }
        self.governance_write(reason, |s| {
            crate::store::scenarios::save(&path, &scenario, s).map(|_| ())
        })?;
        self.stress_inputs.scenario = scenario;
        self.ensure_stress();
        Ok(())
    }

    /// The latest quarter of applications (the Overview's), if any.
    pub fn latest_quarter(&self) -> Option<i32> {
        self.analytics.quarters.last().map(|q| q.index)
    }

    /// An indicator's value and status over the latest quarter.
    pub fn kri_now(&self, k: Kri) -> (f64, Status) {
        let v = self
            .latest_quarter()
            .map_or(f64::NAN, |q| self.analytics.kris.quarter(k, q));
        (v, self.kri_thresholds.status(k, v))
    }

    /// The worst status among a risk's linked indicators now (`NoData` if none).
    pub fn risk_kri_status(&self, r: &Risk) -> Status {
        r.kris
            .iter()
            .map(|&k| self.kri_now(k).1)
            .max()
            .unwrap_or(Status::NoData)
    }

    /// Recomputes the indicators' history (after a change of what they depend on).
    pub(crate) fn recompute_kris(&mut self) {
        self.analytics.kris = kri_history(
            &self.champion.policy,
            &self.portfolio,
            &self.watch_thresholds,
        );
    }
}
