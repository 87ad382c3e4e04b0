//! An indicator's chart as a story page's chart: the same `<figure class="chart">` (the
//! static SVG as fallback, the canvas the reader's `app.js` paints over it, the caption),
//! the same downloads and embed codes ([`disclosure`]), and an embed page filled from the
//! story's template (`www/embed-chart.html`), drawn by the same `frame.js`. The register's
//! charts are encoded into `indicators/data/ID[.en].bin` as a report's charts are, so that
//! the one wasm draws both.

use super::charts::Drawn;
use crate::publish::disclosure;
use crate::publish::files;
use crate::publish::html::escape;
use crate::shared::model::Lang;

/// The site's shared files as the indicators' pages name them (relative to
/// `indicators/`): the reader's scripts (copied beside the pages, as each report has
/// its own), the story stylesheet at the site's root, and the embed page's template.
#[derive(Debug, Clone, Default)]
pub struct Scripts {
    /// The story page's module (`app.HASH.js`).
    pub app: String,
    /// The embed page's module (`frame.HASH.js`).
    pub frame: String,
    /// The story stylesheet (`../style.HASH.css`).
    pub style: String,
    /// `www/embed-chart.html`, as written for a report's `embed/`.
    pub embed_template: String,
    /// The reader's wasm that draws the register's kinds
    /// (`../pkg/report_charts_register_bg.HASH.wasm`); empty without the site's assets.
    pub wasm: String,
}

/// The embed page without script, for a register built without the site's assets: the
/// static SVG and its caption.
const STATIC_EMBED: &str = "<!doctype html>\n<html lang=\"{{lang}}\"{{charts}}>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{{title}}</title>\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body class=\"embed-body\">\n<main class=\"embed\">\n<h1 class=\"visually-hidden\">{{title}}</h1>\n{{figure}}\n</main>\n</body>\n</html>\n";

/// The charts files of indicator `id` and the wasm that draws them (`wasm`, when the
/// site has it) as attributes of its pages' `<html>`, for the scripts (relative to
/// `indicators/`, where the scripts are).
pub fn charts_attributes(id: &str, wasm: &str) -> String {
    let data = |lang| escape(&data_file(id, lang));
    let wasm = if wasm.is_empty() {
        String::new()
    } else {
        format!(" data-wasm=\"{}\"", escape(wasm))
    };
    format!(
        " data-charts-zh=\"{}\" data-charts-en=\"{}\" data-embed-script=\"{}\"{wasm}",
        data(Lang::Zh),
        data(Lang::En),
        files::EMBED_SCRIPT
    )
}

/// The charts file of indicator `id` in `lang`, relative to `indicators/`:
/// `data/ID[.en].bin`.
pub fn data_file(id: &str, lang: Lang) -> String {
    files::indicator_data(id, lang)
}

/// The `<picture>` of a chart (narrow and wide, light and dark) and, with script, the
/// canvas over it; `base` reaches `indicators/` from the page.
pub fn plot(id: &str, lang: Lang, sizes: [(f64, f64); 2], alt: &str, base: &str) -> String {
    let [(nw, nh), (w, h)] = sizes.map(|(w, h)| (w.round(), h.round()));
    let f = |narrow, dark| format!("{base}{}", files::svg(id, lang, narrow, dark));
    format!(
        "<div class=\"plot\"><picture class=\"fallback\"><source media=\"(max-width: 520px) and (prefers-color-scheme: dark)\" srcset=\"{}\" width=\"{nw}\" height=\"{nh}\">\
<source media=\"(max-width: 520px)\" srcset=\"{}\" width=\"{nw}\" height=\"{nh}\">\
<source media=\"(prefers-color-scheme: dark)\" srcset=\"{}\" width=\"{w}\" height=\"{h}\">\
<img src=\"{}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" loading=\"lazy\" decoding=\"async\"></picture>\
<canvas role=\"img\" tabindex=\"0\" aria-label=\"{alt}\" hidden></canvas></div>",
        f(true, true),
        f(true, false),
        f(false, true),
        f(false, false),
    )
}

/// The caption screen readers hear: title and subtitle.
pub fn caption(d: &Drawn<'_>, lang: Lang) -> String {
    format!(
        "<figcaption class=\"visually-hidden\">{}{}{}</figcaption>",
        escape(&d.spec.title),
        if lang == Lang::Zh { "。" } else { ". " },
        escape(&d.spec.subtitle)
    )
}

/// The story page's downloads and embed codes under a chart: PNG (drawn by the script
/// at the reader's width, so offered only with script), SVG, CSV, and the two embed codes
/// (written by the script with the served site's address).
pub fn tools(id: &str, lang: Lang, summary: &str) -> String {
    format!(
        "<details class=\"data\"><summary>{summary}</summary>\n{}{}</details>\n",
        disclosure::downloads(id, lang, "", false),
        disclosure::embed_codes(id, lang),
    )
}

/// A chart's embed page, from the story's embed template when the site has one: the
/// chart alone, drawn by `frame.js`, and a link to its indicator's page.
pub fn embed_page(
    d: &Drawn<'_>,
    indicator: &str,
    plot: &str,
    scripts: &Scripts,
    more: &str,
) -> String {
    let lang = d.spec.lang;
    let page = files::indicator(indicator, lang);
    let page = page.trim_start_matches(files::INDICATORS);
    let figure = format!(
        "<figure class=\"chart\" data-chart=\"{id}\" id=\"chart-{id}\">\n{plot}\n{caption}\n</figure>\n<p class=\"note\"><a href=\"../{page}\" target=\"_top\">{more}</a></p>",
        id = escape(&d.spec.id),
        caption = caption(d, lang),
        page = escape(page),
    );
    let template = if scripts.embed_template.is_empty() {
        STATIC_EMBED.to_string()
    } else {
        // The template is written for a report's `embed/`: the report's root is `../`,
        // here `indicators/`, and the shared files are one folder further up.
        scripts
            .embed_template
            .replace("\"../style.css\"", &format!("\"../{}\"", scripts.style))
            .replace("\"../frame.js\"", &format!("\"../{}\"", scripts.frame))
    };
    template
        .replace("\"../favicon.svg\"", "\"../../favicon.svg\"")
        .replace("{{title}}", &escape(&d.spec.title))
        .replace("{{lang}}", crate::publish::social::lang_code(lang))
        .replace("{{charts}}", &charts_attributes(indicator, &scripts.wasm))
        .replace("{{figure}}", &figure)
}
