//! `riskdesk generate`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use super::Failure;
use crate::format::{duration, thousands};
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

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    if a.applicants == 0 {
        return Err(Failure::input("--applicants must be at least 1"));
    }
    let out = OutFile::create(&a.out, Overwrite::forced(a.force), &[])?;
    let start = Instant::now();
    // On a terminal the share is redrawn in place; in a log (redirected stderr) a
    // line every quarter, with no carriage returns.
    let terminal = std::io::stderr().is_terminal();
    let last_quarter = std::sync::atomic::AtomicU32::new(0);
    let progress = |share: f32| {
        if terminal {
            eprint!("\rgenerating: {:3.0}%", share * 100.0);
            let _ = std::io::stderr().flush();
        } else {
            let quarter = (share * 4.0).floor() as u32;
            if quarter > last_quarter.fetch_max(quarter, std::sync::atomic::Ordering::Relaxed) {
                eprintln!("generating: {:.0}%", f64::from(quarter) * 25.0);
            }
        }
    };
    let s = generator::generate(out, a.applicants, a.seed, &progress)?;
    if terminal {
        eprintln!();
    }
    println!(
        "wrote {}: {} applicants, {} accounts, {} orders, {} month-end rows in {}",
        a.out.display(),
        thousands(s.applicants as f64),
        thousands(s.accounts as f64),
        thousands(s.orders as f64),
        thousands(s.performance_rows as f64),
        duration(start.elapsed())
    );
    Ok(())
}
