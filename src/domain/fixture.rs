//! A tiny hand-made portfolio for unit tests of the analytics modules.

use crate::domain::portfolio::{Accounts, Applicants, Header, Portfolio};
use crate::domain::scorecard::scaling::Scaling;
use crate::domain::scorecard::{Bin, BinRule, Characteristic, Kind, Scorecard};

/// A one-characteristic scorecard: score = 500 + points of the `order_count` bin
/// (< 10: 0, [10, 20): 60, ≥ 20: 120).
pub(crate) fn scorecard() -> Scorecard {
    let range = |lower: Option<f64>, upper: Option<f64>, points| Bin {
        rule: BinRule::Range { lower, upper },
        points,
    };
    Scorecard {
        name: "test".into(),
        scaling: Scaling::default(),
        base_points: 500,
        characteristics: vec![Characteristic {
            variable: "order_count".into(),
            label: "Orders".into(),
            kind: Kind::Numeric,
            reason_code: "R01".into(),
            reason_text: "few orders".into(),
            bins: vec![
                Bin {
                    rule: BinRule::Missing,
                    points: 0,
                },
                range(None, Some(10.0), 0),
                range(Some(10.0), Some(20.0), 60),
                range(Some(20.0), None, 120),
            ],
        }],
        reason_texts: Vec::new(),
        labels: Vec::new(),
    }
}

/// One applicant of the fixture.
#[derive(Clone)]
pub(crate) struct Row {
    pub orders: f32,
    pub income: f64,
    pub app_month: i32,
    /// Month-end buckets of its booked account, if any.
    pub history: Option<Vec<u8>>,
}

/// Builds a portfolio (as of month 24) from rows; ids are 1, 2, ...
pub(crate) fn portfolio(rows: &[Row]) -> Portfolio {
    portfolio_with(rows, scorecard())
}

/// As [`portfolio`], scored by `card`.
pub(crate) fn portfolio_with(rows: &[Row], card: Scorecard) -> Portfolio {
    let mut a = Applicants::default();
    let mut acc = Accounts::default();
    for (i, r) in rows.iter().enumerate() {
        a.id.push(i as i64 + 1);
        a.app_day.push(r.app_month * 30);
        a.app_month.push(r.app_month);
        a.channel.push((i % 2) as u8);
        a.age.push(30);
        a.city_tier.push(1 + (i % 3) as u8);
        a.employment.push(0);
        a.monthly_income.push(r.income);
        a.monthly_debt.push(0.0);
        a.bureau_months.push(24.0);
        a.delinquencies.push(0.0);
        a.platform_months.push(12.0);
        a.monthly_spend.push(100.0);
        a.order_count.push(r.orders);
        a.return_rate.push(0.0);
        a.night_share.push(0.0);
        a.device_changes.push(0.0);
        a.name.push(&format!("Name{}", i + 1));
        a.phone.push("13800000000");
        if let Some(h) = &r.history {
            acc.id.push(100 + i as i64);
            acc.applicant.push(i as u32);
            acc.open_month.push(r.app_month);
            acc.credit_limit.push(1000.0);
            acc.fee_rate.push(0.0);
            acc.history_start.push(acc.history_bucket.len() as u32);
            for &b in h {
                acc.history_bucket.push(b);
                acc.history_balance.push(100.0);
            }
        }
    }
    acc.history_start.push(acc.history_bucket.len() as u32);
    // Invariant: the fixture's scorecard is valid and reads only known variables.
    let header = Header {
        name: "fixture".into(),
        as_of: "1970-01-31".into(),
        as_of_month: 24,
        channels: vec!["app".into(), "video".into()],
        employments: vec!["salaried".into()],
        ..Header::default()
    };
    Portfolio::new(header, a, acc, card).expect("fixture portfolio is valid")
}
