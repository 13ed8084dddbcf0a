//! The register's list order: by a column, either way, ties by id.

use std::cmp::Ordering;

use super::Risk;

/// A column of the register's list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RiskColumn {
    #[default]
    Id,
    Category,
    Title,
    Owner,
    Rating,
    Residual,
    Target,
    Review,
    Status,
}

/// Row indexes of `risks` in the order of `column` (descending if `descending`).
pub fn order(risks: &[Risk], column: RiskColumn, descending: bool) -> Vec<usize> {
    let key = |a: &Risk, b: &Risk| -> Ordering {
        match column {
            RiskColumn::Id => Ordering::Equal,
            RiskColumn::Category => a.category.cmp(&b.category),
            RiskColumn::Title => a.title.cmp(&b.title),
            RiskColumn::Owner => a.owner.cmp(&b.owner),
            RiskColumn::Rating => a.rating().cmp(&b.rating()),
            RiskColumn::Residual => a.residual_rating().cmp(&b.residual_rating()),
            RiskColumn::Target => a.target_rating.cmp(&b.target_rating),
            RiskColumn::Review => a.review_date.cmp(&b.review_date),
            RiskColumn::Status => a.status.cmp(&b.status),
        }
    };
    let mut rows: Vec<usize> = (0..risks.len()).collect();
    rows.sort_by(|&i, &j| {
        let (a, b) = (&risks[i], &risks[j]);
        let primary = if descending { key(b, a) } else { key(a, b) };
        primary.then_with(|| {
            if column == RiskColumn::Id && descending {
                b.id.cmp(&a.id)
            } else {
                a.id.cmp(&b.id)
            }
        })
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_rating_ties_by_id() {
        let r = |id: &str, l: u8, i: u8| Risk {
            id: id.into(),
            likelihood: l,
            impact: i,
            ..Risk::blank()
        };
        let risks = [
            r("R01", 2, 2),
            r("R02", 3, 4),
            r("R03", 4, 3),
            r("R04", 1, 1),
        ];
        assert_eq!(order(&risks, RiskColumn::Rating, true), [1, 2, 0, 3]);
        assert_eq!(order(&risks, RiskColumn::Rating, false), [3, 0, 1, 2]);
        assert_eq!(order(&risks, RiskColumn::Id, true), [3, 2, 1, 0]);
    }
}
