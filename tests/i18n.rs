//! The message files: the same keys in every language, every key used, terms as the
//! glossary has them; and the command line in Chinese.

mod common;

use std::path::{Path, PathBuf};

use riskdesk::i18n::{self, Language};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_language_has_the_same_keys_and_every_key_is_used() {
    // Every file parses, and no key is defined twice (in one file or across files:
    // Fluent would keep the first and the window could show the command line's text).
    assert_eq!(i18n::problems(), Vec::<String>::new());
    let en = i18n::keys(Language::En);
    assert!(!en.is_empty());
    for lang in Language::ALL {
        let mut keys = i18n::keys(lang);
        let mut want = en.clone();
        keys.sort();
        want.sort();
        assert_eq!(keys, want, "{}", lang.tag());
        for k in &keys {
            assert_ne!(i18n::text(lang, k), *k, "{} {k}: no message", lang.tag());
        }
    }
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    for k in &en {
        assert!(code.contains(&format!("\"{k}\"")), "{k} is not used");
    }
}

/// A message without its unfilled placeholders: "{$policy} is now" → " is now".
fn strip_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(k) = rest.find("{$") {
        out.push_str(&rest[..k]);
        match rest[k..].find('}') {
            Some(e) => rest = &rest[k + e + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn chinese_messages_use_the_glossary_terms() {
    let glossary = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/glossary.tsv"),
    )
    .unwrap();
    let terms: Vec<(&str, &str)> = glossary
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect();
    assert!(terms.len() >= 15);
    let mut checked = 0;
    for key in i18n::keys(Language::En) {
        // Placeholders ("{$champion}") are names, not words of the message.
        let en = strip_placeholders(&i18n::text(Language::En, &key));
        let zh = i18n::text(Language::ZhCn, &key);
        for (english, chinese) in &terms {
            let has = en
                .split(|c: char| !c.is_alphanumeric() && c != '+')
                .any(|w| w.eq_ignore_ascii_case(english))
                || (english.contains(' ') && en.to_lowercase().contains(&english.to_lowercase()));
            if has {
                checked += 1;
                assert!(
                    zh.contains(chinese),
                    "{key}: “{en}” → “{zh}” lacks {chinese}"
                );
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn report_speaks_chinese_when_asked_or_when_the_system_does() {
    let (code, out, err) = common::riskdesk(&["report", "--db", "sample.db", "--lang", "zh-CN"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("截至 2026-10-31"), "{out}");
    assert!(
        out.contains("评分等级") && out.contains("准入率") && out.contains("合计"),
        "{out}"
    );
    // The numbers are those of the English report.
    let (_, english, _) = common::riskdesk(&["report", "--db", "sample.db", "--lang", "en"]);
    assert!(english.contains("approved") && !english.contains("准入"));
    let figure = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("A "))
            .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
    };
    assert_eq!(figure(&out), figure(&english));
    // Without --lang the system's locale decides (LC_ALL first).
    let (_, out, _) = common::riskdesk_in_locale("zh_CN.UTF-8", &["report", "--db", "sample.db"]);
    assert!(out.contains("评分等级"));
    // JSON keys stay English in every language.
    let (_, json, _) =
        common::riskdesk(&["report", "--db", "sample.db", "--json", "--lang", "zh-CN"]);
    assert!(json.contains("\"approval_rate\"") && !json.contains("准入"));
}
