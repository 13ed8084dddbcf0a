//! Dates as lenders' extracts write them, to days since 1970-01-01: ISO
//! (2026-06-30), 2026/06/30, 30.06.2026, a month as "Mar-2018" or "2018-03" (that
//! month's last day). A day-and-month form such as 06/07/2026 is ambiguous and needs
//! the map's `date_format`.

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not a form this reader knows.
    Unknown,
    /// 06/07/2026: the day and the month could be either way round.
    Ambiguous,
    /// The form is right but there is no such day (2026-02-30).
    NoSuchDay,
}

/// Days since 1970-01-01 of a valid year, month and day.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> Option<i32> {
    if !(1..=12).contains(&m) || d == 0 || d > month_days(y, m) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The month (`year·12 + month − 1`) of a day counted from 1970-01-01.
pub fn month_of_days(z: i32) -> i32 {
    // Howard Hinnant's civil_from_days, year and month only.
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    y * 12 + m - 1
}

/// "2026-06" for a month (`year·12 + month − 1`).
pub fn month_label(month: i32) -> String {
    format!(
        "{:04}-{:02}",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

fn month_days(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Parses `s` (trimmed); `format` is the map's `date_format` for the ambiguous forms.
pub fn parse_date(s: &str, format: Option<&str>) -> Result<i32, DateError> {
    let s = s.trim();
    let num = |t: &str| -> Option<u32> {
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let ymd = |y: u32, m: u32, d: u32| days_from_civil(y as i32, m, d).ok_or(DateError::NoSuchDay);
    let month_end = |y: u32, m: u32| {
        if (1..=12).contains(&m) {
            ymd(y, m, month_days(y as i32, m))
        } else {
            Err(DateError::NoSuchDay)
        }
    };
    // Mar-2018, Mar 2018, March-2018.
    if let Some((mon, year)) = s.split_once(['-', ' '])
        && mon.len() >= 3
        && mon.chars().all(|c| c.is_ascii_alphabetic())
        && let Some(y) = num(year).filter(|_| year.len() == 4)
    {
        let lower = mon.to_ascii_lowercase();
        let m = MONTHS
            .iter()
            .position(|p| lower.starts_with(p))
            .ok_or(DateError::Unknown)?;
        return month_end(y, m as u32 + 1);
    }
    for sep in ['-', '/', '.'] {
        let parts: Vec<&str> = s.split(sep).collect();
        match parts.as_slice() {
            [a, b, c] => {
                let (Some(x), Some(y), Some(z)) = (num(a), num(b), num(c)) else {
                    continue;
                };
                if a.len() == 4 {
                    return ymd(x, y, z);
                }
                if c.len() != 4 {
                    continue;
                }
                // 30.06.2026 is day first wherever dots are used.
                if sep == '.' {
                    return ymd(z, y, x);
                }
                return match format {
                    Some("%d/%m/%Y" | "%d-%m-%Y") => ymd(z, y, x),
                    Some("%m/%d/%Y" | "%m-%d-%Y") => ymd(z, x, y),
                    // Unambiguous when one of the two cannot be a month.
                    _ if x > 12 => ymd(z, y, x),
                    _ if y > 12 => ymd(z, x, y),
                    _ => Err(DateError::Ambiguous),
                };
            }
            [a, b] if a.len() == 4 && sep == '-' => {
                let (Some(y), Some(m)) = (num(a), num(b)) else {
                    continue;
                };
                return month_end(y, m);
            }
            _ => {}
        }
    }
    Err(DateError::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_forms_are_read_and_the_ambiguous_one_needs_a_format() {
        let d = |y, m, day| days_from_civil(y, m, day).unwrap();
        assert_eq!(d(1970, 1, 1), 0);
        assert_eq!(d(2026, 6, 30), 20_634);
        assert_eq!(parse_date("2026-06-30", None), Ok(20_634));
        assert_eq!(parse_date(" 2026/06/30 ", None), Ok(20_634));
        assert_eq!(parse_date("30.06.2026", None), Ok(20_634));
        assert_eq!(parse_date("Jun-2026", None), Ok(20_634));
        assert_eq!(parse_date("2026-06", None), Ok(20_634));
        assert_eq!(parse_date("Feb-2024", None), Ok(d(2024, 2, 29)));
        assert_eq!(parse_date("06/07/2026", None), Err(DateError::Ambiguous));
        assert_eq!(
            parse_date("06/07/2026", Some("%d/%m/%Y")),
            Ok(d(2026, 7, 6))
        );
        assert_eq!(
            parse_date("06/07/2026", Some("%m/%d/%Y")),
            Ok(d(2026, 6, 7))
        );
        assert_eq!(parse_date("30/06/2026", None), Ok(20_634));
        assert_eq!(parse_date("2026-02-30", None), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("yesterday", None), Err(DateError::Unknown));
        assert_eq!(parse_date("Foo-2026", None), Err(DateError::Unknown));
    }
}
