//! The Policy lab: sliders move the challenger; its figures beside the champion's,
//! the swap set, presets, save with a reason, saved policies and the audit log.
//!
//! `controls` (the left panel: sliders, presets), `saved` (save with a reason, the
//! saved policies, making one the champion), `results` (figures, charts, audit log)
//! and `swap` (the swap matrix).

mod controls;
mod results;
mod saved;
mod swap;

pub(crate) use controls::controls;
pub(crate) use results::results;

/// The lab's charts may be shorter than the Charts view's, to stay in sight at 1100 × 700.
const LAB_CHART_MIN_HEIGHT: f32 = 150.0;

/// What the user types in the lab (not part of any policy yet).
#[derive(Clone, Debug, Default)]
pub struct LabForm {
    pub name: String,
    pub reason: String,
    /// The saved policy waiting for the confirmation that makes it the champion.
    pub pending_champion: Option<i64>,
}
