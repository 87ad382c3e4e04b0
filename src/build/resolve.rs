//! Resolving: a validated [`Report`] becomes the [`ChartSpec`] of each chart in each
//! language, and the texts around it (rows, descriptions, page texts, CSV), with every
//! number formatted by [`crate::format`].

use crate::format;
use crate::model::{ChangeKind, Chart, Figure, Lang, Report};
use crate::spec::{ChangeSpec, ChartSpec, Item};
use serde::Serialize;

fn item(f: &Figure, accent: bool, lang: Lang) -> Item {
    let change = f.change.as_ref().map(|c| ChangeSpec {
        text: format::change(c, f, lang),
        short: format::change_short(c, lang),
        signed: c.signed(),
        from: (c.kind == ChangeKind::From).then_some(c.value),
        added: (c.kind == ChangeKind::Added).then_some(c.value),
        from_text: (c.kind == ChangeKind::From).then(|| format::value_bare(c.value, &f.unit, lang)),
        down: matches!(c.kind, ChangeKind::Decline | ChangeKind::From),
    });
    // A figure printed only as a change (增长4.2%) shows the change as its number.
    let (before, number, unit, value_text) = match (&f.value, &f.change) {
        (None, Some(c)) => (
            format::change_verb(c.kind, lang).to_string(),
            Some(format::number(c.value)),
            if lang == Lang::Zh {
                c.unit.clone()
            } else {
                format::unit_en(&c.unit)
            },
            Some(format::change(c, f, lang)),
        ),
        _ => (
            format::qualifier_before(f, lang).to_string(),
            format::value_number(f, lang),
            format::unit_after_number(f, lang),
            format::value(f, lang),
        ),
    };
    Item {
        id: f.id.clone(),
        label: f.label.pick(lang).to_string(),
        value: f.value,
        value_text,
        before,
        number,
        unit,
        unit_key: f.unit.zh.clone(),
        kind: f.kind,
        change,
        accent,
    }
}

/// Resolves `chart` of `report` for `lang`.
pub fn resolve(report: &Report, chart: &Chart, lang: Lang) -> ChartSpec {
    let source = report.meta.source_line.pick(lang);
    let footer = match &chart.note {
        Some(n) => format!(
            "{source}{}{}",
            if lang == Lang::Zh {
                "。注："
            } else {
                ". Note: "
            },
            n.pick(lang)
        ),
        None => source.to_string(),
    };
    ChartSpec {
        id: chart.id.clone(),
        kind: chart.kind,
        lang,
        title: chart.title.pick(lang).to_string(),
        subtitle: chart.subtitle.pick(lang).to_string(),
        footer,
        items: chart
            .figures
            .iter()
            .filter_map(|&i| {
                report
                    .figures
                    .get(i)
                    .map(|f| item(f, chart.accent == Some(i), lang))
            })
            .collect(),
    }
}

/// A sentence-per-figure description of the chart from its data, for `alt` text and
/// screen readers: 地区生产总值：突破800亿元，增长4.3%。
pub fn describe(spec: &ChartSpec) -> String {
    let (colon, comma, stop) = match spec.lang {
        Lang::Zh => ("：", "，", "。"),
        Lang::En => (": ", ", ", ". "),
    };
    let mut out = format!("{}{stop}", spec.title);
    for it in &spec.items {
        out.push_str(&it.label);
        out.push_str(colon);
        let mut parts: Vec<&str> = Vec::new();
        if let Some(v) = &it.value_text {
            parts.push(v);
        }
        if let (Some(c), Some(_)) = (&it.change, it.value) {
            parts.push(&c.text);
        }
        out.push_str(&parts.join(comma));
        out.push_str(stop);
    }
    out.trim_end().to_string()
}

/// One figure as the data table and the tooltip show it: exact value, change and source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Figure id.
    pub id: String,
    /// Label.
    pub label: String,
    /// The value as printed, or the change where the report gives only that.
    pub value: String,
    /// The change as printed, when there is one beside a value.
    pub change: String,
    /// The report's sentence, always in Chinese: it is the source.
    pub source: String,
}

/// The rows of `chart` in `lang`, in drawing order.
pub fn rows(report: &Report, chart: &Chart, lang: Lang) -> Vec<Row> {
    report
        .figures_of(chart)
        .map(|f| {
            let value = match (format::value(f, lang), &f.change) {
                (Some(v), _) => v,
                (None, Some(c)) => format::change(c, f, lang),
                (None, None) => String::new(),
            };
            let change = match (&f.value, &f.change) {
                (Some(_), Some(c)) => format::change(c, f, lang),
                _ => String::new(),
            };
            Row {
                id: f.id.clone(),
                label: f.label.pick(lang).to_string(),
                value,
                change,
                source: f.source.clone(),
            }
        })
        .collect()
}

/// Page texts in one language, for the language switch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageText {
    /// `zh-CN` or `en`.
    pub lang: &'static str,
    /// Headline.
    pub title: String,
    /// Deck.
    pub deck: String,
    /// Kicker: publication and year.
    pub kicker: String,
    /// Byline.
    pub byline: String,
    /// Footer: source and byline.
    pub source: String,
    /// Image credit.
    pub credit: String,
    /// Sections: id, short name, heading.
    pub sections: Vec<(String, String, String)>,
    /// Charts: id, title, subtitle, description.
    pub charts: Vec<(String, String, String, String)>,
}

/// The byline as each language writes it: 范志刚/文, By Fan Zhigang.
pub fn byline(report: &Report, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}/文", report.meta.author.zh),
        Lang::En => format!("By {}", report.meta.author.en),
    }
}

/// The story's closing line: the source and the byline (来源：南昌日报。范志刚/文).
pub fn source_line(report: &Report, lang: Lang) -> String {
    let stop = if lang == Lang::Zh { "。" } else { ". " };
    format!(
        "{}{stop}{}",
        report.meta.source_line.pick(lang),
        byline(report, lang)
    )
}

/// Every text of the page in `lang`.
pub fn page_text(report: &Report, lang: Lang) -> PageText {
    let m = &report.meta;
    PageText {
        lang: if lang == Lang::Zh { "zh-CN" } else { "en" },
        title: m.title.pick(lang).to_string(),
        deck: m.deck.pick(lang).to_string(),
        kicker: format!("{} · {}", m.publication.pick(lang), m.year),
        byline: byline(report, lang),
        source: source_line(report, lang),
        credit: m.image_credit.pick(lang).to_string(),
        sections: report
            .sections
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.short.pick(lang).to_string(),
                    s.title.pick(lang).to_string(),
                )
            })
            .collect(),
        charts: report
            .charts
            .iter()
            .map(|c| {
                let spec = resolve(report, c, lang);
                (
                    c.id.clone(),
                    spec.title.clone(),
                    spec.subtitle.clone(),
                    describe(&spec),
                )
            })
            .collect(),
    }
}

/// One CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The chart's data as CSV: UTF-8 with a byte-order mark, so Excel reads the Chinese.
/// Numbers are written as printed, with the unit and qualifier in columns of their own.
pub fn csv(report: &Report, chart: &Chart, lang: Lang) -> String {
    let head = match lang {
        Lang::Zh => ["编号", "项目", "数值", "单位", "限定词", "变化", "原文"],
        Lang::En => [
            "id",
            "item",
            "value",
            "unit",
            "qualifier",
            "change",
            "source",
        ],
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&head.join(","));
    out.push_str("\r\n");
    for f in report.figures_of(chart) {
        let fields = [
            f.id.clone(),
            f.label.pick(lang).to_string(),
            f.value.map(format::number).unwrap_or_default(),
            f.unit.pick(lang).to_string(),
            match lang {
                Lang::Zh => f.qualifier.map(|q| q.zh().to_string()).unwrap_or_default(),
                Lang::En => format::qualifier_before(f, lang).to_string(),
            },
            f.change
                .as_ref()
                .map(|c| format::change(c, f, lang))
                .unwrap_or_default(),
            f.source.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
