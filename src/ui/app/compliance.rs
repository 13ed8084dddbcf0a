//! The Compliance tab's commands: the Applicants table limited to a check's
//! breaches, and the access log's export.

use super::RiskdeskApp;
use crate::format::thousands;
use crate::i18n::{self, Arg};
use crate::out_file::Overwrite;
use crate::ui::dialogs;
use crate::ui::status::Status;

impl RiskdeskApp {
    /// Writes the personal-data access log (filtered by `filter`) beside the
    /// portfolio under a new name: ids and purposes, no names.
    pub(super) fn export_access_log(&mut self, filter: &str) {
        let lang = self.language();
        let t = |id: &str| i18n::text(lang, id);
        let Some(d) = &self.data else {
            self.status = Status::error(t("status-nothing-to-export"));
            return;
        };
        let path = dialogs::beside(&d.path, "access-log", &d.portfolio.as_of, "csv");
        self.status =
            match crate::out_file::OutFile::create(&path, Overwrite::Refuse, &[d.path.as_path()]) {
                Ok(out) => match crate::workbench::compliance::access_log_csv(
                    &d.audit,
                    filter,
                    out.temp_path(),
                ) {
                    Ok(n) => match out.commit() {
                        Ok(()) => Status::info(i18n::text_with(
                            lang,
                            "compliance-access-exported",
                            &[
                                ("n", Arg::Number(n as f64)),
                                ("path", Arg::Text(&path.display().to_string())),
                            ],
                        )),
                        Err(e) => Status::error(e.message(lang)),
                    },
                    Err(e) => Status::error(i18n::text_with(
                        lang,
                        "compliance-access-not-exported",
                        &[("detail", Arg::Text(&e.to_string()))],
                    )),
                },
                Err(e) => Status::error(e.message(lang)),
            };
    }

    /// Limits the Applicants table to the applicants the policy `under` approves in
    /// breach of `check`, with a label saying so.
    pub(super) fn limit_to_breaches(
        &mut self,
        check: crate::domain::compliance::checks::Check,
        under: crate::workbench::DecisionsUnder,
    ) {
        let lang = self.language();
        let Some(d) = &self.data else {
            return;
        };
        let policy = d.policy_under(under);
        let ids = d.compliance.breaching_ids(policy, &d.portfolio, check);
        let mut rows: Vec<u32> = ids
            .iter()
            .filter_map(|id| d.portfolio.row_of_id(*id))
            .map(|r| r as u32)
            .collect();
        rows.sort_unstable();
        let rule = d
            .compliance
            .champion
            .rules
            .iter()
            .find(|r| r.check == Some(check))
            .map(|r| {
                format!(
                    "{} {}",
                    r.id,
                    crate::workbench::compliance_words::rule_label(lang, r)
                )
            })
            .unwrap_or_default();
        let label = i18n::text_with(
            lang,
            "compliance-only-label",
            &[
                ("n", Arg::Number(rows.len() as f64)),
                ("count", Arg::Text(&thousands(rows.len() as f64))),
                ("rule", Arg::Text(&rule)),
                ("policy", Arg::Text(&d.policy_label(lang, policy))),
            ],
        );
        self.table.query = crate::domain::evaluation::table_query::TableQuery {
            only: Some(crate::domain::evaluation::table_query::OnlyRows {
                rows: std::sync::Arc::new(rows),
                label,
            }),
            sort: self.table.query.sort,
            descending: self.table.query.descending,
            names_revealed: self.table.query.names_revealed,
            ..Default::default()
        };
        self.table.only_breaches = Some((check, under));
    }
}
