//! Every message a user can see, in one place, so that their wording stays consistent
//! and can be reviewed (and one day translated) together.
//!
//! Data messages ([`data`]) are written for the editor who edits `data/*.json`, in both
//! languages ([`Message`]): `check` prints the English, the editor the desk's language.
//!
//! Callers name the submodule a message lives in (`messages::data::missing`,
//! `messages::site::site_pages`): nothing is re-exported flat, so a call says which
//! stage's message it is, and each has one path.

use crate::shared::model::Lang;
use crate::shared::wire::format::{WireError, FORMAT};
use std::fmt;

pub mod draft;
// The data file's problems and words name what the reader's wasm does not carry (what a
// kind asks of its figures, how a desk names it): they are the build's and the editor's.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod data;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod kinds;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod outputs;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod parser;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod period_en;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod periods;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod register;
pub mod score;
// The site build (src/publish/site/): natively, and in the editor's 发布.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod site;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod trust;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod words;

/// A message in both languages. It reads as its English (`check` and the tests print
/// that); [`Message::said_in`] gives the desk's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its two wordings.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Message {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// A message from a wording by language.
    pub fn by(word: impl Fn(Lang) -> String) -> Message {
        Message {
            zh: word(Lang::Zh),
            en: word(Lang::En),
        }
    }

    /// The wording in `lang`.
    pub fn said_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A text written in one language only (a parser's detail): the same in both.
impl From<String> for Message {
    fn from(s: String) -> Message {
        Message {
            zh: s.clone(),
            en: s,
        }
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.en
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.en == *other
    }
}

impl PartialEq<String> for Message {
    fn eq(&self, other: &String) -> bool {
        self.en == *other
    }
}

/// A chart id the page asked for but the data does not have.
pub fn no_such_chart(id: &str) -> String {
    // Joined, not `format!`, as are the reader's other messages: its wasm formats nothing.
    ["there is no chart \"", id, "\" in the data"].concat()
}

/// A drawing surface failed (canvas lost, out of memory).
pub fn drawing_failed(detail: &str) -> String {
    ["the chart could not be drawn: ", detail].concat()
}

/// Why a resolved chart file (`data/SLUG.LANG.bin`) cannot be read at all.
pub fn unreadable_file(e: WireError) -> String {
    match e {
        WireError::NotOurs => {
            "is not a chart file written by this site's build (make build writes it)".to_string()
        }
        WireError::Format(found) => [
            "was written by another build (format ",
            &found.to_string(),
            "; this page reads format ",
            &FORMAT.to_string(),
            "): build the site again",
        ]
        .concat(),
        WireError::CutShort(at) => ["is cut short after ", &at.to_string(), " bytes"].concat(),
        WireError::Damaged(at) => ["is damaged at byte ", &at.to_string()].concat(),
        WireError::NotDrawn(kind) => [
            "is a ",
            kind.name(),
            " chart, which this page's program does not draw (the indicators' pages do)",
        ]
        .concat(),
    }
}

/// Why one chart of a resolved file cannot be drawn (the others still can).
pub fn damaged_chart(index: usize, e: WireError) -> String {
    [
        "chart ",
        &(index + 1).to_string(),
        " of the file ",
        &unreadable_file(e),
    ]
    .concat()
}

// --- the build's outputs for sharing and for articles (issue 13) -----------------------

/// `SITE_URL` is not an absolute http(s) URL.
pub fn site_url_not_absolute(url: &str) -> String {
    format!(
        "SITE_URL \"{url}\" is not an absolute http:// or https:// URL without a query (e.g. https://news.example.org/report/)"
    )
}

/// The build was not told where the site is served.
pub fn site_url_unset() -> String {
    "warning: SITE_URL is not set, so og:image, og:url and twitter:image are relative and \
     shared links will show no card, and the pages carry no canonical or hreflang links: \
     build with make build SITE_URL=https://…/"
        .to_string()
}

/// A block of the long image taller than a slice may be.
pub fn block_too_tall(what: &str, height: u32, max: u32) -> String {
    format!(
        "{what} is {height} px tall in the long image, more than the {max} px a long-image slice may be: it cannot be cut between blocks"
    )
}

/// Characters the bundled font subset cannot draw.
pub fn glyphs_missing(chars: &str) -> String {
    format!(
        "warning: the font subset has no glyph for {chars} (drawn as boxes): run data/fonts/subset.sh"
    )
}
/// The key under a waffle chart: what one of its hundred cells stands for.
pub fn waffle_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每个小方代表1%",
        Lang::En => "Each square is 1%",
    }
}
/// What stands before a small multiple's unit above its panel: 单位： / Unit:.
pub fn unit_head(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "单位：",
        Lang::En => "Unit: ",
    }
}
/// The reference's bar on a comparison chart; the comparison is printed under it.
pub fn compared_with(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "对比",
        Lang::En => "Compared with",
    }
}
/// Above small multiples of two panels or more: their bars are not on one scale.
pub fn own_scales(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "各组单位不同，长度只在组内可比",
        Lang::En => "Each panel has its own scale: compare bars within a panel only",
    }
}
/// What stands before last year's result beside a target: 上年 / last year.
pub fn last_year(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "上年 ",
        Lang::En => "Last year: ",
    }
}

/// `draft` would overwrite a file.
pub fn draft_exists(out: &str, beside: &str) -> String {
    format!("{out} exists already and the draft never overwrites a file: write beside it with --out {beside}, then compare the two")
}

/// Numbers of the text that no figure covers and no skip explains.
pub fn uncovered(count: usize, text_file: &str) -> String {
    format!(
        "{count} number{} of {text_file} {} no figure and no skip (add a figure, or a skip with its reason):",
        if count == 1 { "" } else { "s" },
        if count == 1 { "has" } else { "have" }
    )
}

/// One uncovered number and its sentence.
pub fn uncovered_number(number: &str, sentence: &str) -> String {
    format!("{number} in: {sentence}")
}

/// How many texts (and figure labels among them) still lack English.
pub fn missing_english(count: usize, labels: usize, figures: usize) -> String {
    if count == 0 {
        "every text has its English: the English edition is built".to_string()
    } else {
        format!(
            "{count} text{} lack English ({labels} of {figures} figure labels): the page is built in Chinese only until each has its \"en\"",
            if count == 1 { "" } else { "s" }
        )
    }
}

/// `draft` wrote a data file.
pub fn drafted(out: &str, figures: usize, charts: usize, skips: usize) -> String {
    format!(
        "wrote {out}: {figures} figures, {charts} charts, {skips} skips; curate it, then run check"
    )
}

/// `check` found a data file right.
pub fn checked(file: &str, figures: usize, charts: usize, sections: usize, skips: usize) -> String {
    format!("{file}: ok: {figures} figures, {charts} charts, {sections} sections, {skips} skips")
}

/// `check` found every number of the text covered.
pub fn all_covered(text_file: &str) -> String {
    format!("{text_file}: every number is a figure or a skip")
}

// --- The story page's own words around the charts, each (zh, en): the page is written
// --- whole at build time in each language, so it reads without script.

/// The list of the story's sections, for jumping between them.
pub const PAGE_SECTIONS: (&str, &str) = ("本文章节", "Sections");

/// The title of a section's figures on no chart in the long image (on the page they
/// are live numbers of the text), and its subtitle.
pub const LONG_MORE_FIGURES: (&str, &str) = ("原文中的其余数字", "More figures from the text");
/// After [`LONG_MORE_FIGURES`] on the parts after the first, when a section's figures
/// fill more than one slice of the long image.
pub const LONG_CONTINUED: (&str, &str) = ("（续）", " (continued)");
/// The subtitle of [`LONG_MORE_FIGURES`].
pub const LONG_MORE_FIGURES_UNITS: (&str, &str) = ("单位见各项", "Units as marked");

/// Before the source sentence in the note of a live number that is on no chart.
pub const PAGE_FIGURE_NO_CHART: (&str, &str) = ("不在图表中。原文：", "On no chart. Source: ");

/// The English page's note above the report's text, which exists only in Chinese.
pub const PAGE_TEXT_IN_CHINESE: (&str, &str) = (
    "报告原文只有中文。文中每个数字都链接到它的图表。",
    "The report's text exists only in Chinese: its paragraphs follow as printed, untranslated. Every figure in them links to its chart, and each chart is in English.",
);

/// The link in a chart's tooltip back to the figure's sentence in the text.
pub const PAGE_BACK_TO_TEXT: (&str, &str) = ("回到原文", "Back to the text");

/// The one disclosure under each chart: its data table, sources, downloads, embed codes.
pub const PAGE_DATA: (&str, &str) = ("数据与下载", "Data and downloads");

/// The data table's column heads: item, value, change.
pub const PAGE_HEADS: [(&str, &str); 3] = [("项目", "Item"), ("数值", "Value"), ("变化", "Change")];

/// The report's sentences a chart's numbers come from (always quoted in Chinese).
pub const PAGE_SOURCE: (&str, &str) = ("原文", "Source (Chinese)");

/// Before the download links.
pub const PAGE_DOWNLOAD: (&str, &str) = ("下载", "Download");

/// The embed codes' toggle, and the names of its two codes.
pub const PAGE_EMBED: [(&str, &str); 3] = [
    ("嵌入代码", "Embed code"),
    ("iframe 嵌入", "iframe embed"),
    ("脚本嵌入", "Script embed"),
];

/// The copy button of an embed code, before and after a click.
pub const PAGE_COPY: [(&str, &str); 2] = [("复制", "Copy"), ("已复制", "Copied")];

// --- the editor (issue 12) ------------------------------------------------------------

/// A figure's value that its sentence does not print.
pub fn value_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("数值 {value} 不是原句中的数字：与原文不符"),
        Lang::En => {
            format!("the value {value} is not a number of its sentence: the text prints otherwise")
        }
    }
}

/// A figure's change that its sentence does not print.
pub fn change_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("变化 {value} 不是原句中的数字：与原文不符"),
        Lang::En => {
            format!("the change {value} is not a number of its sentence: the text prints otherwise")
        }
    }
}

/// A figure's comparison or contribution (高于全市平均水平1.9个百分点, 拉动增长2个百分点)
/// that its sentence does not print.
pub fn compare_not_in_sentence(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("比较 {value} 不是原句中的数字：与原文不符"),
        Lang::En => format!(
            "the comparison {value} is not a number of its sentence: the text prints otherwise"
        ),
    }
}

/// A figure whose sentence is not in the report's text.
pub fn source_not_in_text(lang: Lang) -> String {
    match lang {
        Lang::Zh => "原句不在报告原文中".to_string(),
        Lang::En => "its sentence is not in the report's text".to_string(),
    }
}

/// What the draft wrote and the desk has not confirmed yet: empty when nothing is left.
pub fn to_confirm(lang: Lang, figures: usize, charts: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    match (lang, figures, charts) {
        (_, 0, 0) => String::new(),
        (Lang::Zh, f, 0) => format!("{f} 个数字待确认"),
        (Lang::Zh, 0, c) => format!("{c} 个图表待确认"),
        (Lang::Zh, f, c) => format!("{f} 个数字、{c} 个图表待确认"),
        (Lang::En, f, 0) => format!("{f} figure{} to confirm", s(f)),
        (Lang::En, 0, c) => format!("{c} chart{} to confirm", s(c)),
        (Lang::En, f, c) => format!("{f} figure{} and {c} chart{} to confirm", s(f), s(c)),
    }
}

/// What the editor says of a file's figures when the file cannot be read (not JSON):
/// nothing is confirmed, since nothing is known.
pub fn unread_figures(lang: Lang) -> String {
    match lang {
        Lang::Zh => "文件读不出，数字无法核对",
        Lang::En => "the file cannot be read: no figure can be checked",
    }
    .to_string()
}

/// The text's numbers that the data file neither makes figures nor skips (or skips as
/// `unread`, the draft's not knowing): the desk decides each. Empty when none is left.
pub fn to_decide(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (_, 0) => String::new(),
        (Lang::Zh, n) => format!("{n} 个数字待决定"),
        (Lang::En, 1) => "1 number to decide".to_string(),
        (Lang::En, n) => format!("{n} numbers to decide"),
    }
}

/// A chart's subtitle that does not name the unit all its figures are in.
pub fn subtitle_without_unit(lang: Lang, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("副标题未写出图中数字共同的单位「{unit}」"),
        Lang::En => format!("the subtitle does not name the unit its figures share ({unit})"),
    }
}

/// The editor asked for a number its sentence does not have.
pub fn no_such_number(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("句中没有数字「{number}」"),
        Lang::En => format!("the sentence has no number \"{number}\""),
    }
}

/// The editor asked to add a figure for a number a figure already holds: a second press
/// adds no copy. In the interface's language, which the editor passes to the drafter.
pub fn already_a_figure(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("「{number}」已是一个数字，不再添加"),
        Lang::En => format!("\"{number}\" is already a figure's; none added"),
    }
}
