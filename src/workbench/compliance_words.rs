//! The compliance checks in words, in the window's language: what the Compliance
//! tab and `riskdesk compliance` print. A rule keeps the label its rules file
//! gives, unless that is the built-in English label, which is translated.

use crate::domain::compliance::checks::Check;
use crate::domain::compliance::fairness::{AGE_BANDS, Flag};
use crate::domain::compliance::rules::Rules;
use crate::domain::compliance::{PolicyTest, RuleResult, Status, Unavailable};
use crate::format::{money, pct};
use crate::i18n::{self, Arg, Language};

fn text(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
    i18n::text_with(lang, id, &args)
}

/// The message key of a rule's built-in label.
fn label_key(r: &RuleResult) -> &'static str {
    match r.check {
        Some(Check::LimitCap) => "compliance-rule-limit-cap",
        Some(Check::LimitIncome) => "compliance-rule-limit-income",
        Some(Check::MinAge) => "compliance-rule-min-age",
        Some(Check::BarredEmployment) => "compliance-rule-barred-employment",
        Some(Check::IncomeRequired) => "compliance-rule-income-required",
        None => "compliance-rule-apr",
    }
}

/// The rule's label: the built-in one translated, a rules file's own as written.
pub fn rule_label(lang: Language, r: &RuleResult) -> String {
    let d = Rules::default();
    let built_in = [
        &d.limit_cap.label,
        &d.limit_income.label,
        &d.apr.label,
        &d.min_age.label,
        &d.barred_employment.label,
        &d.income_required.label,
    ];
    if built_in.contains(&&r.label) {
        i18n::text(lang, label_key(r))
    } else {
        r.label.clone()
    }
}

pub fn status(lang: Language, s: Status) -> String {
    i18n::text(
        lang,
        match s {
            Status::Pass => "compliance-status-pass",
            Status::Watch => "compliance-status-watch",
            Status::Breach => "compliance-status-breach",
            Status::NotCheckable => "compliance-status-not-checkable",
        },
    )
}

/// Why a rule cannot be checked.
pub fn unavailable(lang: Language, u: Unavailable) -> String {
    i18n::text(
        lang,
        match u {
            Unavailable::NoOrders => "compliance-no-orders",
            Unavailable::NoIncome => "compliance-no-income",
            Unavailable::NoAge => "compliance-no-age",
            Unavailable::NoEmployment => "compliance-no-employment",
        },
    )
}

/// The rule's thresholds in words ("breach above ¥200,000", "watch 20% · breach 24% ·
/// red line 36% · reference 12%"); the barred categories for that rule.
pub fn thresholds(lang: Language, r: &RuleResult, rules: &Rules) -> String {
    if r.check == Some(Check::BarredEmployment) {
        let list = rules.barred_employment.categories.join(", ");
        return text(lang, "compliance-categories", &[("list", list)]);
    }
    let value = |name: &str, x: f64| match (r.check, name) {
        (Some(Check::LimitCap), _) => money(x),
        (Some(Check::LimitIncome), _) => {
            text(lang, "compliance-times-income", &[("x", format!("{x:.2}"))])
        }
        (Some(Check::MinAge), _) => format!("{x:.0}"),
        _ => pct(x),
    };
    r.thresholds
        .iter()
        .map(|(name, x)| {
            let key = match *name {
                "watch" => "compliance-threshold-watch",
                "red_line" => "compliance-threshold-red-line",
                "reference" => "compliance-threshold-reference",
                "minimum" => "compliance-threshold-minimum",
                _ => "compliance-threshold-breach",
            };
            text(lang, key, &[("value", value(name, *x))])
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A policy test in words, with its figures.
pub fn policy_test(lang: Language, t: &PolicyTest) -> String {
    match t {
        PolicyTest::LimitMultiple { largest, allowed } => text(
            lang,
            "compliance-test-multiple",
            &[
                ("largest", format!("{largest:.2}")),
                ("allowed", format!("{allowed:.2}")),
            ],
        ),
        PolicyTest::MinLimit {
            min_limit,
            lowest_income,
            cap,
        } => match (lowest_income, cap) {
            (Some(i), Some(c)) => text(
                lang,
                "compliance-test-min-limit",
                &[
                    ("min", money(*min_limit)),
                    ("income", money(*i)),
                    ("cap", money(*c)),
                ],
            ),
            _ => text(
                lang,
                "compliance-test-min-limit-none",
                &[("min", money(*min_limit))],
            ),
        },
        PolicyTest::MaxLimit { max_limit, cap } => text(
            lang,
            "compliance-test-max-limit",
            &[("max", money(*max_limit)), ("cap", money(*cap))],
        ),
    }
}

/// A fairness dimension's name.
pub fn dimension(lang: Language, key: &str, label: &str) -> String {
    match key {
        "age_band" => i18n::text(lang, "compliance-dim-age-band"),
        "employment" => i18n::text(lang, "compliance-dim-employment"),
        "city_tier" => i18n::text(lang, "compliance-dim-city-tier"),
        "channel" => i18n::text(lang, "compliance-dim-channel"),
        _ => label.to_string(),
    }
}

/// A group's name (the age bands' "under 18" translated; categories as written).
pub fn group(lang: Language, key: &str, group: &str) -> String {
    if key == "age_band" && group == AGE_BANDS[0].2 {
        i18n::text(lang, "compliance-under-18")
    } else if key == "city_tier" {
        text(lang, "compliance-city-tier", &[("tier", group.to_string())])
    } else {
        group.to_string()
    }
}

pub fn flag(lang: Language, f: Flag) -> String {
    match f {
        Flag::None => String::new(),
        Flag::Amber => i18n::text(lang, "compliance-flag-amber"),
        Flag::Red => i18n::text(lang, "compliance-flag-red"),
    }
}

/// The APRs of the orders in one line: count, min, median, max and how many lie
/// above each level.
pub fn apr_line(lang: Language, s: &crate::domain::compliance::AprSummary) -> String {
    use crate::format::thousands;
    let n = |x: u64| thousands(x as f64);
    text(
        lang,
        "compliance-line-apr",
        &[
            ("orders", n(s.orders)),
            ("min", pct(s.min)),
            ("median", pct(s.median)),
            ("max", pct(s.max)),
            ("watch", n(s.above_watch)),
            ("breach", n(s.above_breach)),
            ("red", n(s.above_red_line)),
        ],
    )
}

/// The scorecard's age check in words, with its standing (`None`: the card reads
/// no age).
pub fn age_points(
    lang: Language,
    a: &crate::domain::compliance::age_points::AgePoints,
) -> Option<(Status, String)> {
    use crate::domain::compliance::age_points::AgePoints;
    let AgePoints::Checked {
        older,
        best_younger,
        passes,
        ..
    } = a
    else {
        return None;
    };
    let bins =
        |b: &crate::domain::compliance::age_points::BinPoints| format!("{}: {}", b.label, b.points);
    let older: Vec<String> = older.iter().map(bins).collect();
    let best = best_younger.as_ref().map_or("–".to_string(), bins);
    let (status, key) = if *passes {
        (Status::Pass, "compliance-age-pass")
    } else {
        (Status::Breach, "compliance-age-fail")
    };
    Some((
        status,
        text(lang, key, &[("older", older.join(", ")), ("best", best)]),
    ))
}
