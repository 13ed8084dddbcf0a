//! Reading a CSV file into a table of inputs (the `csv` crate does the parsing:
//! quoted fields with commas or line breaks, CRLF line endings, a UTF-8 BOM).
//!
//! Empty cells (and any other tokens given as missing) are missing values. A column
//! is numeric when every other cell is a finite number, else categorical; either can
//! be forced per column. A malformed file gets a message naming the line.

use crate::store::error::Fault;
use std::collections::HashMap;
use std::path::Path;

use crate::domain::fitting::table::{Column, MISSING_CODE, Table};
use crate::domain::scorecard::Kind;

use super::StoreError;

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct CsvOptions {
    /// Columns read as categories whatever they hold.
    pub categorical: Vec<String>,
    /// Columns read as numbers; a cell that is not one is an error.
    pub numeric: Vec<String>,
    /// Cell texts that mean "missing", besides the empty cell.
    pub missing: Vec<String>,
    /// How columns are read if the file has them (a scorecard's expectations);
    /// `categorical` and `numeric` come first.
    pub expected: Vec<(String, Kind)>,
}

impl CsvOptions {
    fn forced(&self, name: &str) -> Option<Kind> {
        if self.categorical.iter().any(|c| c == name) {
            Some(Kind::Categorical)
        } else if self.numeric.iter().any(|c| c == name) {
            Some(Kind::Numeric)
        } else {
            self.expected
                .iter()
                .find(|(c, _)| c == name)
                .map(|(_, k)| *k)
        }
    }
}

/// Reads `path`; every problem is reported with the file name (and line).
pub(crate) fn read_csv(path: &Path, opts: &CsvOptions) -> Result<Table, StoreError> {
    let bytes = std::fs::read(path)
        .map_err(|e| StoreError::unreadable(path, format!("cannot read: {e}")))?;
    parse_csv(&bytes, opts).map_err(|m| m.in_file(path))
}

/// One column while reading: numbers until a cell is not one, or categories.
enum Builder {
    Numbers(Vec<f64>),
    Categories {
        codes: Vec<u32>,
        levels: Vec<String>,
        index: HashMap<String, u32>,
    },
}

impl Builder {
    fn categories() -> Builder {
        Builder::Categories {
            codes: Vec::new(),
            levels: Vec::new(),
            index: HashMap::new(),
        }
    }
}

/// Parses CSV bytes. Columns found not to be numeric on the first pass are read
/// again as categories on a second.
pub(crate) fn parse_csv(bytes: &[u8], opts: &CsvOptions) -> Result<Table, Fault> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header = reader.byte_headers().map_err(describe)?.clone();
    let names: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let s = std::str::from_utf8(h)
                .map_err(|_| format!("line 1: the name of column {} is not UTF-8 text", k + 1))?
                .trim();
            Ok(if s.is_empty() {
                format!("column_{}", k + 1)
            } else {
                s.to_string()
            })
        })
        .collect::<Result<_, Fault>>()?;
    if names.is_empty() {
        return Err("the file has no header row".into());
    }
    for (k, n) in names.iter().enumerate() {
        if names[..k].contains(n) {
            return Err(format!("line 1: column {n} appears twice").into());
        }
    }
    for n in opts.categorical.iter().chain(&opts.numeric) {
        if !names.contains(n) {
            return Err(format!(
                "there is no column {n}; the columns are {}",
                names.join(", ")
            )
            .into());
        }
    }
    let forced: Vec<Option<Kind>> = names.iter().map(|n| opts.forced(n)).collect();
    let mut builders: Vec<Builder> = forced
        .iter()
        .map(|f| match f {
            Some(Kind::Categorical) => Builder::categories(),
            _ => Builder::Numbers(Vec::new()),
        })
        .collect();
    let mut not_numeric = vec![false; names.len()];
    read_rows(bytes, opts, |line, k, cell| {
        match &mut builders[k] {
            Builder::Numbers(v) => {
                let x = match cell {
                    None => f64::NAN,
                    Some(s) => match s.trim().parse::<f64>() {
                        Ok(x) if x.is_finite() => x,
                        _ if forced[k] == Some(Kind::Numeric) => {
                            return Err(format!(
                                "line {line}: column {} holds {s:?}, which is not a number",
                                names[k]
                            )
                            .into());
                        }
                        _ => {
                            not_numeric[k] = true;
                            // Read again as categories on the second pass.
                            builders[k] = Builder::categories();
                            return Ok(());
                        }
                    },
                };
                v.push(x);
            }
            Builder::Categories { .. } if not_numeric[k] => {}
            Builder::Categories {
                codes,
                levels,
                index,
            } => codes.push(intern(cell, levels, index)),
        }
        Ok(())
    })?;
    if not_numeric.contains(&true) {
        read_rows(bytes, opts, |_, k, cell| {
            if not_numeric[k]
                && let Builder::Categories {
                    codes,
                    levels,
                    index,
                } = &mut builders[k]
            {
                codes.push(intern(cell, levels, index));
            }
            Ok(())
        })?;
    }
    let columns = builders
        .into_iter()
        .map(|b| match b {
            Builder::Numbers(v) => Column::Numeric(v),
            Builder::Categories { codes, levels, .. } => Column::Categorical { codes, levels },
        })
        .collect();
    Ok(Table::new(names, columns)?)
}

fn intern(cell: Option<&str>, levels: &mut Vec<String>, index: &mut HashMap<String, u32>) -> u32 {
    match cell {
        None => MISSING_CODE,
        Some(s) => {
            if let Some(&c) = index.get(s) {
                return c;
            }
            let c = levels.len() as u32;
            levels.push(s.to_string());
            index.insert(s.to_string(), c);
            c
        }
    }
}

/// Calls `cell(line, column, text)` for every cell of every row (`None` = missing).
fn read_rows(
    bytes: &[u8],
    opts: &CsvOptions,
    mut cell: impl FnMut(u64, usize, Option<&str>) -> Result<(), Fault>,
) -> Result<(), Fault> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(describe(e).into()),
        }
        let line = record.position().map_or(0, csv::Position::line);
        for (k, field) in record.iter().enumerate() {
            let text = std::str::from_utf8(field)
                .map_err(|_| format!("line {line}: column {} is not UTF-8 text", k + 1))?;
            let missing = text.trim().is_empty() || opts.missing.iter().any(|m| m == text);
            cell(line, k, (!missing).then_some(text))?;
        }
    }
}

/// A CSV error as a person reads it: the line and what is wrong.
fn describe(e: csv::Error) -> String {
    let line = e.position().map(csv::Position::line);
    let at = line.map_or(String::new(), |l| format!("line {l}: "));
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{at}{len} fields where the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => format!("{at}the text is not UTF-8"),
        _ => format!("{at}{e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scorecard::Value;

    fn parse(s: &str) -> Result<Table, Fault> {
        parse_csv(s.as_bytes(), &CsvOptions::default())
    }

    #[test]
    fn quotes_crlf_bom_and_empty_cells() {
        let t = parse(
            "\u{feff}id,name,income,city\r\n1,\"Wong, Mei\",3200.5,\"上海\"\r\n2,\"Said \"\"Sam\"\" O\",,\r\n3,李,1e3,x\r\n",
        )
        .unwrap();
        assert_eq!(t.names(), ["id", "name", "income", "city"]);
        assert_eq!(t.rows(), 3);
        assert_eq!(t.column("name").unwrap().value(0), Value::Cat("Wong, Mei"));
        assert_eq!(
            t.column("name").unwrap().value(1),
            Value::Cat("Said \"Sam\" O")
        );
        assert_eq!(t.column("income").unwrap().value(0), Value::Num(3200.5));
        assert_eq!(t.column("income").unwrap().value(1), Value::Missing);
        assert_eq!(t.column("income").unwrap().value(2), Value::Num(1000.0));
        assert_eq!(t.column("city").unwrap().value(0), Value::Cat("上海"));
        assert_eq!(t.column("city").unwrap().value(1), Value::Missing);
        assert_eq!(t.column("id").unwrap().kind(), Kind::Numeric);
    }

    #[test]
    fn a_late_text_cell_makes_the_column_categorical() {
        let t = parse("a,b\n1,2\n2,x\n3,\n").unwrap();
        assert_eq!(t.column("a").unwrap().kind(), Kind::Numeric);
        let b = t.column("b").unwrap();
        assert_eq!(b.kind(), Kind::Categorical);
        assert_eq!(b.value(0), Value::Cat("2"));
        assert_eq!(b.value(1), Value::Cat("x"));
        assert_eq!(b.value(2), Value::Missing);
    }

    #[test]
    fn kinds_and_missing_tokens_can_be_forced() {
        let opts = CsvOptions {
            categorical: vec!["zip".into()],
            numeric: vec![],
            missing: vec!["NA".into()],
            expected: vec![("absent".into(), Kind::Numeric)],
        };
        let t = parse_csv(b"zip,x\n01234,NA\n99,2\n", &opts).unwrap();
        assert_eq!(t.column("zip").unwrap().value(0), Value::Cat("01234"));
        assert_eq!(t.column("x").unwrap().value(0), Value::Missing);
        assert_eq!(t.column("x").unwrap().kind(), Kind::Numeric);
        let opts = CsvOptions {
            numeric: vec!["x".into()],
            ..CsvOptions::default()
        };
        let e = parse_csv(b"x\n1\n2\nabc\n", &opts).unwrap_err();
        assert_eq!(e, "line 4: column x holds \"abc\", which is not a number");
        let e = parse_csv(
            b"x\n1\n",
            &CsvOptions {
                numeric: vec!["y".into()],
                ..CsvOptions::default()
            },
        )
        .unwrap_err();
        assert!(e.contains("no column y"));
    }

    #[test]
    fn malformed_files_name_the_line() {
        let e = parse("a,b\n1,2\n3\n").unwrap_err();
        assert_eq!(e, "line 3: 1 fields where the header has 2");
        let e = parse_csv(b"a,b\n1,2\n3,\xff\xfe\n", &CsvOptions::default()).unwrap_err();
        assert!(e.starts_with("line 3:"), "{e}");
        let e = parse("a,a\n1,2\n").unwrap_err();
        assert!(e.contains("twice"));
        assert!(parse("").is_err());
        // A header alone is an empty table, not an error.
        assert_eq!(parse("a,b\n").unwrap().rows(), 0);
        // A quoted field may hold a line break; the next record's line is counted right.
        let e = parse("a,b\n\"x\ny\",2\n3\n").unwrap_err();
        assert!(e.starts_with("line 4:"), "{e}");
    }
}
