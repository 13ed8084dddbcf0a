//! The command line in Chinese: tables, progress, summaries, errors and --help, with
//! the numbers of the English output, and files for programs unchanged.

mod common;

use std::path::{Path, PathBuf};

use common::riskdesk;
use riskdesk::i18n::Language;
use riskdesk::out_file::OutError;
use riskdesk::store::StoreError;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A generated portfolio of 300 applicants (the default seed) in a fresh folder.
fn generated(name: &str, lang: &str) -> (common::TempDir, PathBuf, String, String) {
    let dir = common::temp_dir(name);
    let db = dir.join("g.db");
    let (code, out, err) = riskdesk(&[
        "generate",
        "--applicants",
        "300",
        "--out",
        s(&db),
        "--lang",
        lang,
    ]);
    assert_eq!(code, 0, "{err}");
    (dir, db, out, err)
}

#[test]
fn generate_says_its_progress_and_summary_in_chinese() {
    let (_dir, db, out, err) = generated("i18n-generate-zh", "zh-CN");
    // stderr is not a terminal here: a line every quarter.
    assert_eq!(
        err,
        "正在生成：25%\n正在生成：50%\n正在生成：75%\n正在生成：100%\n"
    );
    let want = format!(
        "已写入 {}：申请人 300 名，账户 159 个，订单 467 笔，月末表现记录 1,720 行，用时 ",
        db.display()
    );
    assert!(out.starts_with(&want), "{out}");
    let (_dir, db, out, err) = generated("i18n-generate-en", "en");
    assert_eq!(
        err,
        "generating: 25%\ngenerating: 50%\ngenerating: 75%\ngenerating: 100%\n"
    );
    let want = format!(
        "wrote {}: 300 applicants, 159 accounts, 467 orders, 1,720 month-end rows in ",
        db.display()
    );
    assert!(out.starts_with(&want), "{out}");
}

#[test]
fn audit_verify_and_export_speak_chinese_with_the_same_figures() {
    let (dir, db, ..) = generated("i18n-audit", "en");
    let (code, english, _) = riskdesk(&["audit", "verify", "--db", s(&db)]);
    assert_eq!(code, 0);
    let head = english.trim_end().rsplit(' ').next().unwrap().to_string();
    assert_eq!(
        english,
        format!(
            "{}: audit log intact: 3 entries, head {head}\n",
            db.display()
        )
    );
    let (code, chinese, _) = riskdesk(&["audit", "verify", "--db", s(&db), "--lang", "zh-CN"]);
    assert_eq!(code, 0);
    assert_eq!(
        chinese,
        format!("{}：审计日志完整：共 3 条记录，链头 {head}\n", db.display())
    );
    // The anchor found, and one not found (exit 3).
    let (code, out, _) = riskdesk(&[
        "audit",
        "verify",
        "--db",
        s(&db),
        "--head",
        &head,
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.ends_with(&format!("锚点 {head} 是第 3 条记录；其后还有 0 条记录\n")),
        "{out}"
    );
    let (code, _, err) = riskdesk(&[
        "audit",
        "verify",
        "--db",
        s(&db),
        "--head",
        "abc",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 3);
    assert_eq!(
        err,
        format!(
            "riskdesk: {}：没有哪条审计记录的哈希是 abc：自记下该锚点以来，日志被改写或回滚过\n",
            db.display()
        )
    );
    // The CSV is the same file in both languages; only the line for people changes.
    let (en_csv, zh_csv) = (dir.join("en.csv"), dir.join("zh.csv"));
    let (code, out, _) = riskdesk(&["audit", "export", "--db", s(&db), "--out", s(&en_csv)]);
    assert_eq!(code, 0);
    assert!(out.starts_with(&format!(
        "wrote 3 audit entries to {}; audit log intact",
        en_csv.display()
    )));
    let (code, out, _) = riskdesk(&[
        "audit",
        "export",
        "--db",
        s(&db),
        "--out",
        s(&zh_csv),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "已将 3 条审计记录写入 {}；审计日志完整：共 3 条记录，链头 {head}\n",
            zh_csv.display()
        )
    );
    assert_eq!(
        std::fs::read(&en_csv).unwrap(),
        std::fs::read(&zh_csv).unwrap()
    );
}

/// The whitespace-separated words of the lines that start with `prefix`.
fn rows(text: &str, prefixes: &[&str]) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| prefixes.iter().any(|p| l.starts_with(p)))
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

#[test]
fn scorecard_report_has_chinese_headings_and_the_english_numbers() {
    let args = ["scorecard", "report", "--db", "sample.db"];
    let (code, english, err) = riskdesk(&args);
    assert_eq!(code, 0, "{err}");
    let (code, chinese, err) = riskdesk(&[&args[..], &["--lang", "zh-CN"]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(
        chinese.starts_with("评分卡报告\n评分卡：组合文件自带的评分卡“"),
        "{chinese}"
    );
    assert!(chinese.contains("\n增益表（分数从高到低）\n"), "{chinese}");
    let heading = chinese.lines().find(|l| l.starts_with("分组")).unwrap();
    assert_eq!(
        heading.split_whitespace().collect::<Vec<_>>(),
        [
            "分组",
            "分数区间",
            "行数",
            "坏样本",
            "坏账率",
            "预测违约概率",
            "累计准入率",
            "累计坏账率",
            "以下坏样本占比"
        ]
    );
    // The gains rows (bands 1 to 10) hold the same figures in both languages.
    let bands: Vec<String> = (1..=10).map(|b| format!("{b} ")).collect();
    let bands: Vec<&str> = bands.iter().map(String::as_str).collect();
    let en_rows = rows(&english, &bands);
    assert_eq!(en_rows.len(), 10);
    assert_eq!(rows(&chinese, &bands), en_rows);
    // The measures line: the same numbers.
    let numbers = |line: &str| -> Vec<String> {
        line.split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|w| !w.is_empty() && w.chars().any(|c| c.is_ascii_digit()))
            .map(str::to_string)
            .collect()
    };
    let en_auc = english.lines().find(|l| l.starts_with("AUC")).unwrap();
    let zh_auc = chinese.lines().find(|l| l.starts_with("AUC")).unwrap();
    assert!(zh_auc.ends_with(" 处）"), "{zh_auc}");
    assert_eq!(numbers(zh_auc), numbers(en_auc));
    // Each bin: the same numbers, Chinese words.
    let bin = chinese
        .lines()
        .find(|l| l.contains("好样本") && l.contains("分值"))
        .unwrap();
    assert!(bin.starts_with("    ") && bin.contains("坏账率"), "{bin}");
    let bins = |text: &str| -> Vec<Vec<String>> {
        text.lines()
            .filter(|l| l.contains(" WoE "))
            .map(numbers)
            .collect()
    };
    assert!(bins(&english).len() > 20);
    assert_eq!(bins(&chinese), bins(&english));
    // JSON is the same in every language.
    let (_, en_json, _) = riskdesk(&[&args[..], &["--json"]].concat());
    let (_, zh_json, _) = riskdesk(&[&args[..], &["--json", "--lang", "zh-CN"]].concat());
    assert_eq!(en_json, zh_json);
}

#[test]
fn scorecard_fit_summarises_in_chinese() {
    let dir = common::temp_dir("i18n-fit");
    let card = dir.join("card.json");
    let (code, out, err) = riskdesk(&[
        "scorecard",
        "fit",
        "--db",
        "sample.db",
        "--out",
        s(&card),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("行（好样本 "), "{out}");
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["特征变量", "IV", "状态", "系数", "标准误", "分箱数"]
    );
    assert!(lines[2].contains(" 入模 "), "{out}");
    assert!(out.contains("\n截距 ") && out.contains("牛顿迭代"), "{out}");
    assert!(out.contains("\n训练样本上的 Gini "), "{out}");
    assert!(
        out.ends_with(&format!("已写入 {}\n", card.display())),
        "{out}"
    );
    // The card file is for programs: English, whatever the language.
    let text = std::fs::read_to_string(&card).unwrap();
    assert!(text.contains("\"name\": \"Scorecard fitted on sample.db\""));
}

#[test]
fn errors_are_said_in_chinese_with_exit_code_2() {
    let (code, out, err) = riskdesk(&["report", "--db", "/no/such.db", "--lang", "zh-CN"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err, "riskdesk: /no/such.db：无法读取文件：no such file\n");
    let (code, _, err) = riskdesk(&["report", "--db", "/no/such.db"]);
    assert_eq!(code, 2);
    assert_eq!(err, "riskdesk: /no/such.db: no such file\n");
    // A file that exists is refused, in full Chinese.
    let (code, _, err) = riskdesk(&[
        "audit",
        "export",
        "--db",
        "sample.db",
        "--out",
        "sample.db",
        "--force",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "riskdesk: sample.db：本命令要读取这个文件；即使加 --force 也不会覆盖它\n"
    );
    let (code, _, err) = riskdesk(&[
        "generate",
        "--applicants",
        "0",
        "--out",
        "x.db",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(
        (code, err.as_str()),
        (2, "riskdesk: --applicants 至少为 1\n")
    );
    let (code, _, err) = riskdesk(&["report", "--db", "sample.db", "--lang", "all"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("riskdesk: --lang all is for screenshot only"),
        "{err}"
    );
}

#[test]
fn help_is_chinese_when_asked_and_english_unchanged_otherwise() {
    let (code, out, _) = riskdesk(&["--help", "--lang", "zh-CN"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("面向消费信贷风险管理人员的离线桌面工作台\n"),
        "{out}"
    );
    assert!(
        out.contains("  generate    写出一个可复现的示例组合\n"),
        "{out}"
    );
    let (code, out, _) = riskdesk(&["scorecard", "apply", "--lang=zh-CN", "--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("为 CSV 文件的每一行打分"), "{out}");
    assert!(out.contains("分数的写入位置"), "{out}");
    let (code, out, _) = riskdesk(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Offline desktop workbench for consumer-credit risk officers\n"));
    assert!(out.contains("  generate    Write a deterministic sample portfolio\n"));
    assert!(
        !out.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{out}"
    );
}

#[test]
fn a_chinese_locale_without_lang_gives_chinese() {
    let (code, out, _) = common::riskdesk_in_locale("zh_CN.UTF-8", &["generate", "--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("写出一个可复现的示例组合\n"), "{out}");
    let (code, _, err) =
        common::riskdesk_in_locale("zh_CN.UTF-8", &["report", "--db", "/no/such.db"]);
    assert_eq!(code, 2);
    assert_eq!(err, "riskdesk: /no/such.db：无法读取文件：no such file\n");
    // --lang wins over the locale.
    let (_, out, _) =
        common::riskdesk_in_locale("zh_CN.UTF-8", &["generate", "--help", "--lang", "en"]);
    assert!(
        out.starts_with("Write a deterministic sample portfolio\n"),
        "{out}"
    );
}

#[test]
fn file_errors_in_english_are_their_display_text() {
    let p = PathBuf::from("/x/p.db");
    let store = [
        StoreError::Unreadable {
            path: p.clone(),
            detail: "d".into(),
        },
        StoreError::NotAPortfolio {
            path: p.clone(),
            detail: "d".into(),
        },
        StoreError::Version {
            path: p.clone(),
            detail: "d".into(),
        },
        StoreError::Damaged {
            path: p.clone(),
            detail: "d".into(),
        },
        StoreError::Sqlite {
            path: p.clone(),
            what: "w".into(),
            detail: "d".into(),
        },
        StoreError::Refused {
            path: p.clone(),
            detail: "d".into(),
        },
        StoreError::Io {
            path: p.clone(),
            detail: "d".into(),
        },
    ];
    for e in &store {
        assert_eq!(e.message(Language::En), e.to_string());
        let zh = e.message(Language::ZhCn);
        assert!(zh.starts_with("/x/p.db：") && zh.ends_with("：d"), "{zh}");
    }
    assert_eq!(store[3].message(Language::ZhCn), "/x/p.db：文件已损坏：d");
    let out = [
        OutError::Exists(p.clone()),
        OutError::IsInput {
            out: p.clone(),
            input: p.clone(),
        },
        OutError::IsInput {
            out: p.clone(),
            input: "/x/q.db".into(),
        },
        OutError::NoFolder {
            out: p.clone(),
            folder: "/x".into(),
        },
        OutError::NotAFile(p.clone()),
        OutError::Extension {
            out: p.clone(),
            expected: "png".into(),
        },
        OutError::Io {
            out: p.clone(),
            message: "m".into(),
        },
    ];
    for e in &out {
        assert_eq!(e.message(Language::En), e.to_string());
        assert!(e.message(Language::ZhCn).starts_with("/x/p.db："));
    }
    assert_eq!(
        out[5].message(Language::ZhCn),
        "/x/p.db：文件名必须以 .png 结尾"
    );
}
