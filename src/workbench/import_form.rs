//! The import wizard's form: what the user mapped, turned into the same JSON map the
//! command line reads (`riskdesk import --map`), so that the wizard and the command
//! line import one way, and the map written beside the new portfolio repeats it.

use std::path::{Path, PathBuf};

use crate::domain::import::map::{ColumnKind, ImportMap, MapError};
use crate::domain::import::suggest::{Suggestion, outcome_values, suggest};
use crate::store::extract::Preview;

/// The wizard's fields. Column fields hold a header name, or `None` for "not in the file".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportForm {
    /// The applicants file.
    pub file: PathBuf,
    pub name: String,
    /// The portfolio's as-of date (ISO).
    pub as_of: String,
    pub id: Option<String>,
    pub applied_on: Option<String>,
    pub monthly_income: Option<String>,
    pub income_per_year: bool,
    pub monthly_debt: Option<String>,
    pub dti: Option<String>,
    pub age: Option<String>,
    pub months_on_platform: Option<String>,
    pub personal_name: Option<String>,
    pub phone: Option<String>,
    pub outcome: Option<String>,
    /// Values that mean bad, and good, comma separated as typed.
    pub bad: String,
    pub good: String,
    pub definition: String,
    /// Every other column, each with whether it is a characteristic and how to read it.
    pub characteristics: Vec<CharacteristicField>,
    /// The portfolio to write.
    pub out: PathBuf,
}

/// A column that may be a characteristic, as the wizard shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CharacteristicField {
    pub column: String,
    pub chosen: bool,
    /// The label people read (empty: the column's name).
    pub label: String,
    /// `None`: numeric when every value is a number, else categorical.
    pub kind: Option<ColumnKind>,
    /// Texts meaning "missing" besides the empty cell, NA, N/A, . and NULL (comma
    /// separated as typed).
    pub missing: String,
}

impl CharacteristicField {
    /// The map's entry: the column's name, or an object when anything is set.
    fn to_json(&self) -> serde_json::Value {
        use serde_json::{Map, json};
        let label = self.label.trim();
        let missing = split(&self.missing);
        if label.is_empty() && self.kind.is_none() && missing.is_empty() {
            return json!(self.column);
        }
        let mut o = Map::new();
        o.insert("column".into(), json!(self.column));
        if !label.is_empty() {
            o.insert("label".into(), json!(label));
        }
        if let Some(k) = self.kind {
            let kind = match k {
                ColumnKind::Numeric => "numeric",
                ColumnKind::Categorical => "categorical",
            };
            o.insert("kind".into(), json!(kind));
        }
        if !missing.is_empty() {
            o.insert("missing".into(), json!(missing));
        }
        serde_json::Value::Object(o)
    }
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

impl ImportForm {
    /// The form a preview suggests (the user then changes what is wrong).
    pub fn suggested(file: &Path, p: &Preview) -> ImportForm {
        let s: Suggestion = suggest(&p.header);
        let values = |c: &Option<String>| -> Vec<String> {
            c.as_ref()
                .and_then(|c| p.header.iter().position(|h| h == c))
                .and_then(|k| p.distinct.get(k).cloned())
                .unwrap_or_default()
        };
        let (bad, good) = outcome_values(&values(&s.outcome));
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "portfolio".into());
        let characteristics = p
            .header
            .iter()
            .filter(|h| {
                ![
                    &s.id,
                    &s.applied_on,
                    &s.monthly_income,
                    &s.monthly_debt,
                    &s.dti,
                    &s.age,
                    &s.months_on_platform,
                    &s.name,
                    &s.phone,
                    &s.outcome,
                ]
                .iter()
                .any(|c| c.as_deref() == Some(h.as_str()))
            })
            .map(|h| CharacteristicField {
                column: h.clone(),
                chosen: s.characteristics.contains(h),
                ..CharacteristicField::default()
            })
            .collect();
        ImportForm {
            file: file.to_path_buf(),
            name: stem.clone(),
            as_of: String::new(),
            id: s.id,
            applied_on: s.applied_on,
            monthly_income: s.monthly_income,
            income_per_year: s.income_per_year,
            monthly_debt: s.monthly_debt,
            dti: s.dti,
            age: s.age,
            months_on_platform: s.months_on_platform,
            personal_name: s.name,
            phone: s.phone,
            outcome: s.outcome,
            bad: bad.join(", "),
            good: good.join(", "),
            definition: String::new(),
            characteristics,
            out: file.with_file_name(format!("{stem}.db")),
        }
    }

    /// The map file written beside the portfolio: `P.map.json` for `P.db`.
    pub fn map_path(&self) -> PathBuf {
        let stem = self
            .out
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "portfolio".into());
        self.out.with_file_name(format!("{stem}.map.json"))
    }

    /// The map as JSON, with the applicants file named relative to the map's folder
    /// when it is in it (else by its full path).
    pub fn to_json(&self) -> String {
        use serde_json::{Map, Value, json};
        let folder = self.map_path().parent().map(Path::to_path_buf);
        let file = match (folder, self.file.parent()) {
            (Some(m), Some(f)) if m == f => self
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            _ => self.file.display().to_string(),
        };
        let mut a = Map::new();
        a.insert("file".into(), json!(file));
        let mut put = |k: &str, v: &Option<String>| {
            if let Some(c) = v {
                a.insert(k.into(), json!(c));
            }
        };
        put("id", &self.id);
        put("applied_on", &self.applied_on);
        put("monthly_debt", &self.monthly_debt);
        put("dti", &self.dti);
        put("age", &self.age);
        put("months_on_platform", &self.months_on_platform);
        put("name", &self.personal_name);
        put("phone", &self.phone);
        if let Some(c) = &self.monthly_income {
            let v = if self.income_per_year {
                json!({"column": c, "per": "year"})
            } else {
                json!(c)
            };
            a.insert("monthly_income".into(), v);
        }
        let chosen: Vec<Value> = self
            .characteristics
            .iter()
            .filter(|c| c.chosen)
            .map(CharacteristicField::to_json)
            .collect();
        a.insert("characteristics".into(), Value::Array(chosen));
        let mut map = Map::new();
        map.insert("name".into(), json!(self.name.trim()));
        map.insert("as_of".into(), json!(self.as_of.trim()));
        map.insert("applicants".into(), Value::Object(a));
        if let Some(c) = &self.outcome {
            let mut o = json!({
                "file": file,
                "column": c,
                "bad": split(&self.bad),
                "good": split(&self.good),
            });
            if !self.definition.trim().is_empty()
                && let Some(o) = o.as_object_mut()
            {
                o.insert("definition".into(), json!(self.definition.trim()));
            }
            map.insert("outcomes".into(), o);
        }
        serde_json::to_string_pretty(&Value::Object(map)).unwrap_or_default()
    }

    /// The map, checked as the command line checks it.
    pub fn map(&self) -> Result<ImportMap, MapError> {
        ImportMap::from_json(&self.to_json())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::extract::Encoding;

    #[test]
    fn a_suggested_form_is_the_map_the_command_line_reads() {
        let p = Preview {
            header: ["cust_id", "annual_income", "grade", "status"]
                .map(String::from)
                .to_vec(),
            rows: Vec::new(),
            encoding: Encoding::Utf8,
            distinct: vec![
                vec![],
                vec![],
                vec![],
                ["good", "bad", "current"].map(String::from).to_vec(),
            ],
            masked: vec![false; 4],
            scanned: 3,
        };
        let mut f = ImportForm::suggested(Path::new("/data/spring.csv"), &p);
        assert_eq!(f.out, Path::new("/data/spring.db"));
        assert_eq!(f.map_path(), Path::new("/data/spring.map.json"));
        assert_eq!((f.bad.as_str(), f.good.as_str()), ("bad", "good"));
        assert_eq!(
            f.characteristics,
            [CharacteristicField {
                column: "grade".into(),
                chosen: true,
                ..CharacteristicField::default()
            }]
        );
        f.as_of = "2026-06-30".into();
        f.definition = "90+ within 12 months".into();
        let m = f.map().unwrap();
        assert_eq!(m.applicants.file, "spring.csv");
        assert_eq!(m.applicants.id.as_deref(), Some("cust_id"));
        let income = m.applicants.monthly_income.as_ref().unwrap().column();
        assert_eq!(income.column, "annual_income");
        let o = m.outcomes.unwrap();
        assert_eq!(
            (o.bad, o.good),
            (vec!["bad".to_string()], vec!["good".to_string()])
        );
        assert_eq!(o.definition.as_deref(), Some("90+ within 12 months"));
        // A label, a kind and missing texts make the column an object in the map.
        f.characteristics[0].label = "Loan grade".into();
        f.characteristics[0].kind = Some(ColumnKind::Categorical);
        f.characteristics[0].missing = "unknown, -".into();
        let grade = f.map().unwrap().applicants.characteristics[0].column();
        assert_eq!(
            (grade.label.as_deref(), grade.kind, grade.missing),
            (
                Some("Loan grade"),
                Some(ColumnKind::Categorical),
                vec!["unknown".to_string(), "-".to_string()]
            )
        );
        // Without a name the map is refused, as on the command line.
        f.name = " ".into();
        assert!(f.map().is_err());
    }
}
