//! The register's chart kinds against their SVG snapshots, inside their charts, each bar in
//! its colour where the layout puts it.

use super::*;

/// The register's kinds at a phone's and a desktop's width, against
/// `tests/snapshots/register/KIND.WIDTH.svg` (written when missing, or with
/// `UPDATE_SNAPSHOTS=1`).
#[test]
fn the_register_kinds_match_their_svg_snapshots() {
    let reg = built(&reports());
    let update = common::snapshot::updating();
    let mut failures = Vec::new();
    for d in &drawn(&reg) {
        for w in [360.0, 1280.0] {
            let theme = Theme::new(ThemeName::Light, w);
            let scene = kinds::layout(&d.spec, theme, w, &mut ApproxMeasure);
            let svg = render::svg(&scene, &d.spec.title).unwrap();
            let file = common::path(&format!(
                "tests/snapshots/register/{}.{w}.svg",
                d.spec.kind.name()
            ));
            failures.extend(common::snapshot::check(
                std::path::Path::new(&file),
                &svg,
                update,
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// One chart of each register kind, of the GDP of `reg`.
fn drawn(reg: &Register) -> [charts::Drawn<'_>; 3] {
    [
        charts::ranking::draw(reg, of("gdp"), Measure::Value).unwrap(),
        charts::target_result::draw(reg, of("gdp")).unwrap(),
        charts::trend::draw(reg, of("gdp")).remove(0),
    ]
}

#[test]
fn every_item_of_the_register_kinds_stays_inside_its_chart() {
    let reg = built(&reports());
    for d in &drawn(&reg) {
        for w in [360.0, 680.0] {
            let scene = kinds::layout(
                &d.spec,
                Theme::new(ThemeName::Light, w),
                w,
                &mut ApproxMeasure,
            );
            let outside = scene.texts_outside();
            assert!(
                outside.is_empty(),
                "{} at {w}: {outside:?}",
                d.spec.kind.name()
            );
            for it in &d.spec.items {
                assert!(
                    scene.hits.iter().any(|h| h.figure == it.id),
                    "{} at {w}: no hit for {}",
                    d.spec.kind.name(),
                    it.id
                );
            }
        }
    }
}

/// The register's kinds drawn to pixels (the native rasteriser of the article images):
/// every bar lands where the layout puts it, in its own colour, and the page's background
/// is left around it, so that a chart is never empty or drawn in one colour.
#[test]
fn the_register_kinds_draw_each_bar_in_its_colour_where_the_layout_puts_it() {
    use report_charts::publish::fonts::Fonts;
    use report_charts::shared::layout::Mark;
    let fonts = Fonts::bundled().unwrap();
    let reg = built(&reports());
    let drawn = [
        charts::ranking::draw(&reg, of("gdp"), Measure::Value).unwrap(),
        charts::target_result::draw(&reg, of("gdp")).unwrap(),
        charts::trend::draw(&reg, of("gdp")).remove(0),
    ];
    for d in &drawn {
        for (w, name) in [(360.0, ThemeName::Light), (680.0, ThemeName::Dark)] {
            let scene = kinds::layout(&d.spec, Theme::new(name, w), w, &mut ApproxMeasure);
            let rgb = pixels::rgb(&scene, 1.0, &fonts).unwrap();
            let (pw, _) = pixels::pixel_size_at(&scene, 1.0);
            let at = |x: f64, y: f64| {
                let i = ((y.floor() as u32 * pw + x.floor() as u32) * 3) as usize;
                (rgb[i], rgb[i + 1], rgb[i + 2])
            };
            let bg = scene.background;
            assert_eq!(at(1.0, 1.0), (bg.0, bg.1, bg.2), "{} at {w}", d.spec.id);
            let bars: Vec<_> = scene
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Rect { rect, color, .. } if rect.w >= 4.0 && rect.h >= 4.0 => {
                        Some((*rect, *color))
                    }
                    _ => None,
                })
                .collect();
            // One bar an item at least: none is left undrawn.
            let n = d.spec.items.len();
            assert!(
                bars.len() >= n,
                "{} at {w}: {} bars, {n} items",
                d.spec.id,
                bars.len()
            );
            for (r, c) in bars {
                let got = at(r.x + r.w / 2.0, r.y + r.h / 2.0);
                let near = |a: u8, b: u8| a.abs_diff(b) <= 8;
                assert!(
                    near(got.0, c.0) && near(got.1, c.1) && near(got.2, c.2),
                    "{} at {w}: the bar at ({:.0}, {:.0}) is {got:?}, not {:?}",
                    d.spec.id,
                    r.x,
                    r.y,
                    (c.0, c.1, c.2)
                );
            }
        }
    }
}
