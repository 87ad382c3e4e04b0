//! Labels: the noun phrase that a number counts. 全县地区生产总值突破4700亿元 counts
//! 地区生产总值; 实施渔业村等7个城中村改造 counts 城中村改造 (the noun after the
//! measure word); 城镇和农村居民人均可支配收入分别… distributes one head over a list.

mod brackets;
mod deeds;
mod ends;
pub mod items;
mod markers;
mod named;
mod people;
pub mod place;
pub mod totals;
mod words;

use place::place_prefix;
use words::{CLOSERS, OPENERS, VERBS};

use super::scan::is_han;
use crate::shared::words::{bare_verb, entries, splits_word, BARE_VERBS};

/// Spans a sum may be over, before its verb: 三年安排, 五年累计.
const SPAN_DIGITS: &[char] = &[
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// `s` without a span opening it (三年安排 → 安排, 每年安排 → 安排).
fn without_span(s: &str) -> &str {
    let rest = s.trim_start_matches("每年");
    let digits = rest.trim_start_matches(SPAN_DIGITS);
    if digits.len() < rest.len() {
        if let Some(r) = digits.strip_prefix('年') {
            return r;
        }
    }
    rest
}

/// What a sum is for, after its number: 实施十大为民办实事工程项目 → 十大为民办实事工程
/// 项目, 支持新质生产力发展 → 新质生产力发展; `None` when no verb of purpose opens
/// `trail` or what follows is no short noun phrase.
fn purpose(trail: &str) -> Option<&str> {
    let rest = entries(BARE_VERBS).find_map(|v| trail.strip_prefix(v))?;
    let end = rest
        .find(|c: char| CLAUSE_MARKS.contains(&c) || matches!(c, '。' | '；' | ';'))
        .unwrap_or(rest.len());
    let object = &rest[..end];
    (2..=16).contains(&object.chars().count()).then_some(object)
}

/// Where a clause starts: after any of these.
pub const CLAUSE_MARKS: &[char] = &['，', ',', '：', ':', '、', '（', '(', '）', ')'];

/// The text after the last clause mark of `s`. A short word in brackets inside a name
/// (每千人口执业（助理）医师) is part of it, not a clause's end, and so are the 、 of a
/// sector's name (电力、热力、燃气及水生产和供应业: [`items::sector_name`]) and of a
/// list of levels (国家级、省级以上重点实验室: [`items::levels_name`]) or of nouns that end
/// alike (博物馆、美术馆: [`items::alike_nouns`]).
pub fn clause_tail(s: &str) -> &str {
    let mut upto = s.len();
    while let Some(i) = s[..upto].rfind(CLAUSE_MARKS) {
        match brackets::inner(s, i)
            .or_else(|| items::sector_name(s, i))
            .or_else(|| items::levels_name(s, i))
            .or_else(|| items::alike_nouns(s, i))
            .or_else(|| named::industries(s, i))
            .or_else(|| deeds::joined_verbs(s, i))
        {
            Some(open) => upto = open,
            None => return &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..],
        }
    }
    s
}

/// `s` without the words that open a clause (repeatedly), a place name (青山县, 和丰市)
/// and anything up to 等 (实施渔业村等 …).
pub fn strip_front(s: &str) -> &str {
    // …增长5.2%；一般公共预算收入…: a clause after a semicolon opens a label of its own.
    let mut s = s.trim_start_matches(['；', ';']);
    loop {
        let before = s;
        for w in OPENERS {
            if let Some(r) = s.strip_prefix(w) {
                if !r.is_empty() && !splits_word(s, w.len()) {
                    s = r;
                }
            }
        }
        if let Some(r) = place_prefix(s)
            .or_else(|| year_before_place(s))
            .or_else(|| span_of_years(s))
            .or_else(|| named::after_agency(s))
        {
            s = r;
        }
        // ①地区生产总值, 一是扩大有效投资: an item's mark in its list.
        if let Some(r) = markers::after_marker(s).filter(|r| !r.is_empty()) {
            s = r;
        }
        if before == s {
            break;
        }
    }
    s
}

/// Characters after a leading 年 that keep the year in the words: a part of the year
/// (年末常住人口, 年底, 年初, 年度, 上半年, 第一季度), a span (年以来, 年至, 年前) or the
/// year named as a thing (2025年的49870元).
const YEAR_WORDS: &str = "末底初度中内前后以来至到的和与及同比较上下第一二三四全";

/// 2025年全县地区生产总值 → 全县地区生产总值, 2025年规模以上工业增加值 → 规模以上工业
/// 增加值: the year a sentence opens its clause with is the figure's period, no part of
/// what is counted (its period says it where it is not the report's year); the place
/// word goes next, as an opener. A year that opens a part of itself (2025年末常住人口,
/// 2025年上半年) stays with it.
pub(super) fn year_before_place(s: &str) -> Option<&str> {
    let (_, rest) = crate::shared::words::leading_year(s)?;
    let place = ["全县", "全市", "全区", "全省"]
        .iter()
        .any(|w| rest.starts_with(w));
    let noun = rest
        .chars()
        .next()
        .is_some_and(|c| is_han(c) && !YEAR_WORDS.contains(c));
    (place || noun).then_some(rest)
}

/// 2021—2025年累计完成固定资产投资 → 累计完成固定资产投资: a span of years opening a
/// label is the figure's period, no part of what it counts.
fn span_of_years(s: &str) -> Option<&str> {
    let (span, _, _) = crate::shared::words::leading_span_of_years(s)?;
    let rest = &s[span.len()..];
    rest.starts_with(is_han).then_some(rest)
}

/// `s` without the words that close a label.
pub fn strip_back(s: &str) -> &str {
    // 全社会用电量 1520.3 亿千瓦时: the space a PDF prints before a number.
    let mut s = s.trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    loop {
        let before = s;
        for w in CLOSERS.iter().chain(&crate::draft::changes::BRIDGES) {
            if let Some(r) = s.strip_suffix(w) {
                if !r.is_empty() && !splits_word(s, r.len()) && !names_a_total(r, w) {
                    s = r;
                }
            }
        }
        let r = ends::strip(s);
        if !r.is_empty() && !splits_word(s, r.len()) {
            s = r;
        }
        s = budget_planned(s).unwrap_or(s);
        if before == s {
            return s;
        }
    }
}

/// The budget line `s` arranges (一般公共预算收入预算安排43.9亿元, 政府性基金预算收入安排):
/// 安排 says the figure is planned, which its status and period say; the line is what is
/// counted, so that the plan stands beside last year's result of the same line.
fn budget_planned(s: &str) -> Option<&str> {
    let r = s.strip_suffix("安排")?;
    let r = r.strip_suffix("预算").unwrap_or(r);
    (r.chars().count() > 2 && (r.ends_with("收入") || r.ends_with("支出"))).then_some(r)
}

/// True when closer `w` is the name of a total whose noun `r` alone names no whole
/// (收入总计72.4亿元, 支出总计: a budget's totals, not its 收入 or 支出), or a sum
/// over the span that ends `r` (教育支出五年累计: its period, which the label keeps
/// whole, never 教育支出五年).
fn names_a_total(r: &str, w: &str) -> bool {
    w == "总计" && r.chars().count() <= 2 || w == "累计" && r.ends_with('年')
}

/// 5000平方米以上 at the start of `trail`: a threshold that belongs to the noun after it.
fn threshold(trail: &str) -> &str {
    let digits = trail
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(trail.len(), |(i, _)| i);
    if digits == 0 {
        return "";
    }
    ["及以上", "及以下", "以上", "以下", "以内"]
        .iter()
        .filter_map(|b| trail.find(b).map(|i| i + b.len()))
        .filter(|&end| trail[digits..end].chars().count() <= 8)
        .min()
        .map_or("", |end| &trail[..end])
}

/// The noun right after a number's unit, up to a clause mark, a digit or a verb; with
/// the threshold that opens it, if any.
pub fn noun_after(trail: &str) -> String {
    let t = threshold(trail);
    format!("{t}{}", noun_only(&trail[t.len()..]))
}

fn noun_only(trail: &str) -> &str {
    let stop = |listed: bool| {
        move |&(_, c): &(usize, char)| {
            let word = is_han(c) || c.is_ascii_alphabetic() || matches!(c, '"' | '“' | '”');
            if listed && c == '、' {
                return false;
            }
            CLAUSE_MARKS.contains(&c) || c.is_ascii_digit() || !word
        }
    };
    // 新建100个“15分钟高品质生活服务圈”: a name in quotes is the noun, digits and all.
    let quoted = trail.strip_prefix('“').and_then(|r| {
        let close = r.find('”').filter(|&i| r[..i].chars().count() <= 20)?;
        Some('“'.len_utf8() + close + '”'.len_utf8())
    });
    let end = trail
        .char_indices()
        .find(|p| p.0 >= quoted.unwrap_or(0) && stop(false)(p))
        .map_or(trail.len(), |(i, _)| i);
    // 推动20个机关、企事业单位附属空间开放: one count of a list of nouns, with no number
    // after it in its clause, counts the whole list, never its first noun alone.
    let clause = trail
        .find(['，', '。', '；', ',', ';'])
        .map_or(trail, |i| &trail[..i]);
    let listed = end > 0
        && trail[end..].starts_with('、')
        && !clause.contains(|c: char| c.is_ascii_digit())
        && clause[end..].chars().nth(1).is_some_and(is_han);
    let end = match listed {
        true => clause
            .char_indices()
            .find(stop(true))
            .map_or(clause.len(), |(i, _)| i),
        false => end,
    };
    let mut t = &trail[..end];
    // 跨越5000亿元大关: a mark passed, not what the number counts.
    let mark = crate::draft::changes::MARKS
        .iter()
        .any(|m| t.starts_with(m));
    // 结余资金1860万元未按规定收回统筹: what was not done is no noun of the sum.
    let undone = t.starts_with('未') || t.starts_with("尚未");
    if t.starts_with('的') || t.starts_with("以上") || mark || undone {
        return "";
    }
    for v in VERBS.iter().chain(&["等"]) {
        if let Some(i) = t.find(v).filter(|&i| !splits_word(t, i)) {
            t = &t[..i];
        }
    }
    // 10个先导区集聚核心企业超150家: the 超 is the next number's.
    // 127个国家和地区的584个港口: the 的 ties the count to the next one.
    // 参与 keeps its 与, as 惠及 its 及: a conjunction is trimmed, never half a word.
    while let Some(r) = t.strip_suffix(['和', '及', '与', '的']) {
        if splits_word(t, r.len()) {
            break;
        }
        t = r;
    }
    let t = ends::without_done(t);
    // 16个区首次全部获评: one character left (区) would say less than the text.
    match ends::strip(t) {
        r if r.chars().count() < 2 => t,
        r => r,
    }
}

/// The label of a number: `lead` is its clause before it (qualifier and change word
/// taken off), `trail` the text after its unit.
pub fn label(lead: &str, trail: &str, percent: bool) -> String {
    // 审计了养老保险、医疗保障和乡村振兴衔接资金共计12.7亿元: the sum is of every item.
    if let Some(items) = named::summed_list(lead) {
        return items.to_string();
    }
    // 筹措890.59亿元实施…, 三年安排450亿元支持…: a sum is named by what it is for.
    let verb = without_span(strip_back(strip_front(clause_tail(lead))));
    // 累计投入665亿元用于…: the noun after is the verb of its purpose.
    let verb_after = bare_verb(&noun_after(trail));
    if !percent && (verb.is_empty() || bare_verb(verb) || verb_after) {
        if let Some(object) = purpose(trail) {
            return object.to_string();
        }
    }
    let noun = noun_after(trail);
    // After a %, the words are what happened to it (100%达标), not what it counts.
    let after = if percent { "" } else { noun.as_str() };
    let before = strip_back(strip_front(clause_tail(lead)));
    // 地区生产总值跨越3个百亿元台阶: a count of marks passed names what passed them, verb
    // kept (地区生产总值跨越百亿元台阶); the marks alone would say nothing crossed.
    let marks = crate::draft::changes::MARKS;
    if !before.is_empty() && marks.iter().any(|m| after.ends_with(m)) {
        return format!("{}{after}", strip_front(clause_tail(lead)));
    }
    // 整治老旧小区、背街小巷等860余处: what 等 closes is what is counted.
    let listed = before.strip_suffix('等').map(|_| {
        let clause = lead.rsplit(['，', ',', '：', ':']).next().unwrap_or(lead);
        strip_front(clause.strip_suffix('等').unwrap_or(clause))
    });
    let before = match listed {
        Some(l) => l,
        None => before.rsplit_once('等').map_or(before, |(_, b)| b),
    };
    // 完成年度计划的112.5%: a share of something is named by its whole clause, verb kept.
    let before = match clause_tail(lead).strip_suffix('的') {
        Some(whole) if before.ends_with('的') => whole,
        _ => before,
    };
    // 计划2026年突破1500万人次: the plan and its year are the figure's status and
    // period, not its name.
    let before = crate::draft::years::planned_year(before)
        .and_then(|y| before.split_once(&y))
        .map_or(before, |(_, rest)| rest);
    let chosen = if after.chars().count() >= 2 {
        after
    } else if !before.is_empty() {
        before
    } else {
        after
    };
    // 为70万妇女免费开展“两癌”筛查: the count is of whom the service is for.
    if before == "为" {
        if let Some(served) = deeds::served(trail) {
            return served;
        }
    }
    if let Some(units) = deeds::selected(after, trail) {
        return units;
    }
    // 稳妥运行14个传统边贸点，新开通12个传统边贸点: a verb of something new before the
    // count says which ones are counted; without it the two labels read the same.
    if let Some(new) = deeds::newly(before, after) {
        return new;
    }
    if let Some(people) = people::named(after, before, trail) {
        return people;
    }
    if let Some(total) = named::projects_total(before, trail) {
        return total;
    }
    // 审计了58个单位: 单位 alone names no set; the verb before it says which units.
    if let Some(done) = named::done_to(before, after) {
        return done;
    }
    // 95%以上的村集体经营性收入: the 的 closes the share before, not this label.
    let mut out = chosen.trim_start_matches(['和', '及', '与', '的']);
    // 表示：「一般公共预算收入增长3%: a quote's opening mark is no part of what it counts.
    for (open, close) in [('「', '」'), ('“', '”')] {
        if !out.contains(close) {
            out = out.strip_prefix(open).unwrap_or(out);
        }
    }
    // 惠及 keeps its 及: a conjunction is trimmed, never half a word.
    while let Some(r) = out.strip_suffix(['和', '及', '与']) {
        if splits_word(out, r.len()) {
            break;
        }
        out = r;
    }
    // 实施5批次19组…: a verb alone names nothing; the desk names it (未命名), never a
    // reader who reads 实施 5批次.
    match ends::without_inner_verb(out) {
        l if deeds::deed_alone(&l) => String::new(),
        l => l.into_owned(),
    }
}

/// Straight quotation marks (as a newspaper's text file has them) as a label prints
/// them: "上云上平台"企业 → “上云上平台”企业. A lone mark stays straight.
pub fn curly_quotes(label: &str) -> String {
    if label.matches('"').count() % 2 == 1 {
        return label.to_string();
    }
    let mut open = false;
    label
        .chars()
        .map(|c| {
            if c == '"' {
                open = !open;
                if open {
                    '“'
                } else {
                    '”'
                }
            } else {
                c
            }
        })
        .collect()
}
