//! The register's words (issue 20 §2): the titles of the charts that compare reports and
//! the texts of an indicator's page, in both languages.

use crate::shared::model::Lang;

/// The footer of every register chart.
pub fn footer(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "来源：各地政府工作报告；数字如原文所印",
        Lang::En => "Source: the places' government work reports; numbers as printed",
    }
}

/// A year as a column's label: 2025年 / 2025.
pub fn year_label(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// A target or a limit as a chart of many reports prints it, with the year it is for
/// before its status: 2026年目标增长6%左右 / 2026 target up 6% or so. A bar beside last
/// year's result never leaves its reader to guess which year it sets.
pub fn dated(lang: Lang, year: i64, printed: &str) -> String {
    match lang {
        Lang::Zh => format!("{year}年{printed}"),
        Lang::En => format!("{year} {printed}"),
    }
}

/// A period whose English nobody has written and whose shape has no known English
/// (“十四五”时期 in a report without English): printed as the report prints it, with a
/// note, on an English page.
pub fn period_in_chinese(zh: &str) -> String {
    format!("{zh} (as printed in Chinese)")
}

/// The title and subtitle of a ranking of `name` in `year`, of its growth rates or of
/// its values in `unit` (亿元 and 万亿元 on one scale).
pub fn ranking(lang: Lang, name: &str, year: i64, growth: bool, unit: &str) -> (String, String) {
    match (lang, growth) {
        (Lang::Zh, true) => (
            format!("{year}年各地{name}增速"),
            format!("增长，%，{year}年；按增速排列"),
        ),
        (Lang::Zh, false) => (
            format!("{year}年各地{name}"),
            format!("如原文所印，按数值（{unit}，万、亿换算后）排列，{year}年"),
        ),
        (Lang::En, true) => (
            format!("{name} growth by place, {year}"),
            format!("Growth, %, {year}; fastest first"),
        ),
        (Lang::En, false) => (
            format!("{name} by place, {year}"),
            format!("As printed, ranked in base units, {year}"),
        ),
    }
}

/// Said where a ranking titled `title` is not drawn because only `left` places were left
/// to rank once places were left out; the places left out follow, with why.
pub fn not_ranked(lang: Lang, title: &str, left: usize) -> String {
    match lang {
        Lang::Zh => format!("{title}：未画排名，可排的地区只有{left}个，不足三个。"),
        Lang::En => format!(
            "{title}: no ranking is drawn; only {left} place(s) could be ranked, fewer than three. "
        ),
    }
}

/// The end of a sentence in `lang`'s notes.
pub fn stop(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    }
}

/// The title and subtitle of each place's target for `year` beside its result of the
/// year before.
pub fn target_result(lang: Lang, name: &str, year: i64) -> (String, String) {
    let last = year - 1;
    match lang {
        Lang::Zh => (
            format!("各地{year}年{name}增长目标与{last}年实绩"),
            format!("增长，%；每地上为{last}年实绩（灰），下为{year}年目标（彩），目标如原文所印"),
        ),
        Lang::En => (
            format!("{name} growth: {year} targets and {last} results"),
            format!("Growth, %; each place's {last} result (grey) above its {year} target (colour), as printed"),
        ),
    }
}

/// The title and subtitle of each place's growth target for `year`, set in the report
/// of the year before, beside its result of `year`, read in the next one.
pub fn outcome(lang: Lang, name: &str, year: i64) -> (String, String) {
    match lang {
        Lang::Zh => (
            format!("{year}年{name}增长：目标与实绩"),
            format!("增长，%；每地上为{year}年实绩（灰，见下一年的报告），下为上一年报告定下的{year}年目标（彩），目标如原文所印"),
        ),
        Lang::En => (
            format!("{name} growth in {year}: target and result"),
            format!("Growth, %; each place's {year} result (grey, from the next year's report) above the {year} target its report of the year before set (colour), as printed"),
        ),
    }
}

/// The title and subtitle of each place's target or limit of a value for `year` (an
/// amount, a count, a rate), set in the report of the year before, beside its result.
pub fn outcome_values(lang: Lang, name: &str, year: i64) -> (String, String) {
    match lang {
        Lang::Zh => (
            format!("{year}年{name}：目标与实绩"),
            format!("每地上为{year}年实绩（灰，见下一年的报告），下为上一年报告定下的{year}年目标或限值（彩）；数字如原文所印，按同一单位比较"),
        ),
        Lang::En => (
            format!("{name} in {year}: target and result"),
            format!("Each place's {year} result (grey, from the next year's report) above the {year} target or limit its report of the year before set (colour); numbers as printed, compared in one unit"),
        ),
    }
}

/// A place whose target (`goal`) and result (`result`), each as printed, are in units
/// that cannot be compared.
pub fn apart(lang: Lang, place: &str, goal: &str, result: &str) -> String {
    match lang {
        Lang::Zh => format!("{place}（{goal}；实绩{result}）"),
        Lang::En => format!("{place} ({goal}; result {result})"),
    }
}

/// Said where the chart titled `title` leaves places out (`places`, each from
/// [`apart`]) because a target and its result are in different units.
pub fn not_compared(lang: Lang, title: &str, places: &[String]) -> String {
    match lang {
        Lang::Zh => format!(
            "{title}：未画入（目标与实绩单位不同，不能比较，待编辑核对）：{}。",
            places.join("、")
        ),
        Lang::En => format!(
            "{title}: not drawn (the target and the result are in different units and cannot be compared; left for the desk): {}.",
            places.join(", ")
        ),
    }
}

/// The title and subtitle of one place's values across years.
pub fn trend(lang: Lang, name: &str, place: &str) -> (String, String) {
    match lang {
        Lang::Zh => (
            format!("{place}{name}"),
            "历年数值与增长，如原文所印".to_string(),
        ),
        Lang::En => (
            format!("{name} of {place}"),
            "Values and growth by year, as printed".to_string(),
        ),
    }
}

/// The register's texts of an indicator's page.
pub struct Page {
    /// Before the indicator's name in the page's title.
    pub title: &'static str,
    /// The page's lead: what it holds and where its numbers come from.
    pub lead: &'static str,
    /// Before the labels the reports print for the indicator.
    pub labels: &'static str,
    /// The data table's headings: place, period, value, change, sentence.
    pub columns: [&'static str; 5],
    /// Before the places a chart leaves out.
    pub unsure: &'static str,
    /// Before the places a ranking leaves out because their number is a bound.
    pub bounds: &'static str,
    /// Before the places whose target or result the draft did not read for sure.
    pub unread: &'static str,
    /// Before the reports of a ranking's year on the site that it leaves out, each with
    /// [`absent`]'s reason.
    pub absent: &'static str,
    /// The link to the report's page.
    pub open: &'static str,
    /// The link to the CSV of every figure.
    pub csv: &'static str,
    /// Said in place of charts where the numbers cannot be set side by side on one.
    pub no_chart: &'static str,
    /// The heading of the numbers no chart of the page draws, listed so that the page
    /// holds every number its lead promises.
    pub rest: &'static str,
    /// That list's headings: place, period, status, value, change, sentence.
    pub rest_columns: [&'static str; 6],
    /// Before a chart's title in its table's caption.
    pub table: &'static str,
    /// The columns of a chart's CSV.
    pub csv_columns: [&'static str; 6],
    /// The disclosure of a chart's downloads and embed code.
    pub tools: &'static str,
    /// Before the download links.
    pub download: &'static str,
    /// The dark SVG's link.
    pub svg_dark: &'static str,
    /// The embed code's label.
    pub embed: &'static str,
    /// Under the embed code when the build does not know the site's address.
    pub embed_relative: &'static str,
    /// The link from an embedded chart to its indicator's page.
    pub more: &'static str,
    /// The name of the page's top links.
    pub nav: &'static str,
    /// The link to the site's index.
    pub index: &'static str,
    /// The link to the page in the other language, in that language.
    pub switch: &'static str,
}

/// The page's texts in `lang`.
pub fn page(lang: Lang) -> Page {
    match lang {
        Lang::Zh => Page {
            title: "指标：",
            lead: "各地报告中这一指标的全部数字，按原文所印；每个数字都链接到它所在报告的页面并附原句。",
            labels: "本页汇集各报告的这些写法：",
            columns: ["地区", "时期", "数值", "变化", "原句"],
            unsure: "未画入（同一报告给出两个不同数字，待编辑确认）：",
            bounds: "未排入（数字为界限而非确数，排位不定）：",
            unread: "未读出（本年目标或上年实绩未能从报告中确认读出，待编辑核对）：",
            absent: "本站同年报告中未列入此排名的：",
            open: "查看报告",
            csv: "下载全部指标（CSV）",
            no_chart: "各报告的这些数字年份、时期或类别（实绩、目标）不同，不能并列成图；全部数字列于下表。",
            rest: "未画入图表的数字",
            rest_columns: ["地区", "时期", "类别", "数值", "变化", "原句"],
            table: "数据：",
            csv_columns: ["报告", "地区", "时期", "数值（如原文所印）", "原句", "链接"],
            tools: "下载与嵌入",
            download: "下载：",
            svg_dark: "SVG（深色）",
            embed: "嵌入代码（iframe）",
            embed_relative: "地址相对于本页；以 SITE_URL 构建可得完整地址。",
            more: "查看全部数据与原句",
            nav: "导航",
            index: "全部报告",
            switch: "English",
        },
        Lang::En => Page {
            title: "Indicator: ",
            lead: "Every number of this indicator in the places' reports, as printed; each links to its report's page, with its sentence.",
            labels: "The reports' labels gathered on this page, as printed: ",
            columns: ["Place", "Period", "Value", "Change", "Sentence"],
            unsure: "Not drawn (the report gives two different numbers; left for the desk): ",
            bounds: "Not ranked (the number is a bound, not an exact value, so its place is unknown): ",
            unread: "Not read (the year's target or the year before's result could not be read from the report for sure; left for the desk): ",
            absent: "Reports of the same year on this site not in this ranking: ",
            open: "open the report",
            csv: "Download every indicator (CSV)",
            no_chart: "The reports' numbers are of different years, periods or kinds (results, targets) and cannot be set side by side on a chart; every one is listed below.",
            rest: "Numbers on no chart",
            rest_columns: ["Place", "Period", "Kind", "Value", "Change", "Sentence"],
            table: "Data: ",
            csv_columns: ["report", "place", "period", "value (as printed)", "sentence", "link"],
            tools: "Downloads and embed",
            download: "Download:",
            svg_dark: "SVG (dark)",
            embed: "Embed code (iframe)",
            embed_relative: "The address is relative to this page; build with SITE_URL for a full one.",
            more: "All the data and sentences",
            nav: "Navigation",
            index: "All reports (in Chinese)",
            switch: "中文",
        },
    }
}

/// A report a ranking leaves out, with why: 未读出 when its text names the indicator
/// (`named`) but the draft read no number of it for sure, 未提及 when it does not name it.
pub fn absent(lang: Lang, name: &str, named: bool) -> String {
    match (lang, named) {
        (Lang::Zh, true) => format!("{name}（未读出）"),
        (Lang::Zh, false) => format!("{name}（未提及）"),
        (Lang::En, true) => format!("{name} (not read)"),
        (Lang::En, false) => format!("{name} (not mentioned)"),
    }
}
