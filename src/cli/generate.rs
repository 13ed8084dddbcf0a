//! `riskdesk generate`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use super::{Failure, OrInput};
use crate::format::{duration, thousands};
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store::generator::{self, SAMPLE_APPLICANTS, SAMPLE_SEED};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Number of applicants.
    #[arg(long, default_value_t = SAMPLE_APPLICANTS)]
    pub applicants: usize,
    /// Seed: the same count and seed give the same contents.
    #[arg(long, default_value_t = SAMPLE_SEED)]
    pub seed: u64,
    /// File to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Replace --out if it exists (see the README's rule for files written).
    #[arg(long)]
    pub force: bool,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    if a.applicants == 0 {
        return Err(Failure::input(i18n::text(lang, "cli-applicants-min")));
    }
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &[]).or_input(lang)?;
    let said = |percent: String| {
        i18n::text_with(
            lang,
            "generate-progress",
            &[("percent", Arg::Text(&percent))],
        )
    };
    let start = Instant::now();
    // On a terminal the share is redrawn in place; in a log (redirected stderr) a
    // line every quarter, with no carriage returns.
    let terminal = std::io::stderr().is_terminal();
    let last_quarter = std::sync::atomic::AtomicU32::new(0);
    let progress = |share: f32| {
        if terminal {
            eprint!("\r{}", said(format!("{:3.0}", share * 100.0)));
            let _ = std::io::stderr().flush();
        } else {
            let quarter = (share * 4.0).floor() as u32;
            if quarter > last_quarter.fetch_max(quarter, std::sync::atomic::Ordering::Relaxed) {
                eprintln!("{}", said(format!("{:.0}", f64::from(quarter) * 25.0)));
            }
        }
    };
    let s = generator::generate(out, a.applicants, a.seed, &progress).or_input(lang)?;
    if terminal {
        eprintln!();
    }
    let n = |x: u64| thousands(x as f64);
    println!(
        "{}",
        i18n::text_with(
            lang,
            "generate-wrote",
            &[
                ("path", Arg::Text(&a.out.display().to_string())),
                ("applicants", Arg::Text(&n(s.applicants))),
                ("accounts", Arg::Text(&n(s.accounts))),
                ("orders", Arg::Text(&n(s.orders))),
                ("rows", Arg::Text(&n(s.performance_rows))),
                ("duration", Arg::Text(&duration(start.elapsed()))),
            ],
        )
    );
    Ok(())
}
