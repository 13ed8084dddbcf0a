//! `riskdesk audit verify | export`: the audit log's hash chain, checked where people
//! look, and the log as CSV. Exit 3 when the chain is not intact or an anchor
//! recorded earlier is not in it.

use std::path::PathBuf;

use super::{Failure, OrInput};
use crate::i18n::{self, Arg, Language};
use crate::out_file::{OutFile, Overwrite};
use crate::store::audit::{self, Anchor, Break, ChainCheck};

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

/// "intact: 5 entries, head 1f3a…" or the first break, as one line, in `lang`.
pub(crate) fn summary(check: &ChainCheck, lang: Language) -> String {
    let Some(b) = check.broken else {
        let entries = check.entries.to_string();
        let head = if check.head.is_empty() {
            i18n::text(lang, "audit-empty-log")
        } else {
            check.head.clone()
        };
        let last = check.unprotected_through.map(|n| n.to_string());
        let mut args = vec![("entries", Arg::Text(&entries)), ("head", Arg::Text(&head))];
        let key = match &last {
            Some(n) => {
                args.push(("last", Arg::Text(n)));
                "audit-intact-unprotected"
            }
            None => "audit-intact",
        };
        return i18n::text_with(lang, key, &args);
    };
    let detail = describe(b, lang);
    i18n::text_with(lang, "audit-not-intact", &[("detail", Arg::Text(&detail))])
}

/// Where and how the chain breaks, in `lang`.
fn describe(b: Break, lang: Language) -> String {
    crate::workbench::words::audit_break(lang, b)
}

/// "DB: audit log SUMMARY".
fn log_line(db: &std::path::Path, check: &ChainCheck, lang: Language) -> String {
    i18n::text_with(
        lang,
        "audit-log",
        &[
            ("path", Arg::Text(&db.display().to_string())),
            ("summary", Arg::Text(&summary(check, lang))),
        ],
    )
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    match a.command {
        Command::Verify { db, head } => {
            let (_, check) = audit::read(&db).or_input(lang)?;
            let line = log_line(&db, &check, lang);
            if !check.intact() {
                return Err(Failure {
                    code: NOT_INTACT,
                    message: line,
                });
            }
            println!("{line}");
            if let Some(anchor) = head {
                let path = db.display().to_string();
                let conn = crate::store::open::read_only(&db).or_input(lang)?;
                let found = audit::find_anchor(&conn, &anchor).map_err(|e| {
                    Failure::input(i18n::text_with(
                        lang,
                        "audit-cannot-read",
                        &[
                            ("path", Arg::Text(&path)),
                            ("detail", Arg::Text(&e.to_string())),
                        ],
                    ))
                })?;
                match found {
                    Anchor::Found { entry, following } => println!(
                        "{}",
                        i18n::text_with(
                            lang,
                            "audit-anchor-found",
                            &[
                                ("anchor", Arg::Text(&anchor)),
                                ("entry", Arg::Text(&entry.to_string())),
                                ("following", Arg::Text(&following.to_string())),
                            ],
                        )
                    ),
                    Anchor::Missing => {
                        return Err(Failure {
                            code: NOT_INTACT,
                            message: i18n::text_with(
                                lang,
                                "audit-anchor-missing",
                                &[("path", Arg::Text(&path)), ("anchor", Arg::Text(&anchor))],
                            ),
                        });
                    }
                }
            }
            Ok(())
        }
        Command::Export { db, out, force } => {
            let target = OutFile::create(&out, Overwrite::forced(force), &[&db]).or_input(lang)?;
            let (list, check) = audit::read(&db).or_input(lang)?;
            let path = out.display().to_string();
            let fail = |e: &dyn std::fmt::Display| {
                Failure::input(i18n::text_with(
                    lang,
                    "cli-cannot-write",
                    &[
                        ("path", Arg::Text(&path)),
                        ("detail", Arg::Text(&e.to_string())),
                    ],
                ))
            };
            let mut w =
                crate::out_file::spreadsheet_csv(target.temp_path()).map_err(|e| fail(&e))?;
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
            .map_err(|e| fail(&e))?;
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
                .map_err(|e| fail(&e))?;
            }
            w.flush().map_err(|e| fail(&e))?;
            drop(w);
            target.commit().or_input(lang)?;
            println!(
                "{}",
                i18n::text_with(
                    lang,
                    "audit-exported",
                    &[
                        ("entries", Arg::Text(&list.len().to_string())),
                        ("path", Arg::Text(&path)),
                        ("summary", Arg::Text(&summary(&check, lang))),
                    ],
                )
            );
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::audit::BreakKind;

    #[test]
    fn breaks_read_in_english_as_the_store_describes_them() {
        for how in [
            BreakKind::Edited,
            BreakKind::Deleted,
            BreakKind::Reordered,
            BreakKind::NewestDeleted,
        ] {
            let b = Break { entry: 7, how };
            assert_eq!(describe(b, Language::En), b.describe());
            assert!(describe(b, Language::ZhCn).contains("审计记录"));
        }
        let check = ChainCheck {
            entries: 3,
            head: String::new(),
            broken: None,
            unprotected_through: Some(2),
        };
        assert_eq!(
            summary(&check, Language::En),
            "intact: 3 entries, head (empty log) (entries 1–2 were written before the log \
             was chained and were not protected before the upgrade)"
        );
        assert_eq!(
            summary(&check, Language::ZhCn),
            "完整：共 3 条记录，链头 （空日志）（第 1–2 条记录写于日志建立哈希链之前，升级前未受保护）"
        );
    }
}
