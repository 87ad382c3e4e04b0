//! The problems of a data file, each in both languages: `check` prints the English, the
//! editor shows the desk's language. They say what is wrong and, where there is one, what
//! would be right; paths and files are added by [`crate::check::validate::DataError`], not here.

use super::Message;
use crate::shared::model::Text;

/// The file could not be read as JSON (`detail`: the parser's, said in Chinese by
/// [`super::parser`]).
pub fn malformed_json(detail: &str) -> Message {
    Message::new(
        format!("不是有效的 JSON：{}", super::parser::detail_zh(detail)),
        format!("is not valid JSON: {detail}"),
    )
}

/// Valid JSON, but a value of the wrong type (a string where a number belongs).
pub fn wrong_type(detail: &str) -> Message {
    Message::new(
        format!("类型不对：{}", super::parser::detail_zh(detail)),
        format!("has the wrong type: {detail}"),
    )
}

/// Where in the file a problem is, after its message: the line its value starts on.
pub fn on_line(line: usize) -> Message {
    Message::new(format!("（第 {line} 行）"), format!(" (line {line})"))
}

/// A key nobody declared: usually a typo.
pub fn unknown_key(key: &str) -> Message {
    Message::new(
        format!("有未知的键 \"{key}\"（拼错了？）"),
        format!("has an unknown key \"{key}\" (misspelt?)"),
    )
}

/// A required field is absent.
pub fn missing() -> Message {
    Message::new("缺少此项", "is missing")
}

/// A text or id is present but empty.
pub fn empty() -> Message {
    Message::new("为空", "is empty")
}

/// An id that is not ASCII kebab-case.
pub fn not_kebab(id: &str) -> Message {
    Message::new(
        format!("编号 \"{id}\" 须为小写字母、数字和短横线（如 \"gdp-growth\"）"),
        format!("\"{id}\" is not an ASCII kebab-case id (like \"gdp-growth\")"),
    )
}

/// The same id twice.
pub fn duplicate_id(id: &str, first_path: &str) -> Message {
    Message::new(
        format!("编号 \"{id}\" 用了两次：第一次在 {first_path}"),
        format!("\"{id}\" is used twice: first at {first_path}"),
    )
}

/// What a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref<'a> {
    /// A section of the report.
    Section,
    /// A topic of the section with this id.
    Topic(&'a str),
    /// A figure.
    Figure,
}

/// A reference to something that does not exist.
pub fn unknown_ref(what: Ref<'_>, id: &str) -> Message {
    let (zh, en) = match what {
        Ref::Section => ("部分".to_string(), "section".to_string()),
        Ref::Topic(s) => (
            format!("部分 \"{s}\" 的小节"),
            format!("a topic of section \"{s}\""),
        ),
        Ref::Figure => ("数字".to_string(), "figure".to_string()),
    };
    Message::new(
        format!("指向的{zh} \"{id}\" 不存在"),
        format!("names {en} \"{id}\", which does not exist"),
    )
}

/// A number that JSON can carry but a chart cannot draw.
pub fn not_finite(value: f64) -> Message {
    Message::new(
        format!("{value} 不是有限的数"),
        format!("{value} is not a finite number"),
    )
}

/// A count below zero.
pub fn negative_count(value: f64) -> Message {
    Message::new(
        format!("{value} 是负数，而数量不能为负"),
        format!("{value} is negative, but a count cannot be"),
    )
}

/// A negative change of another kind than a growth: the direction belongs in the kind.
/// Only a growth printed with a minus sign (增长-3.5%) is negative.
pub fn negative_change(value: f64) -> Message {
    Message::new(
        format!("{value} 是负数：只有原文带负号的增长（增长-3.5%）可为负；其他变化按原文写出数字，方向用类型“下降”（\"decline\"）表示"),
        format!("{value} is negative: only a growth printed with a minus sign (增长-3.5%) may be; write any other change as printed and say the direction with kind \"decline\""),
    )
}

/// A share outside 0–100.
pub fn share_out_of_range(value: f64) -> Message {
    Message::new(
        format!("{value} 是占比，须在 0 到 100 之间"),
        format!("{value} is a share of a whole and must lie between 0 and 100"),
    )
}

/// A figure with nothing to draw.
pub fn no_value_no_change() -> Message {
    Message::new(
        "既没有数值也没有变化：一个数字至少要有其一",
        "has neither a value nor a change: a figure needs at least one",
    )
}

/// A word outside a closed list.
pub fn not_one_of(value: &str, allowed: &[&str]) -> Message {
    let list = allowed.join(", ");
    Message::new(
        format!("\"{value}\" 不是可选的词：{list}"),
        format!("\"{value}\" is not one of: {list}"),
    )
}

/// A change whose unit does not fit its kind.
pub fn change_unit(kind: &str, unit: &str, expected: &str) -> Message {
    Message::new(
        format!("\"{kind}\" 类的变化，单位应为 {expected}，不是 \"{unit}\""),
        format!("a change of kind \"{kind}\" is in {expected}, not \"{unit}\""),
    )
}

/// Amounts on one bar chart that may not be compared: not one indicator across the
/// items of one topic. The figures are named by their labels, as the desk sees them
/// (the English where there is one), never by their ids.
pub fn unlike_amounts(first: &Text, other: &Text) -> Message {
    let en = |t: &Text| {
        if t.en.is_empty() {
            t.zh.clone()
        } else {
            t.en.clone()
        }
    };
    let (first_zh, other_zh) = (&first.zh, &other.zh);
    let (first_en, other_en) = (en(first), en(other));
    Message::new(
        format!("条形图只比较可比的数：“{other_zh}”与“{first_zh}”不是同一话题里的同一指标（标签结尾至少两个字相同）；请分开画，或用卡片"),
        format!("a bar chart compares only amounts that may be compared: \"{other_en}\" and \"{first_en}\" are not one indicator (labels ending in the same two characters or more) in one topic; draw them apart, or as cards"),
    )
}

/// A result on a `targets` chart that stands beside no target.
pub fn lone_result(figure: &Text) -> Message {
    Message::new(
        format!("预期目标图中的实绩{}后面没有目标：实绩只作为同一指标目标旁的上年数出现，紧排在该目标之前", figure.zh),
        format!("result {} on a \"targets\" chart stands beside no target: a result appears only as last year's figure of a target's indicator, right before that target", figure.en),
    )
}

/// A `targets` chart without a target.
pub fn no_target() -> Message {
    Message::new(
        "预期目标图没有目标或限值",
        "a \"targets\" chart needs a target or a limit",
    )
}

/// A share after a part and its whole that is not the part's share of that whole.
pub fn not_its_share(share: &str, part: &str, whole: &str) -> Message {
    Message::new(
        format!("占比 \"{share}\" 不是 \"{part}\" 占 \"{whole}\" 的比重（相差超过1个百分点）：它可能是另一个整体的比重，不要放在这一对之后"),
        format!("share \"{share}\" is not the share of \"{part}\" in \"{whole}\" (off by more than a point): it may be of another whole; do not put it after this pair"),
    )
}

/// A part larger than its whole.
pub fn part_exceeds_whole(part: &str, whole: &str) -> Message {
    Message::new(
        format!("部分 \"{part}\" 大于其整体 \"{whole}\""),
        format!("part \"{part}\" is larger than its whole \"{whole}\""),
    )
}

/// An accent on a figure the chart does not draw.
pub fn accent_not_drawn(figure: &Text) -> Message {
    Message::new(
        format!("强调的{}不是此图的数字", figure.zh),
        format!("accent {} is not one of this chart's figures", figure.en),
    )
}

/// A skip whose number is not digits.
pub fn skip_not_a_number(number: &str) -> Message {
    Message::new(
        format!("\"{number}\" 不是原文印出的数字（数字，三位一组的逗号，至多一个小数点）"),
        format!("\"{number}\" is not a number as the text prints it (digits, commas between groups of three, one decimal point)"),
    )
}

/// A skip whose number is not in its sentence.
pub fn skip_not_in_sentence(number: &str) -> Message {
    Message::new(
        format!("\"{number}\" 不在这条跳过项的原句中"),
        format!("\"{number}\" does not occur in the skip's sentence"),
    )
}

/// A figure's number that its sentence does not print (tester s-test24 F7): the number
/// held, and the one the sentence prints instead where it can be told (1286.4亿元), else
/// the sentence. `check` refuses it, and `site` leaves its report out.
pub fn number_not_printed(
    field: super::desk::Field,
    held: f64,
    printed: Option<&str>,
    sentence: &str,
) -> Message {
    use crate::shared::model::Lang;
    let (zh, en) = (field.name(Lang::Zh), field.name(Lang::En));
    match printed {
        Some(p) => Message::new(
            format!("{zh} {held} 不是原句印出的数字：原句印作 {p}，请改为原句的数字"),
            format!("the {en} {held} is not a number its sentence prints: the sentence prints {p}; correct it to the sentence's number"),
        ),
        None => Message::new(
            format!("{zh} {held} 不是原句印出的数字：原句是“{sentence}”，请改为原句的数字"),
            format!("the {en} {held} is not a number its sentence prints (“{sentence}”); correct it to the sentence's number"),
        ),
    }
}

/// The parts of a structure that do not make a whole.
pub fn structure_sum(sum: f64, percent: bool) -> Message {
    if percent {
        Message::new(
            format!("结构条（structure）各部分（%）相加为 {sum}，不是 100"),
            format!("the parts of a \"structure\" chart in % add up to {sum}, not 100"),
        )
    } else {
        Message::new(
            format!("结构条（structure）各部分相加为 {sum}：需要一个正的整体"),
            format!(
                "the parts of a \"structure\" chart add up to {sum}: they need a positive whole"
            ),
        )
    }
}

/// A range whose upper end `to` is not above its lower end.
pub fn range_inverted(value: f64, to: f64) -> Message {
    Message::new(
        format!("区间上限 to {to} 不大于下限 {value}：按原文写出两端（6—6.5：value 6，to 6.5）"),
        format!("the upper end {to} of a range is not above its lower end {value}: write both ends as printed (6—6.5: value 6, to 6.5)"),
    )
}

/// A range with an upper end and no lower end.
pub fn range_without_value() -> Message {
    Message::new(
        "有区间上限 to 却没有下限 value：区间两端都要写",
        "has the upper end of a range but no value: a range needs both ends",
    )
}

/// A `compare` of a kind that neither compares nor contributes.
pub fn compare_kind(kind: &str) -> Message {
    Message::new(
        format!("compare 只能是比较（above、below）或拉动（pull），不能是 \"{kind}\""),
        format!("a compare is a comparison (\"above\", \"below\") or a contribution (\"pull\"), not \"{kind}\""),
    )
}

/// A `compare` on a figure without a `change`: the comparison is its change.
pub fn compare_without_change() -> Message {
    Message::new(
        "没有 change 的数字不用 compare：把比较写进 change",
        "is a second change, but the figure has no first: write the comparison as its change",
    )
}

/// A chart marked as the lead graphic that is not the first chart.
pub fn lead_not_first() -> Message {
    Message::new(
        "只有第一张图能作为开篇图（lead）：把它移到 charts 的最前面，或去掉 lead",
        "only the first chart may be the lead graphic: move it to the top of charts, or remove lead",
    )
}

/// More than one chart in three is cards (issue 19: a wall of numbers is no story).
pub fn too_many_cards(cards: usize, charts: usize) -> Message {
    Message::new(
        format!("{charts} 张图中有 {cards} 张是数字卡片：最多三张图一张卡片，其余换成能比较的图，或让小数字回到正文"),
        format!("{cards} of {charts} charts are cards: at most one chart in three should be; draw the rest as comparisons, or leave small counts to the text"),
    )
}

/// A figure's value on a second chart (a growth chart may compare its change).
pub fn figure_repeated(figure: &Text, first: &Text) -> Message {
    Message::new(
        format!("数字{}已在图{}中出现：一个数字只上一张图（增速图比较其增速、预期目标图列出上年结果除外）", figure.zh, first.zh),
        format!("figure {} is already on chart {}: a figure's value stands on one chart (a growth chart may compare its change, a targets chart show last year's result)", figure.en, first.en),
    )
}

/// A figure whose change a second growth chart draws again.
pub fn change_repeated(figure: &Text, first: &Text) -> Message {
    Message::new(
        format!("数字{}的增速已在增速图{}中：一个增速只上一张增速图", figure.zh, first.zh),
        format!("the change of figure {} is already on growth chart {}: a change stands on one growth chart", figure.en, first.en),
    )
}

/// A multiples chart with a panel of one figure beside others (41座 beside 4353盏).
pub fn lone_panel(chart: &Text) -> Message {
    Message::new(
        format!("分组小图{}有只含一个数字的组：各组标尺不同，这根条总是画满，会显得比别组更大的数还长；单位不同的数字放在正文或各自的图里", chart.zh),
        format!("multiples chart {} has a panel of one figure: each panel has its own scale, so its bar fills the panel and reads longer than larger numbers beside it; leave unlike amounts to the text or to charts of their own", chart.en),
    )
}

/// A small count without a comparison on a card: the text's to carry as a live number.
pub fn small_count_in_card(figure: &Text) -> Message {
    Message::new(
        format!("小数字{}没有比较，放在正文里（正文的数字可点）比做成卡片更好", figure.zh),
        format!("small count {} has no comparison: it belongs in the text, as a live number, rather than on a card", figure.en),
    )
}

/// A figure's `decimals` that its sentence does not print (value 5, decimals 1, but the
/// sentence prints 5% or 5.00%): `wanted` is the number as the data would print it.
pub fn decimals_not_in_sentence(wanted: &str, printed: &[String]) -> Message {
    let zh = printed.join("、");
    let en = printed.join(", ");
    Message::new(
        format!("原句没有印 {wanted}（印的是 {zh}）：decimals 写原句小数点后的位数"),
        format!("the sentence prints no {wanted} (it prints {en}): decimals is the count of digits after the point as printed"),
    )
}

/// A number its sentence prints with more digits after the point than the data keeps
/// (增长5.0% as value 5 without decimals): every output would drop the zeros.
pub fn decimals_dropped(printed: &str, decimals: u8) -> Message {
    Message::new(
        format!("原句印作 {printed}：加上 \"decimals\": {decimals}，各处才会照印，否则会少印小数点后的 0"),
        format!("the sentence prints {printed}: add \"decimals\": {decimals} so that every output prints it so; without it the zeros after the point are dropped"),
    )
}
