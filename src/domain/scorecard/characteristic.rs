//! One characteristic of a scorecard: its bins (numeric ranges with open ends,
//! categorical sets, a bin for missing values, an "other" bin for unseen categories),
//! which bin a value falls in, and the checks that no value falls through.

use serde::{Deserialize, Serialize};

/// What a bin holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BinRule {
    /// The value is missing.
    Missing,
    /// `lower <= x < upper`; `None` is an open end.
    Range {
        lower: Option<f64>,
        upper: Option<f64>,
    },
    /// One of these categories.
    Categories { values: Vec<String> },
    /// Any category not listed in another bin.
    Other,
}

impl BinRule {
    /// A short human label: `[12, 24)`, `< 12`, `≥ 60`, `missing`, `a, b`, `other`.
    pub(crate) fn label(&self) -> String {
        match self {
            BinRule::Missing => "missing".into(),
            BinRule::Other => "other".into(),
            BinRule::Categories { values } => values.join(", "),
            BinRule::Range { lower, upper } => match (lower, upper) {
                (None, None) => "any".into(),
                (None, Some(u)) => format!("< {}", fmt_edge(*u)),
                (Some(l), None) => format!("≥ {}", fmt_edge(*l)),
                (Some(l), Some(u)) => format!("[{}, {})", fmt_edge(*l), fmt_edge(*u)),
            },
        }
    }
}

fn fmt_edge(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    pub rule: BinRule,
    pub points: i32,
}

/// Whether a characteristic reads numbers or categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Numeric,
    Categorical,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Characteristic {
    /// The input column it reads (`dti`, `bureau_months`, ...).
    pub variable: String,
    /// Name shown to risk officers ("Debt-to-income").
    pub label: String,
    pub kind: Kind,
    /// Stable reason code ("R03").
    pub reason_code: String,
    /// Customer wording of the reason ("Short credit history").
    pub reason_text: String,
    pub bins: Vec<Bin>,
}

/// One input value as a characteristic sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Missing,
    Num(f64),
    Cat(&'a str),
}

impl Characteristic {
    /// The numeric bins as (lower, upper, points), sorted by lower edge, an open edge
    /// as ±∞ (the one home of this reading: scoring and the stress test's fast path).
    pub(crate) fn ranges(&self) -> Vec<(f64, f64, i32)> {
        let mut ranges: Vec<(f64, f64, i32)> = self
            .bins
            .iter()
            .filter_map(|b| match b.rule {
                BinRule::Range { lower, upper } => Some((
                    lower.unwrap_or(f64::NEG_INFINITY),
                    upper.unwrap_or(f64::INFINITY),
                    b.points,
                )),
                _ => None,
            })
            .collect();
        ranges.sort_by(|x, y| x.0.total_cmp(&y.0));
        ranges
    }

    /// The bin `value` falls in. `None` only for a scorecard that failed `validate`.
    pub fn bin_index(&self, value: Value<'_>) -> Option<usize> {
        let value = match value {
            Value::Num(x) if x.is_nan() => Value::Missing,
            v => v,
        };
        match value {
            Value::Missing => self.bins.iter().position(|b| b.rule == BinRule::Missing),
            Value::Num(x) => self.bins.iter().position(|b| match &b.rule {
                BinRule::Range { lower, upper } => {
                    lower.is_none_or(|l| x >= l) && upper.is_none_or(|u| x < u)
                }
                _ => false,
            }),
            Value::Cat(c) => self
                .bins
                .iter()
                .position(|b| match &b.rule {
                    BinRule::Categories { values } => values.iter().any(|v| v == c),
                    _ => false,
                })
                .or_else(|| self.bins.iter().position(|b| b.rule == BinRule::Other)),
        }
    }

    /// The highest points any bin gives.
    /// The lowest and highest points of any bin.
    pub(crate) fn points_range(&self) -> (i32, i32) {
        let lo = self.bins.iter().map(|b| b.points).min().unwrap_or(0);
        let hi = self.bins.iter().map(|b| b.points).max().unwrap_or(0);
        (lo, hi)
    }

    pub(crate) fn best_points(&self) -> i32 {
        self.bins.iter().map(|b| b.points).max().unwrap_or(0)
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        let name = &self.variable;
        if self.bins.is_empty() {
            return Err(format!("characteristic {name} has no bins"));
        }
        let missing = self
            .bins
            .iter()
            .filter(|b| b.rule == BinRule::Missing)
            .count();
        if missing != 1 {
            return Err(format!(
                "characteristic {name} needs exactly one bin for missing values, has {missing}"
            ));
        }
        match self.kind {
            Kind::Numeric => {
                let mut ranges: Vec<(f64, f64)> = Vec::new();
                for b in &self.bins {
                    match &b.rule {
                        BinRule::Missing => {}
                        BinRule::Range { lower, upper } => ranges.push((
                            lower.unwrap_or(f64::NEG_INFINITY),
                            upper.unwrap_or(f64::INFINITY),
                        )),
                        _ => {
                            return Err(format!(
                                "numeric characteristic {name} has a categorical bin"
                            ));
                        }
                    }
                }
                if ranges
                    .iter()
                    .any(|(l, u)| l.is_nan() || u.is_nan() || l >= u)
                {
                    return Err(format!("characteristic {name} has an empty or NaN range"));
                }
                ranges.sort_by(|a, b| a.0.total_cmp(&b.0));
                let mut edge = f64::NEG_INFINITY;
                for (l, u) in &ranges {
                    if *l != edge {
                        return Err(format!(
                            "characteristic {name}: ranges leave a gap or overlap at {}",
                            fmt_edge(edge.max(*l))
                        ));
                    }
                    edge = *u;
                }
                if edge != f64::INFINITY {
                    return Err(format!(
                        "characteristic {name}: ranges stop at {}, the last must be open",
                        fmt_edge(edge)
                    ));
                }
            }
            Kind::Categorical => {
                let mut other = 0;
                let mut seen: Vec<&str> = Vec::new();
                for b in &self.bins {
                    match &b.rule {
                        BinRule::Missing => {}
                        BinRule::Other => other += 1,
                        BinRule::Categories { values } => {
                            for v in values {
                                if seen.contains(&v.as_str()) {
                                    return Err(format!(
                                        "characteristic {name}: category {v} is in two bins"
                                    ));
                                }
                                seen.push(v);
                            }
                        }
                        BinRule::Range { .. } => {
                            return Err(format!(
                                "categorical characteristic {name} has a numeric range"
                            ));
                        }
                    }
                }
                if other != 1 {
                    return Err(format!(
                        "characteristic {name} needs exactly one \"other\" bin, has {other}"
                    ));
                }
            }
        }
        Ok(())
    }
}
