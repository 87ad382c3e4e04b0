//! The story page as static HTML, written at build time from the data: every section,
//! every chart as a `<figure>` with its pre-rendered SVG and caption. Readers without
//! script, or whose browser cannot run the wasm, see the whole story from this alone;
//! `www/app.js` then paints each canvas over its SVG.
//!
//! There is one page per language: `index.html` in Chinese and, when the report has
//! English, `en/index.html`, each with every text, table and fallback in its language,
//! so that search engines and readers without script read English too. The language
//! switch is a link between the two.

use crate::model::{Lang, Report};
use crate::resolve;
use crate::social::{self, Card};

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Sizes of the pre-rendered SVGs, for `width`/`height` attributes that reserve space
/// before the image loads (no layout shift).
pub trait SvgSizes {
    /// `(width, height)` in CSS pixels of chart `id` in `lang` at the wide or the narrow width.
    fn size(&self, id: &str, narrow: bool, lang: Lang) -> (f64, f64);
}

/// What the pages are built with besides the report: the sizes of the static SVGs and
/// where the site will be served.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// Sizes of the SVG fallbacks.
    pub sizes: &'a dyn SvgSizes,
    /// The site's public address, if known.
    pub site: &'a social::Site,
}

/// Whether the report has an English edition: the English page, its SVGs, CSVs, cards
/// and long image are written only then.
pub fn has_english(report: &Report) -> bool {
    // A page half in English would be worse than none: the English edition appears when
    // the last label is filled in.
    report.english_complete()
}

/// The languages the site is written in: Chinese, and English when the report has it.
pub fn languages(report: &Report) -> Vec<Lang> {
    if has_english(report) {
        vec![Lang::Zh, Lang::En]
    } else {
        vec![Lang::Zh]
    }
}

/// What sets a language's files apart: `""` for Chinese, `".en"` for English
/// (`svg/ID.en.svg`, `csv/ID.en.csv`, `png/ID.en.png`).
pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => ".en",
    }
}

/// What a `<figure>` carries besides the chart.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// Prefix of asset URLs (`""` on the story page, `"../"` in `embed/ID.html`).
    pub base: &'a str,
    /// The 查看数据 table of the chart's numbers.
    pub table: bool,
    /// Downloads and embed codes.
    pub tools: bool,
}

/// The story page's figure: table and tools included.
pub const STORY: Parts<'static> = Parts {
    base: "",
    table: true,
    tools: true,
};

/// One chart as a `<figure>`: the SVG fallback (narrow and wide, light and dark), the
/// canvas that replaces it, and a caption for screen readers.
pub fn figure(
    report: &Report,
    id: &str,
    sizes: &dyn SvgSizes,
    lang: Lang,
    parts: Parts<'_>,
) -> String {
    let Some(chart) = report.chart(id) else {
        return String::new();
    };
    let s = resolve::resolve(report, chart, lang);
    let alt = escape(&resolve::describe(&s));
    let (w, h) = sizes.size(id, false, lang);
    let (nw, nh) = sizes.size(id, true, lang);
    let id = escape(id);
    let base = parts.base;
    let l = suffix(lang);
    let [downloads, embed] = match lang {
        Lang::Zh => ["下载", "嵌入代码"],
        Lang::En => ["Download", "Embed code"],
    };

    // The PNG is the article image the build drew (png/ID.png); with script, app.js
    // draws one at the reader's width instead.
    let tools = if parts.tools {
        format!(
            r#"<div class="tools"><span class="tools-label">{downloads}</span> <a class="dl-png" href="{base}png/{id}{l}.png" download="{id}{l}.png">PNG</a> <a class="dl-svg" href="{base}svg/{id}{l}.svg" download="{id}{l}.svg">SVG</a> <a class="dl-csv" href="{base}csv/{id}{l}.csv" download="{id}{l}.csv">CSV</a>
<details class="embed-code" hidden><summary>{embed}</summary></details></div>
"#
        )
    } else {
        String::new()
    };
    format!(
        r#"<figure class="chart" data-chart="{id}" id="chart-{id}">
<div class="plot"><picture class="fallback"><source media="(max-width: 520px) and (prefers-color-scheme: dark)" srcset="{base}svg/{id}{l}.narrow.dark.svg" width="{nw}" height="{nh}"><source media="(max-width: 520px)" srcset="{base}svg/{id}{l}.narrow.svg" width="{nw}" height="{nh}"><source media="(prefers-color-scheme: dark)" srcset="{base}svg/{id}{l}.dark.svg" width="{w}" height="{h}"><img src="{base}svg/{id}{l}.svg" width="{w}" height="{h}" alt="{alt}" loading="lazy" decoding="async"></picture><canvas role="img" tabindex="0" aria-label="{alt}" hidden></canvas></div>
<figcaption class="visually-hidden">{title}{stop}{subtitle}</figcaption>
{table}{tools}</figure>
"#,
        stop = if lang == Lang::Zh { "。" } else { ". " },
        title = escape(chart.title.pick(lang)),
        subtitle = escape(chart.subtitle.pick(lang)),
        table = if parts.table {
            table(report, chart, lang)
        } else {
            String::new()
        },
    )
}

/// Column heads and the toggle of the data table; `www/app.js` has the same words for
/// the language switch.
fn table_words(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Zh => ["查看数据", "项目", "数值", "变化", "原文"],
        Lang::En => ["Show data", "Item", "Value", "Change", "Source (Chinese)"],
    }
}

/// The chart's numbers as a table behind a 查看数据 toggle: the same rows the tooltips show.
pub fn table(report: &Report, chart: &crate::model::Chart, lang: Lang) -> String {
    let [toggle, item, value, change, source] = table_words(lang);
    let mut out = format!(
        "<details class=\"data\"><summary>{toggle}</summary>\n<table id=\"table-{id}\"><caption>{title}</caption>\n<thead><tr><th scope=\"col\">{item}</th><th scope=\"col\">{value}</th><th scope=\"col\">{change}</th><th scope=\"col\">{source}</th></tr></thead>\n<tbody>\n",
        id = escape(&chart.id),
        title = escape(chart.title.pick(lang)),
    );
    for r in resolve::rows(report, chart, lang) {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td lang=\"zh-CN\">{}</td></tr>\n",
            escape(&r.label),
            escape(&r.value),
            escape(&r.change),
            escape(&r.source)
        ));
    }
    out.push_str("</tbody></table></details>\n");
    out
}

/// The language switch: a link to each language's page, the current one marked.
/// Absent when the report has only one language. It comes before the header and stays
/// in view (sticky) down the whole story, so that a reader can switch wherever they are.
fn lang_switch(report: &Report, lang: Lang) -> String {
    let langs = languages(report);
    if langs.len() < 2 {
        return String::new();
    }
    let label = match lang {
        Lang::Zh => "语言 / Language",
        Lang::En => "Language",
    };
    let mut out = format!("<nav class=\"lang-switch\" aria-label=\"{label}\">");
    for l in langs {
        let (code, name) = (
            social::lang_code(l),
            if l == Lang::Zh { "中文" } else { "English" },
        );
        let current = if l == lang {
            " aria-current=\"page\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<a href=\"{href}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{name}</a>",
            href = social::story_href(lang, l),
        ));
    }
    out.push_str("</nav>\n");
    out
}

/// The story in `lang`: the language switch, headline, deck, byline, the sections with
/// their charts, and the source. Asset URLs lead from the language's page (the English
/// one is in `en/`) back to the site's root.
pub fn story(report: &Report, sizes: &dyn SvgSizes, lang: Lang) -> String {
    let m = &report.meta;
    let mut out = format!(
        r#"{switch}<header class="story-head">
<p class="kicker">{publication} · {year}</p>
<h1>{title}</h1>
<p class="deck">{deck}</p>
<p class="byline">{byline}</p>
</header>
"#,
        byline = escape(&resolve::byline(report, lang)),
        switch = lang_switch(report, lang),
        publication = escape(m.publication.pick(lang)),
        year = m.year,
        title = escape(m.title.pick(lang)),
        deck = escape(m.deck.pick(lang)),
    );
    for section in &report.sections {
        let charts: Vec<&str> = report
            .charts
            .iter()
            .filter(|c| c.section == section.id)
            .map(|c| c.id.as_str())
            .collect();
        if charts.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "<section class=\"part\" id=\"{id}\" aria-labelledby=\"h-{id}\">\n<h2 id=\"h-{id}\"><span class=\"short\">{short}</span> <span class=\"title\">{title}</span></h2>\n",
            id = escape(&section.id),
            short = escape(section.short.pick(lang)),
            title = escape(section.title.pick(lang)),
        ));
        let parts = Parts {
            base: social::story_base(lang),
            ..STORY
        };
        for id in charts {
            out.push_str(&figure(report, id, sizes, lang, parts));
        }
        out.push_str("</section>\n");
    }
    // A credit only for images the page shows: never the printed page's photo credit.
    let credit = m.image_credit.as_ref().map_or(String::new(), |c| {
        format!("<p class=\"credit\">{}</p>\n", escape(c.pick(lang)))
    });
    out.push_str(&format!(
        "<footer class=\"story-foot\">\n<p class=\"source\">{source}</p>\n{credit}</footer>\n",
        source = escape(&resolve::source_line(report, lang)),
    ));
    out
}

/// The page a card is for: where it is, its language, and its title and description
/// (empty: the chart's description).
struct CardPage<'a> {
    path: &'a str,
    base: &'a str,
    lang: Lang,
    title: &'a str,
    description: &'a str,
}

/// The tags of chart `id`'s card on `page`.
fn chart_card(report: &Report, id: &str, page: &CardPage<'_>, site: &social::Site) -> String {
    let lang = page.lang;
    let alt = report
        .chart(id)
        .map(|c| resolve::describe(&resolve::resolve(report, c, lang)))
        .unwrap_or_default();
    let pick = |t: &str| {
        if t.is_empty() {
            alt.clone()
        } else {
            t.to_string()
        }
    };
    let (title, description) = (pick(page.title), pick(page.description));
    let image = social::card_path(id, lang);
    let card = Card {
        title: &title,
        description: &description,
        image: &image,
        alt: &alt,
        path: page.path,
        base: page.base,
        lang,
    };
    social::og_tags(&card, site)
}

/// The resolved charts file of `lang`, as `report-charts resolve` names it.
pub fn data_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data/charts.zh.bin",
        Lang::En => "data/charts.en.bin",
    }
}

/// Fills the page template (written for the site's root) as the story page in `lang`:
/// `{{title}}`, `{{description}}`, `{{lang}}`, `{{og}}` (canonical and `hreflang` links
/// and the first chart's card), `{{data}}` (the charts file the page draws) and
/// `{{story}}`. The English page lives in `en/`, so
/// the template's relative URLs are moved down a folder.
pub fn fill(template: &str, report: &Report, lang: Lang, cx: &Context<'_>) -> String {
    let (title, deck) = (report.meta.title.pick(lang), report.meta.deck.pick(lang));
    let (path, base) = (social::story_path(lang), social::story_base(lang));
    let mut head = social::story_links(lang, &languages(report), cx.site);
    if let Some(c) = report.charts.first() {
        let page = CardPage {
            path,
            base,
            lang,
            title,
            description: deck,
        };
        head.push_str(&chart_card(report, &c.id, &page, cx.site));
    }
    social::rebase(&template.replace("{{data}}", data_file(lang)), base)
        .replace("{{og}}", head.trim_end())
        .replace("{{title}}", &escape(title))
        .replace("{{description}}", &escape(deck))
        .replace("{{lang}}", social::lang_code(lang))
        .replace("{{story}}", &story(report, cx.sizes, lang))
}

/// A chart's own page for iframes in `lang` (`embed/ID.html`, `embed/ID.en.html`): the
/// chart alone, full width, with its static SVG until the canvas is painted. Fills
/// `{{title}}`, `{{lang}}`, `{{figure}}`, and puts the chart's card tags at the end of the head.
pub fn embed_page(
    template: &str,
    report: &Report,
    id: &str,
    lang: Lang,
    cx: &Context<'_>,
) -> String {
    let title = report
        .chart(id)
        .map(|c| c.title.pick(lang))
        .unwrap_or_default();
    let parts = Parts {
        base: "../",
        table: false,
        tools: false,
    };
    let path = format!("embed/{id}{}.html", suffix(lang));
    let page = CardPage {
        path: &path,
        base: "../",
        lang,
        title,
        description: "",
    };
    let card = chart_card(report, id, &page, cx.site);
    template
        .replacen("</head>", &format!("{card}</head>"), 1)
        .replace("{{title}}", &escape(title))
        .replace("{{lang}}", social::lang_code(lang))
        .replace("{{figure}}", &figure(report, id, cx.sizes, lang, parts))
}
