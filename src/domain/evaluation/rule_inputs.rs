//! The policy-independent inputs of the hard rules, packed small for the policy
//! evaluation's pass over every applicant (`engine::ScoreIndex::build`). At a million
//! applicants that pass is bound by the bytes it reads: this packs score, tenure, age
//! and outcome into 4 bytes, so a row costs 20 bytes (with income and DTI) instead of 27.
//!
//! `packed` bits: 0–15 the score's slot (score − lowest score), 16–23 whole months on
//! the platform (0–254; 255 unknown or negative), bit 24 age at least `MIN_AGE`, bit
//! 25 a mature account, bit 26 mature and bad.

use crate::domain::policy::MIN_AGE;
use crate::domain::portfolio::Outcome;

const TENURE_SHIFT: u32 = 16;
const TENURE_UNKNOWN: u32 = 255;
/// The longest tenure rule the packed months answer (one below "unknown").
pub const MAX_TENURE_RULE: u32 = 254;
const AGE_OK: u32 = 1 << 24;
pub const MATURE: u32 = 1 << 25;
pub const MATURE_BAD: u32 = 1 << 26;

/// Packs every applicant; `None` when the scores span more than 65,536 values.
pub fn pack(
    score: &[i32],
    lowest: i32,
    months: &[f32],
    age: &[u8],
    outcome: &[Outcome],
    mature: &[bool],
) -> Option<Vec<u32>> {
    (0..score.len())
        .map(|i| {
            let slot = u32::try_from(i64::from(score[i]) - i64::from(lowest)).ok()?;
            if slot > 0xFFFF {
                return None;
            }
            let m = months.get(i).copied().unwrap_or(f32::NAN);
            let tenure = if m >= 0.0 {
                // Whole months: `m ≥ t` for a whole `t` is `floor(m) ≥ t`.
                (m.floor() as u32).min(MAX_TENURE_RULE)
            } else {
                TENURE_UNKNOWN
            };
            let is_mature = mature.get(i).copied().unwrap_or(false);
            let bad = is_mature && outcome.get(i) == Some(&Outcome::Bad);
            let age_ok = age.get(i).is_some_and(|&a| a >= MIN_AGE);
            Some(
                slot | (tenure << TENURE_SHIFT)
                    | if age_ok { AGE_OK } else { 0 }
                    | if is_mature { MATURE } else { 0 }
                    | if bad { MATURE_BAD } else { 0 },
            )
        })
        .collect()
}

/// The score's slot.
#[inline]
pub fn slot(p: u32) -> usize {
    (p & 0xFFFF) as usize
}

/// Age and tenure rules passed (`min_tenure` at most `MAX_TENURE_RULE`).
#[inline]
pub fn age_and_tenure_pass(p: u32, min_tenure: u32) -> bool {
    let tenure = (p >> TENURE_SHIFT) & 0xFF;
    (p & AGE_OK != 0) & (tenure != TENURE_UNKNOWN) & (tenure >= min_tenure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_and_decides_like_the_reference() {
        let months = [0.0, 2.9, 3.0, 12.7, 254.5, 300.0, -1.0, f32::NAN];
        for &m in &months {
            for a in [17u8, 18, 60] {
                let p = pack(&[612], 500, &[m], &[a], &[Outcome::Bad], &[true]).unwrap()[0];
                assert_eq!(slot(p), 112);
                assert!(p & MATURE_BAD != 0 && p & MATURE != 0);
                for t in [0, 1, 3, 12, 254] {
                    // The reference: `Policy::rule`'s age and tenure declines.
                    let want = a >= MIN_AGE && !m.is_nan() && m >= t as f32;
                    assert_eq!(age_and_tenure_pass(p, t), want, "months {m} age {a} t {t}");
                }
            }
        }
        let good = pack(&[500], 500, &[1.0], &[30], &[Outcome::Good], &[true]).unwrap()[0];
        assert!(good & MATURE != 0 && good & MATURE_BAD == 0);
        assert!(
            pack(
                &[0, 70_000],
                0,
                &[1.0; 2],
                &[30; 2],
                &[Outcome::Good; 2],
                &[false; 2]
            )
            .is_none()
        );
    }
}
