//! The menus' commands, declared once: text, tooltip, keyboard shortcut and the
//! command each one issues. The menu bar is built from this list and the shortcuts are
//! read from it, so a menu item and its key cannot disagree. Texts are message keys
//! (assets/i18n/*/window.ftl).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::Command;
use crate::i18n::{self, Language};

/// A command of the menu bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MenuCommand {
    Open,
    OpenPath,
    ImportCsv,
    ExportCsv,
    SaveCsvBeside,
    ExportCsvPersonal,
    ExportPng,
    SavePngBeside,
    Quit,
    LightTheme,
    DarkTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    English,
    Chinese,
}

/// The menus, in order, with their items (`None` is a separator).
pub(crate) const MENUS: [(&str, &[Option<MenuCommand>]); 2] = [
    (
        "menu-file",
        &[
            Some(MenuCommand::Open),
            Some(MenuCommand::OpenPath),
            Some(MenuCommand::ImportCsv),
            None,
            Some(MenuCommand::ExportCsv),
            Some(MenuCommand::SaveCsvBeside),
            Some(MenuCommand::ExportCsvPersonal),
            Some(MenuCommand::ExportPng),
            Some(MenuCommand::SavePngBeside),
            None,
            Some(MenuCommand::Quit),
        ],
    ),
    (
        "menu-view",
        &[
            Some(MenuCommand::LightTheme),
            Some(MenuCommand::DarkTheme),
            None,
            Some(MenuCommand::English),
            Some(MenuCommand::Chinese),
            None,
            Some(MenuCommand::ZoomIn),
            Some(MenuCommand::ZoomOut),
            Some(MenuCommand::ZoomReset),
        ],
    ),
];

impl MenuCommand {
    pub(crate) const ALL: [MenuCommand; 16] = [
        MenuCommand::Open,
        MenuCommand::OpenPath,
        MenuCommand::ImportCsv,
        MenuCommand::ExportCsv,
        MenuCommand::SaveCsvBeside,
        MenuCommand::ExportCsvPersonal,
        MenuCommand::ExportPng,
        MenuCommand::SavePngBeside,
        MenuCommand::Quit,
        MenuCommand::LightTheme,
        MenuCommand::DarkTheme,
        MenuCommand::ZoomIn,
        MenuCommand::ZoomOut,
        MenuCommand::ZoomReset,
        MenuCommand::English,
        MenuCommand::Chinese,
    ];

    /// The item's text in `lang`.
    pub(crate) fn label(self, lang: Language) -> String {
        i18n::text(
            lang,
            match self {
                MenuCommand::Open => "menu-open",
                MenuCommand::OpenPath => "menu-open-path",
                MenuCommand::ImportCsv => "menu-import-csv",
                MenuCommand::ExportCsv => "menu-export-csv",
                MenuCommand::SaveCsvBeside => "menu-save-csv-beside",
                MenuCommand::ExportCsvPersonal => "menu-export-csv-personal",
                MenuCommand::ExportPng => "menu-export-png",
                MenuCommand::SavePngBeside => "menu-save-png-beside",
                MenuCommand::Quit => "menu-quit",
                MenuCommand::LightTheme => "menu-light-theme",
                MenuCommand::DarkTheme => "menu-dark-theme",
                MenuCommand::ZoomIn => "menu-zoom-in",
                MenuCommand::ZoomOut => "menu-zoom-out",
                MenuCommand::ZoomReset => "menu-zoom-reset",
                MenuCommand::English => "menu-english",
                MenuCommand::Chinese => "menu-chinese",
            },
        )
    }

    /// The item's tooltip in `lang`, if it has one.
    pub(crate) fn tooltip(self, lang: Language) -> Option<String> {
        let id = match self {
            MenuCommand::ExportCsvPersonal => "menu-export-csv-personal-tip",
            MenuCommand::SavePngBeside => "menu-save-png-beside-tip",
            MenuCommand::SaveCsvBeside => "menu-save-csv-beside-tip",
            MenuCommand::OpenPath => "menu-open-path-tip",
            MenuCommand::ImportCsv => "menu-import-csv-tip",
            MenuCommand::English | MenuCommand::Chinese => "menu-language-tip",
            _ => return None,
        };
        Some(i18n::text(lang, id))
    }

    pub(crate) fn shortcut(self) -> Option<KeyboardShortcut> {
        let ctrl = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        match self {
            MenuCommand::Open => Some(ctrl(Key::O)),
            MenuCommand::ExportCsv => Some(ctrl(Key::E)),
            MenuCommand::SavePngBeside => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            )),
            MenuCommand::Quit => Some(ctrl(Key::Q)),
            MenuCommand::ZoomIn => Some(ctrl(Key::Plus)),
            MenuCommand::ZoomOut => Some(ctrl(Key::Minus)),
            MenuCommand::ZoomReset => Some(ctrl(Key::Num0)),
            _ => None,
        }
    }

    /// Whether the command needs an open portfolio.
    pub(crate) fn needs_portfolio(self) -> bool {
        matches!(
            self,
            MenuCommand::ExportCsv
                | MenuCommand::SaveCsvBeside
                | MenuCommand::ExportCsvPersonal
                | MenuCommand::ExportPng
                | MenuCommand::SavePngBeside
        )
    }

    /// A radio item's state (`None` for an ordinary item).
    pub(crate) fn checked(self, dark: bool, lang: Language) -> Option<bool> {
        match self {
            MenuCommand::LightTheme => Some(!dark),
            MenuCommand::DarkTheme => Some(dark),
            MenuCommand::English => Some(lang == Language::En),
            MenuCommand::Chinese => Some(lang == Language::ZhCn),
            _ => None,
        }
    }

    /// egui handles the key itself (its zoom keys); the menu only shows it.
    fn handled_by_egui(self) -> bool {
        matches!(
            self,
            MenuCommand::ZoomIn | MenuCommand::ZoomOut | MenuCommand::ZoomReset
        )
    }

    /// The command of the item; the zoom items need the current zoom factor.
    pub(crate) fn command_at(self, zoom: f32) -> Command {
        match self {
            MenuCommand::ZoomIn => Command::SetZoom(next_zoom(zoom, 1)),
            MenuCommand::ZoomOut => Command::SetZoom(next_zoom(zoom, -1)),
            MenuCommand::ZoomReset => Command::SetZoom(1.0),
            m => m.command(),
        }
    }

    pub(crate) fn command(self) -> Command {
        match self {
            MenuCommand::ZoomIn | MenuCommand::ZoomOut | MenuCommand::ZoomReset => {
                Command::SetZoom(1.0)
            }
            MenuCommand::Open => Command::OpenDialog,
            MenuCommand::OpenPath => Command::AskOpenPath,
            MenuCommand::ImportCsv => Command::OpenImportWizard,
            MenuCommand::SaveCsvBeside => Command::ExportCsvBeside,
            MenuCommand::ExportCsv => Command::ExportCsv,
            MenuCommand::ExportCsvPersonal => Command::AskPersonalExport,
            MenuCommand::ExportPng => Command::ExportPng,
            MenuCommand::SavePngBeside => Command::ExportPngBeside,
            MenuCommand::Quit => Command::Quit,
            MenuCommand::LightTheme => Command::SetDark(false),
            MenuCommand::DarkTheme => Command::SetDark(true),
            MenuCommand::English => Command::SetLanguage(Language::En),
            MenuCommand::Chinese => Command::SetLanguage(Language::ZhCn),
        }
    }
}

/// The commands whose shortcut was pressed this frame (consumed, so a focused text
/// field does not also see them).
pub(crate) fn shortcuts_pressed(ctx: &egui::Context, open: bool) -> Vec<Command> {
    MenuCommand::ALL
        .into_iter()
        .filter(|m| open || !m.needs_portfolio())
        .filter(|m| !m.handled_by_egui())
        .filter_map(|m| {
            let sc = m.shortcut()?;
            ctx.input_mut(|i| i.consume_shortcut(&sc))
                .then(|| m.command())
        })
        .collect()
}

/// The zoom steps of the View menu, as egui's own keys step (10% steps within
/// 50%–300%).
pub(crate) fn next_zoom(zoom: f32, direction: i32) -> f32 {
    let step = (zoom * 10.0).round() + direction as f32;
    (step / 10.0).clamp(0.5, 3.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn zoom_steps_by_ten_percent_within_bounds() {
        assert_eq!(super::next_zoom(1.0, 1), 1.1);
        assert_eq!(super::next_zoom(1.0, -1), 0.9);
        assert_eq!(super::next_zoom(3.0, 1), 3.0);
        assert_eq!(super::next_zoom(0.5, -1), 0.5);
    }

    use super::*;

    #[test]
    fn every_command_is_in_a_menu_once_and_shortcuts_differ() {
        let listed: Vec<MenuCommand> = MENUS
            .iter()
            .flat_map(|(_, items)| items.iter().flatten().copied())
            .collect();
        assert_eq!(listed.len(), MenuCommand::ALL.len());
        for m in MenuCommand::ALL {
            assert_eq!(listed.iter().filter(|&&x| x == m).count(), 1, "{m:?}");
        }
        let keys: Vec<_> = MenuCommand::ALL
            .iter()
            .filter_map(|m| m.shortcut())
            .collect();
        for (k, a) in keys.iter().enumerate() {
            assert!(!keys[k + 1..].contains(a), "{a:?} twice");
        }
    }
}
