//! Design tokens: colours, spacing and fonts, declared once. Every view takes its
//! colours from here (good / amber / bad are the same everywhere).

use egui::{Color32, FontData, FontDefinitions, FontFamily};

#[cfg(test)]
mod colour_vision;

/// Space between blocks of a view.
pub(crate) const GAP: f32 = 10.0;
/// Width of a KPI tile.
pub(crate) const TILE_WIDTH: f32 = 140.0;
/// Width of the Policy lab's sliders.
pub(crate) const SLIDER_WIDTH: f32 = 170.0;
/// Height of a row of the applicant table.
pub(crate) const ROW_HEIGHT: f32 = 20.0;
/// Height of a chart in a grid of charts.
pub(crate) const CHART_HEIGHT: f32 = 280.0;
/// The Charts view sizes its charts to the window, between these heights.
pub(crate) const CHART_MIN_HEIGHT: f32 = 200.0;
pub(crate) const CHART_HEIGHT_MAX: f32 = 420.0;

/// Colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Palette {
    pub good: Color32,
    pub amber: Color32,
    pub bad: Color32,
    /// The policy in force.
    pub champion: Color32,
    /// The policy being edited.
    pub challenger: Color32,
    /// Secondary series (predicted values, reference lines).
    pub secondary: Color32,
    pub muted: Color32,
    pub tile_fill: Color32,
}

// Good / amber / bad are a teal, an ochre and a crimson rather than the usual green,
// yellow and red: they stay apart for viewers with any of the three common colour
// vision deficiencies (checked by simulation in `colour_vision`), and each reads as
// text on the theme's background (contrast ≥ 4.5).
pub(crate) const LIGHT: Palette = Palette {
    good: Color32::from_rgb(0x00, 0x7f, 0x99),
    amber: Color32::from_rgb(0x99, 0x66, 0x00),
    bad: Color32::from_rgb(0xa3, 0x18, 0x3b),
    champion: Color32::from_rgb(0x1f, 0x5f, 0xbf),
    challenger: Color32::from_rgb(0xd9, 0x5f, 0x0e),
    secondary: Color32::from_rgb(0x6a, 0x3d, 0x9a),
    muted: Color32::from_rgb(0x6b, 0x6b, 0x6b),
    tile_fill: Color32::from_rgb(0xf3, 0xf5, 0xf8),
};

pub(crate) const DARK: Palette = Palette {
    good: Color32::from_rgb(0x26, 0xc9, 0xff),
    amber: Color32::from_rgb(0xd6, 0x9a, 0x20),
    bad: Color32::from_rgb(0xeb, 0x46, 0x6f),
    champion: Color32::from_rgb(0x5a, 0x9b, 0xf5),
    challenger: Color32::from_rgb(0xff, 0x9a, 0x4d),
    secondary: Color32::from_rgb(0xc0, 0x9c, 0xf0),
    muted: Color32::from_rgb(0xa0, 0xa0, 0xa0),
    tile_fill: Color32::from_rgb(0x2a, 0x2d, 0x33),
};

/// The colour of a key risk indicator's status (green / amber / red; muted without data).
pub(crate) fn status_colour(
    pal: &Palette,
    status: crate::domain::analytics::kri::Status,
) -> Color32 {
    use crate::domain::analytics::kri::Status;
    match status {
        Status::NoData => pal.muted,
        Status::Good => pal.good,
        Status::Watch => pal.amber,
        Status::Breach => pal.bad,
    }
}

/// Colours of numbered series (vintage cohorts), light theme first: four hues that
/// stay apart under colour vision deficiencies; series 4–7 repeat them dashed
/// ([`series_dashed`]).
pub(crate) const SERIES_LIGHT: [Color32; 4] = [
    Color32::from_rgb(0x29, 0x3d, 0x66),
    Color32::from_rgb(0x66, 0x2b, 0x00),
    Color32::from_rgb(0x42, 0xa6, 0x74),
    Color32::from_rgb(0xd9, 0x57, 0xd9),
];
pub(crate) const SERIES_DARK: [Color32; 4] = [
    Color32::from_rgb(0x30, 0x71, 0xf2),
    Color32::from_rgb(0xe6, 0x60, 0x00),
    Color32::from_rgb(0x5c, 0xe6, 0xa1),
    Color32::from_rgb(0xa6, 0x42, 0x85),
];

/// The colour of series `k` in the context's theme.
pub(crate) fn series(ctx: &egui::Context, k: usize) -> Color32 {
    let s = if ctx.global_style().visuals.dark_mode {
        &SERIES_DARK
    } else {
        &SERIES_LIGHT
    };
    s[k % s.len()]
}

/// Whether series `k` is drawn dashed (the second round of the four colours).
pub(crate) fn series_dashed(k: usize) -> bool {
    (k / SERIES_LIGHT.len()) % 2 == 1
}

/// The palette of the context's current theme.
pub(crate) fn palette(ctx: &egui::Context) -> Palette {
    if ctx.global_style().visuals.dark_mode {
        DARK
    } else {
        LIGHT
    }
}

/// Light or dark visuals.
pub(crate) fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
}

/// Droid Sans Fallback (Apache-2.0, see assets/DroidSansFallbackFull.LICENSE.txt):
/// a CJK-capable font so that Chinese names render without system fonts.
const CJK_FONT: &[u8] = include_bytes!("../../../assets/DroidSansFallbackFull.ttf");

/// The default fonts with the bundled CJK font as a fallback after them.
pub(crate) fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("cjk".into(), FontData::from_static(CJK_FONT).into());
    // Hack (a default font) has the arrows and box symbols Ubuntu-Light lacks.
    if fonts.font_data.contains_key("Hack") {
        let prop = fonts.families.entry(FontFamily::Proportional).or_default();
        if !prop.iter().any(|f| f == "Hack") {
            prop.push("Hack".into());
        }
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("cjk".into());
    }
    fonts
}
