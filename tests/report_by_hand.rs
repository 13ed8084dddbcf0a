//! The report of a tiny portfolio whose every figure was computed by hand.
//!
//! Scorecard: base 500, delinquencies 0 → +100 (score 600, band C, PD 1/51),
//! ≥ 1 → +40 (score 540, band E, PD 1/7.25). Policy: cut-off 560, refer width 25
//! (535–559 refer), DTI cap 0.5, tenure ≥ 3, multiple 1.0, factor C 1.0,
//! utilisation 0.5, LGD 0.8, fee 0.2, CCF 0.5.
//!
//! 1: score 600, DTI 0.1 → approve, limit 8,000.   2: age 17 → decline.
//! 3: DTI 0.6 → decline.   4: approve, 3,050 → 3,000.   5: no income → decline.
//! 6: tenure 2 → decline.  7: score 540 → refer.
//! C: 4 applicants, 2 approved; limits 11,000; EAD 5,500; EL = 5,500·0.8/51 = 86.27;
//! revenue 1,100; margin 1,013.73. E: 3 applicants, 1 referred, 2 declined.
//! Book: account 1 (limit 8,000, 13 months, 30+ once, last balance 3,000, EAD
//! 3,000 + 0.5·5,000 = 5,500, EL 86.27); account 2 (limit 3,000, 5 months, 90+ at
//! month 5 → bad but not mature, last balance 2,800, EAD 2,800 + 0.5·200 = 2,900,
//! defaulted so no EL). Mature: account 1 only → 30+ rate 100%, 90+ rate 0%.

mod common;

use riskdesk::domain::analytics::report::report;
use riskdesk::store;

#[test]
fn tiny_report_matches_hand_computation() {
    let dir = common::temp_dir("report");
    let path = dir.join("tiny.db");
    common::write_tiny(&path);
    let o = store::open(&path).unwrap();
    assert_eq!(o.champion, common::tiny_policy());
    let r = report(&o.champion, &o.portfolio);
    let t = &r.total;
    assert_eq!(
        (t.applicants, t.approved, t.referred, t.declined),
        (7, 2, 1, 4)
    );
    assert_eq!(t.approval_rate, 0.285714);
    assert_eq!(t.total_limit, 11_000.0);
    assert_eq!(t.ead, 5_500.0);
    assert_eq!(t.expected_loss, 86.27);
    assert_eq!(t.revenue, 1_100.0);
    assert_eq!(t.margin, 1_013.73);
    assert_eq!(t.expected_bad_rate, 0.019608);
    assert_eq!(t.observed_bad_rate, Some(0.0));
    assert_eq!(t.booked_accounts, 2);
    assert_eq!(t.booked_limit, 11_000.0);
    assert_eq!(t.drawn_exposure, 5_800.0);
    assert_eq!(t.booked_ead, 8_400.0);
    assert_eq!(t.booked_expected_loss, 86.27);
    assert_eq!(t.mature_accounts, 1);
    assert_eq!(t.observed_30plus_rate, 1.0);
    assert_eq!(t.observed_90plus_rate, 0.0);

    let c = &r.bands[2];
    assert_eq!(
        (c.band.as_str(), c.applicants, c.approved, c.declined),
        ("C", 4, 2, 2)
    );
    let e = &r.bands[4];
    assert_eq!(
        (e.band.as_str(), e.applicants, e.referred, e.declined),
        ("E", 3, 1, 2)
    );
    assert_eq!(e.observed_bad_rate, None);
    for k in [0, 1, 3, 5] {
        assert_eq!(r.bands[k].applicants, 0);
    }
    // Outcomes: 1 good? No: mature, never 90+ → good. 4: bad (young but 90+).
    use riskdesk::domain::portfolio::Outcome;
    let p = &o.portfolio;
    assert_eq!(p.derived.outcome[0], Outcome::Good);
    assert_eq!(p.derived.outcome[3], Outcome::Bad);
    assert_eq!(p.derived.outcome[1], Outcome::Unknown);
    assert_eq!(p.derived.score[..3], [600, 600, 540]);
}

#[test]
fn json_keys_are_stable() {
    let dir = common::temp_dir("keys");
    let path = dir.join("tiny.db");
    common::write_tiny(&path);
    let o = store::open(&path).unwrap();
    let v = serde_json::to_value(report(&o.champion, &o.portfolio)).unwrap();
    let top: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        top,
        [
            "as_of",
            "bands",
            "limit_applies",
            "outcome_definition",
            "policy",
            "portfolio",
            "scorecard_in_force",
            "total"
        ]
    );
    assert_eq!(
        v["outcome_definition"],
        "90+ days past due within 12 months on book"
    );
    assert_eq!(
        (
            v["scorecard_in_force"].as_bool(),
            v["limit_applies"].as_bool()
        ),
        (Some(true), Some(true))
    );
    let mut row: Vec<&str> = v["total"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    row.sort();
    assert_eq!(
        row,
        [
            "applicants",
            "approval_rate",
            "approved",
            "band",
            "band_label",
            "booked_accounts",
            "booked_ead",
            "booked_expected_loss",
            "booked_limit",
            "declined",
            "drawn_exposure",
            "ead",
            "expected_bad_rate",
            "expected_loss",
            "margin",
            "mature_accounts",
            "observed_30plus_rate",
            "observed_90plus_rate",
            "observed_bad_rate",
            "referred",
            "revenue",
            "total_limit",
        ]
    );
    assert_eq!(v["bands"].as_array().unwrap().len(), 6);
}
