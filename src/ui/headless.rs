//! Drawing the workbench offscreen, on the CPU, with no display: the renderer of
//! `riskdesk screenshot`. It runs the same view code as the window, in an
//! egui_kittest harness rendered by wgpu (Mesa's lavapipe or llvmpipe).

use egui_kittest::Harness;
use egui_kittest::wgpu::WgpuTestRenderer;

/// What a picture looks like.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Logical size in points.
    pub width: f32,
    pub height: f32,
    /// Pixels per point.
    pub scale: f32,
    pub dark: bool,
}

/// A wgpu renderer on whatever adapter is there, or why there is none.
pub(crate) fn renderer() -> Result<WgpuTestRenderer, String> {
    let setup = egui_kittest::wgpu::default_wgpu_setup();
    let instance = pollster::block_on(setup.new_instance());
    let state = pollster::block_on(egui_wgpu::RenderState::create(
        &egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup,
            ..Default::default()
        },
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))
    .map_err(|e| {
        format!(
            "no renderer available ({e}); install Mesa's software drivers (apt-get install libegl1 libgl1-mesa-dri mesa-vulkan-drivers)"
        )
    })?;
    Ok(WgpuTestRenderer::from_render_state(state))
}

/// Runs `draw` on `state` until the UI settles, then renders one picture.
/// `setup` configures the context first (fonts, style).
pub fn render<S>(
    frame: Frame,
    state: S,
    setup: impl FnOnce(&egui::Context) + 'static,
    draw: impl FnMut(&mut egui::Ui, &mut S),
) -> Result<(image::RgbaImage, S), String> {
    let theme = if frame.dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(frame.width, frame.height))
        .with_pixels_per_point(frame.scale)
        .with_theme(theme)
        .with_max_steps(16)
        .with_context_setup(setup)
        .renderer(renderer()?)
        .build_ui_state(draw, state);
    // Let layout, fonts and background results settle; a view that keeps asking for
    // repaints (a running job) is drawn as it stands after the last step.
    let _ = harness.try_run();
    let image = harness.render()?;
    Ok((image, harness.into_state()))
}
