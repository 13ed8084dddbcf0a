//! The menus' commands, declared once: text, tooltip, keyboard shortcut and the
//! command each one issues. The menu bar is built from this list and the shortcuts are
//! read from it, so a menu item and its key cannot disagree. Texts go through
//! [`text`], the one place a translation will replace.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::Command;

/// A command of the menu bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MenuCommand {
    Open,
    ExportCsv,
    ExportCsvPersonal,
    ExportPng,
    SavePngBeside,
    Quit,
    LightTheme,
    DarkTheme,
}

/// The menus, in order, with their items (`None` is a separator).
pub(crate) const MENUS: [(&str, &[Option<MenuCommand>]); 2] = [
    (
        "File",
        &[
            Some(MenuCommand::Open),
            Some(MenuCommand::ExportCsv),
            Some(MenuCommand::ExportCsvPersonal),
            Some(MenuCommand::ExportPng),
            Some(MenuCommand::SavePngBeside),
            None,
            Some(MenuCommand::Quit),
        ],
    ),
    (
        "View",
        &[Some(MenuCommand::LightTheme), Some(MenuCommand::DarkTheme)],
    ),
];

/// A text of the interface (today the English text itself).
pub(crate) fn text(english: &'static str) -> &'static str {
    english
}

impl MenuCommand {
    pub(crate) const ALL: [MenuCommand; 8] = [
        MenuCommand::Open,
        MenuCommand::ExportCsv,
        MenuCommand::ExportCsvPersonal,
        MenuCommand::ExportPng,
        MenuCommand::SavePngBeside,
        MenuCommand::Quit,
        MenuCommand::LightTheme,
        MenuCommand::DarkTheme,
    ];

    pub(crate) fn label(self) -> &'static str {
        text(match self {
            MenuCommand::Open => "Open…",
            MenuCommand::ExportCsv => "Export the filtered table as CSV…",
            MenuCommand::ExportCsvPersonal => "Export the filtered table with names…",
            MenuCommand::ExportPng => "Export the current view as PNG…",
            MenuCommand::SavePngBeside => "Save the current view as PNG beside the portfolio",
            MenuCommand::Quit => "Quit",
            MenuCommand::LightTheme => "Light theme",
            MenuCommand::DarkTheme => "Dark theme",
        })
    }

    pub(crate) fn tooltip(self) -> Option<&'static str> {
        match self {
            MenuCommand::ExportCsvPersonal => Some(text(
                "names unmasked, for a stated purpose written into the audit log",
            )),
            MenuCommand::SavePngBeside => Some(text(
                "NAME-VIEW-DATE.png in the portfolio's folder; never overwrites",
            )),
            _ => None,
        }
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
            _ => None,
        }
    }

    /// Whether the command needs an open portfolio.
    pub(crate) fn needs_portfolio(self) -> bool {
        matches!(
            self,
            MenuCommand::ExportCsv
                | MenuCommand::ExportCsvPersonal
                | MenuCommand::ExportPng
                | MenuCommand::SavePngBeside
        )
    }

    /// A radio item's state (`None` for an ordinary item).
    pub(crate) fn checked(self, dark: bool) -> Option<bool> {
        match self {
            MenuCommand::LightTheme => Some(!dark),
            MenuCommand::DarkTheme => Some(dark),
            _ => None,
        }
    }

    pub(crate) fn command(self) -> Command {
        match self {
            MenuCommand::Open => Command::OpenDialog,
            MenuCommand::ExportCsv => Command::ExportCsv,
            MenuCommand::ExportCsvPersonal => Command::AskPersonalExport,
            MenuCommand::ExportPng => Command::ExportPng,
            MenuCommand::SavePngBeside => Command::ExportPngBeside,
            MenuCommand::Quit => Command::Quit,
            MenuCommand::LightTheme => Command::SetDark(false),
            MenuCommand::DarkTheme => Command::SetDark(true),
        }
    }
}

/// The commands whose shortcut was pressed this frame (consumed, so a focused text
/// field does not also see them).
pub(crate) fn shortcuts_pressed(ctx: &egui::Context, open: bool) -> Vec<Command> {
    MenuCommand::ALL
        .into_iter()
        .filter(|m| open || !m.needs_portfolio())
        .filter_map(|m| {
            let sc = m.shortcut()?;
            ctx.input_mut(|i| i.consume_shortcut(&sc))
                .then(|| m.command())
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
