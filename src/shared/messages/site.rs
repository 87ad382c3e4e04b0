//! The site build's messages (`report-charts site`, `make site`) and the words of the
//! site's index page and draft notice.

use super::Message;
use crate::shared::model::Lang;

/// A file the build needs from the site it is putting together is not there.
pub fn site_file_missing(path: &str) -> String {
    format!("the site has no file {path} (the assets folder lacks it: run `make build`)")
}

/// What the pages stage wrote.
pub fn site_pages(langs: usize, charts: usize) -> String {
    format!(
        "{langs} story page(s), {} SVG fallbacks, CSV files and embed pages",
        langs * 4 * charts
    )
}

/// What the images stage drew.
pub fn site_images(charts: usize, covers: usize, slices: usize) -> String {
    format!("{charts} social cards and article images, {covers} covers, {slices} long-image slices")
}

/// The site of many reports is written.
pub fn site_written(out: &str, reports: usize, rebuilt: usize, files: usize) -> String {
    format!(
        "wrote {out}: {reports} report(s), {rebuilt} rebuilt and {} from the cache, {files} files",
        reports - rebuilt
    )
}

/// The draft of a text proposed charts that break a rule: the site leaves them out.
pub fn site_draft_charts_left_out(path: &str, ids: &[&str], problems: &str) -> String {
    format!(
        "warning: {path}: the draft's chart(s) {} left out of the site:\n{problems}",
        ids.join(", ")
    )
}

/// Reports the site refused: the others are built, and the command exits non-zero so
/// that CI notices. `errors` name each file, its JSON path and what is wrong.
pub fn site_refused(errors: &[String]) -> String {
    format!(
        "{}\n{} report(s) left out of the site (the others are built; fix and run again)",
        errors.join("\n"),
        errors.len()
    )
}

/// One stage's wall time (`report-charts site --timings`).
pub fn site_stage(stage: &str, seconds: f64) -> String {
    format!("timing: {stage}: {seconds:.3} s")
}

/// A folder of reports holds none.
pub fn site_no_reports(dir: &str) -> String {
    format!("{dir}: no report here (a report is SLUG.json, SLUG.txt, or both)")
}

/// `site` found no assets folder: the pages would load no stylesheet, script or wasm.
pub fn site_assets_missing(dir: &str, given: bool) -> String {
    let how = if given {
        "--assets names no folder"
    } else {
        "no --assets was given, and `make build`'s folder is not there"
    };
    format!(
        "{dir}: {how}: the pages would load no stylesheet, script or wasm. \
         Build the assets with `make assets` (they land in target/site-assets) and pass \
         --assets target/site-assets, or pass --no-assets to write the pages alone"
    )
}

/// `site` cannot read a page template of the `www` folder `dir` (`error` names the file),
/// given with `--www` or not: say what to pass.
pub fn site_templates_missing(error: &str, dir: &str, given: bool) -> String {
    let why = if given {
        "--www names no folder of page templates"
    } else {
        "no --www was given, and ./www is not there: `site` runs from the repository's root"
    };
    format!(
        "{error}. {why}. Pass --www with the repository's www folder \
         (--www /path/to/report-charts/www), or run from the repository's root (tried {dir})"
    )
}

/// The assets folder lacks files that every page loads.
pub fn site_assets_lacking(dir: &str, files: &[&str]) -> String {
    format!(
        "{dir}: not a built assets folder: {} missing (every page loads them). \
         Build them with `make assets`",
        files.join(", ")
    )
}

/// The command's arguments, with what each option is when it is not given: the page
/// templates come from `./www`, the assets are built by `make build`.
pub fn site_usage() -> Message {
    Message::new(
        "用法：report-charts site [--www 目录] [--assets 目录 | --no-assets] [--cache 目录] [--no-images] [--timings] DATA.json|目录 … 输出目录\n\
  --www 目录：页面模板所在的目录，默认 ./www；--assets 目录：构建好的 wasm、脚本和样式（默认 make build 的 target/site-assets，不在则报错）；--no-assets：只写页面，不带它们；--cache 目录：未变的报告从这里取\n\
  一个 DATA.json：它的整个站点写到输出目录（即 make build 所发布的）；\n\
  多个目录或文件：每份报告写到 输出目录/SLUG/，索引写到 输出目录/index.html，\n\
  只有 SLUG.txt 的报告当场起草（从不写回它的目录），并标为草稿",
        "usage: report-charts site [--www DIR] [--assets DIR | --no-assets] [--cache DIR] [--no-images] [--timings] DATA.json|DIR … OUT_DIR\n\
  --www DIR: the page templates (default: ./www); --assets DIR: the built wasm, scripts and styles (default: `make build`'s target/site-assets, an error when it is not there); --no-assets: the pages alone, without them; --cache DIR: where unchanged reports come from\n\
  one DATA.json: its whole site at OUT_DIR (what `make build` serves);\n\
  folders or several files: every report at OUT_DIR/SLUG/, an index at OUT_DIR/index.html,\n\
  a report with only SLUG.txt drafted on the fly (never into its folder) and marked as a draft",
    )
}

/// The mark before the kicker of a draft's WeChat images (cover, long image), which
/// leave the page and its draft notice behind: 草稿 · 待填写 · 2025.
pub fn draft_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "未经编辑审核的草稿",
        Lang::En => "Unreviewed draft",
    }
}

/// The notice on the page of a report that only the draft has read.
pub fn draft_notice() -> Message {
    Message::new(
        "未经编辑审核的草稿：本页数字由程序从报告原文自动读取，尚未经编辑核对。",
        "An unreviewed draft: the figures on this page were read from the report's text by a program and no editor has checked them yet.",
    )
}

/// The words of the site's index page.
pub struct IndexWords {
    /// The page's title.
    pub title: &'static str,
    /// The line under it.
    pub deck: &'static str,
    /// The place filter's legend.
    pub place: &'static str,
    /// The year filter's legend: it filters by the year of the data (a 2026 work report
    /// reviews 2025), and says so.
    pub year: &'static str,
    /// The choice of every place or year.
    pub all: &'static str,
    /// The badge of a drafted report.
    pub draft: &'static str,
    /// A report that names no place.
    pub no_place: &'static str,
    /// The filters' name.
    pub filter: &'static str,
    /// The register's heading.
    pub indicators: &'static str,
    /// The line under it.
    pub indicators_deck: &'static str,
    /// Said when no indicator is shared by enough reports for a page.
    pub no_indicators: &'static str,
    /// The link to `indicators.csv`.
    pub csv: &'static str,
    /// The heading over the reports the site left out.
    pub left_out: &'static str,
    /// Why they are left out, for a reader: no file names, no JSON paths.
    pub left_out_why: &'static str,
}

/// The index page's words in `lang`.
pub fn index_words(lang: Lang) -> IndexWords {
    match lang {
        Lang::Zh => IndexWords {
            title: "报告图解",
            deck: "每份报告的数字图表，数字均可追溯到报告原文。",
            place: "地区",
            year: "数据年份",
            all: "全部",
            draft: "未经编辑审核的草稿",
            no_place: "未注明地区",
            filter: "按地区和数据年份筛选",
            indicators: "指标",
            indicators_deck: "三份及以上报告共有的指标：各地排名、目标与实绩、历年走势，每个数字链接到原句。",
            no_indicators: "还没有三份报告共有的指标。",
            csv: "下载全部数字（indicators.csv）",
            left_out: "暂未收入的报告",
            left_out_why: "以下报告的数据有误，本次未予发布，待编辑核对修正后收入。",
        },
        Lang::En => IndexWords {
            title: "Reports in charts",
            deck: "The figures of each report in charts, every number traced to the report's text.",
            place: "Place",
            year: "Year of the data",
            all: "All",
            draft: "Unreviewed draft",
            no_place: "Place not named",
            filter: "Filter by place and year of the data",
            indicators: "Indicators",
            indicators_deck: "Indicators that three reports or more share: places ranked, targets beside results, trends; every number linked to its sentence.",
            no_indicators: "No indicator is shared by three reports yet.",
            csv: "Download every figure (indicators.csv)",
            left_out: "Reports not included yet",
            left_out_why: "The data of these reports has an error, so they are not published this time; they will be added once an editor has checked and corrected them.",
        },
    }
}

/// The years of a report as the index names them: the year its data is for, and the year
/// its title prints where that differs (a work report titled 2026年 reviews 2025):
/// 2026年报告 · 2025年数据 / 2026 report · 2025 data, else 2025年 / 2025.
pub fn index_years(lang: Lang, data: i64, title: Option<i64>) -> String {
    // A draft whose year the desk has not written yet (meta.year 0): never "0年".
    if data == 0 {
        return match (lang, title) {
            (Lang::Zh, Some(t)) => format!("{t}年报告 · 数据年份未注明"),
            (Lang::En, Some(t)) => format!("{t} report · data year not given"),
            (Lang::Zh, None) => "未注明年份".to_string(),
            (Lang::En, None) => "Year not given".to_string(),
        };
    }
    match (lang, title) {
        (Lang::Zh, Some(t)) => format!("{t}年报告 · {data}年数据"),
        (Lang::En, Some(t)) => format!("{t} report · {data} data"),
        (Lang::Zh, None) => format!("{data}年"),
        (Lang::En, None) => data.to_string(),
    }
}
