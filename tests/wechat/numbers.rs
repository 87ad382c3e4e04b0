//! No number on the WeChat images that is not a figure of the report: a chart's image,
//! cover and block hold only its own figures' numbers, read whole with their decimals
//! and separators.

use super::*;

/// The numbers written in `text`: runs of digits with their decimal point and thousands
/// separators (dropped), as 2,739.63 → 2739.63.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut n = String::new();
        while i < chars.len() {
            let c = chars[i];
            let inner =
                matches!(c, '.' | ',') && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            if c.is_ascii_digit() || (inner && c == '.') {
                n.push(c);
            } else if !inner {
                break;
            }
            i += 1;
        }
        out.push(n);
    }
    out
}

/// Every number the figures of `charts` may be printed as in `lang`: their values,
/// changes and old values as the charts format them, the share a before → after chart
/// computes from two of them, a part's share of its whole on a part-whole chart, and the numbers inside their labels (5000平方米以上楼宇);
/// a waffle's legend; and the report's year. A note's numbers are not among them: a note
/// must print its figures as the chart does.
fn figure_numbers<'a>(
    r: &Report,
    charts: impl IntoIterator<Item = &'a Chart>,
    lang: Lang,
) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = numbers(&r.meta.year.to_string()).into_iter().collect();
    for c in charts {
        let spec = resolve::resolve(r, c, lang);
        for it in &spec.items {
            let mut texts = vec![it.label.clone()];
            texts.extend(it.number.clone());
            texts.extend(it.value_text.clone());
            if let Some(ch) = &it.change {
                texts.extend([ch.text.clone(), ch.short.clone()]);
                texts.extend(ch.from_text.clone());
                texts.extend(ch.reference.clone());
            }
            out.extend(texts.iter().flat_map(|t| numbers(t)));
        }
        if c.kind == report_charts::shared::charts::waffle::KIND {
            // Its legend, 每个小方代表1%: the scale of its hundred cells, as an axis's.
            out.insert("1".to_string());
        }
    }
    out
}

fn strays(scene: &Scene, allowed: &BTreeSet<String>) -> Vec<String> {
    scene
        .texts()
        .flat_map(|(t, _)| numbers(t).into_iter().map(move |n| format!("{n} in {t:?}")))
        .filter(|n| !allowed.contains(n.split(' ').next().unwrap_or_default()))
        .collect()
}

#[test]
fn every_number_on_the_wechat_images_is_a_figure_of_the_report() {
    let r = report();
    let fonts = fonts();
    for lang in LANGS {
        // A chart's image, cover and block hold only its own figures' numbers; the head of
        // the long image and the story's cover may hold any figure's.
        let every = every_figure(&r);
        let mut all = figure_numbers(&r, &r.charts, lang);
        all.extend(figure_numbers(&r, [&every], lang));
        let long = LongImage::new(&r, lang).unwrap();
        for block in &long.blocks {
            let allowed = match &block.kind {
                Kind::Chart(id) => figure_numbers(&r, r.chart(id), lang),
                _ => all.clone(),
            };
            let stray = strays(&block.scene, &allowed);
            assert!(
                stray.is_empty(),
                "{lang:?} long image, {:?}: {stray:?}",
                block.kind
            );
        }
        for c in &r.charts {
            let own = figure_numbers(&r, [c], lang);
            let scene = article::chart_scene(&r, &c.id, lang).unwrap();
            let stray = strays(&scene, &own);
            assert!(stray.is_empty(), "{lang:?} {}: {stray:?}", c.id);
        }
        for (name, content) in covers(&r, lang) {
            let allowed = match r.chart(&name) {
                Some(c) => figure_numbers(&r, [c], lang),
                None => all.clone(),
            };
            for shape in Shape::ALL {
                let scene = cover::scene(&content, shape, &mut &fonts);
                let stray = strays(&scene, &allowed);
                assert!(stray.is_empty(), "{lang:?} cover {name}: {stray:?}");
            }
        }
    }
}

#[test]
fn numbers_are_read_whole_with_their_decimals_and_separators() {
    assert_eq!(numbers("达2,739.63亿元，增长4.3%。"), ["2739.63", "4.3"]);
    assert_eq!(numbers("PM2.5 下降9.7%，2024年"), ["2.5", "9.7", "2024"]);
    assert_eq!(numbers("1. 2"), ["1", "2"]);
}

#[test]
fn a_number_that_is_no_figure_is_caught() {
    let r = report();
    let allowed = figure_numbers(&r, r.chart("growth"), Lang::Zh);
    let mut scene = article::chart_scene(&r, "growth", Lang::Zh).unwrap();
    scene.marks.push(Mark::Text {
        text: "合计123456.7亿元".into(),
        x: 0.0,
        baseline: 10.0,
        anchor: report_charts::shared::layout::Anchor::Start,
        font: report_charts::shared::layout::Font::regular(12.0),
        color: report_charts::shared::theme::Color(0, 0, 0),
        bounds: report_charts::shared::layout::Rect {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: 1.0,
        },
        motion: report_charts::shared::layout::Motion::Still,
    });
    assert_eq!(
        strays(&scene, &allowed),
        ["123456.7 in \"合计123456.7亿元\""]
    );
}
