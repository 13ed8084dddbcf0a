//! The import wizard's first rows with personal data masked before anything shows
//! them: columns whose header or values look like names, phone numbers or ID numbers
//! (the same test a fit uses to leave them out) and the columns the suggested mapping
//! reads as the name or the phone. The file itself is not changed; the import reads it
//! as it is and keeps names and phones masked in the window.

use std::path::Path;

use crate::domain::fitting::personal::{Suspicion, personal_by_distinct};
use crate::domain::portfolio::mask::{mask_name, mask_phone};
use crate::store::StoreError;
use crate::store::extract;
pub use crate::store::extract::{Encoding, Preview};
use crate::workbench::import_form::ImportForm;

/// The header and first `shown` rows of the applicants file at `path` (distinct values
/// over the first `scanned`), personal data masked, with the form they suggest.
pub fn read(
    path: &Path,
    shown: usize,
    scanned: usize,
) -> Result<(Preview, ImportForm), StoreError> {
    let mut p = extract::preview(path, None, shown, scanned)?;
    let form = ImportForm::suggested(path, &p);
    let mapped: Vec<&str> = [&form.personal_name, &form.phone]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    mask_personal(&mut p, &mapped);
    Ok((p, form))
}

/// Masks `p`'s personal columns in place (`also`: header names to mask whatever
/// their values, such as the columns mapped as the name and the phone).
pub fn mask_personal(p: &mut Preview, also: &[&str]) {
    for (k, name) in p.header.iter().enumerate() {
        let values: Vec<&str> = p
            .distinct
            .get(k)
            .map(|d| d.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let how = match personal_by_distinct(name, &values, p.scanned) {
            Some(s) if s.personal() => Some(s),
            _ if also.contains(&name.as_str()) => Some(Suspicion::Name),
            _ => None,
        };
        let Some(how) = how else { continue };
        let mask = |v: &str| match how {
            Suspicion::Name => mask_name(v),
            _ => mask_phone(v),
        };
        for row in &mut p.rows {
            if let Some(cell) = row.get_mut(k) {
                *cell = mask(cell);
            }
        }
        if let Some(d) = p.distinct.get_mut(k) {
            for v in d.iter_mut() {
                *v = mask(v);
            }
        }
        if let Some(m) = p.masked.get_mut(k) {
            *m = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::extract::Encoding;

    #[test]
    fn names_phones_and_id_numbers_are_masked_and_nothing_else() {
        let rows = [
            [
                "1",
                "张伟",
                "13812345678",
                "110101199003074514",
                "A",
                "王芳",
            ],
            [
                "2",
                "李娜",
                "13987654321",
                "11010119900307451X",
                "B",
                "刘洋",
            ],
        ];
        let mut p = Preview {
            header: ["id", "客户", "mobile", "证件", "grade", "contact"]
                .map(String::from)
                .to_vec(),
            rows: rows.iter().map(|r| r.map(String::from).to_vec()).collect(),
            encoding: Encoding::Utf8,
            distinct: (0..6)
                .map(|k| rows.iter().map(|r| r[k].to_string()).collect())
                .collect(),
            masked: vec![false; 6],
            scanned: 2,
        };
        mask_personal(&mut p, &["contact"]);
        assert_eq!(p.masked, [false, true, true, true, false, true]);
        // Two Chinese characters that repeat (a city, a status) are not names.
        let mut cities = Preview {
            header: vec!["城市".into(), "状态".into()],
            rows: vec![vec!["武汉".into(), "正常".into()]],
            encoding: Encoding::Utf8,
            distinct: vec![
                ["武汉", "北京", "上海", "成都"].map(String::from).to_vec(),
                ["正常", "逾期"].map(String::from).to_vec(),
            ],
            masked: vec![false; 2],
            scanned: 400,
        };
        mask_personal(&mut cities, &[]);
        assert_eq!(cities.masked, [false, false]);
        assert_eq!(cities.rows[0], ["武汉", "正常"]);
        assert_eq!(p.rows[0][1], mask_name("张伟"));
        assert_ne!(p.rows[0][1], "张伟");
        assert_eq!(p.rows[0][2], mask_phone("13812345678"));
        assert!(!p.rows[1][3].starts_with("110101"), "{}", p.rows[1][3]);
        assert_eq!(p.rows[1][4], "B");
        assert!(p.distinct[1].iter().all(|v| v.contains('*')));
    }
}
