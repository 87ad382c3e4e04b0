//! Why a number of a sentence is not a figure at all: a name (5G, 《…》), a year, a date,
//! an ordinal, a duration, a place in a ranking, a threshold or a class inside what
//! another figure counts, a negative the reader cannot draw ([`skip_reason`]).

use super::changes::{self, Direction};
use super::inside;
use super::lengths;
use super::numbers::{qualifier_before, without_item_number, Unit};
use super::scan::is_han;
use super::unsure;
use super::which_counts;
use crate::check::printed::Number;
use crate::shared::format::sign::{dash_before, minus_before, MINUS};
use crate::shared::model::SkipReason;

fn ascii_letter_at(s: &str, back: bool) -> bool {
    let c = if back {
        s.chars().next_back()
    } else {
        s.chars().next()
    };
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

/// True when the byte offset `at` of `s` stands inside quotation marks or a book title.
fn quoted(s: &str, at: usize) -> bool {
    let before = &s[..at];
    let straight = before.matches('"').count() % 2 == 1;
    let open = |o: char, c: char| {
        before
            .rfind(o)
            .is_some_and(|i| before.rfind(c).is_none_or(|j| j < i))
    };
    // 市长表示：“…增长5.5%左右…”: someone's words, no name; a quote that restates a figure
    // is a skip of its own (`quotes`).
    let speech = before
        .rfind('“')
        .is_some_and(|i| super::quotes::said_before(&before[..i]));
    // A quote its sentence does not close (“去年…增长11.3%，…优化结构。”代表说) runs on
    // over sentences: someone's words, which name their speaker after their close, and
    // never a name, which closes in its sentence (“十五五”).
    let runs_on = !s[at..].contains('”');
    straight || (open('“', '”') && !speech && !runs_on) || open('《', '》')
}

/// 1.地区生产总值增长5%左右, 目标是：2、…, （3）城镇调查失业率: the number of a list's
/// item, opening its sentence or clause (or its bracket there), a mark and words after
/// it: the one reading of an item's number, [`super::numbers::without_item_number`],
/// applied to the clause that `lead` (the sentence before the number) opens.
fn list_item(s: &str, lead: &str) -> bool {
    let start = lead.rfind(['：', ':', '；', ';']).map_or(0, |i| {
        i + lead[i..].chars().next().map_or(0, char::len_utf8)
    });
    matches!(&lead[start..], "" | "（" | "(") && without_item_number(&s[start..]).is_some()
}

/// Why the number `n` of sentence `s` is not a figure, or `None` when it may be one.
/// `unit` is the unit read after it, if any.
pub fn skip_reason(s: &str, n: &Number, unit: Option<&Unit>) -> Option<SkipReason> {
    let lead = &s[..n.start];
    let rest = &s[n.end..];
    // 450PF: letters the glossary knows as a unit are no name (5G is).
    let latin_unit = unit.is_some_and(|u| u.zh.starts_with(|c: char| c.is_ascii_alphabetic()));
    let named = ascii_letter_at(rest, false) && !latin_unit;
    // GB-2020: a code's hyphen joins its letters to its number.
    let code = lead.strip_suffix(MINUS).unwrap_or(lead);
    if ascii_letter_at(code, true) || named || quoted(s, n.start) {
        return Some(SkipReason::Name);
    }
    // 8个县中有6个…增速超过6%: how many of a pool meet a condition, not the place's.
    if super::among::counted_among(s, n.start) {
        return Some(SkipReason::Unread);
    }
    // 1 250万标准箱, 水果产量逾30万吨: read as a plain value, each would say what the text
    // does not.
    let after_unit = unit.and_then(|u| s.get(u.unit_end..));
    if unsure::unsure(lead, rest, unit.map(|u| u.zh.as_str()), after_unit)
        || super::asides::base_value(lead, after_unit)
    {
        return Some(SkipReason::Unread);
    }
    // 增长-3.5% is a growth with its sign; any other minus sign is the desk's.
    if minus_before(lead) && !growth_before(lead, unit) && !rate_before(lead, unit) {
        return Some(SkipReason::Unread);
    }
    if lead.ends_with('第') || list_item(s, lead) {
        return Some(SkipReason::Ordinal);
    }
    if let Some(years) = lengths::in_years(lead, rest, n) {
        return years;
    }
    // 增长–3.5%: a dash that may be a minus sign; read as positive it would be wrong
    // (——2025年 above is a year whatever stands before it).
    if dash_before(lead) {
        return Some(SkipReason::Unread);
    }
    // 1至11月, 2023—2024年: the first number of a range is what the last one is.
    for sep in ["至", "到", "—", "——", "―", "－", "-", "–", "～", "~", "〜"] {
        if let Some(t) = rest.strip_prefix(sep) {
            let after = t.trim_start_matches(|c: char| c.is_ascii_digit());
            if after.len() < t.len() {
                if after.starts_with(['月', '日']) {
                    return Some(SkipReason::Date);
                }
                if after.starts_with('年') {
                    return Some(SkipReason::Year);
                }
            }
        }
    }
    if reference_in_brackets(lead) {
        return Some(SkipReason::Unread);
    }
    if iso_date(lead, rest) {
        return Some(SkipReason::Date);
    }
    if rest.starts_with(['月', '日', '号']) {
        return Some(SkipReason::Date);
    }
    // 提升15分钟健身圈服务功能: a time right before a noun names it, whatever before.
    let hours = ["小时", "分钟"].iter().find_map(|w| rest.strip_prefix(w));
    let names = |r: &str| r.starts_with(|c: char| is_han(c) && !"以左多余".contains(c));
    if rest.starts_with("个月")
        || hours.is_some_and(|r| names(r) || !timed(lead))
        || rest.starts_with("周年")
        || lead.ends_with("连续")
        || held_in_a_row(lead, rest)
        || lengths::period_of_a_rate(lead, rest)
        || lengths::time_within(rest) && !timed(lead)
    {
        return Some(SkipReason::Duration);
    }
    // 前10名, 后10位: a place counted from either end of a ranking.
    if rest.starts_with('强') || (lead.ends_with(['前', '后']) && rest.starts_with(['名', '位']))
    {
        return Some(SkipReason::Rank);
    }
    // 进入ESI世界学科排名前1%, 排名提升6位: places in a ranking.
    let ranked = lead.ends_with('前') && unit.is_some_and(|u| matches!(u.zh.as_str(), "%" | "‰"))
        || rest.starts_with('位') && ["排名", "位次"].iter().any(|w| lead.contains(w));
    if ranked {
        return Some(SkipReason::Rank);
    }
    // 应到代表512名，实到代表497名: the meeting's own count.
    if unit.is_some_and(|u| super::meeting::attendance(lead, &u.zh)) {
        return Some(SkipReason::Meeting);
    }
    // 5000平方米以上楼宇: a threshold inside what another figure counts.
    if let Some(reason) = unit.and_then(|u| unit_skip(s, n, lead, u)) {
        return Some(reason);
    }
    // 0—6岁儿童孤独症筛查, 16—59岁劳动年龄人口: an age in what is counted.
    if let Some(u) = unit.filter(|u| u.zh == "岁") {
        let after = &s[u.end..];
        if inside::AGED.iter().any(|w| after.starts_with(w)) || lengths::age_class(lead, after) {
            return Some(SkipReason::Label);
        }
    }
    // 仅用90天建成, 100天攻坚行动, 国庆假期8天: how long a task, a campaign or a holiday
    // lasts, not a figure of the year.
    let took = lead.ends_with('用') || lead.ends_with("历时");
    if rest.starts_with('天') && (took || lengths::lasting_days(lead, rest)) {
        return Some(SkipReason::Duration);
    }
    None
}

/// True for the editions of an event held in a row (连续举办8届双创活动周): how long it
/// has run, as 连续5年 says.
fn held_in_a_row(lead: &str, rest: &str) -> bool {
    rest.starts_with('届')
        && ["连续举办", "连续召开", "连续办"]
            .iter()
            .any(|w| lead.ends_with(w))
}

/// Nouns of a time a task takes: 企业开办时间, 平均通勤时长, 年日照时数.
const TIMES: [&str; 6] = ["时间", "时长", "时数", "时限", "用时", "耗时"];

/// True when `lead` (the text before a number in 小时 or 分钟) measures a time: a change
/// of one (待泊时间减少2.5小时, 停留时间延长至240小时) or a time it names (平均通勤时间38分钟, 压缩至2小时). The
/// hours of anything else are a duration (24小时不打烊) or a name (15分钟生活圈).
fn timed(lead: &str) -> bool {
    let l = ["达到", "为", "达", "是", "仅", "至", "到", "约", "平均"]
        .iter()
        .fold(lead, |l, w| l.strip_suffix(w).unwrap_or(l));
    let l = ["压缩", "缩短", "减少", "降低", "下降", "减", "延长"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .map_or(l, |t| {
            t.trim_end_matches("同比")
                .trim_end_matches("平均")
                .trim_end_matches("再")
        });
    TIMES.iter().any(|w| l.ends_with(w)) || changes::word_before(lead).is_some()
}

/// True when `lead` (the text before a number, its minus sign last) ends with a word of
/// growth right before the sign, and the number is in %: a growth the draft can read
/// with its sign. A qualifier, a 分别 list or any other word between is left to the desk.
pub fn growth_before(lead: &str, unit: Option<&Unit>) -> bool {
    let Some(bare) = lead.strip_suffix(MINUS) else {
        return false;
    };
    unit.is_some_and(|u| u.zh == "%")
        && !bare.contains("分别")
        && matches!(changes::word_before(bare), Some((Direction::Up, _)))
}

/// True when `lead` ends with a rate's name right before the minus sign, 为 between or
/// not, and the number is in ‰ (人口自然增长率-2.28‰, 人口自然增长率为-0.91‰): the rate's
/// value below zero, which the draft reads.
pub fn rate_before(lead: &str, unit: Option<&Unit>) -> bool {
    let named = (lead.strip_suffix(MINUS))
        .map(|b| b.strip_suffix('为').unwrap_or(b))
        .is_some_and(|b| b.ends_with('率'));
    named && unit.is_some_and(|u| u.zh == "‰")
}

/// Words that compare by what is better, not by what is higher: 优于全国1个百分点 may be
/// a rate below the nation's (a cost) or above it (clean water).
const BETTER: [&str; 4] = ["优于", "好于", "劣于", "差于"];

/// True when the clause that `lead` ends compares by what is better: the points say no
/// direction, so the draft leaves them to the desk rather than guess one.
fn better_than(lead: &str) -> bool {
    let clause = lead.rsplit(['，', '、', '；', ',']).next().unwrap_or(lead);
    BETTER.iter().any(|w| clause.contains(w))
}

/// True when `after` (what follows a number's unit and its 左右 or 以上) makes the number
/// a target's name: 确定4.5%左右的增长目标, 城镇新增就业45万人以上的目标. The text
/// speaks of the target, as the part that explains the year's goals does; the goal
/// itself is a figure where the text sets it, and so is one whose change word names the
/// indicator (地区生产总值增长5%左右的预期目标: the caller checks).
fn names_a_target(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('的') else {
        return false;
    };
    let clause = rest
        .split(['，', '；', '。', '、', ',', ';', '：', ':'])
        .next()
        .unwrap_or(rest);
    let near: String = clause.chars().take(6).collect();
    near.contains("目标")
}

/// True for a share with 以上 before a noun (95%以上的村集体, 每年将75%以上的财力用于民生,
/// 镇区和93%以上行政村): the share of what follows, a figure, not a threshold inside what
/// another number counts (5000平方米以上楼宇). A change before it (增长20%以上的企业)
/// makes it the threshold of a class again, and so does a change after it (保持10%以上
/// 增长: the number is the change's).
fn share_of_what_follows(lead: &str, u: &Unit) -> bool {
    let q = qualifier_before(lead).map_or(0, |(_, len)| len);
    u.zh == "%" && super::changes::word_before(&lead[..lead.len() - q]).is_none()
}

/// Why number `n` of sentence `s`, read with unit `u`, names a class, a threshold or a
/// name rather than a figure (`lead` is the sentence before it), or `None`.
fn unit_skip(s: &str, n: &Number, lead: &str, u: &Unit) -> Option<SkipReason> {
    if names_a_target(&s[u.end..]) && changes::word_before(lead).is_none() {
        return Some(SkipReason::Target);
    }
    // 连跨5万亿元、6万亿元两个台阶: marks listed with their count, or in turn without.
    if super::levels::listed_marks(&s[u.end..])
        || super::levels::marks_in_turn(lead, &s[u.end..])
        || super::levels::mark_before_level(lead, &s[u.end..])
        || super::levels::first_of_a_class(lead, &s[u.end..])
    {
        return Some(SkipReason::Label);
    }
    // 保持6%一档的税率不变, 所得额100万元至300万元部分: a bracket of a tax, which says
    // which rate or which income, no figure of the year.
    if bracket(&u.zh, &s[u.end..]) {
        return Some(SkipReason::Label);
    }
    // 14亿多中国人的饭碗, 13亿人口的发展中国家: the place named by its people.
    if super::nation::named_by_its_people(&u.zh, &s[u.end..]) {
        return Some(SkipReason::Label);
    }
    let tail = &s[u.unit_end..];
    // 20万人口以上的县: a bound after the people a bare magnitude counts bounds a class,
    // as after a unit (20万人以上的县).
    let tail = match tail.strip_prefix("人口") {
        Some(t) if matches!(u.zh.as_str(), "万" | "亿") => t,
        _ => tail,
    };
    // 30万千瓦及以下煤电机组: 及以下 bounds a class as 及以上 does.
    for bound in ["及以上", "及以下", "以上", "以下", "以内"] {
        if let Some(t) = tail.strip_prefix(bound) {
            let share = share_of_what_follows(lead, u) && !changes::opens_with_word(t);
            // 保持10%以上增长, 实现6%以上的增长: the change itself (`word_after`); after
            // a change (增长20%以上的企业) the number is a class again.
            let change =
                u.zh == "%" && changes::opens_with_word(t) && changes::word_before(lead).is_none();
            let figure = inside::floor_of_a_count(s, n, &u.zh) || share || change;
            if t.chars().next().is_some_and(is_han) && !figure {
                return Some(SkipReason::Label);
            }
            // 规模以上工业（年主营业务收入2000万元及以上）: the bracket says which are
            // counted, by a threshold of their own.
            if t.starts_with(['）', ')']) && u.zh != "%" && which_counts::class_in_brackets(lead) {
                return Some(SkipReason::Label);
            }
        }
    }
    // 30万吨级进港航道: a class in a name. 年营业收入超50亿元的企业达36家: a
    // threshold of what the clause's own number counts (总投资1226.3亿元的111个
    // 项目, without a threshold word, is a figure of its own).
    let threshold = ["超", "超过", "过", "达", "在"]
        .iter()
        .any(|w| lead.ends_with(w));
    let over = ["超", "超过"].iter().any(|w| lead.ends_with(w));
    let after = &s[u.end..];
    let noun_next = !after.starts_with('的');
    if tail.starts_with('级') || (threshold && !noun_next || over) && condition(after) {
        return Some(SkipReason::Label);
    }
    if u.zh == "个百分点" && better_than(lead) {
        return Some(SkipReason::Unread);
    }
    if let Some(reason) = super::set_counts::reason(s, n, u) {
        return Some(reason);
    }
    if inside::plan_part(&u.zh, after)
        || which_counts::list_that_follows(lead, &u.zh)
        || inside::ranking_pool(lead, &u.zh, after)
        || inside::share_of_counted(&u.zh, after)
        || inside::plan_indicators(lead, &u.zh, after)
        || super::indicator_sets::set_count(s, n.start, &u.zh, after)
    {
        return Some(SkipReason::Label);
    }
    let class = inside::which_ones(lead, &u.zh, tail)
        || inside::class_over(lead, after)
        || inside::class_over_noun(lead, &u.zh, after)
        || inside::threshold_of_a_share(lead);
    if inside::restated_count(s, n, &u.zh) || class {
        return Some(SkipReason::Label);
    }
    if inside::policy_name(&u.zh, after) || which_counts::institute(&u.zh, after) {
        return Some(SkipReason::Name);
    }
    // 地铁3期工程: the phase of a project names it.
    if u.zh == "期" && ["工程", "项目"].iter().any(|w| after.starts_with(w)) {
        return Some(SkipReason::Ordinal);
    }
    // 12类45件民生实事: the classes the items fall in; the items are the figure.
    if u.zh == "类" && after.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(SkipReason::Label);
    }
    // 为2.15万名劳动者追回工资2.65亿元: those it was done for are a figure.
    let beneficiary = ["为", "帮助", "惠及", "向"]
        .iter()
        .any(|w| lead.ends_with(w));
    if inside::capacity(lead, &u.zh, after)
        || inside::speed_class(lead, after)
        || inside::size_class(&u.zh, after)
        || !beneficiary && inside::counted_subject(&u.zh, after)
        || which_counts::inside_a_description(lead, &u.zh, after)
        || which_counts::inside_a_project_list(&u.zh, after)
        || which_counts::where_it_stands(lead, &u.zh)
    {
        return Some(SkipReason::Label);
    }
    None
}

/// True when `after` (what follows a unit) makes the number a bracket of a tax: a rate
/// before 一档, or an amount in 元 before 部分 (the part of an income it bounds).
fn bracket(unit: &str, after: &str) -> bool {
    unit == "%" && after.starts_with("一档") || unit.ends_with('元') && after.starts_with("部分")
}

/// True when `rest` (after a number's unit) is 的 and a noun that the clause counts
/// with a number of its own: …的企业达36家.
fn condition(rest: &str) -> bool {
    // 引进投资超10亿元重大项目14个: the noun may follow without 的.
    let r = match rest.strip_prefix('的') {
        Some(r) => r,
        None if !rest.starts_with(['和', '及', '与', '或']) && rest.starts_with(is_han) => rest,
        None => return false,
    };
    let clause = r.split(['，', '；', '。', ',', ';']).next().unwrap_or(r);
    clause.chars().any(|c| c.is_ascii_digit())
}

/// Places and times a figure is set beside: 增长5.2%（全国5%）.
const REFERENCES: [&str; 8] = [
    "全国",
    "全省",
    "全市",
    "全区",
    "全国平均",
    "全省平均",
    "全国平均水平",
    "全省平均水平",
];

/// True when `lead` ends inside brackets that hold only a reference and maybe its verb
/// (增长5.2%（全国5%）, （全国平均为5%）): the reference's number, which the text
/// gives to set the figure beside, not a figure of the report's place.
fn reference_in_brackets(lead: &str) -> bool {
    let Some(open) = lead.rfind(['（', '(']) else {
        return false;
    };
    let inner = lead[open..].trim_start_matches(['（', '(']);
    let inner = ["增长", "为", "是"]
        .iter()
        .find_map(|w| inner.strip_suffix(w))
        .unwrap_or(inner);
    REFERENCES.contains(&inner)
}

/// True for a number of a date written 2026-01-20 (or 2026/01/20), any of its three.
fn iso_date(lead: &str, rest: &str) -> bool {
    let digits_then = |t: &str, sep: char| {
        let d = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        d > 0 && t[d..].starts_with(sep)
    };
    let ends_digits_sep = |t: &str, sep: char| {
        t.strip_suffix(sep)
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
    };
    ['-', '/'].into_iter().any(|sep| {
        let after = rest.strip_prefix(sep);
        let before = ends_digits_sep(lead, sep);
        match (after, before) {
            (Some(a), _) if digits_then(a, sep) => true,
            (Some(_), true) => true,
            (None, true) => {
                let l = &lead[..lead.len() - 1];
                let l = l.trim_end_matches(|c: char| c.is_ascii_digit());
                ends_digits_sep(l, sep)
            }
            _ => false,
        }
    })
}
