//! The command line: parses arguments and hands over to a command. Exit codes:
//! 0 success, 2 a problem with the input (a bad file, a bad argument), 1 anything else.

mod audit;
mod bench;
mod compliance;
mod decisions;
mod generate;
mod help_text;
mod hot_paths;
mod import;
mod import_bench;
mod json;
mod memory;
mod register;
mod report;
mod scorecard;
pub mod screenshot;
mod stress;
mod watchlist;

pub use report::text_report_of_champion as text_report_for;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};

use crate::i18n::Language;

/// Riskdesk: a desktop workbench for consumer-credit risk officers.
#[derive(Debug, Parser)]
#[command(name = "riskdesk", version, about, long_about = None)]
pub(crate) struct Cli {
    /// Portfolio file to open in the workbench. Without it: ./sample.db when the
    /// current folder has one, else the last file opened (if it still exists), else
    /// none (File > Open).
    #[arg(long, global = false, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Compliance rules (JSON) for the window's Compliance tab; without it the
    /// built-in rules (`riskdesk compliance --print-rules`).
    #[arg(long, global = false, value_name = "RULES")]
    pub rules: Option<PathBuf>,
    /// Language of the window and of text for people: en or zh-CN (default: the
    /// system's locale, LC_ALL, then LC_MESSAGES, then LANG). JSON keys, CSV headers
    /// and file formats stay English.
    /// `screenshot` also takes `all`: every view in both languages.
    #[arg(long, global = true, value_parser = ["en", "zh-CN", "all"])]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Write a deterministic sample portfolio.
    Generate(generate::Args),
    /// Print a policy's figures over a portfolio, in total and by score band.
    Report(report::Args),
    /// Write every applicant's decision under a policy with its principal reasons (CSV, no personal data).
    Decisions(decisions::Args),
    /// Check the policy in force (and a challenger) and the book against the compliance rules; fair-lending table.
    Compliance(compliance::Args),
    /// The early-warning watchlist of booked accounts: signals, chance of 90+ in 3 and 6 months, action.
    Watchlist(watchlist::Args),
    /// The risk register: ratings before and after controls, target, linked indicators, what is overdue.
    Register(register::Args),
    /// A scenario applied to the policy in force (and a challenger): approvals, EL, capital and ECL, base against stressed.
    Stress(stress::Args),
    /// Basel IRB capital of the approvals and of the booked book, base against a scenario.
    Capital(stress::Args),
    /// IFRS 9 expected credit loss of the booked book by stage, under a scenario and probability-weighted.
    Ecl(stress::Args),
    /// Render a view of the workbench to a PNG, without a display.
    Screenshot(screenshot::Args),
    /// Fit, apply and check scorecards on any CSV data set.
    Scorecard(scorecard::Args),
    /// Import a lender's CSV extract under an import map as a new portfolio (or --check it: nothing is written).
    Import(import::Args),
    /// Check the audit log's hash chain, or export the log as CSV.
    Audit(audit::Args),
    /// Measure the hot paths on a large generated portfolio (medians).
    Bench(bench::Args),
}

/// An error for the user: the message and the exit code.
#[derive(Debug)]
pub(crate) struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// A problem with the user's input (exit code 2).
    pub(crate) fn input(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
        }
    }
}

/// A file error as an input failure (exit code 2) in the user's language:
/// `store::open(&db).or_input(lang)?`. (The `From` impls below say it in English.)
pub(crate) trait OrInput<T> {
    fn or_input(self, lang: Language) -> Result<T, Failure>;
}

impl<T> OrInput<T> for Result<T, crate::out_file::OutError> {
    fn or_input(self, lang: Language) -> Result<T, Failure> {
        self.map_err(|e| Failure::input(e.message(lang)))
    }
}

impl<T> OrInput<T> for Result<T, crate::store::StoreError> {
    fn or_input(self, lang: Language) -> Result<T, Failure> {
        self.map_err(|e| Failure::input(e.message(lang)))
    }
}

/// An input failure about a file: the message `key` in `lang`, with `path` and
/// `detail` (an English detail from a library).
pub(crate) fn file_failure(
    lang: Language,
    key: &str,
    path: &std::path::Path,
    detail: impl std::fmt::Display,
) -> Failure {
    Failure::input(crate::i18n::text_with(
        lang,
        key,
        &[
            ("path", crate::i18n::Arg::Text(&path.display().to_string())),
            ("detail", crate::i18n::Arg::Text(&detail.to_string())),
        ],
    ))
}

/// "cannot write JSON: …" in `lang`.
pub(crate) fn json_failure(e: serde_json::Error, lang: Language) -> Failure {
    Failure::input(crate::i18n::text_with(
        lang,
        "cli-cannot-write-json",
        &[("detail", crate::i18n::Arg::Text(&e.to_string()))],
    ))
}

impl From<crate::out_file::OutError> for Failure {
    fn from(e: crate::out_file::OutError) -> Self {
        Failure::input(e.to_string())
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Self {
        Failure::input(e.to_string())
    }
}

/// Gives the graphics stack a private runtime folder when the environment has none
/// (a CI runner, a container, `su`): without it wgpu's Wayland probe prints
/// "error: XDG_RUNTIME_DIR is invalid or not set" on every window and screenshot.
fn ensure_runtime_dir() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let valid =
            std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| std::path::Path::new(&d).is_dir());
        if valid {
            return;
        }
        // One folder per account, reused by every run (not one per process).
        let account: String = crate::store::who::account_name()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let dir = std::env::temp_dir().join(format!("riskdesk-runtime-{account}"));
        let made = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)));
        if made.is_ok() {
            // SAFETY: called first thing in `run`, before any thread is started, so no
            // other thread reads the environment while it changes.
            unsafe { std::env::set_var("XDG_RUNTIME_DIR", &dir) };
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    ensure_runtime_dir();
    // Parsed with the help in the language asked for (or the locale's).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = help_text::command(help_text::language(&args))
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let lang = cli
        .lang
        .as_deref()
        .and_then(crate::i18n::Language::parse)
        .unwrap_or_else(crate::i18n::Language::from_env);
    let every_language = cli.lang.as_deref() == Some("all");
    if every_language && !matches!(cli.command, Some(Command::Screenshot(_))) {
        eprintln!("riskdesk: {}", crate::i18n::text(lang, "cli-lang-all"));
        return ExitCode::from(2);
    }
    let result = match cli.command {
        Some(Command::Generate(a)) => generate::run(a, lang),
        Some(Command::Report(a)) => report::run(a, lang),
        Some(Command::Decisions(a)) => decisions::run(a, lang),
        Some(Command::Compliance(a)) => compliance::run(a, lang),
        Some(Command::Watchlist(a)) => watchlist::run(a, lang),
        Some(Command::Register(a)) => register::run(a, lang),
        Some(Command::Stress(a)) => stress::run(stress::Which::Stress, a, lang),
        Some(Command::Capital(a)) => stress::run(stress::Which::Capital, a, lang),
        Some(Command::Ecl(a)) => stress::run(stress::Which::Ecl, a, lang),
        Some(Command::Bench(a)) => bench::run(a, lang),
        Some(Command::Audit(a)) => audit::run(a, lang),
        Some(Command::Import(a)) => import::run(a, lang),
        Some(Command::Screenshot(a)) => screenshot::run(a, lang, cli.lang.as_deref()),
        Some(Command::Scorecard(a)) => scorecard::run(a, lang),
        None => match crate::workbench::compliance::RulesFile::built_in_or(cli.rules.as_deref()) {
            // A bad rules file is said before any window opens.
            Err(e) => {
                let (key, detail) = e.parts();
                let path = cli.rules.as_deref().unwrap_or(std::path::Path::new(""));
                Err(file_failure(lang, key, path, detail))
            }
            Ok(rules) => crate::ui::run_window(
                cli.db,
                cli.lang.as_deref().and_then(crate::i18n::Language::parse),
                cli.rules.is_some().then_some(rules),
            )
            .map_err(|m| Failure {
                code: 1,
                message: m,
            }),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("riskdesk: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}
