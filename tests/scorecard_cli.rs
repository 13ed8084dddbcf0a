//! `riskdesk scorecard fit | apply | report` end to end on CSV files made here,
//! with the CSV edge cases and the errors a user can cause.

mod common;

use std::path::Path;

use riskdesk::domain::analytics::metrics::auc;
use riskdesk::domain::fitting::fit::CardFile;
use riskdesk::domain::rng::Rng;

use common::riskdesk;

/// `scorecard fit` of `csv` (outcome column "outcome", "bad" is bad) into `card`.
fn fit(csv: &Path, card: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "scorecard",
        "fit",
        "--csv",
        csv.to_str().unwrap(),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--out",
        card.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    riskdesk(&args)
}

/// `scorecard apply` of `card` to `csv`, scores into `out`.
fn apply(card: &Path, csv: &Path, out: &Path) -> (i32, String, String) {
    riskdesk(&[
        "scorecard",
        "apply",
        "--card",
        card.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// 3,000 applicants with a known risk model, written with a BOM, CRLF line ends,
/// quoted fields holding commas and Chinese text, and empty cells.
fn write_training(path: &Path, rows: usize, seed: u64) -> Vec<bool> {
    let mut rng = Rng::new(seed);
    let mut text = String::from("\u{feff}id,name,months,dti,region,outcome\r\n");
    let mut bad = Vec::new();
    for i in 0..rows {
        let months = (rng.uniform() * 80.0).floor();
        let dti = (rng.uniform() * 100.0).round() / 100.0;
        let region = ["north", "south", "east, coast"][i % 3];
        let logit = -0.5 - 0.04 * months + 2.5 * dti + if i % 3 == 2 { 0.7 } else { 0.0 };
        let b = rng.uniform() < 1.0 / (1.0 + (-logit).exp());
        bad.push(b);
        let months = if i % 40 == 0 {
            String::new()
        } else {
            months.to_string()
        };
        text += &format!(
            "{i},\"王, {i}\",{months},{dti},\"{region}\",{}\r\n",
            if b { "bad" } else { "good" }
        );
    }
    std::fs::write(path, text).unwrap();
    bad
}

#[test]
fn fit_apply_and_report_on_a_csv_file() {
    let dir = common::temp_dir("scorecard-cli");
    let train = dir.join("train.csv");
    let test = dir.join("test.csv");
    let card = dir.join("card.json");
    let scores = dir.join("scores.csv");
    write_training(&train, 3000, 1);
    let truth = write_training(&test, 1500, 2);
    let (code, out, err) = fit(&train, &card, &["--exclude", "id,name"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("months") && out.contains("written to"),
        "{out}"
    );
    let file: CardFile = serde_json::from_str(&std::fs::read_to_string(&card).unwrap()).unwrap();
    let names: Vec<&str> = file
        .scorecard
        .characteristics
        .iter()
        .map(|c| c.variable.as_str())
        .collect();
    assert!(
        !names.contains(&"id") && !names.contains(&"name"),
        "{names:?}"
    );
    assert!(
        names.contains(&"months") && names.contains(&"dti"),
        "{names:?}"
    );

    let (code, out, err) = apply(&card, &test, &scores);
    assert_eq!(code, 0, "{out}{err}");
    let mut reader = csv::Reader::from_path(&scores).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], ["row", "score", "pd"]);
    assert!(header.contains(&"points_months".to_string()));
    assert!(header.contains(&"reason_1".to_string()));
    let mut s = Vec::new();
    for (i, r) in reader.records().enumerate() {
        let r = r.unwrap();
        assert_eq!(r[0].parse::<usize>().unwrap(), i, "input order");
        let score: i32 = r[1].parse().unwrap();
        // The points add up to the score (base points are 0 in a fitted card).
        let points: i32 = header
            .iter()
            .zip(r.iter())
            .filter(|(h, _)| h.starts_with("points_"))
            .map(|(_, v)| v.parse::<i32>().unwrap())
            .sum();
        assert_eq!(points, score);
        let pd: f64 = r[2].parse().unwrap();
        assert!((pd - file.scorecard.pd(score)).abs() < 1e-6);
        s.push(f64::from(score));
    }
    assert_eq!(s.len(), 1500);
    let held_out = auc(&s, &truth);
    assert!(held_out > 0.7, "AUC {held_out}");

    let (code, out, err) = riskdesk(&[
        "scorecard",
        "report",
        "--card",
        card.to_str().unwrap(),
        "--csv",
        test.to_str().unwrap(),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The JSON is rounded to 6 decimals.
    assert!((r["auc"].as_f64().unwrap() - held_out).abs() <= 5e-7);
    assert!((r["gini"].as_f64().unwrap() - (2.0 * held_out - 1.0)).abs() <= 5e-7);
    assert_eq!(r["data_file"].as_str(), test.to_str());
    let gains = r["gains"].as_array().unwrap();
    assert_eq!(gains.len(), 10);
    let rows: u64 = gains.iter().map(|g| g["count"].as_u64().unwrap()).sum();
    assert_eq!(rows, 1500);
    let last = &gains[gains.len() - 1];
    assert!((last["cumulative_approval"].as_f64().unwrap() - 1.0).abs() < 1e-12);
    assert!(r["psi"].as_f64().unwrap() < 0.1, "same population: stable");
    assert!(r["characteristics"][0]["csi"].as_f64().is_some());
    assert!(r["ks"].as_f64().unwrap() > 0.0 && r["ks_score"].as_f64().is_some());
    // The text report reads the same numbers.
    let (code, out, _) = riskdesk(&[
        "scorecard",
        "report",
        "--card",
        card.to_str().unwrap(),
        "--csv",
        test.to_str().unwrap(),
        "--target",
        "outcome",
        "--bad",
        "bad",
        "--bands",
        "product",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains(&format!("AUC {held_out:.4}")), "{out}");
}

#[test]
fn bad_input_gets_a_message_and_exit_code_2() {
    let dir = common::temp_dir("scorecard-cli-bad");
    let card = dir.join("card.json");
    let card_arg = card.to_str().unwrap();
    let ragged = dir.join("ragged.csv");
    std::fs::write(&ragged, "a,b,outcome\n1,2,good\n3,bad\n").unwrap();
    let (code, _, err) = fit(&ragged, &card, &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("line 3: 2 fields where the header has 3"),
        "{err}"
    );
    assert!(!err.contains("panicked"));

    let ok = dir.join("ok.csv");
    write_training(&ok, 400, 3);
    for (target, bad, want) in [
        ("nope", "bad", "there is no column nope"),
        (
            "outcome",
            "ugly",
            "no row of outcome has the value \"ugly\"",
        ),
    ] {
        let (code, _, err) = riskdesk(&[
            "scorecard",
            "fit",
            "--csv",
            ok.to_str().unwrap(),
            "--target",
            target,
            "--bad",
            bad,
            "--out",
            card_arg,
        ]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(want), "{err}");
    }
    let (code, _, err) = fit(&ok, &card, &["--monotonic", "sideways"]);
    assert_eq!(code, 2);
    assert!(err.contains("--monotonic"), "{err}");
    let (code, _, err) = fit(&ok, &card, &["--coding", "dummies"]);
    assert_eq!(code, 2);
    assert!(err.contains("coding must be woe or bins"), "{err}");
    // Applying a card to data without its columns, or with text where it reads numbers.
    let (code, _, err) = fit(&ok, &card, &["--exclude", "id,name"]);
    assert_eq!(code, 0, "{err}");
    let other = dir.join("other.csv");
    std::fs::write(&other, "x,y\n1,2\n").unwrap();
    let out_csv = dir.join("s.csv");
    let (code, _, err) = apply(&card, &other, &out_csv);
    assert_eq!(code, 2);
    assert!(err.contains("which the data does not have"), "{err}");
    let texty = dir.join("texty.csv");
    std::fs::write(&texty, "months,dti,region\n12,0.3,north\nmany,0.2,south\n").unwrap();
    let (code, _, err) = apply(&card, &texty, &out_csv);
    assert_eq!(code, 2);
    assert!(
        err.contains("line 3: column months holds \"many\""),
        "{err}"
    );
    // Not a scorecard at all.
    let (code, _, err) = apply(&ok, &ok, &out_csv);
    assert_eq!(code, 2);
    assert!(err.contains("not a scorecard"), "{err}");
}

#[test]
fn unseen_categories_and_missing_values_get_their_own_bins() {
    let dir = common::temp_dir("scorecard-cli-unseen");
    let train = dir.join("train.csv");
    write_training(&train, 1500, 4);
    let card = dir.join("card.json");
    let (code, _, err) = fit(&train, &card, &["--exclude", "id,name"]);
    assert_eq!(code, 0, "{err}");
    let file: CardFile = serde_json::from_str(&std::fs::read_to_string(&card).unwrap()).unwrap();
    let region = file
        .scorecard
        .characteristics
        .iter()
        .position(|c| c.variable == "region")
        .expect("region is in the card");
    let c = &file.scorecard.characteristics[region];
    use riskdesk::domain::scorecard::{BinRule, Value};
    let other = c
        .bins
        .iter()
        .position(|b| b.rule == BinRule::Other)
        .unwrap();
    let missing = c
        .bins
        .iter()
        .position(|b| b.rule == BinRule::Missing)
        .unwrap();
    assert_eq!(c.bin_index(Value::Cat("west")), Some(other));
    assert_eq!(c.bin_index(Value::Missing), Some(missing));
    // Scored through the command line: the unseen category and the empty cell score.
    let data = dir.join("new.csv");
    std::fs::write(&data, "months,dti,region\n12,0.3,west\n,0.2,\n").unwrap();
    let out_csv = dir.join("s.csv");
    let (code, _, err) = apply(&card, &data, &out_csv);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&out_csv).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    let col = "points_region";
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let k = r.headers().unwrap().iter().position(|h| h == col).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows[0][k].parse::<i32>().unwrap(), c.bins[other].points);
    assert_eq!(rows[1][k].parse::<i32>().unwrap(), c.bins[missing].points);
}

#[test]
fn every_sample_applicant_breakdown_adds_up_to_its_score() {
    let o = riskdesk::store::open(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample.db")
            .as_path(),
    )
    .unwrap();
    let p = &o.portfolio;
    for i in 0..p.len() {
        let b = p.scorecard.breakdown(&p.scorecard_values(i)).unwrap();
        assert_eq!(
            b.base_points + b.lines.iter().map(|l| l.points).sum::<i32>(),
            b.score
        );
        assert_eq!(b.score, p.derived.score[i], "applicant row {i}");
    }
}

#[test]
fn the_sample_refits_with_per_bin_effects() {
    let dir = common::temp_dir("scorecard-bins");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let refit = |name: &str, extra: &[&str]| -> CardFile {
        let card = dir.join(name);
        let mut args = vec![
            "scorecard",
            "fit",
            "--db",
            sample.to_str().unwrap(),
            "--keep-bins",
            "--out",
            card.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let (code, out, err) = riskdesk(&args);
        assert_eq!(code, 0, "{out}{err}");
        serde_json::from_str(&std::fs::read_to_string(&card).unwrap()).unwrap()
    };
    let woe = refit("woe.json", &[]);
    let bins = refit("bins.json", &["--coding", "bins"]);
    let (w, b) = (
        woe.development.as_ref().unwrap(),
        bins.development.as_ref().unwrap(),
    );
    assert_eq!(b.coding, riskdesk::domain::fitting::fit::Coding::Bins);
    // The same characteristics and bins (the file's own), other points.
    let rules = |c: &CardFile| -> Vec<_> {
        c.scorecard
            .characteristics
            .iter()
            .flat_map(|c| c.bins.iter().map(|b| b.rule.clone()))
            .collect()
    };
    assert_eq!(rules(&woe), rules(&bins));
    assert_ne!(woe.scorecard, bins.scorecard);
    // Every bin of a selected characteristic records the effect its points come from.
    let n = bins.scorecard.characteristics.len() as f64;
    let s = bins.scorecard.scaling;
    for c in b.candidates.iter().filter(|c| c.coefficient.is_some()) {
        for bin in &c.bins {
            let e = bin.effect.unwrap();
            let p = -(e + b.intercept / n) * s.factor() + s.offset() / n;
            assert_eq!(bin.points, Some(p.round() as i32), "{}", c.variable);
        }
    }
    assert_eq!((w.rows, w.bads), (b.rows, b.bads));
}

#[test]
fn personal_data_stays_out_of_card_files() {
    let dir = common::temp_dir("personal");
    let csv = dir.join("t.csv");
    let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];
    let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"];
    let mut text = String::from("customer_ref,mobile_no,months,colour,outcome\n");
    let mut names = Vec::new();
    for i in 0..600 {
        let name = format!(
            "{}{}{}",
            surnames[i % 8],
            given[(i / 8) % 10],
            given[(i / 80) % 10]
        );
        let bad = i % 9 == 0 || i % 40 < 3;
        // colour carries nothing: rejected for its IV.
        let colour = ["red", "green", "blue"][(i / 7) % 3];
        text += &format!(
            "{name},1380013{i:04},{},{colour},{}\n",
            i % 40,
            if bad { "bad" } else { "good" }
        );
        names.push(name);
    }
    std::fs::write(&csv, text).unwrap();
    let card = dir.join("card.json");
    let (code, out, err) = fit(&csv, &card, &["--min-iv", "0.05"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("column customer_ref looks like people's names: left out of the fit"),
        "{err}"
    );
    assert!(
        err.contains("column mobile_no looks like phone numbers"),
        "{err}"
    );
    let json = std::fs::read_to_string(&card).unwrap();
    assert!(
        !names.iter().any(|n| json.contains(n.as_str())),
        "a name is in the card"
    );
    assert!(!json.contains("1380013"), "a phone number is in the card");
    // The rejected column is named with its IV, without its categories.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let colour = v["development"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["variable"] == "colour")
        .expect("colour is a candidate");
    assert!(colour["iv"].as_f64().is_some());
    assert!(colour["bins"].as_array().unwrap().is_empty(), "{colour}");
    assert!(!json.contains("\"green\""));
}

#[test]
fn apply_carries_an_id_column_through_as_written() {
    let dir = common::temp_dir("apply-id");
    let csv = dir.join("d.csv");
    let mut text = String::from("app_id,income,bad\n");
    for i in 0..600 {
        let income = 1000 + (i * 37) % 9000;
        let bad = u8::from(income < 3000 && i % 3 == 0);
        // Ids with leading zeros: a number would lose them.
        text += &format!("00{i:04},{income},{bad}\n");
    }
    std::fs::write(&csv, text).unwrap();
    let card = dir.join("card.json");
    let (code, out, err) = common::riskdesk(&[
        "scorecard",
        "fit",
        "--csv",
        csv.to_str().unwrap(),
        "--target",
        "bad",
        "--bad",
        "1",
        "--exclude",
        "app_id",
        "--out",
        card.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let scores = dir.join("scores.csv");
    let (code, out, err) = common::riskdesk(&[
        "scorecard",
        "apply",
        "--card",
        card.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--id",
        "app_id",
        "--out",
        scores.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let written = std::fs::read_to_string(&scores).unwrap();
    let mut lines = written.lines();
    assert!(lines.next().unwrap().starts_with("app_id,row,score,pd,"));
    assert!(lines.next().unwrap().starts_with("000000,0,"));
    assert!(lines.nth(9).unwrap().starts_with("000010,10,"));
}
