//! Numbers and dates formatted for people: thousand separators, percentages, money,
//! ISO dates and month labels. Text for people writes one minus sign, U+2212 "−",
//! everywhere (the window, pictures, text reports); files for programs (CSV, JSON)
//! keep the ASCII hyphen-minus that parsers expect.

use chrono::NaiveDate;

use crate::i18n::Language;

/// 12,345,678 (rounded, no decimals); "–" for NaN.
pub fn thousands(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    crate::i18n::grouped(x.round() as i64)
}

/// The minus sign of text for people (its home is `i18n`, beside the separator).
pub use crate::i18n::MINUS;

/// A number already formatted by Rust ("-3.5") with the minus sign of text for people.
pub fn minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("{MINUS}{rest}"),
        None => s,
    }
}

/// An integer as people read it: "−12", "7".
pub fn int(n: i64) -> String {
    minus(n.to_string())
}

/// `x` with `decimals` places, "−" for negatives, "–" for NaN.
pub fn fixed(x: f64, decimals: usize) -> String {
    if x.is_finite() {
        minus(format!("{x:.decimals$}"))
    } else {
        "–".into()
    }
}

/// "1 row", "2 rows", "1,234 rows".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        thousands(n as f64),
        if n == 1 { one } else { many }
    )
}

/// 12.34% from 0.1234; "–" for NaN.
pub fn pct(x: f64) -> String {
    if x.is_finite() {
        minus(format!("{:.2}%", x * 100.0))
    } else {
        "–".into()
    }
}

/// ¥12,345 (whole yuan).
pub(crate) fn money(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    if x < 0.0 {
        format!("−¥{}", thousands(-x))
    } else {
        format!("¥{}", thousands(x))
    }
}

/// ¥12.3M, ¥45.6K, ¥789 for tiles.
pub(crate) fn money_short(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let (sign, a) = if x < 0.0 { ("−", -x) } else { ("", x) };
    if a >= 1e9 {
        format!("{sign}¥{:.2}B", a / 1e9)
    } else if a >= 1e6 {
        format!("{sign}¥{:.2}M", a / 1e6)
    } else if a >= 1e4 {
        format!("{sign}¥{:.1}K", a / 1e3)
    } else {
        format!("{sign}¥{}", thousands(a))
    }
}

/// A short money amount in `lang`: English as [`money_short`]; Chinese in 万 (ten
/// thousand) and 亿 (hundred million), one style everywhere: "¥5,183.5万",
/// "¥1.23亿", "¥789".
pub(crate) fn money_short_in(lang: Language, x: f64) -> String {
    if lang == Language::En || !x.is_finite() {
        return money_short(x);
    }
    let (sign, a) = if x < 0.0 { ("−", -x) } else { ("", x) };
    if a >= 1e8 {
        format!("{sign}¥{:.2}亿", a / 1e8)
    } else if a >= 1e4 {
        let wan = (a / 1e3).round() / 10.0;
        let whole = thousands(wan.trunc());
        format!(
            "{sign}¥{whole}.{}万",
            ((wan - wan.trunc()) * 10.0).round() as i64
        )
    } else {
        format!("{sign}¥{}", thousands(a))
    }
}

/// A signed short money amount, as the Overview's tiles show a change: "+¥1.2M",
/// "−¥3.4K", "+¥2.5万".
pub(crate) fn signed_money_short_in(lang: Language, x: f64) -> String {
    let sign = if x >= 0.0 { "+" } else { "" };
    format!("{sign}{}", money_short_in(lang, x))
}

/// A quarter in `lang`: "2026 Q4", "2026年Q4" (the short form of Chinese financial reports, which keeps a tile on one line).
pub fn quarter_label_in(lang: Language, q: i32) -> String {
    match lang {
        Language::En => quarter_label(q),
        Language::ZhCn => format!("{}年Q{}", q.div_euclid(4), q.rem_euclid(4) + 1),
    }
}

/// A signed number with a thousands separator: "+1,234" / "−56".
pub(crate) fn signed_thousands(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = thousands(x.abs());
    if x.round() > 0.0 {
        format!("+{s}")
    } else if x.round() < 0.0 {
        format!("−{s}")
    } else {
        s
    }
}

/// A change of a rate in percentage points: "+1.23 pp".
pub(crate) fn signed_pp(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    format!(
        "{}{:.2} pp",
        if x >= 0.0 { "+" } else { "−" },
        (x * 100.0).abs()
    )
}

/// A signed money amount: "+¥1,234".
pub(crate) fn signed_money(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = money(x.abs());
    if x >= 0.0 {
        format!("+{s}")
    } else {
        format!("−{s}")
    }
}

/// "0.04 s", "2.5 s", "1 min 12 s": never "0.0 s".
pub fn duration(d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    if s < 1.0 {
        format!("{s:.2} s")
    } else if s < 60.0 {
        format!("{s:.1} s")
    } else {
        format!("{} min {:.0} s", (s / 60.0).floor(), s % 60.0)
    }
}

/// A file's name without its folder (the whole path when it has none).
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Columns a text takes in a terminal: East Asian wide characters (CJK ideographs,
/// kana, hangul, full-width forms) take two.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            let wide = (0x1100..=0x115F).contains(&c)
                || (0x2E80..=0xA4CF).contains(&c)
                || (0xAC00..=0xD7A3).contains(&c)
                || (0xF900..=0xFAFF).contains(&c)
                || (0xFE30..=0xFE4F).contains(&c)
                || (0xFF00..=0xFF60).contains(&c)
                || (0xFFE0..=0xFFE6).contains(&c)
                || (0x20000..=0x3FFFD).contains(&c);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// `s` padded with spaces to `width` terminal columns, on the left (`right_align`)
/// or the right.
pub fn pad(s: &str, width: usize, right_align: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(s)));
    if right_align {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

/// "2026 Q3" for a quarter index (`year·4 + quarter − 1`).
pub fn quarter_label(q: i32) -> String {
    format!("{} Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
}

/// The ISO date `n` days after 1970-01-01.
pub fn iso_of_days(n: i32) -> String {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (epoch + chrono::Duration::days(n as i64))
        .format("%Y-%m-%d")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_amounts_are_in_wan_and_yi() {
        let zh = |x| money_short_in(Language::ZhCn, x);
        assert_eq!(zh(51_835_345.0), "¥5,183.5万");
        assert_eq!(zh(123_456_789.0), "¥1.23亿");
        assert_eq!(zh(10_000.0), "¥1.0万");
        assert_eq!(zh(99_999.0), "¥10.0万");
        assert_eq!(zh(9_999.0), "¥9,999");
        assert_eq!(zh(-25_000.0), "−¥2.5万");
        assert_eq!(zh(f64::NAN), "–");
        assert_eq!(signed_money_short_in(Language::ZhCn, 25_000.0), "+¥2.5万");
        assert_eq!(money_short_in(Language::En, 51_835_345.0), "¥51.84M");
        assert_eq!(quarter_label_in(Language::ZhCn, 2026 * 4 + 3), "2026年Q4");
        assert_eq!(quarter_label_in(Language::En, 2026 * 4 + 3), "2026 Q4");
    }

    #[test]
    fn formats() {
        assert_eq!(thousands(0.0), "0");
        assert_eq!(thousands(999.4), "999");
        assert_eq!(thousands(1000.0), "1,000");
        assert_eq!(thousands(-1_234_567.0), "−1,234,567");
        assert_eq!(pct(-0.0123), "−1.23%");
        assert_eq!(int(-12), "−12");
        assert_eq!(fixed(-0.5, 2), "−0.50");
        assert_eq!(fixed(f64::NAN, 2), "–");
        assert_eq!(count(1, "row", "rows"), "1 row");
        assert_eq!(display_width("准入率"), 6);
        assert_eq!(pad("准入", 6, true), "  准入");
        assert_eq!(pad("ab", 4, false), "ab  ");
        assert_eq!(count(1234, "row", "rows"), "1,234 rows");
        assert_eq!(thousands(f64::NAN), "–");
        assert_eq!(pct(0.12345), "12.35%");
        assert_eq!(money(1234.4), "¥1,234");
        assert_eq!(money_short(12_345_678.0), "¥12.35M");
        assert_eq!(money_short(45_600.0), "¥45.6K");
        assert_eq!(money_short(-789.0), "−¥789");
        assert_eq!(money_short(1_044.0), "¥1,044");
        assert_eq!(quarter_label(2026 * 4 + 2), "2026 Q3");
        assert_eq!(quarter_label(1), "0 Q2");
        assert_eq!(signed_thousands(-56.0), "−56");
        assert_eq!(signed_pp(0.0123), "+1.23 pp");
        assert_eq!(signed_money_short_in(Language::En, 1_200_000.0), "+¥1.20M");
        use std::time::Duration;
        assert_eq!(duration(Duration::from_millis(42)), "0.04 s");
        assert_eq!(duration(Duration::from_millis(2_500)), "2.5 s");
        assert_eq!(duration(Duration::from_secs(72)), "1 min 12 s");
    }
}
