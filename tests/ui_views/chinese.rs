//! The window in Chinese: every view drawn in zh-CN has a glyph for every character
//! it shows (no tofu), no message key in place of a text and no English word left
//! untranslated; and a view is driven by its Chinese labels.

use egui::FontId;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use riskdesk::i18n::Language;
use riskdesk::ui::{RiskdeskApp, Settings, Tab};
use riskdesk::workbench::Workbench;

use crate::{sample, shown};

fn chinese_app(tab: Tab, dark: bool) -> RiskdeskApp {
    RiskdeskApp::with_workbench(
        Workbench::from_opened(sample(), None),
        Settings {
            dark,
            tab,
            language: Some(Language::ZhCn),
            ..Settings::default()
        },
    )
}

fn harness_at(app: RiskdeskApp, size: [f32; 2]) -> Harness<'static, RiskdeskApp> {
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut RiskdeskApp| app.ui_frame(ui), app);
    h.run_steps(4);
    h
}

/// Every text the window exposes: labels and values of every node.
fn texts(h: &Harness<'_, RiskdeskApp>) -> Vec<String> {
    h.query_all(by().include_labels())
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// Text that comes from the data, not from the interface: names of the portfolio, its
/// channels, the card's variables and categories, policies and the audit log.
fn data_texts(h: &Harness<'_, RiskdeskApp>) -> Vec<String> {
    let d = h.state().data().expect("open");
    let p = &d.portfolio;
    let mut out = vec![p.name.clone(), "sample.db".to_string()];
    out.extend(p.channels.iter().cloned());
    for c in &p.scorecard.characteristics {
        // Not the English label: the sample card names every characteristic in Chinese.
        out.push(c.variable.clone());
        for b in &c.bins {
            if let riskdesk::domain::scorecard::BinRule::Categories { values } = &b.rule {
                out.extend(values.iter().cloned());
            }
        }
    }
    out.extend(d.policies.iter().map(|s| s.policy.name.clone()));
    out.push(d.champion.policy.name.clone());
    out.push(d.challenger.policy.name.clone());
    for e in &d.audit {
        out.extend([e.user.clone(), e.action.clone(), e.subject.clone()]);
        out.extend([e.detail.clone(), e.reason.clone()]);
        // The lab's log shows a detail's first line, shortened.
        let first = e.detail.lines().next().unwrap_or_default();
        out.push(first.chars().take(70).collect());
    }
    // The register's texts are the lender's own, in the language they wrote them.
    // A long one wraps, so its words go too.
    for r in &d.register.risks {
        let mut texts = vec![r.title.clone(), r.description.clone(), r.owner.clone()];
        texts.push(r.controls.clone());
        for a in &r.actions {
            texts.extend([a.action.clone(), a.owner.clone()]);
        }
        for t in texts {
            out.extend(t.split_whitespace().map(str::to_string));
            out.push(t);
        }
    }
    // egui's own name for a panel's resize handle (for screen readers; not drawn).
    out.push("Resize panel".to_string());
    // Longest first, so that a name is removed before a part of it.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Abbreviations Chinese credit-risk staff use as they are.
const KEPT: [&str; 17] = [
    "PD", "LGD", "EAD", "CCF", "AUC", "PSI", "KS", "ROC", "pp", "riskdesk", "HASH", "audit",
    // Kept in Chinese risk usage: the adverse impact ratio, the internal rate of
    // return, the loan prime rate, the file format.
    "AIR", "IRR", "LPR", "CSV",
    // The accounting standard is named so in Chinese too (IFRS 9).
    "IFRS",
];

/// What a Chinese window may not show: a message key ("menu-open"), a character no
/// bundled font has, or an English word of the interface.
fn problems(h: &mut Harness<'_, RiskdeskApp>) -> Vec<String> {
    let data = data_texts(h);
    let mut out = Vec::new();
    let font = FontId::proportional(14.0);
    for text in texts(h) {
        let key_like = text.contains('-')
            && text.chars().any(|c| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if key_like {
            out.push(format!("a message key: {text}"));
        }
        let missing: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !h.ctx.fonts_mut(|f| f.has_glyph(&font, *c)))
            .collect();
        if !missing.is_empty() {
            out.push(format!("no glyph for {missing:?} in {text:?}"));
        }
        let mut rest = text.clone();
        for d in &data {
            if !d.is_empty() {
                rest = rest.replace(d.as_str(), " ");
            }
        }
        // `riskdesk audit verify --head HASH` is a command line, kept as typed.
        rest = rest.replace("riskdesk audit verify --head HASH", " ");
        for word in rest.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 3 && !KEPT.contains(&word) {
                out.push(format!("English “{word}” in {text:?}"));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_view_in_chinese_has_its_glyphs_and_no_english_left() {
    let first_id = sample().portfolio.applicants.id[0];
    let mut found = Vec::new();
    for size in [[1100.0, 700.0], [1600.0, 1000.0]] {
        for tab in Tab::ALL {
            let mut app = chinese_app(tab, false);
            if tab == Tab::Applicants {
                assert!(app.select_applicant(first_id));
            }
            if tab == Tab::PolicyLab {
                let mut p = app.data().expect("open").champion.policy.clone();
                p.cutoff += 20;
                p.name = "Cut-off +20".into();
                app.apply(riskdesk::ui::Command::SetChallenger(p));
            }
            let mut h = harness_at(app, size);
            for p in problems(&mut h) {
                found.push(format!("{tab:?} at {size:?}: {p}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_chinese_officer_drives_the_lab_by_its_chinese_labels_and_switches_to_english() {
    let mut h = harness_at(chinese_app(Tab::Overview, false), [1280.0, 800.0]);
    assert!(shown(&h, "每月申请量与准入率"));
    h.get_by_label("策略实验室").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.tab, Tab::PolicyLab);
    h.get_by_role_and_label(Role::Slider, "准入线")
        .set_value_accesskit(600.0);
    h.step();
    assert_eq!(
        h.state().data().expect("open").challenger.policy.cutoff,
        600
    );
    assert!(shown(&h, "挑战者策略，准入线 600"));
    assert!(shown(&h, "挑战者策略"));
    // The swap set's summary is in Chinese with the same figures.
    let swapped_out = h.state().data().expect("open").swap.swapped_out().count;
    let out = riskdesk::format::thousands(swapped_out as f64);
    assert!(
        h.query_by_label_contains(&format!("换出 {out}（"))
            .is_some(),
        "换出 {out}"
    );
    // 视图 > English: live, and remembered in the settings.
    h.get_by_label("视图").click();
    h.run_steps(2);
    h.get_by_label("English").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.language, Some(Language::En));
    assert!(shown(&h, "Policy lab"));
    assert!(shown(&h, "challenger, cut-off 600"));
    assert!(h.query_by_label("策略实验室").is_none());
    // And back: View > 简体中文.
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("简体中文").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.language, Some(Language::ZhCn));
    assert!(shown(&h, "策略实验室"));
}

#[test]
fn the_applicant_detail_gives_the_customer_reasons_in_chinese() {
    let opened = sample();
    let first_id = opened.portfolio.applicants.id[0];
    let mut app = chinese_app(Tab::Applicants, false);
    assert!(app.select_applicant(first_id));
    let h = harness_at(app, [1600.0, 1000.0]);
    assert!(shown(&h, "评分原因代码"));
    let d = h.state().data().expect("open");
    let card = &d.portfolio.scorecard;
    let zh: Vec<&str> = card
        .reason_texts
        .iter()
        .filter(|r| r.language == "zh-CN")
        .map(|r| r.text.as_str())
        .collect();
    assert!(!zh.is_empty(), "the sample card has Chinese reason texts");
    assert!(
        zh.iter()
            .any(|t| h.query_all_by_label_contains(t).count() > 0),
        "no Chinese reason text shown"
    );
}

#[test]
fn a_name_typed_through_an_input_method_searches_the_table() {
    let mut h = harness_at(chinese_app(Tab::Applicants, false), [1280.0, 800.0]);
    h.get_by_role_and_label(Role::TextInput, "搜索").click();
    h.run_steps(2);
    // What an input method sends (winit's Ime events as egui gets them): the pinyin
    // being composed, then the characters chosen.
    for event in [
        egui::ImeEvent::Preedit {
            text: "zhang".into(),
            active_range_chars: None,
        },
        egui::ImeEvent::Commit("张".into()),
    ] {
        h.event(egui::Event::Ime(event));
        h.run_steps(2);
    }
    h.run_steps(4);
    let app = h.state();
    assert_eq!(app.table.query.search, "张");
    let p = &app.data().expect("open").portfolio;
    assert!(!app.table.rows.is_empty());
    assert!(
        app.table
            .rows
            .iter()
            .all(|&i| p.applicants.name.get(i as usize).contains('张'))
    );
    assert!(app.table.rows.len() < p.len());
}

#[test]
fn the_csv_export_gives_the_reasons_in_the_window_language_and_the_same_codes() {
    let dir = crate::common::temp_dir("ui-export-zh");
    let export = |lang: Language, file: &str| {
        let app = RiskdeskApp::with_workbench(
            Workbench::from_opened(sample(), None),
            Settings {
                tab: Tab::Applicants,
                language: Some(lang),
                ..Settings::default()
            },
        );
        // The table's rows come from its first query, run by the frames.
        let mut h = harness_at(app, [1280.0, 800.0]);
        let path = dir.join(file);
        h.state_mut()
            .apply(riskdesk::ui::Command::ExportCsvTo(path.clone()));
        let app = h.state();
        assert!(!app.status().is_error(), "{}", app.message());
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.trim_start_matches('\u{feff}').to_string();
        text.lines().map(String::from).collect::<Vec<_>>()
    };
    let zh = export(Language::ZhCn, "zh.csv");
    let en = export(Language::En, "en.csv");
    // The headers are English in both, the reasons last.
    assert_eq!(zh[0], en[0]);
    assert!(
        zh[0].ends_with(
            ",outcome,reason_codes,reasons,rule,reason_1,reason_2,reason_3,reason_4,\
             reason_text_1,reason_text_2,reason_text_3,reason_text_4"
        ),
        "{}",
        zh[0]
    );
    assert_eq!(zh.len(), en.len());
    let row = |line: &str| {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_bytes());
        r.records().next().unwrap().unwrap()
    };
    // Applicant 1 (row 1): the same codes, the reasons as the sample card words them
    // in each language (its bureau history is missing: that bin's own text).
    let (z, e) = (row(&zh[1]), row(&en[1]));
    assert_eq!((&z[0], &z[11]), ("1", "R02;R03;R06;R04"));
    assert_eq!(&e[11], &z[11]);
    assert_eq!(
        &e[12],
        "No credit history on record; Previous late payments on record; Many returned orders; Short time as a platform customer"
    );
    assert_eq!(
        &z[12],
        "无征信记录; 有逾期还款记录; 退货订单较多; 成为平台客户的时间较短"
    );
    // Every other column is the same in both languages (files for programs).
    for k in 0..11 {
        assert_eq!(&z[k], &e[k], "column {k}");
    }
}
