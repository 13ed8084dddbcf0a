//! The one rule for files the commands write, at the command line: an existing file is
//! refused without `--force`, a file the command reads is never written over (with or
//! without `--force`, by any name), a missing folder and a wrong extension are named.

mod common;

use std::path::Path;

use common::riskdesk;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A copy of sample.db in `dir`, and its bytes.
fn portfolio_copy(dir: &Path) -> (std::path::PathBuf, Vec<u8>) {
    let db = dir.join("P.db");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"), &db).unwrap();
    let bytes = std::fs::read(&db).unwrap();
    (db, bytes)
}

fn no_partial_files(dir: &Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn no_command_writes_over_the_portfolio_it_reads() {
    let dir = common::temp_dir("out-input");
    let (db, bytes) = portfolio_copy(&dir);
    let link = dir.join("link.png");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let hard = dir.join("hard.json");
    std::fs::hard_link(&db, &hard).unwrap();
    for force in [false, true] {
        let f: &[&str] = if force { &["--force"] } else { &[] };
        // The reported defect: the card's JSON replaced the 8 MB portfolio.
        for out in [&db, &hard] {
            let mut args = vec!["scorecard", "fit", "--db", s(&db), "--out", s(out)];
            args.extend(f);
            let (code, _, err) = riskdesk(&args);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(err.contains("never written over"), "{err}");
        }
        let mut args = vec!["screenshot", "--view", "overview", "--db", s(&db)];
        args.extend(["--out", s(&link)]);
        args.extend(f);
        let (code, _, err) = riskdesk(&args);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("never written over"), "{err}");
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "force {force}");
    }
    no_partial_files(&dir);
}

#[test]
fn scorecard_apply_never_writes_over_its_card_or_its_data() {
    let dir = common::temp_dir("out-apply");
    let csv = dir.join("data.csv");
    let mut text = String::from("months,outcome\n");
    for i in 0..400 {
        let bad = i % 7 == 0 || (i % 40 < 4);
        text += &format!("{},{}\n", i % 40, if bad { "bad" } else { "good" });
    }
    std::fs::write(&csv, &text).unwrap();
    let card = dir.join("card.json");
    let fit = [
        "scorecard",
        "fit",
        "--csv",
        s(&csv),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--out",
        s(&card),
    ];
    let (code, _, err) = riskdesk(&fit);
    assert_eq!(code, 0, "{err}");
    let card_bytes = std::fs::read(&card).unwrap();
    // Fitting again onto the card: refused without --force, replaced with it.
    let (code, _, err) = riskdesk(&fit);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("exists; pass --force"), "{err}");
    let mut forced = fit.to_vec();
    forced.push("--force");
    let (code, _, err) = riskdesk(&forced);
    assert_eq!(code, 0, "{err}");
    for out in [&card, &csv] {
        for force in [false, true] {
            let mut args = vec!["scorecard", "apply", "--card", s(&card), "--csv", s(&csv)];
            args.extend(["--out", s(out)]);
            if force {
                args.push("--force");
            }
            let (code, _, err) = riskdesk(&args);
            assert_eq!(code, 2, "{err}");
            assert!(err.contains("never written over"), "{err}");
        }
    }
    assert_eq!(std::fs::read(&card).unwrap(), card_bytes);
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), text);
    no_partial_files(&dir);
}

#[test]
fn another_existing_file_is_refused_without_force_and_replaced_with_it() {
    let dir = common::temp_dir("out-other");
    let other = dir.join("other.db");
    std::fs::write(&other, b"keep me").unwrap();
    let generate = [
        "generate",
        "--applicants",
        "300",
        "--seed",
        "3",
        "--out",
        s(&other),
    ];
    let (code, _, err) = riskdesk(&generate);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim(),
        format!(
            "riskdesk: {}: the file exists; pass --force to replace it (nothing was written)",
            other.display()
        )
    );
    assert_eq!(std::fs::read(&other).unwrap(), b"keep me");
    let mut forced = generate.to_vec();
    forced.push("--force");
    let (code, out, err) = riskdesk(&forced);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("300 applicants"), "{out}");
    assert!(
        std::fs::read(&other)
            .unwrap()
            .starts_with(b"SQLite format 3\0")
    );

    // A picture onto another existing file, then --force.
    let png = dir.join("view.png");
    std::fs::write(&png, b"old").unwrap();
    let shot = [
        "screenshot",
        "--view",
        "overview",
        "--db",
        s(&other),
        "--size",
        "400x300",
        "--out",
        s(&png),
    ];
    let (code, _, err) = riskdesk(&shot);
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read(&png).unwrap(), b"old");
    let mut forced = shot.to_vec();
    forced.push("--force");
    let (code, _, err) = riskdesk(&forced);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        image::open(&png).unwrap().to_rgba8().dimensions(),
        (400, 300)
    );

    // --all checks every file first: one that exists stops it before anything is drawn.
    let shots = dir.join("shots");
    std::fs::create_dir(&shots).unwrap();
    std::fs::write(shots.join("charts-dark.png"), b"old").unwrap();
    let (code, _, err) = riskdesk(&[
        "screenshot",
        "--all",
        "--db",
        s(&other),
        "--out-dir",
        s(&shots),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("charts-dark.png: the file exists"), "{err}");
    assert_eq!(std::fs::read_dir(&shots).unwrap().count(), 1);
    no_partial_files(&dir);
    no_partial_files(&shots);
}

#[test]
fn a_missing_folder_is_named_as_such() {
    let dir = common::temp_dir("out-folder");
    let missing = dir.join("no-such-folder");
    let db = missing.join("p.db");
    let (code, _, err) = riskdesk(&["generate", "--applicants", "300", "--out", s(&db)]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim(),
        format!(
            "riskdesk: {}: the folder {} does not exist",
            db.display(),
            missing.display()
        )
    );
    let card = missing.join("card.json");
    let (code, _, err) = riskdesk(&["scorecard", "fit", "--db", "sample.db", "--out", s(&card)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("does not exist"), "{err}");
    let png = missing.join("v.png");
    let (code, _, err) = riskdesk(&["screenshot", "--view", "charts", "--out", s(&png)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("does not exist"), "{err}");
    assert!(!missing.exists());
}

#[test]
fn a_picture_needs_a_png_name() {
    let dir = common::temp_dir("out-ext");
    let jpg = dir.join("c.jpg");
    let (code, _, err) = riskdesk(&["screenshot", "--view", "overview", "--out", s(&jpg)]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim(),
        format!(
            "riskdesk: {}: the file name must end in .png",
            jpg.display()
        )
    );
    assert!(!jpg.exists());
}
