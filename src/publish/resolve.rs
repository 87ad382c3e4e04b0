//! Resolving: a validated [`Report`] becomes the [`ChartSpec`] of each chart in each
//! language, and the texts around it (rows, descriptions, page texts, CSV), with every
//! number formatted by [`crate::shared::format`].

use crate::check::validate::partial::BrokenChart;
use crate::check::validate::Problem;
use crate::publish::punctuation;
use crate::shared::format;
use crate::shared::messages;
use crate::shared::model::{ChangeKind, Chart, Figure, FigureKind, Lang, Report, Status};
use crate::shared::spec::{Broken, ChangeSpec, ChartSpec, Entry, Item, Problems, Resolved, Row};

/// A figure as a chart draws it, every text formatted for `lang`.
pub fn item(f: &Figure, accent: bool, lang: Lang) -> Item {
    let change = f.change.as_ref().map(|c| ChangeSpec {
        text: format::change_with_compare(c, f, lang),
        short: format::changes::change_short_of(c, f, lang),
        signed: c.signed(),
        from: (c.kind == ChangeKind::From).then_some(c.value),
        // Only what is new (新增47家) is a part of the value: a net change (比上年末增加
        // 2.3万人, 净增) is no part of the whole the card could draw (issue 18).
        // In the value's magnitude, as the bar draws it (新增5600亿元 of 2.18万亿元).
        added: (c.kind == ChangeKind::Added && format::verb::zh(c, f) == Some("新增")).then(|| {
            c.value * 10f64.powi(format::magnitude(&c.unit) - format::magnitude(&f.unit.zh))
        }),
        from_text: (c.kind == ChangeKind::From)
            .then(|| format::value_bare_dp(c.value, c.decimals, &f.unit, lang)),
        // 低于全省平均水平 is drawn with a falling arrow, as its signed value falls, and
        // so is a growth printed with a minus sign (增长-3.5%).
        down: matches!(
            c.kind,
            ChangeKind::Decline | ChangeKind::Below | ChangeKind::Reduced
        ) || (c.kind == ChangeKind::From && !format::changes::rose(c, f))
            || c.signed() < 0.0,
        // A bar's label: "The city average", as English labels start.
        reference: matches!(c.kind, ChangeKind::Above | ChangeKind::Below)
            .then(|| c.reference.as_ref().map(|r| capitalised(r.pick(lang))))
            .flatten(),
    });
    // A figure printed only as a change (增长4.2%) shows the change as its number.
    let (before, number, unit) = match (&f.value, &f.change) {
        (None, Some(c)) => (
            format::before_number(f, &format::change_before(c, f, lang), lang),
            Some(format::sign::as_printed(
                format::change_value_number(c, lang),
                f,
            )),
            format::change_unit_after(c, lang),
        ),
        _ => (
            format::before_number(f, format::qualifier_before(f, lang), lang),
            format::value_number(f, lang),
            format::unit_after_number(f, lang),
        ),
    };
    let value_text = format::printed(f, lang);
    Item {
        id: f.id.clone(),
        label: f.label.pick(lang).to_string(),
        value: f.value,
        value_text,
        before,
        bound: f.value.and(f.qualifier).and_then(|q| q.bound()),
        number,
        unit,
        unit_key: f.unit.zh.clone(),
        // A limit is a bound, never a part of a whole: no ring, no waffle.
        kind: match (f.status, f.kind) {
            (Status::Limit, FigureKind::Share) => FigureKind::Rate,
            (_, k) => k,
        },
        status: f.status,
        change,
        accent,
        // Shown to readers (tooltip, data table): the scan's ASCII marks made full-width.
        source: punctuation::full_width(&f.source),
    }
}

/// `text` with its first letter capitalised (Chinese is unchanged). ASCII only: the
/// Unicode case tables would add kilobytes to the editor's wasm for English words.
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The note of `chart` as a footer prints it (注：…, Note: …), if it has one.
pub fn note(chart: &Chart, lang: Lang) -> Option<String> {
    let lead = messages::charts::note_lead(lang);
    chart
        .note
        .as_ref()
        .map(|n| format!("{lead}{}", n.pick(lang)))
}

/// Resolves `chart` of `report` for `lang`.
pub fn resolve(report: &Report, chart: &Chart, lang: Lang) -> ChartSpec {
    let source = shown(report.meta.source_line.pick(lang));
    let stop = messages::charts::sentence_stop(lang);
    let footer = match note(chart, lang) {
        Some(n) if source.is_empty() => n,
        Some(n) => format!("{source}{stop}{n}"),
        None => source.to_string(),
    };
    let mut items: Vec<Item> = chart
        .figures
        .iter()
        .filter_map(|&i| {
            report.figures.get(i).map(|f| {
                let it = item(f, chart.accent == Some(i), lang);
                if chart.plan {
                    planned(it, lang)
                } else {
                    it
                }
            })
        })
        .collect();
    let (title, subtitle) = (chart.title.pick(lang), chart.subtitle.pick(lang));
    for (it, &i) in items.iter_mut().zip(&chart.figures) {
        if let Some(p) = report.figures.get(i).and_then(|f| f.period.as_ref()) {
            said_once(it, p.pick(lang), subtitle);
        }
    }
    let labels = items.iter().map(|it| it.label.as_str());
    ChartSpec {
        id: chart.id.clone(),
        kind: chart.kind,
        lang,
        title: title.to_string(),
        subtitle: subtitle.to_string(),
        footer,
        keep: super::nobreak::keep_words([title, subtitle].into_iter().chain(labels)),
        items,
    }
}

/// `it` without its figure's `period` before its number where the chart's `subtitle`
/// states that period: every card of a “十四五”时期 chart printed it again before its
/// number (“十四五”时期超过 1000亿美元), which then no longer fitted its line at 360 px
/// (s-test22). The table, the tooltip and the alt text keep it: they stand apart from
/// the subtitle.
fn said_once(it: &mut Item, period: &str, subtitle: &str) {
    if period.is_empty() || !subtitle.contains(period) {
        return;
    }
    if let Some(rest) = it.before.strip_prefix(period) {
        it.before = rest.trim_start().to_string();
    }
}

/// `it` as a work plan's chart shows it: its goal says 计划 / plan where a target says
/// 目标 / target (2026年计划90个, 2026 plan 90), as the chart's title says 安排.
fn planned(mut it: Item, lang: Lang) -> Item {
    if it.status != Status::Target {
        return it;
    }
    let (target, plan) = (
        messages::draft::status_word(Status::Target, lang),
        messages::charts::plan_word(lang),
    );
    it.before = it.before.replacen(target, plan, 1);
    it.value_text = it.value_text.map(|v| v.replacen(target, plan, 1));
    // 2026年计划43.9亿元，增长3%: the plan's growth is planned too, never 目标增长. A
    // from-to (从380元提高至1000元) prints the planned value again, which the row already
    // says is the plan's: 计划 twice (2026年计划1000元 计划从380元…) reads as two plans.
    if let Some(c) = it.change.as_mut() {
        let word = if c.from.is_some() { "" } else { plan };
        c.text = c.text.replacen(target, word, 1).trim_start().to_string();
    }
    it
}

/// The rows of `chart` in `lang`, in drawing order: what its items show as a table.
pub fn rows(report: &Report, chart: &Chart, lang: Lang) -> Vec<Row> {
    crate::shared::charts::shown::rows(&resolve(report, chart, lang))
}

/// `text`, or nothing where it still holds a placeholder of the draft (待填写): a reader
/// never sees one (`check` and the editor report it to the desk).
pub fn shown(text: &str) -> &str {
    match crate::shared::messages::draft::placeholder_in(text) {
        Some(_) => "",
        None => text,
    }
}

/// The byline as each language writes it: 范志刚/文, By Fan Zhigang; nothing for an
/// author left 待填写 or empty.
pub fn byline(report: &Report, lang: Lang) -> String {
    let author = shown(report.meta.author.pick(lang)).trim();
    if author.is_empty() {
        return String::new();
    }
    messages::charts::byline(author, lang)
}

/// The story's closing line: the source and the byline (来源：南昌日报。范志刚/文), each
/// left out where it is a placeholder.
pub fn source_line(report: &Report, lang: Lang) -> String {
    let stop = messages::charts::sentence_stop(lang);
    let parts = [
        shown(report.meta.source_line.pick(lang)).to_string(),
        byline(report, lang),
    ];
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    parts.join(stop)
}

/// `problems` as the page shows them, worded in `words`: the file, then one
/// `path: message` line each.
pub fn problems_text(file: &str, problems: &[Problem], words: Lang) -> String {
    let mut out = format!("{file}:");
    for p in problems {
        out.push('\n');
        if !p.path.is_empty() {
            out.push_str(&p.path.to_string());
            out.push_str(": ");
        }
        out.push_str(&p.said_in(words));
    }
    out
}

/// Every chart of `report` in `lang`, with the charts that `broken` names (from
/// [`crate::check::validate::partial::load_partial`]) in their places in the file, their problems
/// in English as `check` words them.
pub fn resolved(report: &Report, broken: &[BrokenChart], file: &str, lang: Lang) -> Resolved {
    resolved_in(report, broken, file, lang, Lang::En)
}

/// [`resolved`], with the broken charts' problems worded in `words`: the editor's
/// interface language, which may differ from the charts' language.
pub fn resolved_in(
    report: &Report,
    broken: &[BrokenChart],
    file: &str,
    lang: Lang,
    words: Lang,
) -> Resolved {
    let mut charts: Vec<Entry> = report
        .charts
        .iter()
        .map(|c| Entry::Chart(Box::new(resolve(report, c, lang))))
        .collect();
    // The report keeps its good charts in file order: each broken one goes back to its
    // place, the lowest first, so that every chart sits at its index in the file.
    for b in broken {
        let entry = Entry::Broken(Broken {
            index: b.index,
            id: b.id.clone(),
            problems: Problems::Listed(problems_text(file, &b.problems, words)),
        });
        charts.insert(b.index.min(charts.len()), entry);
    }
    Resolved { lang, charts }
}

/// One CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The period a CSV row is of: the figure's own as printed (上半年, “十四五”时期 /
/// first half …), else the report's year (2024年 / 2024), so that a row read apart from
/// the page never passes a half-year or a five-year figure off as the year's. A target or
/// a limit without a period gets none: the report's year is the review's, never the
/// plan's, and the status column says 目标 without a year rather than a wrong one.
fn csv_period(report: &Report, f: &Figure, lang: Lang) -> String {
    let period = match &f.period {
        Some(p) => p.pick(lang).to_string(),
        None if f.status != Status::Result => String::new(),
        None => messages::outputs::year(report.meta.year, lang),
    };
    // 五年来年均: a value that is an average a year never reads as the period's own.
    match (f.yearly, lang) {
        (false, _) => period,
        (true, Lang::Zh) => format!("{period}{}", messages::draft::yearly_word(lang)),
        (true, Lang::En) => format!("{period} ({})", messages::draft::yearly_word(lang)),
    }
}

/// A CSV row's value as printed, in both languages alike: 800; a range with both its
/// ends, 120—130 for 120亿—130亿元, so that no row states the lower end alone.
fn csv_value(f: &Figure) -> String {
    let one = |v: f64| format::decimal(v, f.decimals);
    match (f.value, f.to) {
        (Some(v), Some(to)) => format!("{}—{}", one(v), one(to)),
        (Some(v), None) => one(v),
        (None, _) => String::new(),
    }
}

/// The chart's data as CSV: UTF-8 with a byte-order mark, so Excel reads the Chinese.
/// Values are written as the report prints them, in both languages alike (800), and the
/// unit column names the unit they are counted in, magnitude included (亿元 / 100 million
/// yuan): the header says so, and `data/README.md` ("Outputs") documents it.
pub fn csv(report: &Report, chart: &Chart, lang: Lang) -> String {
    let head = messages::outputs::csv_head(lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&head.join(","));
    out.push_str("\r\n");
    for f in report.figures_of(chart) {
        let fields = [
            f.id.clone(),
            f.label.pick(lang).to_string(),
            csv_value(f),
            // The unit is the value's: a figure that is only a change (增长4.2%) has an
            // empty value and so an empty unit; its change column carries the %.
            match f.value {
                Some(_) => format::unit_as_printed(&f.unit, lang),
                None => String::new(),
            },
            format::qualifier_name(f.qualifier, lang).to_string(),
            f.change
                .as_ref()
                .map(|c| format::change(c, f, lang))
                .unwrap_or_default(),
            messages::outputs::csv_status(f.status, lang).to_string(),
            csv_period(report, f, lang),
            f.source.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
