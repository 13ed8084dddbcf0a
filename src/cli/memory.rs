//! The process's peak resident memory, for `bench` (Linux's /proc; elsewhere NaN).

/// Peak resident memory of this process (Linux), in MB.
pub(crate) fn peak_memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Starts the peak resident memory afresh (Linux: `/proc/self/clear_refs`), so that
/// what follows is measured on its own. Elsewhere the peak carries on.
pub(crate) fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
