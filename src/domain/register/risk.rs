//! One risk of the register, its checks and what changed between two versions of it.

use crate::domain::analytics::kri::Kri;
use crate::domain::import::dates::parse_date;

/// The categories of ../shared/PRODUCT.md (the case study's, plus liquidity/funding).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Credit,
    Operational,
    Compliance,
    Market,
    Liquidity,
    Technology,
    Reputational,
    Legal,
    Strategic,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Credit,
        Category::Operational,
        Category::Compliance,
        Category::Market,
        Category::Liquidity,
        Category::Technology,
        Category::Reputational,
        Category::Legal,
        Category::Strategic,
    ];

    /// The key in the file and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Category::Credit => "credit",
            Category::Operational => "operational",
            Category::Compliance => "compliance",
            Category::Market => "market",
            Category::Liquidity => "liquidity",
            Category::Technology => "technology",
            Category::Reputational => "reputational",
            Category::Legal => "legal",
            Category::Strategic => "strategic",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where a risk stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RiskStatus {
    Open,
    Mitigating,
    Accepted,
    Closed,
}

impl RiskStatus {
    pub const ALL: [RiskStatus; 4] = [
        RiskStatus::Open,
        RiskStatus::Mitigating,
        RiskStatus::Accepted,
        RiskStatus::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RiskStatus::Open => "open",
            RiskStatus::Mitigating => "mitigating",
            RiskStatus::Accepted => "accepted",
            RiskStatus::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<RiskStatus> {
        RiskStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// An action plan of a risk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionPlan {
    pub action: String,
    pub owner: String,
    /// ISO date, "2026-12-31".
    pub due: String,
    pub done: bool,
}

impl ActionPlan {
    /// "Back-test the card (Model validation, 2026-11-30, done)": the audit log's and
    /// the CSV's wording.
    pub fn describe(&self) -> String {
        format!(
            "{} ({}, {}{})",
            self.action,
            self.owner,
            self.due,
            if self.done { ", done" } else { "" }
        )
    }
}

/// A risk of the register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Risk {
    /// "R01".
    pub id: String,
    pub category: Category,
    pub title: String,
    pub description: String,
    pub owner: String,
    /// 1–5 each, before the controls.
    pub likelihood: u8,
    pub impact: u8,
    pub controls: String,
    /// 1–5 each, after the controls.
    pub residual_likelihood: u8,
    pub residual_impact: u8,
    /// The rating the lender is prepared to carry (1–25).
    pub target_rating: u8,
    pub kris: Vec<Kri>,
    /// ISO date of the next review.
    pub review_date: String,
    pub status: RiskStatus,
    pub actions: Vec<ActionPlan>,
}

/// Why a risk cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RiskError {
    NoId,
    NoTitle,
    NoOwner,
    /// A likelihood or impact outside 1–5 (which).
    OutOfScale(&'static str),
    TargetOutOfScale,
    /// Not an ISO date (what, the text).
    BadDate(String, String),
    /// An action plan without its action or owner.
    IncompleteAction(usize),
}

impl std::fmt::Display for RiskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RiskError::NoId => write!(f, "a risk needs an id"),
            RiskError::NoTitle => write!(f, "a risk needs a title"),
            RiskError::NoOwner => write!(f, "a risk needs an owner"),
            RiskError::OutOfScale(what) => write!(f, "the {what} must be 1 to 5"),
            RiskError::TargetOutOfScale => write!(f, "the target rating must be 1 to 25"),
            RiskError::BadDate(what, text) => {
                write!(f, "the {what} \"{text}\" is not a date as 2026-12-31")
            }
            RiskError::IncompleteAction(k) => {
                write!(f, "action plan {} needs an action and an owner", k + 1)
            }
        }
    }
}

/// Whether `s` is an ISO date that exists.
fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && s.as_bytes()[4] == b'-' && parse_date(s, None).is_ok()
}

impl Risk {
    /// An empty risk to fill in (open, 3 × 3, target 9).
    pub fn blank() -> Self {
        Self {
            id: String::new(),
            category: Category::Credit,
            title: String::new(),
            description: String::new(),
            owner: String::new(),
            likelihood: 3,
            impact: 3,
            controls: String::new(),
            residual_likelihood: 3,
            residual_impact: 3,
            target_rating: 9,
            kris: Vec::new(),
            review_date: String::new(),
            status: RiskStatus::Open,
            actions: Vec::new(),
        }
    }

    /// Likelihood × impact, before the controls.
    pub fn rating(&self) -> u8 {
        self.likelihood * self.impact
    }

    /// Likelihood × impact, after the controls.
    pub fn residual_rating(&self) -> u8 {
        self.residual_likelihood * self.residual_impact
    }

    /// The residual rating is above the target (outside the appetite).
    pub fn above_appetite(&self) -> bool {
        self.residual_rating() > self.target_rating
    }

    /// The review date is before `as_of` (ISO dates compare as text).
    pub fn review_overdue(&self, as_of: &str) -> bool {
        self.status != RiskStatus::Closed && self.review_date.as_str() < as_of
    }

    /// Action plans not done and due before `as_of`.
    pub fn actions_overdue(&self, as_of: &str) -> usize {
        if self.status == RiskStatus::Closed {
            return 0;
        }
        self.actions
            .iter()
            .filter(|a| !a.done && a.due.as_str() < as_of)
            .count()
    }

    /// Checks what the file's constraints and the register need.
    pub fn check(&self) -> Result<(), RiskError> {
        if self.id.trim().is_empty() {
            return Err(RiskError::NoId);
        }
        if self.title.trim().is_empty() {
            return Err(RiskError::NoTitle);
        }
        if self.owner.trim().is_empty() {
            return Err(RiskError::NoOwner);
        }
        for (what, x) in [
            ("likelihood", self.likelihood),
            ("impact", self.impact),
            ("residual likelihood", self.residual_likelihood),
            ("residual impact", self.residual_impact),
        ] {
            if !(1..=5).contains(&x) {
                return Err(RiskError::OutOfScale(what));
            }
        }
        if !(1..=25).contains(&self.target_rating) {
            return Err(RiskError::TargetOutOfScale);
        }
        if !is_iso_date(&self.review_date) {
            return Err(RiskError::BadDate(
                "review date".into(),
                self.review_date.clone(),
            ));
        }
        for (k, a) in self.actions.iter().enumerate() {
            if a.action.trim().is_empty() || a.owner.trim().is_empty() {
                return Err(RiskError::IncompleteAction(k));
            }
            if !is_iso_date(&a.due) {
                return Err(RiskError::BadDate("due date".into(), a.due.clone()));
            }
        }
        Ok(())
    }

    /// What changed from `old`, for the audit entry ("likelihood 3 → 4").
    pub fn changes_from(&self, old: &Risk) -> Vec<String> {
        let mut out = Vec::new();
        let mut field = |name: &str, a: String, b: String| {
            if a != b {
                out.push(format!("{name} {a} → {b}"));
            }
        };
        field(
            "category",
            old.category.key().into(),
            self.category.key().into(),
        );
        field("title", old.title.clone(), self.title.clone());
        field(
            "description",
            old.description.clone(),
            self.description.clone(),
        );
        field("owner", old.owner.clone(), self.owner.clone());
        field(
            "likelihood",
            old.likelihood.to_string(),
            self.likelihood.to_string(),
        );
        field("impact", old.impact.to_string(), self.impact.to_string());
        field("controls", old.controls.clone(), self.controls.clone());
        field(
            "residual likelihood",
            old.residual_likelihood.to_string(),
            self.residual_likelihood.to_string(),
        );
        field(
            "residual impact",
            old.residual_impact.to_string(),
            self.residual_impact.to_string(),
        );
        field(
            "target rating",
            old.target_rating.to_string(),
            self.target_rating.to_string(),
        );
        let kris = |r: &Risk| {
            r.kris
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(", ")
        };
        field("KRIs", kris(old), kris(self));
        field(
            "review date",
            old.review_date.clone(),
            self.review_date.clone(),
        );
        field("status", old.status.key().into(), self.status.key().into());
        let plans = |r: &Risk| {
            r.actions
                .iter()
                .map(ActionPlan::describe)
                .collect::<Vec<_>>()
                .join("; ")
        };
        field("action plans", plans(old), plans(self));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Risk {
        Risk {
            id: "R01".into(),
            title: "Credit default in a downturn".into(),
            owner: "Head of credit risk".into(),
            likelihood: 3,
            impact: 4,
            residual_likelihood: 2,
            residual_impact: 4,
            target_rating: 8,
            review_date: "2026-09-30".into(),
            actions: vec![ActionPlan {
                action: "Tighten the cut-off".into(),
                owner: "Policy team".into(),
                due: "2026-11-30".into(),
                done: false,
            }],
            ..Risk::blank()
        }
    }

    #[test]
    fn ratings_appetite_and_overdue() {
        let r = sample();
        assert_eq!((r.rating(), r.residual_rating()), (12, 8));
        assert!(!r.above_appetite());
        // As of 2026-10-31 the review (2026-09-30) is overdue, the action (due
        // 2026-11-30) is not; as of 2026-12-01 both are.
        assert!(r.review_overdue("2026-10-31"));
        assert_eq!(r.actions_overdue("2026-10-31"), 0);
        assert_eq!(r.actions_overdue("2026-12-01"), 1);
        assert!(!r.review_overdue("2026-09-30"));
        let mut closed = r.clone();
        closed.status = RiskStatus::Closed;
        assert!(!closed.review_overdue("2027-01-01"));
    }

    #[test]
    fn checks() {
        assert_eq!(sample().check(), Ok(()));
        let mut r = sample();
        r.likelihood = 6;
        assert_eq!(r.check(), Err(RiskError::OutOfScale("likelihood")));
        let mut r = sample();
        r.review_date = "2026-02-30".into();
        assert!(matches!(r.check(), Err(RiskError::BadDate(..))));
        let mut r = sample();
        r.review_date = "30.09.2026".into();
        assert!(matches!(r.check(), Err(RiskError::BadDate(..))));
        let mut r = sample();
        r.owner = " ".into();
        assert_eq!(r.check(), Err(RiskError::NoOwner));
        let mut r = sample();
        r.actions[0].owner.clear();
        assert_eq!(r.check(), Err(RiskError::IncompleteAction(0)));
        let mut r = sample();
        r.target_rating = 0;
        assert_eq!(r.check(), Err(RiskError::TargetOutOfScale));
    }

    #[test]
    fn changes_are_worded_for_the_audit_log() {
        let old = sample();
        let mut new = old.clone();
        new.likelihood = 4;
        new.kris = vec![Kri::Dpd90Rate];
        assert_eq!(
            new.changes_from(&old),
            ["likelihood 3 → 4", "KRIs  → dpd90_rate"]
        );
        assert!(old.changes_from(&old).is_empty());
    }
}
