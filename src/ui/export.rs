//! Exports: the filtered applicant table as CSV, the current view as PNG.
//! A cancelled or unavailable dialog is not an error. Files are written under the one
//! output rule (`crate::out_file`): a file picked in a save dialog is replaced (the
//! dialog asked), a picture saved beside the portfolio never replaces anything, and
//! the open portfolio is never written over.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::status::Status;
use super::table_state::TableState;
use crate::i18n::{self, Arg, Language};
use crate::out_file::{self, OutFile, Overwrite, check_extension};
use crate::workbench::Workbench;
use crate::workbench::export::applicants_csv;

/// Writes the table's rows as CSV to `path`: a file picked in a save dialog
/// (`Overwrite::Replace`: the dialog asked) or a new name beside the portfolio
/// (`Overwrite::Refuse`); returns the message for the status bar.
pub(crate) fn csv_to(
    lang: Language,
    path: &Path,
    overwrite: Overwrite,
    data: Option<&Workbench>,
    table: &TableState,
) -> Status {
    let Some(wb) = data else {
        return Status::error(i18n::text(lang, "status-nothing-to-export"));
    };
    // The table's export is masked: personal data is revealed one applicant at a
    // time, in the window, with a logged purpose.
    match applicants_csv(wb, lang, &table.rows, table.decisions, path, overwrite) {
        Ok(n) => Status::info(i18n::text_with(
            lang,
            "status-exported",
            &[
                ("n", Arg::Number(n as f64)),
                ("rows", Arg::Text(&crate::format::thousands(n as f64))),
                ("path", Arg::Text(&path.display().to_string())),
                (
                    "policy",
                    Arg::Text(&wb.policy_label(lang, wb.policy_under(table.decisions))),
                ),
            ],
        )),
        Err(e) => Status::error(i18n::text_with(
            lang,
            "status-nothing-exported",
            &[("error", Arg::Text(&e.message(lang)))],
        )),
    }
}

/// Where a picture goes and what it may not touch.
#[derive(Clone, Debug)]
pub(crate) struct PngTarget {
    pub path: PathBuf,
    /// The language of the message that reports the result.
    pub lang: Language,
    /// `Replace` for a file picked in a save dialog, `Refuse` for one chosen for the user.
    pub overwrite: Overwrite,
    /// The open portfolio, never written over.
    pub portfolio: Option<PathBuf>,
}

/// Asks egui for a screenshot of the next frame; the callback (run by the renderer
/// once the frame is read back) hands the image to the thread "riskdesk-png", which
/// writes the file and posts the outcome to `inbox` for the status bar. The file is
/// checked first, so a refusal is reported at once (`Some`). Otherwise the status bar
/// is left as it is (`None`): the picture is of the next frame, and the bar's own
/// "saving…" has no place in it.
pub(crate) fn png_to(
    ctx: &egui::Context,
    target: PngTarget,
    inbox: Arc<Mutex<Vec<Status>>>,
) -> Option<Status> {
    let inputs: Vec<&Path> = target.portfolio.iter().map(PathBuf::as_path).collect();
    if let Err(e) = check_extension(&target.path, "png")
        .and_then(|()| out_file::check(&target.path, target.overwrite, &inputs))
    {
        return Some(Status::error(not_saved(
            target.lang,
            &e.message(target.lang),
        )));
    }
    let path = target.path.clone();
    let target_lang = target.lang;
    let repaint = ctx.clone();
    ctx.request_screenshot(move |img| {
        let post = move |m: Status| {
            if let Ok(mut i) = inbox.lock() {
                i.push(m);
            }
            repaint.request_repaint();
        };
        let t = target.clone();
        let post_err = post.clone();
        let spawned = std::thread::Builder::new()
            .name("riskdesk-png".into())
            .spawn(move || post(save_png(&t, &img)));
        if let Err(e) = spawned {
            post_err(Status::error(not_saved(
                target_lang,
                &format!("{}: {e}", path.display()),
            )));
        }
    });
    None
}

/// Writes a screenshot as PNG; returns the message for the status bar.
pub(crate) fn save_png(target: &PngTarget, img: &egui::ColorImage) -> Status {
    let path = &target.path;
    let [w, h] = img.size;
    let bytes: Vec<u8> = img
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let inputs: Vec<&Path> = target.portfolio.iter().map(PathBuf::as_path).collect();
    let written = OutFile::with_extension(path, "png", target.overwrite, &inputs)
        .map_err(|e| e.message(target.lang))
        .and_then(|out| {
            image::save_buffer_with_format(
                out.temp_path(),
                &bytes,
                w as u32,
                h as u32,
                image::ColorType::Rgba8,
                image::ImageFormat::Png,
            )
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
            out.commit().map_err(|e| e.message(target.lang))
        });
    match written {
        Ok(()) => Status::info(i18n::text_with(
            target.lang,
            "status-view-saved",
            &[
                ("size", Arg::Text(&format!("{w}×{h}"))),
                ("path", Arg::Text(&path.display().to_string())),
            ],
        )),
        Err(e) => Status::error(not_saved(target.lang, &e)),
    }
}

/// "the view was not saved: …".
fn not_saved(lang: Language, why: &str) -> String {
    i18n::text_with(lang, "status-view-not-saved", &[("error", Arg::Text(why))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screenshot_is_saved_as_png_at_its_size() {
        let dir = std::env::temp_dir().join(format!("riskdesk-save-png-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("view.png");
        let db = dir.join("p.db");
        std::fs::write(&db, b"portfolio").unwrap();
        let target = |path: PathBuf, overwrite| PngTarget {
            lang: Language::En,
            path,
            overwrite,
            portfolio: Some(db.clone()),
        };
        let img = egui::ColorImage::new([3, 2], vec![egui::Color32::from_rgb(10, 20, 30); 6]);
        let m = save_png(&target(path.clone(), Overwrite::Refuse), &img);
        assert_eq!(
            m,
            Status::info(format!("saved the view (3×2) to {}", path.display()))
        );
        let back = image::open(&path).unwrap().to_rgba8();
        assert_eq!(back.dimensions(), (3, 2));
        assert_eq!(back.get_pixel(2, 1).0, [10, 20, 30, 255]);
        // Beside the portfolio a picture never replaces one; from a dialog it does.
        let again = save_png(&target(path.clone(), Overwrite::Refuse), &img);
        assert!(
            again.is_error() && again.text.contains("the file exists"),
            "{again:?}"
        );
        let replaced = save_png(&target(path.clone(), Overwrite::Replace), &img);
        assert!(!replaced.is_error(), "{replaced:?}");
        let bad = save_png(
            &target(dir.join("missing/folder/view.png"), Overwrite::Replace),
            &img,
        );
        assert!(
            bad.is_error() && bad.text.contains("does not exist"),
            "{bad:?}"
        );
        let jpg = save_png(&target(dir.join("view.jpg"), Overwrite::Replace), &img);
        assert!(jpg.text.contains("must end in .png"), "{jpg:?}");
        assert!(!dir.join("view.jpg").exists());
        // Never over the open portfolio, whatever it is called.
        let link = dir.join("portfolio-link.png");
        std::fs::hard_link(&db, &link).unwrap();
        let over = save_png(&target(link, Overwrite::Replace), &img);
        assert!(over.text.contains("never written over"), "{over:?}");
        assert_eq!(std::fs::read(&db).unwrap(), b"portfolio");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
