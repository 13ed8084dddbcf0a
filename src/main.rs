//! Riskdesk's entry point: parse the command line and hand over.

fn main() -> std::process::ExitCode {
    riskdesk::cli::run()
}
