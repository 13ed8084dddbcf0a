//! The Watchlist tab's export: its rows as CSV beside the portfolio, under a new
//! name (ids only, no personal data).

use super::RiskdeskApp;
use crate::i18n::{self, Arg};
use crate::out_file::{OutFile, Overwrite};
use crate::ui::dialogs;
use crate::ui::status::Status;
use crate::workbench::watchlist_csv;

impl RiskdeskApp {
    pub(super) fn export_watchlist(&mut self) {
        let lang = self.language();
        let Some(d) = &self.data else {
            self.status = Status::error(i18n::text(lang, "status-nothing-to-export"));
            return;
        };
        let path = dialogs::beside(&d.path, "watchlist", &d.portfolio.as_of, "csv");
        let out = match OutFile::create(&path, Overwrite::Refuse, &[d.path.as_path()]) {
            Ok(out) => out,
            Err(e) => {
                self.status = Status::error(e.message(lang));
                return;
            }
        };
        let written = watchlist_csv::write(
            &d.portfolio,
            &d.watchlist,
            &self.watch.rows,
            out.temp_path(),
        );
        self.status = match written.map(|()| out.commit()) {
            Ok(Ok(())) => Status::info(i18n::text_with(
                lang,
                "watchlist-exported",
                &[
                    ("n", Arg::Number(self.watch.rows.len() as f64)),
                    ("path", Arg::Text(&path.display().to_string())),
                ],
            )),
            Ok(Err(e)) => Status::error(e.message(lang)),
            Err(e) => Status::error(i18n::text_with(
                lang,
                "watchlist-not-exported",
                &[("detail", Arg::Text(&e.to_string()))],
            )),
        };
    }
}
