//! The story page's own words around the charts, each (zh, en): the page is written whole
//! at build time in each language, so it reads without script. The long image's words
//! for the figures on no chart are here too.

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

/// Before the figure as the text prints it (in Chinese), after the name of a live number
/// on no chart whose line does not print its number so (more than 2,600 companies for
/// 2600余家): an accessible name holds the text it is seen as (WCAG 2.5.3, Lighthouse's
/// `label-content-name-mismatch`, which reads whole numbers and skips what stands in
/// brackets, full-width ones too).
pub const PAGE_FIGURE_AS_PRINTED: (&str, &str) = ("；原文：", "; in the text: ");

/// The English page's note above the report's text, which exists only in Chinese.
pub const PAGE_TEXT_IN_CHINESE: (&str, &str) = (
    "报告原文只有中文。文中每个数字都链接到它的图表。",
    "The report's text exists only in Chinese: its paragraphs follow as printed, untranslated. Every figure in them links to its chart, and each chart is in English.",
);

/// The name of a table of the text on the story page after its caption: a reader on a
/// keyboard or a screen reader learns that it scrolls sideways on a narrow screen.
pub const PAGE_TABLE_SCROLLS: (&str, &str) = ("表格，可左右滚动", "table, scrolls sideways");

/// The link in a chart's tooltip back to the figure's sentence in the text.
pub const PAGE_BACK_TO_TEXT: (&str, &str) = ("回到原文", "Back to the text");

/// Said after a live number's figure when focus leaves its chart off screen: focus keeps
/// the number in view, and Enter brings the chart (tester s-test25's F19).
pub const PAGE_ENTER_SHOWS_CHART: (&str, &str) =
    ("按回车键显示图表", "Press Enter to show the chart");

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
