//! The Stress & capital tab: Severe on opening, a preset click re-evaluates, a moved
//! slider makes a custom scenario, a scenario is saved with a reason into the log.

use egui_kittest::kittest::Queryable as _;
use riskdesk::ui::{Command, RegisterCommand as C, Tab};

use super::{app, harness, sample_copy, shown};

/// The stress figures the window holds (computed when the tab opened).
fn figures<'a>(
    h: &'a egui_kittest::Harness<'_, riskdesk::ui::RiskdeskApp>,
) -> &'a riskdesk::workbench::stress::StressFigures {
    h.state()
        .data()
        .and_then(|d| d.stress.as_ref())
        .expect("computed")
}

#[test]
fn presets_re_evaluate_and_a_scenario_is_saved_with_a_reason() {
    let (_dir, path) = sample_copy("stress");
    let opened = riskdesk::store::open(&path).expect("copy opens");
    let mut h = harness(app(opened, Tab::Stress, false));
    let severe_el = {
        let f = figures(&h);
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
    let f = figures(&h);
    assert_eq!(f.scenario.name, "Mild");
    let mild_el = f.champion.stressed.total.expected_loss;
    assert!(mild_el < severe_el && mild_el > f.champion.base.total.expected_loss);
    // A moved shock is a custom scenario; the sliders stay where they were (the
    // note joins the presets' row), so a drag does not jump.
    let slider_top = |h: &egui_kittest::Harness<'_, riskdesk::ui::RiskdeskApp>| {
        h.get_by_role_and_label(egui::accesskit::Role::Slider, "PD × (multiplier)")
            .rect()
            .top()
    };
    let before = slider_top(&h);
    let mut inputs = h.state().data().expect("open").stress_inputs.clone();
    inputs.scenario.pd_multiplier = 1.7;
    h.state_mut().apply(Command::SetStress(Box::new(inputs)));
    h.run_steps(3);
    assert_eq!(
        h.state().data().expect("open").stress_inputs.scenario.name,
        "Custom"
    );
    assert!(shown(&h, "Custom: the shocks as set below."));
    assert_eq!(slider_top(&h), before);
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

#[test]
fn the_band_tables_follow_the_book_and_the_side_chosen() {
    use egui::accesskit::Role;
    use riskdesk::format::{pct, thousands};
    use riskdesk::ui::register_state::{BandBook, BandView};

    // Tall enough that the band tables below the charts are on screen to click.
    let mut h = egui_kittest::Harness::builder()
        .with_size([1600.0, 2600.0])
        .build_ui_state(
            |ui, a: &mut riskdesk::ui::RiskdeskApp| a.ui_frame(ui),
            app(super::sample(), Tab::Stress, false),
        );
    h.run_steps(4);
    assert!(shown(&h, "By score band: exposure, loss and capital"));
    assert!(shown(
        &h,
        "IFRS 9 ECL of the booked book by score band and stage (Severe)"
    ));
    // The policy in force under Severe by default: band A's risk weight is shown.
    let a = {
        let f = figures(&h);
        f.champion.stressed.by_band[0]
    };
    assert!(shown(&h, &pct(a.rwa / a.ead)));
    h.get_by_role_and_label(Role::Button, "Booked book").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Base figures")
        .click();
    h.run_steps(3);
    assert_eq!(
        h.state().reg.stress_bands,
        BandView {
            book: BandBook::Booked,
            base: true
        }
    );
    assert!(shown(
        &h,
        "IFRS 9 ECL of the booked book by score band and stage (Base)"
    ));
    let f = figures(&h);
    // The bands add up to the book: every booked account sits in one band.
    let accounts: u64 = f.booked_base.by_band.iter().map(|r| r.count).sum();
    assert_eq!(accounts, f.booked_base.total.count);
    let by_stage: u64 = f.presets[0]
        .by_band
        .iter()
        .flat_map(|s| s.iter().map(|r| r.accounts))
        .sum();
    assert_eq!(by_stage, f.presets[0].total().accounts);
    // Band A's booked accounts and risk weight at base are what the table shows.
    let a = f.booked_base.by_band[0];
    assert!(shown(&h, &thousands(a.count as f64)));
    assert!(shown(&h, &pct(a.rwa / a.ead)));
}
