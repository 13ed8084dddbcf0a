//! The characteristic registry: every applicant column a person or a rule can name,
//! with its label, its kind and its **role**. Scoring, fitting, the applicant table and
//! the score breakdown find a column by name here; the hard rules, an income shock and
//! the compliance groups find their inputs by role.
//!
//! The registry is data: a list of entries. An entry's [`Source`] says where its values
//! are held; the generated portfolio's columns are fields of `Applicants` (or derived,
//! like the debt-to-income ratio), and [`Columns::view`] is the one place that maps a
//! source to its values.

use crate::domain::portfolio::Applicants;
use crate::domain::scorecard::{Kind, Value};

/// What a column is to the rules, the checks and the screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Monthly income: the limit rule, DTI and the income cap read it.
    Income,
    /// Existing monthly debt payments: DTI reads it.
    Debt,
    /// Debt-to-income ratio: the DTI cap reads it.
    Dti,
    /// Age in years: the minimum age and the age groups read it.
    Age,
    /// Months on the platform: the minimum-tenure rule reads it.
    PlatformTenure,
    /// An identifier (never a characteristic to fit on).
    Identifier,
    /// Personal data: masked unless revealed, never fitted on or exported unlogged.
    PersonalData,
    /// Any other characteristic (a scorecard may read it).
    Characteristic,
}

impl Role {
    /// Every role, for reading and writing them by name.
    pub const ALL: [Role; 8] = [
        Role::Income,
        Role::Debt,
        Role::Dti,
        Role::Age,
        Role::PlatformTenure,
        Role::Identifier,
        Role::PersonalData,
        Role::Characteristic,
    ];

    /// The name stored in a portfolio file (`applicant_columns.role`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Income => "income",
            Role::Debt => "debt",
            Role::Dti => "dti",
            Role::Age => "age",
            Role::PlatformTenure => "platform_tenure",
            Role::Identifier => "identifier",
            Role::PersonalData => "personal_data",
            Role::Characteristic => "characteristic",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether a portfolio may have several columns of this role (the rules read
    /// one income, one age, ...).
    fn many(self) -> bool {
        matches!(
            self,
            Role::Identifier | Role::PersonalData | Role::Characteristic
        )
    }

    /// Whether a scorecard may read a column of this role.
    pub(crate) fn scorable(self) -> bool {
        !matches!(self, Role::Identifier | Role::PersonalData)
    }
}

/// Where a registered column's values are held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Id,
    Name,
    Phone,
    Age,
    CityTier,
    Channel,
    Employment,
    MonthlyIncome,
    MonthlyDebt,
    /// Derived at load: monthly debt / monthly income (NaN without an income).
    Dti,
    BureauMonths,
    Delinquencies,
    PlatformMonths,
    MonthlySpend,
    OrderCount,
    ReturnRate,
    NightShare,
    DeviceChanges,
    /// `Applicants::extra[k]`: a column of an import's own.
    Extra(u16),
}

impl Source {
    /// The standard sources, by the name of the `applicants` column that holds them
    /// (`dti` is derived, not stored).
    pub const STANDARD: [(&'static str, Source); 18] = [
        ("id", Source::Id),
        ("name", Source::Name),
        ("phone", Source::Phone),
        ("age", Source::Age),
        ("city_tier", Source::CityTier),
        ("channel", Source::Channel),
        ("employment", Source::Employment),
        ("monthly_income", Source::MonthlyIncome),
        ("monthly_debt", Source::MonthlyDebt),
        ("dti", Source::Dti),
        ("bureau_months", Source::BureauMonths),
        ("delinquencies", Source::Delinquencies),
        ("platform_months", Source::PlatformMonths),
        ("monthly_spend", Source::MonthlySpend),
        ("order_count", Source::OrderCount),
        ("return_rate", Source::ReturnRate),
        ("night_share", Source::NightShare),
        ("device_changes", Source::DeviceChanges),
    ];

    /// The name stored in a portfolio file: the standard column, or `extra`.
    pub fn as_str(self) -> &'static str {
        Source::STANDARD
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("extra", |(n, _)| n)
    }

    /// A standard source by its stored name (`extra` is numbered by the caller).
    pub fn standard(name: &str) -> Option<Source> {
        Source::STANDARD
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
    }
}

/// One registered column.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The name a scorecard, a card file or a CSV uses.
    pub name: String,
    /// For people.
    pub label: String,
    pub role: Role,
    pub kind: Kind,
    pub source: Source,
}

/// The columns of a portfolio, by name.
#[derive(Clone, Debug, PartialEq)]
pub struct Registry {
    entries: Vec<Entry>,
}

impl Default for Registry {
    fn default() -> Self {
        Self::standard()
    }
}

impl Registry {
    /// The columns of a portfolio that Riskdesk generates (and of every schema-2 file).
    pub(crate) fn standard() -> Self {
        use Kind::{Categorical as Cat, Numeric as Num};
        use Role::*;
        let rows: [(&str, &str, Role, Kind, Source); 18] = [
            ("id", "Applicant id", Identifier, Num, Source::Id),
            ("name", "Name", PersonalData, Cat, Source::Name),
            ("phone", "Phone", PersonalData, Cat, Source::Phone),
            ("age", "Age", Age, Num, Source::Age),
            (
                "city_tier",
                "City tier",
                Characteristic,
                Num,
                Source::CityTier,
            ),
            ("channel", "Channel", Characteristic, Cat, Source::Channel),
            (
                "employment",
                "Employment",
                Characteristic,
                Cat,
                Source::Employment,
            ),
            (
                "monthly_income",
                "Monthly income",
                Income,
                Num,
                Source::MonthlyIncome,
            ),
            (
                "monthly_debt",
                "Monthly debt payments",
                Debt,
                Num,
                Source::MonthlyDebt,
            ),
            ("dti", "Debt-to-income", Dti, Num, Source::Dti),
            (
                "bureau_months",
                "Bureau history (months)",
                Characteristic,
                Num,
                Source::BureauMonths,
            ),
            (
                "delinquencies",
                "Past delinquencies",
                Characteristic,
                Num,
                Source::Delinquencies,
            ),
            (
                "platform_months",
                "Months on the platform",
                PlatformTenure,
                Num,
                Source::PlatformMonths,
            ),
            (
                "monthly_spend",
                "Monthly platform spend",
                Characteristic,
                Num,
                Source::MonthlySpend,
            ),
            (
                "order_count",
                "Orders",
                Characteristic,
                Num,
                Source::OrderCount,
            ),
            (
                "return_rate",
                "Return rate",
                Characteristic,
                Num,
                Source::ReturnRate,
            ),
            (
                "night_share",
                "Share of night-time orders",
                Characteristic,
                Num,
                Source::NightShare,
            ),
            (
                "device_changes",
                "Device changes",
                Characteristic,
                Num,
                Source::DeviceChanges,
            ),
        ];
        Self {
            entries: rows
                .into_iter()
                .map(|(name, label, role, kind, source)| Entry {
                    name: name.into(),
                    label: label.into(),
                    role,
                    kind,
                    source,
                })
                .collect(),
        }
    }

    /// A registry of these entries: names unique, at most one column for each
    /// role a rule reads, extra sources numbered 0, 1, ... without gaps.
    pub fn new(entries: Vec<Entry>) -> Result<Self, String> {
        for (i, e) in entries.iter().enumerate() {
            if e.name.trim().is_empty() {
                return Err("a column without a name".into());
            }
            if entries[..i].iter().any(|o| o.name == e.name) {
                return Err(format!("the column {} is registered twice", e.name));
            }
            if !e.role.many() && entries[..i].iter().any(|o| o.role == e.role) {
                return Err(format!(
                    "two columns have the role {} ({} and {})",
                    e.role.as_str(),
                    entries[..i]
                        .iter()
                        .find(|o| o.role == e.role)
                        .map_or("", |o| o.name.as_str()),
                    e.name
                ));
            }
        }
        let extras = entries
            .iter()
            .filter(|e| matches!(e.source, Source::Extra(_)))
            .count();
        for k in 0..extras {
            if !entries.iter().any(|e| e.source == Source::Extra(k as u16)) {
                return Err(format!("extra column {k} is not registered"));
            }
        }
        Ok(Self { entries })
    }

    /// Whether this is the generated portfolio's registry.
    pub fn is_standard(&self) -> bool {
        *self == Self::standard()
    }

    /// Every entry, in registry order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry named `name`.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The first entry with role `role`.
    pub fn by_role(&self, role: Role) -> Option<&Entry> {
        self.entries.iter().find(|e| e.role == role)
    }

    /// The entries a scorecard may read, in registry order.
    pub(crate) fn scorable(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.role.scorable())
    }
}

/// A column's values, borrowed: numbers (NaN missing) or dictionary codes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ColumnView<'a> {
    F64(&'a [f64]),
    F32(&'a [f32]),
    U8(&'a [u8]),
    I64(&'a [i64]),
    /// Codes into `labels`; an empty label or a code out of range is missing.
    Codes {
        codes: &'a [u8],
        labels: &'a [String],
    },
    Text(&'a super::text_column::TextColumn),
    /// An extra categorical column: codes into `labels`, `MISSING_CODE` missing.
    Codes32 {
        codes: &'a [u32],
        labels: &'a [String],
    },
    /// A source the portfolio does not hold: every value missing.
    Absent,
}

impl<'a> ColumnView<'a> {
    /// The value of row `i` as a scorecard sees it (missing past the end).
    #[inline]
    pub(crate) fn value(&self, i: usize) -> Value<'a> {
        let num = |x: Option<f64>| match x {
            Some(x) if !x.is_nan() => Value::Num(x),
            _ => Value::Missing,
        };
        match *self {
            ColumnView::F64(v) => num(v.get(i).copied()),
            ColumnView::F32(v) => num(v.get(i).map(|&x| f64::from(x))),
            ColumnView::U8(v) => num(v.get(i).map(|&x| f64::from(x))),
            ColumnView::I64(v) => num(v.get(i).map(|&x| x as f64)),
            ColumnView::Codes { codes, labels } => {
                match codes.get(i).and_then(|&c| labels.get(c as usize)) {
                    Some(s) if !s.is_empty() => Value::Cat(s),
                    _ => Value::Missing,
                }
            }
            ColumnView::Text(t) if i < t.len() => match t.get(i) {
                "" => Value::Missing,
                s => Value::Cat(s),
            },
            ColumnView::Text(_) => Value::Missing,
            ColumnView::Codes32 { codes, labels } => {
                match codes.get(i).and_then(|&c| labels.get(c as usize)) {
                    Some(s) => Value::Cat(s),
                    None => Value::Missing,
                }
            }
            ColumnView::Absent => Value::Missing,
        }
    }
}

/// What a source is read from: the applicants' columns, the derived debt-to-income
/// and the category dictionaries. Available before the portfolio is assembled (a
/// loader scores while it still reads the accounts).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Columns<'a> {
    pub applicants: &'a Applicants,
    pub dti: &'a [f64],
    pub channels: &'a [String],
    pub employments: &'a [String],
}

impl<'a> Columns<'a> {
    /// The values of `source`: the one map from a source to where it is held.
    #[inline]
    pub(crate) fn view(&self, source: Source) -> ColumnView<'a> {
        let a = self.applicants;
        match source {
            Source::Id => ColumnView::I64(&a.id),
            Source::Name => ColumnView::Text(&a.name),
            Source::Phone => ColumnView::Text(&a.phone),
            Source::Age => ColumnView::U8(&a.age),
            Source::CityTier => ColumnView::U8(&a.city_tier),
            Source::Channel => ColumnView::Codes {
                codes: &a.channel,
                labels: self.channels,
            },
            Source::Employment => ColumnView::Codes {
                codes: &a.employment,
                labels: self.employments,
            },
            Source::MonthlyIncome => ColumnView::F64(&a.monthly_income),
            Source::MonthlyDebt => ColumnView::F64(&a.monthly_debt),
            Source::Dti => ColumnView::F64(self.dti),
            Source::BureauMonths => ColumnView::F32(&a.bureau_months),
            Source::Delinquencies => ColumnView::F32(&a.delinquencies),
            Source::PlatformMonths => ColumnView::F32(&a.platform_months),
            Source::MonthlySpend => ColumnView::F32(&a.monthly_spend),
            Source::OrderCount => ColumnView::F32(&a.order_count),
            Source::ReturnRate => ColumnView::F32(&a.return_rate),
            Source::NightShare => ColumnView::F32(&a.night_share),
            Source::DeviceChanges => ColumnView::F32(&a.device_changes),
            Source::Extra(k) => match a.extra.get(k as usize) {
                Some(super::ExtraValues::Numeric(v)) => ColumnView::F64(v),
                Some(super::ExtraValues::Categorical { codes, labels }) => {
                    ColumnView::Codes32 { codes, labels }
                }
                None => ColumnView::Absent,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_roles_and_kinds() {
        let r = Registry::standard();
        assert_eq!(r.entries().len(), 18);
        assert_eq!(r.by_role(Role::Income).unwrap().name, "monthly_income");
        assert_eq!(r.by_role(Role::Dti).unwrap().name, "dti");
        assert_eq!(r.by_role(Role::Age).unwrap().name, "age");
        assert_eq!(
            r.by_role(Role::PlatformTenure).unwrap().name,
            "platform_months"
        );
        assert_eq!(r.get("channel").unwrap().kind, Kind::Categorical);
        // A scorecard reads the 15 characteristics, never the id, name or phone.
        let scorable: Vec<&str> = r.scorable().map(|e| e.name.as_str()).collect();
        assert_eq!(scorable.len(), 15);
        assert!(!scorable.contains(&"name") && !scorable.contains(&"id"));
        let mut names: Vec<&str> = r.entries().iter().map(|e| e.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 18, "names are unique");
    }

    #[test]
    fn views_read_values_with_missing() {
        let labels = vec!["app".to_string(), String::new()];
        let codes = [0u8, 1, 7];
        let v = ColumnView::Codes {
            codes: &codes,
            labels: &labels,
        };
        assert_eq!(v.value(0), Value::Cat("app"));
        assert_eq!(v.value(1), Value::Missing);
        assert_eq!(v.value(2), Value::Missing);
        let f = [1.5f32, f32::NAN];
        assert_eq!(ColumnView::F32(&f).value(0), Value::Num(1.5));
        assert_eq!(ColumnView::F32(&f).value(1), Value::Missing);
        assert_eq!(ColumnView::F32(&f).value(5), Value::Missing);
    }
}
