//! An indicator page's tables: each chart's data, and the numbers no chart of the page
//! draws, every row with its place, its period in the page's language and its sentence
//! linked to its report's page.

use super::Indicator;
use crate::publish::html::escape;
use crate::publish::punctuation::full_width;
use crate::publish::register::charts::Drawn;
use crate::publish::register::{Entry, Period};
use crate::shared::format;
use crate::shared::messages::register::{self as words, Page};
use crate::shared::messages::site::index_words;
use crate::shared::model::Lang;

/// The period of entry `e` in `lang`, as plain text (CSV). An English page names a
/// period other than a year by the English its report's data gives it, else by the
/// draft's English of the shape (上半年 → first half, 1—11月 → January–November); a
/// shape neither knows is printed in Chinese with a note saying so, never guessed.
pub(super) fn period(e: &Entry, lang: Lang) -> String {
    match period_parts(e, lang) {
        (p, true) => words::period_in_chinese(&p),
        (p, false) => p,
    }
}

/// The period of entry `e` in a page's cell: as [`period`], escaped, with the Chinese of
/// a period printed in Chinese on an English page marked `lang="zh-CN"` (a screen reader
/// reads it in Chinese, not as English letters).
fn period_html(e: &Entry, lang: Lang) -> String {
    match period_parts(e, lang) {
        (p, true) => {
            words::period_in_chinese(&format!("<span lang=\"zh-CN\">{}</span>", escape(&p)))
        }
        (p, false) => escape(&p),
    }
}

/// The period of entry `e` in `lang`, and whether it is left in Chinese on an English
/// page for want of English (see [`period`]).
fn period_parts(e: &Entry, lang: Lang) -> (String, bool) {
    match (&e.period, lang) {
        (Period::Year(y), _) => (words::year_label(lang, *y), false),
        (Period::Other(p), Lang::Zh) => (p.clone(), false),
        (Period::Other(p), Lang::En) if p.is_empty() => (String::new(), false),
        (Period::Other(p), Lang::En) => e
            .figure
            .period
            .as_ref()
            .map(|t| t.en.trim().to_string())
            .filter(|en| !en.is_empty())
            .or_else(|| crate::shared::messages::period_en::english(p))
            .map_or_else(|| (p.clone(), true), |en| (en, false)),
    }
}

/// A row's place cell: the report's place, or what the site's index says of a report that
/// names none (未注明地区), and the report's title under it. Every row says whose number
/// it is, so that an empty cell never reads as "the place above", and a phone's stacked
/// rows keep it too. A place or title in Chinese is marked so in the English page.
fn place_cell(e: &Entry, lang: Lang) -> String {
    let zh = if lang == Lang::Zh {
        ""
    } else {
        " lang=\"zh-CN\""
    };
    let place = if e.place.is_empty() {
        format!("<span>{}</span>", index_words(lang).no_place)
    } else if lang == Lang::En && !e.place_en.is_empty() {
        format!("<span>{}</span>", escape(&e.place_en))
    } else {
        format!("<span{zh}>{}</span>", escape(&e.place))
    };
    let (title, marked) = match e.title.pick(lang) {
        t if t.trim().is_empty() || lang == Lang::Zh => (e.title.zh.as_str(), zh),
        t => (t, ""),
    };
    format!("{place}<span class=\"r\"{marked}>{}</span>", escape(title))
}

/// The data table: every value linked to its sentence on its report's page.
pub(super) fn table(d: &Drawn<'_>, t: &Page, lang: Lang) -> String {
    let zh = if lang == Lang::Zh {
        ""
    } else {
        " lang=\"zh-CN\""
    };
    let mut out = format!(
        "<div class=\"table\"><table><caption>{}</caption><thead><tr>",
        escape(&format!("{}{}", t.table, d.spec.title))
    );
    for c in t.columns {
        out.push_str(&format!("<th scope=\"col\">{c}</th>"));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (it, e) in d.spec.items.iter().zip(&d.entries) {
        let value = it.value_text.clone().unwrap_or_default();
        let change = it.change.as_ref().map(|c| c.text.clone());
        let change = change.filter(|c| *c != value).unwrap_or_default();
        out.push_str(&format!(
            "<tr><td>{place}</td><td>{period}</td><td><a href=\"../{link}\">{value}</a></td><td>{change}</td><td class=\"s\"{zh}>{source} <a href=\"../{link}\"{en}>{open}</a></td></tr>\n",
            place = place_cell(e, lang),
            period = period_html(e, lang),
            link = escape(&e.link_in(lang)),
            value = escape(&value),
            change = escape(&change),
            source = escape(&full_width(&e.figure.source)),
            en = if lang == Lang::En { " lang=\"en\"" } else { "" },
            open = t.open,
        ));
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// The indicator's numbers that no chart of the page draws (periods, targets and years a
/// chart cannot set beside the others), each with its place, period, status, value and
/// change as printed, and its sentence linked to its report's page: the lead says the
/// page holds every number. Empty when the charts draw them all.
pub(super) fn rest(ind: &Indicator<'_>, drawn: &[Drawn<'_>], t: &Page, lang: Lang) -> String {
    let on_chart = |e: &Entry| (drawn.iter().flat_map(|d| &d.entries)).any(|x| std::ptr::eq(*x, e));
    let rest: Vec<&Entry> = ind.register.of(ind.id).filter(|e| !on_chart(e)).collect();
    if rest.is_empty() {
        return String::new();
    }
    let zh = if lang == Lang::Zh {
        ""
    } else {
        " lang=\"zh-CN\""
    };
    let mut out = format!(
        "<section class=\"rest\" id=\"rest\">\n<h2 id=\"rest-title\">{h}</h2>\n<div class=\"table\"><table aria-labelledby=\"rest-title\"><thead><tr>",
        h = t.rest
    );
    for c in t.rest_columns {
        out.push_str(&format!("<th scope=\"col\">{c}</th>"));
    }
    out.push_str("</tr></thead><tbody>\n");
    for e in rest {
        let f = &e.figure;
        // A figure printed only as a change is linked by its change (增长6.9%).
        let value = format::printed(f, lang).unwrap_or_default();
        let change = (f.change.as_ref().filter(|_| f.value.is_some()))
            .map(|c| format::changes::change_with_compare(c, f, lang))
            .unwrap_or_default();
        out.push_str(&format!(
            "<tr><td>{place}</td><td>{period}</td><td>{status}</td><td><a href=\"../{link}\">{value}</a></td><td>{change}</td><td class=\"s\"{zh}>{source} <a href=\"../{link}\"{en}>{open}</a></td></tr>\n",
            place = place_cell(e, lang),
            period = period_html(e, lang),
            status = crate::shared::messages::words::status(f.status, lang),
            link = escape(&e.link_in(lang)),
            value = escape(&value),
            change = escape(&change),
            source = escape(&full_width(&f.source)),
            en = if lang == Lang::En { " lang=\"en\"" } else { "" },
            open = t.open,
        ));
    }
    out.push_str("</tbody></table></div>\n</section>\n");
    out
}
