//! An indicator's page, `indicators/ID.html`: its charts across reports as static SVG
//! (a phone's layout and a wide one, chosen by CSS), each chart's data table with every
//! value linked to its report's page and its sentence quoted, and the places a chart
//! left out for the desk. A first version: no canvas, embeds, downloads per chart or
//! English page yet (see `data/README.md`, "The register").

use super::charts::{self, Drawn, Measure, Of};
use super::{Period, Register};
use crate::publish::html::escape;
use crate::shared::charts as kinds;
use crate::shared::layout::ApproxMeasure;
use crate::shared::messages::register as words;
use crate::shared::model::Lang;
use crate::shared::render;
use crate::shared::theme::{Theme, ThemeName};

/// The widths an indicator page lays its charts out at: a phone's and a wide column.
const WIDTHS: [(f64, &str); 2] = [(360.0, "narrow"), (680.0, "wide")];

/// The page's own style: the SVG of the reader's width, a table that scrolls sideways.
const STYLE: &str = "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:0 auto;max-width:720px;padding:16px;color:#1a1a1a;line-height:1.6}figure{margin:24px 0}svg{max-width:100%;height:auto}.wide{display:none}@media (min-width:700px){.narrow{display:none}.wide{display:block}}.table{overflow-x:auto}table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}td.s{color:#555;min-width:16em}td:nth-child(-n+3),th{white-space:nowrap}.unsure{color:#555;font-size:14px}@media (max-width:600px){thead{display:none}tr,td{display:block}td{border:0;padding:2px 0}tr{border-bottom:1px solid #ddd;padding:8px 0}td.s{min-width:0}}";

/// One chart: its SVG at each width and its data table.
fn chart(d: &Drawn<'_>, lang: Lang) -> Result<String, String> {
    let mut out = String::from("<figure>\n");
    for (w, class) in WIDTHS {
        let theme = Theme::new(ThemeName::Light, w.max(kinds::MIN_WIDTH));
        let scene = kinds::layout(&d.spec, theme, w, &mut ApproxMeasure);
        let svg = render::svg(&scene, &d.spec.title)?;
        out.push_str(&format!(
            "<div class=\"{class}\" role=\"img\" aria-label=\"{}\">{svg}</div>\n",
            escape(&crate::shared::spec::describe(&d.spec))
        ));
    }
    let t = words::page(lang);
    out.push_str("<div class=\"table\"><table><thead><tr>");
    for c in t.columns {
        out.push_str(&format!("<th>{c}</th>"));
    }
    out.push_str("</tr></thead><tbody>\n");
    for (it, e) in d.spec.items.iter().zip(&d.entries) {
        let period = match &e.period {
            Period::Year(y) => words::year_label(lang, *y),
            Period::Other(p) => p.clone(),
        };
        let value = it.value_text.clone().unwrap_or_default();
        let change = it
            .change
            .as_ref()
            .map(|c| c.text.clone())
            .unwrap_or_default();
        out.push_str(&format!(
            "<tr><td>{place}</td><td>{period}</td><td><a href=\"../{link}\">{value}</a></td><td>{change}</td><td class=\"s\">{source} <a href=\"../{link}\">{open}</a></td></tr>\n",
            place = escape(&e.place),
            link = escape(&e.link),
            value = escape(&value),
            change = escape(if value == change { "" } else { &change }),
            source = escape(&it.source),
            open = t.open,
        ));
    }
    out.push_str("</tbody></table></div>\n");
    if !d.unsure.is_empty() {
        out.push_str(&format!(
            "<p class=\"unsure\">{}{}</p>\n",
            t.unsure,
            escape(&d.unsure.join("、"))
        ));
    }
    if !d.bounds.is_empty() {
        out.push_str(&format!(
            "<p class=\"unsure\">{}{}</p>\n",
            t.bounds,
            escape(&d.bounds.join("、"))
        ));
    }
    out.push_str("</figure>\n");
    Ok(out)
}

/// Every chart of indicator `id` named `name`: the rankings (values, growth), targets
/// beside results, and a trend a place.
pub fn drawn<'a>(register: &'a Register, id: &str, name: &str, lang: Lang) -> Vec<Drawn<'a>> {
    let of = Of { id, name, lang };
    let mut out: Vec<Drawn<'a>> = Vec::new();
    out.extend(charts::target_result(register, of));
    out.extend(charts::ranking(register, of, Measure::Value));
    out.extend(charts::ranking(register, of, Measure::Growth));
    out.extend(charts::trends(register, of));
    out
}

/// The page of indicator `id` named `name`, in Chinese: `indicators/ID.html`, which
/// links the reports' pages at `../SLUG/` and the register at `../indicators.csv`.
pub fn page(register: &Register, id: &str, name: &str) -> Result<String, String> {
    let lang = Lang::Zh;
    let t = words::page(lang);
    let mut body = String::new();
    let drawn = drawn(register, id, name, lang);
    if drawn.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", t.no_chart));
    }
    for d in &drawn {
        body.push_str(&chart(d, lang)?);
    }
    Ok(format!(
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}{name}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}{name}</h1>\n<p>{lead}</p>\n{body}<p><a href=\"../indicators.csv\" download>{csv}</a></p>\n</body>\n</html>\n",
        title = t.title,
        name = escape(name),
        lead = t.lead,
        csv = t.csv,
    ))
}
