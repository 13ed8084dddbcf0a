//! Scoring a whole portfolio at load: one tight loop per characteristic over its
//! column, with the bin lookup resolved once (dictionary codes, byte columns).

use crate::domain::portfolio::{Applicants, VARIABLES};
use crate::domain::scorecard::{BinRule, Kind, Scorecard, Value};

enum Column<'a> {
    F64(&'a [f64]),
    F32(&'a [f32]),
    U8(&'a [u8]),
}

pub(crate) fn score_column(
    card: &Scorecard,
    a: &Applicants,
    dti: &[f64],
    channels: &[String],
    employments: &[String],
) -> Result<Vec<i32>, String> {
    let n = a.len();
    let mut score = vec![card.base_points; n];
    for c in &card.characteristics {
        if !VARIABLES.contains(&c.variable.as_str()) {
            return Err(format!(
                "the scorecard reads {}, which the portfolio does not have",
                c.variable
            ));
        }
        // Categorical columns: resolve each dictionary code to its bin once.
        let dict = match c.variable.as_str() {
            "channel" => Some(channels),
            "employment" => Some(employments),
            _ => None,
        };
        if let Some(dict) = dict {
            if c.kind != Kind::Categorical {
                return Err(format!("{} is categorical in the portfolio", c.variable));
            }
            let points: Vec<i32> = dict
                .iter()
                .map(|s| {
                    let v = if s.is_empty() {
                        Value::Missing
                    } else {
                        Value::Cat(s)
                    };
                    c.bin_index(v).map(|b| c.bins[b].points)
                })
                .collect::<Option<_>>()
                .ok_or_else(|| format!("a category of {} fits no bin", c.variable))?;
            let missing = c
                .bin_index(Value::Missing)
                .map(|b| c.bins[b].points)
                .unwrap_or(0);
            let codes = if c.variable == "channel" {
                &a.channel
            } else {
                &a.employment
            };
            for (s, &code) in score.iter_mut().zip(codes) {
                *s += points.get(code as usize).copied().unwrap_or(missing);
            }
            continue;
        }
        // Pick the column once, then one tight loop over it.
        let column = match c.variable.as_str() {
            "age" => Column::U8(&a.age),
            "city_tier" => Column::U8(&a.city_tier),
            "monthly_income" => Column::F64(&a.monthly_income),
            "monthly_debt" => Column::F64(&a.monthly_debt),
            "dti" => Column::F64(dti),
            "bureau_months" => Column::F32(&a.bureau_months),
            "delinquencies" => Column::F32(&a.delinquencies),
            "platform_months" => Column::F32(&a.platform_months),
            "monthly_spend" => Column::F32(&a.monthly_spend),
            "order_count" => Column::F32(&a.order_count),
            "return_rate" => Column::F32(&a.return_rate),
            "night_share" => Column::F32(&a.night_share),
            "device_changes" => Column::F32(&a.device_changes),
            other => return Err(format!("{other} is not a numeric column")),
        };
        let missing = c
            .bin_index(Value::Missing)
            .map(|b| c.bins[b].points)
            .ok_or_else(|| format!("{} has no bin for missing values", c.variable))?;
        // Ranges sorted by lower edge: (lower, upper, points).
        let mut ranges: Vec<(f64, f64, i32)> = c
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
        let points_of = |x: f64| -> Option<i32> {
            if x.is_nan() {
                return Some(missing);
            }
            ranges.iter().find(|r| x >= r.0 && x < r.1).map(|r| r.2)
        };
        let n_missing_bin = |x: f64| format!("no bin of {} holds {x}", c.variable);
        match column {
            Column::F64(v) => {
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += points_of(x).ok_or_else(|| n_missing_bin(x))?;
                }
            }
            Column::F32(v) => {
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += points_of(x as f64).ok_or_else(|| n_missing_bin(x as f64))?;
                }
            }
            Column::U8(v) => {
                // 256 possible values: one lookup table.
                let table: Vec<Option<i32>> = (0..=255u8).map(|x| points_of(x as f64)).collect();
                for (s, &x) in score.iter_mut().zip(v) {
                    *s += table[x as usize].ok_or_else(|| n_missing_bin(x as f64))?;
                }
            }
        }
    }
    Ok(score)
}
