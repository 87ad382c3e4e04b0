//! Output file names: what sets a language's files apart.

use crate::shared::model::{Lang, Report};

/// What sets a language's files apart: `""` for Chinese, `".en"` for English
/// (`svg/ID.en.svg`, `csv/ID.en.csv`, `png/ID.en.png`).
pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    }
}

/// The story page in `lang`: `index.html`, `en/index.html`.
pub const fn story(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "index.html",
        Lang::En => "en/index.html",
    }
}

/// The folder of the story page in `lang`, inside its report's: `""`, `en/`.
pub fn story_folder(lang: Lang) -> &'static str {
    story(lang).trim_end_matches("index.html")
}

/// The static fallback of chart `id`: `svg/ID[.en][.narrow][.dark].svg`.
pub fn svg(id: &str, lang: Lang, narrow: bool, dark: bool) -> String {
    let narrow = if narrow { ".narrow" } else { "" };
    let dark = if dark { ".dark" } else { "" };
    format!("svg/{id}{}{narrow}{dark}.svg", suffix(lang))
}

/// The data of chart `id` as a table: `csv/ID[.en].csv`.
pub fn csv(id: &str, lang: Lang) -> String {
    format!("csv/{id}{}.csv", suffix(lang))
}

/// The iframe page of chart `id`: `embed/ID[.en].html`.
pub fn embed(id: &str, lang: Lang) -> String {
    format!("embed/{id}{}.html", suffix(lang))
}

/// The 1200 × 630 social card of chart `id`: `og/ID[.en].png`.
pub fn og(id: &str, lang: Lang) -> String {
    format!("og/{id}{}.png", suffix(lang))
}

/// The article image of chart `id`, 1080 px wide: `png/ID[.en].png`.
pub fn png(id: &str, lang: Lang) -> String {
    format!("png/{id}{}.png", suffix(lang))
}

/// The resolved charts file the reader draws: `data/charts.zh.bin`, `data/charts.en.bin`.
pub fn resolved(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data/charts.zh.bin",
        Lang::En => "data/charts.en.bin",
    }
}

/// The report's data and text beside the site (`data/SLUG.json`, `data/SLUG.txt`): the
/// editor opens them with `editor.html?report=SLUG`.
pub fn source(slug: &str, ext: &str) -> String {
    format!("data/{slug}.{ext}")
}

/// The folder of the long image's slices in `lang`, inside [`LONG`]: `long/zh/`, `long/en/`.
pub fn long_slices(lang: Lang) -> String {
    format!("{LONG}{}/", code(lang))
}

/// Slice `i` (from 0) of the `count` slices of the long image in `lang`:
/// `long/zh/01.png`, `long/zh/02.png` … (three digits past 99).
pub fn long_slice(lang: Lang, i: usize, count: usize) -> String {
    let digits = count.to_string().len().max(2);
    format!("{}{:0digits$}.png", long_slices(lang), i + 1)
}

/// The archive of the long image's slices in `lang`: `long/zh.zip`.
pub fn long_zip(lang: Lang) -> String {
    format!("{LONG}{}.zip", code(lang))
}

/// The page of the long image in `lang`, for the desk: `long/zh.html`.
pub fn long_page(lang: Lang) -> String {
    format!("{LONG}{}.html", code(lang))
}

/// The stylesheet of the long image's pages, beside them: `long/long.css`. A file, not a
/// `<style>` in each page: the README's Content-Security-Policy (`style-src 'self'`)
/// refuses inline styles.
pub fn long_style() -> String {
    format!("{LONG}long.css")
}

/// A file inside [`LONG`] as the long image's page and its archive name it (`zh/01.png`
/// for `long/zh/01.png`); a file outside it as it is.
pub fn in_long(path: &str) -> &str {
    path.strip_prefix(LONG).unwrap_or(path)
}

/// The folder of the covers.
pub const COVER: &str = "cover/";

/// A cover, wide (2.35:1) or `square` (1:1): the report's, `cover/story[.1x1][.en].png`,
/// or chart `id`'s, `cover/chart/ID[.1x1][.en].png`.
pub fn cover(chart: Option<&str>, square: bool, lang: Lang) -> String {
    let name = match chart {
        Some(id) => format!("chart/{id}"),
        None => "story".to_string(),
    };
    let shape = if square { ".1x1" } else { "" };
    format!("{COVER}{name}{shape}{}.png", suffix(lang))
}

/// What the editor's 发布 reads to build the site in the browser
/// ([`crate::publish::site::manifest`]), at the report's root.
pub const PUBLISH: &str = "publish.json";

/// The editor's own files in a built site: its page, scripts and stylesheet.
const EDITOR: [&str; 4] = ["editor.html", "editor.js", "editor-worker.js", "editor.css"];

/// The wasm that only the desk loads: the editor's, its 发布's and its draft's.
const DESK_WASM: [&str; 3] = [
    "pkg/report_charts_editor_bg.wasm",
    "pkg/report_charts_publish_bg.wasm",
    "pkg/report_charts_draft_bg.wasm",
];

/// The data file's JSON Schema, for the desk's tools.
pub const SCHEMA: &str = "report.schema.json";

/// True for a file of a built site that serves the desk, not the reader: the editor (its
/// page, scripts, stylesheet and wasm), what its 发布 reads ([`PUBLISH`]), the data
/// file's [`SCHEMA`], the register's wasm (only the indicators' pages of a site of many
/// reports load it) and the demo article with its stylesheet. The site the editor's 发布
/// writes leaves them out; `make build`'s `dist/` keeps them, for the editor is served
/// from there and publishes from its files.
pub fn for_the_desk(path: &str) -> bool {
    EDITOR.contains(&path)
        || DESK_WASM.contains(&path)
        || path == PUBLISH
        || path == SCHEMA
        || is_register_wasm(path)
        || path.starts_with(DEMO_FOLDER)
}

/// The folder of the demo article and its stylesheet.
const DEMO_FOLDER: &str = "demo/";

/// The folder of the long image, its archives and its pages.
pub const LONG: &str = "long/";

/// The names the editor gives report `slug`'s files, as JSON for its script, so that it
/// never builds one itself: `data`, the data file the desk saves and its messages name
/// (`SLUG.json`); `open`, the site's text and data the editor opens (`data/SLUG.txt`,
/// `data/SLUG.json`); `site`, the archive of 发布 (`SLUG-site.zip`); `long`, the long
/// image's folder and, per language, its slices' folder and the archive of them alone
/// (`SLUG-long-zh.zip`); `publish`, the site's [`PUBLISH`]; `embed_script`, the
/// [`EMBED_SCRIPT`] an embed code loads.
pub fn editor_names(slug: &str) -> String {
    let long = |lang: Lang| {
        serde_json::json!({
            "slices": long_slices(lang),
            "zip": format!("{slug}-long-{}.zip", code(lang)),
        })
    };
    serde_json::json!({
        "data": format!("{slug}.json"),
        "open": { "text": source(slug, "txt"), "data": source(slug, "json") },
        "site": format!("{slug}-site.zip"),
        "long": { "folder": LONG, "zh": long(Lang::Zh), "en": long(Lang::En) },
        "publish": PUBLISH,
        "embed_script": EMBED_SCRIPT,
    })
    .to_string()
}

/// The one-file edition of the story: `SLUG.html`.
pub fn one_file(slug: &str) -> String {
    format!("{slug}.html")
}

/// The `embed.html?chart=ID` forwarder, at the report's root.
pub const FORWARDER: &str = "embed.html";

/// The story page's wasm, the reader's (before its content hash).
pub const READER_WASM: &str = "pkg/report_charts_bg.wasm";

/// The story page's script, at the report's root (before its content hash).
pub const APP: &str = "app.js";

/// The embed pages' script, at the report's root (before its content hash).
pub const FRAME: &str = "frame.js";

/// The story page's downloads and embed codes, at the report's root (before its content
/// hash): [`APP`] imports it when a reader first uses one, so that it is no part of the
/// first load.
pub const STORY_TOOLS: &str = "story-tools.js";

/// The charts file of an indicator's page in `lang`, relative to [`INDICATORS`]:
/// `data/ID[.en].bin`.
pub fn indicator_data(id: &str, lang: Lang) -> String {
    format!("data/{id}{}.bin", suffix(lang))
}

/// The reader's wasm built with the register's chart kinds (feature `register`), which
/// the indicators' pages load instead of the story page's: before its content hash.
pub const REGISTER_WASM: &str = "pkg/report_charts_register_bg.wasm";

/// True for [`REGISTER_WASM`], with or without its content hash.
pub fn is_register_wasm(path: &str) -> bool {
    let (stem, ext) = REGISTER_WASM.split_at(REGISTER_WASM.len() - ".wasm".len());
    path.strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(ext))
        .is_some_and(|hash| hash.is_empty() || hash.starts_with('.'))
}

/// The pages' stylesheet, at the report's root (before its content hash).
pub const STYLE: &str = "style.css";

/// The pages' icon, at the report's root (shared by every report of a site, never hashed).
pub const FAVICON: &str = "favicon.svg";

/// The host page's script of the embeds, at the report's root.
pub const EMBED_SCRIPT: &str = "embed.js";

/// The names the script embed and the embed forwarder need (`embed.js`, `frame.js`),
/// written by the build beside the report: they find a chart's files here instead of
/// building their names. The story page and the chart's embed page hand theirs to the
/// scripts in `data-` attributes.
pub const MANIFEST: &str = "files.json";

/// The contents of [`MANIFEST`] for `report`: per language, the charts file, and per
/// chart its static SVG (wide and narrow, light) and its embed page; the embed
/// forwarder and the stylesheet (renamed with its content hash by the build, here too).
pub fn manifest(report: &Report) -> String {
    let mut langs = serde_json::Map::new();
    for lang in languages(report) {
        let mut charts = serde_json::Map::new();
        for c in &report.charts {
            charts.insert(
                c.id.clone(),
                serde_json::json!({
                    "svg": svg(&c.id, lang, false, false),
                    "narrow": svg(&c.id, lang, true, false),
                    "embed": embed(&c.id, lang),
                }),
            );
        }
        langs.insert(
            code(lang).to_string(),
            serde_json::json!({ "data": resolved(lang), "charts": charts }),
        );
    }
    langs.insert("forwarder".into(), FORWARDER.into());
    langs.insert("style".into(), STYLE.into());
    serde_json::Value::Object(langs).to_string()
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

/// The charts files of `report`'s languages as attributes of a page's `<html>`
/// (` data-charts-zh="data/charts.zh.bin"` …), for the scripts: relative to the report's
/// root, where the scripts are.
pub fn charts_attributes(report: &Report) -> String {
    languages(report)
        .into_iter()
        .map(|l| format!(" data-charts-{}=\"{}\"", code(l), resolved(l)))
        .chain([format!(" data-embed-script=\"{EMBED_SCRIPT}\"")])
        .collect()
}

/// The register of every figure of a site of many reports (issue 20 §2).
pub const INDICATORS_CSV: &str = "indicators.csv";

/// The folder of the indicators' pages and their charts' files; a chart's files inside
/// it are named as a report's are ([`svg`], [`csv`], [`embed`]).
pub const INDICATORS: &str = "indicators/";

/// The page of indicator `id` in `lang`: `indicators/ID[.en].html`.
pub fn indicator(id: &str, lang: Lang) -> String {
    format!("{INDICATORS}{id}{}.html", suffix(lang))
}

/// The stylesheet of the indicators' pages and embeds: `indicators/indicators.css`.
pub const INDICATORS_STYLE: &str = "indicators/indicators.css";

/// The index of a site of many reports, at the site's root: `index.html`.
pub const SITE_INDEX: &str = "index.html";

/// The demo article that embeds a report's charts as a news site would: `demo/index.html`.
pub const DEMO: &str = "demo/index.html";

/// The stylesheet of a site's index: `index.css` (no inline styles: the pages keep to
/// `style-src 'self'`).
pub const INDEX_STYLE: &str = "index.css";

/// The languages a report's site is written in: Chinese, and English when every text has
/// its English (a page half in English would be worse than none).
pub fn languages(report: &Report) -> Vec<Lang> {
    if report.english_complete() {
        vec![Lang::Zh, Lang::En]
    } else {
        vec![Lang::Zh]
    }
}
