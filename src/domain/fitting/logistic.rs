//! Logistic regression by maximum likelihood (Newton's method, which for the logit
//! link is iteratively reweighted least squares): `logit P(bad) = β₀ + Σ βⱼ·xⱼ`,
//! with standard errors from the inverse of the information matrix `X'WX`.

use crate::domain::parallel::over_rows;

/// The rows of a regression: `row(i, x)` writes the `p` predictors of row `i` into
/// `x`; `bad[i]` is the outcome (`None` rows are left out).
pub(crate) struct Design<'a> {
    pub p: usize,
    pub row: &'a (dyn Fn(usize, &mut [f64]) + Sync),
    pub bad: &'a [Option<bool>],
    /// Ridge penalty `λ/2·Σ βⱼ²` on the slopes (not the intercept); 0 is plain
    /// maximum likelihood.
    pub ridge: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct LogisticFit {
    /// `[β₀, β₁, …, βₚ]`.
    pub coefficients: Vec<f64>,
    pub std_errors: Vec<f64>,
    pub log_likelihood: f64,
    pub iterations: usize,
    pub converged: bool,
}

const MAX_ITERATIONS: usize = 100;
/// Newton steps smaller than this in every coefficient end the iteration.
const TOLERANCE: f64 = 1e-10;

/// One pass: log-likelihood, gradient and information matrix (upper triangle) at `beta`.
fn pass(d: &Design<'_>, beta: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
    let q = d.p + 1;
    let parts = over_rows(d.bad.len(), |range| {
        let mut ll = 0.0;
        let mut grad = vec![0.0; q];
        let mut info = vec![0.0; q * q];
        let mut x = vec![0.0; q];
        x[0] = 1.0;
        for i in range {
            let Some(y) = d.bad[i] else { continue };
            (d.row)(i, &mut x[1..]);
            let eta: f64 = x.iter().zip(beta).map(|(a, b)| a * b).sum();
            // ln(1 + e^−|η|) keeps both branches finite for large |η|.
            let soft = (-eta.abs()).exp().ln_1p();
            ll -= if y {
                soft + (-eta).max(0.0)
            } else {
                soft + eta.max(0.0)
            };
            let mu = 1.0 / (1.0 + (-eta).exp());
            let r = f64::from(u8::from(y)) - mu;
            let w = mu * (1.0 - mu);
            for a in 0..q {
                grad[a] += r * x[a];
                let wa = w * x[a];
                for b in a..q {
                    info[a * q + b] += wa * x[b];
                }
            }
        }
        (ll, grad, info)
    });
    let mut total = add_parts(parts, q);
    for (j, b) in beta.iter().enumerate().skip(1) {
        total.0 -= 0.5 * d.ridge * b * b;
        total.1[j] -= d.ridge * b;
        total.2[j * q + j] += d.ridge;
    }
    total
}

/// Sums the per-thread (log-likelihood, gradient, information) of a pass whose
/// information matrices hold the upper triangle, and mirrors it into the lower.
pub(crate) fn add_parts(
    parts: Vec<(f64, Vec<f64>, Vec<f64>)>,
    q: usize,
) -> (f64, Vec<f64>, Vec<f64>) {
    let mut total = (0.0, vec![0.0; q], vec![0.0; q * q]);
    for (ll, g, h) in parts {
        total.0 += ll;
        total.1.iter_mut().zip(&g).for_each(|(a, b)| *a += b);
        total.2.iter_mut().zip(&h).for_each(|(a, b)| *a += b);
    }
    for a in 0..q {
        for b in 0..a {
            total.2[a * q + b] = total.2[b * q + a];
        }
    }
    total
}

/// Cholesky factor `L` (row-major, lower) of a symmetric positive definite matrix.
pub(crate) fn cholesky(m: &[f64], q: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0; q * q];
    for i in 0..q {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i * q + k] * l[j * q + k]).sum();
            if i == j {
                let d = m[i * q + i] - s;
                // Relative to the diagonal: a pivot this small means collinear predictors.
                if d.is_nan() || d <= 1e-12 * m[i * q + i].abs().max(1e-300) {
                    return None;
                }
                l[i * q + i] = d.sqrt();
            } else {
                l[i * q + j] = (m[i * q + j] - s) / l[j * q + j];
            }
        }
    }
    Some(l)
}

/// Solves `L·L'·x = b`.
pub(crate) fn solve(l: &[f64], q: usize, b: &[f64]) -> Vec<f64> {
    let mut y = vec![0.0; q];
    for i in 0..q {
        let s: f64 = (0..i).map(|k| l[i * q + k] * y[k]).sum();
        y[i] = (b[i] - s) / l[i * q + i];
    }
    let mut x = vec![0.0; q];
    for i in (0..q).rev() {
        let s: f64 = (i + 1..q).map(|k| l[k * q + i] * x[k]).sum();
        x[i] = (y[i] - s) / l[i * q + i];
    }
    x
}

/// Fits the model. Refused when there are no goods or no bads, or when the
/// predictors are collinear (the information matrix is singular).
pub(crate) fn fit_logistic(d: &Design<'_>) -> Result<LogisticFit, String> {
    let q = d.p + 1;
    let bads = d.bad.iter().filter(|b| **b == Some(true)).count() as f64;
    let rows = d.bad.iter().filter(|b| b.is_some()).count() as f64;
    if bads == 0.0 || bads == rows {
        return Err("the regression needs both goods and bads".into());
    }
    let mut beta = vec![0.0; q];
    beta[0] = (bads / (rows - bads)).ln();
    let (mut ll, mut grad, mut info) = pass(d, &beta);
    let mut iterations = 0;
    let mut converged = false;
    while iterations < MAX_ITERATIONS {
        iterations += 1;
        let l = cholesky(&info, q).ok_or_else(|| {
            "the characteristics are collinear (one is a combination of others); \
             exclude one of them"
                .to_string()
        })?;
        let step = solve(&l, q, &grad);
        // Halve the step until the likelihood does not fall.
        let mut t = 1.0;
        let mut moved = false;
        for _ in 0..30 {
            let trial: Vec<f64> = beta.iter().zip(&step).map(|(b, s)| b + t * s).collect();
            let next = pass(d, &trial);
            if next.0.is_finite() && next.0 >= ll - 1e-12 * ll.abs() {
                beta = trial;
                (ll, grad, info) = next;
                moved = true;
                break;
            }
            t /= 2.0;
        }
        let size = step.iter().fold(0.0f64, |m, s| m.max((t * s).abs()));
        if !moved {
            // No step raises the likelihood: at the optimum if the step was tiny.
            converged = step.iter().all(|s| s.abs() < 1e-6);
            break;
        }
        if size < TOLERANCE {
            converged = true;
            break;
        }
    }
    let l = cholesky(&info, q)
        .ok_or_else(|| "the information matrix is singular at the solution".to_string())?;
    // Diagonal of the inverse: solve for each unit vector.
    let std_errors = (0..q)
        .map(|j| {
            let mut e = vec![0.0; q];
            e[j] = 1.0;
            solve(&l, q, &e)[j].sqrt()
        })
        .collect();
    Ok(LogisticFit {
        coefficients: beta,
        std_errors,
        log_likelihood: ll,
        iterations,
        converged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_binary_predictor_has_a_closed_form() {
        // x = 0: 30 goods, 10 bads; x = 1: 10 goods, 10 bads.
        // β₀ = ln(10/30), β₁ = ln(10/10) − ln(10/30) = ln 3.
        // SE(β₁)² = 1/30 + 1/10 + 1/10 + 1/10; SE(β₀)² = 1/30 + 1/10.
        let mut xs = Vec::new();
        let mut bad = Vec::new();
        for (x, goods, bads) in [(0.0, 30, 10), (1.0, 10, 10)] {
            for k in 0..goods + bads {
                xs.push(x);
                bad.push(Some(k >= goods));
            }
        }
        let row = |i: usize, out: &mut [f64]| out[0] = xs[i];
        let fit = fit_logistic(&Design {
            p: 1,
            row: &row,
            bad: &bad,
            ridge: 0.0,
        })
        .unwrap();
        assert!(fit.converged);
        assert!((fit.coefficients[0] - (1.0f64 / 3.0).ln()).abs() < 1e-9);
        assert!((fit.coefficients[1] - 3f64.ln()).abs() < 1e-9);
        let se0 = (1.0f64 / 30.0 + 0.1).sqrt();
        let se1 = (1.0f64 / 30.0 + 0.3).sqrt();
        assert!((fit.std_errors[0] - se0).abs() < 1e-9);
        assert!((fit.std_errors[1] - se1).abs() < 1e-9);
        // ll = 30 ln .75 + 10 ln .25 + 20 ln .5
        let ll = 30.0 * 0.75f64.ln() + 10.0 * 0.25f64.ln() + 20.0 * 0.5f64.ln();
        assert!((fit.log_likelihood - ll).abs() < 1e-9);
    }

    /// 16 rows, two WoE-like predictors; reference values from statsmodels `Logit`
    /// (tol 1e-14) and, with the ridge, from minimising the penalised deviance with BFGS.
    fn small_set() -> (Vec<[f64; 2]>, Vec<Option<bool>>) {
        let x1 = [-0.8, -0.2, 0.3, 0.9];
        let x2 = [-0.5, 0.4, 1.1];
        let y = [1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0];
        let rows = (0..16).map(|i| [x1[i % 4], x2[i % 3]]).collect();
        (rows, y.iter().map(|&b| Some(b == 1)).collect())
    }

    #[test]
    fn matches_statsmodels_on_a_small_set() {
        let (rows, bad) = small_set();
        let row = |i: usize, out: &mut [f64]| out.copy_from_slice(&rows[i]);
        let fit = fit_logistic(&Design {
            p: 2,
            row: &row,
            bad: &bad,
            ridge: 0.0,
        })
        .unwrap();
        assert!(fit.converged);
        let want = [0.192_217_279_742, -1.650_379_867_949, -1.562_549_179_800];
        let se = [0.654_676_345_780, 1.073_759_382_038, 1.021_841_787_293];
        for (j, (w, s)) in want.iter().zip(&se).enumerate() {
            assert!((fit.coefficients[j] - w).abs() < 1e-9, "{fit:?}");
            assert!((fit.std_errors[j] - s).abs() < 1e-9, "{fit:?}");
        }
        assert!((fit.log_likelihood + 8.226_019_420_816).abs() < 1e-9);
        let ridge = fit_logistic(&Design {
            p: 2,
            row: &row,
            bad: &bad,
            ridge: 1.0,
        })
        .unwrap();
        let want = [-0.017_679_500_2, -0.793_174_393_7, -0.783_924_590_0];
        for (got, w) in ridge.coefficients.iter().zip(&want) {
            assert!((got - w).abs() < 1e-7, "{ridge:?}");
        }
    }

    #[test]
    fn collinear_predictors_are_refused() {
        let bad: Vec<Option<bool>> = (0..20).map(|i| Some(i % 3 == 0)).collect();
        let row = |i: usize, out: &mut [f64]| {
            out[0] = (i % 4) as f64;
            out[1] = 2.0 * (i % 4) as f64;
        };
        let e = fit_logistic(&Design {
            p: 2,
            row: &row,
            bad: &bad,
            ridge: 0.0,
        })
        .unwrap_err();
        assert!(e.contains("collinear"), "{e}");
        let none: Vec<Option<bool>> = vec![Some(false); 5];
        assert!(
            fit_logistic(&Design {
                p: 2,
                row: &row,
                bad: &none,
                ridge: 0.0,
            })
            .is_err()
        );
    }
}
