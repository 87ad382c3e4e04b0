//! Changes printed with a figure: 增长4.3%, 下降17.2%, 提升2.9个百分点, 改善9.7%,
//! 高于全市平均水平1.9个百分点, 新增47家, and 由37个压缩为10个. A change word names a
//! direction; the unit after the number decides which kind of the data file it is.

use super::asides::{basis_len, since_len, standing_len, time_base_len};
use crate::shared::model::ChangeKind;

/// Which way a change word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// 增长, 提升 …
    Up,
    /// 下降, 减少 …
    Down,
    /// 改善.
    Better,
    /// 新增.
    Added,
}

/// Change words, longest first; each may be followed by 了.
const WORDS: [(&str, Direction); 41] = [
    ("增长率", Direction::Up),
    // 广义货币M2增长目标为17%左右: the growth a plan aims at.
    ("增长目标", Direction::Up),
    ("增长", Direction::Up),
    ("增产", Direction::Up),
    ("减产", Direction::Down),
    ("增速", Direction::Up),
    ("上调", Direction::Up),
    // 标准调增11.8%: an adjustment up or down, as 上调 and 下调.
    ("调增", Direction::Up),
    ("调减", Direction::Down),
    ("压减", Direction::Down),
    ("压降", Direction::Down),
    ("微降", Direction::Down),
    ("涨幅", Direction::Up),
    ("增幅", Direction::Up),
    ("降幅", Direction::Down),
    ("增加", Direction::Up),
    ("上升", Direction::Up),
    ("提高", Direction::Up),
    ("提升", Direction::Up),
    ("上涨", Direction::Up),
    ("下降", Direction::Down),
    ("下跌", Direction::Down),
    ("下调", Direction::Down),
    ("降低", Direction::Down),
    ("减少", Direction::Down),
    ("回落", Direction::Down),
    ("下滑", Direction::Down),
    ("收窄", Direction::Down),
    ("压缩", Direction::Down),
    // 审批事项削减44%, 定价项目缩减80%: a cut of what the clause names.
    ("削减", Direction::Down),
    ("缩减", Direction::Down),
    ("精简", Direction::Down),
    ("缩短", Direction::Down),
    // 支出规模比去年扩大2万亿元以上: grown by the amount (扩大到 is a level reached).
    ("扩大", Direction::Up),
    ("降价", Direction::Down),
    // 平均资费再降10%: a fall once more; 降 alone names too much else (降本, 降碳).
    ("再降", Direction::Down),
    // 预期目标比去年多100万人, 支出规模比去年扩大2万亿元: more than a year before; 多
    // alone is a qualifier (9亿多), 扩大 alone opens a goal (扩大内需).
    ("比去年多", Direction::Up),
    ("比上年多", Direction::Up),
    ("比去年扩大", Direction::Up),
    ("改善", Direction::Better),
    ("新增", Direction::Added),
];

/// Words after an amount that name it a mark passed (迈上3万亿元台阶, 跨越5000亿元大关):
/// the label is what passed it, before the number. Here beside [`BRIDGES`], as a mark
/// passed may stand between a figure and its change too.
pub const MARKS: [&str; 5] = ["大关", "台阶", "关口", "大台阶", "新台阶"];

/// True when `lead` (the text between a mark passed and the next number) says the number
/// is the figure that passed it: 迈上6万亿元台阶，达到62661亿元.
pub fn reached_after_mark(lead: &str) -> bool {
    MARKS.iter().any(|m| {
        lead.strip_prefix(m)
            .map(|r| r.trim_start_matches(['，', '、', ',']))
            .is_some_and(|r| matches!(r, "达到" | "达" | "实现" | "为"))
    })
}

/// Change words that are nouns, the name of a rate (增长率, 增速): before a number in
/// the rate's own unit (人口自然增长率1.2‰) they name the figure, never a change of it;
/// before 为 or 达 and a percentage (增速为5.1%) they give the figure's growth.
pub const RATE_NOUNS: [&str; 6] = ["增长率", "增长目标", "增速", "增幅", "涨幅", "降幅"];

/// Words that may stand between a figure and its change: 同比增长, 比上年末提高,
/// 按不变价格计算，比上年增长, 扣除价格因素实际增长. Longest first.
pub const BRIDGES: [&str; 29] = [
    // 这一数字比上年增长6.1%: a city paper's pointer back to the amount before.
    "这一数字",
    "这个数字",
    "该数字",
    "这一数据",
    "按不变价格计算",
    "按可比价格计算",
    "扣除价格因素",
    "扣除物价因素",
    "按不变价计算",
    "按现价计算",
    "可比口径",
    "同口径",
    "可比",
    "年均",
    "名义",
    "实际",
    "较年初",
    "比年初",
    "比上年同期",
    "比去年同期",
    "比上年末",
    "较上年末",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "同比",
    "环比",
    "分别",
];

/// Words that give a rate its number: 增速为5.1%, 涨幅在3%以内, 涨幅稳定在2%左右
/// (where it was held, not a level of the figure). Not 控制在: the lists of the older
/// national reports disagree on whether 涨幅控制在3% is a change or a level (round 66).
const IS: [&str; 7] = ["达到", "为", "达", "是", "稳定在", "保持在", "在"];

/// Words after a change word that say how it held, not what changed: 增长均为12%左右
/// gives two figures one growth.
const HELD: [&str; 4] = ["保持在", "年均", "均为", "均"];

/// The change word that ends `lead` (the text right before a number), with its byte
/// length in `lead` (with the words of [`HELD`] after it).
pub fn word_before(lead: &str) -> Option<(Direction, usize)> {
    // 增速年均超20%, 增速保持在10%以上, 增长均超20%: words of how the change held.
    let trimmed = HELD
        .iter()
        .find_map(|w| lead.strip_suffix(w))
        .unwrap_or(lead);
    let trimmed = trimmed.strip_suffix('了').unwrap_or(trimmed);
    // 同比增速为5.1%, 增幅达4.2%: a rate of growth is named, then given; still a change.
    let trimmed = IS
        .iter()
        .find_map(|b| {
            trimmed
                .strip_suffix(b)
                .filter(|r| RATE_NOUNS.iter().any(|w| r.ends_with(w)))
        })
        .unwrap_or(trimmed);
    WORDS
        .iter()
        .copied()
        .find(|(w, _)| trimmed.ends_with(w))
        .map(|(w, d)| (d, w.len()))
        .or_else(|| on_a_time(trimmed))
        .map(|(d, len)| (d, lead.len() - trimmed.len() + len))
}

/// Words that close 比{a time}… before a number as a change word would: 比去年预算高0.2个
/// 百分点, 比上年多100万人, 比上年少3天.
const TIME_ENDS: [(char, Direction); 4] = [
    ('高', Direction::Up),
    ('低', Direction::Down),
    ('多', Direction::Up),
    ('少', Direction::Down),
];

/// The direction of a change on a time that ends `words` (比去年预算高, 比上年多) and the
/// byte length of its closing word; `None` where 比 or 较 opens no time there (比全国高 is
/// a comparison with a place, [`comparison`]'s).
fn on_a_time(words: &str) -> Option<(Direction, usize)> {
    let (end, d) = TIME_ENDS.iter().find(|(c, _)| words.ends_with(*c))?;
    let base = &words[..words.len() - end.len_utf8()];
    let at = base.rfind(['比', '较'])?;
    (time_base_len(&base[at..]) == base.len() - at).then_some((*d, end.len_utf8()))
}

/// True when a change word stands anywhere in `words`.
pub fn has_word(words: &str) -> bool {
    WORDS.iter().any(|(w, _)| words.contains(w))
}

/// True when `rest` opens with a change word, after an optional 的: 保持10%以上增长,
/// 20%以上的增速 (the number before is the change's, not a level's).
pub fn opens_with_word(rest: &str) -> bool {
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    WORDS.iter().any(|(w, _)| rest.starts_with(w))
}

/// The change word that ends `words` (the words after 分别 in a list), when what
/// stands before it only says since when: 分别年均增长, 分别比“十三五”时期下降,
/// 分别较上年压减. Its direction and its byte length in `words`.
pub fn list_word(words: &str) -> Option<(Direction, usize)> {
    let (d, len) = word_before(words)?;
    // 分别再提高30元和5元: 再 (once more) says the rise is another, not what it is of;
    // 分别净减少: 净 (net) what it fell by once gains are counted.
    let before = &words[..words.len() - len];
    let before = before.strip_suffix(['再', '净']).unwrap_or(before);
    let since = (before.starts_with('比') || before.starts_with('较'))
        && before.chars().count() <= 10
        && !before.contains(|c: char| c.is_ascii_digit() || "，,、；;。".contains(c));
    (before.is_empty() || joins(before) || since).then_some((d, len))
}

/// True when `between` (the text between a figure and a change word) joins them: only
/// punctuation, words like 同比, and one aside of its own clause.
pub fn joins(between: &str) -> bool {
    // 跨越5000亿元大关，年均增长5.7%: the mark passed belongs to the figure.
    let mut rest = MARKS
        .iter()
        .find_map(|m| between.strip_prefix(m))
        .unwrap_or(between);
    // 赤字率拟按2.8%安排，比去年预算高0.2个百分点: the verb that closes 拟按….
    rest = rest.strip_prefix("安排").unwrap_or(rest);
    let mut asides = 0;
    loop {
        // 520亿元（预计数，下同），增长6.1%; 比上年（下同）增长: a note in brackets.
        rest = rest.trim_start_matches(['，', ',', '、', '：', ':']);
        let note = super::asides::note_len(rest);
        if note > 0 {
            rest = &rest[note..];
            continue;
        }
        // 5100亿元（按可比价格计算，比上年增长5.1%）: a change in brackets is the figure's.
        rest = rest.trim_start_matches(['，', ',', '、', '：', ':', '（', '(']);
        let standing = standing_len(rest);
        if standing > 0 {
            rest = &rest[standing..];
            continue;
        }
        let basis = basis_len(rest).max(time_base_len(rest));
        if basis > 0 {
            rest = &rest[basis..];
            continue;
        }
        match BRIDGES.iter().find(|b| rest.starts_with(*b)) {
            Some(b) => rest = &rest[b.len()..],
            None => match (since_len(rest), aside_len(rest)) {
                (0, 0) => return rest.is_empty(),
                (0, n) if asides == 0 => {
                    asides += 1;
                    rest = &rest[n..];
                }
                (0, _) => return false,
                (n, _) => rest = &rest[n..],
            },
        }
    }
}

/// Characters an aside may have: 稳居全国前十强, 创历史新高.
const ASIDE_CHARS: usize = 12;

/// The byte length of an aside that opens `rest`: a clause of its own between a figure
/// and its change (达到5.53万亿元、稳居全国前十强、增长4.8%), closed by 、 or ， with the change
/// word right after, no number in it and no change word; 0 when none. A clause that runs
/// into the change word (、规上工业增加值增长6.2%) names a figure of its own instead.
fn aside_len(rest: &str) -> usize {
    let Some(end) = rest.find(['、', '，']) else {
        return 0;
    };
    let clause = &rest[..end];
    let plain = !clause.is_empty()
        && clause.chars().count() <= ASIDE_CHARS
        && !clause.contains(|c: char| c.is_ascii_digit() || "，,、；;：:。（(".contains(c))
        && !WORDS.iter().any(|(w, _)| clause.contains(w));
    if plain {
        end
    } else {
        0
    }
}

/// The data file's change kind for a direction and the unit printed after the number;
/// `figure_unit` is the unit of the figure it would belong to (for 新增).
pub fn kind(d: Direction, unit: &str, figure_unit: &str) -> Option<ChangeKind> {
    match (d, unit) {
        (Direction::Up, "%") => Some(ChangeKind::Growth),
        (Direction::Down, "%") => Some(ChangeKind::Decline),
        (Direction::Better, "%") => Some(ChangeKind::Improve),
        (Direction::Up, "个百分点") => Some(ChangeKind::Rise),
        (Direction::Down, "个百分点") => Some(ChangeKind::Decline),
        // 增长1.2倍, 提高3倍: kept in 倍 as printed, never made a percentage.
        (Direction::Up, "倍") => Some(ChangeKind::Times),
        (Direction::Added, u) if u == figure_unit && u != "%" && u != "个百分点" => {
            Some(ChangeKind::Added)
        }
        // 比上年减少0.8万亩: a fall in the figure's own unit, the pair of 新增.
        (Direction::Down, u)
            if u == figure_unit && u != "%" && u != "个百分点" && !u.ends_with('倍') =>
        {
            Some(ChangeKind::Reduced)
        }
        _ => None,
    }
}

/// Words between the old and the new value: 由37个压缩为10个, 从27136元增长到36439元,
/// 由每月2090元调整为2200元, 从39个拓展到91个.
const FALLS: [&str; 22] = [
    "压缩", "减少", "下降", "降低", "缩短", "精简", "缩减", "缩小", "增长", "增加", "提升", "提高",
    "扩大", "上升", "整合", "调整", "拓展", "扩展", "跃升", "攀升", "降", "增",
];

/// The old → new bridge right after the old value: the length of 压缩为 / 降至 / 增长到,
/// if `rest` starts with one.
pub fn fall_to(rest: &str) -> Option<usize> {
    let word = FALLS.iter().find(|w| rest.starts_with(*w))?;
    let after = &rest[word.len()..];
    ["为", "到", "至"]
        .iter()
        .find(|t| after.starts_with(*t))
        .map(|t| word.len() + t.len())
}

/// A comparison inside a clause before a number of 个百分点, after the words that name
/// what is compared (一产增加值增幅高于全国; 消费拉动经济增长, a contribution): its kind, its reference as printed and the
/// byte length from the comparison word on. None where the clause opens with the word
/// ([`comparison`] reads that), names nothing before it or nothing after it, or says
/// 不低于 (a bound, not a comparison).
pub fn comparison_inside(clause: &str) -> Option<(ChangeKind, String, usize)> {
    const WORDS: [(&str, ChangeKind); 6] = [
        ("高于", ChangeKind::Above),
        ("快于", ChangeKind::Above),
        ("高出", ChangeKind::Above),
        ("低于", ChangeKind::Below),
        ("慢于", ChangeKind::Below),
        ("拉动", ChangeKind::Pull),
    ];
    let (at, kind, word) = WORDS
        .iter()
        .filter_map(|(w, k)| clause.find(w).map(|i| (i, *k, *w)))
        .min_by_key(|(i, _, _)| *i)?;
    let before = &clause[..at];
    let reference = &clause[at + word.len()..];
    // 消费拉动经济增长2.1个百分点: what was pulled, without its 增长 (may be unnamed).
    let pull = kind == ChangeKind::Pull;
    let reference = match pull {
        true => reference
            .strip_suffix("增长")
            .filter(|r| !r.contains("增长"))?,
        false => reference,
    };
    let named = !before.is_empty() && !before.ends_with('不');
    let plain = !before.chars().any(|c| c.is_ascii_digit());
    (named && plain && (pull || !reference.is_empty()))
        .then(|| (kind, reference.to_string(), clause.len() - at))
}

/// A comparison or contribution that a clause before a number of 个百分点 opens with:
/// 高于/超过/快于/高出{reference} (`above`), 低于/慢于{reference} (`below`),
/// 拉动{reference}增长 (`pull`): its kind, its reference as printed (empty where the
/// text names none) and the byte length of the clause it takes.
pub fn comparison(clause: &str) -> Option<(ChangeKind, String, usize)> {
    const WORDS: [(&str, ChangeKind); 7] = [
        ("高于", ChangeKind::Above),
        ("超过", ChangeKind::Above),
        ("快于", ChangeKind::Above),
        ("高出", ChangeKind::Above),
        ("低于", ChangeKind::Below),
        ("慢于", ChangeKind::Below),
        ("拉动", ChangeKind::Pull),
    ];
    let Some((word, kind)) = WORDS.iter().find(|(w, _)| clause.starts_with(w)) else {
        return compared_by_bi(clause).map(|(k, r)| (k, r.to_string(), clause.len()));
    };
    let rest = &clause[word.len()..];
    let reference = match kind {
        ChangeKind::Pull => rest.strip_suffix("增长").unwrap_or(rest),
        _ => rest,
    };
    (*kind == ChangeKind::Pull || !reference.is_empty())
        .then(|| (*kind, reference.to_string(), clause.len()))
}

/// The words that close 比{reference}…: 比全国高0.5个百分点 (`above`), 比全省低 (`below`).
const BI_ENDS: [(&str, ChangeKind); 5] = [
    ("高出", ChangeKind::Above),
    ("高", ChangeKind::Above),
    ("快", ChangeKind::Above),
    ("低", ChangeKind::Below),
    ("慢", ChangeKind::Below),
];

/// 比全国高, 比全省平均水平快: a comparison with a place, printed the other way round
/// from 高于全国. A reference in time (比上年高, 比1—10月快, 比“十三五”末低) is no
/// comparison with another place but a change of the rate itself, which the data file
/// holds no kind for: `None`, and the caller leaves it as before.
fn compared_by_bi(clause: &str) -> Option<(ChangeKind, &str)> {
    // 比重提高, 比例降低: words that open with 比 and compare nothing.
    let rest = clause
        .strip_prefix('比')
        .filter(|r| !r.starts_with(['重', '例', '率', '较', '值']))?;
    let (word, kind) = BI_ENDS.iter().find(|(w, _)| rest.ends_with(w))?;
    let reference = &rest[..rest.len() - word.len()];
    let in_time = reference.is_empty()
        || reference
            .contains(|c: char| c.is_ascii_digit() || "年月季期初末去上前日“”，、".contains(c));
    (!in_time).then_some((*kind, reference))
}
