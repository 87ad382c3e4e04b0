//! What only images and the reader's wasm show, read from the same code natively: the
//! scenes of the article PNGs, the social cards and the long image, the alt texts of the
//! long image's page, and what the wasm decodes and draws from `charts.LANG.bin`.

use crate::trace::{self, Finding};
use crate::{outputs, read};
use report_charts::publish::{article, card, files, long, page};
use report_charts::shared::charts;
use report_charts::shared::charts::shown::describe;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::Report;
use report_charts::shared::spec::Entry;
use report_charts::shared::theme::{Theme, ThemeName};
use report_charts::shared::wire;

/// Audits what the reader's wasm gets from `charts.LANG.bin`: the texts it hands the page
/// (captions, the aria label, tooltip rows) and the text it draws, at a phone's and the
/// story column's width.
pub fn resolved(r: &Report, bytes: &[u8], place: &str, out: &mut Vec<Finding>) {
    let resolved = wire::decode(bytes).unwrap_or_else(|e| panic!("{place}: {e:?}"));
    for entry in &resolved.charts {
        let Entry::Chart(spec) = entry else {
            panic!("{place}: a broken chart in a built file");
        };
        let chart = r.chart(&spec.id).unwrap();
        let scope = trace::chart_scope(r, chart);
        let at = format!("{place} (chart {})", spec.id);
        let mut texts = vec![spec.title.clone(), spec.subtitle.clone(), describe(spec)];
        for it in &spec.items {
            let row = it.row();
            texts.extend([row.label, row.value, row.change, row.source]);
        }
        for t in &texts {
            trace::audit(t, &scope, &format!("{at} texts"), out);
        }
        for width in [360.0, 848.0] {
            let theme = Theme::new(ThemeName::Light, width);
            let scene = charts::layout(spec, theme, width, &mut ApproxMeasure);
            outputs::scene(
                &scene,
                &scope,
                resolved.lang,
                &format!("{at} canvas at {width} px"),
                out,
            );
        }
    }
}

/// Audits the images drawn natively (article PNGs, social cards, the long image) and the
/// alt texts of the long image's page.
pub fn images(r: &Report, out: &mut Vec<Finding>) {
    let page_scope = trace::page_scope(r);
    for lang in page::languages(r) {
        for c in &r.charts {
            let scope = trace::chart_scope(r, c);
            let png = article::chart_scene(r, &c.id, lang).unwrap();
            outputs::scene(
                &png,
                &scope,
                lang,
                &format!("png/{}{}.png", c.id, files::suffix(lang)),
                out,
            );
            let card = card::card_scene(r, &c.id, lang, ThemeName::Light).unwrap();
            outputs::scene(
                &card,
                &scope,
                lang,
                &format!("og/{}{}.png", c.id, files::suffix(lang)),
                out,
            );
        }
        let image = long::LongImage::new(r, lang).unwrap();
        for b in &image.blocks {
            let scope = match &b.kind {
                long::Kind::Chart(id) => trace::chart_scope(r, r.chart(id).unwrap()),
                _ => page_scope.clone(),
            };
            outputs::scene(
                &b.scene,
                &scope,
                lang,
                &format!("long image ({lang:?}), {}", b.name),
                out,
            );
        }
        let sizes = vec![(1080, 1080); image.slices.len()];
        let html = article::long_page(r, lang, &image, &sizes);
        slice_alts(&html, &page_scope, &files::long_page(lang), out);
    }
}

/// The long image's page names each slice by its place (第 1 张, Slice 1) before what it
/// shows: that first number is the slice's ordinal, the rest traces like any text.
fn slice_alts(html: &str, scope: &trace::Scope, place: &str, out: &mut Vec<Finding>) {
    let alts = read::tokens(html).into_iter().filter_map(|t| match t {
        read::Token::Tag { name, attrs, .. } if name == "img" => {
            attrs.into_iter().find(|(n, _)| n == "alt").map(|(_, v)| v)
        }
        _ => None,
    });
    let mut count = 0;
    for (i, alt) in alts.enumerate() {
        count += 1;
        let (label, shows) = alt.split_once(['：', ':']).unwrap_or(("", &alt));
        let ordinal = read::numbers(label);
        let want = (i + 1) as f64;
        if !matches!(ordinal.as_slice(), [(_, read::Printed::Number { value, .. })] if *value == want)
        {
            out.push(Finding {
                place: format!("{place} [alt {}]", i + 1),
                printed: label.to_string(),
                problem: format!("the slice's name is not its ordinal {want}"),
            });
        }
        trace::audit(shows, scope, &format!("{place} [alt {}]", i + 1), out);
    }
    assert!(count > 0, "{place}: no slice images");
}
