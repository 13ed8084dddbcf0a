//! The compliance view's state: the rules in force (built in, or read from a rules
//! file, with the SHA-256 of what was read), what does not depend on the policy
//! (built once per portfolio), and the report of the champion and of the challenger
//! (re-run with every slider step: one pass over the applicants).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::domain::compliance::checks::{self, Check};
use crate::domain::compliance::rules::{InvalidRules, Rules};
use crate::domain::compliance::{Base, Report, report};
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;

/// Why a rules file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RulesError {
    /// The file cannot be read (missing, a folder, no permission).
    Unreadable(String),
    /// Not a rules file: not UTF-8 or JSON, a rule missing, a field out of range.
    Invalid(InvalidRules),
}

impl RulesError {
    /// The message key (assets/i18n/*/cli.ftl) and the detail.
    pub fn parts(&self) -> (&'static str, String) {
        match self {
            RulesError::Unreadable(d) => ("cli-cannot-read", d.clone()),
            RulesError::Invalid(e) => ("compliance-invalid-rules", e.to_string()),
        }
    }
}

/// Rules as read, with where from and their version.
#[derive(Clone, Debug, PartialEq)]
pub struct RulesFile {
    pub rules: Rules,
    /// SHA-256 (hex) of the file's bytes; of the built-in rules' JSON without a file.
    pub version: String,
    /// `None`: the built-in defaults.
    pub path: Option<PathBuf>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl RulesFile {
    pub fn built_in() -> Self {
        let rules = Rules::default();
        Self {
            version: sha256_hex(rules.to_json().as_bytes()),
            rules,
            path: None,
        }
    }

    /// Reads and checks a rules file; the message says what is wrong (the file,
    /// a JSON field), in English as the system, serde and the rules' checks word it.
    pub fn read(path: &Path) -> Result<Self, RulesError> {
        let bytes = std::fs::read(path).map_err(|e| RulesError::Unreadable(e.to_string()))?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| RulesError::Invalid(InvalidRules::Json(format!("not UTF-8 text: {e}"))))?;
        Ok(Self {
            rules: Rules::from_json(text).map_err(RulesError::Invalid)?,
            version: sha256_hex(&bytes),
            path: Some(path.to_path_buf()),
        })
    }

    /// The built-in rules, or those of `path`.
    pub fn built_in_or(path: Option<&Path>) -> Result<Self, RulesError> {
        match path {
            Some(p) => Self::read(p),
            None => Ok(Self::built_in()),
        }
    }
}

/// What the Compliance tab and the lab's badge show.
pub struct Compliance {
    pub file: RulesFile,
    pub base: Base,
    pub champion: Report,
    pub challenger: Report,
}

impl Compliance {
    pub fn new(file: RulesFile, p: &Portfolio, champion: &Policy, challenger: &Policy) -> Self {
        let base = Base::new(file.rules.clone(), p);
        Self {
            champion: report(&base, champion, p),
            challenger: report(&base, challenger, p),
            base,
            file,
        }
    }

    pub(crate) fn set_champion(&mut self, policy: &Policy, p: &Portfolio) {
        self.champion = report(&self.base, policy, p);
    }

    pub(crate) fn set_challenger(&mut self, policy: &Policy, p: &Portfolio) {
        self.challenger = report(&self.base, policy, p);
    }

    /// Adds a categorical column to the fairness table (both reports re-run).
    pub fn add_dimension(
        &mut self,
        name: &str,
        p: &Portfolio,
        champion: &Policy,
        challenger: &Policy,
    ) -> bool {
        if !self.base.add_dimension(p, name) {
            return false;
        }
        self.set_champion(champion, p);
        self.set_challenger(challenger, p);
        true
    }

    /// The ids of the applicants `policy` approves in breach of `check`.
    pub fn breaching_ids(&self, policy: &Policy, p: &Portfolio, check: Check) -> Vec<i64> {
        checks::breaching_rows(&self.base.rules, policy, p, check)
            .into_iter()
            .map(|i| p.applicants.id[i as usize])
            .collect()
    }
}

/// The audit entries of personal data revealed or exported, newest first, whose
/// text contains `filter` (ignoring case; empty: all).
pub fn access_log<'a>(
    audit: &'a [crate::store::audit::AuditEntry],
    filter: &str,
) -> Vec<&'a crate::store::audit::AuditEntry> {
    use crate::store::write::{PERSONAL_DATA_EXPORTED, PERSONAL_DATA_REVEALED};
    let needle = filter.trim().to_lowercase();
    audit
        .iter()
        .rev()
        .filter(|e| e.action == PERSONAL_DATA_REVEALED || e.action == PERSONAL_DATA_EXPORTED)
        .filter(|e| {
            needle.is_empty()
                || [&e.at, &e.user, &e.subject, &e.reason, &e.detail, &e.action]
                    .iter()
                    .any(|s| s.to_lowercase().contains(&needle))
        })
        .collect()
}

/// The access log (filtered by `filter`) as CSV: id, at, user, action, subject,
/// purpose, detail. Ids and purposes only: no names or phones.
pub fn access_log_csv(
    audit: &[crate::store::audit::AuditEntry],
    filter: &str,
    out: &Path,
) -> Result<usize, csv::Error> {
    let rows = access_log(audit, filter);
    let mut w = csv::Writer::from_path(out)?;
    w.write_record(["id", "at", "user", "action", "subject", "purpose", "detail"])?;
    for e in &rows {
        let id = e.id.to_string();
        w.write_record([
            &id, &e.at, &e.user, &e.action, &e.subject, &e.reason, &e.detail,
        ])?;
    }
    w.flush()?;
    Ok(rows.len())
}
