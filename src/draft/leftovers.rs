//! Lines a web page prints around a report, known by their first words: the source, the
//! time, the editor, the page's reader counts. A leaf that `text` reads.

/// A line the page prints around the report, named by its first words (来源：, 时间：,
/// 浏览次数：…): whatever numbers it holds are the page's, never the report's.
pub(super) fn page_line(t: &str) -> bool {
    // 浏览次数：1024次 and its kin count readers of the page, not anything the report says.
    const OPENERS: [&str; 18] = [
        "【字号",
        "来源：",
        "（来源：",
        "(来源：",
        "时间：",
        "编辑：",
        "责任编辑",
        "相关报道",
        "发布时间",
        "发布日期",
        "日期：",
        "作者：",
        "浏览次数",
        "阅读次数",
        "点击次数",
        "浏览量",
        "阅读量",
        "访问量",
    ];
    OPENERS.iter().any(|o| t.starts_with(o))
}
