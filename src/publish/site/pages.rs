//! The report's pages and what they show without script: the SVG fallbacks in both
//! themes at both widths, the CSV tables, the story pages, the embeds, the forwarder
//! and the demo article.

use super::{Dist, Input, Templates};
use crate::publish::demo;
use crate::publish::files;
use crate::publish::inline_svg;
use crate::publish::page::{self, SvgSizes};
use crate::publish::social::Site;
use crate::shared::layout::ApproxMeasure;
use crate::shared::model::{Lang, Report};
use crate::shared::theme::ThemeName;
use crate::shared::{render, view::View};

/// Widths of the static fallbacks: the page's column on a desktop and on a phone.
const WIDE: f64 = 720.0;
const NARROW: f64 = 360.0;

/// SVG sizes recorded while the fallbacks are drawn, by chart, narrowness and language:
/// a list, not a hash map, which would weigh on the editor's wasm for a few dozen entries;
/// and each chart's light SVGs to write into the page should it be the first
/// ([`SvgSizes::inline`]).
pub struct Sizes(Vec<(SvgKey, (f64, f64))>, Vec<Inline>);

/// A chart's light SVGs for the page itself: its id, language, and each SVG with its
/// class (`wide`, `mid`, `narrow`).
type Inline = (String, Lang, Vec<(&'static str, String)>);

/// A fallback SVG: its chart, whether narrow, its language.
type SvgKey = (String, bool, Lang);

impl SvgSizes for Sizes {
    fn size(&self, id: &str, narrow: bool, lang: Lang) -> (f64, f64) {
        self.0
            .iter()
            .rev()
            .find(|((i, n, l), _)| i == id && *n == narrow && *l == lang)
            .map_or((640.0, 400.0), |(_, size)| *size)
    }

    fn inline(&self, id: &str, lang: Lang) -> Vec<(&str, &str)> {
        self.1
            .iter()
            .find(|(i, l, _)| i == id && *l == lang)
            .map(|(_, _, svgs)| svgs.iter().map(|(c, s)| (*c, s.as_str())).collect())
            .unwrap_or_default()
    }
}

/// Puts `svg/ID[.en][.narrow][.dark].svg` and `csv/ID[.en].csv` of every chart into `out`;
/// returns the SVGs' sizes for the pages' `width` and `height`.
pub fn fallbacks(r: &Report, out: &mut Dist) -> Result<Sizes, String> {
    let mut sizes = Sizes(Vec::new(), Vec::new());
    for lang in page::languages(r) {
        for c in &r.charts {
            let mut narrow_light = String::new();
            for narrow in [false, true] {
                for dark in [false, true] {
                    let width = if narrow { NARROW } else { WIDE };
                    let theme = if dark {
                        ThemeName::Dark
                    } else {
                        ThemeName::Light
                    };
                    let view = View { width, lang, theme };
                    let scene = crate::publish::scene(r, &c.id, view, &mut ApproxMeasure)?;
                    sizes
                        .0
                        .push(((c.id.clone(), narrow, lang), (scene.width, scene.height)));
                    let svg = render::svg(&scene, c.title.pick(lang))?;
                    if narrow && !dark {
                        narrow_light.clone_from(&svg);
                    }
                    out.put(files::svg(&c.id, lang, narrow, dark), svg);
                }
            }
            // Drawn where the canvas that replaces them is drawn at the same width.
            let mut inline = Vec::new();
            for (class, width) in [("wide", inline_svg::WIDE), ("mid", inline_svg::MID)] {
                let view = View {
                    width,
                    lang,
                    theme: ThemeName::Light,
                };
                let scene = crate::publish::scene(r, &c.id, view, &mut ApproxMeasure)?;
                inline.push((class, render::svg(&scene, c.title.pick(lang))?));
            }
            inline.push(("narrow", narrow_light));
            sizes.1.push((c.id.clone(), lang, inline));
            out.put(
                files::csv(&c.id, lang),
                crate::publish::resolve::csv(r, c, lang),
            );
        }
    }
    Ok(sizes)
}

/// Puts the story page of each language, every chart's embed page, the forwarder and the
/// demo article into `out`. A drafted report's story pages say that nobody has reviewed it.
pub fn pages(input: Input<'_>, t: &Templates, sizes: &Sizes, site: &Site, out: &mut Dist) {
    let r = input.report;
    let cx = page::Context {
        sizes,
        site,
        text: input.text,
    };
    for lang in page::languages(r) {
        let mut html = page::fill(&t.page, r, lang, &cx);
        if input.draft || super::unreviewed(r) {
            html = mark_draft(&html, lang);
        }
        out.put(files::story(lang), html);
        for c in &r.charts {
            out.put(
                files::embed(&c.id, lang),
                page::embed_page(&t.embed_chart, r, &c.id, lang, &cx),
            );
        }
    }
    if !t.forwarder.is_empty() {
        out.put(files::FORWARDER, demo::forwarder(&t.forwarder, r));
    }
    if !t.demo.is_empty() {
        out.put(files::DEMO, demo::article(&t.demo, r));
    }
}

/// The notice that a page shows the draft's reading of the text, unreviewed: first in
/// the story, before any figure.
fn mark_draft(html: &str, lang: Lang) -> String {
    let note = format!(
        "<p class=\"draft-notice\" role=\"note\">{}</p>\n",
        crate::publish::html::escape(crate::shared::messages::site::draft_notice().said_in(lang))
    );
    match html.find("<main class=\"story\">") {
        Some(i) => {
            let at = i + "<main class=\"story\">".len();
            format!(
                "{}\n{note}{}",
                &html[..at],
                html[at..].trim_start_matches('\n')
            )
        }
        None => html.replacen("<body>", &format!("<body>\n{note}"), 1),
    }
}
