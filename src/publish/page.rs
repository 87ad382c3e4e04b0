//! The story page as static HTML, written at build time from the data: every section,
//! every chart as a `<figure>` with its pre-rendered SVG and caption. Readers without
//! script, or whose browser cannot run the wasm, see the whole story from this alone;
//! `www/app.js` then paints each canvas over its SVG.
//!
//! There is one page per language: `index.html` in Chinese and, when the report has
//! English, `en/index.html`, each with every text, table and fallback in its language,
//! so that search engines and readers without script read English too. The language
//! switch is a link between the two.

use crate::publish::disclosure;
use crate::publish::files;
use crate::publish::html::escape;
use crate::publish::inline_svg;
use crate::publish::prose::{self, Prose};
use crate::publish::punctuation::full_width;
use crate::publish::resolve;
use crate::publish::social::{self, Card};
use crate::publish::story_text;
use crate::shared::charts::shown::describe;
use crate::shared::messages::{self, page::PAGE_SECTIONS};
use crate::shared::model::{Lang, Report, Section};
use std::collections::BTreeSet;

/// Sizes of the pre-rendered SVGs, for `width`/`height` attributes that reserve space
/// before the image loads (no layout shift).
pub trait SvgSizes {
    /// `(width, height)` in CSS pixels of chart `id` in `lang` at the wide or the narrow width.
    fn size(&self, id: &str, narrow: bool, lang: Lang) -> (f64, f64);

    /// The light SVGs of chart `id` in `lang` to write into the page when it is the first
    /// chart ([`inline_svg`]), each with its class (`wide`, `mid`, `narrow`); empty (the
    /// default): the page names the files, as for every other chart.
    fn inline(&self, _id: &str, _lang: Lang) -> Vec<(&str, &str)> {
        Vec::new()
    }
}

/// What the pages are built with besides the report: the sizes of the static SVGs and
/// where the site will be served.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// Sizes of the SVG fallbacks.
    pub sizes: &'a dyn SvgSizes,
    /// The site's public address, if known.
    pub site: &'a social::Site,
    /// The report's text (`data/SLUG.txt`), when there is one: the page prints it.
    pub text: Option<&'a str>,
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
    crate::publish::files::languages(report)
}

/// What a `<figure>` carries besides the chart.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// Prefix of asset URLs (`""` on the story page, `"../"` in `embed/ID.html`).
    pub base: &'a str,
    /// The 数据与下载 disclosure: data table, sources, downloads and embed codes.
    pub disclosure: bool,
    /// The page's first chart: its static SVG is written into the page ([`inline_svg`]) or,
    /// where there is none to write, fetched at once, first of the images, so that it is
    /// in the page's first paint (a reader never sees the article before its first chart,
    /// issue 19); `elementtiming="first-chart"` lets the bench time its paint. The others
    /// load lazily: the canvases replace most of them before they are needed.
    pub lead: bool,
}

/// The story page's figure: its disclosure included.
pub const STORY: Parts<'static> = Parts {
    base: "",
    disclosure: true,
    lead: false,
};

/// The fallback that names its SVG files, which the browser picks by the screen's width
/// and scheme; `alt` is escaped.
fn picture(id: &str, sizes: &dyn SvgSizes, lang: Lang, parts: Parts<'_>, alt: &str) -> String {
    let (w, h) = sizes.size(id, false, lang);
    let (nw, nh) = sizes.size(id, true, lang);
    let id = escape(id);
    let base = parts.base;
    let l = files::suffix(lang);
    let load = if parts.lead {
        r#"fetchpriority="high" elementtiming="first-chart""#
    } else {
        r#"loading="lazy" decoding="async""#
    };
    format!(
        r#"<picture class="fallback"><source media="(max-width: 520px) and (prefers-color-scheme: dark)" srcset="{base}svg/{id}{l}.narrow.dark.svg" width="{nw}" height="{nh}"><source media="(max-width: 520px)" srcset="{base}svg/{id}{l}.narrow.svg" width="{nw}" height="{nh}"><source media="(prefers-color-scheme: dark)" srcset="{base}svg/{id}{l}.dark.svg" width="{w}" height="{h}"><img src="{base}svg/{id}{l}.svg" width="{w}" height="{h}" alt="{alt}" {load}></picture>"#
    )
}

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
    let alt = escape(&describe(&s));
    let inline = parts.lead && !sizes.inline(id, lang).is_empty();
    let fallback = if inline {
        inline_svg::fallback(&sizes.inline(id, lang), &alt)
    } else {
        picture(id, sizes, lang, parts, &alt)
    };
    let id = escape(id);
    let base = parts.base;
    // What the first paint waits for (inline_svg::render_blocking): after the SVGs.
    let caption_id = match inline {
        true => format!(" id=\"{}\"", inline_svg::caption_id(&id)),
        false => String::new(),
    };
    format!(
        r#"<figure class="chart" data-chart="{id}" id="chart-{id}">
<div class="plot">{fallback}<canvas role="img" tabindex="0" aria-label="{alt}" hidden></canvas></div>
<figcaption class="visually-hidden"{caption_id}>{title}{stop}{subtitle}</figcaption>
{disclosure}</figure>
"#,
        stop = if lang == Lang::Zh { "。" } else { ". " },
        title = escape(chart.title.pick(lang)),
        subtitle = escape(chart.subtitle.pick(lang)),
        disclosure = if parts.disclosure {
            disclosure::disclosure(report, chart, lang, base)
        } else {
            String::new()
        },
    )
}

/// The sections that have charts or text, in the report's order: the page shows no other.
fn shown_sections<'a>(
    report: &'a Report,
    prose: Option<&'a Prose>,
) -> impl Iterator<Item = &'a Section> + 'a {
    report.sections.iter().filter(move |s| {
        report.charts.iter().any(|c| c.section == s.id)
            || prose.is_some_and(|p| p.of_section(&s.id).next().is_some())
    })
}

/// The list of sections under the header: a link to each section's heading, so that a
/// keyboard reader jumps between sections instead of tabbing through every chart.
fn section_list(report: &Report, prose: Option<&Prose>, lang: Lang) -> String {
    let links: String = shown_sections(report, prose)
        .map(|s| {
            format!(
                "<li><a href=\"#h-{id}\">{short}</a></li>",
                id = escape(&s.id),
                short = escape(s.short.pick(lang)),
            )
        })
        .collect();
    format!(
        "<nav class=\"sections\" aria-label=\"{label}\"{words}><ol>{links}</ol></nav>\n",
        label = disclosure::say(PAGE_SECTIONS, lang),
        words = story_text::script_words(lang),
    )
}

/// The language switch: a link to each language's page, the current one marked.
/// Absent when the report has only one language. It comes before the header and stays
/// in view (sticky) down the whole story, so that a reader can switch wherever they are.
fn lang_switch(report: &Report, lang: Lang) -> String {
    let langs = languages(report);
    if langs.len() < 2 {
        return String::new();
    }
    let label = messages::outputs::lang_switch(lang);
    let mut out = format!("<nav class=\"lang-switch\" aria-label=\"{label}\">");
    for l in langs {
        let (code, name) = (social::lang_code(l), messages::outputs::lang_name(l));
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

/// The story in `lang`: the language switch, headline, deck, byline, the lead graphic
/// (when a chart is marked `lead`), the text before the first heading, the sections with their text and charts (each after its paragraph),
/// and the source. Asset URLs lead from the language's page (the English one is in
/// `en/`) back to the site's root.
pub fn story(report: &Report, sizes: &dyn SvgSizes, lang: Lang, prose: Option<&Prose>) -> String {
    let m = &report.meta;
    let mut out = format!(
        r#"{switch}<header class="story-head">
<p class="kicker">{kicker}</p>
<h1>{title}</h1>
<p class="deck">{deck}</p>
<p class="byline">{byline}</p>
</header>
{sections}"#,
        byline = escape(&resolve::byline(report, lang)),
        switch = lang_switch(report, lang),
        sections = section_list(report, prose, lang),
        // A draft whose year the desk has not written yet says so, never "· 0"; its
        // publication left 待填写 is left out.
        kicker = escape(&crate::publish::kicker::kicker(report, lang)),
        // A period, a number with its unit and 规模以上 never break inside (the tester's P1).
        title = match lang {
            Lang::Zh => super::nobreak::kept_whole(&escape(m.title.pick(lang))),
            Lang::En => escape(m.title.pick(lang)),
        },
        // The deck is the first figure's sentence as printed (全区…852.6亿元,增长5.1%):
        // shown with the full-width marks the paper meant.
        deck = escape(&full_width(m.deck.pick(lang))),
    );
    out.push_str(&story_text::language_note(prose, lang));
    let parts = Parts {
        base: social::story_base(lang),
        ..STORY
    };
    // The first chart placed (the lead graphic, when the report has one) is the `lead`.
    let first = std::cell::Cell::new(true);
    let chart = |id: &str| {
        let lead = first.replace(false);
        figure(report, id, sizes, lang, Parts { lead, ..parts })
    };
    // The lead graphic opens the story: the headline figures before the first word.
    if let Some(lead) = report.lead_chart() {
        out.push_str(&chart(&lead.id));
    }
    let mut seen = BTreeSet::new();
    // The text before the first heading opens the story, as it opens the report.
    let intro = prose.into_iter().flat_map(|p| &p.parts);
    for p in intro.filter(|p| p.heading.is_none() && p.section.is_none()) {
        out.push_str(&story_text::paragraphs(
            report,
            &p.paragraphs,
            lang,
            &mut seen,
        ));
    }
    for section in shown_sections(report, prose) {
        // The heading takes focus (tabindex -1) when the section list links to it, so
        // that the next Tab goes on from the section, not from the top of the page.
        out.push_str(&format!(
            "<section class=\"part\" id=\"{id}\" aria-labelledby=\"h-{id}\">\n<h2 id=\"h-{id}\" tabindex=\"-1\">{short}<span class=\"title\">{title}</span></h2>\n",
            id = escape(&section.id),
            short = short_heading(section, lang),
            title = escape(section.title.pick(lang)),
        ));
        out.push_str(&story_text::section_body(
            report, prose, section, lang, &mut seen, &chart,
        ));
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
        .map(|c| describe(&resolve::resolve(report, c, lang)))
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

/// The resolved charts file of `lang` ([`crate::publish::files::resolved`]).
pub fn data_file(lang: Lang) -> &'static str {
    crate::publish::files::resolved(lang)
}

/// Fills the page template (written for the site's root) as the story page in `lang`:
/// `{{title}}`, `{{description}}`, `{{lang}}`, `{{og}}` (canonical and `hreflang` links
/// and the first chart's card), `{{data}}` (the charts file the page draws) and
/// `{{story}}`, and `{{charts}}` (the charts files, for the script). The English page lives in `en/`, so
/// the template's relative URLs are moved down a folder.
pub fn fill(template: &str, report: &Report, lang: Lang, cx: &Context<'_>) -> String {
    let (title, deck) = (
        report.meta.title.pick(lang),
        full_width(report.meta.deck.pick(lang)),
    );
    let (path, base) = (social::story_path(lang), social::story_base(lang));
    let mut head = social::story_links(lang, &languages(report), cx.site);
    let prose = cx.text.map(|t| prose::read(t, report));
    if let Some(c) = report.charts.first() {
        let page = CardPage {
            path,
            base,
            lang,
            title,
            description: &deck,
        };
        head.push_str(&chart_card(report, &c.id, &page, cx.site));
    }
    let story = story(report, cx.sizes, lang, prose.as_ref());
    head.push_str(&inline_svg::render_blocking(&story));
    social::rebase(&template.replace("{{data}}", data_file(lang)), base)
        .replace("{{og}}", head.trim_end())
        .replace("{{title}}", &escape(title))
        .replace("{{description}}", &escape(&deck))
        .replace("{{lang}}", social::lang_code(lang))
        .replace("{{story}}", &story)
        .replace("{{charts}}", &files::charts_attributes(report))
}

/// A chart's own page for iframes in `lang` (`embed/ID.html`, `embed/ID.en.html`): the
/// chart alone, full width, with its static SVG until the canvas is painted. Fills
/// `{{title}}`, `{{lang}}`, `{{figure}}`, `{{charts}}`, and puts the chart's card tags at the end of the head.
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
        disclosure: false,
        lead: false,
    };
    let path = files::embed(id, lang);
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
        .replace("{{charts}}", &files::charts_attributes(report))
}

/// The short name above a section's title, and the space after it; nothing where it
/// is the title itself (a draft's 全文 or 导语: the tester's M1 saw it twice).
fn short_heading(section: &Section, lang: Lang) -> String {
    let (short, title) = (section.short.pick(lang), section.title.pick(lang));
    if short.trim() == title.trim() {
        return String::new();
    }
    format!("<span class=\"short\">{}</span> ", escape(short))
}
