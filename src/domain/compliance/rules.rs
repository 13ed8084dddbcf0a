//! The compliance rules a portfolio is checked against, with their thresholds and
//! the public sources they come from (../shared/PRODUCT.md, "Compliance"). Rules
//! differ by licence and change over time, so they are read from a JSON file
//! (`riskdesk compliance --rules R.json`); the defaults below are what
//! `riskdesk compliance --print-rules` prints.

use serde::{Deserialize, Serialize};

/// Every rule, by what it checks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub limit_cap: LimitCap,
    pub limit_income: LimitIncome,
    pub apr: Apr,
    pub min_age: MinAge,
    pub barred_employment: BarredEmployment,
    pub income_required: IncomeRequired,
    pub fairness: Fairness,
}

/// A person's credit limit may not exceed `cap`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitCap {
    pub id: String,
    pub label: String,
    pub source: String,
    pub cap: f64,
}

/// A limit may not exceed `months_per_year × monthly income / divisor` (⅓ of an
/// annual income, with 12 × the monthly income as a labelled proxy for the three-year
/// average the rule names).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitIncome {
    pub id: String,
    pub label: String,
    pub source: String,
    pub months_per_year: f64,
    pub divisor: f64,
}

impl LimitIncome {
    /// The most this rule allows on a monthly income (NaN without a positive income).
    pub fn cap(&self, monthly_income: f64) -> f64 {
        if monthly_income > 0.0 {
            self.months_per_year * monthly_income / self.divisor
        } else {
            f64::NAN
        }
    }

    /// The limit as a multiple of the monthly income that the rule allows (4 by default).
    pub fn income_multiple(&self) -> f64 {
        self.months_per_year / self.divisor
    }
}

/// The annualised cost of an installment order, by the IRR method, against a watch
/// level, a breach level and a red line; the reference line is `lpr_multiple × lpr`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Apr {
    pub id: String,
    pub label: String,
    pub source: String,
    pub watch: f64,
    pub breach: f64,
    pub red_line: f64,
    pub lpr: f64,
    pub lpr_multiple: f64,
}

impl Apr {
    pub fn reference(&self) -> f64 {
        self.lpr * self.lpr_multiple
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinAge {
    pub id: String,
    pub label: String,
    pub source: String,
    pub min_age: u8,
}

/// Employment categories that may not be given consumer credit (`student`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarredEmployment {
    pub id: String,
    pub label: String,
    pub source: String,
    pub categories: Vec<String>,
}

/// No approval without a positive income.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeRequired {
    pub id: String,
    pub label: String,
    pub source: String,
}

/// The fair-lending screen: adverse impact ratios against the group approved most.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fairness {
    pub source: String,
    /// An AIR below this is red (the four-fifths rule).
    pub red_below: f64,
    /// An AIR below this (and not red) is amber.
    pub amber_below: f64,
    /// The fewest applicants a group needs to be the reference.
    pub min_reference_applicants: u64,
    /// Groups with fewer applicants are tested with Fisher's exact test.
    pub exact_test_below: u64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            limit_cap: LimitCap {
                id: "C01".into(),
                label: "Per-person credit limit cap".into(),
                source: "CBIRC Order 9 (2020), bank internet loans: a personal consumer credit line of at most ¥200,000; NFRA draft (Aug 2024): a household's consumer balance at ¥200,000".into(),
                cap: 200_000.0,
            },
            limit_income: LimitIncome {
                id: "C02".into(),
                label: "Limit at most a third of annual income".into(),
                source: "CBIRC/PBoC draft on online small loans (Nov 2020): at most ⅓ of the average annual income of the last three years; 12 × the monthly income stands in for that average".into(),
                months_per_year: 12.0,
                divisor: 3.0,
            },
            apr: Apr {
                id: "C03".into(),
                label: "Annualised cost of installment orders (IRR)".into(),
                source: "PBoC announcement 2021 No. 3 (annualised rate by the IRR method); SPC (Aug 2020): 4 × the one-year LPR; 2017 cash-loan notice: 36% red line; 2025 guidance: new lending under 24%".into(),
                watch: 0.20,
                breach: 0.24,
                red_line: 0.36,
                lpr: 0.03,
                lpr_multiple: 4.0,
            },
            min_age: MinAge {
                id: "C04".into(),
                label: "Minimum age".into(),
                source: "CBIRC et al. (Mar 2021) and the Civil Code: credit only to adults of 18 or more".into(),
                min_age: 18,
            },
            barred_employment: BarredEmployment {
                id: "C05".into(),
                label: "No consumer credit to students".into(),
                source: "CBIRC, CAC, MOE, MPS, PBoC notice (Mar 2021): no internet consumer lending to college students".into(),
                categories: vec!["student".into()],
            },
            income_required: IncomeRequired {
                id: "C06".into(),
                label: "Income required".into(),
                source: "Responsible lending: a limit is set on the borrower's repayment capacity, which needs a positive income".into(),
            },
            fairness: Fairness {
                source: "Four-fifths rule (EEOC Uniform Guidelines, used as a lending screen; 0.80–0.90 commonly watched); PIPL Art. 24: automated decisions transparent and fair".into(),
                red_below: 0.80,
                amber_below: 0.90,
                min_reference_applicants: 50,
                exact_test_below: 30,
            },
        }
    }
}

/// Why a rules file's text is not a rules file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvalidRules {
    /// Not JSON, a rule left out, an unknown field (serde's words).
    Json(String),
    /// A threshold out of its range: the JSON field (the first one named when
    /// several must hold together) and the whole message.
    Field {
        field: &'static str,
        message: String,
    },
}

impl std::fmt::Display for InvalidRules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvalidRules::Json(m) | InvalidRules::Field { message: m, .. } => f.write_str(m),
        }
    }
}

impl std::error::Error for InvalidRules {}

impl Rules {
    /// Checks every threshold; the error names the JSON field.
    pub fn validate(&self) -> Result<(), InvalidRules> {
        let bad =
            |field: &'static str, message: String| Err(InvalidRules::Field { field, message });
        let positive = |field: &'static str, x: f64| {
            if x.is_finite() && x > 0.0 {
                Ok(())
            } else {
                bad(field, format!("{field} must be a number above 0, got {x}"))
            }
        };
        positive("limit_cap.cap", self.limit_cap.cap)?;
        positive(
            "limit_income.months_per_year",
            self.limit_income.months_per_year,
        )?;
        positive("limit_income.divisor", self.limit_income.divisor)?;
        let a = &self.apr;
        positive("apr.watch", a.watch)?;
        positive("apr.breach", a.breach)?;
        positive("apr.red_line", a.red_line)?;
        positive("apr.lpr", a.lpr)?;
        positive("apr.lpr_multiple", a.lpr_multiple)?;
        if !(a.watch <= a.breach && a.breach <= a.red_line) {
            return bad(
                "apr.watch",
                format!(
                    "apr.watch ({}) ≤ apr.breach ({}) ≤ apr.red_line ({}) must hold",
                    a.watch, a.breach, a.red_line
                ),
            );
        }
        let f = &self.fairness;
        if !(f.red_below > 0.0 && f.red_below <= f.amber_below && f.amber_below <= 1.0) {
            return bad(
                "fairness.red_below",
                format!(
                    "0 < fairness.red_below ({}) ≤ fairness.amber_below ({}) ≤ 1 must hold",
                    f.red_below, f.amber_below
                ),
            );
        }
        for (field, id) in [
            ("limit_cap.id", &self.limit_cap.id),
            ("limit_income.id", &self.limit_income.id),
            ("apr.id", &self.apr.id),
            ("min_age.id", &self.min_age.id),
            ("barred_employment.id", &self.barred_employment.id),
            ("income_required.id", &self.income_required.id),
        ] {
            if id.trim().is_empty() {
                return bad(field, format!("{field} must not be empty"));
            }
        }
        Ok(())
    }

    /// Reads a rules file's text (every rule must be there: a file that leaves one
    /// out would silently check less).
    pub fn from_json(text: &str) -> Result<Self, InvalidRules> {
        let rules: Rules =
            serde_json::from_str(text).map_err(|e| InvalidRules::Json(e.to_string()))?;
        rules.validate()?;
        Ok(rules)
    }

    pub fn to_json(&self) -> String {
        // Plain data: serialising it cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_and_validate() {
        let r = Rules::default();
        assert!(r.validate().is_ok());
        assert_eq!(Rules::from_json(&r.to_json()).unwrap(), r);
        assert_eq!(r.apr.reference(), 0.12);
        assert_eq!(r.limit_income.income_multiple(), 4.0);
    }

    #[test]
    fn income_cap_is_a_third_of_twelve_months() {
        let r = Rules::default().limit_income;
        // ¥5,000 a month: ¥60,000 a year, a third of it ¥20,000.
        assert_eq!(r.cap(5_000.0), 20_000.0);
        assert!(r.cap(0.0).is_nan() && r.cap(f64::NAN).is_nan());
    }

    #[test]
    fn bad_files_are_refused_with_the_field() {
        let mut r = Rules::default();
        r.apr.breach = 0.5;
        assert!(r.validate().unwrap_err().to_string().contains("apr.breach"));
        let text = Rules::default()
            .to_json()
            .replace("\"cap\": 200000.0", "\"cap\": -1.0");
        assert!(
            Rules::from_json(&text)
                .unwrap_err()
                .to_string()
                .contains("limit_cap.cap")
        );
        let missing = r#"{"limit_cap": {"id": "C01", "label": "x", "source": "y", "cap": 1}}"#;
        assert!(Rules::from_json(missing).is_err());
    }
}
