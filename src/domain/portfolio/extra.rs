//! Applicant columns beyond the standard fields: an imported lender's own
//! characteristics (`grade`, `home`, `emp_len`), held as columns, one value per
//! applicant in row order. Their names, labels and roles are in the registry
//! (`Source::Extra(k)` reads `Applicants::extra[k]`).

/// A code that means "missing" in a categorical column.
pub const MISSING_CODE: u32 = u32::MAX;

/// The values of one extra column.
#[derive(Clone, Debug, PartialEq)]
pub enum ExtraValues {
    /// Numbers; NaN is missing.
    Numeric(Vec<f64>),
    /// Codes into `labels`; `MISSING_CODE` (or a code past the labels) is missing.
    Categorical {
        codes: Vec<u32>,
        labels: Vec<String>,
    },
}

impl ExtraValues {
    pub fn len(&self) -> usize {
        match self {
            ExtraValues::Numeric(v) => v.len(),
            ExtraValues::Categorical { codes, .. } => codes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values in the order of `rows` (row `k` of the result is row `rows[k]`).
    pub(crate) fn permuted(self, rows: &[u32]) -> Self {
        match self {
            ExtraValues::Numeric(v) => {
                ExtraValues::Numeric(rows.iter().map(|&r| v[r as usize]).collect())
            }
            ExtraValues::Categorical { codes, labels } => ExtraValues::Categorical {
                codes: rows.iter().map(|&r| codes[r as usize]).collect(),
                labels,
            },
        }
    }

    pub(crate) fn trim_capacity(&mut self) {
        match self {
            ExtraValues::Numeric(v) => super::trim(v),
            ExtraValues::Categorical { codes, .. } => super::trim(codes),
        }
    }
}

/// An outcome as the lender gave it (an import's `outcomes`), not derived from a
/// month-end history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GivenOutcome {
    /// No outcome row names the applicant: not booked, as far as the file says.
    #[default]
    None,
    Good,
    Bad,
    /// Named, with a value that is neither bad nor good: booked, counted as neither.
    Indeterminate,
}

impl GivenOutcome {
    /// The word stored in the file (`applicants.outcome`; `None` is NULL).
    pub fn as_str(self) -> Option<&'static str> {
        match self {
            GivenOutcome::None => None,
            GivenOutcome::Good => Some("good"),
            GivenOutcome::Bad => Some("bad"),
            GivenOutcome::Indeterminate => Some("indeterminate"),
        }
    }

    pub fn parse(s: Option<&str>) -> Option<Self> {
        match s {
            None => Some(GivenOutcome::None),
            Some("good") => Some(GivenOutcome::Good),
            Some("bad") => Some(GivenOutcome::Bad),
            Some("indeterminate") => Some(GivenOutcome::Indeterminate),
            Some(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permuting_keeps_labels_and_moves_values() {
        let c = ExtraValues::Categorical {
            codes: vec![0, MISSING_CODE, 1],
            labels: vec!["A".into(), "B".into()],
        };
        assert_eq!(
            c.permuted(&[2, 0, 1]),
            ExtraValues::Categorical {
                codes: vec![1, 0, MISSING_CODE],
                labels: vec!["A".into(), "B".into()],
            }
        );
        let n = ExtraValues::Numeric(vec![1.0, 2.0]).permuted(&[1, 0]);
        assert_eq!(n, ExtraValues::Numeric(vec![2.0, 1.0]));
        for g in [
            GivenOutcome::None,
            GivenOutcome::Good,
            GivenOutcome::Bad,
            GivenOutcome::Indeterminate,
        ] {
            assert_eq!(GivenOutcome::parse(g.as_str()), Some(g));
        }
        assert_eq!(GivenOutcome::parse(Some("charged off")), None);
    }
}
