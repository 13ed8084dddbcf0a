//! Reading a lender's CSV extract row by row for an import: UTF-8 (a byte-order mark
//! skipped) or GBK, said in the map or found out when the file is not UTF-8; quoted
//! fields and CRLF line endings by the `csv` crate. Each row goes to the caller with
//! its line number, so that a problem names its place.

use std::path::Path;

use super::StoreError;

/// How an extract's bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Said in the map.
    Gbk,
    /// Not UTF-8, and read as GBK without a fault.
    GbkFoundOut,
}

/// The text of `path` in `encoding` ("utf-8", "gbk" or `None`: UTF-8, else GBK).
pub fn decode(path: &Path, encoding: Option<&str>) -> Result<(String, Encoding), StoreError> {
    let bytes = std::fs::read(path)
        .map_err(|e| StoreError::unreadable(path, format!("cannot read: {e}")))?;
    decode_bytes(path, &bytes, encoding)
}

/// [`decode`], with the SHA-256 (hex) of the file's bytes as read, for the audit
/// entry of an import.
pub fn decode_with_digest(
    path: &Path,
    encoding: Option<&str>,
) -> Result<(String, Encoding, String), StoreError> {
    use sha2::{Digest, Sha256};
    let bytes = std::fs::read(path)
        .map_err(|e| StoreError::unreadable(path, format!("cannot read: {e}")))?;
    let digest = format!("{:x}", Sha256::digest(&bytes));
    let (text, encoding) = decode_bytes(path, &bytes, encoding)?;
    Ok((text, encoding, digest))
}

fn decode_bytes(
    path: &Path,
    bytes: &[u8],
    encoding: Option<&str>,
) -> Result<(String, Encoding), StoreError> {
    let gbk = |bytes: &[u8]| {
        let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
        (!had_errors).then(|| text.into_owned())
    };
    if encoding.is_some_and(|e| e.eq_ignore_ascii_case("gbk")) {
        return gbk(bytes).map(|t| (t, Encoding::Gbk)).ok_or_else(|| {
            StoreError::unreadable(path, "the map says GBK, but the file is not GBK text")
        });
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(t) => Ok((t.to_string(), Encoding::Utf8)),
        Err(_) if encoding.is_none() => gbk(body)
            .map(|t| (t, Encoding::GbkFoundOut))
            .ok_or_else(|| {
                StoreError::unreadable(
                    path,
                    "neither UTF-8 nor GBK text; save it as UTF-8 or name its encoding in the map (\"encoding\")",
                )
            }),
        Err(e) => Err(StoreError::unreadable(
            path,
            format!("the map says UTF-8, but the file is not UTF-8 text (byte {})", e.valid_up_to()),
        )),
    }
}

/// Hands `text`'s header to `header`, which makes the reader's state, then each row
/// with its line number to `row`; returns the state. A malformed CSV is a
/// [`StoreError`]; the callers' own errors come back as `E`.
pub fn for_each_row<S, E>(
    path: &Path,
    text: &str,
    header: impl FnOnce(&[String]) -> Result<S, E>,
    row: impl FnMut(&mut S, u64, &[&str]) -> Result<(), E>,
) -> Result<Result<S, E>, StoreError> {
    for_each_row_reporting(path, text, &|_| {}, header, row)
}

/// Rows handed over between two reports of [`for_each_row_reporting`].
const REPORT_EVERY: u64 = 65_536;

/// [`for_each_row`], telling `progress` the share of `text` read (0 to 1) every
/// `REPORT_EVERY` rows.
pub fn for_each_row_reporting<S, E>(
    path: &Path,
    text: &str,
    progress: &dyn Fn(f32),
    header: impl FnOnce(&[String]) -> Result<S, E>,
    mut row: impl FnMut(&mut S, u64, &[&str]) -> Result<(), E>,
) -> Result<Result<S, E>, StoreError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| StoreError::damaged(path, format!("line 1: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut state = match header(&names) {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(Ok(state)),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(StoreError::damaged(path, format!("line {line}: {e}")));
            }
        }
        let (line, byte) = record.position().map_or((0, 0), |p| (p.line(), p.byte()));
        if line.is_multiple_of(REPORT_EVERY) {
            progress(byte as f32 / text.len().max(1) as f32);
        }
        let cells: Vec<&str> = record.iter().collect();
        if let Err(e) = row(&mut state, line, &cells) {
            return Ok(Err(e));
        }
    }
}

/// The first rows of an extract, for the import wizard.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub encoding: Encoding,
    /// Distinct values of each column over the rows read (at most `DISTINCT` each).
    pub distinct: Vec<Vec<String>>,
    /// Columns whose values were masked as personal data (none as read; see
    /// `workbench::import_preview`).
    pub masked: Vec<bool>,
    /// Rows scanned for the distinct values.
    pub scanned: usize,
}

/// Distinct values kept per column by [`preview`].
pub const DISTINCT: usize = 50;

/// The header and the first `shown` rows of `path`; the distinct values of each
/// column are taken over the first `scanned` rows (an outcome column's values).
pub fn preview(
    path: &Path,
    encoding: Option<&str>,
    shown: usize,
    scanned: usize,
) -> Result<Preview, StoreError> {
    let (text, encoding) = decode(path, encoding)?;
    struct Scan {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        distinct: Vec<Vec<String>>,
        seen: usize,
    }
    let scanned_all = for_each_row(
        path,
        &text,
        |h| {
            Ok::<_, Scan>(Scan {
                header: h.to_vec(),
                rows: Vec::new(),
                distinct: vec![Vec::new(); h.len()],
                seen: 0,
            })
        },
        |s: &mut Scan, _, cells| {
            if s.seen >= scanned {
                // Stops the scan early, handing the state back.
                return Err(Scan {
                    header: std::mem::take(&mut s.header),
                    rows: std::mem::take(&mut s.rows),
                    distinct: std::mem::take(&mut s.distinct),
                    seen: s.seen,
                });
            }
            s.seen += 1;
            if s.rows.len() < shown {
                s.rows.push(cells.iter().map(|c| c.to_string()).collect());
            }
            for (d, c) in s.distinct.iter_mut().zip(cells) {
                let c = c.trim();
                if d.len() < DISTINCT && !d.iter().any(|x| x == c) {
                    d.push(c.to_string());
                }
            }
            Ok(())
        },
    )?;
    let s = match scanned_all {
        Ok(s) | Err(s) => s,
    };
    Ok(Preview {
        masked: vec![false; s.header.len()],
        scanned: s.seen,
        header: s.header,
        rows: s.rows,
        encoding,
        distinct: s.distinct,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_reports_the_share_of_the_text_read() {
        let mut text = "id,x\n".to_string();
        for i in 0..200_000 {
            text += &format!("{i},{}\n", i % 7);
        }
        let shares = std::cell::RefCell::new(Vec::new());
        let rows = for_each_row_reporting::<usize, ()>(
            Path::new("big.csv"),
            &text,
            &|s| shares.borrow_mut().push(s),
            |_| Ok(0),
            |n, _, _| {
                *n += 1;
                Ok(())
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(rows, 200_000);
        let shares = shares.into_inner();
        // Lines 65,536, 131,072 and 196,608 of 200,001.
        assert_eq!(shares.len(), 3);
        assert!(shares.windows(2).all(|w| w[0] < w[1]), "{shares:?}");
        assert!(
            shares[0] > 0.3 && shares[2] < 1.0 && shares[2] > 0.95,
            "{shares:?}"
        );
    }

    #[test]
    fn utf8_with_a_mark_and_gbk_are_read() {
        let dir = std::env::temp_dir().join(format!("riskdesk-extract-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let utf8 = dir.join("u.csv");
        std::fs::write(&utf8, "\u{feff}id,城市\n1,北京\n").unwrap();
        let (t, e) = decode(&utf8, None).unwrap();
        assert_eq!((t.as_str(), e), ("id,城市\n1,北京\n", Encoding::Utf8));
        let gbk = dir.join("g.csv");
        let (bytes, _, _) = encoding_rs::GBK.encode("id,城市\n1,北京\n");
        std::fs::write(&gbk, &bytes).unwrap();
        assert_eq!(decode(&gbk, None).unwrap().1, Encoding::GbkFoundOut);
        assert_eq!(decode(&gbk, Some("gbk")).unwrap().0, "id,城市\n1,北京\n");
        assert!(decode(&gbk, Some("utf-8")).is_err());
        let mut rows = Vec::new();
        let (text, _) = decode(&utf8, None).unwrap();
        for_each_row::<(), ()>(
            &utf8,
            &text,
            |h| {
                assert_eq!(h, ["id", "城市"]);
                Ok(())
            },
            |_, line, cells| {
                rows.push((line, cells.join("|")));
                Ok(())
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(rows, [(2, "1|北京".to_string())]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
