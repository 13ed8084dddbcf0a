//! The loaded workbench: the portfolio, the policies and every figure the views show,
//! computed through the domain and cached until the policy they depend on changes.

use std::path::PathBuf;
use std::sync::Arc;

use crate::domain::band::BANDS;
use crate::domain::band_risk::{self, BandRisk};
use crate::domain::compare::{SwapSet, approvals, swap_set_from};
use crate::domain::evaluation::{Evaluation, evaluate};
use crate::domain::kpi::{self, Period};
use crate::domain::metrics::{self, RocPoint};
use crate::domain::policy::Policy;
use crate::domain::portfolio::{BUCKET_30, Portfolio};
use crate::domain::roll_rates::{RollRates, roll_rates};
use crate::domain::strategy::{StrategyPoint, strategy_curve};
use crate::domain::vintage::{Vintage, vintages};
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
}

impl Analytics {
    pub fn new(champion: &Policy, p: &Portfolio) -> Self {
        let (scores, bad) = band_risk::outcome_sample(p);
        Self {
            months: kpi::periods(champion, p, 1),
            quarters: kpi::periods(champion, p, 3),
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
        Self {
            eval: evaluate(&policy, p),
            strategy: strategy_curve(&policy, p),
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
    /// Whether the champion approves each applicant (for the swap set).
    champion_approves: Vec<bool>,
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
        let champion_approves = approvals(&champion, &portfolio);
        let swap = swap_set_from(&champion_approves, &challenger, &portfolio);
        let champion = PolicyFigures::new(champion, &portfolio);
        let challenger = PolicyFigures::new(challenger, &portfolio);
        Self {
            path,
            portfolio: Arc::new(portfolio),
            champion,
            challenger,
            swap,
            champion_approves,
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
        self.swap = swap_set_from(&self.champion_approves, &policy, &self.portfolio);
        self.challenger = PolicyFigures::new(policy, &self.portfolio);
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
                self.champion_approves = approvals(&self.champion.policy, &self.portfolio);
                self.swap = swap_set_from(
                    &self.champion_approves,
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
