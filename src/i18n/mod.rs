//! The interface's languages: English and Simplified Chinese (zh-CN), through
//! Mozilla's Fluent (`fluent-bundle`): one `.ftl` file per language in
//! `assets/i18n/`, the same keys in each (a test checks them, and that every key is
//! used), plural rules per language, and arguments by name, so a translation can
//! reorder a sentence. Why Fluent rather than rust-i18n: docs/design.md#languages.
//!
//! Files for programs (JSON keys, CSV headers, card files) stay English.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The languages of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[default]
    En,
    ZhCn,
}

/// The message files, by language (`Language::index`): one file per area, so that
/// the command line and the window can be translated apart.
const SOURCES: [[&str; 3]; 2] = [
    [
        include_str!("../../assets/i18n/en/cli.ftl"),
        include_str!("../../assets/i18n/en/window.ftl"),
        include_str!("../../assets/i18n/en/errors.ftl"),
    ],
    [
        include_str!("../../assets/i18n/zh-CN/cli.ftl"),
        include_str!("../../assets/i18n/zh-CN/window.ftl"),
        include_str!("../../assets/i18n/zh-CN/errors.ftl"),
    ],
];

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::ZhCn];

    /// The BCP 47 tag: "en", "zh-CN".
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
        }
    }

    fn index(self) -> usize {
        match self {
            Language::En => 0,
            Language::ZhCn => 1,
        }
    }

    /// A language from a tag or a POSIX locale: "en", "en_GB.UTF-8", "zh-CN",
    /// "zh_CN.UTF-8", "zh". Other Chinese locales (zh-TW, zh-HK) fall back to zh-CN
    /// until they have their own; any other language is `None`.
    pub fn parse(s: &str) -> Option<Language> {
        let base = s.split(['.', '@']).next().unwrap_or_default();
        let primary = base
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "zh" => Some(Language::ZhCn),
            _ => None,
        }
    }

    /// The language of the system's locale: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set (and not empty) decides; English when it names another
    /// language, or none is set.
    pub fn from_env() -> Language {
        Self::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// As [`Language::from_env`], reading the variables through `get` (tests).
    pub fn from_locale_vars(get: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| get(v).filter(|x| !x.trim().is_empty()))
            .next()
            .and_then(|locale| Language::parse(&locale))
            .unwrap_or_default()
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The parsed bundles, made on first use. The files are part of the binary and
/// checked by tests, so a parse error is a build defect: its messages are left out
/// and their keys show instead.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL.map(|lang| {
            let tag = lang
                .tag()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = Bundle::new_concurrent(vec![tag]);
            // No Unicode isolation marks around arguments: they show in terminals.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number_with_separators));
            for source in SOURCES[lang.index()] {
                let resource = match FluentResource::try_new(source.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    })
}

/// An argument of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A count or a small number: it picks the plural form, and a whole number of
    /// 1,000 or more shows with its thousands separator. Ids and years go as `Text`.
    Number(f64),
}

/// The minus sign of text for people (U+2212); files for programs keep "-".
pub const MINUS: char = '−';

/// A whole number in groups of three with the minus sign of text for people:
/// 1234567 → "1,234,567", −56 → "−56" (the one home of the separator;
/// `format::thousands` rounds to it).
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    if n < 0 {
        out.push(MINUS);
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Fluent's formatter for numbers: whole numbers of 1,000 or more with the
/// separator ("5,666 accounts"); anything else as Fluent writes it.
fn number_with_separators<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.value.is_finite() && n.value.fract() == 0.0 && n.value.abs() >= 1000.0 =>
        {
            Some(grouped(n.value as i64))
        }
        _ => None,
    }
}

/// The message `id` in `lang`, with `args`; the id itself when the message is missing
/// (a test keeps that from happening).
pub fn text_with(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = &bundles()[lang.index()];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
            Arg::Number(x) => fluent_args.set(*name, FluentValue::from(*x)),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The message `id` in `lang`, without arguments.
pub fn text(lang: Language, id: &str) -> String {
    text_with(lang, id, &[])
}

/// What is wrong with the message files: parse errors and keys given twice (tests;
/// empty when the files are sound).
pub fn problems() -> Vec<String> {
    let mut out = Vec::new();
    for lang in Language::ALL {
        let mut bundle = Bundle::new_concurrent(vec![unic_langid::LanguageIdentifier::default()]);
        for (i, source) in SOURCES[lang.index()].iter().enumerate() {
            match FluentResource::try_new(source.to_string()) {
                Ok(r) => {
                    if let Err(errors) = bundle.add_resource(r) {
                        out.push(format!("{} file {i}: {errors:?}", lang.tag()));
                    }
                }
                Err((_, errors)) => out.push(format!("{} file {i}: {errors:?}", lang.tag())),
            }
        }
    }
    out
}

/// The keys of a language's file, in file order (tests).
pub fn keys(lang: Language) -> Vec<String> {
    SOURCES[lang.index()]
        .iter()
        .flat_map(|source| source.lines())
        .filter(|l| !l.starts_with([' ', '#', '.', '\t']) && !l.trim().is_empty())
        .filter_map(|l| l.split_once('='))
        .map(|(k, _)| k.trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::i18n::*;

    #[test]
    fn counts_show_their_thousands_separator_and_keep_their_plural() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(-56), "−56");
        assert_eq!(grouped(-1_000), "−1,000");
        let moved = |into: f64| {
            text_with(
                Language::En,
                "stress-movement",
                &[
                    ("into", Arg::Number(into)),
                    ("back", Arg::Number(0.0)),
                    ("pd", Arg::Number(into)),
                ],
            )
        };
        assert_eq!(
            moved(5_666.0),
            "5,666 accounts move from stage 1 to stage 2 (5,666 of all moves for a \
             significant PD increase), 0 back to stage 1."
        );
        assert!(moved(999.0).starts_with("999 accounts"));
        // A fraction is left to Fluent.
        assert!(moved(1_234.5).starts_with("1234.5 accounts"));
        // The plural form still follows the number.
        let one = text_with(Language::En, "stress-lost-line", &[("n", Arg::Number(1.0))]);
        let many = text_with(
            Language::En,
            "stress-lost-line",
            &[("n", Arg::Number(12_345.0))],
        );
        assert!(one.starts_with("1 approval of the policy"), "{one}");
        assert!(many.starts_with("12,345 approvals of the policy"), "{many}");
    }

    #[test]
    fn locales_choose_the_language() {
        assert_eq!(Language::parse("zh_CN.UTF-8"), Some(Language::ZhCn));
        assert_eq!(Language::parse("zh-TW"), Some(Language::ZhCn));
        assert_eq!(Language::parse("zh_HK.UTF-8@stroke"), Some(Language::ZhCn));
        assert_eq!(Language::parse("en_GB.UTF-8"), Some(Language::En));
        assert_eq!(Language::parse("de_DE.UTF-8"), None);
        let env = |vars: &'static [(&'static str, &'static str)]| {
            Language::from_locale_vars(move |name| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            })
        };
        // LC_ALL first, then LC_MESSAGES, then LANG; an empty one does not count.
        assert_eq!(
            env(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]),
            Language::ZhCn
        );
        assert_eq!(
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "en_US"), ("LANG", "zh_CN")]),
            Language::En
        );
        assert_eq!(env(&[("LANG", "zh_CN.UTF-8")]), Language::ZhCn);
        assert_eq!(env(&[("LANG", "C.UTF-8")]), Language::En);
        assert_eq!(env(&[]), Language::En);
    }

    #[test]
    fn messages_take_named_arguments_without_isolation_marks() {
        let s = text_with(
            Language::ZhCn,
            "report-as-of",
            &[
                ("date", Arg::Text("2026-10-31")),
                ("policy", Arg::Text("P")),
            ],
        );
        assert_eq!(s, "截至 2026-10-31 · 策略：P");
        assert_eq!(text(Language::En, "report-col-band"), "band");
        assert_eq!(text(Language::En, "no-such-key"), "no-such-key");
    }
}
