//! `riskdesk generate`.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use super::Failure;
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
    let progress = |share: f32| {
        eprint!("\rgenerating: {:3.0}%", share * 100.0);
        let _ = std::io::stderr().flush();
    };
    let s = generator::generate(out, a.applicants, a.seed, &progress)?;
    eprintln!();
    println!(
        "wrote {}: {} applicants, {} accounts, {} orders, {} month-end rows in {:.1} s",
        a.out.display(),
        s.applicants,
        s.accounts,
        s.orders,
        s.performance_rows,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
