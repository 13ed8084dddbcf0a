//! The loaded workbench: the portfolio, the policies and every figure the views show,
//! computed through the domain and cached until the policy they depend on changes.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::analytics::band_risk::{self, BandRisk};
use crate::domain::analytics::kpi::{self, Period};
use crate::domain::analytics::kri;
use crate::domain::analytics::metrics::{self, RocPoint};
use crate::domain::analytics::roll_rates::{RollRates, roll_rates};
use crate::domain::analytics::vintage::{Vintage, vintages};
use crate::domain::evaluation::Evaluation;
use crate::domain::evaluation::compare::SwapSet;
use crate::domain::evaluation::engine::Engine;
use crate::domain::evaluation::strategy::StrategyPoint;
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_30, Portfolio};
use crate::domain::scorecard::band::BANDS;
use crate::store::audit::AuditEntry;
use crate::store::policies::SavedPolicy;
use crate::store::{self, Opened};

/// Figures of the portfolio that do not depend on the policy being edited.
pub struct Analytics {
    pub months: Vec<Period>,
    pub quarters: Vec<Period>,
    pub vintages: Vec<Vintage>,
    pub roll: RollRates,
    pub band_risk: [BandRisk; BANDS],
    pub roc: Vec<RocPoint>,
    pub auc: f64,
    /// KS and the score at which it is reached.
    pub ks: (f64, f64),
    /// Score PSI of the latest quarter's applicants against the first months of
    /// applications (`None`: too short a history).
    pub score_psi: Option<f64>,
}

impl Analytics {
    pub fn new(champion: &Policy, p: &Portfolio) -> Self {
        let (scores, bad) = band_risk::outcome_sample(p);
        let quarters = kpi::periods(champion, p, 3);
        let score_psi = quarters
            .last()
            .and_then(|q| kri::score_psi(p, (q.index * 3, q.index * 3 + 2)));
        Self {
            months: kpi::periods(champion, p, 1),
            quarters,
            score_psi,
            vintages: vintages(p, BUCKET_30),
            roll: roll_rates(p),
            band_risk: band_risk::band_risk(p),
            roc: metrics::roc(&scores, &bad),
            auc: metrics::auc(&scores, &bad),
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
    pub fn new(policy: Policy, p: &Portfolio) -> Self {
        Self::with(&mut Engine::new(), policy, p)
    }

    /// Through `engine`: a pass over the portfolio only when the hard or limit rules
    /// changed; a cut-off or an assumption answers from the engine's prefix sums.
    pub fn with(engine: &mut Engine, policy: Policy, p: &Portfolio) -> Self {
        let index = engine.index_for(&policy, p);
        Self {
            eval: index.evaluate(&policy),
            strategy: index.strategy(),
            policy,
        }
    }
}

pub struct Data {
    pub path: PathBuf,
    pub portfolio: Arc<Portfolio>,
    pub champion: PolicyFigures,
    pub challenger: PolicyFigures,
    pub swap: SwapSet,
    /// Fast evaluation of the challenger (indexes kept between slider steps).
    pub engine: Engine,
    pub policies: Vec<SavedPolicy>,
    pub audit: Vec<AuditEntry>,
    pub analytics: Analytics,
    pub notes: Vec<String>,
}

impl Data {
    /// Everything the views show (heavy: run it off the UI thread for big files).
    pub fn new(opened: Opened, challenger: Option<Policy>) -> Self {
        let Opened {
            path,
            portfolio,
            champion,
            policies,
            mut notes,
        } = opened;
        let audit = match read_audit(&path) {
            Ok(a) => a,
            Err(e) => {
                notes.push(e);
                Vec::new()
            }
        };
        let challenger = challenger
            .filter(|c| c.validate().is_ok())
            .unwrap_or_else(|| champion.clone());
        let analytics = Analytics::new(&champion, &portfolio);
        let mut engine = Engine::new();
        let swap = engine.swap_set(&champion, &challenger, &portfolio);
        let champion = PolicyFigures::new(champion, &portfolio);
        let challenger = PolicyFigures::with(&mut engine, challenger, &portfolio);
        Self {
            path,
            portfolio: Arc::new(portfolio),
            champion,
            challenger,
            swap,
            engine,
            policies,
            audit,
            analytics,
            notes,
        }
    }

    /// Re-evaluates the challenger (the one entry point of the Policy lab's figures).
    pub fn set_challenger(&mut self, policy: Policy) {
        if policy == self.challenger.policy {
            return;
        }
        self.swap = self
            .engine
            .swap_set(&self.champion.policy, &policy, &self.portfolio);
        self.challenger = PolicyFigures::with(&mut self.engine, policy, &self.portfolio);
    }

    /// Re-reads the saved policies, the champion and the audit log after a write.
    pub fn reload_policies(&mut self) -> Result<(), String> {
        let conn = store::open::read_only(&self.path).map_err(|e| e.to_string())?;
        self.policies = store::policies::list(&conn)?;
        self.audit = read_audit(&self.path)?;
        if let Some(c) = self.policies.iter().find(|p| p.is_champion)
            && c.policy != self.champion.policy
        {
            {
                self.champion = PolicyFigures::new(c.policy.clone(), &self.portfolio);
                self.analytics = Analytics::new(&self.champion.policy, &self.portfolio);
                self.swap = self.engine.swap_set(
                    &self.champion.policy,
                    &self.challenger.policy,
                    &self.portfolio,
                );
            }
        }
        Ok(())
    }
}

fn read_audit(path: &std::path::Path) -> Result<Vec<AuditEntry>, String> {
    let conn = store::open::read_only(path).map_err(|e| e.to_string())?;
    store::audit::entries(&conn).map_err(|e| format!("cannot read the audit log: {e}"))
}
