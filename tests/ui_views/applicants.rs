//! The Applicants view as a demanding user drives it: fast typing, clicks on cell
//! text, filters and the policy the decisions belong to.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use riskdesk::domain::evaluation::decide;
use riskdesk::domain::policy::Decision;
use riskdesk::ui::{Command, Tab};
use riskdesk::workbench::DecisionsUnder;

use super::{app, harness, portfolio, sample, shown};

#[test]
fn a_fast_id_search_selects_and_shows_the_same_applicant() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    let id = portfolio(&h).applicants.id[2344];
    let typed = id.to_string();
    assert!(typed.len() >= 4, "{typed}");
    let search = h.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    // One key per frame, as fast as the window can take them: every prefix is an id
    // of its own that the search selects on the way.
    for ch in typed.chars() {
        h.get_by_role_and_label(Role::TextInput, "Search")
            .type_text(&ch.to_string());
        h.step();
    }
    h.run_steps(4);
    assert_eq!(h.state().table.query.search, typed, "a keystroke was lost");
    let row = portfolio(&h).row_of_id(id).expect("id exists");
    assert_eq!(h.state().table.selected, Some(row));
    assert_eq!(h.state().table.rows, vec![row as u32]);
    assert!(shown(&h, &format!("Applicant {id}")));
}

#[test]
fn a_click_on_any_cell_selects_its_row() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    assert_eq!(h.state().table.selected, None);
    // The third row's id, then its score: text, not the blank space of the row.
    let row = 2;
    let id = portfolio(&h).applicants.id[row];
    h.get_by_label(&id.to_string()).click();
    h.run_steps(3);
    assert_eq!(h.state().table.selected, Some(row));
    assert!(shown(&h, &format!("Applicant {id}")));
    let other = 4;
    let date = riskdesk::format::iso_of_days(portfolio(&h).applicants.app_day[other]);
    // Dates repeat; the one on the row below is the one clicked.
    let cells: Vec<_> = h.query_all_by_label(&date).collect();
    assert!(!cells.is_empty());
    cells[cells.len() - 1].click();
    h.run_steps(3);
    let selected = h.state().table.selected.expect("a row is selected");
    assert_eq!(
        riskdesk::format::iso_of_days(portfolio(&h).applicants.app_day[selected]),
        date
    );
    assert_ne!(selected, row);
}

#[test]
fn a_filter_that_removes_the_selected_applicant_clears_the_detail() {
    let mut a = app(sample(), Tab::Applicants, false);
    let p = &a.data().expect("open").portfolio;
    let (id, band) = (p.applicants.id[0], p.derived.band[0]);
    assert!(a.select_applicant(id));
    let mut h = harness(a);
    assert!(shown(&h, &format!("Applicant {id}")));
    // A band filter that keeps the applicant keeps the detail.
    let mut keep = h.state().table.query.clone();
    keep.band = Some(band);
    h.state_mut().apply(Command::SetQuery(keep.clone()));
    h.run_steps(3);
    assert_eq!(h.state().table.selected, Some(0));
    // Another band removes the applicant from the table, and from the detail.
    let mut remove = keep.clone();
    remove.band = Some((band + 1) % 6);
    h.state_mut().apply(Command::SetQuery(remove));
    h.run_steps(3);
    assert_eq!(h.state().table.selected, None);
    assert!(!shown(&h, &format!("Applicant {id}")));
}

#[test]
fn decisions_follow_the_policy_in_force_until_the_switch_says_otherwise() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    let d = h.state().data().expect("open");
    let champion = d.champion.policy.clone();
    let mut challenger = champion.clone();
    challenger.cutoff += 60;
    challenger.name = "Tighter".into();
    // An applicant approved in force and not under the challenger.
    let p = portfolio(&h);
    let row = (0..p.len())
        .find(|&i| {
            decide(&champion, p, i).1 == Decision::Approve
                && decide(&challenger, p, i).1 != Decision::Approve
        })
        .expect("a swapped-out applicant");
    let id = p.applicants.id[row];
    let under_challenger = decide(&challenger, p, row).1;
    // The challenger is being tried in the lab; the table stays on the policy in force.
    h.state_mut().apply(Command::SetChallenger(challenger));
    h.state_mut().apply(Command::Select { row, scroll: true });
    h.run_steps(4);
    assert_eq!(h.state().table.decisions, DecisionsUnder::InForce);
    assert!(shown(&h, "Decision under the policy in force"));
    assert!(shown(&h, "APPROVE"));
    let cleared = h.state().table.query.clone();
    let mut approve_filter = cleared.clone();
    approve_filter.decision = Some(Decision::Approve);
    approve_filter.search = id.to_string();
    h.state_mut().apply(Command::SetQuery(approve_filter));
    h.run_steps(4);
    assert_eq!(h.state().table.rows, vec![row as u32]);
    // The switch names the challenger as unsaved; choosing it changes the column, the
    // detail and the filter's rows.
    h.get_by_label_contains("the lab's challenger, Tighter (unsaved)")
        .click();
    h.run_steps(4);
    assert_eq!(h.state().table.decisions, DecisionsUnder::Challenger);
    assert!(h.state().table.rows.is_empty());
    let mut by_id = cleared;
    by_id.search = id.to_string();
    h.state_mut().apply(Command::SetQuery(by_id));
    h.state_mut().apply(Command::Select { row, scroll: true });
    h.run_steps(4);
    assert!(shown(&h, "Decision under the lab's challenger"));
    let word = match under_challenger {
        Decision::Refer => "REFER",
        _ => "DECLINE",
    };
    assert!(shown(&h, word));
    assert!(shown(&h, "Policy: Tighter (unsaved)"));
}

/// A challenger that is neither the policy in force nor saved.
fn unsaved_challenger(h: &mut egui_kittest::Harness<'static, riskdesk::ui::RiskdeskApp>) {
    let mut p = h.state().data().expect("open").champion.policy.clone();
    p.cutoff += 20;
    p.name = "Trial".into();
    h.state_mut().apply(Command::SetChallenger(p));
    assert!(h.state().data().expect("open").challenger_unsaved());
}

#[test]
fn quitting_or_closing_with_an_unsaved_challenger_asks_first() {
    let mut h = harness(app(sample(), Tab::PolicyLab, false));
    // Nothing to lose: Quit does not ask.
    h.state_mut().apply(Command::Quit);
    assert!(!h.state().asking_to_discard());
    unsaved_challenger(&mut h);
    h.state_mut().apply(Command::Quit);
    h.run_steps(2);
    assert!(h.state().asking_to_discard());
    assert!(shown(&h, "The challenger is not saved"));
    h.get_by_label("Keep working").click();
    h.run_steps(2);
    assert!(!h.state().asking_to_discard());
    // The window's close button asks the same (the close is cancelled meanwhile).
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(2);
    assert!(h.state().asking_to_discard());
    assert!(shown(&h, "Quit without saving"));
    h.get_by_label("Quit without saving").click();
    h.run_steps(2);
    assert!(!h.state().asking_to_discard());
}

#[test]
fn opening_another_file_with_an_unsaved_challenger_asks_first() {
    let mut h = harness(app(sample(), Tab::PolicyLab, false));
    unsaved_challenger(&mut h);
    let other = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    h.state_mut().apply(Command::Open(other));
    h.run_steps(2);
    assert!(h.state().asking_to_discard());
    assert!(shown(&h, "Open without saving"));
    h.get_by_label("Open without saving").click();
    h.run_steps(2);
    h.state_mut().wait_for_load();
    h.run_steps(2);
    // The new file starts on its own policy in force: nothing carried over.
    let d = h.state().data().expect("open");
    assert_eq!(d.challenger.policy, d.champion.policy);
    assert!(!h.state().asking_to_discard());
}

#[test]
fn a_missing_income_gets_its_own_reason_not_a_high_debt_to_income() {
    let p = sample().portfolio;
    // An applicant without an income whose debt-to-income costs points.
    let dti = p
        .scorecard
        .characteristics
        .iter()
        .position(|c| c.variable == "dti")
        .expect("dti");
    let row = (0..p.len())
        .find(|&i| {
            p.applicants.monthly_income[i].is_nan()
                && p.scorecard
                    .breakdown(&p.scorecard_values(i))
                    .is_ok_and(|b| b.lines[dti].shortfall >= 30)
        })
        .expect("an applicant without an income");
    let id = p.applicants.id[row];
    let mut a = app(sample(), Tab::Applicants, false);
    assert!(a.select_applicant(id));
    let mut h = harness(a);
    h.run_steps(2);
    // In the score's reason codes, and again among the principal reasons when the
    // score is below the cut-off too.
    assert!(
        h.query_all_by_label_contains("R01 — Income or debt payments were not provided")
            .count()
            > 0
    );
    // The decision's first reason is the hard rule that declined.
    assert!(
        h.query_by_label_contains(
            "H03 — No income given: the debt-to-income ratio cannot be checked"
        )
        .is_some()
    );
    assert!(
        h.query_by_label_contains("Debt payments are high relative to income")
            .is_none()
    );
}

/// A node's text: a label's is its value in AccessKit.
fn text_of(n: egui_kittest::Node<'_>) -> String {
    let a = n.accesskit_node();
    a.value().or_else(|| a.label()).unwrap_or_default()
}

#[test]
fn pointing_at_the_strategy_curve_reads_out_cut_off_and_rates() {
    let mut h = harness(app(sample(), Tab::Charts, false));
    let title = h
        .get_by_label("Strategy curve: approval rate vs expected bad rate over all cut-offs")
        .rect();
    // Into the plot, below its title and legend, at about half the width.
    h.hover_at(egui::pos2(title.center().x, title.bottom() + 150.0));
    h.run_steps(3);
    let readout = h
        .query_all_by_label_contains("cut-off ")
        .map(text_of)
        .find(|l| l.contains("\napproval rate ") && l.contains("\nexpected bad rate "));
    let all: Vec<String> = h
        .query_all_by_label_contains("cut-off")
        .map(text_of)
        .collect();
    let text = readout.unwrap_or_else(|| panic!("a read-out under the pointer: {all:?} {title:?}"));
    // It names a cut-off the curve has, with both rates in percent.
    let cutoff: i32 = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("cut-off "))
        .and_then(|c| c.trim().parse().ok())
        .expect("the cut-off");
    let d = h.state().data().expect("open");
    let point = d
        .challenger
        .strategy
        .iter()
        .find(|p| p.cutoff == cutoff)
        .expect("a cut-off of the curve");
    assert!(
        text.contains(&riskdesk::format::pct(point.approval_rate)),
        "{text}"
    );
}
