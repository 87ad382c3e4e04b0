//! The words the build writes into its output files for readers and the desk: the CSV
//! downloads' header, the long image's page and the story page's language switch; and what
//! the build warns of them (where the site is served, a block too tall for the long image,
//! glyphs the font subset lacks).

use crate::shared::model::{Lang, Status};

/// The header of a chart's CSV download (`csv/ID[.en].csv`): the value column says that
/// values count in the unit column's unit, the status column whether a row is a result,
/// a target or a limit, and the period column which time a row is of (`data/README.md`,
/// "The CSV files").
pub fn csv_head(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Zh => [
            "编号",
            "项目",
            "数值（按单位列计）",
            "单位",
            "限定词",
            "变化",
            "性质",
            "时期",
            "原文",
        ],
        Lang::En => [
            "id",
            "item",
            "value (in the unit column's unit)",
            "unit",
            "qualifier",
            "change",
            "status",
            "period",
            "source (Chinese)",
        ],
    }
}

/// A whole year as a CSV's period column names it: 2024年 / 2024; empty where the
/// report's year is not known (a draft's `meta.year` 0), never "0年".
pub fn year(year: i64, lang: Lang) -> String {
    match lang {
        _ if year <= 0 => String::new(),
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// The report's year as a page, a cover or the long image names it after the
/// publication: 2024, or 未注明年份 / Year not given where the year is not known (a
/// draft's `meta.year` 0), never "0".
pub fn report_year(year: i64, lang: Lang) -> String {
    match lang {
        _ if year > 0 => year.to_string(),
        Lang::Zh => "未注明年份".to_string(),
        Lang::En => "Year not given".to_string(),
    }
}

/// A CSV row's status column: 结果 / 目标 / 上限 as the editor names them, and in
/// English the data file's names (result / target / limit), so that a 2026 target and
/// last year's result of one indicator are never two rows told apart by their id alone.
pub fn csv_status(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => super::words::status(status, Lang::Zh),
        Lang::En => status.name(),
    }
}

/// The words of the long image's page (`long/LANG.html`), for the desk that uploads it.
pub struct LongPage {
    /// Its title, before the report's.
    pub title: &'static str,
    /// What the slices are; `{n}` is their number.
    pub intro: &'static str,
    /// The download-all link; `{n}` is the number of slices.
    pub all: &'static str,
    /// One slice's name; `{i}` is its number from 1.
    pub slice: &'static str,
    /// The heading of the single charts and covers.
    pub charts: &'static str,
    /// The covers' heading and the names of their two shapes.
    pub covers: (&'static str, &'static str, &'static str),
    /// The report's own cover, beside the charts'.
    pub story: &'static str,
    /// The other language's page: its name and its `hreflang`.
    pub other: (&'static str, &'static str),
}

/// [`LongPage`] in `lang`.
pub fn long_page(lang: Lang) -> LongPage {
    match lang {
        Lang::Zh => LongPage {
            title: "长图",
            intro: "整篇图解的长图，按阅读顺序切成 {n} 张，每张宽 1080 像素、高不超过 4000 像素，只在两块内容之间切开。按顺序上传到公众号文章即可。",
            all: "下载全部（ZIP，{n} 张）",
            slice: "第 {i} 张",
            charts: "单张图表（宽 1080 像素）与封面",
            covers: ("封面", "2.35:1（900 × 383）", "1:1（900 × 900）"),
            story: "整篇图解",
            other: ("English", "en"),
        },
        Lang::En => LongPage {
            title: "Long image",
            intro: "The whole story as one long image, cut into {n} slices in reading order, each 1080 px wide and at most 4000 px tall, cut only between blocks. Upload them in order.",
            all: "Download all (ZIP, {n} images)",
            slice: "Slice {i}",
            charts: "Single charts (1080 px wide) and covers",
            covers: ("Cover", "2.35:1 (900 × 383)", "1:1 (900 × 900)"),
            story: "The whole story",
            other: ("中文", "zh-CN"),
        },
    }
}

/// The label of the story page's language switch, read out by screen readers.
pub fn lang_switch(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "语言 / Language",
        Lang::En => "Language",
    }
}

/// A language's name in itself, as the language switch offers it: 中文, English.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

/// How the long image's page separates a slice's number from what it shows, and the
/// blocks it shows from each other.
pub fn slice_separators(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("：", "；"),
        Lang::En => (": ", "; "),
    }
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
