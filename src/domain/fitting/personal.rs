//! Columns that look like personal data or identifiers, found before a fit: by their
//! header (name, phone, ID number in English or Chinese) or by their values (Chinese
//! mobile numbers, 18-character PRC resident ID numbers, short Chinese names of many
//! distinct values). A fit leaves personal data out unless told otherwise, and says
//! which columns look like identifiers.

use super::table::{Column, MISSING_CODE, Table};

/// Why a column looks sensitive (said to people by `fit-why-*` in
/// assets/i18n/*/cli.ftl).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suspicion {
    Name,
    Phone,
    IdNumber,
    /// An identifier: a row key, not a characteristic (only a warning).
    Identifier,
}

impl Suspicion {
    /// Personal data: left out of a fit unless allowed by name.
    pub fn personal(self) -> bool {
        !matches!(self, Suspicion::Identifier)
    }
}

/// Values looked at per column.
const SAMPLE: usize = 2000;
/// Share of the looked-at values that must fit a pattern.
const SHARE: f64 = 0.8;

/// Every column (but `skip`) that looks sensitive, in table order.
pub fn suspects(table: &Table, skip: &str) -> Vec<(String, Suspicion)> {
    table
        .names()
        .iter()
        .zip(table.columns())
        .filter(|(n, _)| n.as_str() != skip)
        .filter_map(|(n, c)| suspicion(n, c, table.rows()).map(|s| (n.clone(), s)))
        .collect()
}

/// Whether a column of texts holds personal data, by its header or by the `distinct`
/// values seen over `rows` rows (the import wizard keeps only the distinct ones): ID
/// numbers, mobile numbers, or Chinese names when most values differ. A city or a
/// status of two Chinese characters repeats, so it is not taken for a name.
pub fn personal_by_distinct(name: &str, distinct: &[&str], rows: usize) -> Option<Suspicion> {
    if let Some(s) = by_header(&name.trim().to_lowercase()) {
        return Some(s);
    }
    let texts: Vec<&str> = distinct
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if texts.is_empty() {
        return None;
    }
    let share = |f: &dyn Fn(&str) -> bool| {
        texts.iter().filter(|t| f(t)).count() as f64 / texts.len() as f64 >= SHARE
    };
    if share(&is_prc_id) {
        return Some(Suspicion::IdNumber);
    }
    if share(&is_cn_mobile) {
        return Some(Suspicion::Phone);
    }
    let varied = texts.len() as f64 / rows.max(1) as f64 > 0.3;
    (varied && share(&is_cjk_name)).then_some(Suspicion::Name)
}

/// What a header alone says (lower-cased).
fn by_header(h: &str) -> Option<Suspicion> {
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if has(&[
        "身份证",
        "id_card",
        "idcard",
        "id_number",
        "idnumber",
        "id_no",
        "national_id",
        "ssn",
    ]) {
        return Some(Suspicion::IdNumber);
    }
    if has(&["phone", "mobile", "手机", "电话", "tel_", "telephone"]) || h == "tel" {
        return Some(Suspicion::Phone);
    }
    if has(&["姓名", "名字"])
        || h == "name"
        || h.ends_with("_name")
        || h.ends_with("name") && h.len() <= 12
    {
        return Some(Suspicion::Name);
    }
    None
}

fn suspicion(name: &str, column: &Column, rows: usize) -> Option<Suspicion> {
    let h = name.trim().to_lowercase();
    if let Some(s) = by_header(&h) {
        return Some(s);
    }
    let texts: Vec<String> = match column {
        Column::Numeric(v) => v
            .iter()
            .filter(|x| x.is_finite())
            .take(SAMPLE)
            .map(|x| format!("{x:.0}"))
            .collect(),
        Column::Categorical { codes, levels } => codes
            .iter()
            .filter(|&&c| c != MISSING_CODE)
            .take(SAMPLE)
            .filter_map(|&c| levels.get(c as usize).cloned())
            .collect(),
    };
    if texts.is_empty() {
        return None;
    }
    let share = |f: &dyn Fn(&str) -> bool| {
        texts.iter().filter(|t| f(t)).count() as f64 / texts.len() as f64 >= SHARE
    };
    if share(&is_prc_id) {
        return Some(Suspicion::IdNumber);
    }
    if share(&is_cn_mobile) {
        return Some(Suspicion::Phone);
    }
    let mut distinct: Vec<&String> = texts.iter().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let varied = distinct.len() as f64 / texts.len() as f64 > 0.3;
    if matches!(column, Column::Categorical { .. }) && varied && share(&is_cjk_name) {
        return Some(Suspicion::Name);
    }
    let id_header = h == "id" || h.ends_with("_id") || h.ends_with("编号");
    let all_distinct = distinct.len() == texts.len() && texts.len() == rows.min(SAMPLE);
    if id_header || (all_distinct && rows > 20 && matches!(column, Column::Numeric(_))) {
        return Some(Suspicion::Identifier);
    }
    None
}

/// 18 characters: 17 digits and a digit or X (GB 11643).
fn is_prc_id(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && (b[17].is_ascii_digit() || b[17] == b'X' || b[17] == b'x')
}

/// A mainland mobile number: 11 digits starting with 1, after dropping spaces, dashes
/// and a +86 / 86 prefix.
fn is_cn_mobile(s: &str) -> bool {
    let digits: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '+'))
        .collect();
    let digits = digits
        .strip_prefix("86")
        .filter(|d| d.len() == 11)
        .unwrap_or(&digits);
    digits.len() == 11 && digits.starts_with('1') && digits.chars().all(|c| c.is_ascii_digit())
}

/// Two to four CJK characters (a Chinese name, optionally with a middle dot).
fn is_cjk_name(s: &str) -> bool {
    let chars: Vec<char> = s.trim().chars().filter(|&c| c != '·').collect();
    (2..=4).contains(&chars.len())
        && chars
            .iter()
            .all(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(names: &[&str], cols: Vec<Column>) -> Table {
        Table::new(names.iter().map(|s| s.to_string()).collect(), cols).unwrap()
    }

    #[test]
    fn patterns() {
        assert!(is_prc_id("11010519491231002X"));
        assert!(!is_prc_id("1101051949123100"));
        assert!(is_cn_mobile("138 0013 8000"));
        assert!(is_cn_mobile("+86 13800138000"));
        assert!(!is_cn_mobile("23800138000"));
        assert!(is_cjk_name("王小明"));
        assert!(is_cjk_name("欧阳·娜娜"));
        assert!(!is_cjk_name("王"));
        assert!(!is_cjk_name("north"));
    }

    #[test]
    fn columns_by_header_and_by_values() {
        let n = 100;
        let cat = |f: &dyn Fn(usize) -> String| {
            let v: Vec<String> = (0..n).map(f).collect();
            Column::categorical(v.iter().map(|s| Some(s.as_str())))
        };
        let surnames = ["王", "李", "张", "刘", "陈"];
        let given = [
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀", "霞", "平",
        ];
        let t = table(
            &["customer_name", "x1", "x2", "x3", "months", "id", "region"],
            vec![
                cat(&|i| format!("n{i}")),
                cat(&|i| format!("{}{}", surnames[i % 5], given[(i / 5) % 20])),
                cat(&|i| format!("1380013{:04}", i)),
                cat(&|i| format!("1101051949{:07}X", i)),
                Column::Numeric((0..n).map(|i| (i % 12) as f64).collect()),
                Column::Numeric((0..n).map(|i| i as f64).collect()),
                cat(&|i| ["north", "south"][i % 2].to_string()),
            ],
        );
        let s = suspects(&t, "outcome");
        assert_eq!(
            s,
            vec![
                ("customer_name".to_string(), Suspicion::Name),
                ("x1".to_string(), Suspicion::Name),
                ("x2".to_string(), Suspicion::Phone),
                ("x3".to_string(), Suspicion::IdNumber),
                ("id".to_string(), Suspicion::Identifier),
            ]
        );
    }
}
