//! egui_kittest tests of the workbench window: drive the controls by their labels,
//! assert what is shown, and snapshot every view in light and dark.

mod applicants;
mod chinese;
#[path = "../common/mod.rs"]
mod common;
mod compliance;
mod imported;
mod register;
mod stress;
mod watchlist;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotResults};
use riskdesk::domain::portfolio::Portfolio;
use riskdesk::format::{pct, thousands};
use riskdesk::store;
use riskdesk::ui::{Command, RiskdeskApp, Settings, Tab};
use riskdesk::workbench::Workbench;

const SIZE: [f32; 2] = [1280.0, 800.0];

pub(crate) fn sample() -> store::Opened {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    store::open(&path).expect("sample.db opens")
}

/// A copy of sample.db in a fresh temporary directory (for tests that write); the
/// directory goes when the returned guard is dropped.
pub(crate) fn sample_copy(tag: &str) -> (common::TempDir, std::path::PathBuf) {
    let dir = common::temp_dir(&format!("ui-{tag}"));
    let to = dir.join("sample.db");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &to,
    )
    .expect("copy sample.db");
    (dir, to)
}

pub(crate) fn app(opened: store::Opened, tab: Tab, dark: bool) -> RiskdeskApp {
    RiskdeskApp::with_workbench(
        Workbench::from_opened(opened, None),
        Settings {
            dark,
            tab,
            ..Settings::default()
        },
    )
}

pub(crate) fn harness(app: RiskdeskApp) -> Harness<'static, RiskdeskApp> {
    let mut h = Harness::builder()
        .with_size(SIZE)
        .build_ui_state(|ui, app: &mut RiskdeskApp| app.ui_frame(ui), app);
    h.run_steps(4);
    h
}

pub(crate) fn portfolio<'h>(h: &'h Harness<'_, RiskdeskApp>) -> &'h Portfolio {
    &h.state().data().expect("a portfolio is open").portfolio
}

#[test]
fn snapshots_of_every_view() {
    let opened = sample();
    let first_id = opened.portfolio.applicants.id[0];
    let mut results = SnapshotResults::new();
    for dark in [false, true] {
        for tab in Tab::ALL {
            let mut a = app(opened.clone(), tab, dark);
            if tab == Tab::Applicants {
                assert!(a.select_applicant(first_id));
            }
            let mut h = harness(a);
            let theme = if dark { "dark" } else { "light" };
            let name = format!(
                "{}_{theme}",
                tab.label(riskdesk::i18n::Language::En)
                    .to_lowercase()
                    .replace(' ', "_")
            );
            h.snapshot(&name);
            results.extend_harness(&mut h);
        }
    }
    results.unwrap();
}

pub(crate) fn shown(h: &Harness<'_, RiskdeskApp>, text: &str) -> bool {
    h.query_all_by_label(text).next().is_some()
}

#[test]
fn raising_the_cutoff_lowers_the_approval_rate_and_changes_the_swap_set() {
    let mut h = harness(app(sample(), Tab::PolicyLab, false));
    // Showing the lab changes nothing: the challenger starts as the champion.
    let d = h.state().data().expect("open");
    assert_eq!(d.challenger.policy, d.champion.policy);
    let before = h.state().data().expect("open").challenger.eval.total;
    assert!(shown(&h, &pct(before.approval_rate())));
    assert_eq!(h.state().data().expect("open").swap.swapped_out().count, 0);
    h.get_by_role_and_label(Role::Slider, "Cut-off")
        .set_value_accesskit(600.0);
    // One frame: the slider moves and the figures below follow within that frame.
    h.step();
    let d = h.state().data().expect("open");
    assert_eq!(d.challenger.policy.cutoff, 600);
    let after = d.challenger.eval.total;
    assert!(after.approval_rate() < before.approval_rate());
    let swapped_out = d.swap.swapped_out().count;
    assert!(swapped_out > 0);
    assert_eq!(d.swap.swapped_in().count, 0);
    // What is shown follows: the challenger's approval rate and the swap set.
    assert!(shown(&h, &pct(after.approval_rate())));
    assert!(
        h.query_by_label_contains(&format!("swapped out {} (", thousands(swapped_out as f64)))
            .is_some()
    );
    assert!(shown(&h, "challenger, cut-off 600"));
}

#[test]
fn searching_an_id_selects_it_and_shows_its_breakdown() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    let id = portfolio(&h).applicants.id[1234];
    let search = h.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    search.type_text(&id.to_string());
    h.run_steps(4);
    let p = portfolio(&h);
    let row = p.row_of_id(id).expect("id exists");
    assert_eq!(h.state().table.selected, Some(row));
    assert_eq!(h.state().table.rows, vec![row as u32]);
    assert!(shown(&h, &format!("Applicant {id}")));
    let b = p
        .scorecard
        .breakdown(&p.scorecard_values(row))
        .expect("breakdown");
    let sum: i32 = b.base_points + b.lines.iter().map(|l| l.points).sum::<i32>();
    assert_eq!(sum, p.derived.score[row]);
    assert!(shown(&h, "Total (score)"));
    assert!(shown(&h, &b.score.to_string()));
    // Down moves the selection (the table has one row: it stays).
    h.key_press(egui::Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(h.state().table.selected, Some(row));
}

#[test]
fn arrow_keys_move_the_selection() {
    let mut a = app(sample(), Tab::Applicants, false);
    let first = a.data().expect("open").portfolio.applicants.id[0];
    assert!(a.select_applicant(first));
    let mut h = harness(a);
    h.key_press(egui::Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(h.state().table.selected, Some(1));
    h.key_press(egui::Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(h.state().table.selected, Some(0));
}

#[test]
fn saving_a_policy_needs_a_reason_and_is_logged() {
    let (_dir, path) = sample_copy("save");
    let opened = store::open(&path).expect("copy opens");
    let mut h = harness(app(opened, Tab::PolicyLab, false));
    let saved_before = h.state().data().expect("open").policies.len();
    let audit_before = h.state().data().expect("open").audit.len();
    h.get_by_role_and_label(Role::Slider, "Cut-off")
        .set_value_accesskit(580.0);
    h.run_steps(2);
    // Without a reason the button is disabled, and says why beside it.
    assert!(shown(&h, "A reason is required to save."));
    h.get_by_label("Save policy").click();
    h.run_steps(2);
    assert_eq!(h.state().data().expect("open").policies.len(), saved_before);
    // The command refuses too, whatever sends it.
    let policy = h.state().data().expect("open").challenger.policy.clone();
    h.state_mut().apply(Command::SavePolicy {
        policy,
        reason: " ".into(),
    });
    assert!(h.state().message().contains("only with a reason"));
    h.run_steps(2);
    assert!(shown(&h, h.state().message()));
    assert_eq!(h.state().data().expect("open").policies.len(), saved_before);
    let reason = h.get_by_role_and_label(Role::MultilineTextInput, "Reason (required)");
    reason.focus();
    reason.type_text("demo: tighter cut-off");
    h.run_steps(2);
    h.get_by_label("Save policy").click();
    h.run_steps(3);
    let d = h.state().data().expect("open");
    assert!(
        h.state().message().starts_with("saved"),
        "{}",
        h.state().message()
    );
    assert_eq!(d.policies.len(), saved_before + 1);
    let saved = d.policies.last().expect("saved");
    assert_eq!(saved.policy.cutoff, 580);
    assert_eq!(d.challenger.policy.name, saved.policy.name);
    assert!(d.audit.len() > audit_before);
    let last = d.audit.last().expect("an entry");
    assert_eq!(last.reason, "demo: tighter cut-off");
    assert!(last.detail.contains("cut-off"), "{}", last.detail);
    assert!(shown(&h, "demo: tighter cut-off"));

    // Making it the champion needs a reason too, and is logged.
    let audit_saved = d.audit.len();
    let reason = h.get_by_role_and_label(Role::MultilineTextInput, "Reason (required)");
    reason.focus();
    reason.type_text("approved by the committee");
    h.run_steps(2);
    h.get_by_label("Make champion…").click();
    h.run_steps(3);
    // Nothing changes before the confirmation, which says what would change.
    assert_eq!(h.state().data().expect("open").champion.policy.cutoff, 560);
    assert!(
        h.query_by_label_contains("It changes: cut-off 560 → 580")
            .is_some()
    );
    h.get_by_label("Confirm: make champion").click();
    h.run_steps(3);
    let d = h.state().data().expect("open");
    assert_eq!(d.champion.policy.cutoff, 580, "{}", h.state().message());
    assert!(d.audit.len() > audit_saved);
    assert!(d.policies.iter().filter(|p| p.is_champion).count() == 1);
    // The reason was used: its box is empty again, as after a save.
    assert!(h.state().form.reason.is_empty());
    // The file really holds it: reopening finds the new champion.
    let reopened = store::open(&d.path).expect("reopen");
    assert_eq!(reopened.champion.cutoff, 580);
}

#[test]
fn a_bad_file_shows_a_message_and_keeps_the_portfolio() {
    let dir = common::temp_dir("ui-bad");
    let bad = dir.join("not-a-portfolio.db");
    std::fs::write(&bad, b"this is not an SQLite file").expect("write");
    let mut a = app(sample(), Tab::Overview, false);
    a.apply(Command::Open(bad));
    a.wait_for_load();
    let mut h = harness(a);
    let m = h.state().message().to_string();
    assert!(m.contains("stays open"), "{m}");
    assert!(h.state().data().is_some());
    h.run_steps(1);
    assert!(shown(&h, &m));
}

#[test]
fn searching_a_name_finds_the_applicant() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    let row = 4321;
    let name = portfolio(&h).applicants.name.get(row).to_string();
    assert!(name.chars().count() > 1);
    let search = h.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    search.type_text(&name);
    h.run_steps(4);
    // Masked, the name's hidden characters never match: nothing is confirmed.
    assert!(h.state().table.rows.is_empty(), "{name}");
    // What is shown (the first character) is searched.
    let first: String = name.chars().take(1).collect();
    let mut q = h.state().table.query.clone();
    q.search = first.clone();
    h.state_mut().apply(Command::SetQuery(q));
    h.run_steps(4);
    let rows = h.state().table.rows.clone();
    assert!(rows.contains(&(row as u32)), "{name}");
    let p = portfolio(&h);
    assert!(rows.iter().all(|&r| {
        p.applicants
            .name
            .get(r as usize)
            .starts_with(first.as_str())
    }));
    assert!(shown(
        &h,
        &format!(
            "{} of 20,000 applicants match",
            thousands(rows.len() as f64)
        )
    ));
}

#[test]
fn sorting_by_a_header_and_exporting_the_filtered_table() {
    let mut h = harness(app(sample(), Tab::Applicants, false));
    h.get_by_label("Score").click();
    h.run_steps(3);
    let p = portfolio(&h);
    let scores: Vec<i32> = h
        .state()
        .table
        .rows
        .iter()
        .map(|&r| p.derived.score[r as usize])
        .collect();
    assert_eq!(scores.len(), p.len());
    assert!(scores.windows(2).all(|w| w[0] <= w[1]));
    // Clicking again sorts descending.
    h.get_by_label("Score ↑").click();
    h.run_steps(3);
    let first = h.state().table.rows[0] as usize;
    assert_eq!(
        portfolio(&h).derived.score[first],
        *scores.last().expect("rows")
    );
    // Filter the approved, then export what is shown.
    let mut q = h.state().table.query.clone();
    q.decision = Some(riskdesk::domain::policy::Decision::Approve);
    h.state_mut().apply(Command::SetQuery(q));
    h.run_steps(3);
    let shown_rows = h.state().table.rows.len();
    let approved = h
        .state()
        .data()
        .expect("open")
        .challenger
        .eval
        .total
        .approved as usize;
    assert_eq!(shown_rows, approved);
    let out = std::env::temp_dir().join(format!("riskdesk-ui-export-{}.csv", std::process::id()));
    h.state_mut().apply(Command::ExportCsvTo(out.clone()));
    assert!(
        h.state().message().starts_with("exported"),
        "{}",
        h.state().message()
    );
    let text = std::fs::read_to_string(&out).expect("csv written");
    // A byte-order mark first, so that Excel on a Chinese Windows reads UTF-8.
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), shown_rows + 1);
    assert!(lines[0].starts_with("id,name,application_date"));
    assert!(lines[1..].iter().all(|l| l.contains(",approve,")));
    // Personal data stays masked in the export.
    assert!(lines[1].split(',').nth(1).expect("name").contains('*'));
    let _ = std::fs::remove_file(out);
}

#[test]
fn overview_tiles_tabs_and_theme_menu() {
    let mut h = harness(app(sample(), Tab::Overview, false));
    let d = h.state().data().expect("open");
    let q = &d.analytics.quarters;
    let (cur, prev) = (q[q.len() - 1], q[q.len() - 2]);
    // The tiles show the latest quarter and the change against the previous one.
    assert!(shown(&h, &thousands(cur.applicants as f64)));
    assert!(shown(&h, &pct(cur.approval_rate())));
    let delta = cur.applicants as i64 - prev.applicants as i64;
    let sign = if delta >= 0 { "+" } else { "−" };
    let label = format!(
        "{sign}{} vs {}",
        thousands(delta.unsigned_abs() as f64),
        riskdesk::format::quarter_label(prev.index)
    );
    assert!(shown(&h, &label), "{label}");
    // Tabs switch views.
    h.get_by_label("Charts").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.tab, Tab::Charts);
    let ks = h.state().data().expect("open").analytics.ks;
    assert!(shown(
        &h,
        &format!(
            "KS {:.1} percentage points at score {:.0} (largest gap between the shares)",
            ks.0 * 100.0,
            ks.1
        )
    ));
    // View > Dark theme.
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Dark theme").click();
    h.run_steps(3);
    assert!(h.state().settings.dark);
    assert!(h.ctx.global_style().visuals.dark_mode);
}

#[test]
fn personal_data_is_revealed_one_applicant_at_a_time_for_a_logged_purpose() {
    let (_dir, copy) = sample_copy("reveal");
    let opened = store::open(&copy).expect("copy opens");
    let mut a = app(opened, Tab::Applicants, false);
    let id = a.data().expect("open").portfolio.applicants.id[7];
    assert!(a.select_applicant(id));
    let mut h = harness(a);
    let p = portfolio(&h);
    let (name, phone) = (
        p.applicants.name.get(7).to_string(),
        p.applicants.phone.get(7).to_string(),
    );
    let masked = riskdesk::domain::portfolio::mask::mask_name(&name);
    assert_ne!(masked, name);
    assert!(!shown(&h, &name));
    assert!(!shown(&h, &phone));
    assert!(shown(
        &h,
        &riskdesk::domain::portfolio::mask::mask_phone(&phone)
    ));
    let entries = |path: &std::path::Path| {
        let conn = rusqlite::Connection::open(path).unwrap();
        riskdesk::store::audit::entries(&conn).unwrap()
    };
    let before = entries(&copy).len();
    // No purpose, no reveal: the button waits for one.
    h.get_by_label("Reveal name and phone").click();
    h.run_steps(2);
    assert_eq!(h.state().table.revealed, None);
    let field = h.get_by_role_and_label(Role::TextInput, "Purpose");
    field.focus();
    field.type_text("complaint 2026-114");
    h.run_steps(2);
    h.get_by_label("Reveal name and phone").click();
    h.run_steps(3);
    assert_eq!(h.state().table.revealed, Some(7), "{}", h.state().message());
    assert!(shown(&h, &name));
    assert!(shown(&h, &phone));
    // Exactly one entry, and the chain still verifies.
    let log = entries(&copy);
    assert_eq!(log.len(), before + 1);
    let e = log.last().unwrap();
    assert_eq!(e.action, "personal data revealed");
    assert_eq!(e.subject, format!("applicant {id}"));
    assert_eq!(e.reason, "complaint 2026-114");
    let conn = rusqlite::Connection::open(&copy).unwrap();
    assert!(riskdesk::store::audit::verify(&conn).unwrap().intact());
    // The table stays masked, and another applicant is masked again.
    assert_eq!(
        h.query_all_by_label(&name).count(),
        1,
        "the name shows in the detail only, the table row stays masked"
    );
    h.state_mut().apply(Command::Select {
        row: 8,
        scroll: false,
    });
    h.run_steps(2);
    assert_eq!(h.state().table.revealed, None);
    assert!(!shown(&h, &name));
}

#[test]
fn a_read_only_file_refuses_to_reveal() {
    let (_dir, copy) = sample_copy("reveal-ro");
    let opened = store::open(&copy).expect("copy opens");
    let mut perms = std::fs::metadata(&copy).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&copy, perms).unwrap();
    let mut a = app(opened, Tab::Applicants, false);
    a.apply(Command::RevealApplicant {
        row: 7,
        purpose: "complaint 2026-114".into(),
    });
    assert_eq!(a.table.revealed, None);
    assert!(a.status().is_error());
    assert!(a.message().contains("read-only"), "{}", a.message());
    let conn = rusqlite::Connection::open(&copy).unwrap();
    assert_eq!(riskdesk::store::audit::entries(&conn).unwrap().len(), 3);
}

#[test]
fn overview_kri_statuses_are_said_in_words() {
    use riskdesk::domain::analytics::kri::{Kri, Status};
    let h = harness(app(sample(), Tab::Overview, false));
    let d = h.state().data().expect("open");
    // One status label per indicator tile, in words, matching the file's thresholds:
    // five indicators over the quarter, the accounts on watch at the latest month-end.
    let mut expected = std::collections::BTreeMap::<&str, usize>::new();
    for k in [
        Kri::ApprovalRate,
        Kri::ExpectedLossRate,
        Kri::Dpd30Rate,
        Kri::Dpd90Rate,
        Kri::ScorePsi,
    ] {
        let status = d.kri_now(k).1;
        assert_ne!(status, Status::NoData, "{k:?}");
        *expected.entry(status.label()).or_default() += 1;
    }
    let on_watch = d.analytics.kris.monthly(Kri::OnWatchRate);
    let latest = on_watch.last().expect("a month").1;
    *expected
        .entry(d.kri_thresholds.status(Kri::OnWatchRate, latest).label())
        .or_default() += 1;
    for (word, n) in &expected {
        let label = format!("● {word}");
        assert_eq!(h.query_all_by_label(&label).count(), *n, "{label}");
    }
    // sample.db: the 30+ and 90+ shares are on watch, the others on target.
    assert_eq!(expected.get("watch"), Some(&2));
    assert_eq!(expected.get("on target"), Some(&4));
    assert!(shown(&h, "Score PSI"));
    assert!(shown(&h, "Expected loss rate"));
}

/// A file dialog that answers `answer` (after a short wait, as a person would), and
/// records what it was asked.
fn picker(
    answer: Option<std::path::PathBuf>,
    asked: std::sync::Arc<std::sync::Mutex<Vec<(Purpose, Suggestion)>>>,
) -> riskdesk::ui::dialogs::Picker {
    std::sync::Arc::new(move |purpose, suggestion| {
        asked.lock().expect("lock").push((purpose, suggestion));
        let answer = answer.clone();
        Box::pin(async move {
            std::thread::sleep(std::time::Duration::from_millis(50));
            answer
        })
    })
}

use riskdesk::ui::dialogs::{Purpose, Suggestion};

#[test]
fn file_open_asks_off_the_ui_thread_and_opens_the_answer() {
    let (_dir, copy) = sample_copy("dialog-open");
    let asked = std::sync::Arc::default();
    let a = app(sample(), Tab::Overview, false).with_file_picker(picker(Some(copy), asked));
    let mut h = harness(a);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Open…").click();
    h.run_steps(2);
    // The frame went on while the dialog is open: the UI thread is not blocked.
    assert!(h.state().dialog_open());
    h.state_mut().wait_for_dialog();
    h.state_mut().wait_for_load();
    h.run_steps(2);
    let m = h.state().message().to_string();
    assert!(m.starts_with("opened sample.db"), "{m}");
    assert!(!h.state().dialog_open());
}

#[test]
fn a_cancelled_dialog_is_a_quiet_message_not_an_error() {
    let asked = std::sync::Arc::default();
    let a = app(sample(), Tab::Charts, false).with_file_picker(picker(None, asked));
    let mut h = harness(a);
    h.state_mut().apply(Command::OpenDialog);
    h.state_mut().wait_for_dialog();
    h.run_steps(2);
    assert_eq!(
        h.state().message(),
        "no file opened (dialog cancelled or unavailable; without a file dialog, File > Open by path…)"
    );
    assert!(h.state().data().is_some());
}

#[test]
fn export_png_suggests_a_name_beside_the_portfolio() {
    let (_dir, copy) = sample_copy("dialog-png");
    let asked: std::sync::Arc<std::sync::Mutex<Vec<(Purpose, Suggestion)>>> =
        std::sync::Arc::default();
    let opened = store::open(&copy).expect("copy opens");
    let a = app(opened, Tab::Charts, false).with_file_picker(picker(None, asked.clone()));
    let mut h = harness(a);
    h.state_mut().apply(Command::ExportPng);
    h.state_mut().wait_for_dialog();
    let asked = asked.lock().expect("lock");
    let (purpose, suggestion) = &asked[0];
    assert_eq!(*purpose, Purpose::ExportPng);
    assert_eq!(suggestion.folder.as_deref(), copy.parent());
    assert_eq!(
        suggestion.file_name.as_deref(),
        Some("sample-charts-2026-10-31.png")
    );
    assert_eq!(
        h.state().message(),
        "nothing exported (dialog cancelled or unavailable; without a file dialog, File > Save the current view as PNG beside the portfolio)"
    );
}

#[test]
fn the_menu_shows_shortcuts_and_ctrl_o_asks_for_a_file() {
    let asked = std::sync::Arc::default();
    let a = app(sample(), Tab::Overview, false).with_file_picker(picker(None, asked));
    let mut h = harness(a);
    h.get_by_label("File").click();
    h.run_steps(2);
    // The item names its shortcut.
    assert!(h.query_by_label_contains("Ctrl+O").is_some());
    h.get_by_label("File").click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run_steps(2);
    assert!(h.state().dialog_open(), "Ctrl+O opens the file dialog");
    h.state_mut().wait_for_dialog();
    h.run_steps(1);
    assert_eq!(
        h.state().message(),
        "no file opened (dialog cancelled or unavailable; without a file dialog, File > Open by path…)"
    );
}

#[test]
fn the_window_shows_the_audit_chain_and_a_banner_when_it_breaks() {
    let h = harness(app(sample(), Tab::Overview, false));
    assert!(
        h.query_by_label_contains("audit log: 3 entries, intact")
            .is_some(),
        "the status bar names the chain's state"
    );
    assert!(h.query_by_label_contains("not intact").is_none());
    let (_dir, copy) = sample_copy("audit-banner");
    rusqlite::Connection::open(&copy)
        .unwrap()
        .execute("UPDATE audit_log SET reason = 'tampered' WHERE id = 1", [])
        .unwrap();
    let opened = store::open(&copy).expect("copy opens");
    let h = harness(app(opened, Tab::PolicyLab, false));
    assert!(
        h.query_by_label_contains(
            "The audit log of this file is not intact: audit entry 1 was edited"
        )
        .is_some(),
        "a banner names the first broken entry"
    );
    assert!(h.query_by_label_contains("audit log NOT intact").is_some());
}

#[test]
fn opening_another_file_masks_personal_data_again() {
    let (_dir, copy) = sample_copy("reopen-masked");
    let mut h = harness(app(sample(), Tab::Applicants, false));
    h.state_mut().table.revealed = Some(7);
    h.run_steps(2);
    h.state_mut().apply(Command::Open(copy));
    h.state_mut().wait_for_load();
    h.run_steps(2);
    assert_eq!(
        h.state().table.revealed,
        None,
        "a reveal does not carry over"
    );
    assert!(!h.state().table.query.names_revealed);
}

#[test]
fn an_export_with_names_asks_a_purpose_and_is_logged_before_the_file_appears() {
    let (dir, copy) = sample_copy("export-names");
    let out = dir.join("with-names.csv");
    let asked = std::sync::Arc::default();
    let opened = store::open(&copy).expect("copy opens");
    let a = app(opened, Tab::Applicants, false).with_file_picker(picker(Some(out.clone()), asked));
    let mut h = harness(a);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Export the filtered table with names")
        .click();
    h.run_steps(3);
    // Nothing is asked for a file until a purpose is typed.
    h.get_by_label("Choose the file…").click();
    h.run_steps(2);
    assert!(!h.state().dialog_open());
    let field = h.get_by_role_and_label(Role::TextInput, "Purpose");
    field.focus();
    field.type_text("regulator request 7");
    h.run_steps(2);
    h.get_by_label("Choose the file…").click();
    h.run_steps(2);
    assert!(h.state().dialog_open());
    h.state_mut().wait_for_dialog();
    h.run_steps(2);
    assert!(
        h.state().message().contains("logged in the audit log"),
        "{}",
        h.state().message()
    );
    let text = std::fs::read_to_string(&out).expect("written");
    let p = portfolio(&h);
    assert!(text.contains(p.applicants.name.get(0)), "names unmasked");
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let log = riskdesk::store::audit::entries(&conn).unwrap();
    let e = log.last().unwrap();
    assert_eq!(e.action, "personal data exported");
    assert_eq!(e.subject, "20000 applicants");
    assert_eq!(e.reason, "regulator request 7");
    assert!(riskdesk::store::audit::verify(&conn).unwrap().intact());
}

#[test]
fn saving_under_a_saved_name_adds_a_version_and_keeps_the_champion() {
    let (_dir, copy) = sample_copy("versions");
    let opened = store::open(&copy).expect("copy opens");
    let mut h = harness(app(opened, Tab::PolicyLab, false));
    let champion = h.state().data().expect("open").champion.policy.clone();
    for (cutoff, reason) in [(580, "first try"), (590, "second try")] {
        let policy = riskdesk::domain::policy::Policy {
            name: "Tight".into(),
            cutoff,
            ..champion.clone()
        };
        h.state_mut().apply(Command::SavePolicy {
            policy,
            reason: reason.into(),
        });
        h.run_steps(2);
    }
    let d = h.state().data().expect("open");
    let tight: Vec<(i64, i32)> = d
        .policies
        .iter()
        .filter(|p| p.policy.name == "Tight")
        .map(|p| (p.version, p.policy.cutoff))
        .collect();
    assert_eq!(tight, vec![(1, 580), (2, 590)]);
    assert_eq!(
        d.champion.policy, champion,
        "saving never changes the policy in force"
    );
    assert!(shown(&h, "Tight v1"));
    assert!(shown(&h, "Tight v2"));
}

#[test]
fn a_display_name_from_the_settings_goes_beside_the_account_name() {
    let (_dir, copy) = sample_copy("display-name");
    let opened = store::open(&copy).expect("copy opens");
    let mut a = app(opened, Tab::Applicants, false);
    a.apply(Command::SetDisplayName("  Wang Fang ".into()));
    assert_eq!(a.settings.display_name.as_deref(), Some("Wang Fang"));
    a.apply(Command::RevealApplicant {
        row: 3,
        purpose: "complaint 2026-115".into(),
    });
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let log = riskdesk::store::audit::entries(&conn).unwrap();
    let user = &log.last().unwrap().user;
    assert!(user.ends_with(" (Wang Fang)"), "{user}");
    assert!(
        !user.starts_with(" ("),
        "the account name comes first: {user}"
    );
}
