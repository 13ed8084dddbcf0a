//! An outcome file of its own: after the applicants, each of its rows names a known
//! applicant once, with a bad, good or neither value.

use std::collections::HashMap;

use super::error::{ImportError, find, full_row};
use super::map::ImportMap;
use crate::domain::portfolio::GivenOutcome;

/// The outcomes found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutcomeSummary {
    pub bad: usize,
    pub good: usize,
    /// Neither a bad nor a good value (missing included): kept, counted as neither.
    pub indeterminate: usize,
    /// Applicants no outcome row names (outcomes in their own file).
    pub without_outcome: usize,
    pub definition: String,
}

/// An outcome file of its own, read after the applicants: each row names a known
/// applicant once.
pub struct OutcomesCheck<'a> {
    file: String,
    ids: &'a HashMap<String, (u64, u32)>,
    id: usize,
    column: usize,
    width: usize,
    bad: Vec<String>,
    good: Vec<String>,
    seen: HashMap<String, u64>,
    summary: OutcomeSummary,
    /// Each applicant row's outcome, when kept for an import (`collecting`).
    pub given: Option<Vec<GivenOutcome>>,
}

impl<'a> OutcomesCheck<'a> {
    pub fn new(
        map: &ImportMap,
        header: &[String],
        ids: &'a HashMap<String, (u64, u32)>,
    ) -> Result<Option<Self>, ImportError> {
        let Some(o) = map
            .outcomes
            .as_ref()
            .filter(|o| o.file != map.applicants.file)
        else {
            return Ok(None);
        };
        let id_column =
            o.id.clone()
                .or_else(|| map.applicants.id.clone())
                .unwrap_or_else(|| "id".into());
        Ok(Some(Self {
            file: o.file.clone(),
            ids,
            id: find(&o.file, header, &id_column)?,
            column: find(&o.file, header, &o.column)?,
            width: header.len(),
            bad: o.bad.clone(),
            good: o.good.clone(),
            seen: HashMap::new(),
            summary: OutcomeSummary {
                definition: o.definition.clone().unwrap_or_else(|| "as given".into()),
                ..OutcomeSummary::default()
            },
            given: None,
        }))
    }

    /// Keeps each applicant's outcome (an import, not only its dry run).
    pub fn collecting(mut self) -> Self {
        self.given = Some(vec![GivenOutcome::None; self.ids.len()]);
        self
    }

    pub fn row(&mut self, line: u64, cells: &[&str]) -> Result<(), ImportError> {
        full_row(&self.file, line, cells, self.width)?;
        let id = cells[self.id].trim().to_string();
        let Some(&(_, row)) = self.ids.get(&id) else {
            return Err(ImportError::UnknownApplicant {
                file: self.file.clone(),
                line,
                id,
            });
        };
        if let Some(&first_line) = self.seen.get(&id) {
            return Err(ImportError::DuplicateId {
                file: self.file.clone(),
                id,
                first_line,
                line,
            });
        }
        self.seen.insert(id, line);
        let v = cells[self.column].trim();
        let outcome = if self.bad.iter().any(|b| b == v) {
            self.summary.bad += 1;
            GivenOutcome::Bad
        } else if self.good.iter().any(|g| g == v) {
            self.summary.good += 1;
            GivenOutcome::Good
        } else {
            self.summary.indeterminate += 1;
            GivenOutcome::Indeterminate
        };
        if let Some(slot) = self.given.as_mut().and_then(|g| g.get_mut(row as usize)) {
            *slot = outcome;
        }
        Ok(())
    }

    /// The outcomes, with the applicants no row named.
    pub fn finish(self) -> OutcomeSummary {
        self.finish_collected().0
    }

    /// The outcomes, with each row's kept (`collecting`).
    pub fn finish_collected(mut self) -> (OutcomeSummary, Option<Vec<GivenOutcome>>) {
        self.summary.without_outcome = self.ids.len() - self.seen.len();
        (self.summary, self.given)
    }
}
