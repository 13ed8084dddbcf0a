//! Riskdesk's entry point: parse the command line and hand over.

fn main() -> std::process::ExitCode {
    #[cfg(unix)]
    // SAFETY: called first, before any thread exists; SIG_DFL is a valid disposition.
    // A closed pipe (`riskdesk report | head`) then ends the process as it does any
    // Unix tool, instead of a panic in `print!`.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    riskdesk::cli::run()
}
