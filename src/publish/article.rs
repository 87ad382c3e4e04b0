//! Images for articles that take no script: each chart laid out at
//! [`ARTICLE_WIDTH`] CSS px, the width of a WeChat article's column, and drawn at
//! [`RATIO`]× (`png/ID.png`, `png/ID.en.png`); and the long image of the whole story
//! ([`crate::publish::long`]) as slices with a page for the desk to download them from
//! (`long/zh/01.png …`, `long/zh.zip`, `long/zh.html`).
//!
//! Drawn by a [`Painter`]: natively the same surface and fonts as the social cards
//! ([`crate::publish::raster`]), in the editor the browser.

use crate::publish::files;
#[cfg(not(target_arch = "wasm32"))]
use crate::publish::fonts::Fonts;
use crate::publish::html::escape;
use crate::publish::long::{self, LongImage, SLICE_MAX_HEIGHT};
use crate::publish::page;
use crate::publish::pixels::pixel_size_at;
#[cfg(not(target_arch = "wasm32"))]
use crate::publish::pixels::png_at;
use crate::publish::site::dist::Dist;
use crate::publish::site::paint::{Painter, Shot};
use crate::publish::{cover, zip};
use crate::shared::layout::{ApproxMeasure, Scene};
use crate::shared::model::{Lang, Report};
use crate::shared::theme::ThemeName;
use crate::shared::{messages, view::View};

/// The width in CSS pixels that article images are laid out at: a WeChat article's
/// column on a phone (about 343 CSS px), so that the theme's smallest text (12 px) is 12
/// px there. Laid out at 360, it shrank to 11.4 px in that column (tester s-test25's
/// F14); laid out for 540 px, labels shrank to about 9 px beside 17 px body text.
pub const ARTICLE_WIDTH: f64 = 343.0;
/// The width of an article image in image pixels: sharp on a 3× phone screen.
pub const ARTICLE_PIXELS: f64 = 1080.0;
/// Image pixels per CSS pixel: [`ARTICLE_PIXELS`] over [`ARTICLE_WIDTH`], about 3.15.
pub const RATIO: f64 = ARTICLE_PIXELS / ARTICLE_WIDTH;

/// Chart `id` laid out for an article, in the light theme.
///
/// # Errors
///
/// When `report` has no chart `id`, or its layout fails.
pub fn chart_scene(report: &Report, id: &str, lang: Lang) -> Result<Scene, String> {
    let view = View {
        width: ARTICLE_WIDTH,
        lang,
        theme: ThemeName::Light,
    };
    crate::publish::scene(report, id, view, &mut ApproxMeasure)
}

/// The size in image pixels of `scene` drawn at [`RATIO`]×.
pub fn pixel_size(scene: &Scene) -> (u32, u32) {
    pixel_size_at(scene, RATIO)
}

/// `scene` drawn at [`RATIO`]× as a PNG file: an article image.
///
/// # Errors
///
/// As [`crate::publish::pixels::png_at`].
#[cfg(not(target_arch = "wasm32"))]
pub fn png(scene: &Scene, fonts: &Fonts) -> Result<Vec<u8>, String> {
    png_at(scene, RATIO, fonts)
}

/// `pixels` of a long-image slice in CSS pixels, rounded: the size its page shows it at.
fn css_px(pixels: u32) -> u32 {
    (f64::from(pixels) / long::RATIO).round() as u32
}

/// The name a download saves file `path` of `folder` under: its path inside the folder,
/// its own folders joined by `-` (`cover/chart/growth.png` → `chart-growth.png`).
fn saved(path: &str, folder: &str) -> String {
    path.strip_prefix(folder).unwrap_or(path).replace('/', "-")
}

/// The long image's pages' stylesheet ([`files::long_style`]), shared by both languages.
pub const LONG_STYLE: &str = "body { margin: 0; font: 16px/1.6 system-ui, 'Noto Sans CJK SC', sans-serif; color: #1a1a1a; background: #f4f5f6; }
main { max-width: 560px; margin: 0 auto; padding: 16px 10px 48px; }
h1 { font-size: 22px; line-height: 1.35; }
.all { display: inline-block; padding: 8px 14px; background: #c4221f; color: #fff; border-radius: 4px; text-decoration: none; font-weight: bold; }
ol { list-style: none; padding: 0; }
ol img { display: block; width: 100%; height: auto; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
ol p { margin: 4px 0 20px; font-size: 13px; color: #5c5c5c; }
";

/// `long/LANG.html`: the slices in order, each a download link, the archive of all of
/// them, and the single chart images. `sizes` holds each slice's pixel size.
pub fn long_page(report: &Report, lang: Lang, image: &LongImage, sizes: &[(u32, u32)]) -> String {
    let w = messages::outputs::long_page(lang);
    let (said, sep) = messages::outputs::slice_separators(lang);
    let code = crate::publish::social::lang_code(lang);
    let n = image.slices.len().to_string();
    let title = format!("{} · {}", w.title, report.meta.title.pick(lang));
    let mut items = String::new();
    for (i, range) in image.slices.iter().enumerate() {
        let name = files::in_long(&files::long_slice(lang, i, image.slices.len())).to_string();
        let (pw, ph) = sizes.get(i).copied().unwrap_or((1080, 1080));
        let label = w.slice.replace("{i}", &(i + 1).to_string());
        let shows: Vec<&str> = image.blocks[range.clone()]
            .iter()
            .map(|b| b.name.as_str())
            .collect();
        items.push_str(&format!(
            "<li><a href=\"{name}\" download=\"{}\"><img src=\"{name}\" width=\"{}\" height=\"{}\" alt=\"{}\" loading=\"lazy\"></a><p>{label} · {pw} × {ph}</p></li>\n",
            name.replace('/', "-"),
            css_px(pw),
            css_px(ph),
            escape(&format!("{label}{said}{}", shows.join(sep))),
        ));
    }
    let covers = |chart: Option<&str>| {
        let (head, wide, square) = w.covers;
        let link = |square: bool, name: &str| {
            let file = files::cover(chart, square, lang);
            let saved = saved(&file, files::COVER);
            format!("<a href=\"../{file}\" download=\"{saved}\">{name}</a>")
        };
        format!(" · {head} {} · {}", link(false, wide), link(true, square))
    };
    let mut charts = format!("<li>{}{}</li>\n", w.story, covers(None));
    for c in &report.charts {
        let file = files::png(&c.id, lang);
        charts.push_str(&format!(
            "<li><a href=\"../{file}\" download=\"{}\">{}</a>{}</li>\n",
            saved(&file, "png/"),
            escape(c.title.pick(lang)),
            covers(Some(&c.id))
        ));
    }
    let other = if page::has_english(report) {
        let other = files::long_page(if lang == Lang::Zh { Lang::En } else { Lang::Zh });
        format!(
            "<p><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{name}</a></p>\n",
            files::in_long(&other),
            code = w.other.1,
            name = w.other.0
        )
    } else {
        String::new()
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"{style}\">\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{intro}</p>\n<p><a class=\"all\" href=\"{zip}\" download=\"{zip}\">{all}</a></p>\n{other}<ol class=\"slices\">\n{items}</ol>\n<h2>{charts_head}</h2>\n<ul class=\"charts\">\n{charts}</ul>\n</main>\n</body>\n</html>\n",
        title = escape(&title),
        intro = escape(&w.intro.replace("{n}", &n)),
        all = escape(&w.all.replace("{n}", &n)),
        charts_head = w.charts,
        zip = files::in_long(&files::long_zip(lang)),
        style = files::in_long(&files::long_style()),
    )
}

/// What [`files`](fn@files) drew.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Written {
    /// Chart images.
    pub charts: usize,
    /// Cover images.
    pub covers: usize,
    /// Slices per language, with each slice's pixel size.
    pub slices: Vec<(Lang, Vec<(u32, u32)>)>,
    /// Characters the font subset lacks (drawn as boxes).
    pub missing: Vec<char>,
}

fn note_missing(painter: &dyn Painter, scene: &Scene, missing: &mut Vec<char>) {
    for c in painter.missing_in(scene) {
        if !missing.contains(&c) {
            missing.push(c);
        }
    }
}

/// Writes the covers of the report and of every chart in `lang` under `out/cover/`;
/// returns how many.
fn write_covers(
    report: &Report,
    lang: Lang,
    painter: &mut dyn Painter,
    out: &mut Dist,
    missing: &mut Vec<char>,
) -> Result<usize, String> {
    let mut covers = vec![(None, cover::story(report, lang))];
    for c in &report.charts {
        covers.extend(cover::chart(report, &c.id, lang).map(|k| (Some(c.id.as_str()), k)));
    }
    let mut count = 0;
    for (id, content) in &covers {
        for shape in cover::Shape::ALL {
            let scene = cover::scene(content, shape, painter.measure());
            note_missing(painter, &scene, missing);
            let file = files::cover(*id, shape == cover::Shape::Square, lang);
            let png = painter.paint(&file, &scene, Shot::At(shape.ratio()))?;
            out.put(file, png);
            count += 1;
        }
    }
    Ok(count)
}

/// Puts `png/ID[.en].png` for every chart, the covers, and the long image of each
/// language (`long/LANG/NN.png`, `long/LANG.zip`, `long/LANG.html`) into `out`.
///
/// # Errors
/// When a chart cannot be laid out or drawn, or a block of the long image is too tall.
pub fn files(
    report: &Report,
    painter: &mut dyn Painter,
    out: &mut Dist,
) -> Result<Written, String> {
    let mut written = Written::default();
    for lang in page::languages(report) {
        for c in &report.charts {
            let scene = chart_scene(report, &c.id, lang)?;
            note_missing(painter, &scene, &mut written.missing);
            let file = files::png(&c.id, lang);
            let png = painter
                .paint(&file, &scene, Shot::At(RATIO))
                .map_err(|e| format!("{}: {e}", c.id))?;
            out.put(file, png);
            written.charts += 1;
        }
        written.covers += write_covers(report, lang, painter, out, &mut written.missing)?;
        let image = LongImage::new(report, lang)?;
        let mut sizes = Vec::new();
        let mut archive = Vec::new();
        let count = image.slices.len();
        for i in 0..count {
            let scene = image.slice(i);
            note_missing(painter, &scene, &mut written.missing);
            let size = pixel_size_at(&scene, long::RATIO);
            let file = files::long_slice(lang, i, count);
            if size.1 > SLICE_MAX_HEIGHT {
                return Err(messages::outputs::block_too_tall(
                    &file,
                    size.1,
                    SLICE_MAX_HEIGHT,
                ));
            }
            let bytes = painter.paint(&file, &scene, Shot::At(long::RATIO))?;
            archive.push((files::in_long(&file).to_string(), bytes.clone()));
            out.put(file, bytes);
            sizes.push(size);
        }
        out.put(files::long_zip(lang), zip::stored(&archive)?);
        out.put(
            files::long_page(lang),
            long_page(report, lang, &image, &sizes),
        );
        written.slices.push((lang, sizes));
    }
    out.put(files::long_style(), LONG_STYLE.as_bytes().to_vec());
    Ok(written)
}
