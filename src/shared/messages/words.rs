//! The words of the data file's closed lists as a desk reads them, in both languages:
//! the editor's choices, its flags and its problems name kinds and reasons in the
//! interface's language, never by the file's English names (`before-after`, `decline`).

use crate::shared::charts::kind::ChartKind;
use crate::shared::model::{ChangeKind, FigureKind, Lang, Qualifier, SkipReason, Status};

/// One of two words by language.
fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// What a chart kind draws, as its kind declares it (`charts/<kind>.rs`).
pub fn chart_kind(kind: ChartKind, lang: Lang) -> &'static str {
    let (zh, en) = kind.def().words;
    pick(lang, zh, en)
}

/// What a figure counts.
pub fn figure_kind(kind: FigureKind, lang: Lang) -> &'static str {
    match kind {
        FigureKind::Count => pick(lang, "数量", "Count"),
        FigureKind::Amount => pick(lang, "金额", "Amount"),
        FigureKind::Share => pick(lang, "占比", "Share"),
        FigureKind::Rate => pick(lang, "增速", "Rate"),
    }
}

/// How a figure changed, as the report words it.
pub fn change_kind(kind: ChangeKind, lang: Lang) -> &'static str {
    match kind {
        ChangeKind::Growth => pick(lang, "增长", "Growth"),
        ChangeKind::Decline => pick(lang, "下降", "Decline"),
        ChangeKind::Improve => pick(lang, "改善", "Improvement"),
        ChangeKind::Rise => pick(lang, "提升（百分点）", "Rise in points"),
        ChangeKind::Above => pick(lang, "高于", "Above"),
        ChangeKind::Added => pick(lang, "新增", "Added"),
        ChangeKind::Reduced => pick(lang, "减少", "Reduced"),
        ChangeKind::From => pick(lang, "由…变为", "From … to"),
        ChangeKind::Below => pick(lang, "低于", "Below"),
        ChangeKind::Pull => pick(lang, "拉动", "Contribution"),
        ChangeKind::Times => pick(lang, "增长（倍）", "Growth in times"),
    }
}

/// A qualifier: in Chinese as printed; in English its meaning first, then the Chinese it
/// is printed as, which the desk matches against the sentence (two read "over").
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    let en = match q {
        Qualifier::Passed => "passed (突破)",
        Qualifier::Over => "over (超)",
        Qualifier::Nearly => "nearly (近)",
        Qualifier::Reached => "reached (达)",
        Qualifier::MoreThan => "more than (余)",
        Qualifier::About => "about (约)",
        Qualifier::Around => "around (左右)",
        Qualifier::AtMost => "at most (不超过)",
        Qualifier::AtLeast => "at least (不低于)",
        Qualifier::OrMore => "or more (以上)",
        Qualifier::Within => "within (以内)",
        Qualifier::OrLess => "or less (以下)",
        Qualifier::Odd => "odd, more than (多)",
        Qualifier::MoreThanBeforeMagnitude => "more than (余, before 万/亿)",
        Qualifier::OddAfterMagnitude => "odd, more than (多, after 万/亿)",
        Qualifier::OddBetweenMagnitudes => "odd, more than (多, between 万 and 亿)",
        Qualifier::MoreThanBetweenMagnitudes => "more than (余, between 万 and 亿)",
        Qualifier::OverFully => "over (超过)",
        Qualifier::NoFewerThan => "at least (不少于)",
        Qualifier::NoHigherThan => "at most (不高于)",
        Qualifier::Crossed => "crossed (跨越)",
        Qualifier::SteppedOnto => "topped (迈上)",
    };
    pick(lang, q.zh(), en)
}

/// Why a number is not a figure.
pub fn skip_reason(reason: SkipReason, lang: Lang) -> &'static str {
    match reason {
        SkipReason::Year => pick(lang, "年份", "a year"),
        SkipReason::Date => pick(lang, "日期", "a date"),
        SkipReason::Ordinal => pick(lang, "序数", "an ordinal"),
        SkipReason::Rank => pick(lang, "排名", "a rank"),
        SkipReason::Duration => pick(lang, "时长", "a duration"),
        SkipReason::Name => pick(lang, "名称的一部分", "part of a name"),
        SkipReason::Label => pick(lang, "所计之物的一部分", "part of what is counted"),
        SkipReason::Ratio => pick(lang, "比例", "a ratio"),
        SkipReason::Unread => pick(lang, "未能读出", "not read"),
        SkipReason::Heading => pick(lang, "标题中", "in a heading"),
        SkipReason::Target => pick(lang, "目标（未作数字）", "a target"),
        SkipReason::Restated => pick(lang, "重复前文的数字", "said again: a number given before"),
        SkipReason::Meeting => pick(lang, "会议本身的人数", "the meeting's own count"),
        SkipReason::Revised => pick(lang, "修订前的数字", "a value since revised"),
        SkipReason::Translation => pick(lang, "外文译文中", "in a translation"),
        SkipReason::OtherSubject => pick(
            lang,
            "他人所在单位或下级地方的数字",
            "another subject's: a speaker's own unit or a narrower place",
        ),
        SkipReason::Page => pick(
            lang,
            "正文之外的行（日期行、署名、来源、页码、目录）",
            "in a line around the text (dateline, byline, source, page number, contents)",
        ),
    }
}

/// What a figure is: the year's result, a goal, or a bound.
pub fn status(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Result => pick(lang, "结果", "Result"),
        Status::Target => pick(lang, "目标", "Target"),
        Status::Limit => pick(lang, "上限", "Limit"),
    }
}
