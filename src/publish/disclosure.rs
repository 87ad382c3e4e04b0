//! The one disclosure under each chart of the story page, 数据与下载 (Data and downloads):
//! the chart's numbers as a table, the report's sentences they come from (each once),
//! the PNG, SVG and CSV downloads and the embed codes. Closed, it is one tab stop; it
//! opens without script, and its downloads are the build's own files.

use crate::publish::files;
use crate::publish::html::escape;
use crate::publish::resolve;
use crate::shared::messages::page::{
    PAGE_COPY, PAGE_DATA, PAGE_DOWNLOAD, PAGE_EMBED, PAGE_HEADS, PAGE_SOURCE,
};
use crate::shared::model::{Chart, Lang, Report};
use crate::shared::spec::Row;

/// One of the page's `(zh, en)` words in `lang`.
pub fn say(words: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => words.0,
        Lang::En => words.1,
    }
}

/// The disclosure of `chart` in `lang`; asset URLs start with `base`.
pub fn disclosure(report: &Report, chart: &Chart, lang: Lang, base: &str) -> String {
    let rows = resolve::rows(report, chart, lang);
    format!(
        "<details class=\"data\"><summary>{summary}</summary>\n{table}{sources}{downloads}{embed}</details>\n",
        summary = say(PAGE_DATA, lang),
        table = table(chart, &rows, lang),
        sources = sources(&rows, lang),
        downloads = downloads(&chart.id, lang, base, true),
        embed = embed_codes(&chart.id, lang),
    )
}

/// The distinct source sentences of `rows`, in their first row's order.
fn sentences(rows: &[Row]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for r in rows {
        if !r.source.is_empty() && !out.contains(&r.source.as_str()) {
            out.push(&r.source);
        }
    }
    out
}

/// The chart's numbers as a table, one row per figure in drawing order: the same rows
/// the tooltips show. The change column is left out when no figure has a change; when
/// the figures come from more than one sentence, a last column gives each row's
/// sentence by its number in the list under the table.
fn table(chart: &Chart, rows: &[Row], lang: Lang) -> String {
    let has_change = rows.iter().any(|r| !r.change.is_empty());
    let listed = sentences(rows);
    let numbered = listed.len() > 1;
    let [item, value, change] = PAGE_HEADS.map(|w| say(w, lang));
    let source = say(PAGE_SOURCE, lang);
    let mut out = format!(
        "<table id=\"table-{id}\"><caption>{title}</caption>\n<thead><tr><th scope=\"col\">{item}</th><th scope=\"col\">{value}</th>",
        id = escape(&chart.id),
        title = escape(chart.title.pick(lang)),
    );
    if has_change {
        out.push_str(&format!("<th scope=\"col\">{change}</th>"));
    }
    if numbered {
        out.push_str(&format!("<th scope=\"col\">{source}</th>"));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td>",
            escape(&r.label),
            escape(&r.value)
        ));
        if has_change {
            out.push_str(&format!("<td>{}</td>", escape(&r.change)));
        }
        if numbered {
            let n = listed
                .iter()
                .position(|s| *s == r.source)
                .map_or(0, |i| i + 1);
            out.push_str(&format!(
                "<td class=\"ref\" data-label=\"{source}\">{n}</td>"
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    out
}

/// The sentences the chart's numbers come from, each once: a paragraph for one, a
/// numbered list for several (the numbers of the table's last column).
fn sources(rows: &[Row], lang: Lang) -> String {
    let listed = sentences(rows);
    let head = say(PAGE_SOURCE, lang);
    match listed.as_slice() {
        [] => String::new(),
        [one] => format!(
            "<div class=\"sources\"><p class=\"sources-head\">{head}</p><p lang=\"zh-CN\">{}</p></div>\n",
            escape(one)
        ),
        many => {
            let items: String = many
                .iter()
                .map(|s| format!("<li lang=\"zh-CN\">{}</li>", escape(s)))
                .collect();
            format!("<div class=\"sources\"><p class=\"sources-head\">{head}</p><ol>{items}</ol></div>\n")
        }
    }
}

/// The PNG (the build's article image; with script, one drawn at the reader's width),
/// the SVG and the CSV of chart `id`. Without the build's image (`png` false) the PNG
/// link is hidden until the script, which draws it, shows it.
pub(crate) fn downloads(id: &str, lang: Lang, base: &str, png: bool) -> String {
    let named = |class: &str, path: String, href: String, label: &str, extra: String| {
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        format!(
            "<a class=\"{class}\" href=\"{href}\" download=\"{name}\"{extra}>{label}</a>",
            href = escape(&href),
            name = escape(&name),
        )
    };
    let link = |class: &str, path: String, label: &str, extra: String| {
        named(class, path.clone(), format!("{base}{path}"), label, extra)
    };
    // A file saved under the name its address ends with needs no name of its own: a bare
    // `download` saves it so (some 90 B gzip of a story page's first load). The PNG keeps
    // its name, which the script saves the image it draws under.
    let saved = |class: &str, path: String, label: &str, extra: String| {
        format!(
            "<a class=\"{class}\" href=\"{}\" download{extra}>{label}</a>",
            escape(&format!("{base}{path}"))
        )
    };
    // The SVG in the page's dark theme, for the script to offer when the page is dark.
    let dark = format!(
        " data-dark=\"{base}{}\"",
        escape(&files::svg(id, lang, false, true))
    );
    format!(
        "<p class=\"downloads\">{label} {} {} {}</p>\n",
        if png {
            link("dl-png", files::png(id, lang), "PNG", String::new())
        } else {
            // No file to fall back on: the link names the chart, which the script draws.
            let chart = format!("#chart-{id}");
            named(
                "dl-png",
                files::png(id, lang),
                chart,
                "PNG",
                " hidden".into(),
            )
        },
        saved("dl-svg", files::svg(id, lang, false, false), "SVG", dark),
        saved("dl-csv", files::csv(id, lang), "CSV", String::new()),
        label = say(PAGE_DOWNLOAD, lang),
    )
}

/// The embed codes, hidden until `www/app.js` writes them (they need the served site's
/// address). One line: the one-file edition marks it offline by its opening tag. Each
/// code's `<textarea>` is made by `www/story-tools.js` when the codes are first written:
/// Chromium lays the whole page out again for every few textareas when its parsing ends
/// (12 layouts for the 24 of a story page of 12 charts, about two thirds of that task's
/// time at CPU 4×; issue 19, long tasks), hidden or not.
pub(crate) fn embed_codes(id: &str, lang: Lang) -> String {
    let [toggle, iframe, script] = PAGE_EMBED.map(|w| say(w, lang));
    let [copy, copied] = PAGE_COPY.map(|w| say(w, lang));
    let code = |name: &str, rows: u8| {
        format!(
            "<label data-rows=\"{rows}\"><span class=\"code-label\">{name}</span></label><button type=\"button\" data-copied=\"{copied}\">{copy}</button>"
        )
    };
    format!(
        "<details class=\"embed-code\" data-embed=\"{embed}\" hidden><summary>{toggle}</summary>{}{}</details>\n",
        code(iframe, 4),
        code(script, 2),
        embed = escape(&files::embed(id, lang)),
    )
}
