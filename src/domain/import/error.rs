//! What stops an import: a problem named with its file, line and column (exit code
//! 2, nothing written), and finding a mapped column in a file's header.

use super::map::DpdUnit;

/// A problem that stops an import (exit code 2, nothing written).
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// The map names a column the file does not have.
    MissingColumn {
        file: String,
        column: String,
        columns: Vec<String>,
    },
    /// A number was expected.
    NotANumber {
        file: String,
        line: u64,
        column: String,
        value: String,
    },
    /// A date that cannot be read (or needs the map's `date_format`).
    BadDate {
        file: String,
        line: u64,
        column: String,
        value: String,
        ambiguous: bool,
    },
    /// The map's `as_of` is not a date.
    BadAsOf { value: String },
    /// Two rows with one applicant id.
    DuplicateId {
        file: String,
        id: String,
        first_line: u64,
        line: u64,
    },
    /// An outcome for an applicant the applicants file does not have.
    UnknownApplicant { file: String, line: u64, id: String },
    /// A row with fewer cells than the header.
    ShortRow { file: String, line: u64 },
    /// Two accounts with one id.
    DuplicateAccount {
        file: String,
        id: String,
        first_line: u64,
        line: u64,
    },
    /// A second account of one applicant (a portfolio has one per applicant).
    SecondAccount {
        file: String,
        applicant: String,
        first_line: u64,
        line: u64,
    },
    /// An account opened, or a month-end, after the as-of date.
    AfterAsOf {
        file: String,
        line: u64,
        column: String,
        value: String,
    },
    /// A value the row cannot do without (a credit limit).
    MissingValue {
        file: String,
        line: u64,
        column: String,
    },
    /// A number below 0 or above what the column can hold.
    OutOfRange {
        file: String,
        line: u64,
        column: String,
        value: String,
        max: f64,
    },
    /// A month-end of an account the accounts file does not have.
    UnknownAccount { file: String, line: u64, id: String },
    /// Days past due that are not days (or not a bucket) as the map's unit says.
    BadDaysPastDue {
        file: String,
        line: u64,
        column: String,
        value: String,
        unit: DpdUnit,
    },
    /// A month-end before the account opened.
    BeforeOpening {
        file: String,
        line: u64,
        account: String,
        month: String,
        opened: String,
    },
    /// Two month-ends of one account in one month.
    DuplicateMonth {
        file: String,
        account: String,
        month: String,
        first_line: u64,
        line: u64,
    },
    /// A month missing from an account's history (which runs from the month after
    /// opening to the as-of date or to the account's last month-end).
    HistoryGap {
        file: String,
        account: String,
        missing: String,
        opened: String,
    },
}

/// The position of `column` in `file`'s header.
pub(super) fn find(file: &str, header: &[String], column: &str) -> Result<usize, ImportError> {
    header
        .iter()
        .position(|h| h == column)
        .ok_or_else(|| ImportError::MissingColumn {
            file: file.to_string(),
            column: column.to_string(),
            columns: header.to_vec(),
        })
}

/// A row with fewer cells than its file's header has columns stops the import.
pub(super) fn full_row(
    file: &str,
    line: u64,
    cells: &[&str],
    width: usize,
) -> Result<(), ImportError> {
    if cells.len() < width {
        return Err(ImportError::ShortRow {
            file: file.to_string(),
            line,
        });
    }
    Ok(())
}
