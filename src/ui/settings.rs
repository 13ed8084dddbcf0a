//! What the window keeps between runs (eframe persistence), and which file it opens
//! at start.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::command::Tab;
use crate::i18n::{self, Arg, Language};

/// What persists between runs (eframe persistence).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub dark: bool,
    pub tab: Tab,
    pub last_file: Option<PathBuf>,
    /// A display name written beside the account name in audit entries.
    pub display_name: Option<String>,
    /// egui's zoom factor (`None`: 100%), set from the View menu or Ctrl+Plus/Minus.
    pub zoom: Option<f32>,
    /// The language chosen in View > Language or with `--lang` (`None`: the system's).
    pub language: Option<crate::i18n::Language>,
}

/// The zoom factors kept between runs.
pub(crate) const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// The file the window opens without `--db`: ./sample.db when it is in the current
/// folder, else the last file opened when it still exists (README, "Opening a file").
/// Returns the path and, when it is not ./sample.db, why.
pub(crate) fn startup_file(
    lang: Language,
    db: Option<PathBuf>,
    here: &std::path::Path,
    last: Option<&std::path::Path>,
) -> (Option<PathBuf>, Option<String>) {
    if let Some(db) = db {
        return (Some(db), None);
    }
    let sample = here.join("sample.db");
    if sample.is_file() {
        return (Some(sample), None);
    }
    let with_file = |id: &str, file: &std::path::Path| {
        i18n::text_with(
            lang,
            id,
            &[("file", Arg::Text(&file.display().to_string()))],
        )
    };
    match last {
        Some(last) if last.is_file() => (
            Some(last.to_path_buf()),
            Some(with_file("startup-last-file", last)),
        ),
        Some(last) => (None, Some(with_file("startup-last-file-gone", last))),
        None => (None, Some(i18n::text(lang, "startup-nothing"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_db_the_window_opens_sample_db_then_the_last_file() {
        let dir = std::env::temp_dir().join(format!("riskdesk-startup-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let last = dir.join("book.db");
        let given = Some(PathBuf::from("x.db"));
        assert_eq!(
            startup_file(Language::En, given.clone(), &dir, None),
            (given, None)
        );
        // Nothing here, nothing before: nothing opens, and the message says why.
        let (path, why) = startup_file(Language::En, None, &dir, None);
        assert_eq!(path, None);
        assert!(why.unwrap().contains("Open by path"));
        // The last file is gone: said, with its path.
        let (path, why) = startup_file(Language::En, None, &dir, Some(&last));
        assert_eq!(path, None);
        assert!(why.unwrap().contains("book.db, is gone"));
        // The last file exists: opened, and said.
        std::fs::write(&last, b"x").unwrap();
        let (path, why) = startup_file(Language::En, None, &dir, Some(&last));
        assert_eq!(path.as_deref(), Some(last.as_path()));
        assert!(why.unwrap().contains("opened the last file"));
        // sample.db in the folder comes first, quietly.
        std::fs::write(dir.join("sample.db"), b"x").unwrap();
        assert_eq!(
            startup_file(Language::En, None, &dir, Some(&last)),
            (Some(dir.join("sample.db")), None)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
