//! The register (issue 20 §2): every figure of many reports under a stable indicator id
//! from the glossary (地区生产总值, 全省生产总值 and 全市GDP are all `gdp`), with the
//! place and the year it is for, and from it `indicators.csv` ([`csv`]) and the charts
//! that compare reports ([`charts`]): a ranking of places, targets beside results, a
//! trend of one place.
//!
//! Plain functions over validated reports; no files. The site build reads the reports,
//! calls [`register`], and writes what [`files_at`] returns.

pub mod charts;
pub mod csv;
pub mod figure;
pub mod marks;
pub mod page;
mod place;
pub mod years;

use crate::draft::glossary::{Glossary, Term};
use crate::publish::files;
use crate::shared::model::{Figure, Lang, Report, Text};

/// A validated report and what the register needs to name it.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Its slug: its page is `SLUG/`.
    pub slug: &'a str,
    /// The report.
    pub report: &'a Report,
    /// Its place (江西省, 西湖区), when the caller knows it; else [`place_of`] reads it.
    pub place: Option<&'a str>,
    /// Its text, when it has one: what tells a ranking whether a report left out of it
    /// names the indicator at all. Without it, the sentences of its figures and skips.
    pub text: Option<&'a str>,
}

/// A report the register holds, whatever figures it has: what a chart names when it
/// leaves the report out.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// Its slug.
    pub slug: String,
    /// Its place, or its slug when its place was not read: never a blank.
    pub name: String,
    /// The year it looks back on ([`years::review_year`]).
    pub report_year: i64,
    /// The indicators its text names by one of the glossary's labels.
    pub named: Vec<String>,
}

/// What time a figure is for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    /// One whole year: 2025.
    Year(i64),
    /// Anything else, as printed: “十四五”时期, 上半年, 1—11月.
    Other(String),
}

/// One figure of one report, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The report's slug.
    pub slug: String,
    /// The report's place; empty where it names none.
    pub place: String,
    /// The place in English, where the data gives it (`meta.place.en` of the same
    /// place); empty otherwise, and the English pages print the place as printed.
    pub place_en: String,
    /// The report's title, in both languages: beside the place on every row, so that a
    /// report of no place is never read as the row above's.
    pub title: Text,
    /// The year the report looks back on ([`years::review_year`]).
    pub report_year: i64,
    /// The time the figure is for.
    pub period: Period,
    /// Its indicator, where its label is a term of the glossary.
    pub indicator: Option<Term>,
    /// The figure as the report has it.
    pub figure: Figure,
    /// Its place on the report's Chinese page: `SLUG/#chart-ID` of the first chart
    /// that draws it, else the report's page `SLUG/` ([`Entry::link_in`] for a language).
    pub link: String,
    /// Whether the report has an English page (`SLUG/en/`): its English is complete.
    pub english: bool,
}

/// Every figure of every report, in the reports' order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Register {
    /// The entries.
    pub entries: Vec<Entry>,
    /// Every report, in the reports' order.
    pub reports: Vec<Listed>,
}

/// The place a report is of: its caller's word, else its title without the year before
/// it and the kind of report after it (2026年江苏省政府工作报告 → 江苏省). One function, so
/// that `meta.place` replaces it when the data file has one.
pub fn place_of(report: &Report) -> String {
    let title = report.meta.title.zh.trim();
    let title = title
        .char_indices()
        .find(|(_, c)| *c == '年')
        .filter(|(at, _)| title[..*at].chars().all(|c| c.is_ascii_digit()) && *at > 0)
        .map_or(title, |(at, c)| &title[at + c.len_utf8()..]);
    let end = [
        "人民政府工作报告",
        "政府工作报告",
        "国民经济和社会发展统计公报",
        "统计公报",
    ]
    .iter()
    .find_map(|k| title.find(k));
    match end {
        Some(at) => title[..at].trim().to_string(),
        None => leading_place(title).to_string(),
    }
}

/// The place a title of no known kind starts with (青山区上半年经济运行情况 → 青山区), or
/// nothing: a title such as 前11个月我市经济运行稳中向好 names no place, and the register
/// would rather say so than file its figures under a sentence.
fn leading_place(title: &str) -> &str {
    const ENDS: [char; 7] = ['省', '市', '区', '县', '州', '盟', '旗'];
    const NOT_NAMES: [char; 4] = ['我', '本', '全', '各'];
    let Some((at, end)) = title.char_indices().find(|(_, c)| ENDS.contains(c)) else {
        return "";
    };
    let name = &title[..at];
    let count = name.chars().count();
    let plain = name
        .chars()
        .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !NOT_NAMES.contains(&c));
    if (1..=8).contains(&count) && plain {
        &title[..at + end.len_utf8()]
    } else {
        ""
    }
}

/// Where a reader finds the figure on its report's page.
pub fn link(slug: &str, report: &Report, figure: usize) -> String {
    report
        .charts
        .iter()
        .find(|c| c.figures.contains(&figure))
        .map_or_else(|| format!("{slug}/"), |c| format!("{slug}/#chart-{}", c.id))
}

/// The register of `sources`: every figure, with its indicator where the glossary knows
/// its label ([`Glossary::indicator`]).
pub fn register(sources: &[Source<'_>], glossary: &Glossary) -> Register {
    let mut entries = Vec::new();
    let mut reports = Vec::new();
    for s in sources {
        let place = s.place.map_or_else(|| place_of(s.report), str::to_string);
        let review = years::review_year(s.report);
        let place_en = (s.report.meta.place.as_ref())
            .filter(|p| p.zh == place)
            .map(|p| p.en.clone())
            .unwrap_or_default();
        reports.push(Listed {
            slug: s.slug.to_string(),
            name: place::place_or_slug(&place, s.slug).to_string(),
            report_year: review,
            named: named(s, glossary),
        });
        for (i, f) in s.report.figures.iter().enumerate() {
            entries.push(Entry {
                slug: s.slug.to_string(),
                place: place.clone(),
                place_en: place_en.clone(),
                title: s.report.meta.title.clone(),
                report_year: review,
                period: years::period_of(f, review),
                indicator: glossary.indicator(&f.label.zh).cloned(),
                figure: f.clone(),
                link: link(s.slug, s.report, i),
                english: files::languages(s.report).contains(&Lang::En),
            });
        }
    }
    Register { entries, reports }
}

/// The indicators the text of `s` names by one of the glossary's labels.
fn named(s: &Source<'_>, glossary: &Glossary) -> Vec<String> {
    let sentences = || {
        let r = s.report;
        let figures = r.figures.iter().map(|f| f.source.as_str());
        figures
            .chain(r.skips.iter().map(|k| k.sentence.as_str()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let text = s.text.map_or_else(sentences, str::to_string);
    let mut ids: Vec<String> = glossary
        .labels()
        .filter(|(label, _)| text.contains(label))
        .map(|(_, t)| t.id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

impl Register {
    /// Points every entry whose report's page marks its figure in the text at that
    /// mark: `SLUG/#t-FIGURE`, the number in its sentence. `marked(slug, anchor)` says
    /// whether the page has it; the others keep their chart's link.
    pub fn link_sentences(&mut self, marked: impl Fn(&str, &str) -> bool) {
        for e in &mut self.entries {
            let anchor = crate::publish::story_text::mark_id(&e.figure.id);
            if marked(&e.slug, &anchor) {
                e.link = format!("{}/#{anchor}", e.slug);
            }
        }
    }

    /// The entries of indicator `id`.
    pub fn of<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        let id = id.to_string();
        self.entries
            .iter()
            .filter(move |e| e.indicator.as_ref().is_some_and(|t| t.id == id))
    }

    /// The indicators that at least `reports` reports have, with their first term, in
    /// the order of first appearance.
    pub fn shared(&self, reports: usize) -> Vec<Term> {
        let mut out: Vec<(Term, Vec<&str>)> = Vec::new();
        for e in &self.entries {
            let Some(t) = &e.indicator else { continue };
            match out.iter_mut().find(|(o, _)| o.id == t.id) {
                Some((_, slugs)) if !slugs.contains(&e.slug.as_str()) => slugs.push(&e.slug),
                Some(_) => {}
                None => out.push((t.clone(), vec![&e.slug])),
            }
        }
        out.into_iter()
            .filter(|(_, slugs)| slugs.len() >= reports)
            .map(|(t, _)| t)
            .collect()
    }
}

/// Reports that an indicator needs before it gets a page.
pub const PAGE_REPORTS: usize = 3;

/// The register's files for a site's `dist/`: `indicators.csv`, the pages' style, and
/// for every indicator that [`PAGE_REPORTS`] reports have its page in Chinese and in
/// English with its charts' files (`scripts` names the shared files they load), and `indicators/files.json` (every chart's files, for
/// the script embed), as (path under `dist/`, contents).
///
/// # Errors
/// When a chart's SVG cannot be written.
pub fn files_at(
    register: &Register,
    scripts: &figure::Scripts,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![
        (
            files::INDICATORS_CSV.to_string(),
            csv::csv(register).into_bytes(),
        ),
        (
            files::INDICATORS_STYLE.to_string(),
            page::style().into_bytes(),
        ),
    ];
    // Each indicator's page in each language on its own core, natively.
    let jobs: Vec<(Named, Lang)> = pages(register)
        .into_iter()
        .flat_map(|p| [(p.clone(), Lang::Zh), (p, Lang::En)])
        .collect();
    let one = |((id, zh, en), lang): &(Named, Lang)| {
        let ind = page::Indicator {
            register,
            id,
            zh,
            en,
            scripts,
        };
        page::page(&ind, *lang)
    };
    #[cfg(not(target_arch = "wasm32"))]
    let written: Vec<Result<page::Written, String>> = {
        use rayon::prelude::*;
        jobs.par_iter().map(one).collect()
    };
    #[cfg(target_arch = "wasm32")]
    let written: Vec<Result<page::Written, String>> = jobs.iter().map(one).collect();
    let mut manifest = Manifest::default();
    for ((job, lang), w) in jobs.iter().zip(written) {
        let w = w?;
        manifest.add(&job.0, *lang, &w.charts);
        out.extend(w.files);
    }
    out.push((
        format!("{}{}", files::INDICATORS, files::MANIFEST),
        manifest.json(scripts).into_bytes(),
    ));
    Ok(out)
}

/// `indicators/files.json`, as a report's `files.json`: per language, per chart, its
/// static SVGs, its embed page and its charts file (each indicator has its own).
#[derive(Default)]
struct Manifest {
    zh: serde_json::Map<String, serde_json::Value>,
    en: serde_json::Map<String, serde_json::Value>,
}

impl Manifest {
    fn add(&mut self, indicator: &str, lang: Lang, charts: &[String]) {
        let map = match lang {
            Lang::Zh => &mut self.zh,
            Lang::En => &mut self.en,
        };
        for c in charts {
            map.insert(
                c.clone(),
                serde_json::json!({
                    "svg": files::svg(c, lang, false, false),
                    "narrow": files::svg(c, lang, true, false),
                    "embed": files::embed(c, lang),
                    "data": figure::data_file(indicator, lang),
                }),
            );
        }
    }

    /// With the stylesheet, and the wasm that draws the register's kinds (the script
    /// embed loads it for these charts; without it, the story page's).
    fn json(self, scripts: &figure::Scripts) -> String {
        let mut out = serde_json::json!({
            "zh": { "charts": self.zh },
            "en": { "charts": self.en },
            "style": scripts.style,
        });
        if !scripts.wasm.is_empty() {
            out["wasm"] = scripts.wasm.clone().into();
        }
        out.to_string()
    }
}

/// [`files_at`] without the site's shared files: static pages.
///
/// # Errors
/// When a chart's SVG cannot be written.
pub fn files(register: &Register) -> Result<Vec<(String, Vec<u8>)>, String> {
    files_at(register, &figure::Scripts::default())
}

/// An indicator that has a page: its id, its name in Chinese and in English (`gdp`,
/// 地区生产总值, GDP), both the glossary's.
pub type Named = (String, String, String);

/// The indicators that get a page, with their names in Chinese and English, for the
/// index.
pub fn pages(register: &Register) -> Vec<Named> {
    register
        .shared(PAGE_REPORTS)
        .into_iter()
        .map(|t| {
            // The glossary's name of the indicator, never one report's wording of it.
            let zh = if t.zh.is_empty() { t.id.clone() } else { t.zh };
            (t.id, zh, t.en)
        })
        .collect()
}
