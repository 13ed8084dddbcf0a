//! `--help` in the user's language: clap's derive gives the English text (the doc
//! comments); in another language the command's and subcommands' `about` and their
//! arguments' `help` are replaced with `help-*` messages of cli.ftl before parsing.
//! Clap's own words ("Usage:", "Options:", "Print help", its error messages) stay
//! English.

use std::ffi::OsString;

use clap::{Command, CommandFactory};

use super::Cli;
use crate::i18n::{self, Language};

/// The language of `--help` and of clap's parse: `--lang X` or `--lang=X` among the
/// arguments (before a `--`), else the system's locale (as `run` decides after
/// parsing; `--lang all` counts as no choice).
pub(crate) fn language(args: &[OsString]) -> Language {
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = rest.next() {
        let value = match arg.as_ref() {
            "--" => break,
            "--lang" => rest.next().map(|v| v.into_owned()),
            other => other.strip_prefix("--lang=").map(str::to_string),
        };
        if let Some(lang) = value.as_deref().and_then(Language::parse) {
            return lang;
        }
    }
    Language::from_env()
}

/// The command line's definition with its help in `lang` (English: as derived).
pub(crate) fn command(lang: Language) -> Command {
    let mut cmd = Cli::command();
    if lang == Language::En {
        return cmd;
    }
    for &(path, key) in ABOUT {
        let about = i18n::text(lang, key);
        cmd = at(cmd, &words(path), &move |c| {
            c.about(about.clone()).long_about(None)
        });
    }
    for &(path, arg, key) in ARGS {
        let help = i18n::text(lang, key);
        cmd = at(cmd, &words(path), &move |c| {
            if c.get_arguments().any(|a| a.get_id() == arg) {
                c.mut_arg(arg, |a| a.help(help.clone()).long_help(None))
            } else {
                c
            }
        });
    }
    cmd
}

fn words(path: &str) -> Vec<&str> {
    path.split_whitespace().collect()
}

/// `f` applied to the subcommand at `path` of `cmd` (`cmd` itself for an empty path).
fn at(cmd: Command, path: &[&str], f: &dyn Fn(Command) -> Command) -> Command {
    match path.split_first() {
        None => f(cmd),
        Some((first, rest)) => {
            if cmd.find_subcommand(first).is_some() {
                cmd.mut_subcommand(*first, |sub| at(sub, rest, f))
            } else {
                cmd
            }
        }
    }
}

/// Each command's about text: command path ("" for riskdesk itself), message key.
const ABOUT: &[(&str, &str)] = &[
    ("", "help-riskdesk"),
    ("generate", "help-generate"),
    ("report", "help-report"),
    ("decisions", "help-decisions"),
    ("compliance", "help-compliance"),
    ("watchlist", "help-watchlist"),
    ("register", "help-register"),
    ("stress", "help-stress"),
    ("capital", "help-capital"),
    ("ecl", "help-ecl"),
    ("screenshot", "help-screenshot"),
    ("scorecard", "help-scorecard"),
    ("scorecard fit", "help-scorecard-fit"),
    ("scorecard apply", "help-scorecard-apply"),
    ("scorecard report", "help-scorecard-report"),
    ("scorecard install", "help-scorecard-install"),
    ("audit", "help-audit"),
    ("audit verify", "help-audit-verify"),
    ("audit export", "help-audit-export"),
    ("bench", "help-bench"),
    ("import", "help-import"),
];

/// Each argument's help: command path, argument id, message key (arguments that
/// several commands share by `flatten` share a key).
const ARGS: &[(&str, &str, &str)] = &[
    ("", "db", "help-riskdesk-db"),
    ("", "lang", "help-riskdesk-lang"),
    ("", "rules", "help-riskdesk-rules"),
    ("import", "map", "help-import-map"),
    ("import", "check", "help-import-check"),
    ("import", "out", "help-import-out"),
    ("import", "force", "help-import-force"),
    ("import", "reason", "help-import-reason"),
    ("scorecard install", "db", "help-scorecard-install-db"),
    ("scorecard install", "card", "help-scorecard-install-card"),
    (
        "scorecard install",
        "reason",
        "help-scorecard-install-reason",
    ),
    ("generate", "applicants", "help-generate-applicants"),
    ("generate", "seed", "help-generate-seed"),
    ("generate", "out", "help-generate-out"),
    ("generate", "force", "help-generate-force"),
    ("report", "db", "help-db"),
    ("decisions", "db", "help-db"),
    ("decisions", "policy", "help-report-policy"),
    ("decisions", "out", "help-decisions-out"),
    ("decisions", "force", "help-decisions-force"),
    ("compliance", "db", "help-db"),
    ("watchlist", "db", "help-db"),
    ("watchlist", "out", "help-watchlist-out"),
    ("watchlist", "force", "help-watchlist-force"),
    ("watchlist", "json", "help-watchlist-json"),
    ("stress", "db", "help-db"),
    ("stress", "policy", "help-stress-policy"),
    ("stress", "scenario", "help-stress-scenario"),
    ("stress", "preset", "help-stress-preset"),
    ("stress", "saved", "help-stress-saved"),
    ("stress", "correlation", "help-stress-correlation"),
    ("stress", "pd_floor", "help-stress-pd-floor"),
    ("stress", "capital_ratio", "help-stress-capital-ratio"),
    ("stress", "json", "help-stress-json"),
    ("stress", "reverse_el", "help-stress-reverse-el"),
    ("stress", "reverse_capital", "help-stress-reverse-capital"),
    ("stress", "lever", "help-stress-lever"),
    ("capital", "db", "help-db"),
    ("capital", "policy", "help-stress-policy"),
    ("capital", "scenario", "help-stress-scenario"),
    ("capital", "preset", "help-stress-preset"),
    ("capital", "saved", "help-stress-saved"),
    ("capital", "correlation", "help-stress-correlation"),
    ("capital", "pd_floor", "help-stress-pd-floor"),
    ("capital", "capital_ratio", "help-stress-capital-ratio"),
    ("capital", "json", "help-stress-json"),
    ("capital", "reverse_el", "help-stress-reverse-el"),
    ("capital", "reverse_capital", "help-stress-reverse-capital"),
    ("capital", "lever", "help-stress-lever"),
    ("ecl", "db", "help-db"),
    ("ecl", "policy", "help-stress-policy"),
    ("ecl", "scenario", "help-stress-scenario"),
    ("ecl", "preset", "help-stress-preset"),
    ("ecl", "saved", "help-stress-saved"),
    ("ecl", "correlation", "help-stress-correlation"),
    ("ecl", "pd_floor", "help-stress-pd-floor"),
    ("ecl", "capital_ratio", "help-stress-capital-ratio"),
    ("ecl", "json", "help-stress-json"),
    ("ecl", "reverse_el", "help-stress-reverse-el"),
    ("ecl", "reverse_capital", "help-stress-reverse-capital"),
    ("ecl", "lever", "help-stress-lever"),
    ("register", "db", "help-db"),
    ("register", "json", "help-register-json"),
    ("register", "out", "help-register-out"),
    ("register", "force", "help-watchlist-force"),
    ("compliance", "policy", "help-compliance-policy"),
    ("compliance", "rules", "help-compliance-rules"),
    ("compliance", "json", "help-compliance-json"),
    ("compliance", "strict", "help-compliance-strict"),
    ("compliance", "print_rules", "help-compliance-print-rules"),
    ("compliance", "group_by", "help-compliance-group-by"),
    ("report", "policy", "help-report-policy"),
    ("report", "json", "help-report-json"),
    ("screenshot", "view", "help-screenshot-view"),
    ("screenshot", "out", "help-screenshot-out"),
    ("screenshot", "all", "help-screenshot-all"),
    ("screenshot", "out_dir", "help-screenshot-out-dir"),
    ("screenshot", "force", "help-screenshot-force"),
    ("screenshot", "db", "help-db"),
    ("screenshot", "applicant", "help-screenshot-applicant"),
    ("screenshot", "policy", "help-screenshot-policy"),
    ("screenshot", "size", "help-screenshot-size"),
    ("screenshot", "theme", "help-screenshot-theme"),
    ("screenshot", "scale", "help-screenshot-scale"),
    ("scorecard fit", "csv", "help-outcome-csv"),
    ("scorecard fit", "db", "help-outcome-db"),
    ("scorecard fit", "target", "help-outcome-target"),
    ("scorecard fit", "bad", "help-outcome-bad"),
    ("scorecard fit", "good", "help-outcome-good"),
    ("scorecard fit", "exclude", "help-fit-exclude"),
    (
        "scorecard fit",
        "characteristics",
        "help-fit-characteristics",
    ),
    ("scorecard fit", "monotonic", "help-fit-monotonic"),
    ("scorecard fit", "max_bins", "help-fit-max-bins"),
    ("scorecard fit", "min_bin_share", "help-fit-min-bin-share"),
    ("scorecard fit", "min_outcomes", "help-fit-min-outcomes"),
    ("scorecard fit", "fine_bins", "help-fit-fine-bins"),
    ("scorecard fit", "bin_penalty", "help-fit-bin-penalty"),
    ("scorecard fit", "min_iv", "help-fit-min-iv"),
    (
        "scorecard fit",
        "drop_wrong_sign",
        "help-fit-drop-wrong-sign",
    ),
    ("scorecard fit", "ridge", "help-fit-ridge"),
    ("scorecard fit", "coding", "help-fit-coding"),
    ("scorecard fit", "base_score", "help-fit-base-score"),
    ("scorecard fit", "base_odds", "help-fit-base-odds"),
    ("scorecard fit", "pdo", "help-fit-pdo"),
    ("scorecard fit", "wording", "help-fit-wording"),
    ("scorecard fit", "bins_from", "help-fit-bins-from"),
    ("scorecard fit", "keep_bins", "help-fit-keep-bins"),
    ("scorecard fit", "name", "help-fit-name"),
    ("scorecard fit", "out", "help-fit-out"),
    ("scorecard fit", "allow_personal", "help-fit-allow-personal"),
    ("scorecard fit", "force", "help-fit-force"),
    ("scorecard fit", "categorical", "help-csv-categorical"),
    ("scorecard fit", "numeric", "help-csv-numeric"),
    ("scorecard fit", "na", "help-csv-na"),
    ("scorecard apply", "card", "help-apply-card"),
    ("scorecard apply", "csv", "help-apply-csv"),
    ("scorecard apply", "out", "help-apply-out"),
    ("scorecard apply", "force", "help-fit-force"),
    ("scorecard apply", "id", "help-apply-id"),
    ("scorecard apply", "categorical", "help-csv-categorical"),
    ("scorecard apply", "numeric", "help-csv-numeric"),
    ("scorecard apply", "na", "help-csv-na"),
    ("scorecard report", "card", "help-screport-card"),
    ("scorecard report", "csv", "help-outcome-csv"),
    ("scorecard report", "db", "help-outcome-db"),
    ("scorecard report", "target", "help-outcome-target"),
    ("scorecard report", "bad", "help-outcome-bad"),
    ("scorecard report", "good", "help-outcome-good"),
    ("scorecard report", "bands", "help-screport-bands"),
    ("scorecard report", "json", "help-screport-json"),
    ("scorecard report", "categorical", "help-csv-categorical"),
    ("scorecard report", "numeric", "help-csv-numeric"),
    ("scorecard report", "na", "help-csv-na"),
    ("audit verify", "db", "help-db"),
    ("audit verify", "head", "help-audit-head"),
    ("audit export", "db", "help-db"),
    ("audit export", "out", "help-audit-out"),
    ("audit export", "force", "help-audit-force"),
    ("bench", "applicants", "help-bench-applicants"),
    ("bench", "seed", "help-bench-seed"),
    ("bench", "json", "help-bench-json"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every argument with help, as (path, argument or "", text).
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(String, String, String)>) {
        if let Some(about) = cmd.get_about() {
            out.push((path.to_string(), String::new(), about.to_string()));
        }
        for a in cmd.get_arguments() {
            if a.is_global_set() && !path.is_empty() {
                continue;
            }
            if let Some(help) = a.get_help() {
                let id = a.get_id().to_string();
                if id != "help" && id != "version" {
                    out.push((path.to_string(), id, help.to_string()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            let p = format!("{path} {}", sub.get_name()).trim().to_string();
            texts(sub, &p, out);
        }
    }

    fn key_of(path: &str, arg: &str) -> Option<&'static str> {
        if arg.is_empty() {
            ABOUT.iter().find(|a| a.0 == path).map(|a| a.1)
        } else {
            ARGS.iter().find(|a| a.0 == path && a.1 == arg).map(|a| a.2)
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut english = Vec::new();
        texts(&Cli::command(), "", &mut english);
        assert!(english.len() > 70, "{}", english.len());
        let mut problems = Vec::new();
        for (path, arg, text) in &english {
            match key_of(path, arg) {
                None => problems.push(format!("no key for {path:?} {arg:?}: {text}")),
                // The English message is clap's own text (the doc comment).
                Some(key) => {
                    let en = i18n::text(Language::En, key);
                    if en != *text {
                        problems.push(format!("{key} = {text}\n   (en.ftl: {en})"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // In Chinese every one of them is replaced.
        let mut chinese = Vec::new();
        texts(&command(Language::ZhCn), "", &mut chinese);
        assert_eq!(chinese.len(), english.len());
        for ((path, arg, en), (_, _, zh)) in english.iter().zip(&chinese) {
            assert_ne!(en, zh, "{path} {arg}");
        }
        // Every entry of the tables names a command and argument that exist.
        for (path, arg, key) in ARGS {
            assert_eq!(key_of(path, arg), Some(*key));
            assert!(
                english.iter().any(|(p, a, _)| p == path && a == arg),
                "{path} {arg}"
            );
        }
    }

    #[test]
    fn the_language_comes_from_the_arguments_before_the_locale() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        assert_eq!(
            language(&args(&["riskdesk", "--help", "--lang", "zh-CN"])),
            Language::ZhCn
        );
        assert_eq!(
            language(&args(&["riskdesk", "--lang=zh-CN", "report", "--help"])),
            Language::ZhCn
        );
        assert_eq!(
            language(&args(&["riskdesk", "--lang", "en", "--help"])),
            Language::En
        );
    }
}
