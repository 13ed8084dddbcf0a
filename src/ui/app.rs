//! The application shell: loads the portfolio on a background thread and shows it.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use crate::format::{pct, thousands};
use crate::store::{self, Opened, StoreError};

enum Load {
    Idle,
    Running {
        path: PathBuf,
        progress: Arc<Mutex<f32>>,
        rx: Receiver<Result<Opened, StoreError>>,
    },
}

pub struct RiskdeskApp {
    opened: Option<Opened>,
    load: Load,
    message: String,
}

impl RiskdeskApp {
    pub fn new(cc: &eframe::CreationContext<'_>, db: PathBuf) -> Self {
        let mut app = Self {
            opened: None,
            load: Load::Idle,
            message: String::new(),
        };
        app.start_load(&cc.egui_ctx, db);
        app
    }

    fn start_load(&mut self, ctx: &egui::Context, path: PathBuf) {
        let (tx, rx) = channel();
        let progress = Arc::new(Mutex::new(0.0f32));
        let p = progress.clone();
        let ctx = ctx.clone();
        let path2 = path.clone();
        let spawned = std::thread::Builder::new()
            .name("riskdesk-load".into())
            .spawn(move || {
                let repaint = ctx.clone();
                let result = store::open_with_progress(&path2, &|share| {
                    if let Ok(mut g) = p.lock() {
                        *g = share;
                    }
                    repaint.request_repaint();
                });
                let _ = tx.send(result);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.message = format!("opening {}…", path.display());
                self.load = Load::Running { path, progress, rx };
            }
            Err(e) => self.message = format!("cannot start loading: {e}"),
        }
    }

    fn poll(&mut self) {
        if let Load::Running { rx, .. } = &self.load
            && let Ok(result) = rx.try_recv()
        {
            match result {
                Ok(o) => {
                    self.message = format!("opened {}", o.path.display());
                    self.opened = Some(o);
                }
                Err(e) => self.message = e.to_string(),
            }
            self.load = Load::Idle;
        }
    }
}

impl eframe::App for RiskdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.poll();
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label(&self.message);
        });
        egui::CentralPanel::default_margins().show(ui, |ui| {
            if let Load::Running { path, progress, .. } = &self.load {
                let share = progress.lock().map(|g| *g).unwrap_or(0.0);
                ui.label(format!("Loading {}", path.display()));
                ui.add(egui::ProgressBar::new(share).show_percentage());
            }
            if let Some(o) = &self.opened {
                let p = &o.portfolio;
                ui.heading(&p.name);
                ui.label(format!("as of {}", p.as_of));
                ui.label(format!("{} applicants", thousands(p.len() as f64)));
                ui.label(format!(
                    "{} booked accounts",
                    thousands(p.accounts.len() as f64)
                ));
                let e = crate::domain::evaluation::evaluate(&o.champion, p);
                ui.label(format!(
                    "approval rate under the policy in force: {}",
                    pct(e.total.approval_rate())
                ));
            }
        });
    }
}
