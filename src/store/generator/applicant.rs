//! One generated applicant: features drawn around a hidden quality factor so that
//! they relate to each other and to risk as in real portfolios (docs/design.md#the-sample-portfolio: risk rises
//! with debt-to-income, short bureau history, past delinquencies, night-time ordering).

use super::people;
use crate::domain::rng::Rng;
use crate::domain::scorecard::Value;

pub(crate) const CHANNELS: &[&str] = &["douyin_feed", "live_stream", "mall", "search", "partner"];
const CHANNEL_WEIGHTS: &[f64] = &[0.35, 0.25, 0.2, 0.12, 0.08];
/// Log-odds effect of the channel: real, but not in the scorecard.
const CHANNEL_EFFECT: &[f64] = &[0.0, -0.35, 0.15, 0.1, -0.2];
const EMPLOYMENTS: &[&str] = &[
    "salaried",
    "civil_servant",
    "self_employed",
    "gig_worker",
    "other",
];
const EMPLOYMENT_WEIGHTS: &[f64] = &[0.5, 0.08, 0.17, 0.2, 0.05];

pub(crate) struct Raw {
    pub id: i64,
    pub channel: usize,
    pub age: u8,
    pub city_tier: u8,
    pub employment: &'static str,
    pub income: Option<f64>,
    pub debt: Option<f64>,
    pub bureau_months: Option<u32>,
    pub delinquencies: u32,
    pub platform_months: u32,
    pub spend: f64,
    pub orders: u32,
    pub return_rate: f64,
    pub night_share: f64,
    pub device_changes: u32,
    pub name: String,
    pub phone: String,
    /// Quality not seen by the scorecard (part of the true risk).
    pub hidden: f64,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// Draws applicant `id` of cohort `cohort` (0 = oldest).
pub(crate) fn draw(rng: &mut Rng, id: i64, cohort: usize) -> Raw {
    let q = rng.normal();
    let drift = cohort as f64 / 23.0;
    let channel = rng.weighted(CHANNEL_WEIGHTS);
    let age = if rng.uniform() < 0.01 {
        16 + rng.below(2) as u8
    } else {
        (18.0 + (2.3 + 0.45 * rng.normal()).exp()).min(70.0) as u8
    };
    let city_tier = 1 + rng.weighted(&[0.18, 0.3, 0.3, 0.22]) as u8;
    let employment = if age < 23 && rng.uniform() < 0.5 {
        "student"
    } else {
        EMPLOYMENTS[rng.weighted(EMPLOYMENT_WEIGHTS)]
    };
    let base_income = match employment {
        "student" => 1800.0,
        "civil_servant" => 9000.0,
        "gig_worker" => 5200.0,
        _ => 7000.0,
    };
    let tier_factor = [1.45, 1.15, 0.95, 0.8][(city_tier - 1) as usize];
    let income_draw = base_income * tier_factor * (0.42 * rng.normal() + 0.12 * q).exp();
    let u = rng.uniform();
    let income = if u < 0.01 {
        None
    } else if u < 0.015 {
        Some(0.0)
    } else {
        Some(round2(income_draw.max(300.0)))
    };
    let dti_target = if rng.uniform() < 0.25 {
        0.0
    } else {
        clamp(0.24 + 0.13 * rng.normal() - 0.07 * q, 0.0, 1.3)
    };
    let debt = match income {
        _ if rng.uniform() < 0.01 => None,
        Some(i) if i > 0.0 => Some(round2(i * dti_target)),
        _ => Some(round2(income_draw * dti_target)),
    };
    let thin_file = 0.12 + if age < 23 { 0.3 } else { 0.0 };
    let bureau_months = if rng.uniform() < thin_file {
        None
    } else {
        let span = (age.saturating_sub(18) as f64 * 12.0).max(1.0);
        Some((span * clamp(0.55 + 0.25 * rng.normal() + 0.1 * q, 0.0, 1.0)).round() as u32)
    };
    let delinquencies = rng.poisson((-1.5 - 0.8 * q).exp());
    let platform_months =
        (rng.uniform().max(1e-9).ln() * -20.0 * (0.15 * q).exp()).min(96.0) as u32;
    let spend = round2(
        clamp(income.unwrap_or(income_draw) * 0.08, 50.0, 5000.0) * (0.5 * rng.normal()).exp(),
    );
    let order_noise = (0.3 * rng.normal()).exp();
    let orders = rng.poisson((platform_months as f64 + 1.0) * 0.9 * order_noise);
    let return_rate = round2(clamp(0.08 + 0.06 * rng.normal() - 0.035 * q, 0.0, 0.9));
    let night_share = round2(clamp(
        0.15 + 0.03 * drift + 0.1 * rng.normal() - 0.07 * q,
        0.0,
        1.0,
    ));
    let device_changes = rng.poisson((0.25 - 0.55 * q).exp());
    let name = people::name(rng);
    let phone = people::phone(rng);
    let hidden = CHANNEL_EFFECT[channel] - 0.25 * drift + 0.15 * q + 0.25 * rng.normal();
    Raw {
        id,
        channel,
        age,
        city_tier,
        employment,
        income,
        debt,
        bureau_months,
        delinquencies,
        platform_months,
        spend,
        orders,
        return_rate,
        night_share,
        device_changes,
        name,
        phone,
        hidden,
    }
}

impl Raw {
    pub(crate) fn channel_name(&self) -> &'static str {
        CHANNELS[self.channel]
    }

    pub(crate) fn dti(&self) -> f64 {
        crate::domain::portfolio::dti(
            self.debt.unwrap_or(f64::NAN),
            self.income.unwrap_or(f64::NAN),
        )
    }

    /// The value of a scorecard variable.
    pub(crate) fn value(&self, variable: &str) -> Value<'static> {
        let opt = |x: Option<f64>| x.map_or(Value::Missing, Value::Num);
        match variable {
            "age" => Value::Num(self.age as f64),
            "city_tier" => Value::Num(self.city_tier as f64),
            "channel" => Value::Cat(self.channel_name()),
            "employment" => Value::Cat(self.employment),
            "monthly_income" => opt(self.income),
            "monthly_debt" => opt(self.debt),
            "dti" => {
                let d = self.dti();
                if d.is_nan() {
                    Value::Missing
                } else {
                    Value::Num(d)
                }
            }
            "bureau_months" => opt(self.bureau_months.map(f64::from)),
            "delinquencies" => Value::Num(self.delinquencies as f64),
            "platform_months" => Value::Num(self.platform_months as f64),
            "monthly_spend" => Value::Num(self.spend),
            "order_count" => Value::Num(self.orders as f64),
            "return_rate" => Value::Num(self.return_rate),
            "night_share" => Value::Num(self.night_share),
            "device_changes" => Value::Num(self.device_changes as f64),
            _ => Value::Missing,
        }
    }
}
