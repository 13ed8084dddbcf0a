//! Writes to the user's portfolio file. Each is one transaction: the change and its
//! audit-log entry land together or not at all.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::check;
use super::error::StoreError;
use super::policies;
use crate::domain::policy::Policy;

pub(crate) fn open_rw(path: &Path) -> Result<Connection, StoreError> {
    check::check_file(path)?;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| StoreError::sqlite(path, "cannot be opened for writing", e))?;
    check::schema_version(path, &conn)?;
    check::check_structure(path, &conn)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| StoreError::sqlite(path, "cannot be opened for writing", e))?;
    Ok(conn)
}

/// Who saves and when, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp<'a> {
    pub at: &'a str,
    pub user: &'a str,
    pub reason: &'a str,
}

/// Saves `policy` by name (and makes it champion if asked) with its audit entries, in
/// one transaction. `champion` is the policy in force, to record what changed.
/// Returns the saved policy's id.
pub fn save_policy(
    path: &Path,
    policy: &Policy,
    champion: &Policy,
    stamp: &Stamp<'_>,
    make_champion: bool,
) -> Result<i64, StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "a policy is saved only with a reason",
        ));
    }
    if policy.name.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "a policy needs a name to be saved",
        ));
    }
    policy
        .validate()
        .map_err(|e| StoreError::refused(path, format!("the policy is not valid: {e}")))?;
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the policy was not saved", e);
    let tx = conn.transaction().map_err(fail)?;
    let changes = policy.changes_from(champion);
    let changes = if changes.is_empty() {
        "no change from the champion".to_string()
    } else {
        format!("changes from the champion: {}", changes.join("; "))
    };
    let id =
        policies::save(&tx, policy, stamp.at, stamp.user, stamp.reason, &changes).map_err(fail)?;
    if make_champion {
        policies::set_champion(&tx, id, stamp.at, stamp.user, stamp.reason).map_err(fail)?;
    }
    tx.commit().map_err(fail)?;
    Ok(id)
}

/// Makes the saved policy `id` the champion, with its audit entry.
pub fn set_champion(path: &Path, id: i64, stamp: &Stamp<'_>) -> Result<(), StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "the champion is changed only with a reason",
        ));
    }
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the champion was not changed", e);
    let tx = conn.transaction().map_err(fail)?;
    policies::set_champion(&tx, id, stamp.at, stamp.user, stamp.reason).map_err(fail)?;
    tx.commit().map_err(fail)
}

/// The audit action of a reveal (the compliance view reads these entries; keep it).
pub const PERSONAL_DATA_REVEALED: &str = "personal data revealed";

/// Records that applicant `applicant_id`'s personal data (name and phone) was shown,
/// for the purpose in `stamp.reason`: one audit entry in its own transaction, the only
/// write besides saves. Refused without a purpose.
pub fn log_reveal(path: &Path, applicant_id: i64, stamp: &Stamp<'_>) -> Result<(), StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "personal data is revealed only for a stated purpose",
        ));
    }
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the reveal was not logged", e);
    let tx = conn.transaction().map_err(fail)?;
    let subject = format!("applicant {applicant_id}");
    super::audit::append(
        &tx,
        &super::audit::NewEntry {
            at: stamp.at,
            user: stamp.user,
            action: PERSONAL_DATA_REVEALED,
            subject: &subject,
            detail: "name and phone shown in the applicant detail",
            reason: stamp.reason.trim(),
        },
    )
    .map_err(fail)?;
    tx.commit().map_err(fail)
}

/// The audit action of an export with personal data (read by the compliance view).
pub const PERSONAL_DATA_EXPORTED: &str = "personal data exported";

/// Records that `rows` applicants' names were written unmasked to the file
/// `file`, for the purpose in `stamp.reason`: one audit entry in its own transaction,
/// written before the file is put in place. Refused without a purpose.
pub fn log_export(
    path: &Path,
    rows: usize,
    file: &Path,
    stamp: &Stamp<'_>,
) -> Result<(), StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "personal data is exported only for a stated purpose",
        ));
    }
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the export was not logged", e);
    let tx = conn.transaction().map_err(fail)?;
    let subject = format!("{rows} applicants");
    let detail = format!("names written unmasked to {}", file.display());
    super::audit::append(
        &tx,
        &super::audit::NewEntry {
            at: stamp.at,
            user: stamp.user,
            action: PERSONAL_DATA_EXPORTED,
            subject: &subject,
            detail: &detail,
            reason: stamp.reason.trim(),
        },
    )
    .map_err(fail)?;
    tx.commit().map_err(fail)
}

/// The audit action of a scorecard put in force.
pub const SCORECARD_INSTALLED: &str = "scorecard installed";

/// Makes `card` the scorecard in force, with its audit entry (`detail`: what
/// changes), in one transaction. Refused without a reason. The caller has checked
/// that the portfolio holds every characteristic the card reads.
pub fn install_scorecard(
    path: &Path,
    card: &crate::domain::scorecard::Scorecard,
    detail: &str,
    stamp: &Stamp<'_>,
) -> Result<(), StoreError> {
    if stamp.reason.trim().is_empty() {
        return Err(StoreError::refused(
            path,
            "a scorecard is put in force only with a reason",
        ));
    }
    let mut conn = open_rw(path)?;
    let fail = |e| StoreError::sqlite(path, "the scorecard was not installed", e);
    let tx = conn.transaction().map_err(fail)?;
    super::scorecard_table::write(&tx, card).map_err(fail)?;
    super::audit::append(
        &tx,
        &super::audit::NewEntry {
            at: stamp.at,
            user: stamp.user,
            action: SCORECARD_INSTALLED,
            subject: &card.name,
            detail,
            reason: stamp.reason.trim(),
        },
    )
    .map_err(fail)?;
    tx.commit().map_err(fail)
}
