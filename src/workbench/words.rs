//! The domain's words in the interface's language: decisions, outcomes, the rule that
//! decided, bin labels, key risk indicators and their statuses. The domain keeps its
//! English names for files and tests; people read these (assets/i18n/*/window.ftl).

use crate::domain::analytics::kri::{Kri, Status, Threshold};
use crate::domain::policy::{Decision, Policy, Rule};
use crate::domain::portfolio::{DPD_BUCKETS, Outcome};
use crate::domain::register::{Band, Category, RiskStatus};
use crate::domain::scorecard::BinRule;
use crate::i18n::{self, Arg, Language};
use crate::store::audit::{Break, BreakKind};

/// "approve", "refer", "decline"; 准入, 转人工, 拒绝.
pub fn decision(lang: Language, d: Decision) -> String {
    i18n::text(
        lang,
        match d {
            Decision::Approve => "decision-approve",
            Decision::Refer => "decision-refer",
            Decision::Decline => "decision-decline",
        },
    )
}

/// "good", "bad", "unknown".
pub fn outcome(lang: Language, o: Outcome) -> String {
    i18n::text(
        lang,
        match o {
            Outcome::Good => "outcome-good",
            Outcome::Bad => "outcome-bad",
            Outcome::Unknown => "outcome-unknown",
        },
    )
}

/// The hard rules without their input in `p` (an import with no age, say), as one
/// line: "not applicable (no input in this portfolio): the minimum age, …"; `None`
/// when every rule applies.
pub fn rules_not_applicable(
    lang: Language,
    p: &crate::domain::portfolio::Portfolio,
) -> Option<String> {
    let mut names = Vec::new();
    if !p.rule_applies(Rule::UnderAge) {
        names.push(i18n::text(lang, "na-rule-age"));
    }
    if !p.rule_applies(Rule::ShortTenure) {
        names.push(i18n::text(lang, "na-rule-tenure"));
    }
    if !p.rule_applies(Rule::DtiAboveCap) {
        names.push(i18n::text(lang, "na-rule-dti"));
    }
    if !p.limit_applies() {
        names.push(i18n::text(lang, "na-rule-limit"));
    }
    (!names.is_empty()).then(|| {
        i18n::text_with(
            lang,
            "na-rules",
            &[(
                "rules",
                Arg::Text(&names.join(&i18n::text(lang, "na-separator"))),
            )],
        )
    })
}

/// "12,345 booked accounts", or for an import without accounts whose outcomes the
/// lender gave, how many have one (each counts as booked).
pub fn booked(lang: Language, p: &crate::domain::portfolio::Portfolio) -> String {
    use crate::domain::portfolio::GivenOutcome;
    let (id, n) = if p.accounts.is_empty() && p.outcomes_given() {
        let given = p
            .applicants
            .given_outcome
            .iter()
            .filter(|g| matches!(g, GivenOutcome::Good | GivenOutcome::Bad))
            .count();
        ("booked-given", given)
    } else {
        ("booked-accounts", p.accounts.len())
    };
    i18n::text_with(
        lang,
        id,
        &[("n", Arg::Text(&crate::format::thousands(n as f64)))],
    )
}

/// What an observed bad means in `p`: Riskdesk's own outcome, or the lender's
/// definition of the outcomes an import gave.
pub fn outcome_definition(lang: Language, p: &crate::domain::portfolio::Portfolio) -> String {
    match &p.outcome_definition {
        Some(d) => d.clone(),
        None => i18n::text(lang, "outcome-definition-own"),
    }
}

/// An outcome as the lender gave it: "good", "bad", "neither bad nor good".
pub fn given_outcome(lang: Language, g: crate::domain::portfolio::GivenOutcome) -> String {
    use crate::domain::portfolio::GivenOutcome as G;
    match g {
        G::Good => outcome(lang, Outcome::Good),
        G::Bad => outcome(lang, Outcome::Bad),
        G::Indeterminate | G::None => i18n::text(lang, "outcome-indeterminate"),
    }
}

/// A message about observed outcomes: `own` for Riskdesk's own (the month-end
/// history's), `given` for an import's, which also gets the lender's `definition`,
/// so that no screen shows a lender's "charged off, ever" as Riskdesk's 90+ rate.
pub fn observed(
    lang: Language,
    p: &crate::domain::portfolio::Portfolio,
    own: &str,
    given: &str,
    args: &[(&str, Arg<'_>)],
) -> String {
    match &p.outcome_definition {
        None => i18n::text_with(lang, own, args),
        Some(d) => {
            let mut all = args.to_vec();
            all.push(("definition", Arg::Text(d)));
            i18n::text_with(lang, given, &all)
        }
    }
}

/// The rule that decided, with the policy's figures: "score below 560".
/// Message `id` in `lang` with arguments given as owned texts.
fn text_owned(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, Arg::Text(v.as_str())))
        .collect();
    i18n::text_with(lang, id, &args)
}

/// A principal reason in `lang`, with its values ("Debt-to-income 60.00% above the
/// cap of 50.00%"); a score reason is the card's text and the points it cost.
pub fn principal_reason(
    lang: Language,
    r: &crate::domain::evaluation::explanation::PrincipalReason,
) -> String {
    use crate::domain::evaluation::explanation::{HardRuleFailure, PrincipalReason};
    use crate::format::pct;
    let text = |id: &str, args: &[(&str, String)]| text_owned(lang, id, args);
    match r {
        PrincipalReason::HardRule(HardRuleFailure::UnderAge { age, min }) => text(
            "reason-under-age",
            &[("age", age.to_string()), ("min", min.to_string())],
        ),
        PrincipalReason::HardRule(HardRuleFailure::ShortTenure { months, min }) => match months {
            Some(m) => text(
                "reason-short-tenure",
                &[("months", format!("{m:.0}")), ("min", min.to_string())],
            ),
            None => text("reason-tenure-unknown", &[("min", min.to_string())]),
        },
        PrincipalReason::HardRule(HardRuleFailure::NoIncome) => text("reason-no-income", &[]),
        PrincipalReason::HardRule(HardRuleFailure::DeclinedEmployment { category }) => text(
            "reason-declined-employment",
            &[("category", category.clone())],
        ),
        PrincipalReason::HardRule(HardRuleFailure::DtiAboveCap { dti, cap }) => text(
            "reason-dti-above-cap",
            &[("dti", pct(*dti)), ("cap", pct(*cap))],
        ),
        PrincipalReason::Score {
            text: t, shortfall, ..
        } => text(
            "reason-score",
            &[("text", t.clone()), ("points", shortfall.to_string())],
        ),
    }
}

pub fn rule(lang: Language, r: Rule, p: &Policy) -> String {
    let text = |id: &str, args: &[(&str, String)]| text_owned(lang, id, args);
    match r {
        Rule::UnderAge => text(
            "rule-under-age",
            &[("age", crate::domain::policy::MIN_AGE.to_string())],
        ),
        Rule::ShortTenure => text(
            "rule-short-tenure",
            &[("months", p.min_tenure_months.to_string())],
        ),
        Rule::NoIncome => text("rule-no-income", &[]),
        Rule::DeclinedEmployment => text(
            "rule-declined-employment",
            &[("categories", p.declined_employment.join(", "))],
        ),
        Rule::DtiAboveCap => text(
            "rule-dti-above-cap",
            &[("cap", format!("{:.0}", p.dti_cap * 100.0))],
        ),
        Rule::ScoreBelowReferBand => text(
            "rule-score-below",
            &[("score", (p.cutoff - p.refer_width).to_string())],
        ),
        Rule::ReferBand => text(
            "rule-refer-band",
            &[
                ("low", (p.cutoff - p.refer_width).to_string()),
                ("high", (p.cutoff - 1).to_string()),
            ],
        ),
        Rule::ScoreAtOrAboveCutoff => text(
            "rule-at-or-above-cutoff",
            &[("cutoff", p.cutoff.to_string())],
        ),
    }
}

/// A bin's label: ranges and categories as the card has them, "missing" and "other"
/// in words.
pub fn bin(lang: Language, b: &BinRule) -> String {
    match b {
        BinRule::Missing => i18n::text(lang, "bin-missing"),
        BinRule::Other => i18n::text(lang, "bin-other"),
        BinRule::Range {
            lower: None,
            upper: None,
        } => i18n::text(lang, "bin-any"),
        _ => b.label(),
    }
}

/// The name of the lab's preset `k` (`presets::presets` order: Conservative,
/// Balanced, Growth).
pub fn preset(lang: Language, k: usize) -> String {
    let id = match k {
        0 => "preset-conservative",
        1 => "preset-balanced",
        _ => "preset-growth",
    };
    i18n::text(lang, id)
}

/// A days-past-due bucket (`DPD_BUCKETS` order): "current" in words, the ranges as
/// figures ("1–29", "90+").
pub fn dpd_bucket(lang: Language, k: usize) -> String {
    match k {
        0 => i18n::text(lang, "dpd-current"),
        _ => DPD_BUCKETS.get(k).copied().unwrap_or("?").to_string(),
    }
}

/// The indicator's name (the Overview's tile title).
pub fn kri(lang: Language, k: Kri) -> String {
    i18n::text(
        lang,
        match k {
            Kri::ApprovalRate => "kri-approval-rate",
            Kri::Dpd30Rate => "kri-dpd30",
            Kri::Dpd90Rate => "kri-dpd90",
            Kri::ExpectedLossRate => "kri-el-rate",
            Kri::ScorePsi => "kri-score-psi",
            Kri::BookedRate => "kri-booked-rate",
            Kri::Dpd30BalanceRate => "kri-dpd30-balance",
            Kri::Dpd90BalanceRate => "kri-dpd90-balance",
            Kri::New90Rate => "kri-new-90",
            Kri::RollCurrentRate => "kri-roll-current",
            Kri::Utilisation => "kri-utilisation",
            Kri::OnWatchRate => "kri-on-watch",
        },
    )
}

/// An indicator's thresholds in words: "watch: 1.50% or higher; breach: above 3.00%".
pub fn threshold_text(lang: Language, k: Kri, t: &Threshold) -> String {
    let v = |x: f64| {
        if k.is_rate() {
            crate::format::pct(x)
        } else {
            format!("{x:.2}")
        }
    };
    let tx = |id: &str, x: f64| i18n::text_with(lang, id, &[("value", Arg::Text(&v(x)))]);
    let mut watch = Vec::new();
    let mut breach = Vec::new();
    if let Some(f) = t.floor {
        watch.push(tx("threshold-or-lower", f.watch));
        breach.push(tx("threshold-below", f.breach));
    }
    if let Some(c) = t.ceiling {
        watch.push(tx("threshold-or-higher", c.watch));
        breach.push(tx("threshold-above", c.breach));
    }
    let or = i18n::text(lang, "threshold-or");
    i18n::text_with(
        lang,
        "threshold-text",
        &[
            ("watch", Arg::Text(&watch.join(&or))),
            ("breach", Arg::Text(&breach.join(&or))),
        ],
    )
}

/// What an indicator measures, in one sentence.
pub fn kri_definition(lang: Language, k: Kri) -> String {
    i18n::text(
        lang,
        match k {
            Kri::ApprovalRate => "kri-def-approval-rate",
            Kri::Dpd30Rate => "kri-def-dpd30",
            Kri::Dpd90Rate => "kri-def-dpd90",
            Kri::ExpectedLossRate => "kri-def-el-rate",
            Kri::ScorePsi => "kri-def-score-psi",
            Kri::BookedRate => "kri-def-booked-rate",
            Kri::Dpd30BalanceRate => "kri-def-dpd30-balance",
            Kri::Dpd90BalanceRate => "kri-def-dpd90-balance",
            Kri::New90Rate => "kri-def-new-90",
            Kri::RollCurrentRate => "kri-def-roll-current",
            Kri::Utilisation => "kri-def-utilisation",
            Kri::OnWatchRate => "kri-def-on-watch",
        },
    )
}

/// A risk category's name.
pub fn category(lang: Language, c: Category) -> String {
    i18n::text(
        lang,
        match c {
            Category::Credit => "category-credit",
            Category::Operational => "category-operational",
            Category::Compliance => "category-compliance",
            Category::Market => "category-market",
            Category::Liquidity => "category-liquidity",
            Category::Technology => "category-technology",
            Category::Reputational => "category-reputational",
            Category::Legal => "category-legal",
            Category::Strategic => "category-strategic",
        },
    )
}

/// A risk's status.
pub fn risk_status(lang: Language, s: RiskStatus) -> String {
    i18n::text(
        lang,
        match s {
            RiskStatus::Open => "risk-status-open",
            RiskStatus::Mitigating => "risk-status-mitigating",
            RiskStatus::Accepted => "risk-status-accepted",
            RiskStatus::Closed => "risk-status-closed",
        },
    )
}

/// A rating band's name.
pub fn band(lang: Language, b: Band) -> String {
    i18n::text(
        lang,
        match b {
            Band::Low => "band-low",
            Band::Medium => "band-medium",
            Band::High => "band-high",
            Band::Critical => "band-critical",
        },
    )
}

/// A preset scenario's name (Base, Mild, Severe), by its place.
pub fn scenario(lang: Language, k: usize) -> String {
    i18n::text(
        lang,
        match k {
            0 => "scenario-base",
            1 => "scenario-mild",
            _ => "scenario-severe",
        },
    )
}

/// A scenario's name: a preset's in `lang`, "Custom" for shocks set by hand, else the
/// file's own name.
pub fn scenario_label(lang: Language, s: &crate::domain::stress::Scenario) -> String {
    let presets = crate::domain::stress::Scenario::presets();
    if let Some(k) = presets.iter().position(|p| p == s) {
        return scenario(lang, k);
    }
    if s.name == "Custom" {
        return i18n::text(lang, "scenario-custom");
    }
    s.name.clone()
}

/// What a click on an indicator's tile does.
pub fn history_hint(lang: Language) -> String {
    i18n::text(lang, "kri-history-hint")
}

/// "on target", "watch", "breach", "no data".
pub fn status(lang: Language, s: Status) -> String {
    i18n::text(
        lang,
        match s {
            Status::NoData => "status-no-data",
            Status::Good => "status-good",
            Status::Watch => "status-watch",
            Status::Breach => "status-breach",
        },
    )
}

/// Where and how the audit chain breaks (assets/i18n/*/cli.ftl, `audit-break-*`):
/// the window's banner and `riskdesk audit verify` say it alike.
pub fn audit_break(lang: Language, b: Break) -> String {
    let (key, entry) = match b.how {
        BreakKind::Edited => ("audit-break-edited", b.entry),
        BreakKind::Deleted => ("audit-break-deleted", b.entry),
        BreakKind::Reordered => ("audit-break-reordered", b.entry),
        BreakKind::NewestDeleted => ("audit-break-newest-deleted", b.entry - 1),
    };
    i18n::text_with(lang, key, &[("entry", Arg::Text(&entry.to_string()))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_the_language() {
        let p = Policy::default();
        assert_eq!(decision(Language::ZhCn, Decision::Refer), "转人工");
        assert_eq!(decision(Language::En, Decision::Refer), "refer");
        let below = rule(Language::En, Rule::ScoreBelowReferBand, &p);
        assert_eq!(below, format!("score below {}", p.cutoff - p.refer_width));
        assert_eq!(
            rule(Language::ZhCn, Rule::ScoreBelowReferBand, &p),
            format!("评分低于 {}", p.cutoff - p.refer_width)
        );
        let p = Policy {
            cutoff: 600,
            refer_width: 20,
            min_tenure_months: 3,
            dti_cap: 0.5,
            ..p
        };
        let en = |r| rule(Language::En, r, &p);
        assert_eq!(en(Rule::UnderAge), "age under 18");
        assert_eq!(en(Rule::ShortTenure), "fewer than 3 months on the platform");
        assert_eq!(en(Rule::NoIncome), "no monthly income stated");
        assert_eq!(en(Rule::DtiAboveCap), "debt-to-income above 50%");
        assert_eq!(en(Rule::ReferBand), "score in the refer band 580–599");
        assert_eq!(
            en(Rule::ScoreAtOrAboveCutoff),
            "score at or above the cut-off 600"
        );
        assert_eq!(
            rule(Language::ZhCn, Rule::ReferBand, &p),
            "评分处于转人工区间 580–599"
        );
        for k in Kri::ALL {
            assert_eq!(kri(Language::En, k), k.name());
        }
        assert_eq!(bin(Language::ZhCn, &BinRule::Missing), "缺失");
        // The presets' English names are the domain's.
        for (k, p) in crate::domain::policy::presets::presets().iter().enumerate() {
            assert_eq!(preset(Language::En, k), p.name);
        }
        assert_eq!(preset(Language::ZhCn, 0), "稳健");
    }
}
