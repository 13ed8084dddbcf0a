//! The palettes checked for viewers with colour vision deficiencies: every pair of
//! colours that must be told apart (good / amber / bad, champion / challenger, the
//! vintage series of one line style) is simulated for protanopia, deuteranopia and
//! tritanopia (Machado, Oliveira & Fernandes 2009, severity 1) and for normal vision,
//! and must stay at least a CIE76 ΔE apart in CIELAB; text colours must also reach a
//! contrast of 4.5 against the theme's background (WCAG 2).

use egui::Color32;

use super::{DARK, LIGHT, Palette, SERIES_DARK, SERIES_LIGHT};

/// Machado et al. (2009) matrices in linear RGB, severity 1.0.
const SIMULATIONS: [(&str, [[f64; 3]; 3]); 4] = [
    (
        "normal",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn simulate(c: Color32, m: &[[f64; 3]; 3]) -> [f64; 3] {
    let l = [linear(c.r()), linear(c.g()), linear(c.b())];
    std::array::from_fn(|i| (m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]).clamp(0.0, 1.0))
}

/// CIELAB (D65) of a linear RGB colour.
fn lab(l: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    let y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    let z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

/// The smallest ΔE between `a` and `b` over the simulations, and which one.
fn worst_distance(a: Color32, b: Color32) -> (f64, &'static str) {
    SIMULATIONS
        .iter()
        .map(|(name, m)| {
            let (p, q) = (lab(simulate(a, m)), lab(simulate(b, m)));
            let d = ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt();
            (d, *name)
        })
        .fold((f64::INFINITY, ""), |w, x| if x.0 < w.0 { x } else { w })
}

fn luminance(c: Color32) -> f64 {
    0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b())
}

fn contrast(a: Color32, b: Color32) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn assert_apart(pairs: &[(&str, Color32, &str, Color32)], at_least: f64) {
    for (na, a, nb, b) in pairs {
        let (d, how) = worst_distance(*a, *b);
        assert!(d >= at_least, "{na} vs {nb}: ΔE {d:.1} under {how}");
    }
}

#[test]
fn the_machado_matrices_keep_grey_grey_and_the_distance_is_cie76() {
    let grey = Color32::from_gray(128);
    for (_, m) in &SIMULATIONS {
        let s = simulate(grey, m);
        assert!(
            (s[0] - s[1]).abs() < 2e-3 && (s[1] - s[2]).abs() < 2e-3,
            "{s:?}"
        );
    }
    // White is L* 100, black 0: ΔE 100 in every simulation.
    let (d, _) = worst_distance(Color32::WHITE, Color32::BLACK);
    assert!((d - 100.0).abs() < 0.1, "{d}");
    // The classic confusion: this green and this red nearly merge for a deuteranope.
    let (d, how) = worst_distance(
        Color32::from_rgb(0x1e, 0x8e, 0x3e),
        Color32::from_rgb(0xc5, 0x22, 0x1f),
    );
    assert!(d < 20.0, "{d} {how}");
}

#[test]
fn decision_status_and_policy_colours_stay_apart_for_colour_blind_viewers() {
    for (theme, p, background) in [
        ("light", LIGHT, Color32::WHITE),
        ("dark", DARK, Color32::from_gray(27)),
    ] {
        let Palette {
            good,
            amber,
            bad,
            champion,
            challenger,
            ..
        } = p;
        assert_apart(
            &[
                ("good", good, "bad", bad),
                ("good", good, "amber", amber),
                ("amber", amber, "bad", bad),
                ("champion", champion, "challenger", challenger),
            ],
            30.0,
        );
        for (name, c) in [("good", good), ("amber", amber), ("bad", bad)] {
            let k = contrast(c, background);
            assert!(k >= 4.5, "{theme} {name}: contrast {k:.2}");
        }
    }
}

#[test]
fn series_of_one_line_style_stay_apart_for_colour_blind_viewers() {
    for series in [SERIES_LIGHT, SERIES_DARK] {
        for (i, a) in series.iter().enumerate() {
            for (j, b) in series.iter().enumerate().skip(i + 1) {
                let (d, how) = worst_distance(*a, *b);
                assert!(d >= 30.0, "series {i} vs {j}: ΔE {d:.1} under {how}");
            }
        }
    }
}
