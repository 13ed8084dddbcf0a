//! The layers, checked from the source: each folder of `src` may name only the layers
//! below it (`crate::X` paths, grouped imports such as `use crate::{store, …}`
//! included), and only the domain is free of egui, SQLite, files and the clock.
//!
//! domain ← store ← workbench ← ui; `format`, `out_file` and `i18n` are utilities every layer
//! above the domain may use; `cli` and `main.rs` may use everything.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The crate modules each layer may name.
fn allowed(layer: &str) -> Option<&'static [&'static str]> {
    Some(match layer {
        "domain" => &["domain"],
        "store" => &["domain", "store", "format", "out_file", "i18n"],
        "workbench" => &["domain", "store", "workbench", "format", "out_file", "i18n"],
        "ui" => &["domain", "workbench", "ui", "format", "out_file", "i18n"],
        "format.rs" => &["i18n"],
        "out_file.rs" => &[],
        "i18n" => &["i18n"],
        _ => return None,
    })
}

/// Words a layer must not contain (outside comments).
fn forbidden(layer: &str) -> &'static [&'static str] {
    match layer {
        "domain" => &[
            "egui",
            "eframe",
            "egui_plot",
            "egui_extras",
            "rusqlite",
            "rfd",
            "std::fs",
            "SystemTime",
            "Instant::now",
            "chrono::Utc",
            "chrono::Local",
            "std::env",
        ],
        "store" | "workbench" => &["egui", "eframe", "egui_plot", "egui_extras", "rfd"],
        "ui" => &["rusqlite"],
        _ => &[],
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments (line comments, doc comments and block comments).
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |k| &r[k..]);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |k| &r[k + 2..]);
        } else if rest.starts_with('"') {
            // Skip string literals: "crate::store" in a message is not an import.
            let b = rest.as_bytes();
            let mut k = 1;
            while k < b.len() && b[k] != b'"' {
                k += if b[k] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            rest = rest.get(k + 1..).unwrap_or("");
        } else {
            let ch = rest.chars().next().unwrap();
            out.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
    }
    out
}

/// The first segments of every `crate::` path, grouped imports included.
fn crate_modules(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (k, _) in code.match_indices("crate::") {
        let before = code[..k].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // e.g. `some_crate::`
        }
        let rest = code[k + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for ch in group.chars() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(std::mem::take(&mut item)),
                    _ if depth == 0 => item.push(ch),
                    _ => {}
                }
            }
            items.push(item);
            for it in items {
                let first: String = it
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !first.is_empty() && first != "self" {
                    found.insert(first);
                }
            }
        } else {
            let first: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(first);
        }
    }
    found
}

fn contains_word(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(k, _)| {
        let before = code[..k].chars().last();
        let after = code[k + word.len()..].chars().next();
        let edge = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        edge(before) && edge(after)
    })
}

#[test]
fn every_layer_names_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let layer = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .to_string();
        let Some(allowed) = allowed(&layer) else {
            continue;
        };
        let text = code(&std::fs::read_to_string(f).unwrap());
        for m in crate_modules(&text) {
            if !allowed.contains(&m.as_str()) {
                problems.push(format!("{}: names crate::{m}", rel.display()));
            }
        }
        if contains_word(&text, "riskdesk") && text.contains("riskdesk::") {
            problems.push(format!("{}: names the crate as riskdesk::", rel.display()));
        }
        // `super::` must not climb out of the layer to the crate's root: from
        // `ui/views/x.rs` three `super::` reach it, from `ui/views/mod.rs` two.
        let parts = rel.components().count();
        let to_root = if rel.ends_with("mod.rs") {
            parts - 1
        } else {
            parts
        };
        if parts > 1 && text.contains(&"super::".repeat(to_root)) {
            problems.push(format!(
                "{}: climbs out of its layer with super::",
                rel.display()
            ));
        }
        for word in forbidden(&layer) {
            if contains_word(&text, word) {
                problems.push(format!("{}: uses {word}", rel.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_sees_grouped_imports_and_ignores_comments() {
    let text =
        code("use crate::{domain::x, store::{a, b}};\n// crate::ui\nlet s = \"crate::cli\";");
    let m: Vec<String> = crate_modules(&text).into_iter().collect();
    assert_eq!(m, vec!["domain".to_string(), "store".to_string()]);
    assert!(contains_word(
        &code("use rusqlite::Connection;"),
        "rusqlite"
    ));
    assert!(!contains_word(
        &code("// rusqlite\nlet my_rusqlite = 1;"),
        "rusqlite"
    ));
}
