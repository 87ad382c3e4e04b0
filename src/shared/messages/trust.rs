//! What the review flags in a draft's labels, titles and target charts (issue 18): a
//! label that is a verb alone or half a word, a period a title claims that the figure's
//! sentence does not say, a target set beside an average a year or a span; a figure a
//! chart lists twice.

use super::Message;
use crate::shared::model::Text;

/// A label that is a verb alone (筹措): it names nothing counted.
pub fn label_bare_verb(label: &str) -> Message {
    Message::new(
        format!("标签“{label}”只是动词，没有说明数的是什么；请写明对象（资金用于什么、惠及谁）"),
        format!("the label \"{label}\" is a verb alone and names nothing counted; name what is counted (what the money is for, who benefits)"),
    )
}

/// A label that names no thing counted: a verb of reaching or a relation alone (达到,
/// 占比, 占全部投资的比重), a run of years (连续五年) or a comparison (比一季度加快).
pub fn label_no_subject(label: &str) -> Message {
    Message::new(
        format!("标签“{label}”没有说明是哪个指标；请按原句写上指标名"),
        format!("the label \"{label}\" does not say which indicator it is: name it as its sentence does"),
    )
}

/// A label that starts halfway through a word of its sentence (色金属 of 有色金属).
pub fn label_cut(label: &str, word: &str) -> Message {
    Message::new(
        format!("标签“{label}”可能截断了原文的词“{word}”，请核对"),
        format!("the label \"{label}\" may cut the word \"{word}\" of its sentence: check it"),
    )
}

/// A label that names nothing a reader can tell: a word of no indicator (群众, 经济), a
/// quotation mark without its opener, or a cut item of a list (一产业 of 一、二、三产业).
pub fn label_names_nothing(label: &str) -> Message {
    Message::new(
        format!("标签“{label}”没有说明数的是什么（泛指的词、残缺的引号或截断的并列项）；请按原句写明对象"),
        format!("the label \"{label}\" names nothing a reader can tell (a general word, a stray quotation mark or a cut list item): name what is counted, as its sentence does"),
    )
}

/// A title that gives a figure a period its sentence does not say.
pub fn title_period_unsaid(period: &str, figure: &Text) -> Message {
    Message::new(
        format!("标题写了“{period}”，但{}的原句没有说它是这一时期的累计或变化；请删去时期或核对", figure.zh),
        format!("the title says \"{period}\", but the sentence of {} does not say it is a sum or change over that period: drop the period or check it", figure.en),
    )
}

/// A result beside a target that is an average a year, or of a span, or of another
/// period than the target's.
pub fn target_beside_other(figure: &Text) -> Message {
    Message::new(
        format!("目标只能与同一指标上一年的结果并列：{}是年均或多年的数字，或与目标时期不同；请移出本图", figure.zh),
        format!("a target stands only beside last year's result of its indicator: {} is an average a year, of several years, or of another period than the target's; take it off this chart", figure.en),
    )
}

/// A chart lists one figure twice (a draft that took a whole for two parts): it would
/// be drawn twice, as if two numbers.
pub fn figure_listed_twice(figure: &Text, first: usize) -> Message {
    Message::new(
        format!("数字{}在本图中列了两次（第一次是第 {} 项）：一个数字在图中只出现一次", figure.zh, first + 1),
        format!("figure {} is listed twice in this chart (first as item {}): a chart draws a figure once", figure.en, first + 1),
    )
}

/// One figure printed with two values (地区生产总值386.2亿元 and 368.2亿元, one period):
/// a reader must not see both as true.
pub fn printed_twice(
    first: &crate::shared::model::Figure,
    later: &crate::shared::model::Figure,
) -> Message {
    let value = |f: &crate::shared::model::Figure| {
        let v = f
            .value
            .map(crate::shared::format::number)
            .unwrap_or_default();
        format!("{v}{}", f.unit.zh)
    };
    let (a, b) = (value(first), value(later));
    let label = &later.label.zh;
    Message::new(
        format!(
            "“{label}”印了两个不同的数：{a}（原句“{}”）和 {b}（原句“{}”）。两者可能都对：属于不同时期的（如上年决算数），请在“时期”栏给各自写上时期；是两个地方的，请在标签上写明；只有确是误印时才删去",
            first.source, later.source
        ),
        format!(
            "\"{label}\" is printed with two values: {a} (in \"{}\") and {b} (in \"{}\"). Both may be right: if they are of two periods (last year's final accounts), give each its period; if of two places, name the place in the label; delete one only if it is a misprint",
            first.source, later.source
        ),
    )
}

/// A result whose label or clause says it is planned (计划增长7%, 预期增长6%): it may
/// be a target drawn as what was done.
pub fn plan_as_result(label: &str, word: &str) -> Message {
    Message::new(
        format!("“{label}”标为实绩，但“{word}”说它可能是计划目标：若是，请把性质改为目标或限值；若确是实绩，请核对标签"),
        format!("\"{label}\" is marked as a result, but \"{word}\" says it may be a plan: if so, set its status to target or limit; if it is a result, check its label"),
    )
}

/// A value's qualifier on a figure that has no value (左右 set on 增长5.5%): no output
/// prints it, so the reader never sees it. A change's qualifier is the change's own.
pub fn qualifier_without_value(qualifier: &str) -> Message {
    Message::new(
        format!("没有数值，限定词“{qualifier}”不会印出：请设在变化上"),
        format!("no value, so the qualifier \"{qualifier}\" never prints: put it on the change"),
    )
}

/// A qualifier of 余 or 多 between 万 and 亿 (万多亿, 万余亿) on a unit without 万亿:
/// it would print where the text does not.
pub fn between_magnitudes_without_wanyi(qualifier: &str, unit: &str) -> Message {
    Message::new(
        format!("限定词“{qualifier}”写在“万”与“亿”之间（4万多亿元），单位“{unit}”却不以“万亿”开头：请改单位或限定词"),
        format!("the qualifier \"{qualifier}\" stands between 万 and 亿 (4万多亿元), but the unit \"{unit}\" does not open with 万亿: change the unit or the qualifier"),
    )
}

/// A figure whose value is marked `yearly` where its sentence never says 年均.
pub fn yearly_not_printed() -> Message {
    Message::new(
        "原句没有“年均”，不能把数字标为年均值（yearly）",
        "the sentence never says 年均 (a year on average), so the value cannot be marked yearly",
    )
}

/// A figure marked `cumulative` whose sentence never says 累计.
pub fn cumulative_not_printed() -> Message {
    Message::new(
        "原句没有“累计”，不能标为累计",
        "the sentence never says 累计 (cumulative), so the figure cannot be marked cumulative",
    )
}

/// A title that names its figure by a cut of its label (以上工业增加值 over
/// 规模以上工业增加值): written from a label a pasted line had cut.
pub fn title_names_part_of_label(part: &str, label: &str) -> Message {
    Message::new(
        format!("标题的“{part}”是截断的“{label}”"),
        format!("the title's \"{part}\" is a cut of \"{label}\""),
    )
}

/// A chart's title whose words before a figure's number name no label of the chart (a
/// title written before the figure was relabelled).
pub fn title_names_no_label(name: &str, label: &str) -> Message {
    Message::new(
        format!("标题写着“{name}”，但本图没有这一名称的数字（这个数字现在叫“{label}”）：请按数字的名称改写标题"),
        format!("the title says \"{name}\", but no figure on this chart has that name (this figure is now labelled \"{label}\"): rewrite the title from the figure's label"),
    )
}

/// A subtitle that names a unit its figures do not print in (100 million yuan over
/// values printed 25.28 billion yuan; 万元 over 亿元).
pub fn subtitle_unit_not_printed(said: &str, printed: &str) -> Message {
    Message::new(
        format!("副标题的单位是“{said}”，数字却印作{printed}"),
        format!("the subtitle says \"{said}\", but its figures print as {printed}"),
    )
}

/// Two figures of one chart under one English label (轻工业增加值 and 重工业增加值 both
/// "industrial value added"), named by their Chinese labels: the English page draws two
/// bars a reader cannot tell apart.
pub fn english_label_twice(label_en: &str, first: &str, other: &str) -> Message {
    Message::new(
        format!("本图的“{first}”和“{other}”英文标签相同（“{label_en}”），英文读者分不清：请分别写出各自的英文"),
        format!("\"{first}\" and \"{other}\" of this chart share the English label \"{label_en}\", which a reader cannot tell apart: write each its own"),
    )
}

/// A comparison whose reference has no English (高于周边县区平均水平) on a figure whose label
/// has: the English page would say "higher" than nothing.
pub fn reference_without_english(reference: &str) -> Message {
    Message::new(
        format!("比较对象“{reference}”没有英文，请写出"),
        format!("the reference \"{reference}\" has no English: write it"),
    )
}
