//! The table's category column: the one categorical column the applicant table
//! shows, filters and sorts by. The generated portfolio's channel; in an import, the
//! lender's first categorical characteristic (its grade, say).

use super::Portfolio;
use super::registry::{ColumnView, Entry, Role};
use crate::domain::scorecard::Kind;

/// A category column's codes, borrowed.
#[derive(Clone, Copy, Debug)]
pub enum Codes<'a> {
    U8(&'a [u8]),
    U32(&'a [u32]),
}

/// The category column of a portfolio.
#[derive(Clone, Copy, Debug)]
pub struct Category<'a> {
    pub entry: &'a Entry,
    pub codes: Codes<'a>,
    /// A code's text; a code past the end (or an empty text) is missing.
    pub labels: &'a [String],
}

impl<'a> Category<'a> {
    /// Row `i`'s code (`u32::MAX` past the end).
    #[inline]
    pub fn code(&self, i: usize) -> u32 {
        match self.codes {
            Codes::U8(c) => c.get(i).map_or(u32::MAX, |&x| u32::from(x)),
            Codes::U32(c) => c.get(i).copied().unwrap_or(u32::MAX),
        }
    }

    /// Row `i`'s text ("" when missing).
    pub fn text(&self, i: usize) -> &'a str {
        self.labels
            .get(self.code(i) as usize)
            .map_or("", |s| s.as_str())
    }
}

impl Portfolio {
    /// The table's category column, if the portfolio has one.
    pub fn category(&self) -> Option<Category<'_>> {
        let entry = self.registry.get("channel").or_else(|| {
            self.registry
                .entries()
                .iter()
                .find(|e| e.role == Role::Characteristic && e.kind == Kind::Categorical)
        })?;
        match self.columns().view(entry.source) {
            ColumnView::Codes { codes, labels } => Some(Category {
                entry,
                codes: Codes::U8(codes),
                labels,
            }),
            ColumnView::Codes32 { codes, labels } => Some(Category {
                entry,
                codes: Codes::U32(codes),
                labels,
            }),
            _ => None,
        }
    }
}
