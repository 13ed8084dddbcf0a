//! The sample portfolio's risk register, drawn from the case study's risks and
//! controls (../shared/PRODUCT.md, "Risk register and early warning"): defaults in a
//! downturn, a data breach, regulatory change, system failure, fraud, funding
//! concentration, and the other categories the brief names. Review dates and action
//! plans are set against the sample's as-of date (2026-10-31): some are overdue, as in
//! a real register.

use rusqlite::Connection;

use crate::domain::analytics::kri::Kri;
use crate::domain::register::{ActionPlan, Category, Risk, RiskStatus};
use crate::store::audit::{self, NewEntry};
use crate::store::register::write_risk;

struct Entry {
    category: Category,
    title: &'static str,
    description: &'static str,
    owner: &'static str,
    rating: (u8, u8),
    controls: &'static str,
    residual: (u8, u8),
    target: u8,
    kris: &'static [Kri],
    review: &'static str,
    status: RiskStatus,
    actions: &'static [(&'static str, &'static str, &'static str, bool)],
}

const ENTRIES: &[Entry] = &[
    Entry {
        category: Category::Credit,
        title: "Credit default in a downturn",
        description: "A downturn in consumer income drives up defaults across the book, as in the case study's credit event.",
        owner: "Head of credit risk",
        rating: (4, 4),
        controls: "Application scorecard and cut-off; limits set by income and adjusted on repayment behaviour; monthly monitoring of roll rates, vintages and the early-warning watchlist",
        residual: (3, 4),
        target: 8,
        kris: &[
            Kri::Dpd90Rate,
            Kri::New90Rate,
            Kri::ExpectedLossRate,
            Kri::Dpd30Rate,
        ],
        review: "2026-12-31",
        status: RiskStatus::Mitigating,
        actions: &[
            (
                "Stress the book under the Severe scenario",
                "Credit risk",
                "2026-10-15",
                false,
            ),
            (
                "Back-test the scorecard on the 2026 vintages",
                "Model validation",
                "2026-11-30",
                false,
            ),
        ],
    },
    Entry {
        category: Category::Technology,
        title: "Breach of applicants' personal data",
        description: "Names and phone numbers of applicants leak through an export, a stolen laptop or an attack.",
        owner: "Chief information security officer",
        rating: (3, 5),
        controls: "Names and phones masked in every view and export; encryption at rest; every reveal and export logged with its purpose; notification plan for affected users",
        residual: (2, 4),
        target: 8,
        kris: &[],
        review: "2026-09-30",
        status: RiskStatus::Mitigating,
        actions: &[(
            "Annual penetration test",
            "Security team",
            "2026-12-15",
            false,
        )],
    },
    Entry {
        category: Category::Compliance,
        title: "Regulatory change on rates and limits",
        description: "New caps on annualised rates or on limits against income make part of the book non-compliant.",
        owner: "Head of compliance",
        rating: (3, 4),
        controls: "Compliance checks of every policy (limit caps, APR by IRR, age, income); policy updates through versioned saves with reasons",
        residual: (2, 3),
        target: 6,
        kris: &[Kri::ApprovalRate],
        review: "2027-01-31",
        status: RiskStatus::Open,
        actions: &[(
            "Review the plans priced above 24% a year",
            "Compliance",
            "2026-12-31",
            false,
        )],
    },
    Entry {
        category: Category::Operational,
        title: "System failure",
        description: "The decision and servicing systems stop; applications and repayments cannot be processed.",
        owner: "Head of IT operations",
        rating: (2, 4),
        controls: "Disaster recovery site; daily backups restored in a quarterly test",
        residual: (1, 4),
        target: 4,
        kris: &[],
        review: "2027-03-31",
        status: RiskStatus::Open,
        actions: &[(
            "Fail-over test of the decision engine",
            "IT operations",
            "2026-09-30",
            true,
        )],
    },
    Entry {
        category: Category::Operational,
        title: "Application and transaction fraud",
        description: "Synthetic identities and account takeovers book credit that is never repaid.",
        owner: "Fraud manager",
        rating: (3, 3),
        controls: "Transaction monitoring; device and behaviour signals (device changes, night-time activity) in the scorecard",
        residual: (2, 3),
        target: 6,
        kris: &[Kri::RollCurrentRate],
        review: "2026-11-30",
        status: RiskStatus::Open,
        actions: &[],
    },
    Entry {
        category: Category::Liquidity,
        title: "Funding concentration",
        description: "Most of the book is funded by two partners; one withdrawing would stop new lending.",
        owner: "Treasurer",
        rating: (2, 5),
        controls: "Diversified funding lines; a limit per funding partner",
        residual: (2, 4),
        target: 8,
        kris: &[Kri::Utilisation],
        review: "2026-12-31",
        status: RiskStatus::Mitigating,
        actions: &[(
            "Sign a third funding line",
            "Treasurer",
            "2027-03-31",
            false,
        )],
    },
    Entry {
        category: Category::Market,
        title: "Rising cost of funds",
        description: "Market rates rise faster than the fees charged can follow.",
        owner: "Treasurer",
        rating: (3, 3),
        controls: "Fee rates reviewed each quarter against the cost of funds",
        residual: (2, 3),
        target: 9,
        kris: &[],
        review: "2027-01-31",
        status: RiskStatus::Accepted,
        actions: &[],
    },
    Entry {
        category: Category::Reputational,
        title: "Complaints about unexplained declines",
        description: "Declined applicants complain in public that decisions are unfair or unexplained.",
        owner: "Head of customer service",
        rating: (2, 3),
        controls: "Reason codes for every decline; fair-lending monitor by age band, city tier and employment",
        residual: (2, 2),
        target: 4,
        kris: &[],
        review: "2027-02-28",
        status: RiskStatus::Open,
        actions: &[],
    },
    Entry {
        category: Category::Strategic,
        title: "Score drift as the applicant mix changes",
        description: "New channels bring applicants unlike those the scorecard was built on.",
        owner: "Head of analytics",
        rating: (3, 3),
        controls: "Monthly score PSI; the scorecard refitted when PSI exceeds 0.25",
        residual: (2, 3),
        target: 6,
        kris: &[Kri::ScorePsi, Kri::BookedRate],
        review: "2026-12-31",
        status: RiskStatus::Open,
        actions: &[],
    },
    Entry {
        category: Category::Legal,
        title: "Collections practices challenged",
        description: "A court or regulator finds collection calls abusive.",
        owner: "General counsel",
        rating: (2, 4),
        controls: "Collection scripts reviewed by legal; calls recorded",
        residual: (1, 4),
        target: 4,
        kris: &[Kri::OnWatchRate],
        review: "2027-01-31",
        status: RiskStatus::Open,
        actions: &[],
    },
];

/// The sample's risks, R01 first.
pub(crate) fn sample_risks() -> Vec<Risk> {
    ENTRIES
        .iter()
        .enumerate()
        .map(|(k, e)| Risk {
            id: format!("R{:02}", k + 1),
            category: e.category,
            title: e.title.into(),
            description: e.description.into(),
            owner: e.owner.into(),
            likelihood: e.rating.0,
            impact: e.rating.1,
            controls: e.controls.into(),
            residual_likelihood: e.residual.0,
            residual_impact: e.residual.1,
            target_rating: e.target,
            kris: e.kris.to_vec(),
            review_date: e.review.into(),
            status: e.status,
            actions: e
                .actions
                .iter()
                .map(|&(action, owner, due, done)| ActionPlan {
                    action: action.into(),
                    owner: owner.into(),
                    due: due.into(),
                    done,
                })
                .collect(),
        })
        .collect()
}

/// Writes the sample register with one audit entry (inside the caller's transaction).
pub(crate) fn write_sample(conn: &Connection, at: &str) -> rusqlite::Result<()> {
    let risks = sample_risks();
    for r in &risks {
        write_risk(conn, r)?;
    }
    let detail = format!(
        "{} risks from the case study: {}",
        risks.len(),
        risks
            .iter()
            .map(|r| format!("{} {}", r.id, r.title))
            .collect::<Vec<_>>()
            .join("; ")
    );
    audit::append(
        conn,
        &NewEntry {
            at,
            user: "generator",
            action: "risk register created",
            subject: "risk register",
            detail: &detail,
            reason: "the sample portfolio's register, drawn from the case study",
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_risk_is_valid() {
        let risks = sample_risks();
        assert_eq!(risks.len(), 10);
        for r in &risks {
            assert_eq!(r.check(), Ok(()), "{}", r.id);
        }
        // The credit-default risk is watched through the 90+ indicators.
        assert!(risks[0].kris.contains(&Kri::Dpd90Rate));
    }
}
