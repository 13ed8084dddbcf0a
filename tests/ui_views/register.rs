//! The KRIs and Register tabs: a tile opens its indicator's history, a trainer edits a
//! risk's likelihood with a reason and shows it in the audit log, thresholds change
//! with a reason, nothing is written without one.

use egui_kittest::kittest::Queryable as _;
use riskdesk::domain::analytics::kri::{Kri, Status};
use riskdesk::ui::{Command, RegisterCommand as C, Tab};

use super::{app, harness, sample, sample_copy, shown};

#[test]
fn a_kri_tile_opens_its_history_with_the_months_it_crossed() {
    let mut h = harness(app(sample(), Tab::Overview, false));
    h.get_by_label("90+ days past due").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.tab, Tab::Kris);
    assert_eq!(h.state().reg.kri, Some(Kri::Dpd90Rate));
    // The history's runs at watch: from 2026-04, when the stock crossed 1.5%, to the
    // as-of month.
    let d = h.state().data().expect("open");
    let monthly = d.analytics.kris.monthly(Kri::Dpd90Rate);
    let t = d.kri_thresholds.get(Kri::Dpd90Rate);
    let first = monthly
        .iter()
        .find(|p| t.status(p.1) == Status::Watch)
        .expect("a month at watch");
    assert_eq!(
        riskdesk::domain::import::dates::month_label(first.0),
        "2026-04"
    );
    assert!(shown(&h, "Months at watch or breach"));
    assert!(shown(&h, "2026-04"));
    assert!(shown(&h, "2026-10"));
    // Another indicator from the list.
    h.get_by_label("New 90+ accounts").click();
    h.run_steps(3);
    assert_eq!(h.state().reg.kri, Some(Kri::New90Rate));
}

#[test]
fn the_credit_default_risk_is_marked_by_its_90_plus_indicator() {
    let h = harness(app(sample(), Tab::Register, false));
    let d = h.state().data().expect("open");
    let r01 = d.register.get("R01").expect("R01");
    assert_eq!(r01.title, "Credit default in a downturn");
    assert_eq!(d.kri_now(Kri::Dpd90Rate).1, Status::Watch);
    assert_eq!(d.risk_kri_status(r01), Status::Watch);
    // The list says it in words; the card shows the risk and its indicators.
    assert!(shown(&h, "● watch"));
    assert!(shown(&h, "R01 · Credit default in a downturn"));
    assert!(shown(&h, "90+ days past due"));
    // R02's review (2026-09-30) is overdue at the as-of date (2026-10-31).
    assert!(shown(&h, "review"));
}

#[test]
fn a_trainer_edits_a_likelihood_with_a_reason_and_the_log_shows_it() {
    let (_dir, path) = sample_copy("register-edit");
    let opened = riskdesk::store::open(&path).expect("copy opens");
    let mut h = harness(app(opened, Tab::Register, false));
    h.get_by_label("Credit default in a downturn").click();
    h.run_steps(3);
    assert_eq!(h.state().reg.selected.as_deref(), Some("R01"));
    h.get_by_label("Edit…").click();
    h.run_steps(3);
    let mut draft = h.state().reg.draft.clone().expect("the editor is open");
    assert_eq!(draft.risk.likelihood, 4);
    draft.risk.likelihood = 5;
    h.state_mut()
        .apply(Command::Register(C::SetDraft(Box::new(draft))));
    h.run_steps(3);
    assert!(shown(
        &h,
        "Rating 20 (critical) → 12 (high) after controls; target 8"
    ));
    // Save is refused until a reason is typed: nothing written.
    h.state_mut().apply(Command::Register(C::Save));
    h.run_steps(2);
    assert!(h.state().reg.draft.is_some());
    let entries = |p: &std::path::Path| {
        let conn = rusqlite::Connection::open(p).expect("open");
        riskdesk::store::audit::entries(&conn).expect("log")
    };
    assert_eq!(entries(&path).len(), 3);
    h.get_by_label("Reason (required)").click();
    h.run_steps(1);
    h.get_by_label("Reason (required)")
        .type_text("training: a downturn is now likely");
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(h.state().reg.draft.is_none(), "{}", h.state().message());
    assert_eq!(
        h.state().message(),
        "Risk R01 saved, with an entry in the audit log."
    );
    let log = entries(&path);
    let last = log.last().expect("an entry");
    assert_eq!(
        (
            last.action.as_str(),
            last.subject.as_str(),
            last.detail.as_str()
        ),
        ("risk changed", "risk R01", "likelihood 4 → 5")
    );
    assert_eq!(last.reason, "training: a downturn is now likely");
    let d = h.state().data().expect("open");
    assert_eq!(d.register.get("R01").map(|r| r.likelihood), Some(5));
    assert_eq!(d.audit.len(), 4, "the window re-read the log");
}

#[test]
fn thresholds_change_with_a_reason_and_the_status_follows() {
    let (_dir, path) = sample_copy("kri-thresholds");
    let opened = riskdesk::store::open(&path).expect("copy opens");
    let mut a = app(opened, Tab::Kris, false);
    a.apply(Command::OpenKri(Kri::Dpd90Rate));
    let mut h = harness(a);
    h.get_by_label("Edit thresholds…").click();
    h.run_steps(3);
    let mut draft = h.state().reg.thresholds.clone().expect("editor open");
    assert_eq!(draft.fields, ["", "1.5", "", "3"].map(String::from));
    // A breach from 1.9%: 1.97% is now red.
    draft.fields = ["", "1.2", "", "1.9"].map(String::from);
    draft.reason = "appetite cut by the board".into();
    h.state_mut()
        .apply(Command::Register(C::SetThresholdDraft(Box::new(draft))));
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(
        h.state().reg.thresholds.is_none(),
        "{}",
        h.state().message()
    );
    let d = h.state().data().expect("open");
    assert_eq!(d.kri_now(Kri::Dpd90Rate).1, Status::Breach);
    let again = riskdesk::store::open(&path).expect("reopens");
    let t = again.governance.kri_thresholds.get(Kri::Dpd90Rate);
    assert_eq!(t.ceiling.map(|c| (c.watch, c.breach)), Some((0.012, 0.019)));
    // Typed nonsense is said, not saved.
    h.state_mut()
        .apply(Command::Register(C::EditThresholds(Kri::Dpd90Rate)));
    let mut bad = h.state().reg.thresholds.clone().expect("editor open");
    bad.fields[1] = "lots".into();
    bad.reason = "x".into();
    h.state_mut()
        .apply(Command::Register(C::SetThresholdDraft(Box::new(bad))));
    h.state_mut().apply(Command::Register(C::SaveThresholds));
    h.run_steps(2);
    let err = h
        .state()
        .reg
        .thresholds
        .as_ref()
        .and_then(|t| t.error.clone());
    assert_eq!(err.as_deref(), Some("\"lots\" is not a number."));
}
