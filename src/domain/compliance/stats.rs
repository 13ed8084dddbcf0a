//! Tests of a difference between two approval rates: the two-proportion z-test
//! (pooled) and, for small groups, Fisher's exact test; both two-sided.

/// The standard normal's upper tail beyond |z| times two: the z-test's p-value.
fn two_sided_normal(z: f64) -> f64 {
    erfc(z.abs() / std::f64::consts::SQRT_2).clamp(0.0, 1.0)
}

/// The complementary error function (W. J. Cody's rational approximations via the
/// Numerical Recipes `erfcc` form; relative error below 1.2e-7 everywhere).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 { r } else { 2.0 - r }
}

/// Two-sided p-value of the pooled two-proportion z-test of `x1/n1` against
/// `x2/n2`; `None` when a group is empty. Equal all-or-nothing rates give 1.
pub fn z_test(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<f64> {
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let pooled = (x1 + x2) as f64 / (n1f + n2f);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1f + 1.0 / n2f)).sqrt();
    if se == 0.0 {
        return Some(1.0);
    }
    let z = (x1 as f64 / n1f - x2 as f64 / n2f) / se;
    Some(two_sided_normal(z))
}

/// ln(k!) by summing logs for small k and Stirling's series beyond.
fn ln_factorial(k: u64) -> f64 {
    if k < 64 {
        (2..=k).map(|i| (i as f64).ln()).sum()
    } else {
        let x = k as f64 + 1.0;
        // ln Γ(x), Stirling with three correction terms (error < 1e-12 for x ≥ 64).
        (x - 0.5) * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI).ln() + 1.0 / (12.0 * x)
            - 1.0 / (360.0 * x.powi(3))
            + 1.0 / (1260.0 * x.powi(5))
    }
}

/// Two-sided p-value of Fisher's exact test of the 2×2 table
/// `[[x1, n1 − x1], [x2, n2 − x2]]`: the probability, with the margins fixed, of a
/// table at most as likely as the one observed. `None` when a group is empty.
pub fn fisher_exact(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<f64> {
    if n1 == 0 || n2 == 0 || x1 > n1 || x2 > n2 {
        return None;
    }
    let successes = x1 + x2;
    let n = n1 + n2;
    let ln_p = |a: u64| -> f64 {
        // P(first row has a successes) = C(n1, a)·C(n2, s − a) / C(n, s).
        let b = successes - a;
        ln_factorial(n1) - ln_factorial(a) - ln_factorial(n1 - a) + ln_factorial(n2)
            - ln_factorial(b)
            - ln_factorial(n2 - b)
            - (ln_factorial(n) - ln_factorial(successes) - ln_factorial(n - successes))
    };
    let from = successes.saturating_sub(n2);
    let to = successes.min(n1);
    let observed = ln_p(x1);
    // Tables as likely as the observed one count too (a relative tolerance).
    let limit = observed + 1e-7;
    let p: f64 = (from..=to)
        .map(ln_p)
        .filter(|&l| l <= limit)
        .map(f64::exp)
        .sum();
    Some(p.min(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn z_test_by_hand() {
        // 21/50 against 48/80: pooled 69/130, se = √(p(1−p)(1/50 + 1/80)) = 0.089968,
        // z = (0.42 − 0.60) / se = −2.0007, p = 0.045423 (two-sided; scipy agrees).
        let p = z_test(21, 50, 48, 80).unwrap();
        assert!((p - 0.045423).abs() < 1e-6, "{p}");
        assert_eq!(z_test(5, 10, 5, 10), Some(1.0));
        assert_eq!(z_test(0, 10, 0, 10), Some(1.0));
        assert_eq!(z_test(1, 0, 3, 10), None);
    }

    #[test]
    fn fisher_by_hand() {
        // The tea-tasting table [[3, 1], [1, 3]]: two-sided p = 34/70 = 0.4857.
        let p = fisher_exact(3, 4, 1, 4).unwrap();
        assert!((p - 34.0 / 70.0).abs() < 1e-9, "{p}");
        // [[1, 9], [11, 3]]: two-sided p = 0.002759 (R's fisher.test).
        let p = fisher_exact(1, 10, 11, 14).unwrap();
        assert!((p - 0.002759).abs() < 1e-5, "{p}");
        // Identical rates: nothing to see.
        assert!((fisher_exact(5, 10, 5, 10).unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn ln_factorial_meets_stirling() {
        let direct: f64 = (2..=100u64).map(|i| (i as f64).ln()).sum();
        assert!((ln_factorial(100) - direct).abs() < 1e-9);
    }
}
