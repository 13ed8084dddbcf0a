//! `riskdesk scorecard install`: makes a card the scorecard in force in a portfolio,
//! in one transaction with an audit entry, after checking that the portfolio holds
//! every characteristic the card reads. Prints what changes: the approval rate under
//! the policy in force before and after, and the card's calibration by band
//! (observed against predicted bad rate over the applicants with an outcome).

use std::path::PathBuf;

use super::read_card;
use crate::cli::{Failure, OrInput};
use crate::domain::analytics::band_risk::band_risk;
use crate::domain::evaluation::evaluate;
use crate::domain::policy::Policy;
use crate::domain::scorecard::Kind;
use crate::format::{display_width, pad, pct, thousands};
use crate::i18n::{self, Arg, Language};
use crate::store;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The portfolio file.
    #[arg(long)]
    pub db: PathBuf,
    /// The scorecard to put in force (JSON from `scorecard fit`).
    #[arg(long)]
    pub card: PathBuf,
    /// Why (recorded in the audit log).
    #[arg(long)]
    pub reason: String,
}

pub(crate) fn run(a: Args, lang: Language) -> Result<(), Failure> {
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        i18n::text_with(lang, id, &args)
    };
    if a.reason.trim().is_empty() {
        return Err(Failure::input(t("install-no-reason", &[])));
    }
    let card = read_card(&a.card, lang)?.scorecard;
    let opened = store::open(&a.db).or_input(lang)?;
    let p = &opened.portfolio;
    // Every characteristic the card reads, in the portfolio, of the same kind.
    for c in &card.characteristics {
        let columns = || {
            p.registry
                .scorable()
                .map(|e| e.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match p.registry.get(&c.variable) {
            None => {
                return Err(Failure::input(t(
                    "install-missing-characteristic",
                    &[("name", c.variable.clone()), ("columns", columns())],
                )));
            }
            Some(e) if !e.role.scorable() => {
                return Err(Failure::input(t(
                    "install-personal-characteristic",
                    &[("name", c.variable.clone())],
                )));
            }
            Some(e) if e.kind != c.kind => {
                let kind = |k: Kind| match k {
                    Kind::Numeric => "numeric",
                    Kind::Categorical => "categorical",
                };
                return Err(Failure::input(t(
                    "install-wrong-kind",
                    &[
                        ("name", c.variable.clone()),
                        ("card", kind(c.kind).into()),
                        ("portfolio", kind(e.kind).into()),
                    ],
                )));
            }
            Some(_) => {}
        }
    }
    let saved_champion = opened.policies.iter().any(|s| s.is_champion);
    let before = p
        .has_scorecard()
        .then(|| evaluate(&opened.champion, p).total.approval_rate());
    let mut after_p = p.clone();
    after_p.scorecard = card.clone();
    after_p
        .derive()
        .map_err(|e| Failure::input(format!("{}: {e}", a.card.display())))?;
    // A file with no policy in force gets the default carried to the card's scaling.
    let policy = if saved_champion {
        opened.champion.clone()
    } else {
        Policy::default().for_scaling(&card.scaling)
    };
    let after = evaluate(&policy, &after_p).total.approval_rate();
    let rate = |x: Option<f64>| x.map_or("–".to_string(), pct);
    let names: Vec<&str> = card
        .characteristics
        .iter()
        .map(|c| c.variable.as_str())
        .collect();
    let detail = format!(
        "{} characteristics ({}); approval rate under {}: {} before, {} after",
        names.len(),
        names.join(", "),
        policy.name,
        rate(before),
        pct(after)
    );
    let at = store::who::now_utc();
    let user = store::who::account_name();
    let stamp = store::write::Stamp {
        at: &at,
        user: &user,
        reason: &a.reason,
    };
    store::write::install_scorecard(&a.db, &card, &detail, &stamp).or_input(lang)?;
    let mut out = t(
        "install-done",
        &[
            ("name", card.name.clone()),
            ("path", a.db.display().to_string()),
            ("n", names.len().to_string()),
        ],
    ) + "\n";
    out += &(t(
        "install-approval",
        &[
            ("policy", policy.name.clone()),
            ("before", rate(before)),
            ("after", pct(after)),
        ],
    ) + "\n");
    let risk = band_risk(&after_p);
    let observed: u64 = risk.iter().map(|r| r.mature).sum();
    let definition = after_p
        .outcome_definition
        .clone()
        .unwrap_or_else(|| i18n::text(lang, "install-own-definition"));
    out += &(t(
        "install-calibration",
        &[
            ("n", thousands(observed as f64)),
            ("definition", definition),
        ],
    ) + "\n");
    let edges = card.bands();
    let labels: Vec<String> = (0..risk.len()).map(|b| edges.label(b)).collect();
    let header = t("install-col-band", &[]);
    // Display width, so that "A (≥ 650)" and 等级 line up.
    let band_width = labels
        .iter()
        .chain(std::iter::once(&header))
        .map(|l| display_width(l))
        .max()
        .unwrap_or(0);
    let row = |cells: [&str; 4]| {
        let mut line = pad(cells[0], band_width, false);
        for (c, w) in cells[1..].iter().zip([12, 14, 14]) {
            line += &pad(c, w, true);
        }
        line + "\n"
    };
    out += &row([
        &header,
        &t("install-col-outcomes", &[]),
        &t("install-col-observed", &[]),
        &t("install-col-predicted", &[]),
    ]);
    for (r, label) in risk.iter().zip(&labels) {
        let show = |x: f64| {
            if r.mature == 0 {
                "–".to_string()
            } else {
                pct(x)
            }
        };
        out += &row([
            label,
            &thousands(r.mature as f64),
            &show(r.default_rate()),
            &show(r.predicted_pd()),
        ]);
    }
    print!("{out}");
    Ok(())
}
