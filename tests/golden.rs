//! The golden harness: hashes of what Riskdesk produces, so a change that means to keep
//! behaviour (a refactoring, a consolidation) can show that it did, byte for byte.
//!
//! Covered: the cards fitted on sample.db and on a CSV this test generates, `report`
//! (text and JSON) of the policy in force, and every screenshot view in both themes at
//! 1600×1000. The hashes are in `tests/golden/hashes.txt`. A change that alters output
//! on purpose rewrites them with `UPDATE_GOLDEN=1 cargo test --test golden` and says
//! why in its commit.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::riskdesk;
use sha2::{Digest, Sha256};

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A training CSV of 3,000 rows with numeric, categorical and missing values and an
/// outcome that depends on them, from a fixed linear congruential sequence.
fn training_csv(path: &Path) {
    let mut state: u64 = 20_261_203;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut text = String::from("id,months,dti,region,night,outcome\n");
    for i in 0..3000 {
        let months = (next() * 60.0).floor();
        let dti = (next() * 80.0).round() / 100.0;
        let region = ["north", "south", "east", "west"][(next() * 4.0) as usize % 4];
        let night = if next() < 0.1 {
            String::new()
        } else {
            format!("{:.2}", next() * 0.5)
        };
        let risk = -3.2 - 0.03 * months + 3.0 * dti + if region == "east" { 0.6 } else { 0.0 };
        let pd = 1.0 / (1.0 + (-risk).exp());
        let outcome = if next() < pd { "bad" } else { "good" };
        text += &format!("{i},{months},{dti},{region},{night},{outcome}\n");
    }
    std::fs::write(path, text).unwrap();
}

/// Every golden output, by name.
fn outputs(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let s = |p: &Path| p.to_str().unwrap().to_string();

    let card = dir.join("card-sample-db.json");
    let (code, _, err) = riskdesk(&["scorecard", "fit", "--db", "sample.db", "--out", &s(&card)]);
    assert_eq!(code, 0, "{err}");
    out.insert(
        "card-sample-db".into(),
        sha256(&std::fs::read(&card).unwrap()),
    );

    let csv = dir.join("train.csv");
    training_csv(&csv);
    let card = dir.join("card-csv.json");
    let (code, _, err) = riskdesk(&[
        "scorecard",
        "fit",
        "--csv",
        &s(&csv),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--exclude",
        "id",
        "--out",
        &s(&card),
    ]);
    assert_eq!(code, 0, "{err}");
    out.insert("card-csv".into(), sha256(&std::fs::read(&card).unwrap()));

    for (name, args) in [
        ("report-text", vec!["report", "--db", "sample.db"]),
        ("report-json", vec!["report", "--db", "sample.db", "--json"]),
    ] {
        let (code, stdout, err) = riskdesk(&args);
        assert_eq!(code, 0, "{err}");
        out.insert(name.into(), sha256(stdout.as_bytes()));
    }

    let shots = dir.join("shots");
    let (code, _, err) = riskdesk(&[
        "screenshot",
        "--all",
        "--lang",
        "all",
        "--out-dir",
        &s(&shots),
        "--size",
        "1600x1000",
    ]);
    assert_eq!(code, 0, "{err}");
    // Both languages; a rerun gives the same bytes in zh-CN too.
    for view in riskdesk::cli::screenshot::VIEWS {
        for theme in ["light", "dark"] {
            for (lang, suffix) in [("en", ""), ("zh-CN", "-zh-CN")] {
                let name = format!("{view}-{theme}");
                let bytes = std::fs::read(shots.join(format!("{name}-{lang}.png"))).unwrap();
                out.insert(format!("screenshot-{name}{suffix}"), sha256(&bytes));
            }
        }
    }
    out
}

#[test]
fn outputs_match_the_golden_hashes() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/hashes.txt");
    let dir = common::temp_dir("golden");
    let now = outputs(&dir);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let text: String = now.iter().map(|(k, v)| format!("{k} {v}\n")).collect();
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        return;
    }
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e}; write it with UPDATE_GOLDEN=1", file.display()));
    let golden: BTreeMap<String, String> = text
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let changed: Vec<&String> = golden
        .keys()
        .chain(now.keys())
        .filter(|k| golden.get(*k) != now.get(*k))
        .collect();
    assert!(
        changed.is_empty(),
        "outputs differ from tests/golden/hashes.txt: {changed:?} (files kept in {} with \
         RISKDESK_KEEP_TEST_FILES=1; rewrite with UPDATE_GOLDEN=1 only for a change that \
         alters output on purpose)",
        dir.display()
    );
}

/// The pictures the README shows (`![…](docs/screenshots/NAME.png)`).
fn readme_pictures() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    readme
        .split("](docs/screenshots/")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(str::to_string)
        .collect()
}

/// Share of pixels that differ by more than a few levels in any channel (0 to 1), or
/// `None` when the sizes differ.
fn differing_share(a: &image::RgbaImage, b: &image::RgbaImage) -> Option<f64> {
    if a.dimensions() != b.dimensions() {
        return None;
    }
    let differ = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0.iter().zip(q.0).any(|(x, y)| x.abs_diff(y) > 24))
        .count();
    Some(differ as f64 / (a.width() as f64 * a.height() as f64))
}

/// A README picture that no longer shows what the documented command renders is
/// stale. Compared with a tolerance: the software renderer of another Mesa version
/// moves a few anti-aliased pixels, not a legend or a column.
#[test]
fn readme_pictures_match_what_the_documented_command_renders() {
    let pictures = readme_pictures();
    assert!(pictures.len() >= 4, "{pictures:?}");
    let dir = common::temp_dir("readme-pictures");
    let shots = dir.join("shots");
    // The command the README gives for them.
    let (code, _, err) = riskdesk(&[
        "screenshot",
        "--all",
        "--lang",
        "all",
        "--out-dir",
        shots.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(code, 0, "{err}");
    // The German credit walkthrough's pictures, by its four commands.
    if pictures.iter().any(|p| p.starts_with("import-german-")) {
        german_pictures(&dir, &shots);
    }
    let mut stale = Vec::new();
    for name in &pictures {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/screenshots")
            .join(name);
        let shown = image::open(&docs)
            .unwrap_or_else(|e| panic!("{}: {e}", docs.display()))
            .to_rgba8();
        let now = image::open(shots.join(name)).unwrap().to_rgba8();
        match differing_share(&shown, &now) {
            Some(share) if share <= 0.005 => {}
            other => stale.push(format!("{name}: {other:?}")),
        }
    }
    assert!(
        stale.is_empty(),
        "README pictures differ from what `riskdesk screenshot --all` renders (share of pixels): {stale:?}; regenerate them as the README says"
    );
}

/// The README's German credit walkthrough (import, fit, install), then its two
/// pictures as the README shows them, into `shots`.
fn german_pictures(dir: &Path, shots: &Path) {
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/german-credit/map.json");
    let (db, card) = (dir.join("german.db"), dir.join("german-card.json"));
    for args in [
        vec!["import", "--map", &s(&map), "--out", &s(&db)],
        vec!["scorecard", "fit", "--db", &s(&db), "--out", &s(&card)],
        vec![
            "scorecard",
            "install",
            "--db",
            &s(&db),
            "--card",
            &s(&card),
            "--reason",
            "first card",
        ],
    ] {
        let args: Vec<&str> = args.iter().map(|a| a.as_ref()).collect();
        let (code, _, err) = riskdesk(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let db = s(&db);
    for (view, name, extra) in [
        (
            "applicant",
            "import-german-applicant.png",
            vec!["--applicant", "2"],
        ),
        ("policy-lab", "import-german-lab.png", vec![]),
    ] {
        let out = shots.join(name);
        let mut args = vec!["screenshot", "--db", &db, "--view", view, "--lang", "en"];
        args.extend(extra);
        let out = s(&out);
        args.extend(["--out", &out, "--size", "1600x1000", "--force"]);
        let (code, _, err) = riskdesk(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
}

#[test]
fn the_picture_comparison_tolerates_a_few_pixels_only() {
    let a = image::RgbaImage::from_pixel(100, 100, image::Rgba([255, 255, 255, 255]));
    let mut b = a.clone();
    for x in 0..20 {
        b.put_pixel(x, 0, image::Rgba([240, 240, 240, 255])); // within the tolerance
        b.put_pixel(x, 1, image::Rgba([0, 0, 0, 255])); // a real difference
    }
    assert_eq!(differing_share(&a, &b), Some(0.002));
    assert_eq!(differing_share(&a, &image::RgbaImage::new(10, 10)), None);
}
