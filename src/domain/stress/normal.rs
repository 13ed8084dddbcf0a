//! The standard normal distribution N and its inverse G, as the Basel IRB formula
//! uses them (../shared/PRODUCT.md, "Formulas"). N through erf's Taylor series near 0
//! and erfc's continued fraction in the tails (about 1e-12 absolute); G by Acklam's
//! rational approximation refined by one Halley step on N.

use std::f64::consts::{FRAC_2_SQRT_PI, SQRT_2};

/// erf(x) for |x| ≤ 2.5 by its Taylor series.
fn erf_series(x: f64) -> f64 {
    let (mut term, mut sum) = (x, x);
    let x2 = x * x;
    for n in 1..200 {
        term *= -x2 / n as f64;
        let add = term / (2 * n + 1) as f64;
        sum += add;
        if add.abs() < 1e-17 * sum.abs() {
            break;
        }
    }
    FRAC_2_SQRT_PI * sum
}

/// erfc(x) for x ≥ 2.5 by its continued fraction (modified Lentz).
fn erfc_fraction(x: f64) -> f64 {
    // erfc(x) = exp(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + 2/(x + ...))))).
    let tiny = 1e-300;
    let mut f = x;
    let (mut c, mut d) = (x, 0.0);
    for k in 1..500 {
        let a = k as f64 / 2.0;
        d = x + a * d;
        d = if d.abs() < tiny { tiny } else { d };
        c = x + a / c;
        c = if c.abs() < tiny { tiny } else { c };
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (-x * x).exp() / (f * std::f64::consts::PI.sqrt())
}

/// N(x): the standard normal distribution function.
pub fn cdf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let z = x / SQRT_2;
    if z.abs() <= 2.5 {
        0.5 * (1.0 + erf_series(z))
    } else if z > 0.0 {
        1.0 - 0.5 * erfc_fraction(z)
    } else {
        0.5 * erfc_fraction(-z)
    }
}

/// G(p): the inverse of N, for 0 < p < 1 (−∞ at 0, +∞ at 1, NaN outside).
// Acklam's published coefficients, kept as he wrote them.
#[allow(clippy::excessive_precision)]
pub fn inverse(p: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    // Acklam's coefficients.
    const A: [f64; 6] = [
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00,
    ];
    const B: [f64; 5] = [
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01,
    ];
    const C: [f64; 6] = [
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00,
    ];
    const D: [f64; 4] = [
        7.784695709041462e-03,
        3.224671290700398e-01,
        2.445134137142996e+00,
        3.754408661907416e+00,
    ];
    let low = 0.02425;
    let x = if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        let q = (-2.0 * (1.0 - p).ln()).sqrt();
        -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    // One Halley step on N(x) − p.
    let e = cdf(x) - p;
    let u = e * (2.0 * std::f64::consts::PI).sqrt() * (x * x / 2.0).exp();
    x - u / (1.0 + x * u / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_values() {
        // G(0.999) = 3.090232 (the IRB formula's confidence level).
        assert!(
            (inverse(0.999) - 3.090_232_306).abs() < 1e-8,
            "{}",
            inverse(0.999)
        );
        assert!((cdf(0.0) - 0.5).abs() < 1e-15);
        assert!((cdf(1.959_963_985) - 0.975).abs() < 1e-9);
        assert!((cdf(-3.0) - 0.001_349_898_032).abs() < 1e-11);
        assert!((cdf(4.0) - 0.999_968_328_758).abs() < 1e-11);
        assert!((inverse(0.01) + 2.326_347_874).abs() < 1e-8);
        for p in [1e-6, 0.0003, 0.02, 0.3, 0.5, 0.9, 0.999_99] {
            assert!((cdf(inverse(p)) - p).abs() < 1e-9 * p, "{p}");
        }
        assert!(inverse(1.5).is_nan());
        assert_eq!(inverse(0.0), f64::NEG_INFINITY);
    }
}
