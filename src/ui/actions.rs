//! Writes the user asked for: saving a policy and changing the champion, each with
//! its audit entry in one transaction (store::write), then re-reading the lists.

use super::state::Data;
use crate::domain::policy::Policy;
use crate::store::write::{self, Stamp};

fn stamp_now() -> (String, String) {
    let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into());
    (at, user)
}

/// Saves `policy` with its audit entry; returns the message for the status bar.
pub fn save(data: Option<&mut Data>, policy: &Policy, reason: &str) -> String {
    let Some(d) = data else {
        return "no portfolio is open".into();
    };
    if reason.trim().is_empty() {
        return "not saved: a policy is saved only with a reason".into();
    }
    let (at, user) = stamp_now();
    let stamp = Stamp {
        at: &at,
        user: &user,
        reason: reason.trim(),
    };
    match write::save_policy(&d.path, policy, &d.champion.policy, &stamp, false) {
        Ok(_) => match d.reload_policies() {
            Ok(()) => format!("saved policy {} (logged in the audit log)", policy.name),
            Err(e) => format!(
                "saved policy {}, but the list was not re-read: {e}",
                policy.name
            ),
        },
        Err(e) => format!("not saved: {e}"),
    }
}

/// Makes a saved policy the champion with its audit entry.
pub fn make_champion(data: Option<&mut Data>, id: i64, reason: &str) -> String {
    let Some(d) = data else {
        return "no portfolio is open".into();
    };
    if reason.trim().is_empty() {
        return "the champion was not changed: type a reason first".into();
    }
    let (at, user) = stamp_now();
    let stamp = Stamp {
        at: &at,
        user: &user,
        reason: reason.trim(),
    };
    match write::set_champion(&d.path, id, &stamp).and_then(|()| {
        d.reload_policies()
            .map_err(|m| crate::store::StoreError::new(&d.path, m))
    }) {
        Ok(()) => format!(
            "{} is now the champion (logged in the audit log)",
            d.champion.policy.name
        ),
        Err(e) => format!("the champion was not changed: {e}"),
    }
}
