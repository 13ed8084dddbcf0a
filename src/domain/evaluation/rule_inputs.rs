//! The policy-independent inputs of the evaluation pass, packed small
//! (`engine::ScoreIndex::build`): the score's slot, the hard rules' age and tenure
//! (packed by the gate, `policy::gate::pack_gate_inputs`) and the outcome in 4 bytes,
//! so a row costs 20 bytes (with income and DTI) instead of 27.
//!
//! `packed` bits: 0–15 the score's slot (score − lowest score), 16–24 and 27–31 the
//! gate's (`GATE_BITS`), bit 25 a mature account, bit 26 mature and bad.

use crate::domain::policy::gate::{GATE_BITS, pack_gate_inputs};
use crate::domain::portfolio::Outcome;

pub(crate) const MATURE: u32 = 1 << 25;
pub(crate) const MATURE_BAD: u32 = 1 << 26;
const SLOT_BITS: u32 = 0xFFFF;
const _: () = assert!(GATE_BITS & (SLOT_BITS | MATURE | MATURE_BAD) == 0);

/// Packs every applicant; `None` when the scores span more than 65,536 values.
pub(crate) fn pack(
    score: &[i32],
    lowest: i32,
    months: &[f32],
    age: &[u8],
    employment: &[u8],
    outcome: &[Outcome],
    mature: &[bool],
) -> Option<Vec<u32>> {
    (0..score.len())
        .map(|i| {
            let slot = u32::try_from(i64::from(score[i]) - i64::from(lowest)).ok()?;
            if slot > SLOT_BITS {
                return None;
            }
            let m = months.get(i).copied().unwrap_or(f32::NAN);
            let a = age.get(i).copied().unwrap_or(0);
            let e = employment.get(i).copied().unwrap_or(0);
            let is_mature = mature.get(i).copied().unwrap_or(false);
            let bad = is_mature && outcome.get(i) == Some(&Outcome::Bad);
            Some(
                slot | pack_gate_inputs(a, e, m)
                    | if is_mature { MATURE } else { 0 }
                    | if bad { MATURE_BAD } else { 0 },
            )
        })
        .collect()
}

/// The score's slot.
#[inline]
pub(crate) fn slot(p: u32) -> usize {
    (p & SLOT_BITS) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::gate::Gate;

    #[test]
    fn packs_slot_outcome_and_the_gate_inputs() {
        let gate = Gate {
            dti_cap: 0.5,
            min_tenure_months: 3,
            declined: Default::default(),
        };
        for (m, a, pass) in [(3.0, 30, true), (2.9, 30, false), (12.0, 17, false)] {
            let p = pack(&[612], 500, &[m], &[a], &[0], &[Outcome::Bad], &[true]).unwrap()[0];
            assert_eq!(slot(p), 112);
            assert!(p & MATURE_BAD != 0 && p & MATURE != 0);
            assert_eq!(gate.passes_packed(p, 0.2), pass, "{m} {a}");
        }
        let good = pack(&[500], 500, &[1.0], &[30], &[0], &[Outcome::Good], &[true]).unwrap()[0];
        assert!(good & MATURE != 0 && good & MATURE_BAD == 0);
        assert!(
            pack(
                &[0, 70_000],
                0,
                &[1.0; 2],
                &[30; 2],
                &[0; 2],
                &[Outcome::Good; 2],
                &[false; 2]
            )
            .is_none()
        );
    }
}
