//! `riskdesk screenshot`: every view renders offscreen, at its size, not blank, and
//! the same bytes on every run.

mod common;

use common::riskdesk;

#[test]
fn every_view_in_both_themes_renders_and_is_deterministic() {
    let dir = common::temp_dir("shots");
    let (code, out, err) = riskdesk(&[
        "screenshot",
        "--all",
        "--out-dir",
        dir.to_str().unwrap(),
        "--size",
        "1280x800",
    ]);
    assert_eq!(code, 0, "{err}");
    let written: Vec<&str> = out.lines().collect();
    assert_eq!(written.len(), 22, "{out}");
    for view in riskdesk::cli::screenshot::VIEWS {
        for theme in ["light", "dark"] {
            let path = dir.join(format!("{view}-{theme}.png"));
            let image = image::open(&path).unwrap().to_rgba8();
            assert_eq!(image.dimensions(), (1280, 800), "{view}-{theme}");
        }
    }
    // Again: byte-identical files.
    let again = dir.join("again.png");
    let (code, _, err) = riskdesk(&[
        "screenshot",
        "--view",
        "policy",
        "--out",
        again.to_str().unwrap(),
        "--size",
        "1280x800",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(dir.join("policy-light.png")).unwrap()
    );
}

#[test]
fn bad_arguments_are_input_errors() {
    let tmp = std::env::temp_dir().join("riskdesk-shot-bad.png");
    let out = tmp.to_str().unwrap();
    for args in [
        vec!["screenshot", "--view", "nope", "--out", out],
        vec![
            "screenshot",
            "--view",
            "overview",
            "--out",
            out,
            "--size",
            "big",
        ],
        vec![
            "screenshot",
            "--view",
            "applicant",
            "--applicant",
            "999999999",
            "--out",
            out,
        ],
        vec![
            "screenshot",
            "--view",
            "overview",
            "--out",
            out,
            "--db",
            "missing.db",
        ],
    ] {
        let (code, _, err) = riskdesk(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // A theme that is not one: the argument parser says which are.
    let (code, _, err) = riskdesk(&[
        "screenshot",
        "--view",
        "overview",
        "--out",
        out,
        "--theme",
        "blue",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("possible values: light, dark"), "{err}");
}
