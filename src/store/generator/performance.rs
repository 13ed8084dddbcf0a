//! Month-end history of a booked account: balance and days-past-due bucket for each
//! month on book, driven by the account's true 12-month bad probability.
//!
//! A bad account misses payments from an onset month on and rolls one bucket a
//! month (1–29, 30–59, 60–89, 90+), staying at 90+. A good one may miss a payment or
//! two and cure. So roll rates and vintage curves come out of the paths themselves.

use crate::domain::rng::Rng;

pub(crate) struct Month {
    pub balance: f64,
    pub bucket: u8,
}

/// `months` month-ends of an account with `limit` and true 12-month bad probability `p12`.
pub(crate) fn simulate(rng: &mut Rng, limit: f64, p12: f64, months: usize) -> Vec<Month> {
    // Onset (first missed month) of a default, if any.
    let onset = if rng.uniform() < p12 {
        // 90+ is reached 3 months after onset, so onset ≤ 9 for a bad within 12.
        let weights: Vec<f64> = (1..=9).map(|t| 1.0 - 0.07 * (t as f64 - 1.0)).collect();
        Some(1 + rng.weighted(&weights))
    } else if rng.uniform() < 0.6 * p12 {
        Some(10 + rng.below(12) as usize)
    } else {
        None
    };
    let monthly_slip = (0.008 + 0.25 * p12 / 12.0 * 12.0 / 4.0).min(0.25);
    let mut util = (0.25 + 0.35 * rng.uniform() + 0.6 * p12).min(0.98);
    let mut balance = (limit * util * 100.0).round() / 100.0;
    let mut out = Vec::with_capacity(months);
    let mut episode_left = 0u8;
    let mut bucket = 0u8;
    for t in 1..=months {
        match onset {
            Some(o) if t >= o => {
                bucket = ((t - o + 1).min(4)) as u8;
            }
            _ => {
                if episode_left > 0 {
                    episode_left -= 1;
                    bucket = if episode_left == 0 { 0 } else { bucket + 1 };
                } else if rng.uniform() < monthly_slip {
                    // A slip lasting 1 month (70%), 2 (22%) or 3 (8%).
                    episode_left = 1 + rng.weighted(&[0.7, 0.22, 0.08]) as u8;
                    bucket = 1;
                } else {
                    bucket = 0;
                }
            }
        }
        if bucket == 0 {
            util = (util + 0.08 * rng.normal()).clamp(0.0, 1.0);
            balance = limit * util;
        } else if bucket < 4 {
            // Late fees accrue while past due.
            balance = (balance * 1.02).min(limit * 1.15);
        }
        balance = (balance * 100.0).round() / 100.0;
        out.push(Month { balance, bucket });
    }
    out
}
