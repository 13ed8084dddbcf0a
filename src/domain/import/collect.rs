//! The values an import keeps while the dry run reads the rows (`ApplicantsCheck`
//! with a collector): ids, dates, every mapped column as numbers and, for a column
//! that may be categorical, as dictionary codes, names and phones. What
//! kind a column is is known only at the end, so both forms are kept until then.

use std::collections::HashMap;

use crate::domain::portfolio::extra::MISSING_CODE;
use crate::domain::portfolio::text_column::TextColumn;

/// One mapped column's values.
#[derive(Debug, Default)]
pub struct ColumnValues {
    /// The number of each row (NaN: missing or not a number).
    pub nums: Vec<f64>,
    /// The text code of each row (kept unless the column is numeric by the map).
    pub codes: Vec<u32>,
    pub labels: Vec<String>,
    dict: HashMap<String, u32>,
}

impl ColumnValues {
    pub(super) fn push_num(&mut self, x: f64) {
        self.nums.push(x);
    }

    /// The row's text (`None` missing).
    pub(super) fn push_text(&mut self, t: Option<&str>) {
        let code = match t {
            None => MISSING_CODE,
            Some(t) => match self.dict.get(t) {
                Some(&c) => c,
                None => {
                    let c = self.labels.len() as u32;
                    self.labels.push(t.to_string());
                    self.dict.insert(t.to_string(), c);
                    c
                }
            },
        };
        self.codes.push(code);
    }
}

/// Everything an import keeps of the applicants file.
#[derive(Debug, Default)]
pub struct Collected {
    /// The lender's id of each row (the row number when the map names none).
    pub ids: TextColumn,
    /// Application day of each row (days since 1970-01-01).
    pub days: Vec<i32>,
    /// One per mapped column, in the order of `Summary::columns`.
    pub columns: Vec<ColumnValues>,
    pub names: Option<TextColumn>,
    pub phones: Option<TextColumn>,
}
