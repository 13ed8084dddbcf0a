//! Exports: the filtered applicant table as CSV, the current view as PNG.
//! A cancelled or unavailable dialog is not an error.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::state::Data;
use super::table_state::TableState;
use crate::domain::evaluation::decide;
use crate::domain::mask::mask_name;

/// Writes the CSV; returns the message for the status bar.
pub fn csv_to(path: &Path, data: Option<&Data>, table: &TableState) -> String {
    let Some(d) = data else {
        return "nothing to export: no portfolio is open".into();
    };
    match write_csv(path, d, table) {
        Ok(n) => format!("exported {n} rows to {}", path.display()),
        Err(e) => format!("the export to {} failed: {e}", path.display()),
    }
}

/// Writes the table's rows (names masked unless revealed) to `path`.
pub fn write_csv(path: &Path, d: &Data, table: &TableState) -> Result<usize, String> {
    let p = &d.portfolio;
    let policy = &d.challenger.policy;
    let mut w = csv::Writer::from_path(path).map_err(|e| e.to_string())?;
    w.write_record([
        "id",
        "name",
        "application_date",
        "channel",
        "score",
        "band",
        "pd",
        "decision",
        "limit",
        "outcome",
    ])
    .map_err(|e| e.to_string())?;
    for &r in &table.rows {
        let i = r as usize;
        let (_, decision, limit) = decide(policy, p, i);
        let name = p.applicants.name.get(i);
        let name = if table.reveal {
            name.to_string()
        } else {
            mask_name(name)
        };
        w.write_record([
            p.applicants.id[i].to_string(),
            name,
            crate::store::dates::iso_of_days(p.applicants.app_day[i]),
            p.channels
                .get(p.applicants.channel[i] as usize)
                .cloned()
                .unwrap_or_default(),
            p.derived.score[i].to_string(),
            crate::domain::band::BAND_NAMES[p.derived.band[i] as usize].to_string(),
            format!("{:.6}", p.derived.pd[i]),
            decision.label().to_string(),
            format!("{limit:.0}"),
            p.derived.outcome[i].label().to_string(),
        ])
        .map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(table.rows.len())
}

/// Asks egui for a screenshot of the next frame; the callback (run by the renderer
/// once the frame is read back) hands the image to the thread "riskdesk-png", which
/// writes `path` and posts the outcome to `inbox` for the status bar.
pub fn png_to(ctx: &egui::Context, path: PathBuf, inbox: Arc<Mutex<Vec<String>>>) -> String {
    let shown = path.display().to_string();
    let repaint = ctx.clone();
    ctx.request_screenshot(move |img| {
        let post = move |m: String| {
            if let Ok(mut i) = inbox.lock() {
                i.push(m);
            }
            repaint.request_repaint();
        };
        let p = path.clone();
        let post_err = post.clone();
        let spawned = std::thread::Builder::new()
            .name("riskdesk-png".into())
            .spawn(move || post(save_png(&p, &img)));
        if let Err(e) = spawned {
            post_err(format!("the view was not saved to {}: {e}", path.display()));
        }
    });
    format!("saving the view to {shown}…")
}

/// Writes a screenshot as PNG; returns the message for the status bar.
pub fn save_png(path: &Path, img: &egui::ColorImage) -> String {
    let [w, h] = img.size;
    let bytes: Vec<u8> = img
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    match image::save_buffer(path, &bytes, w as u32, h as u32, image::ColorType::Rgba8) {
        Ok(()) => format!("saved the view ({w}×{h}) to {}", path.display()),
        Err(e) => format!("the view was not saved to {}: {e}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screenshot_is_saved_as_png_at_its_size() {
        let dir = std::env::temp_dir().join(format!("riskdesk-save-png-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("view.png");
        let img = egui::ColorImage::new([3, 2], vec![egui::Color32::from_rgb(10, 20, 30); 6]);
        let m = save_png(&path, &img);
        assert_eq!(m, format!("saved the view (3×2) to {}", path.display()));
        let back = image::open(&path).unwrap().to_rgba8();
        assert_eq!(back.dimensions(), (3, 2));
        assert_eq!(back.get_pixel(2, 1).0, [10, 20, 30, 255]);
        let bad = save_png(&dir.join("missing/folder/view.png"), &img);
        assert!(bad.starts_with("the view was not saved"), "{bad}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
