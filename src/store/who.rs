//! Who and when, for an audit entry. A local file has no login: the user is the
//! operating system's account name, self-declared (the README's threat model says
//! so), never empty and never "unknown".

/// The operating system's account name: `USER`, `USERNAME` or `LOGNAME`, else the
/// home folder's name, else the numeric user id (Linux), else "local account".
pub fn account_name() -> String {
    let env = ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .filter_map(|k| std::env::var(k).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty());
    env.or_else(|| {
        std::env::var_os("HOME")
            .and_then(|h| {
                std::path::Path::new(&h)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
            .filter(|n| !n.is_empty())
    })
    .or_else(|| {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Uid:"))
                    .and_then(|l| l.split_whitespace().next().map(|u| format!("uid {u}")))
            })
    })
    .unwrap_or_else(|| "local account".to_string())
}

/// The clock in UTC, to the second: `2026-12-03T15:04:05Z`.
pub fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_account_name_is_never_empty() {
        let name = super::account_name();
        assert!(!name.trim().is_empty());
        assert_ne!(name, "unknown");
        assert_eq!(super::now_utc().len(), 20);
    }
}
