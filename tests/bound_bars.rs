#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A bound is drawn as a bound, never as a level (issues 18/19): Xihu's 规上服务业营业收入
//! 突破400亿元 is "more than 400", so its bar may not stop at 400 as 126亿元's stops at
//! 126. Its last part runs out in ever shorter dashes; a ceiling (近, 以内) ends in even
//! dashes; the value keeps its qualifier as printed. Only the bar's own colour, which the
//! first paint's dark rules know.

mod common;

use report_charts::shared::layout::{ApproxMeasure, Grow, Mark, Rect, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::{Color, Palette, ThemeName};
use report_charts::shared::view::View;

fn scene(r: &Report, lang: Lang, theme: ThemeName, width: f64) -> Scene {
    let view = View { width, lang, theme };
    report_charts::publish::scene(r, "key-amounts", view, &mut ApproxMeasure).unwrap()
}

/// The bars of the scene drawn at the height of `text`'s row, left to right.
fn bar_of(s: &Scene, text: &str) -> Vec<(Rect, Color, Grow)> {
    let (_, at) = s.texts().find(|(t, _)| *t == text).unwrap_or_else(|| {
        panic!(
            "no text {text:?} in {:?}",
            s.texts().map(|t| t.0).collect::<Vec<_>>()
        )
    });
    let mid = at.y + at.h / 2.0;
    let mut bars: Vec<_> = (s.marks.iter())
        .filter_map(|m| match m {
            Mark::Rect { rect, color, grow }
                if rect.y <= mid && mid <= rect.y + rect.h && rect.w > 1.0 =>
            {
                Some((*rect, *color, *grow))
            }
            _ => None,
        })
        .collect();
    bars.sort_by(|a, b| a.0.x.total_cmp(&b.0.x));
    bars
}

fn views() -> Vec<(Lang, ThemeName, f64, &'static str, &'static str)> {
    let mut out = Vec::new();
    for theme in [ThemeName::Light, ThemeName::Dark] {
        for width in [360.0, 1280.0] {
            out.push((Lang::Zh, theme, width, "突破400亿元", "126亿元"));
            out.push((
                Lang::En,
                theme,
                width,
                "over 40 billion yuan",
                "12.6 billion yuan",
            ));
        }
    }
    out
}

#[test]
fn a_bar_of_a_value_passed_runs_out_in_shorter_dashes_and_keeps_its_qualifier_while_an_exact_one_ends_solid(
) {
    let r = common::report();
    for (lang, theme, width, bound, exact) in views() {
        let s = scene(&r, lang, theme, width);
        let open = bar_of(&s, bound);
        assert!(
            open.len() >= 3,
            "{lang:?} {theme:?} {width}: the bound's bar is {open:?}"
        );
        let (solid, ink, grow) = open[0];
        assert_eq!(grow, Grow::Right, "the solid part grows in");
        let (mut last_x, mut last_w) = (solid.x + solid.w, f64::INFINITY);
        for (rect, color, grow) in &open[1..] {
            assert_eq!(*grow, Grow::Appear(1.0), "the open part waits for the bar");
            assert_eq!(
                *color, ink,
                "the bar's own colour, which the dark rules map"
            );
            assert!(rect.x >= last_x - 0.01, "dashes run on outwards: {open:?}");
            assert!(
                rect.w < last_w,
                "{lang:?} {theme:?}: each dash shorter: {open:?}"
            );
            (last_x, last_w) = (rect.x + rect.w, rect.w);
        }
        let whole = last_x - solid.x;
        assert!(
            solid.w <= whole * 0.95,
            "a part of the bar is open: {solid:?} of {whole}"
        );
        assert_eq!(
            bar_of(&s, exact).len(),
            1,
            "{lang:?}: an exact value's bar is one solid bar"
        );
    }
}

#[test]
fn a_bar_of_a_value_nearly_reached_ends_in_dashes() {
    let r = common::edited(|v| {
        common::figure(v, "services-revenue")["qualifier"] = "近".into();
    });
    let s = scene(&r, Lang::Zh, ThemeName::Light, 1280.0);
    let open = bar_of(&s, "近400亿元");
    assert!(open.len() >= 3, "the ceiling's bar is {open:?}");
    let ink = open[0].1;
    assert!(
        open.iter().all(|(_, c, _)| *c == ink),
        "dashes keep the bar's colour"
    );
    let gaps = open
        .windows(2)
        .filter(|w| w[1].0.x - (w[0].0.x + w[0].0.w) > 1.0)
        .count();
    assert!(gaps >= 2, "a dashed end has gaps: {open:?}");
}

#[test]
fn a_whole_that_is_a_bound_ends_open_so_the_part_reads_as_at_most_its_proportion_and_no_share_is_printed(
) {
    let r = common::report();
    for (lang, theme, width, ..) in views() {
        let view = View { width, lang, theme };
        let s = report_charts::publish::scene(&r, "business-entities", view, &mut ApproxMeasure)
            .unwrap();
        let p = Palette::of(theme);
        let track: Vec<&Rect> = (s.marks.iter())
            .filter_map(|m| match m {
                Mark::Rect {
                    rect,
                    color,
                    grow: Grow::Appear(_),
                } if *color == p.track => Some(rect),
                _ => None,
            })
            .collect();
        assert!(
            track.len() >= 3,
            "{lang:?} {theme:?} {width}: the whole 超10万户's track ends open: {track:?}"
        );
        let shares: Vec<&str> = s.texts().map(|t| t.0).filter(|t| t.contains('%')).collect();
        assert!(
            shares.is_empty(),
            "a share of a bound whole is no known share: {shares:?}"
        );
    }
}
