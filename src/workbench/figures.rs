//! Figures of the opened portfolio: those that do not depend on the policy being
//! edited (`Analytics`) and those of one policy (`PolicyFigures`).

use crate::domain::analytics::band_risk::{self, BandRisk};
use crate::domain::analytics::kpi::{self, Period};
use crate::domain::analytics::kri_history::{KriHistory, kri_history};
use crate::domain::analytics::metrics::{self, RocPoint};
use crate::domain::analytics::roll_rates::{RollRates, roll_rates};
use crate::domain::analytics::vintage::{Vintage, vintages};
use crate::domain::analytics::watchlist::Thresholds;
use crate::domain::evaluation::Evaluation;
use crate::domain::evaluation::engine::Engine;
use crate::domain::evaluation::strategy::StrategyPoint;
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_30, Portfolio};
use crate::domain::scorecard::band::BANDS;

/// Figures of the portfolio that do not depend on the policy being edited.
pub struct Analytics {
    pub months: Vec<Period>,
    pub quarters: Vec<Period>,
    pub vintages: Vec<Vintage>,
    pub roll: RollRates,
    pub band_risk: [BandRisk; BANDS],
    pub roc: Vec<RocPoint>,
    pub auc: f64,
    /// `2·AUC − 1` (docs/design.md#auc-gini-and-ks).
    pub gini: f64,
    /// KS and the score at which it is reached.
    pub ks: (f64, f64),
    /// Every key risk indicator month by month, under the policy in force and the
    /// watchlist's thresholds.
    pub kris: KriHistory,
}

impl Analytics {
    pub(crate) fn new(champion: &Policy, p: &Portfolio, watch: &Thresholds) -> Self {
        let (scores, bad) = band_risk::outcome_sample(p);
        let auc = metrics::auc(&scores, &bad);
        Self {
            months: kpi::periods(champion, p, 1),
            quarters: kpi::periods(champion, p, 3),
            kris: kri_history(champion, p, watch),
            vintages: vintages(p, BUCKET_30),
            roll: roll_rates(p),
            band_risk: band_risk::band_risk(p),
            roc: metrics::roc(&scores, &bad),
            auc,
            gini: metrics::gini_of_auc(auc),
            ks: metrics::ks(&scores, &bad),
        }
    }
}

/// Figures of one policy over the portfolio.
pub struct PolicyFigures {
    pub policy: Policy,
    pub eval: Evaluation,
    pub strategy: Vec<StrategyPoint>,
}

impl PolicyFigures {
    pub(crate) fn new(policy: Policy, p: &Portfolio) -> Self {
        Self::with(&mut Engine::new(), policy, p)
    }

    /// Through `engine`: a pass over the portfolio only when the hard or limit rules
    /// changed; a cut-off or an assumption answers from the engine's prefix sums.
    pub(crate) fn with(engine: &mut Engine, policy: Policy, p: &Portfolio) -> Self {
        let index = engine.index_for(&policy, p);
        Self {
            eval: index.evaluate(&policy),
            strategy: index.strategy(),
            policy,
        }
    }
}
