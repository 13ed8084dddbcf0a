//! Exports of the workbench's data: the applicant table as CSV.

use std::path::Path;

use super::{DecisionsUnder, Workbench, WorkbenchError};
use crate::domain::evaluation::decide;
use crate::domain::evaluation::explanation::{Explanation, explain};
use crate::domain::policy::Rule;
use crate::domain::portfolio::mask::mask_name;
use crate::domain::scorecard::MAX_REASONS;
use crate::i18n::Language;
use crate::out_file::{OutFile, Overwrite};
use crate::workbench::words;

/// Writes applicant `rows`, names masked, as CSV to `path`, under the one output rule
/// (never over the open portfolio). Decisions and limits are those of the policy
/// `under`, named on every row (`decision_policy`); the reasons a customer is given
/// are in `lang` (`reasons`), their codes beside them. Returns the rows written.
pub(crate) fn applicants_csv(
    wb: &Workbench,
    lang: Language,
    rows: &[u32],
    under: DecisionsUnder,
    path: &Path,
    overwrite: Overwrite,
) -> Result<usize, WorkbenchError> {
    if !wb.portfolio.has_scorecard() {
        return Err(WorkbenchError::NoScorecard);
    }
    let out = OutFile::create(path, overwrite, &[&wb.path])?;
    write_rows(wb, lang, rows, under, false, &out, path)?;
    out.commit()?;
    Ok(rows.len())
}

/// As [`applicants_csv`] with the names unmasked, for `purpose`: the rows are written
/// to the temporary file, the export is logged (one audit entry), and only then is the
/// file put in place, so no unmasked file exists without its entry.
pub fn applicants_csv_with_personal_data(
    wb: &mut Workbench,
    lang: Language,
    rows: &[u32],
    under: DecisionsUnder,
    path: &Path,
    overwrite: Overwrite,
    purpose: &str,
) -> Result<usize, WorkbenchError> {
    let purpose = purpose.trim();
    if purpose.is_empty() {
        return Err(WorkbenchError::NoReason);
    }
    if !wb.portfolio.has_scorecard() {
        return Err(WorkbenchError::NoScorecard);
    }
    let out = OutFile::create(path, overwrite, &[&wb.path])?;
    write_rows(wb, lang, rows, under, true, &out, path)?;
    let (at, user) = wb.stamp_now();
    let stamp = crate::store::write::Stamp {
        at: &at,
        user: &user,
        reason: purpose,
    };
    crate::store::write::log_export(&wb.path, rows.len(), path, &stamp)?;
    out.commit()?;
    wb.reread_audit()?;
    Ok(rows.len())
}

/// The headers of [`principal_cells`].
pub(crate) const PRINCIPAL_HEADERS: [&str; 1 + 2 * MAX_REASONS] = [
    "rule",
    "reason_1",
    "reason_2",
    "reason_3",
    "reason_4",
    "reason_text_1",
    "reason_text_2",
    "reason_text_3",
    "reason_text_4",
];

/// The decision's rule and its principal reasons as CSV cells: the rule, four codes
/// and four texts in `lang` (empty where there are fewer reasons).
pub(crate) fn principal_cells(e: &Explanation, lang: Language) -> Vec<String> {
    let mut cells = vec![rule_key(e.rule).to_string()];
    for k in 0..MAX_REASONS {
        cells.push(
            e.reasons
                .get(k)
                .map_or_else(String::new, |r| r.code().to_string()),
        );
    }
    for k in 0..MAX_REASONS {
        cells.push(
            e.reasons
                .get(k)
                .map_or_else(String::new, |r| words::principal_reason(lang, r)),
        );
    }
    cells
}

/// The rule's key in files for programs (English whatever the language).
pub(crate) fn rule_key(r: Rule) -> &'static str {
    match r {
        Rule::UnderAge => "under_age",
        Rule::DeclinedEmployment => "declined_employment",
        Rule::ShortTenure => "short_tenure",
        Rule::NoIncome => "no_income",
        Rule::DtiAboveCap => "dti_above_cap",
        Rule::ScoreBelowReferBand => "score_below_refer_band",
        Rule::ReferBand => "refer_band",
        Rule::ScoreAtOrAboveCutoff => "score_at_or_above_cutoff",
    }
}

/// The table's rows into `out`'s temporary file.
fn write_rows(
    wb: &Workbench,
    lang: Language,
    rows: &[u32],
    under: DecisionsUnder,
    reveal: bool,
    out: &OutFile,
    path: &Path,
) -> Result<(), WorkbenchError> {
    let p = &wb.portfolio;
    let policy = wb.policy_under(under);
    // A file for programs: the label in English whatever the window's language.
    let policy_label = wb.policy_label(Language::En, policy);
    let card = &p.scorecard;
    let fail = |e: csv::Error| WorkbenchError::ExportWrite {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let mut w = crate::out_file::spreadsheet_csv(out.temp_path()).map_err(fail)?;
    w.write_record(
        [
            "id",
            "name",
            "application_date",
            "channel",
            "score",
            "band",
            "pd",
            "decision",
            "limit",
            "decision_policy",
            "outcome",
            "reason_codes",
            "reasons",
        ]
        .into_iter()
        .chain(PRINCIPAL_HEADERS),
    )
    .map_err(fail)?;
    for &r in rows {
        let i = r as usize;
        let (_, decision, limit) = decide(policy, p, i);
        // The reasons of the score, as the detail gives them (none when the card
        // cannot break it down, e.g. a value it has no bin for).
        let reasons = card
            .breakdown(&p.scorecard_values(i))
            .map(|b| card.reasons_in(&b, lang.tag()))
            .unwrap_or_default();
        let codes: Vec<&str> = reasons.iter().map(|r| r.code.as_str()).collect();
        let texts: Vec<&str> = reasons.iter().map(|r| r.text.as_str()).collect();
        let name = p.applicants.name.get(i);
        let name = if reveal {
            name.to_string()
        } else {
            mask_name(name)
        };
        w.write_record(
            [
                p.applicants.id[i].to_string(),
                name,
                crate::format::iso_of_days(p.applicants.app_day[i]),
                // The category column: the channel, or an import's own (the header says
                // "channel" in either case; see the README).
                p.category()
                    .map(|c| c.text(i).to_string())
                    .unwrap_or_default(),
                p.derived.score[i].to_string(),
                crate::domain::scorecard::band::BAND_NAMES[p.derived.band[i] as usize].to_string(),
                format!("{:.6}", p.derived.pd[i]),
                decision.label().to_string(),
                format!("{limit:.0}"),
                policy_label.clone(),
                p.derived.outcome[i].label().to_string(),
                codes.join(";"),
                texts.join("; "),
            ]
            .into_iter()
            .chain(principal_cells(&explain(policy, p, i, lang.tag()), lang)),
        )
        .map_err(fail)?;
    }
    w.flush().map_err(|e| WorkbenchError::ExportWrite {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    Ok(())
}
