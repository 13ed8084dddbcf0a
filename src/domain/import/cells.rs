//! One cell of an extract: missing, a number, or a text, as its column says.

use super::map::{Column, Per};

/// The texts that mean "missing" in every column (besides the column's own).
pub const MISSING: [&str; 5] = ["", "NA", "N/A", ".", "NULL"];

/// Whether `s` is a missing value in `column`.
pub fn is_missing(s: &str, column: &Column) -> bool {
    let t = s.trim();
    MISSING.iter().any(|m| t.eq_ignore_ascii_case(m)) || column.missing.iter().any(|m| m == t)
}

/// A text where a number was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// The number a cell holds under its column's rules: `None` for a missing value,
/// `Err` for a text that is not a number (nor one of the column's `values`). A value
/// per year is divided by 12 exactly; `scale` multiplies after that. Texts listed in
/// `values` give their number as written.
pub fn number(s: &str, column: &Column) -> Result<Option<f64>, NotANumber> {
    if is_missing(s, column) {
        return Ok(None);
    }
    let t = s.trim();
    if let Some(&v) = column.values.get(t) {
        return Ok(Some(v));
    }
    let x: f64 = t.parse().map_err(|_| NotANumber)?;
    if !x.is_finite() {
        return Err(NotANumber);
    }
    let x = match column.per {
        Some(Per::Year) => x / 12.0,
        _ => x,
    };
    Ok(Some(column.scale.map_or(x, |k| x * k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_missing_numbers_or_texts_as_the_column_says() {
        let mut c = Column {
            column: "income".into(),
            per: Some(Per::Year),
            ..Column::default()
        };
        assert_eq!(number("60000", &c), Ok(Some(5_000.0)));
        assert_eq!(
            number(" 100 ", &c).map(|x| x.map(|v| v * 12.0)),
            Ok(Some(100.0))
        );
        for m in ["", " ", "NA", "na", "N/A", ".", "NULL"] {
            assert_eq!(number(m, &c), Ok(None), "{m:?}");
        }
        assert_eq!(number("lots", &c), Err(NotANumber));
        assert_eq!(number("inf", &c), Err(NotANumber));
        c.per = None;
        c.scale = Some(1000.0);
        c.missing = vec!["unknown".into()];
        c.values.insert("10+ years".into(), 10.0);
        assert_eq!(number("2.5", &c), Ok(Some(2_500.0)));
        assert_eq!(number("unknown", &c), Ok(None));
        assert_eq!(number("10+ years", &c), Ok(Some(10.0)));
    }
}
