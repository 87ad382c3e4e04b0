//! Each kind of output read back into texts and audited: HTML pages (text, the
//! attributes a reader or a screen reader gets, the meta tags a crawler shows, the SVGs
//! inlined in the one-file edition and the first chart's SVGs written into the page),
//! SVG files, CSV files and laid-out scenes.

use crate::facts;
use crate::quoted;
use crate::read::{self, Token};
use crate::trace::{self, Finding, Scope};
use report_charts::shared::layout::{Mark, Scene};
use report_charts::shared::model::{Figure, Lang, Report, Status};

/// Attributes whose value is text for a reader.
const TEXT_ATTRIBUTES: [&str; 4] = ["alt", "aria-label", "title", "placeholder"];

/// `<meta>` keys whose content is no text: sizes, addresses and settings.
const NOT_TEXT_META: [&str; 12] = [
    "viewport",
    "og:type",
    "og:url",
    "og:locale",
    "og:image",
    "og:image:width",
    "og:image:height",
    "twitter:card",
    "twitter:image",
    "robots",
    "theme-color",
    "color-scheme",
];

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Joins the texts of a drawing in reading order, as a reader reads them: Chinese
/// without spaces (突破 800 亿元 is one phrase), English with; never two runs of digits
/// into one number.
pub fn join(texts: &[String], lang: Lang) -> String {
    let mut out = String::new();
    for t in texts.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let digits_meet = out.ends_with(|c: char| c.is_ascii_digit())
            && t.starts_with(|c: char| c.is_ascii_digit());
        if lang == Lang::En || digits_meet {
            out.push('\n');
        }
        out.push_str(t);
    }
    out
}

/// The language of an output file: `.en.` in its name.
pub fn lang_of(name: &str) -> Lang {
    if name.contains(".en.") || name.starts_with("en/") {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// Audits an SVG document drawn for `scope`: its title, its label and every text.
pub fn svg(doc: &str, scope: &Scope, lang: Lang, place: &str, out: &mut Vec<Finding>) {
    drawing(read::tokens(doc), scope, lang, place, out);
}

/// Audits the tokens of one SVG drawing: its texts read together, as a reader reads them
/// (突破, 800 and 亿元 are three texts of one phrase), and its labels.
fn drawing(tokens: Vec<Token>, scope: &Scope, lang: Lang, place: &str, out: &mut Vec<Finding>) {
    let mut texts = Vec::new();
    let mut inside = false;
    for t in tokens {
        match t {
            Token::Tag {
                name,
                closing,
                attrs,
            } => {
                if matches!(name.as_str(), "text" | "title" | "tspan") {
                    inside = !closing || name == "tspan";
                }
                for a in TEXT_ATTRIBUTES {
                    if let Some(v) = attr(&attrs, a) {
                        trace::audit(v, scope, &format!("{place} [{a}]"), out);
                    }
                }
            }
            Token::Text(s) if inside => texts.push(s),
            Token::Text(_) => {}
        }
    }
    trace::audit(&join(&texts, lang), scope, place, out);
}

/// Audits a laid-out scene (what a canvas or a PNG shows) drawn for `scope`.
pub fn scene(s: &Scene, scope: &Scope, lang: Lang, place: &str, out: &mut Vec<Finding>) {
    let texts: Vec<String> = s
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    trace::audit(&join(&texts, lang), scope, place, out);
}

/// Audits an HTML page: inside `<figure data-chart>` against that chart, elsewhere
/// against the report, or against chart `only` when the whole page is that chart's (an
/// embed page: its title and card tags too).
pub fn html(
    doc: &str,
    r: &Report,
    only: Option<&str>,
    quotes: &[String],
    place: &str,
    out: &mut Vec<Finding>,
) {
    let page = match only.and_then(|id| r.chart(id)) {
        Some(c) => trace::chart_scope(r, c),
        None => trace::page_scope(r),
    };
    let mut chart: Option<(String, Scope)> = None;
    let lang = if doc.contains("<html lang=\"en\"") {
        Lang::En
    } else {
        Lang::Zh
    };
    // Inside a table's `td.ref`: the number of a source in the chart's list of sentences
    // (1 … its figures), a reference and not a figure.
    let mut in_ref = false;
    // Inside the article's paragraph: the report's text quoted, audited as such.
    let mut para: Option<quoted::Paragraph> = None;
    // Inside a table of the article: the cells of the row being read.
    let mut table: Option<Vec<String>> = None;
    // Inside an SVG written into the page: its tokens, audited as a drawing when it closes.
    let mut drawn: Option<Vec<Token>> = None;
    for t in read::tokens(doc) {
        if let Some(tokens) = drawn.as_mut() {
            let end = matches!(&t, Token::Tag { name, closing: true, .. } if name == "svg");
            tokens.push(t);
            if end {
                let (scope, at) = match &chart {
                    Some((id, s)) => (s, format!("{place} (chart {id}) [SVG in the page]")),
                    None => (&page, format!("{place} [SVG in the page]")),
                };
                drawing(drawn.take().unwrap_or_default(), scope, lang, &at, out);
            }
            continue;
        }
        if matches!(&t, Token::Tag { name, closing: false, .. } if name == "svg") {
            drawn = Some(vec![t]);
            continue;
        }
        if let Some(cells) = table.as_mut() {
            match &t {
                Token::Text(s) => cells.push(s.clone()),
                Token::Tag { name, closing, .. }
                    if *closing && (name == "tr" || name == "caption") =>
                {
                    quoted::row(&cells.join(" "), quotes, place, out);
                    cells.clear();
                }
                Token::Tag { name, closing, .. } if *closing && name == "div" => table = None,
                Token::Tag { .. } => {}
            }
            continue;
        }
        if let Some(p) = para.as_mut() {
            match &t {
                Token::Text(s) => {
                    if let Some(id) = &p.mark {
                        quoted::mark(r, id, s, &format!("{place} [marked number]"), out);
                    }
                    p.plain.push_str(s);
                    continue;
                }
                Token::Tag { name, closing, .. } if name == "p" && *closing => {
                    quoted::paragraph(&p.plain, quotes, place, out);
                    para = None;
                    continue;
                }
                Token::Tag { closing: true, .. } => {
                    p.mark = None;
                    continue;
                }
                Token::Tag { attrs, .. } => p.mark = attr(attrs, "data-figure").map(str::to_string),
            }
        }
        if let Token::Tag {
            name,
            closing: false,
            attrs,
        } = &t
        {
            if name == "p" && attr(attrs, "class") == Some("text") {
                para = Some(quoted::Paragraph::default());
                continue;
            }
            if name == "div" && attr(attrs, "class") == Some("text-table") {
                table = Some(Vec::new());
                continue;
            }
        }
        let (scope, at) = match &chart {
            Some((id, s)) => (s, format!("{place} (chart {id})")),
            None => (&page, place.to_string()),
        };
        match t {
            Token::Text(s) if in_ref => {
                in_ref = false;
                let figures = chart
                    .as_ref()
                    .and_then(|(id, _)| r.chart(id))
                    .map_or(0, |c| c.figures.len());
                if !s
                    .trim()
                    .parse::<usize>()
                    .is_ok_and(|n| n >= 1 && n <= figures)
                {
                    trace::audit(&s, scope, &format!("{at} [source reference]"), out);
                }
            }
            Token::Text(s) => trace::audit(&s, scope, &at, out),
            Token::Tag {
                name,
                closing,
                attrs,
            } => {
                if name == "figure" && closing {
                    chart = None;
                    continue;
                }
                in_ref = name == "td" && !closing && attr(&attrs, "class") == Some("ref");
                for a in TEXT_ATTRIBUTES {
                    if let Some(v) = attr(&attrs, a) {
                        trace::audit(v, scope, &format!("{at} [{a}]"), out);
                    }
                }
                if name == "meta" {
                    let key = attr(&attrs, "property").or(attr(&attrs, "name"));
                    if let (Some(k), Some(c)) = (key, attr(&attrs, "content")) {
                        if !NOT_TEXT_META.contains(&k) {
                            trace::audit(c, scope, &format!("{at} [meta {k}]"), out);
                        }
                    }
                }
                if let Some(b64) =
                    attr(&attrs, "src").and_then(|s| s.strip_prefix("data:image/svg+xml;base64,"))
                {
                    let svg_doc = String::from_utf8_lossy(&read::base64_decode(b64)).to_string();
                    svg(&svg_doc, scope, lang, &format!("{at} [inlined SVG]"), out);
                }
                if name == "figure" && !closing {
                    if let Some(c) = attr(&attrs, "data-chart").and_then(|id| r.chart(id)) {
                        chart = Some((c.id.clone(), trace::chart_scope(r, c)));
                    }
                }
            }
        }
    }
}

/// The columns of the CSV files: id, item, value, unit, qualifier, change, status, period,
/// source.
const CSV_COLUMNS: usize = 9;

/// A status as the CSVs name it, in Chinese and in English: written here apart from the
/// crate's messages, so that a wrong word there fails the audit.
fn status_words(status: Status) -> [&'static str; 2] {
    match status {
        Status::Result => ["结果", "result"],
        Status::Target => ["目标", "target"],
        Status::Limit => ["上限", "limit"],
    }
}

/// Audits a chart's CSV: each row is a figure of the chart, its value times the
/// magnitude its unit column names (亿元, "100 million yuan") is the figure's value,
/// its source is the figure's sentence, and every other field traces like any text.
pub fn csv(text: &str, r: &Report, chart_id: &str, place: &str, out: &mut Vec<Finding>) {
    let Some(chart) = r.chart(chart_id) else {
        return;
    };
    let scope = trace::chart_scope(r, chart);
    let mut found = |at: String, printed: &str, problem: &str| {
        out.push(Finding {
            place: at,
            printed: printed.to_string(),
            problem: problem.to_string(),
        })
    };
    let rows = read::csv(text);
    let Some((head, body)) = rows.split_first() else {
        return found(place.to_string(), "", "no header");
    };
    if head.len() != CSV_COLUMNS {
        found(
            place.to_string(),
            &head.join(","),
            "the header has not 8 columns",
        );
    }
    let mut inner = Vec::new();
    trace::audit(
        &head.join(","),
        &Scope::default(),
        &format!("{place} header"),
        &mut inner,
    );
    for (i, row) in body.iter().enumerate() {
        let at = format!("{place} row {}", i + 2);
        let [id, item, value, unit, qualifier, change, status, period, source] =
            match <[String; CSV_COLUMNS]>::try_from(row.clone()) {
                Ok(fields) => fields,
                Err(_) => {
                    found(at, &row.join(","), "not 9 fields");
                    continue;
                }
            };
        let Some(f) = r.figures_of(chart).find(|f| f.id == id) else {
            found(at, &id, "no figure of this chart has this id");
            continue;
        };
        // A 2026 target and last year's result of one indicator are two rows of one label:
        // the status column tells them apart.
        if !status_words(f.status).contains(&status.as_str()) {
            found(at.clone(), &status, "the status is not the figure's");
        }
        // The period as the data says it, in either language (a CSV of either): a row of
        // 上半年 never reads as the year's.
        let periods = match &f.period {
            Some(p) => vec![p.zh.clone(), p.en.clone()],
            None => vec![format!("{}年", r.meta.year), r.meta.year.to_string()],
        };
        if !periods.contains(&period) {
            found(at.clone(), &period, "the period is not the figure's");
        }
        if source != f.source {
            found(
                at.clone(),
                &source,
                "the source is not the figure's sentence",
            );
        }
        if !value.is_empty() {
            for problem in value_problems(&value, &unit, f) {
                found(at.clone(), &format!("{value} {unit}"), &problem);
            }
        }
        for field in [item, qualifier, change] {
            trace::audit(&field, &scope, &at, &mut inner);
        }
    }
    out.extend(inner);
}

/// What is wrong with a CSV row's value (written as printed, `120—130` for a range) in
/// the magnitude its unit column names, against figure `f`: each end is the figure's end
/// in base units, with as many digits after the point as the report prints, and a range
/// prints both its ends (issue 18 §5: 120亿—130亿元 is never 120).
fn value_problems(value: &str, unit: &str, f: &Figure) -> Vec<String> {
    let Some(v) = f.value else {
        return vec![format!("{} has no value", f.id)];
    };
    let times = read::chinese_scale(unit).map_or(1.0, |s| s.0) * trace::amounts_product(unit);
    let (low, high) = match value.split_once('—') {
        Some((low, high)) => (low, Some(high)),
        None => (value, None),
    };
    let mut out = Vec::new();
    match (high, f.to) {
        (None, Some(to)) => out.push(format!("drops the range's upper end {to}")),
        (Some(_), None) => out.push(format!("a range, but {} is one number", f.id)),
        _ => {}
    }
    // The figure's facts are its value, then its `to`, as its ends are printed.
    let facts = facts::facts(f);
    let ends = [(Some(low), Some(v)), (high, f.to)];
    for (fact, end) in facts.iter().zip(ends) {
        let (Some(printed), Some(want)) = end else {
            continue;
        };
        let want = want * facts::scale(&f.unit.zh);
        let read: f64 = printed.parse().unwrap_or(f64::NAN);
        if trace::dropped(&[fact], read::last_digit(printed, times)) {
            out.push("printed with fewer digits after the point than the report".to_string());
        }
        if read.is_nan() || (want - read * times).abs() > 1e-9 * want.abs().max(1.0) {
            out.push(format!(
                "reads as {:e}, but {} is {want:e} in base units",
                read * times,
                f.id
            ));
        }
    }
    out
}
