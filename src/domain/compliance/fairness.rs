//! The fair-lending monitor: approval rates by group (age band, employment, city
//! tier, channel, or a categorical characteristic the user picks), each against
//! the reference group — the highest rate among groups of at least
//! `min_reference_applicants` — as an adverse impact ratio (AIR), flagged red below
//! 0.80 and amber below 0.90, with a test of whether the difference is more than
//! noise. Groups the law bars from credit (under 18, students) are shown, never
//! flagged, never the reference.
//!
//! The groups are policy-free and built once ([`Dimension`]); a policy only adds
//! its approvals (`checks::tally`).

use super::rules::{Fairness, Rules};
use super::stats::{fisher_exact, z_test};
use crate::domain::portfolio::registry::{ColumnView, Role};
use crate::domain::portfolio::{Outcome, Portfolio};

/// The age bands (matching the sample card's age bins); the first is barred.
pub const AGE_BANDS: [(u8, u8, &str); 7] = [
    (0, 17, "under 18"),
    (18, 21, "18–21"),
    (22, 25, "22–25"),
    (26, 34, "26–34"),
    (35, 49, "35–49"),
    (50, 61, "50–61"),
    (62, 254, "62+"),
];

/// A row without a group (a missing value).
pub const NO_GROUP: u16 = u16::MAX;

/// One way of grouping the applicants, built once per portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    /// `age_band`, `employment`, `city_tier`, `channel` or a column's name.
    pub key: String,
    /// The column's label ("Age band" for the bands).
    pub label: String,
    pub groups: Vec<String>,
    /// Whether the law bars the group from credit (shown, not flagged).
    pub barred: Vec<bool>,
    /// Each row's group ([`NO_GROUP`] when missing).
    pub code: Vec<u16>,
    pub applicants: Vec<u64>,
    /// Applicants with an observed 12-month outcome, and the bad ones among them.
    pub observed: Vec<u64>,
    pub observed_bad: Vec<u64>,
}

impl Dimension {
    fn new(
        key: &str,
        label: &str,
        groups: Vec<String>,
        barred: Vec<bool>,
        code: Vec<u16>,
        p: &Portfolio,
    ) -> Self {
        let g = groups.len();
        let (mut applicants, mut observed, mut observed_bad) = (vec![0; g], vec![0; g], vec![0; g]);
        for (i, &c) in code.iter().enumerate() {
            let c = usize::from(c);
            if c < g {
                applicants[c] += 1;
                let mature = p.derived.mature.get(i).copied().unwrap_or(false);
                observed[c] += u64::from(mature);
                observed_bad[c] += u64::from(mature && p.derived.outcome[i] == Outcome::Bad);
            }
        }
        Self {
            key: key.into(),
            label: label.into(),
            groups,
            barred,
            code,
            applicants,
            observed,
            observed_bad,
        }
    }
}

/// The age band of an age (`None` for the "not known" 255).
pub fn age_band(age: u8) -> Option<usize> {
    AGE_BANDS
        .iter()
        .position(|&(lo, hi, _)| (lo..=hi).contains(&age))
}

/// The standard dimensions the portfolio has: age band, employment, city tier,
/// channel (each only where the portfolio holds the column).
pub fn standard_dimensions(rules: &Rules, p: &Portfolio) -> Vec<Dimension> {
    let mut out = Vec::new();
    if let Some(age) = p.registry.by_role(Role::Age) {
        let code = p
            .applicants
            .age
            .iter()
            .map(|&a| age_band(a).map_or(NO_GROUP, |b| b as u16))
            .collect();
        let groups = AGE_BANDS.iter().map(|b| b.2.to_string()).collect();
        let barred = AGE_BANDS
            .iter()
            .map(|&(_, hi, _)| hi < rules.min_age.min_age)
            .collect();
        out.push(Dimension::new(
            "age_band", &age.label, groups, barred, code, p,
        ));
    }
    for key in ["employment", "city_tier", "channel"] {
        if let Some(d) = dimension_of(rules, p, key) {
            out.push(d);
        }
    }
    out
}

/// The dimension of a categorical column (or a small-integer one, as the city
/// tier); `None` for a column that cannot group (numbers, free text, personal data).
pub fn dimension_of(rules: &Rules, p: &Portfolio, name: &str) -> Option<Dimension> {
    let entry = p.registry.get(name)?;
    if matches!(entry.role, Role::PersonalData | Role::Identifier) {
        return None;
    }
    let (groups, code): (Vec<String>, Vec<u16>) = match p.column(name)? {
        ColumnView::Codes { codes, labels } => (
            labels.to_vec(),
            codes
                .iter()
                .map(|&c| match labels.get(usize::from(c)) {
                    Some(l) if !l.is_empty() => u16::from(c),
                    _ => NO_GROUP,
                })
                .collect(),
        ),
        ColumnView::Codes32 { codes, labels } if labels.len() < usize::from(NO_GROUP) => (
            labels.to_vec(),
            codes
                .iter()
                .map(|&c| {
                    if (c as usize) < labels.len() {
                        c as u16
                    } else {
                        NO_GROUP
                    }
                })
                .collect(),
        ),
        ColumnView::U8(values) => {
            let mut seen = [false; 256];
            for &v in values {
                seen[usize::from(v)] = true;
            }
            let present: Vec<u8> = (0..=255u8).filter(|&v| seen[usize::from(v)]).collect();
            let mut index = [NO_GROUP; 256];
            for (k, &v) in present.iter().enumerate() {
                index[usize::from(v)] = k as u16;
            }
            (
                present.iter().map(|v| v.to_string()).collect(),
                values.iter().map(|&v| index[usize::from(v)]).collect(),
            )
        }
        _ => return None,
    };
    let barred = if name == "employment" {
        groups
            .iter()
            .map(|g| rules.barred_employment.categories.iter().any(|c| c == g))
            .collect()
    } else {
        vec![false; groups.len()]
    };
    Some(Dimension::new(name, &entry.label, groups, barred, code, p))
}

/// An adverse-impact flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    None,
    Amber,
    Red,
}

impl Flag {
    pub fn key(self) -> Option<&'static str> {
        match self {
            Flag::None => None,
            Flag::Amber => Some("amber"),
            Flag::Red => Some("red"),
        }
    }
}

/// One group under one policy.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    pub group: String,
    pub applicants: u64,
    pub approved: u64,
    pub approval_rate: f64,
    /// Approval rate ÷ the reference's (`None`: no reference, or it approves nobody).
    pub air: Option<f64>,
    /// Against the reference group (`None` for the reference itself).
    pub p_value: Option<f64>,
    /// Whether `p_value` is Fisher's exact test (else the z-test).
    pub exact: bool,
    pub flag: Flag,
    pub barred: bool,
    pub reference: bool,
    /// Mean limit of the approvals (`None`: none approved).
    pub mean_limit: Option<f64>,
    /// Bad share of the group's applicants with an observed outcome (`None`: none).
    pub observed_bad_rate: Option<f64>,
}

/// One dimension under one policy.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    pub key: String,
    pub label: String,
    pub groups: Vec<GroupResult>,
}

impl DimensionResult {
    pub fn flagged(&self, flag: Flag) -> usize {
        self.groups.iter().filter(|g| g.flag == flag).count()
    }
}

/// The AIR of `x1/n1` against the reference `x0/n0`, as one division of integers
/// (24/50 against 48/80 is 1,920 / 2,400 = 0.8 exactly, not 0.48 / 0.6).
pub fn air(x1: u64, n1: u64, x0: u64, n0: u64) -> Option<f64> {
    let den = n1 as f64 * x0 as f64;
    (den > 0.0).then(|| (x1 as f64 * n0 as f64) / den)
}

pub fn flag_of(air: f64, f: &Fairness) -> Flag {
    if air < f.red_below {
        Flag::Red
    } else if air < f.amber_below {
        Flag::Amber
    } else {
        Flag::None
    }
}

/// The groups of `dim` with `approved[g]` approvals (and limit sums) against `f`.
pub fn assess(dim: &Dimension, approved: &[(u64, f64)], f: &Fairness) -> DimensionResult {
    let n = |g: usize| dim.applicants[g];
    let x = |g: usize| approved.get(g).map_or(0, |c| c.0);
    // The reference: the highest rate among unbarred groups large enough.
    let reference = (0..dim.groups.len())
        .filter(|&g| !dim.barred[g] && n(g) >= f.min_reference_applicants)
        .max_by(|&a, &b| {
            // x_a / n_a vs x_b / n_b without rounding; ties go to the larger group.
            let l = u128::from(x(a)) * u128::from(n(b));
            let r = u128::from(x(b)) * u128::from(n(a));
            l.cmp(&r).then(n(a).cmp(&n(b)))
        });
    let groups = (0..dim.groups.len())
        .filter(|&g| n(g) > 0)
        .map(|g| {
            let is_ref = reference == Some(g);
            let air = reference.and_then(|r| air(x(g), n(g), x(r), n(r)));
            let exact = n(g) < f.exact_test_below;
            let p_value = match reference {
                Some(r) if !is_ref => {
                    if exact {
                        fisher_exact(x(g), n(g), x(r), n(r))
                    } else {
                        z_test(x(g), n(g), x(r), n(r))
                    }
                }
                _ => None,
            };
            let flag = match air {
                Some(a) if !dim.barred[g] && !is_ref => flag_of(a, f),
                _ => Flag::None,
            };
            GroupResult {
                group: dim.groups[g].clone(),
                applicants: n(g),
                approved: x(g),
                approval_rate: x(g) as f64 / n(g) as f64,
                air,
                p_value,
                exact,
                flag,
                barred: dim.barred[g],
                reference: is_ref,
                mean_limit: (x(g) > 0).then(|| approved[g].1 / x(g) as f64),
                observed_bad_rate: (dim.observed[g] > 0)
                    .then(|| dim.observed_bad[g] as f64 / dim.observed[g] as f64),
            }
        })
        .collect();
    DimensionResult {
        key: dim.key.clone(),
        label: dim.label.clone(),
        groups,
    }
}

/// Every dimension of `dims` under a policy's approvals and limit sums per group
/// (`checks::Tally::groups`).
pub fn assess_all(
    dims: &[Dimension],
    groups: &[Vec<(u64, f64)>],
    f: &Fairness,
) -> Vec<DimensionResult> {
    dims.iter()
        .zip(groups)
        .map(|(d, approved)| assess(d, approved, f))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dim(sizes: &[u64], barred: &[bool]) -> Dimension {
        Dimension {
            key: "k".into(),
            label: "K".into(),
            groups: (0..sizes.len()).map(|g| format!("g{g}")).collect(),
            barred: barred.to_vec(),
            code: Vec::new(),
            applicants: sizes.to_vec(),
            observed: vec![0; sizes.len()],
            observed_bad: vec![0; sizes.len()],
        }
    }

    #[test]
    fn air_flags_by_hand() {
        // Reference 48/80 (60%); 21/50 → 0.70 red, 24/50 → 0.80 amber, 27/50 → 0.90 none.
        let f = Rules::default().fairness;
        let d = dim(&[80, 50, 50, 50], &[false; 4]);
        let approved = [(48, 0.0), (21, 0.0), (24, 0.0), (27, 0.0)];
        let r = assess(&d, &approved, &f);
        let g = &r.groups;
        assert!(g[0].reference && g[0].air == Some(1.0) && g[0].p_value.is_none());
        assert_eq!((g[1].air, g[1].flag), (Some(0.7), Flag::Red));
        assert_eq!((g[2].air, g[2].flag), (Some(0.8), Flag::Amber));
        assert_eq!((g[3].air, g[3].flag), (Some(0.9), Flag::None));
        // The z-test of 21/50 against 48/80 (stats.rs works it by hand).
        assert!((g[1].p_value.unwrap() - 0.045423).abs() < 1e-6);
        assert!(!g[1].exact);
    }

    #[test]
    fn barred_and_small_groups_are_not_the_reference() {
        let f = Rules::default().fairness;
        // g0 barred with the best rate; g1 too small to be the reference; g2 is it.
        let d = dim(&[100, 20, 60, 10], &[true, false, false, false]);
        let approved = [(90, 0.0), (19, 0.0), (30, 0.0), (1, 0.0)];
        let r = assess(&d, &approved, &f);
        assert!(r.groups[2].reference);
        assert_eq!(r.groups[0].flag, Flag::None, "barred: shown, not flagged");
        assert_eq!(r.groups[0].air, Some(1.8));
        // 1/10 against 30/60: AIR 0.2, red, tested exactly (under 30 applicants).
        assert_eq!(r.groups[3].flag, Flag::Red);
        assert!(r.groups[3].exact);
        let p = r.groups[3].p_value.unwrap();
        assert!((p - fisher_exact(1, 10, 30, 60).unwrap()).abs() < 1e-15);
    }

    #[test]
    fn no_reference_no_air() {
        let f = Rules::default().fairness;
        let d = dim(&[10, 20], &[false, false]);
        let r = assess(&d, &[(5, 0.0), (5, 0.0)], &f);
        assert!(
            r.groups
                .iter()
                .all(|g| g.air.is_none() && g.flag == Flag::None)
        );
    }

    #[test]
    fn age_bands() {
        assert_eq!(age_band(17), Some(0));
        assert_eq!(age_band(18), Some(1));
        assert_eq!(age_band(62), Some(6));
        assert_eq!(age_band(255), None);
    }
}
