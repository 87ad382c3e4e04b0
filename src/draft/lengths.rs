//! A length of time or an age that says what kind of thing follows it rather than count
//! anything of the year: the days a campaign or a holiday lasts (100天攻坚行动, 国庆假期8天,
//! 365天不打烊) and the ages that bound a group of people (16—59岁劳动年龄人口, 0—14岁
//! 人口), the period of a rate (平均每3天新增1家企业) and the time a task is done within
//! (3个工作日内完成审批). [`super::not_figures::skip_reason`] makes them `duration` and
//! `label` skips.

use super::changes;
use super::scan::is_han;
use crate::check::printed::Number;
use crate::shared::model::SkipReason;

/// Nouns of what lasts a number of days: a campaign (100天攻坚行动, 30天专项整治, 60天
/// 安全生产大会战), a holiday (7天假期, 5天小长假), in the short name after the days. The
/// days name it; what it did is the figure.
const LASTING: [&str; 10] = [
    "行动",
    "攻坚",
    "会战",
    "专项",
    "计划",
    "活动",
    "假期",
    "长假",
    "小长假",
    "黄金周",
];

/// Holidays whose length may follow them: 国庆假期8天, 春节长假7天.
const HOLIDAYS: [&str; 4] = ["假期", "长假", "假日", "黄金周"];

/// Words after a length that make it how long a service runs, not a figure: 365天不打烊,
/// 7天无理由退货.
const ALWAYS: [char; 2] = ['不', '无'];

/// True when the number before `rest` (which opens with 天), after `lead`, is how long a
/// campaign, a holiday or a service lasts. A count of days that a year had (优良天数达到
/// 320天, 平均居住83天, 全网用电负荷129天超1亿千瓦) is a figure.
pub(super) fn lasting_days(lead: &str, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix('天') else {
        return false;
    };
    let after = after.strip_prefix('的').unwrap_or(after);
    // 60天安全生产大会战: the campaign's noun may close a short name.
    let name: String = after.chars().take_while(|&c| is_han(c)).take(10).collect();
    LASTING.iter().any(|w| name.contains(w))
        || after.starts_with(ALWAYS)
        || HOLIDAYS.iter().any(|w| lead.ends_with(w))
}

/// Ages that are a measure of their own: 人均预期寿命达到79.5岁, 平均年龄38岁.
const AGE_MEASURES: [&str; 3] = ["寿命", "年龄", "岁数"];

/// True when an age, `after` standing after it (its unit and any bound), bounds the
/// group a noun names (16—59岁劳动年龄人口, 0—14岁人口为180万人, 3岁以下婴幼儿), or the
/// person a story is about (今年72岁的李奶奶): the group is counted, its ages only say
/// which. An age a clause measures (人均预期寿命
/// 79.5岁，, 平均年龄38岁左右) closes its clause or follows a word of age.
pub(super) fn age_class(lead: &str, after: &str) -> bool {
    let clause = lead
        .rsplit(['，', '；', '。', ',', ';', '：', ':'])
        .next()
        .unwrap_or(lead);
    let measured = AGE_MEASURES.iter().any(|w| clause.contains(w));
    // 今年72岁的李奶奶: an age before 的 describes whom the story is about.
    let after = after.strip_prefix('的').unwrap_or(after);
    let noun = after.starts_with(|c: char| is_han(c) && !"以左多余".contains(c));
    noun && !measured && !changes::opens_with_word(after)
}

/// Units of a time a rate is reckoned per or a task is done within.
const TIMES: [&str; 6] = ["天", "小时", "分钟", "周", "个月", "个工作日"];

/// Words before a number that make it the period of a rate: 平均每3天新增1家企业,
/// 执行每周5天工作制. An amount per a time (每月200元) is the rate itself, a figure.
const PER: [&str; 5] = ["每", "每周", "每月", "每年", "每天"];

/// True when the number before `rest`, after `lead`, is a time that a rate is reckoned
/// per (每3天, 每周5天): how often, not how much.
pub(super) fn period_of_a_rate(lead: &str, rest: &str) -> bool {
    PER.iter().any(|w| lead.ends_with(w)) && TIMES.iter().any(|t| rest.starts_with(t))
}

/// True when the number before `rest` is a time a task is done within (3个工作日内完成
/// 审批, 30天内办结): a standard of service, not a figure of the year. The caller keeps a
/// time a clause measures (审批时限压缩至3个工作日内).
pub(super) fn time_within(rest: &str) -> bool {
    TIMES
        .iter()
        .any(|t| rest.strip_prefix(t).is_some_and(|r| r.starts_with('内')))
}

/// True when the number after `lead` is an end of a rise of a measure in years
/// (受教育年限从9.6年提高到10.2年, 由13.5年增至14年): the clause names the measure (年限)
/// and goes on from it with 从 or 由. Years it is reckoned at (从2020年的) are the
/// caller's to tell apart.
pub(super) fn rise_of_years(lead: &str) -> bool {
    let clause = lead
        .rsplit(['，', '；', '。', ',', ';', '：', ':'])
        .next()
        .unwrap_or(lead);
    clause
        .rfind("年限")
        .is_some_and(|at| clause[at + "年限".len()..].starts_with(['从', '由']))
}

/// What a number `n` printed before 年 is (`lead` and `rest` are the text before and after
/// it): Some(None) for a measure in years, which is a figure (人均受教育年限达到11.7年, and
/// both ends of its rise, 受教育年限从9.6年提高到10.2年, the years it is reckoned at aside);
/// Some of a `year` or a `duration` (2500多年建城史, 历时10余年: a run of years with more
/// than its number, as 10年 is); None when no 年 follows.
pub(super) fn in_years(lead: &str, rest: &str, n: &Number) -> Option<Option<SkipReason>> {
    let whole = !n.text.contains('.');
    let year_like = whole && n.text.len() == 4 && (1900.0..=2100.0).contains(&n.value);
    if rest.starts_with('年')
        && !year_like
        && (super::label::strip_back(lead).ends_with("年限") || rise_of_years(lead))
    {
        return Some(None);
    }
    if whole && (rest.starts_with("多年") || rest.starts_with("余年")) {
        return Some(Some(SkipReason::Duration));
    }
    let after = rest.strip_prefix('年')?;
    Some(Some(if year_like && !after.starts_with('来') {
        SkipReason::Year
    } else {
        SkipReason::Duration
    }))
}
