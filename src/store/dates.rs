//! Dates as the file stores them (ISO `YYYY-MM-DD`) and as the domain counts them.

use chrono::{Datelike, NaiveDate};

/// Days since 1970-01-01 and month index (`year·12 + month − 1`) of an ISO date
/// `YYYY-MM-DD` (surrounding spaces allowed).
pub(crate) fn parse_iso(s: &str) -> Option<(i32, i32)> {
    let b = s.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let d = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    Some((days(d), d.year() * 12 + d.month0() as i32))
}

pub(crate) fn days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (d - epoch).num_days() as i32
}

/// First day and number of days of a month index.
pub(crate) fn month_bounds(month: i32) -> (NaiveDate, u32) {
    let y = month.div_euclid(12);
    let m = month.rem_euclid(12) as u32 + 1;
    let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default();
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    }
    .unwrap_or(first);
    (first, (next - first).num_days().max(1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip() {
        let (d, m) = parse_iso("2026-10-31").unwrap();
        assert_eq!(crate::format::iso_of_days(d), "2026-10-31");
        assert_eq!(m, 2026 * 12 + 9);
        assert_eq!(crate::domain::import::dates::month_label(m), "2026-10");
        assert_eq!(parse_iso("1970-01-01"), Some((0, 1970 * 12)));
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("yesterday"), None);
        assert_eq!(month_bounds(2024 * 12 + 1).1, 29);
    }
}
