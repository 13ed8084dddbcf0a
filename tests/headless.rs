//! The offscreen renderer draws on the CPU with no display, at the asked size.

use riskdesk::ui::headless::{Frame, render};

#[test]
fn renders_offscreen_at_size_and_scale() {
    let frame = Frame {
        width: 320.0,
        height: 200.0,
        scale: 2.0,
        dark: false,
    };
    let (image, clicks) = render(
        frame,
        0u32,
        |_| {},
        |ui, n: &mut u32| {
            egui::CentralPanel::default_margins().show(ui, |ui| {
                ui.heading("Riskdesk");
                if ui.button("count").clicked() {
                    *n += 1;
                }
            });
        },
    )
    .expect("a renderer (Mesa) is installed by scripts/test.sh");
    assert_eq!(image.dimensions(), (640, 400));
    assert_eq!(clicks, 0);
    // Not blank: the heading's pixels differ from the background.
    let first = image.get_pixel(0, 0);
    let differing = image.pixels().filter(|p| *p != first).count();
    assert!(differing > 500, "{differing}");
}
