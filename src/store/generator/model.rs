//! The sample portfolio's "true" risk model and the scorecard built from it.
//!
//! Each characteristic adds a log-odds (good:bad) effect per bin. The true 12-month
//! bad probability of an applicant adds to these effects things the scorecard does
//! not see (channel, a hidden quality factor, noise), so the scorecard separates goods
//! from bads well but not perfectly (Gini about 0.5–0.6), as a real one does.
//! Points follow the scaling of docs/design.md#scorecard-scaling: an effect `f` (in log-odds) is worth
//! `f · Factor` points, and the base points are `Offset + Factor · intercept`.

use crate::domain::scorecard::reason_text::ENGLISH;
use crate::domain::scorecard::scaling::Scaling;
use crate::domain::scorecard::{
    Bin, BinRule, Characteristic, Kind, LabelText, ReasonText, Scorecard,
};

/// Log-odds of a good at the neutral bin of every characteristic.
pub(crate) const INTERCEPT: f64 = 1.75;

struct Spec {
    variable: &'static str,
    label: &'static str,
    code: &'static str,
    text: &'static str,
    /// Effect of a missing value.
    missing: f64,
    /// Numeric: (upper edge of the bin, effect); the last edge is open (∞).
    ranges: &'static [(f64, f64)],
    /// Categorical: (categories, effect), then the effect of "other".
    categories: &'static [(&'static [&'static str], f64)],
    other: f64,
}

const INF: f64 = f64::INFINITY;

const SPECS: &[Spec] = &[
    Spec {
        variable: "dti",
        label: "Debt-to-income",
        code: "R01",
        text: "Debt payments are high relative to income",
        missing: -1.0,
        ranges: &[
            (0.1, 0.6),
            (0.2, 0.35),
            (0.3, 0.0),
            (0.4, -0.35),
            (0.5, -0.7),
            (INF, -1.1),
        ],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "bureau_months",
        label: "Credit history length (months)",
        code: "R02",
        text: "Short credit history",
        missing: -0.5,
        ranges: &[
            (6.0, -0.6),
            (12.0, -0.35),
            (24.0, -0.1),
            (48.0, 0.2),
            (INF, 0.45),
        ],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "delinquencies",
        label: "Past delinquencies",
        code: "R03",
        text: "Previous late payments on record",
        missing: 0.0,
        ranges: &[(1.0, 0.35), (2.0, -0.4), (4.0, -0.9), (INF, -1.4)],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "platform_months",
        label: "Months on the platform",
        code: "R04",
        text: "Short time as a platform customer",
        missing: -0.45,
        ranges: &[
            (6.0, -0.45),
            (12.0, -0.2),
            (24.0, 0.05),
            (48.0, 0.25),
            (INF, 0.4),
        ],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "night_share",
        label: "Share of night-time orders",
        code: "R05",
        text: "Many orders placed late at night",
        missing: 0.0,
        ranges: &[(0.1, 0.3), (0.25, 0.1), (0.4, -0.25), (INF, -0.65)],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "return_rate",
        label: "Share of orders returned",
        code: "R06",
        text: "Many returned orders",
        missing: 0.0,
        ranges: &[(0.05, 0.2), (0.15, 0.0), (0.3, -0.25), (INF, -0.55)],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "device_changes",
        label: "Device changes (12 months)",
        code: "R07",
        text: "Frequent changes of phone or device",
        missing: 0.0,
        ranges: &[(1.0, 0.2), (3.0, 0.0), (6.0, -0.35), (INF, -0.7)],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "employment",
        label: "Employment",
        code: "R08",
        text: "Employment status",
        missing: -0.3,
        ranges: &[],
        categories: &[
            (&["civil_servant"], 0.4),
            (&["salaried"], 0.25),
            (&["self_employed"], -0.05),
            (&["gig_worker"], -0.25),
            (&["student"], -0.35),
        ],
        other: -0.3,
    },
    Spec {
        variable: "age",
        label: "Age",
        code: "R09",
        text: "Young applicant",
        missing: -0.2,
        ranges: &[
            (22.0, -0.35),
            (26.0, -0.15),
            (35.0, 0.0),
            (50.0, 0.15),
            (INF, 0.1),
        ],
        categories: &[],
        other: 0.0,
    },
    Spec {
        variable: "order_count",
        label: "Orders on the platform",
        code: "R10",
        text: "Few purchases on the platform",
        missing: -0.3,
        ranges: &[(5.0, -0.3), (20.0, 0.0), (50.0, 0.15), (INF, 0.25)],
        categories: &[],
        other: 0.0,
    },
];

/// The sample card's reason texts beyond English: (variable, the reason in Chinese,
/// the missing-value bin's own reason in English and in Chinese). A missing value is
/// not an unfavourable value: "income not provided" rather than "debt payments are
/// high relative to income".
const TEXTS: &[(&str, &str, &str, &str)] = &[
    (
        "dti",
        "负债还款额相对收入偏高",
        "Income or debt payments were not provided",
        "未提供收入或负债信息",
    ),
    (
        "bureau_months",
        "信用记录较短",
        "No credit history on record",
        "无征信记录",
    ),
    (
        "delinquencies",
        "有逾期还款记录",
        "Repayment record not available",
        "无法获取还款记录",
    ),
    (
        "platform_months",
        "成为平台客户的时间较短",
        "Time as a platform customer not known",
        "平台客户时长未知",
    ),
    (
        "night_share",
        "夜间下单比例较高",
        "Order history not available",
        "无订单记录",
    ),
    (
        "return_rate",
        "退货订单较多",
        "Order history not available",
        "无订单记录",
    ),
    (
        "device_changes",
        "频繁更换手机或设备",
        "Device history not available",
        "无设备记录",
    ),
    (
        "employment",
        "就业状况",
        "Employment status not provided",
        "未提供就业信息",
    ),
    ("age", "申请人年龄较小", "Age not provided", "未提供年龄"),
    (
        "order_count",
        "平台购买次数较少",
        "Purchase history not available",
        "无购买记录",
    ),
];

/// The Chinese language tag of the sample's texts.
const ZH_CN: &str = "zh-CN";

/// The reason texts of the sample card: every characteristic in Chinese, and its
/// missing-value bin (bin 0) in both languages.
fn sample_reason_texts() -> Vec<ReasonText> {
    let text = |variable: &str, bin, language: &str, text: &str| ReasonText {
        variable: variable.into(),
        bin,
        language: language.into(),
        text: text.into(),
    };
    TEXTS
        .iter()
        .flat_map(|&(v, zh, missing_en, missing_zh)| {
            [
                text(v, None, ZH_CN, zh),
                text(v, Some(0), ENGLISH, missing_en),
                text(v, Some(0), ZH_CN, missing_zh),
            ]
        })
        .collect()
}

/// All effects are scaled by this (tunes how strongly the scorecard separates).
const EFFECT_SCALE: f64 = 2.0;

fn points(effect: f64, factor: f64) -> i32 {
    (EFFECT_SCALE * effect * factor).round() as i32
}

/// The scorecard stored in generated portfolios.
pub fn sample_scorecard() -> Scorecard {
    let scaling = Scaling::default();
    let f = scaling.factor();
    let characteristics = SPECS
        .iter()
        .map(|s| {
            let mut bins = vec![Bin {
                rule: BinRule::Missing,
                points: points(s.missing, f),
            }];
            let kind = if s.categories.is_empty() {
                let mut lower = None;
                for &(upper, effect) in s.ranges {
                    let up = if upper.is_finite() { Some(upper) } else { None };
                    bins.push(Bin {
                        rule: BinRule::Range { lower, upper: up },
                        points: points(effect, f),
                    });
                    lower = up;
                }
                Kind::Numeric
            } else {
                for &(cats, effect) in s.categories {
                    bins.push(Bin {
                        rule: BinRule::Categories {
                            values: cats.iter().map(|c| c.to_string()).collect(),
                        },
                        points: points(effect, f),
                    });
                }
                bins.push(Bin {
                    rule: BinRule::Other,
                    points: points(s.other, f),
                });
                Kind::Categorical
            };
            Characteristic {
                variable: s.variable.into(),
                label: s.label.into(),
                kind,
                reason_code: s.code.into(),
                reason_text: s.text.into(),
                bins,
            }
        })
        .collect();
    Scorecard {
        name: "Application scorecard v1 (sample)".into(),
        scaling,
        base_points: (scaling.offset() + f * INTERCEPT).round() as i32,
        characteristics,
        reason_texts: sample_reason_texts(),
        labels: LABELS
            .iter()
            .map(|&(variable, text)| LabelText {
                variable: variable.into(),
                language: ZH_CN.into(),
                text: text.into(),
            })
            .collect(),
    }
}

/// The sample card's characteristics in Chinese.
const LABELS: [(&str, &str); 10] = [
    ("dti", "负债收入比"),
    ("bureau_months", "信用记录时长（月）"),
    ("delinquencies", "历史逾期次数"),
    ("platform_months", "成为平台客户的月数"),
    ("night_share", "夜间订单占比"),
    ("return_rate", "退货订单占比"),
    ("device_changes", "设备更换次数（12 个月）"),
    ("employment", "就业状况"),
    ("age", "年龄"),
    ("order_count", "平台订单数"),
];
