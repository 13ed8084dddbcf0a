//! Opening a portfolio file: check it, upgrade an older version after a backup,
//! load it. The file is opened read-only; nothing is written unless the file is of an
//! older schema version (then a backup copy is written beside it first).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::check;
use super::error::StoreError;
use super::load::{self, Progress};
use super::policies::{self, SavedPolicy};
use super::schema::{self, CURRENT_VERSION};
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;

/// A portfolio as opened, with its policies.
#[derive(Clone, Debug)]
pub struct Opened {
    pub path: PathBuf,
    pub portfolio: Portfolio,
    /// The policy in force (the default policy if the file has none).
    pub champion: Policy,
    pub policies: Vec<SavedPolicy>,
    /// The risk register and the thresholds of the indicators and the watchlist.
    pub governance: super::register::Governance,
    /// Things the user should know (an upgrade, a missing champion).
    pub notes: Vec<String>,
}

/// Opens a connection that cannot write.
pub(crate) fn read_only(path: &Path) -> Result<Connection, StoreError> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StoreError::sqlite(path, "cannot be opened as an SQLite database", e))
}

/// Opens, checks and loads `path`.
pub fn open(path: &Path) -> Result<Opened, StoreError> {
    open_with_progress(path, &|_| {})
}

/// Like `open`, reporting the share loaded.
pub fn open_with_progress(path: &Path, progress: Progress<'_>) -> Result<Opened, StoreError> {
    check::check_file(path)?;
    let mut notes = Vec::new();
    let mut conn = read_only(path)?;
    let version = check::schema_version(path, &conn)?;
    if version < CURRENT_VERSION {
        drop(conn);
        let backup = upgrade(path, version)?;
        notes.push(format!(
            "upgraded from schema version {version} to {CURRENT_VERSION}; the original is kept as {}",
            backup.display()
        ));
        conn = read_only(path)?;
    }
    check::check_structure(path, &conn)?;
    let portfolio = load::load(path, &conn, progress)?;
    let policies = policies::list(&conn).map_err(|m| StoreError::damaged(path, m))?;
    let governance = super::register::read(&conn).map_err(|m| StoreError::damaged(path, m))?;
    let champions: Vec<&str> = policies
        .iter()
        .filter(|p| p.is_champion)
        .map(|p| p.policy.name.as_str())
        .collect();
    if champions.len() > 1 {
        return Err(StoreError::damaged(
            path,
            format!(
                "the file has {} policies in force ({}); exactly one may be the champion, so which decides cannot be told",
                champions.len(),
                champions.join(", ")
            ),
        ));
    }
    let champion = match policies.iter().find(|p| p.is_champion) {
        Some(p) => p.policy.clone(),
        None => {
            notes.push("the file has no policy in force; the default policy is used".into());
            Policy::default().for_scaling(&portfolio.scorecard.scaling)
        }
    };
    Ok(Opened {
        path: path.to_path_buf(),
        portfolio,
        champion,
        policies,
        governance,
        notes,
    })
}

/// A path beside `path` that does not exist yet: `name.v1-backup.db`, then
/// `name.v1-backup-2.db`, ...
fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "portfolio".into());
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut k = 1;
    loop {
        let name = if k == 1 {
            format!("{stem}.v{version}-backup.db")
        } else {
            format!("{stem}.v{version}-backup-{k}.db")
        };
        let candidate = dir.join(name);
        if !candidate.exists() {
            return candidate;
        }
        k += 1;
    }
}

/// Copies the file aside, then migrates it in place. Returns the backup's path.
fn upgrade(path: &Path, version: i64) -> Result<PathBuf, StoreError> {
    let backup = backup_path(path, version);
    std::fs::copy(path, &backup).map_err(|e| {
        StoreError::io(
            path,
            format!(
                "needs an upgrade from schema version {version}, but the backup copy {} could not be written: {e}; the file was not changed",
                backup.display()
            ),
        )
    })?;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| StoreError::sqlite(path, "cannot be opened for the upgrade", e))?;
    schema::migrate(&conn, version).map_err(|e| {
        StoreError::sqlite(
            path,
            &format!(
                "upgrade from schema version {version} failed (the backup is {})",
                backup.display()
            ),
            e,
        )
    })?;
    Ok(backup)
}
