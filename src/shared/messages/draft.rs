//! Texts the draft writes into a data file where the report has none: the desk
//! replaces them while curating. Each is (zh, en), en `None` where none is written.
//! Then what `check` says of a draft: its unread skips, what is left to confirm, advice.

use super::desk::to_confirm;
use crate::shared::model::{Lang, UnreadCause};

/// What the text does not say (publication, credits, byline).
pub const DRAFT_TO_FILL: &str = "待填写";

/// The label of a figure whose clause names nothing.
pub const DRAFT_UNNAMED: &str = "未命名";

/// Every text the draft (or the editor) writes where it does not know: while a data file
/// holds one, the editor lists it as a problem and does not publish.
pub const DRAFT_PLACEHOLDERS: [&str; 3] = [DRAFT_TO_FILL, DRAFT_UNNAMED, DESK_NEW_CHART];

/// The placeholder of [`DRAFT_PLACEHOLDERS`] that `text` still holds, if any.
pub fn placeholder_in(text: &str) -> Option<&'static str> {
    DRAFT_PLACEHOLDERS.into_iter().find(|p| text.contains(p))
}

/// The title of a chart the desk has just made in the editor, until it writes one.
pub const DESK_NEW_CHART: &str = "新图表";

/// A text that still holds `placeholder`: the desk writes the real one.
pub fn placeholder_left(lang: Lang, placeholder: &str) -> String {
    match lang {
        Lang::Zh => format!("仍是占位文字「{placeholder}」：请填写实际内容"),
        Lang::En => format!("still says the placeholder “{placeholder}”: write the real text"),
    }
}

/// The draft could not tell the year of the report's figures (a text that names two
/// years as often, without a title that says which): `meta.year` is 0 until the desk
/// writes it.
pub fn year_left() -> super::Message {
    super::Message::new(
        "报告年份未能确定（为 0）：请填写本报告数字所属的年份",
        "the report's year is not known (0): write the year its figures are for",
    )
}

/// True when `title` is the one [`draft_title`] writes for a report of `place` and `year`
/// (2025年报告图解): the text printed no title and the desk has not written one.
pub fn is_default_title(title: &str, place: Option<&str>, year: i64) -> bool {
    [place, None]
        .into_iter()
        .flat_map(|p| [draft_title(p, year), draft_title(p, 0)])
        .any(|t| t == title.trim())
}

/// The report's title is still the draft's default (2025年报告图解): the desk writes one.
pub fn title_left() -> super::Message {
    super::Message::new(
        "标题仍是草稿的默认标题：请为本报告写一个标题",
        "the title is still the draft's default: write the report's own title",
    )
}

/// The section of a text without headings.
pub const DRAFT_WHOLE: (&str, &str) = ("全文", "The report");

/// The section of the text before the first heading.
pub const DRAFT_LEAD: (&str, &str) = ("导语", "Introduction");

/// The topic of paragraph `n` (from 1).
pub fn draft_paragraph(n: usize) -> (String, String) {
    (format!("第{n}段"), format!("Paragraph {n}"))
}

/// The headline of a text without a title line, with the place the text names, if any.
pub fn draft_title(place: Option<&str>, year: i64) -> String {
    let place = place.unwrap_or_default();
    if year > 0 {
        format!("{place}{year}年报告图解")
    } else {
        format!("{place}报告图解")
    }
}

/// The footer line of every chart: the source the text prints (来源：昆山发布), or
/// [`DRAFT_TO_FILL`] until the desk names it.
pub fn draft_source_line(printed: Option<&str>) -> String {
    format!("来源：{}", printed.unwrap_or(DRAFT_TO_FILL))
}

/// A subtitle's words for a chart whose items each print their own unit.
pub const UNITS_WITH_EACH: &str = "单位见各项";

/// A subtitle: the one unit of a chart, or 单位见各项 for several, and the period its
/// figures share (2025年, 过去五年), none where they are of several.
pub fn draft_subtitle(unit: Option<&str>, period: Option<&str>) -> String {
    let period = period.map(|p| format!("，{p}")).unwrap_or_default();
    match unit {
        Some(u) => format!("单位：{u}{period}"),
        None => format!("{UNITS_WITH_EACH}{period}"),
    }
}

/// The subtitle of a growth chart.
pub fn draft_growth_subtitle(year: i64) -> String {
    if year > 0 {
        format!("同比增长，%，{year}年")
    } else {
        "同比增长，%".to_string()
    }
}

/// The subtitle of a growth chart of another period than the report's year, or of
/// averages a year: 年均增长，%，“十四五”时期 / 增长，%，这五年. Averages a year whose
/// sentences name no period say no year (年均增长，%): an average over the report's one
/// year would say what the text does not.
pub fn draft_period_growth_subtitle(period: Option<&str>, yearly: bool, year: i64) -> String {
    match (period, yearly) {
        (Some(p), true) => format!("年均增长，%，{p}"),
        (Some(p), false) => format!("增长，%，{p}"),
        (None, true) => "年均增长，%".to_string(),
        (None, false) => draft_growth_subtitle(year),
    }
}

/// The subtitle of a targets chart: 预期目标, and the targets' year where the text gives it.
pub fn draft_targets_subtitle(period: Option<&str>) -> String {
    match period {
        Some(p) => format!("预期目标，{p}"),
        None => "预期目标".to_string(),
    }
}

/// The subtitle of a targets chart of a work plan's goals (重点工作), which are not the
/// year's main targets: 工作安排，2026年.
pub fn draft_plans_subtitle(period: Option<&str>) -> String {
    match period {
        Some(p) => format!("工作安排，{p}"),
        None => "工作安排".to_string(),
    }
}

/// The subtitle of a targets chart of a budget's lines arranged for the year (一般公共
/// 预算收入预算安排43.9亿元): 预算安排，2026年.
pub fn draft_budget_subtitle(period: Option<&str>) -> String {
    match period {
        Some(p) => format!("预算安排，{p}"),
        None => "预算安排".to_string(),
    }
}

/// What a work plan's goals are called in a targets chart's title: 2026年安排：….
pub const DRAFT_PLAN_WORD: &str = "安排";

/// The title of a targets chart as a sub-editor writes it: what its goals are (`word`,
/// 目标 or 限值, of `period`), then its lead goal as printed (`goal`): 2026年目标：新增
/// 高新技术企业500家以上, 目标：地区生产总值增长6%左右.
pub fn draft_targets_title(period: Option<&str>, word: &str, goal: &str) -> String {
    format!("{}{word}：{goal}", period.unwrap_or_default())
}

/// The title of a growth chart: its fastest figure.
pub fn draft_fastest(label: &str, change: &str) -> String {
    format!("{label}{change}，增速最快")
}

/// The title of a structure chart whose ratio the draft cannot quote: its parts and
/// their terms as the text prints a ratio (第一产业、第二产业、第三产业：10.5∶39.7∶49.8),
/// never a share (占) the text does not say.
pub fn draft_ratio(labels: &[&str], terms: &[String]) -> String {
    format!("{}：{}", labels.join("、"), terms.join("∶"))
}

/// The title of a part-whole chart: the whole, then the part.
pub fn draft_part_of(whole: &str, part: &str) -> String {
    format!("{whole}，其中{part}")
}

/// Skips the draft left for the desk (reason `unread`), counted by why, in both
/// languages: the desk decides each, and knows what to look at. Named as skips, a part
/// of the numbers to decide ([`crate::shared::messages::commands::to_decide`]), never as
/// that whole list.
pub fn unread_skips(tally: &[(UnreadCause, usize)]) -> String {
    let count: usize = tally.iter().map(|(_, n)| n).sum();
    let mut out = format!(
        "{count} 个跳过标为未能读出（unread），是待决定的数字的一部分 / {count} skip{} of reason \"unread\", among the numbers to decide; make each a figure or give it its reason:",
        if count == 1 { "" } else { "s" }
    );
    for (cause, n) in tally {
        out.push_str(&format!(
            "\n  {n} × {} / {}",
            unread_cause(*cause, Lang::Zh),
            unread_cause(*cause, Lang::En)
        ));
    }
    out
}

/// Why a number was left `unread`, as the desk reads it.
pub fn unread_cause(cause: UnreadCause, lang: Lang) -> &'static str {
    let (zh, en) = match cause {
        UnreadCause::Negative => (
            "带负号的数字（如增速为-0.3%）：草稿只读“增长”等词后紧接负号的百分数，其余请编辑决定",
            "a number printed with a minus sign (增速为-0.3%): the draft reads one only right after a word of growth, in %; the desk decides the others",
        ),
        UnreadCause::ListPairing => (
            "“分别”列出的数字与前面的项目不能一一对应",
            "a 分别 list whose numbers cannot be paired one to one with its items",
        ),
        UnreadCause::TimesChange => (
            "以“倍”表示的下降或变化，数据里没有这种变化",
            "a change in 倍 (times) that the data file has no kind for",
        ),
        UnreadCause::Comparison => (
            "“优于”“好于”之后的百分点，没说与什么相比",
            "points after 优于/好于, compared with nothing named",
        ),
        UnreadCause::UnknownUnit => ("数字后没有已知的单位", "no unit it knows after the number"),
        UnreadCause::ChangeUnclaimed => (
            "变化找不到它前面所属的数字",
            "a change that no figure before it can take",
        ),
        UnreadCause::InsideLabel => (
            "数字在标签或条件之中（……的）",
            "a number inside a label or a condition (…的)",
        ),
        UnreadCause::PossibleTarget => (
            "可能是目标（句中有力争、预期、目标、计划、今年等）",
            "possibly a target (the sentence says 力争, 预期, 目标, 计划, 今年…)",
        ),
        UnreadCause::NoSubject => (
            "金额只跟着动词，没说是什么钱",
            "a sum named by a verb alone, not what it is for",
        ),
        UnreadCause::TableRow => (
            "表格的一行：表头没有说清它的单位、数值或增速在哪一列，请对照表头决定",
            "a row of a table whose header does not say which column holds its unit, value or change: the desk reads it against the header",
        ),
        UnreadCause::SpacedDigits => (
            "数字中间有空格（如1 250）：可能是分节写的一个数，也可能是两个数",
            "digits a space parts (1 250): one number printed in groups, or two numbers",
        ),
        UnreadCause::MoreOrLess => (
            "数字带有数据无法写出的修饰词（逾、不足、不到、低于、上下等），不是确数",
            "a word of more or less the data file cannot write (逾, 不足, 不到, 低于, 上下…): no exact number",
        ),
        UnreadCause::OffNormal => (
            "与常年相比的偏差（偏高、偏多等），不是比上年的变化，数据里没有这种变化",
            "how far a measure was off its normal (偏高, 偏多…): no change on the year before, and the data file has no kind for it",
        ),
        UnreadCause::Unsure => (
            "草稿说不准它是什么",
            "the draft could not tell what it counts",
        ),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// `check`'s warning of what the draft wrote and the desk has not confirmed, in both
/// languages (the desk may read either), with each named as the desk sees it (a figure by
/// its label, a chart by its title: [`super::names`]).
pub fn unconfirmed(figures: &[&str], charts: &[&str]) -> String {
    let (f, c) = (figures.len(), charts.len());
    let mut out = format!(
        "warning: {} / {} (\"draft\": true; check each against its sentence, then remove the mark)",
        to_confirm(Lang::Zh, f, c),
        to_confirm(Lang::En, f, c)
    );
    for (what, names) in [("figures", figures), ("charts", charts)] {
        if !names.is_empty() {
            out.push_str(&format!("\n  {what}: {}", names.join("、")));
        }
    }
    out
}

/// What a sum over a figure's period says before its number: 累计 / cumulative.
pub fn cumulative_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "累计",
        Lang::En => "cumulative",
    }
}

/// What an average a year over a figure's period says before its number: 年均 / annual
/// average.
pub fn yearly_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "年均",
        Lang::En => "annual average",
    }
}

/// What a target or a limit says before its number, so that it never reads as a result:
/// 目标 / target, 上限 / limit.
pub fn status_word(status: crate::shared::model::Status, lang: Lang) -> &'static str {
    use crate::shared::model::Status;
    match (status, lang) {
        (Status::Result, _) => "",
        (Status::Target, Lang::Zh) => "目标",
        (Status::Target, Lang::En) => "target",
        (Status::Limit, Lang::Zh) => "限值",
        (Status::Limit, Lang::En) => "limit",
    }
}
