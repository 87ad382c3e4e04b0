//! The story page as static HTML, written at build time from the data: every section,
//! every chart as a `<figure>` with its pre-rendered SVG and caption. Readers without
//! script, or whose browser cannot run the wasm, see the whole story from this alone;
//! `www/app.js` then paints each canvas over its SVG.

use crate::model::{Lang, Report};
use crate::resolve;

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
    /// `(width, height)` in CSS pixels of chart `id` at the wide or the narrow width.
    fn size(&self, id: &str, narrow: bool) -> (f64, f64);
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
    let (w, h) = sizes.size(id, false);
    let (nw, nh) = sizes.size(id, true);
    let id = escape(id);
    let base = parts.base;

    let tools = if parts.tools {
        format!(
            r#"<div class="tools"><span class="tools-label">下载</span> <a class="dl-png" href="{base}svg/{id}.svg" hidden>PNG</a> <a class="dl-svg" href="{base}svg/{id}.svg" download="{id}.svg">SVG</a> <a class="dl-csv" href="{base}csv/{id}.csv" download="{id}.csv">CSV</a>
<details class="embed-code" hidden><summary>嵌入代码</summary></details></div>
"#
        )
    } else {
        String::new()
    };
    format!(
        r#"<figure class="chart" data-chart="{id}" id="chart-{id}">
<div class="plot"><picture class="fallback"><source media="(max-width: 520px) and (prefers-color-scheme: dark)" srcset="{base}svg/{id}.narrow.dark.svg" width="{nw}" height="{nh}"><source media="(max-width: 520px)" srcset="{base}svg/{id}.narrow.svg" width="{nw}" height="{nh}"><source media="(prefers-color-scheme: dark)" srcset="{base}svg/{id}.dark.svg" width="{w}" height="{h}"><img src="{base}svg/{id}.svg" width="{w}" height="{h}" alt="{alt}" loading="lazy" decoding="async"></picture><canvas role="img" tabindex="0" aria-label="{alt}" hidden></canvas></div>
<figcaption class="visually-hidden">{title}。{subtitle}</figcaption>
{table}{tools}</figure>
"#,
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

/// The story: headline, deck, byline, the sections with their charts, and the source.
pub fn story(report: &Report, sizes: &dyn SvgSizes, lang: Lang) -> String {
    let m = &report.meta;
    let mut out = format!(
        r#"<header class="story-head">
<p class="kicker">{publication} · {year}</p>
<h1>{title}</h1>
<p class="deck">{deck}</p>
<p class="byline">{byline}</p>
<nav class="lang-switch" aria-label="语言 / Language"><a href="?lang=zh" hreflang="zh-CN" lang="zh-CN"{zh_current}>中文</a><a href="?lang=en" hreflang="en" lang="en"{en_current}>English</a></nav>
</header>
"#,
        byline = escape(&resolve::byline(report, lang)),
        zh_current = if lang == Lang::Zh {
            " aria-current=\"true\""
        } else {
            ""
        },
        en_current = if lang == Lang::En {
            " aria-current=\"true\""
        } else {
            ""
        },
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
        for id in charts {
            out.push_str(&figure(report, id, sizes, lang, STORY));
        }
        out.push_str("</section>\n");
    }
    out.push_str(&format!(
        "<footer class=\"story-foot\">\n<p class=\"source\">{source}</p>\n<p class=\"credit\">{credit}</p>\n</footer>\n",
        source = escape(&resolve::source_line(report, lang)),
        credit = escape(m.image_credit.pick(lang)),
    ));
    out
}

/// Open Graph and Twitter tags: how a link to the page unfurls when shared, with the
/// social card at `image` (`og/ID.png`, written by `report-charts og`).
pub fn og_tags(title: &str, description: &str, image: &str, alt: &str) -> String {
    use crate::raster::{CARD_HEIGHT, CARD_WIDTH};
    format!(
        "<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:description\" content=\"{}\">\n<meta property=\"og:image\" content=\"{}\">\n<meta property=\"og:image:width\" content=\"{CARD_WIDTH}\">\n<meta property=\"og:image:height\" content=\"{CARD_HEIGHT}\">\n<meta property=\"og:image:alt\" content=\"{}\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n",
        escape(title),
        escape(description),
        escape(image),
        escape(alt)
    )
}

/// The tags of chart `id`'s card, its URL prefixed by `base`.
fn chart_og(report: &Report, id: &str, base: &str, title: &str, description: &str) -> String {
    let alt = report
        .chart(id)
        .map(|c| resolve::describe(&resolve::resolve(report, c, Lang::Zh)))
        .unwrap_or_default();
    let title = if title.is_empty() { &alt } else { title };
    let description = if description.is_empty() {
        &alt
    } else {
        description
    };
    og_tags(title, description, &format!("{base}og/{id}.png"), &alt)
}

/// The resolved charts file of `lang`, as `report-charts resolve` names it.
pub fn data_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "data/charts.zh.bin",
        Lang::En => "data/charts.en.bin",
    }
}

/// Fills the page template: `{{title}}`, `{{description}}`, `{{lang}}`, `{{og}}` (the
/// first chart's card), `{{data}}` (the charts file the page draws) and `{{story}}`.
pub fn fill(template: &str, report: &Report, sizes: &dyn SvgSizes, lang: Lang) -> String {
    let (title, deck) = (report.meta.title.pick(lang), report.meta.deck.pick(lang));
    let og = report
        .charts
        .first()
        .map(|c| chart_og(report, &c.id, "", title, deck))
        .unwrap_or_default();
    template
        .replace("{{og}}", og.trim_end())
        .replace("{{title}}", &escape(report.meta.title.pick(lang)))
        .replace("{{description}}", &escape(report.meta.deck.pick(lang)))
        .replace("{{lang}}", if lang == Lang::Zh { "zh-CN" } else { "en" })
        .replace("{{data}}", data_file(lang))
        .replace("{{story}}", &story(report, sizes, lang))
}

/// A chart's own page for iframes (`embed/ID.html`): the chart alone, full width, with
/// its static SVG until the canvas is painted. Fills `{{title}}`, `{{lang}}`, `{{figure}}`,
/// and puts the chart's card tags at the end of the head.
pub fn embed_page(template: &str, report: &Report, id: &str, sizes: &dyn SvgSizes) -> String {
    let title = report
        .chart(id)
        .map(|c| c.title.zh.as_str())
        .unwrap_or_default();
    let parts = Parts {
        base: "../",
        table: false,
        tools: false,
    };
    template
        .replacen(
            "</head>",
            &format!("{}</head>", chart_og(report, id, "../", title, "")),
            1,
        )
        .replace("{{title}}", &escape(title))
        .replace("{{lang}}", "zh-CN")
        .replace("{{figure}}", &figure(report, id, sizes, Lang::Zh, parts))
}
