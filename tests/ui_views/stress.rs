//! The Stress & capital tab: Severe on opening, a preset click re-evaluates, a moved
//! slider makes a custom scenario, a scenario is saved with a reason into the log.

use egui_kittest::kittest::Queryable as _;
use riskdesk::ui::{Command, RegisterCommand as C, Tab};

use super::{app, harness, sample_copy, shown};

#[test]
fn presets_re_evaluate_and_a_scenario_is_saved_with_a_reason() {
    let (_dir, path) = sample_copy("stress");
    let opened = riskdesk::store::open(&path).expect("copy opens");
    let mut h = harness(app(opened, Tab::Stress, false));
    let severe_el = {
        let f = h
            .state()
            .data()
            .and_then(|d| d.stress.as_ref())
            .expect("computed");
        assert_eq!(f.scenario.name, "Severe");
        assert!(f.champion.stressed.lost_approvals > 0);
        f.champion.stressed.total.expected_loss
    };
    assert!(shown(&h, "Stress test: Severe against base"));
    // The preset button comes first (the weights slider has the same name).
    h.get_all_by_label("Mild")
        .next()
        .expect("the preset")
        .click();
    h.run_steps(3);
    let f = h
        .state()
        .data()
        .and_then(|d| d.stress.as_ref())
        .expect("computed");
    assert_eq!(f.scenario.name, "Mild");
    let mild_el = f.champion.stressed.total.expected_loss;
    assert!(mild_el < severe_el && mild_el > f.champion.base.total.expected_loss);
    // A moved shock is a custom scenario.
    let mut inputs = h.state().data().expect("open").stress_inputs.clone();
    inputs.scenario.pd_multiplier = 1.7;
    h.state_mut().apply(Command::SetStress(Box::new(inputs)));
    h.run_steps(3);
    assert_eq!(
        h.state().data().expect("open").stress_inputs.scenario.name,
        "Custom"
    );
    // Saved under a name with a reason: one audit entry, listed in the tab.
    h.state_mut().apply(Command::Register(C::SetScenarioSave {
        name: "Committee Q4".into(),
        reason: "risk committee 2026-11".into(),
    }));
    h.run_steps(1);
    h.get_by_label("Save scenario").click();
    h.run_steps(3);
    let d = h.state().data().expect("open");
    assert_eq!(d.scenarios.len(), 1, "{}", h.state().message());
    assert_eq!(d.scenarios[0].scenario.pd_multiplier, 1.7);
    assert_eq!(
        d.audit.last().map(|e| e.action.as_str()),
        Some("scenario saved")
    );
    assert!(shown(&h, "Committee Q4 v1"));
    // The reverse stress test, asked in the tab: where EL reaches 1.5 × now.
    assert!(
        h.state().reg.reverse.limit > 0.0,
        "a first limit is offered"
    );
    h.get_by_label("Find").click();
    h.run_steps(3);
    let d = h.state().data().expect("open");
    let (capital, _, _, found) = d.reverse.expect("answered");
    assert!(!capital);
    assert!(found.is_some_and(|m| m > 1.7), "{found:?}");
}
