//! Background work on named threads: each job sends one result and asks for a repaint.

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

/// A running job that yields one `T`.
pub(crate) struct Job<T> {
    rx: Receiver<T>,
    /// Share done, 0..=1, for a progress bar.
    pub progress: Arc<Mutex<f32>>,
}

/// What polling a job found.
pub(crate) enum Poll<T> {
    Running,
    Done(T),
    /// The thread ended without a result (it panicked).
    Lost,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a thread named `name`; `work` gets a progress setter.
    pub(crate) fn spawn(
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce(&(dyn Fn(f32) + Sync)) -> T + Send + 'static,
    ) -> Result<Self, String> {
        let (tx, rx) = channel();
        let progress = Arc::new(Mutex::new(0.0f32));
        let p = progress.clone();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let repaint = ctx.clone();
                let set = move |share: f32| {
                    if let Ok(mut g) = p.lock() {
                        *g = share;
                    }
                    repaint.request_repaint();
                };
                let result = work(&set);
                let _ = tx.send(result);
                ctx.request_repaint();
            })
            .map_err(|e| format!("cannot start {name}: {e}"))?;
        Ok(Self { rx, progress })
    }

    pub(crate) fn poll(&self) -> Poll<T> {
        match self.rx.try_recv() {
            Ok(t) => Poll::Done(t),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }

    pub(crate) fn share(&self) -> f32 {
        self.progress.lock().map(|g| *g).unwrap_or(0.0)
    }

    /// Waits for the result (tests and small jobs).
    pub(crate) fn wait(self) -> Option<T> {
        self.rx.recv().ok()
    }
}
