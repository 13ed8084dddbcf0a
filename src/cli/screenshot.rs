//! `riskdesk screenshot`: any view of the workbench to a PNG, with no display.
//!
//! The same view code as the window draws into an offscreen egui context rendered on
//! the CPU (`ui::headless`). Pictures are deterministic: fixed data (the portfolio's
//! as-of date, never the clock), fixed size and scale, no animation or hover, personal
//! data masked. A picture that is almost one colour, or not of the asked size, is an
//! error, so CI catches a blank or broken view.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::Failure;
use super::report::read_policy;
use crate::domain::policy::Policy;
use crate::i18n::Language;
use crate::out_file::{OutFile, Overwrite};
use crate::store::{self, Opened};
use crate::ui::headless::{self, Frame};
use crate::ui::{RiskdeskApp, Settings, Tab};
use crate::workbench::Workbench;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// View: overview, applicants, applicant (one selected, detail open),
    /// policy-lab, policy (the lab with --policy as challenger), charts.
    #[arg(long, required_unless_present = "all")]
    pub view: Option<String>,
    /// PNG to write (the name must end in .png).
    #[arg(long, required_unless_present = "all")]
    pub out: Option<PathBuf>,
    /// Every view in both themes into --out-dir (and, with --lang all, in both
    /// languages).
    #[arg(long, requires = "out_dir", conflicts_with_all = ["view", "out"])]
    pub all: bool,
    /// Folder for --all (created if missing): one VIEW-THEME.png per view and theme;
    /// VIEW-THEME-LANG.png when --lang is given (en, zh-CN, or all for both).
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
    /// Replace files that exist (never the portfolio or the policy read).
    #[arg(long)]
    pub force: bool,
    /// Portfolio file.
    #[arg(long, default_value = "sample.db")]
    pub db: PathBuf,
    /// Applicant id for the `applicant` view (default: the first booked applicant).
    #[arg(long)]
    pub applicant: Option<i64>,
    /// Challenger policy (JSON) for the `policy` view (default: the policy in force
    /// with the cut-off 20 points higher).
    #[arg(long)]
    pub policy: Option<PathBuf>,
    /// Size in points, WIDTHxHEIGHT.
    #[arg(long, default_value = "1600x1000")]
    pub size: String,
    /// Colour theme.
    #[arg(long, default_value = "light", value_parser = ["light", "dark"])]
    pub theme: String,
    /// Pixels per point: 1 or 2.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
}

/// The views this command draws.
pub const VIEWS: [&str; 11] = [
    "overview",
    "applicants",
    "applicant",
    "policy-lab",
    "policy",
    "charts",
    "compliance",
    "watchlist",
    "kris",
    "register",
    "stress",
];

fn parse_size(s: &str) -> Result<(f32, f32), Failure> {
    let bad = || {
        Failure::input(format!(
            "--size {s:?}: expected WIDTHxHEIGHT, e.g. 1600x1000"
        ))
    };
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: f32 = w.trim().parse().map_err(|_| bad())?;
    let h: f32 = h.trim().parse().map_err(|_| bad())?;
    if !(200.0..=8000.0).contains(&w) || !(200.0..=8000.0).contains(&h) {
        return Err(Failure::input(format!(
            "--size {s}: width and height must be between 200 and 8000"
        )));
    }
    Ok((w, h))
}

/// What one picture shows.
pub(crate) struct Shot {
    pub view: String,
    pub frame: Frame,
    pub applicant: Option<i64>,
    pub challenger: Option<Policy>,
    /// The language of the window's text.
    pub lang: Language,
}

/// Renders one view of `opened`. The image is checked: of the asked size, not blank.
pub(crate) fn render_view(opened: &Opened, shot: &Shot) -> Result<image::RgbaImage, Failure> {
    let tab = match shot.view.as_str() {
        "overview" => Tab::Overview,
        "applicants" | "applicant" => Tab::Applicants,
        "policy-lab" | "policy" => Tab::PolicyLab,
        "charts" => Tab::Charts,
        "compliance" => Tab::Compliance,
        "watchlist" => Tab::Watchlist,
        "kris" => Tab::Kris,
        "register" => Tab::Register,
        "stress" => Tab::Stress,
        other => {
            return Err(Failure::input(format!(
                "unknown view {other:?}; views: {}",
                VIEWS.join(", ")
            )));
        }
    };
    let settings = Settings {
        dark: shot.frame.dark,
        tab,
        language: Some(shot.lang),
        ..Settings::default()
    };
    let workbench = Workbench::from_opened(opened.clone(), None);
    let mut app = RiskdeskApp::with_workbench(workbench, settings);
    if shot.view == "applicant" {
        let id = match shot.applicant {
            Some(id) => id,
            None => first_booked(opened).ok_or_else(|| {
                Failure::input("the portfolio has no booked applicant; pass --applicant ID")
            })?,
        };
        if !app.select_applicant(id) {
            return Err(Failure::input(format!(
                "{}: no applicant with id {id}",
                opened.path.display()
            )));
        }
    }
    if shot.view == "policy" {
        let challenger = shot.challenger.clone().unwrap_or_else(|| Policy {
            name: "Cut-off +20".into(),
            cutoff: opened.champion.cutoff + 20,
            ..opened.champion.clone()
        });
        app.set_challenger(challenger);
    }
    if shot.view == "compliance" {
        // The trainer's demo: students declined (the breach remedied), limits raised
        // past a third of income (a new one).
        let challenger = shot.challenger.clone().unwrap_or_else(|| Policy {
            name: "Students declined, multiple 3.0".into(),
            declined_employment: vec!["student".into()],
            income_multiple: 3.0,
            max_limit: 50_000.0,
            ..opened.champion.clone()
        });
        app.set_challenger(challenger);
    }
    let frame = shot.frame;
    // egui or the renderer panicking must not take the command down with a trace.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        headless::render(
            frame,
            app,
            |_| {},
            |ui, app: &mut RiskdeskApp| app.ui_frame(ui),
        )
    }));
    let (image, _) = match result {
        Ok(Ok(done)) => done,
        Ok(Err(e)) => return Err(Failure::input(e)),
        Err(_) => {
            return Err(Failure {
                code: 1,
                message: format!("drawing the {} view failed (a panic)", shot.view),
            });
        }
    };
    check_image(&image, &shot.view, frame)?;
    Ok(image)
}

/// Of the asked size and not (almost) one colour.
pub(crate) fn check_image(
    image: &image::RgbaImage,
    view: &str,
    frame: Frame,
) -> Result<(), Failure> {
    let want = (
        (frame.width * frame.scale).round() as u32,
        (frame.height * frame.scale).round() as u32,
    );
    if image.dimensions() != want {
        return Err(Failure {
            code: 1,
            message: format!(
                "the {view} view rendered at {:?}, not the asked {want:?}",
                image.dimensions()
            ),
        });
    }
    let mut counts = std::collections::HashMap::new();
    for p in image.pixels() {
        *counts.entry(p.0).or_insert(0usize) += 1;
    }
    let top = counts.values().copied().max().unwrap_or(0);
    let total = (want.0 as usize * want.1 as usize).max(1);
    if top as f64 / total as f64 > 0.985 {
        return Err(Failure {
            code: 1,
            message: format!("the {view} view is blank (one colour covers almost all of it)"),
        });
    }
    Ok(())
}

/// The first booked applicant: the first account's, else (an import without
/// accounts) the first with an outcome the lender gave, else the first applicant.
fn first_booked(o: &Opened) -> Option<i64> {
    let p = &o.portfolio;
    let row = p
        .accounts
        .applicant
        .first()
        .map(|&r| r as usize)
        .or_else(|| {
            p.applicants
                .given_outcome
                .iter()
                .position(|g| *g != crate::domain::portfolio::GivenOutcome::None)
                .or((!p.is_empty()).then_some(0))
        })?;
    p.applicants.id.get(row).copied()
}

/// Writes `image` as PNG into the reserved file's temporary name.
fn save(image: &image::RgbaImage, out: &OutFile) -> Result<(), Failure> {
    image
        .save_with_format(out.temp_path(), image::ImageFormat::Png)
        .map_err(|e| Failure::input(format!("{}: cannot be written: {e}", out.path().display())))
}

/// `lang` is the language resolved (from `--lang` or the locale); `asked` is what
/// `--lang` said, if anything: with `--all`, an asked language (or `all`, both) is
/// named in the files, VIEW-THEME-LANG.png.
pub(crate) fn run(a: Args, lang: Language, asked: Option<&str>) -> Result<(), Failure> {
    let languages: Vec<Language> = match asked {
        Some("all") => Language::ALL.to_vec(),
        _ => vec![lang],
    };
    let (width, height) = parse_size(&a.size)?;
    if a.scale != 1.0 && a.scale != 2.0 {
        return Err(Failure::input("--scale must be 1 or 2"));
    }
    let dark = match a.theme.as_str() {
        "light" => false,
        "dark" => true,
        other => return Err(Failure::input(format!("--theme {other:?}: light or dark"))),
    };
    let overwrite = Overwrite::forced(a.force);
    // One picture: a view, a theme and a language at the asked size.
    let shot = |view: &str, dark: bool, lang: Language| Shot {
        lang,
        view: view.to_string(),
        frame: Frame {
            dark,
            width,
            height,
            scale: a.scale,
        },
        applicant: a.applicant,
        challenger: None,
    };
    let inputs: Vec<&Path> = std::iter::once(a.db.as_path())
        .chain(a.policy.as_deref())
        .collect();
    // Every file is checked before the first is drawn; all are put in place at the end.
    let outs: Vec<(Shot, OutFile)> = if a.all {
        let dir = a
            .out_dir
            .as_deref()
            .ok_or_else(|| Failure::input("--all needs --out-dir"))?;
        if !dir.is_dir() {
            std::fs::create_dir_all(dir).map_err(|e| {
                Failure::input(format!("{}: cannot be created: {e}", dir.display()))
            })?;
        }
        let mut outs = Vec::new();
        let mut todo = Vec::new();
        for view in VIEWS {
            for theme in [("light", false), ("dark", true)] {
                for &lang in &languages {
                    todo.push((view, theme, lang));
                }
            }
        }
        for (view, (theme, dark), lang) in todo {
            let name = match asked {
                Some(_) => format!("{view}-{theme}-{}.png", lang.tag()),
                None => format!("{view}-{theme}.png"),
            };
            let path = dir.join(name);
            outs.push((
                shot(view, dark, lang),
                OutFile::create(&path, overwrite, &inputs)?,
            ));
        }
        outs
    } else {
        let out = a
            .out
            .as_deref()
            .ok_or_else(|| Failure::input("--out is required"))?;
        if asked == Some("all") {
            return Err(Failure::input(
                "--lang all renders every view with --all; for one view use --lang en or --lang zh-CN",
            ));
        }
        vec![(
            shot(a.view.as_deref().unwrap_or_default(), dark, lang),
            OutFile::with_extension(out, "png", overwrite, &inputs)?,
        )]
    };
    let challenger = a.policy.as_deref().map(read_policy).transpose()?;
    let opened = store::open(&a.db)?;
    if let (Some(c), Some(path)) = (&challenger, &a.policy) {
        c.validate_for_scores(opened.portfolio.scorecard.score_range())
            .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    }
    let start = Instant::now();
    let mut rendered = Vec::with_capacity(outs.len());
    for (mut shot, out) in outs {
        shot.challenger = challenger.clone();
        let image = render_view(&opened, &shot)?;
        save(&image, &out)?;
        rendered.push(out);
    }
    for out in rendered {
        let path = out.path().display().to_string();
        out.commit()?;
        println!("{path}");
    }
    eprintln!("rendered in {}", crate::format::duration(start.elapsed()));
    Ok(())
}
