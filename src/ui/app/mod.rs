//! The application: state, the frame layout (menu, tabs, status bar, the current
//! view) and the one place where commands change the state.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

mod commands;
mod compliance;
mod file_dialogs;
mod import;
mod register;
mod watchlist;

use super::command::{AfterDiscard, Command, Tab};
use super::dialogs::{self, Pending, Picker};
use super::import_wizard::ImportWizard;
use super::jobs::{Job, Poll};
pub use super::settings::Settings;
use super::settings::{ZOOM_RANGE, startup_file};
use super::status::Status;
use super::table_state::TableState;
use super::theme;
use super::views::{self, ViewCtx, policy_lab::LabForm};
use crate::domain::policy::Policy;
use crate::format::file_name;
use crate::i18n::{self, Arg, Language};
use crate::workbench::{Workbench, WorkbenchError};

struct Load {
    path: PathBuf,
    job: Job<Result<Workbench, WorkbenchError>>,
}

pub struct RiskdeskApp {
    pub settings: Settings,
    data: Option<Workbench>,
    load: Option<Load>,
    status: Status,
    pub table: TableState,
    pub watch: crate::ui::watch_table::WatchTable,
    pub reg: crate::ui::register_state::RegisterUi,
    pub form: LabForm,
    /// Messages from callbacks that run outside a frame (a saved screenshot).
    inbox: Arc<Mutex<Vec<Status>>>,
    /// The theme and fonts applied to the context (`None`: not yet).
    applied_dark: Option<bool>,
    /// The context of the last frame, for jobs started by commands.
    ctx: Option<egui::Context>,
    /// The file dialog being shown (on its own thread), and how dialogs are shown.
    dialog: Option<Pending>,
    picker: Picker,
    /// The purpose being typed for an export with names (`Some`: its dialog is open).
    personal_export: Option<String>,
    /// The purpose of the export with names whose file dialog is open.
    export_purpose: Option<String>,
    /// File > Import CSV… (`Some`: the wizard is open).
    import: Option<ImportWizard>,
    /// The path being typed in "Open by path" (`Some`: its prompt is open).
    open_path: Option<String>,
    /// What waits for an answer about the unsaved challenger (`Some`: asked).
    pending_discard: Option<AfterDiscard>,
    /// The user agreed to quit without the challenger: the close goes through.
    quit_confirmed: bool,
    /// The system's language, used until one is chosen (English for tests and
    /// screenshots, which pin theirs).
    system_language: Language,
    /// The compliance rules of `--rules` (`None`: the built-in ones), for every
    /// portfolio opened.
    rules: Option<crate::workbench::compliance::RulesFile>,
}

impl RiskdeskApp {
    fn empty(settings: Settings) -> Self {
        Self {
            settings,
            data: None,
            load: None,
            status: Status::default(),
            table: TableState::default(),
            watch: Default::default(),
            reg: Default::default(),
            form: LabForm::default(),
            inbox: Arc::default(),
            applied_dark: None,
            ctx: None,
            dialog: None,
            picker: dialogs::native(),
            personal_export: None,
            export_purpose: None,
            open_path: None,
            import: None,
            pending_discard: None,
            quit_confirmed: false,
            system_language: Language::En,
            rules: None,
        }
    }

    /// Checks every portfolio opened against `rules` (`None`: the built-in ones).
    pub fn set_rules(&mut self, rules: Option<crate::workbench::compliance::RulesFile>) {
        if let (Some(r), Some(d)) = (&rules, &mut self.data) {
            d.set_rules(r.clone());
        }
        self.rules = rules;
    }

    /// The window's app: settings from eframe's storage and the file of
    /// [`startup_file`] loading.
    /// `lang` (from `--lang`) is remembered like a choice in View > Language.
    pub(crate) fn new(
        cc: &eframe::CreationContext<'_>,
        db: Option<PathBuf>,
        lang: Option<Language>,
    ) -> Self {
        let mut settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        if lang.is_some() {
            settings.language = lang;
        }
        let system_language = Language::from_env();
        let lang = settings.language.unwrap_or(system_language);
        let (path, why) = startup_file(
            lang,
            db,
            std::path::Path::new("."),
            settings.last_file.as_deref(),
        );
        let mut app = Self::empty(settings);
        app.system_language = system_language;
        app.ctx = Some(cc.egui_ctx.clone());
        if let Some(path) = path {
            app.start_load(&cc.egui_ctx, path);
        }
        if let Some(why) = why {
            app.status = match &app.load {
                Some(_) => Status::info(why),
                None => Status::error(why),
            };
        }
        app
    }

    /// An app on an opened workbench (tests, screenshots): no eframe needed.
    /// Personal data is masked.
    pub fn with_workbench(data: Workbench, settings: Settings) -> Self {
        let mut app = Self::empty(settings);
        let lang = app.language();
        app.status = Status::info(i18n::text_with(
            lang,
            "status-opened",
            &[("file", Arg::Text(&file_name(&data.path)))],
        ));
        app.settings.last_file = Some(data.path.clone());
        app.data = Some(data);
        if let Some(d) = &mut app.data {
            d.display_name = app.settings.display_name.clone();
        }
        app
    }

    /// The language of the interface: the one chosen, else the system's.
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or(self.system_language)
    }

    /// The loaded workbench, if any.
    pub fn data(&self) -> Option<&Workbench> {
        self.data.as_ref()
    }

    /// The last message of the status bar.
    pub fn message(&self) -> &str {
        &self.status.text
    }

    /// The status line: its text and whether it is an error.
    pub fn status(&self) -> &Status {
        &self.status
    }

    pub(crate) fn set_tab(&mut self, tab: Tab) {
        self.apply(Command::SetTab(tab));
    }

    pub fn set_dark(&mut self, dark: bool) {
        self.apply(Command::SetDark(dark));
    }

    pub(crate) fn set_challenger(&mut self, policy: Policy) {
        self.apply(Command::SetChallenger(policy));
    }

    /// Selects the applicant with this id; false if there is none.
    pub fn select_applicant(&mut self, id: i64) -> bool {
        match self.data.as_ref().and_then(|d| d.portfolio.row_of_id(id)) {
            Some(row) => {
                self.apply(Command::Select { row, scroll: true });
                true
            }
            None => false,
        }
    }

    /// Blocks until a file being opened is loaded (tests).
    pub fn wait_for_load(&mut self) {
        if let Some(load) = self.load.take() {
            let result = load.job.wait().unwrap_or(Err(WorkbenchError::Interrupted));
            self.finish_load(load.path, result);
        }
    }

    /// Starts opening `path`; the lab's challenger starts as its policy in force
    /// (nothing carries over from another file).
    pub(super) fn start_load(&mut self, ctx: &egui::Context, path: PathBuf) {
        let p = path.clone();
        let spawned = Job::spawn("riskdesk-load", ctx, move |progress| {
            Workbench::open(&p, None, &|share| progress(share))
        });
        match spawned {
            Ok(job) => {
                self.status = Status::info(i18n::text_with(
                    self.language(),
                    "status-opening",
                    &[("file", Arg::Text(&file_name(&path)))],
                ));
                self.load = Some(Load { path, job });
            }
            Err(e) => self.status = Status::error(e),
        }
    }

    fn finish_load(&mut self, path: PathBuf, result: Result<Workbench, WorkbenchError>) {
        let lang = self.language();
        match result {
            Ok(d) => {
                let opened = i18n::text_with(
                    lang,
                    "status-opened",
                    &[("file", Arg::Text(&file_name(&path)))],
                );
                self.status = Status::info(
                    std::iter::once(opened)
                        .chain(d.notes.iter().cloned())
                        .collect::<Vec<_>>()
                        .join("; "),
                );
                self.context_for_jobs()
                    .send_viewport_cmd(egui::ViewportCommand::Title(window_title(&path)));
                // Remembered absolute, so that a run from another folder finds it.
                self.settings.last_file = Some(std::fs::canonicalize(&path).unwrap_or(path));
                self.table.reset();
                self.watch.reset();
                self.data = Some(d);
                if let Some(d) = &mut self.data {
                    d.display_name = self.settings.display_name.clone();
                    if let Some(r) = &self.rules {
                        d.set_rules(r.clone());
                    }
                }
            }
            Err(e) => {
                let message = e.message(lang);
                self.status = Status::error(if self.data.is_some() {
                    i18n::text_with(lang, "status-stays-open", &[("error", Arg::Text(&message))])
                } else {
                    message
                });
            }
        }
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(load) = &self.load {
            match load.job.poll() {
                Poll::Running => {}
                Poll::Done(result) => {
                    if let Some(load) = self.load.take() {
                        self.finish_load(load.path, result);
                    }
                }
                Poll::Lost => {
                    self.load = None;
                    self.status = Status::error(i18n::text(self.language(), "status-load-lost"));
                }
            }
        }
        if let Some(d) = &self.dialog {
            match d.job.poll() {
                Poll::Running => {}
                Poll::Done(answer) => {
                    if let Some(d) = self.dialog.take() {
                        self.dialog_answered(d.purpose, answer);
                    }
                }
                Poll::Lost => {
                    self.dialog = None;
                    self.status = Status::error(i18n::text(self.language(), "status-dialog-lost"));
                }
            }
        }
        self.poll_import();
        if let Ok(mut inbox) = self.inbox.lock()
            && let Some(m) = inbox.pop()
        {
            self.status = m;
        }
        if let Some(d) = &self.data {
            let policy = d.policy_under(self.table.decisions);
            self.table.refresh(ctx, &d.portfolio, policy);
            self.watch.refresh(d);
            if self.table.busy() {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
        }
    }

    fn setup(&mut self, ctx: &egui::Context) {
        if self.applied_dark.is_none() {
            ctx.set_fonts(theme::fonts());
            if let Some(z) = self.settings.zoom {
                ctx.set_zoom_factor(z.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
            }
        }
        // egui's own keys zoom too: remember what they set.
        let zoom = ctx.zoom_factor();
        if !ZOOM_RANGE.contains(&zoom) {
            ctx.set_zoom_factor(zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
        }
        let zoom = ctx.zoom_factor();
        self.settings.zoom = ((zoom - 1.0).abs() > 1e-3).then_some(zoom);
        if self.applied_dark != Some(self.settings.dark) {
            theme::apply(ctx, self.settings.dark);
            self.applied_dark = Some(self.settings.dark);
        }
    }

    /// Draws one whole frame into `ui` (what `eframe::App::ui` calls).
    pub fn ui_frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        self.setup(&ctx);
        self.poll(&ctx);
        let lang = self.language();
        let mut out = super::menu::shortcuts_pressed(&ctx, self.data.is_some());
        self.guard_close(&ctx);
        if let Some(purpose) = &mut self.personal_export {
            views::prompts::personal_export(&ctx, lang, purpose, &mut out);
        }
        if let Some(path) = &mut self.open_path {
            views::prompts::open_path(&ctx, lang, path, &mut out);
        }
        if let Some(w) = &self.import {
            views::import_wizard::show(&ctx, lang, w, &mut out);
        }
        if let (Some(after), Some(d)) = (&self.pending_discard, &self.data) {
            let name = d.policy_label(lang, &d.challenger.policy);
            views::prompts::discard_challenger(&ctx, lang, &name, after, &mut out);
        }
        egui::Panel::top("menu").show(ui, |ui| {
            views::shell::menu_and_tabs(ui, &self.settings, lang, self.data.is_some(), &mut out);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            let progress = self
                .load
                .as_ref()
                .map(|l| (l.path.as_path(), l.job.share()));
            views::shell::status_bar(
                ui,
                lang,
                self.data.as_ref(),
                &self.table,
                progress,
                &self.status,
            );
        });
        if let Some(d) = &self.data
            && d.audit_check.as_ref().is_some_and(|c| !c.intact())
        {
            egui::Panel::top("audit-banner").show(ui, |ui| views::shell::audit_banner(ui, lang, d));
        }
        let Some(data) = &self.data else {
            egui::CentralPanel::default_margins().show(ui, |ui| {
                views::shell::nothing_open(ui, lang, self.load.is_some(), &mut out);
            });
            self.apply_all(out);
            return;
        };
        if !data.portfolio.has_scorecard() {
            egui::CentralPanel::default_margins()
                .show(ui, |ui| views::shell::no_scorecard(ui, lang, data));
            self.apply_all(out);
            return;
        }
        // The stress figures are computed when their tab is first shown.
        if self.settings.tab == Tab::Stress
            && let Some(d) = &mut self.data
            && d.stress.is_none()
        {
            d.ensure_stress();
        }
        let Some(data) = &self.data else {
            return;
        };
        let table = &self.table;
        let mut v = ViewCtx {
            wb: data,
            table,
            watch: &self.watch,
            reg: &self.reg,
            lang,
            out: &mut out,
        };
        match self.settings.tab {
            Tab::Overview => {
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| views::overview::show(ui, &mut v));
            }
            Tab::Applicants => {
                if let Some(row) = table.selected {
                    // The detail takes about two fifths of the window: wider on a big
                    // screen, leaving the table its columns on a small one.
                    let width = (ui.available_width() * 0.42).clamp(420.0, 760.0);
                    egui::Panel::right("detail")
                        .default_size(width)
                        .resizable(true)
                        .show(ui, |ui| views::applicant_detail::show(ui, &mut v, row));
                }
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| views::applicants::show(ui, &mut v));
            }
            Tab::PolicyLab => {
                egui::Panel::left("lab-controls")
                    .default_size(410.0)
                    .resizable(false)
                    .show(ui, |ui| {
                        views::policy_lab::controls(ui, &mut v, &mut self.form)
                    });
                // Apply slider moves now, so the figures below follow within this frame.
                self.apply_all(std::mem::take(&mut out));
                if let Some(data) = &self.data {
                    let mut v = ViewCtx {
                        wb: data,
                        table: &self.table,
                        watch: &self.watch,
                        reg: &self.reg,
                        lang,
                        out: &mut out,
                    };
                    egui::CentralPanel::default_margins()
                        .show(ui, |ui| views::policy_lab::results(ui, &mut v));
                }
            }
            Tab::Charts => {
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| views::charts::show(ui, &mut v));
            }
            Tab::Compliance => {
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| views::compliance::show(ui, &mut v));
            }
            Tab::Watchlist => {
                egui::CentralPanel::default_margins()
                    .show(ui, |ui| views::watchlist::show(ui, &mut v));
            }
            Tab::Kris => views::kris::show(ui, &mut v),
            Tab::Register => views::register::show(ui, &mut v),
            Tab::Stress => views::stress::show(ui, &mut v),
        }
        self.apply_all(out);
    }

    /// The window's close button (or Ctrl+Q's close) with an unsaved challenger: the
    /// close is cancelled and the user asked first.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending_discard = Some(AfterDiscard::Quit);
        }
    }

    /// Closing loses nothing, or the user said it may.
    pub(super) fn may_close(&self) -> bool {
        self.quit_confirmed || !self.data.as_ref().is_some_and(|d| d.challenger_unsaved())
    }

    /// Whether the user is being asked about the unsaved challenger.
    pub fn asking_to_discard(&self) -> bool {
        self.pending_discard.is_some()
    }

    /// The context, for commands applied outside a frame (tests): a fresh one is harmless.
    fn context_for_jobs(&self) -> egui::Context {
        self.ctx.clone().unwrap_or_default()
    }
}

/// "Riskdesk — sample.db (/home/wang/portfolios)": the folder too, so that two files
/// of the same name are told apart.
fn window_title(path: &std::path::Path) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match full.parent() {
        Some(folder) => format!("Riskdesk — {} ({})", file_name(path), folder.display()),
        None => format!("Riskdesk — {}", file_name(path)),
    }
}

impl eframe::App for RiskdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
