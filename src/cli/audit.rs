//! `riskdesk audit verify | export`: the audit log's hash chain, checked where people
//! look, and the log as CSV. Exit 3 when the chain is not intact or an anchor
//! recorded earlier is not in it.

use std::path::PathBuf;

use super::Failure;
use crate::out_file::{OutFile, Overwrite};
use crate::store::audit::{self, Anchor, ChainCheck};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub(crate) enum Command {
    /// Check the chain: exit 0 and "intact: N entries, head H", or exit 3 naming the
    /// first broken entry. With --head, also check that an anchor recorded earlier is
    /// the hash of an entry of the chain (exit 3 when none is: forged or rolled back).
    Verify {
        /// Portfolio file.
        #[arg(long)]
        db: PathBuf,
        /// A head hash recorded earlier, outside the file.
        #[arg(long)]
        head: Option<String>,
    },
    /// Write the log as CSV (id, at, user, action, subject, detail, reason,
    /// prev_hash, hash), oldest first; the last row's hash is the head.
    Export {
        /// Portfolio file.
        #[arg(long)]
        db: PathBuf,
        /// CSV file to write.
        #[arg(long)]
        out: PathBuf,
        /// Replace --out if it exists (never the portfolio).
        #[arg(long)]
        force: bool,
    },
}

/// Exit code of a chain that is not intact, or of an anchor not found.
const NOT_INTACT: u8 = 3;

/// "intact: 5 entries, head 1f3a…" or the first break, as one line.
pub(crate) fn summary(check: &ChainCheck) -> String {
    match check.broken {
        None => {
            let boundary = check.unprotected_through.map_or(String::new(), |n| {
                format!(
                    " (entries 1–{n} were written before the log was chained and were not protected before the upgrade)"
                )
            });
            format!(
                "intact: {} entries, head {}{boundary}",
                check.entries,
                if check.head.is_empty() {
                    "(empty log)"
                } else {
                    &check.head
                }
            )
        }
        Some(b) => format!("NOT intact: {}", b.describe()),
    }
}

pub(crate) fn run(a: Args) -> Result<(), Failure> {
    match a.command {
        Command::Verify { db, head } => {
            let (_, check) = audit::read(&db)?;
            let line = summary(&check);
            if !check.intact() {
                return Err(Failure {
                    code: NOT_INTACT,
                    message: format!("{}: audit log {line}", db.display()),
                });
            }
            println!("{}: audit log {line}", db.display());
            if let Some(anchor) = head {
                let conn = crate::store::open::read_only(&db)?;
                let found = audit::find_anchor(&conn, &anchor).map_err(|e| {
                    Failure::input(format!("{}: cannot read the audit log: {e}", db.display()))
                })?;
                match found {
                    Anchor::Found { entry, following } => {
                        println!("anchor {anchor} is entry {entry}; {following} entries follow it")
                    }
                    Anchor::Missing => {
                        return Err(Failure {
                            code: NOT_INTACT,
                            message: format!(
                                "{}: no audit entry has the hash {anchor}: the log was rewritten or rolled back since that anchor was recorded",
                                db.display()
                            ),
                        });
                    }
                }
            }
            Ok(())
        }
        Command::Export { db, out, force } => {
            let target = OutFile::create(&out, Overwrite::forced(force), &[&db])?;
            let (list, check) = audit::read(&db)?;
            let fail = |e: csv::Error| {
                Failure::input(format!("{}: cannot be written: {e}", out.display()))
            };
            let mut w = crate::out_file::spreadsheet_csv(target.temp_path()).map_err(fail)?;
            w.write_record([
                "id",
                "at",
                "user",
                "action",
                "subject",
                "detail",
                "reason",
                "prev_hash",
                "hash",
            ])
            .map_err(fail)?;
            for e in &list {
                w.write_record([
                    e.id.to_string().as_str(),
                    &e.at,
                    &e.user,
                    &e.action,
                    &e.subject,
                    &e.detail,
                    &e.reason,
                    &e.prev_hash,
                    &e.hash,
                ])
                .map_err(fail)?;
            }
            w.flush().map_err(|e| {
                Failure::input(format!("{}: cannot be written: {e}", out.display()))
            })?;
            drop(w);
            target.commit()?;
            println!(
                "wrote {} audit entries to {}; audit log {}",
                list.len(),
                out.display(),
                summary(&check)
            );
            Ok(())
        }
    }
}
