//! The figures of a stress test, for the command line and the window alike: each
//! policy's approvals with capital in base and under the scenario, the booked book's
//! capital, the IFRS 9 ECL under Base, Mild, Severe and the scenario with the
//! probability-weighted figure, and the accounts that move between stages. The JSON
//! of `stress`, `capital` and `ecl` (README) is made here.

use serde_json::{Value, json};

use crate::domain::analytics::markov::Chain;
use crate::domain::analytics::watchlist::chain_of;
use crate::domain::policy::Policy;
use crate::domain::portfolio::Portfolio;
use crate::domain::scorecard::band::{BAND_NAMES, BANDS};
use crate::domain::stress::Scenario;
use crate::domain::stress::approved::{ApprovedBook, CapitalRow};
use crate::domain::stress::booked::{BookedCapital, booked_capital};
use crate::domain::stress::capital::CapitalParams;
use crate::domain::stress::ecl::{Ecl, EclParams, StageRow, Why, ecl, movement, weighted};
use crate::domain::stress::fast::StressIndex;

/// A policy's approvals in base and under the scenario.
#[derive(Clone, Debug)]
pub struct PolicyStress {
    pub policy: Policy,
    pub base: ApprovedBook,
    pub stressed: ApprovedBook,
    /// Who it approves without a scenario (what a scenario's losses are counted on).
    approved: Vec<bool>,
}

impl PolicyStress {
    fn new(
        index: &StressIndex,
        policy: &Policy,
        p: &Portfolio,
        s: &Scenario,
        c: &CapitalParams,
    ) -> Self {
        let approved = index.base_approvals(policy, p);
        Self {
            policy: policy.clone(),
            base: index.approved_book(policy, p, &Scenario::default(), c, &approved),
            stressed: index.approved_book(policy, p, s, c, &approved),
            approved,
        }
    }

    fn restress(
        &mut self,
        index: &StressIndex,
        p: &Portfolio,
        s: &Scenario,
        c: &CapitalParams,
        base_too: bool,
    ) {
        if base_too {
            self.base =
                index.approved_book(&self.policy, p, &Scenario::default(), c, &self.approved);
        }
        self.stressed = index.approved_book(&self.policy, p, s, c, &self.approved);
    }
}

/// What the user sets: the scenario, the capital parameters, the staging and weights.
#[derive(Clone, Debug, PartialEq)]
pub struct StressInputs {
    pub scenario: Scenario,
    pub capital: CapitalParams,
    pub ecl: EclParams,
}

impl Default for StressInputs {
    /// Severe, the committee's first question.
    fn default() -> Self {
        Self {
            scenario: Scenario::preset("Severe").unwrap_or_default(),
            capital: CapitalParams::default(),
            ecl: EclParams::default(),
        }
    }
}

/// Everything the stress test shows.
#[derive(Clone, Debug)]
pub struct StressFigures {
    pub scenario: Scenario,
    pub capital: CapitalParams,
    pub ecl_params: EclParams,
    /// The portfolio's chain and the scenario's fast path (built once).
    chain: Chain,
    index: StressIndex,
    pub champion: PolicyStress,
    pub challenger: Option<PolicyStress>,
    pub booked_base: BookedCapital,
    pub booked_stressed: BookedCapital,
    /// ECL under Base, Mild and Severe (the weighted figure's parts).
    pub presets: [Ecl; 3],
    /// ECL under the scenario.
    pub ecl: Ecl,
}

impl StressFigures {
    /// Computes every figure (heavy: several passes over the book).
    pub fn new(
        p: &Portfolio,
        champion: &Policy,
        challenger: Option<&Policy>,
        scenario: &Scenario,
        capital: &CapitalParams,
        ecl_params: &EclParams,
    ) -> Self {
        let chain: Chain = chain_of(p);
        let index = StressIndex::build(p);
        let base = Scenario::default();
        let of = |policy: &Policy| PolicyStress::new(&index, policy, p, scenario, capital);
        let presets = Scenario::presets().map(|s| ecl(p, champion, &s, ecl_params, &chain));
        Self {
            scenario: scenario.clone(),
            capital: *capital,
            ecl_params: *ecl_params,
            champion: of(champion),
            challenger: challenger.map(of),
            booked_base: booked_capital(p, champion, &base, capital),
            booked_stressed: booked_capital(p, champion, scenario, capital),
            ecl: ecl(p, champion, scenario, ecl_params, &chain),
            presets,
            chain,
            index,
        }
    }

    /// Follows new inputs and policies, recomputing only what depends on what changed
    /// (a slider of the scenario re-evaluates the stressed figures, not the base).
    pub fn update(
        &mut self,
        p: &Portfolio,
        champion: &Policy,
        challenger: Option<&Policy>,
        inputs: &StressInputs,
    ) {
        if champion != &self.champion.policy {
            *self = Self::new(
                p,
                champion,
                challenger,
                &inputs.scenario,
                &inputs.capital,
                &inputs.ecl,
            );
            return;
        }
        let base = Scenario::default();
        let capital_changed = inputs.capital != self.capital;
        let scenario_changed = inputs.scenario != self.scenario;
        let ecl_changed = inputs.ecl != self.ecl_params;
        let c = &inputs.capital;
        if capital_changed {
            self.booked_base = booked_capital(p, champion, &base, c);
        }
        if capital_changed || scenario_changed {
            let (index, s) = (&self.index, &inputs.scenario);
            self.champion.restress(index, p, s, c, capital_changed);
            self.booked_stressed = booked_capital(p, champion, s, c);
        }
        let challenger_changed = self.challenger.as_ref().map(|x| &x.policy) != challenger;
        if challenger_changed {
            self.challenger = challenger
                .map(|policy| PolicyStress::new(&self.index, policy, p, &inputs.scenario, c));
        } else if let Some(x) = self.challenger.as_mut()
            && (capital_changed || scenario_changed)
        {
            x.restress(&self.index, p, &inputs.scenario, c, capital_changed);
        }
        if ecl_changed {
            self.presets =
                Scenario::presets().map(|s| ecl(p, champion, &s, &inputs.ecl, &self.chain));
        }
        if ecl_changed || scenario_changed {
            self.ecl = ecl(p, champion, &inputs.scenario, &inputs.ecl, &self.chain);
        }
        self.scenario = inputs.scenario.clone();
        self.capital = *c;
        self.ecl_params = inputs.ecl;
    }

    /// The reverse stress test: the value of `lever` (from the scenario's own) at
    /// which the expected loss (`capital` false) or the capital of the approvals and
    /// the booked book together reaches `limit`; `None` if it never does.
    pub fn reverse(
        &self,
        p: &Portfolio,
        lever: crate::domain::stress::reverse::Lever,
        capital: bool,
        limit: f64,
    ) -> Option<f64> {
        use crate::domain::stress::reverse::{Lever, crossing};
        let policy = &self.champion.policy;
        let figure = |x: f64| {
            let s = lever.apply(&self.scenario, x);
            let a = self
                .index
                .approved_book(policy, p, &s, &self.capital, &self.champion.approved)
                .total;
            let b = booked_capital(p, policy, &s, &self.capital).total;
            if capital {
                a.capital + b.capital
            } else {
                a.expected_loss + b.expected_loss
            }
        };
        let tolerance = match lever {
            Lever::PdMultiplier => 1e-3,
            Lever::IncomeShock => 1e-4,
        };
        crossing(figure, limit, lever.range(&self.scenario), tolerance)
    }

    /// The inputs these figures are of.
    pub fn inputs(&self) -> StressInputs {
        StressInputs {
            scenario: self.scenario.clone(),
            capital: self.capital,
            ecl: self.ecl_params,
        }
    }

    /// The probability-weighted ECL of Base, Mild and Severe.
    pub fn weighted_ecl(&self) -> f64 {
        weighted(
            &self.presets.clone().map(|e| e.total().ecl),
            &self.ecl_params.weights,
        )
    }
}

fn r2(x: f64) -> Value {
    if x.is_finite() {
        json!((x * 100.0).round() / 100.0)
    } else {
        Value::Null
    }
}

fn r6(x: f64) -> Value {
    if x.is_finite() {
        json!((x * 1e6).round() / 1e6)
    } else {
        Value::Null
    }
}

fn capital_row(band: &str, r: &CapitalRow, hurdle: f64) -> Value {
    json!({
        "band": band,
        "count": r.count,
        "exposures": r.exposures,
        "ead": r2(r.ead),
        "expected_loss": r2(r.expected_loss),
        "rwa": r2(r.rwa),
        "risk_weight": r6(r.risk_weight()),
        "capital": r2(r.capital),
        "revenue": r2(r.revenue),
        "margin_after_capital": r2(r.margin_after_capital(hurdle)),
    })
}

fn rows(total: &CapitalRow, by_band: &[CapitalRow; BANDS], hurdle: f64) -> Value {
    json!({
        "total": capital_row("all", total, hurdle),
        "bands": (0..BANDS).map(|b| capital_row(BAND_NAMES[b], &by_band[b], hurdle)).collect::<Vec<_>>(),
    })
}

fn approved(a: &ApprovedBook, hurdle: f64) -> Value {
    let mut v = rows(&a.total, &a.by_band, hurdle);
    v["lost_approvals"] = json!(a.lost_approvals);
    v["new_approvals"] = json!(a.new_approvals);
    v
}

fn booked(b: &BookedCapital, hurdle: f64) -> Value {
    let mut v = rows(&b.total, &b.by_band, hurdle);
    v["irb_expected_loss"] = r2(b.irb_expected_loss);
    v
}

fn stage_row(stage: usize, s: &StageRow) -> Value {
    json!({
        "stage": stage,
        "accounts": s.accounts,
        "drawn": r2(s.drawn),
        "ead": r2(s.ead),
        "ecl": r2(s.ecl),
    })
}

/// The ECL of one scenario as JSON.
pub fn ecl_json(e: &Ecl) -> Value {
    let t = e.total();
    json!({
        "stages": (0..3).map(|k| stage_row(k + 1, &e.stages[k])).collect::<Vec<_>>(),
        "total": {"accounts": t.accounts, "drawn": r2(t.drawn), "ead": r2(t.ead), "ecl": r2(t.ecl)},
        "bands": (0..BANDS).map(|b| json!({
            "band": BAND_NAMES[b],
            "stages": (0..3).map(|k| stage_row(k + 1, &e.by_band[b][k])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "provision_ratio": r6(e.provision_ratio()),
        "coverage": r6(e.coverage()),
    })
}

impl StressFigures {
    /// `scenario` and `params` of every JSON.
    fn head(&self) -> Value {
        json!({
            "scenario": serde_json::to_value(&self.scenario).unwrap_or(Value::Null),
            "capital_params": {
                "correlation": self.capital.correlation.key(),
                "pd_floor": self.capital.pd_floor,
                "capital_ratio": self.capital.ratio,
                "hurdle": self.capital.hurdle,
            },
        })
    }

    /// `riskdesk capital --json`.
    pub fn capital_json(&self) -> Value {
        let h = self.capital.hurdle;
        let mut v = self.head();
        v["policy"] = json!(self.champion.policy.name);
        v["approved"] = json!({
            "base": approved(&self.champion.base, h),
            "stressed": approved(&self.champion.stressed, h),
        });
        v["booked"] = json!({
            "base": booked(&self.booked_base, h),
            "stressed": booked(&self.booked_stressed, h),
        });
        v
    }

    /// `riskdesk ecl --json`.
    pub fn ecl_json(&self) -> Value {
        let mut v = self.head();
        v["ecl_params"] = json!({
            "sicr_multiple": self.ecl_params.sicr_multiple,
            "sicr_add": self.ecl_params.sicr_add,
            "horizon_months": self.ecl_params.horizon,
            "weights": self.ecl_params.weights,
        });
        v["origination_pd"] = json!({
            "kept_at_booking": self.ecl.total().accounts - self.ecl.proxied,
            "application_pd_stands_in": self.ecl.proxied,
        });
        let e = ecl_json(&self.ecl);
        for key in ["stages", "total", "bands", "provision_ratio", "coverage"] {
            v[key] = e[key].clone();
        }
        v["presets"] = json!(
            Scenario::presets()
                .iter()
                .zip(&self.presets)
                .zip(self.ecl_params.weights)
                .map(|((s, e), w)| json!({"name": s.name, "weight": w, "ecl": r2(e.total().ecl)}))
                .collect::<Vec<_>>()
        );
        v["weighted_ecl"] = r2(self.weighted_ecl());
        let (m, why) = movement(&self.presets[0], &self.ecl);
        v["movement_from_base"] = json!({
            "matrix": m,
            "moved_because": {
                Why::PastDue30.key(): why[Why::PastDue30 as usize],
                Why::PdIncrease.key(): why[Why::PdIncrease as usize],
                Why::Defaulted.key(): why[Why::Defaulted as usize],
                Why::Performing.key(): why[Why::Performing as usize],
            },
        });
        v
    }

    /// `riskdesk stress --json`: both policies base against the scenario, the booked
    /// book's capital and the ECL by stage.
    pub fn stress_json(&self) -> Value {
        let h = self.capital.hurdle;
        let mut v = self.head();
        let policy = |ps: &PolicyStress, role: &str| {
            json!({
                "policy": ps.policy.name,
                "role": role,
                "base": approved(&ps.base, h),
                "stressed": approved(&ps.stressed, h),
            })
        };
        let mut policies = vec![policy(&self.champion, "champion")];
        if let Some(c) = &self.challenger {
            policies.push(policy(c, "challenger"));
        }
        v["policies"] = json!(policies);
        v["booked"] = json!({
            "base": booked(&self.booked_base, h),
            "stressed": booked(&self.booked_stressed, h),
        });
        v["ecl"] = json!({
            "base": ecl_json(&self.presets[0]),
            "stressed": ecl_json(&self.ecl),
            "weighted_ecl": r2(self.weighted_ecl()),
        });
        v
    }
}

impl super::Workbench {
    /// The stress figures under the inputs, the policy in force and the challenger:
    /// computed on first use, then only what changed is recomputed.
    pub fn ensure_stress(&mut self) {
        let challenger =
            (self.challenger.policy != self.champion.policy).then_some(&self.challenger.policy);
        match &mut self.stress {
            Some(f) => f.update(
                &self.portfolio,
                &self.champion.policy,
                challenger,
                &self.stress_inputs,
            ),
            None => {
                let i = &self.stress_inputs;
                self.stress = Some(StressFigures::new(
                    &self.portfolio,
                    &self.champion.policy,
                    challenger,
                    &i.scenario,
                    &i.capital,
                    &i.ecl,
                ));
            }
        }
    }

    /// New inputs (checked: a scenario out of range is refused); the figures follow.
    pub fn set_stress_inputs(
        &mut self,
        mut inputs: StressInputs,
    ) -> Result<(), crate::domain::stress::ScenarioError> {
        inputs.scenario.check()?;
        // A preset's or a saved scenario's name only on its own shocks: anything else
        // is a custom scenario, never "Severe" with PD × 1.7.
        let s = &inputs.scenario;
        let named: Vec<Scenario> = Scenario::presets()
            .into_iter()
            .chain(self.scenarios.iter().map(|x| x.scenario.clone()))
            .filter(|x| x.name == s.name)
            .collect();
        if !named.is_empty() && !named.contains(s) {
            inputs.scenario.name = "Custom".into();
        }
        self.stress_inputs = inputs;
        self.ensure_stress();
        Ok(())
    }
}
