//! The Watchlist tab: the list as the domain orders it, the filter by signal, the
//! sort by a header, a row that opens its applicant, and the Overview's tile.

use egui_kittest::kittest::Queryable as _;
use riskdesk::domain::analytics::watchlist::{Signal, WatchFilter, WatchQuery};
use riskdesk::ui::{Command, Tab};

use super::{app, harness, sample, shown};

#[test]
fn filter_sort_and_open_an_account() {
    let mut h = harness(app(sample(), Tab::Watchlist, false));
    let total = h.state().data().expect("open").watchlist.len();
    assert_eq!(h.state().watch.rows.len(), total);
    assert!(shown(
        &h,
        &format!(
            "{} accounts shown",
            riskdesk::format::thousands(total as f64)
        )
    ));
    // The likeliest first.
    let p6 = |h: &egui_kittest::Harness<'_, riskdesk::ui::RiskdeskApp>, k: usize| {
        let d = h.state().data().expect("open");
        d.watchlist[h.state().watch.rows[k] as usize].p90_6m
    };
    assert!(p6(&h, 0) >= p6(&h, 1));
    // Only the accounts in arrears (1–29 days past due).
    h.state_mut().apply(Command::SetWatchQuery(WatchQuery {
        filter: WatchFilter::Signal(Signal::Arrears),
        ..WatchQuery::default()
    }));
    h.run_steps(3);
    let d = h.state().data().expect("open");
    let rows = &h.state().watch.rows;
    assert!(!rows.is_empty() && rows.len() < total);
    assert!(rows.iter().all(|&i| d.watchlist[i as usize].bucket == 1));
    // A click on the sortable header "Balance" sorts by it, largest first.
    h.get_by_label("Balance").click();
    h.run_steps(3);
    let d = h.state().data().expect("open");
    let balances: Vec<f64> = h
        .state()
        .watch
        .rows
        .iter()
        .map(|&i| d.watchlist[i as usize].balance)
        .collect();
    assert!(balances.windows(2).all(|w| w[0] >= w[1]), "{balances:?}");
    // A click on a row opens its applicant in the Applicants tab.
    let first = h.state().watch.rows[0] as usize;
    let account = d.watchlist[first].account as usize;
    let applicant = d.portfolio.accounts.applicant[account] as usize;
    let id = d.portfolio.accounts.id[account].to_string();
    h.get_by_label(&id).click();
    h.run_steps(3);
    assert_eq!(h.state().settings.tab, Tab::Applicants);
    assert_eq!(h.state().table.selected, Some(applicant));
}

#[test]
fn the_overview_counts_the_accounts_on_watch() {
    let h = harness(app(sample(), Tab::Overview, false));
    let n = h.state().data().expect("open").watchlist.len();
    assert!(shown(&h, "Accounts on watch"));
    assert!(shown(&h, &riskdesk::format::thousands(n as f64)));
}

#[test]
fn lower_thresholds_put_more_accounts_on_watch() {
    let mut h = harness(app(sample(), Tab::Watchlist, false));
    let before = h.state().watch.rows.len();
    h.get_by_label("Thresholds (for this session)").click();
    h.run_steps(2);
    assert!(shown(&h, "utilisation signal from"));
    let t = riskdesk::domain::analytics::watchlist::Thresholds {
        utilisation: 0.5,
        ..Default::default()
    };
    h.state_mut().apply(Command::SetWatchThresholds(t));
    h.run_steps(3);
    let after = h.state().watch.rows.len();
    assert!(after > before, "{after} > {before}");
    // Out-of-range figures are brought into range, NaN back to the default.
    let odd = riskdesk::domain::analytics::watchlist::Thresholds {
        utilisation: f64::NAN,
        call_from: 7.0,
        ..Default::default()
    };
    h.state_mut().apply(Command::SetWatchThresholds(odd));
    let d = h.state().data().expect("open");
    assert_eq!(d.watch_thresholds.utilisation, 0.9);
    assert_eq!(d.watch_thresholds.call_from, 1.0);
}
