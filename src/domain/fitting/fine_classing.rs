//! Fine classing of a numeric value: quantile classes with round edges.

/// Lower edges of fine classes of roughly equal counts: class `j` holds
/// `cuts[j-1] <= x < cuts[j]` (open ends at both sides). Every distinct value gets a
/// class of its own when there are few; edges are the roundest numbers that split
/// the data in the same places. Over 262,144 values, quantiles come from an evenly
/// strided sample of that size (the counts that follow use every row).
pub(crate) fn fine_cuts(values: &[f64], fine_bins: usize) -> Vec<f64> {
    const SAMPLE: usize = 1 << 18;
    let mut v: Vec<f64> = if values.len() > SAMPLE {
        (0..SAMPLE)
            .map(|k| values[k * values.len() / SAMPLE])
            .collect()
    } else {
        values.to_vec()
    };
    v.retain(|x| !x.is_nan());
    v.sort_unstable_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return Vec::new();
    }
    let mut cuts: Vec<f64> = Vec::new();
    let mut distinct = v.clone();
    distinct.dedup();
    let picks: Vec<usize> = if distinct.len() <= fine_bins {
        // Each distinct value (but the lowest) starts a class.
        (1..distinct.len())
            .map(|d| v.partition_point(|x| *x < distinct[d]))
            .collect()
    } else {
        (1..fine_bins).map(|q| q * n / fine_bins).collect()
    };
    for p in picks {
        let hi = v[p];
        // The class starts at the first occurrence of `hi`.
        let first = v.partition_point(|x| *x < hi);
        if first == 0 {
            continue;
        }
        let lo = v[first - 1];
        let cut = nice_between(lo, hi);
        if cuts.last().is_none_or(|&c| cut > c) {
            cuts.push(cut);
        }
    }
    cuts
}

/// The roundest number in `(lo, hi]` (fewest significant digits, the highest such),
/// else `hi`.
pub(crate) fn nice_between(lo: f64, hi: f64) -> f64 {
    if lo >= hi || !lo.is_finite() || !hi.is_finite() {
        return hi;
    }
    let top = lo.abs().max(hi.abs()).log10().ceil() as i32 + 1;
    for k in (-12..=top).rev() {
        // The highest multiple of 10^k not above `hi`.
        let m = if k >= 0 {
            let step = 10f64.powi(k);
            (hi / step).floor() * step
        } else {
            let inv = 10f64.powi(-k);
            (hi * inv).floor() / inv
        };
        if m > lo && m <= hi {
            return m;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_edges() {
        assert_eq!(nice_between(11.0, 12.0), 12.0);
        assert_eq!(nice_between(11.3, 12.7), 12.0);
        assert_eq!(nice_between(1234.5, 1290.0), 1290.0);
        assert_eq!(nice_between(1234.5, 1307.0), 1300.0);
        assert_eq!(nice_between(0.213, 0.2187), 0.218);
        assert_eq!(nice_between(-3.7, -2.2), -3.0);
        assert_eq!(nice_between(-0.5, 0.5), 0.0);
        assert_eq!(nice_between(5.0, 5.0), 5.0);
    }

    #[test]
    fn fine_cuts_of_few_and_many_values() {
        // Few distinct values: one class each.
        assert_eq!(
            fine_cuts(&[0.0, 1.0, 1.0, 2.0, 0.0, 5.0], 20),
            vec![1.0, 2.0, 5.0]
        );
        // 1..=100 in 4 classes: edges at the 25th, 50th, 75th values.
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(fine_cuts(&v, 4), vec![26.0, 51.0, 76.0]);
        assert!(fine_cuts(&[], 4).is_empty());
        assert!(fine_cuts(&[3.0, 3.0], 4).is_empty());
    }
}
