//! What may stand between a figure and its change word and belong to neither: a
//! standing (总量居全国第10位), the basis the change is reckoned on (扣除留抵退税因素后,
//! 按可比口径) and words of since when (近3年, 较“十三五”). Each is measured as the byte
//! length that opens a text, 0 when none; [`super::changes::joins`] steps over them.

use crate::shared::format::basis::BUDGET_BASES;

/// Words that open a standing printed between a figure and its change.
const STANDINGS: [&str; 10] = [
    "稳居", "位居", "跃居", "居", "位列", "跻身", "排名", "名列", "排", "列",
];

/// Characters the basis of a change may have between its words (扣除…因素, 按…计算).
const BASIS_CHARS: usize = 16;

/// The byte length of the basis a change is reckoned on, when it opens `rest` in words
/// [`BRIDGES`](super::changes::BRIDGES) cannot list: 扣除留抵退税因素后, 剔除一次性因素, 按可比口径, 按同口径计算.
/// It says how the change was counted, never what changed. 0 when none.
pub(super) fn basis_len(rest: &str) -> usize {
    let pairs = [
        ("扣除", "因素"),
        ("剔除", "因素"),
        ("按", "计算"),
        ("按", "口径"),
    ];
    // 自然口径, 全口径: a basis named by its own word, without 按.
    if let Some(at) = rest.find("口径") {
        let inner = &rest[..at];
        if (1..=4).contains(&inner.chars().count()) && inner.chars().all(super::scan::is_han) {
            return at + "口径".len() + tail_len(&rest[at + "口径".len()..]);
        }
    }
    for (open, close) in pairs {
        let Some(r) = rest.strip_prefix(open) else {
            continue;
        };
        let Some(at) = r.find(close) else { continue };
        let inner = &r[..at];
        let plain = inner.chars().count() <= BASIS_CHARS
            && !inner.contains(|c: char| c.is_ascii_digit() || "，,、；;。：:".contains(c));
        if plain {
            let end = open.len() + at + close.len();
            return end + tail_len(&rest[end..]);
        }
    }
    0
}

/// The byte length of 后 or 计算 closing a basis (扣除…因素后, 按同口径计算).
fn tail_len(after: &str) -> usize {
    ["后", "计算"]
        .iter()
        .find(|w| after.starts_with(*w))
        .map_or(0, |w| w.len())
}

/// Times a change is reckoned from, after 比/较/与: 较上年同期, 比去年末, 与上年相比.
const BASE_TIMES: [&str; 7] = ["上一年", "上年", "去年", "前年", "年初", "上月", "上季度"];

/// The byte length of the time a change is reckoned from when it opens `rest`, in any
/// of the ways reports join 比, 较 or 与 to a time and its end (较上年同期, 比上年底,
/// 比2020年末, 与上年相比): it says since when, never what changed. 0 when none.
pub(super) fn time_base_len(rest: &str) -> usize {
    // 相比上年, 同比去年: the same, in the words a paper may use.
    let Some(r) = ["相比", "相较", "较之", "同比", "比", "较", "与"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
    else {
        return 0;
    };
    let time = time_len(r);
    if time == 0 {
        return 0;
    }
    let mut r = &r[time..];
    if rest.starts_with('与') {
        let Some(t) = r.strip_prefix("相比") else {
            return 0;
        };
        r = t;
    }
    // 较上年同期（197.8亿元）: the base's own value, in brackets.
    r = &r[base_value_len(r)..];
    rest.len() - r.len()
}

/// The byte length of a time a change is reckoned from that opens `r`, with its end
/// (上年, 去年同期, 2024年, 上年末, 年底); 0 when none.
fn time_len(r: &str) -> usize {
    let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let time = match (digits, r[digits..].starts_with('年')) {
        (4, true) => 4 + '年'.len_utf8(),
        _ => BASE_TIMES
            .iter()
            .find(|w| r.starts_with(*w))
            .map_or(0, |w| w.len()),
    };
    if time == 0 {
        return 0;
    }
    // 比上年预算, 比去年预算赤字, 比上年预计数: a budget set against the year before's
    // budget or estimate; the page prints that base back (`format::basis`).
    let budget = match ["上一年", "上年", "去年"].iter().any(|y| r.starts_with(y)) {
        true => BUDGET_BASES.iter().find(|w| r[time..].starts_with(*w)),
        false => None,
    };
    let end = ["同期", "年末", "末", "底"]
        .iter()
        .chain(budget)
        .find(|w| r[time..].starts_with(*w))
        .map_or(0, |w| w.len());
    time + end
}

/// True when `lead` (the text from the figure before to a number) says the number is the
/// value of the time a change is reckoned from: in a clause of its own (，上年同期为490亿元)
/// or inside the change's words (，比上年的490亿元增长6.1%). The change after it is the
/// figure's, never the base's.
pub(super) fn base_value_said(lead: &str) -> bool {
    let Some(r) = lead.strip_prefix(['，', '、']) else {
        return false;
    };
    // 比上年的: the change's own words and 的.
    if let Some(words) = r.strip_suffix('的') {
        return !words.is_empty() && time_base_len(words) == words.len();
    }
    let time = time_len(r);
    time > 0 && matches!(&r[time..], "为" | "是")
}

/// Characters an amount in brackets may have: （197.8亿元）, （1.26万人次）.
const BASE_VALUE_CHARS: usize = 12;

/// The byte length of one amount alone in brackets that opens `rest` (（197.8亿元）), the
/// value of the time a change is reckoned from; 0 when none.
fn base_value_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return 0;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return 0;
    };
    let amount = &inner[..close];
    let digits = amount.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let plain = digits.len() < amount.len()
        && amount.starts_with(|c: char| c.is_ascii_digit())
        && amount.chars().count() <= BASE_VALUE_CHARS
        && !digits.is_empty()
        && digits.chars().all(super::scan::is_han)
        && !super::changes::has_word(digits);
    if plain {
        rest.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    }
}

/// True when `lead` (the text before a number) ends with the time a change is reckoned
/// from and an opening bracket (较上年同期（): the number is that time's value.
fn base_value_next(lead: &str) -> bool {
    let Some(before) = lead.strip_suffix(['（', '(']) else {
        return false;
    };
    before
        .char_indices()
        .rev()
        .take(12)
        .filter(|(_, c)| matches!(c, '比' | '较' | '与'))
        .any(|(at, _)| time_base_len(&before[at..]) == before.len() - at)
}

/// What a standing may say it of: 总量居全国第10位, 增量居全市第1, 总量和增速均居全市第2位
/// (longest first).
const STANDING_OF: [&str; 9] = [
    "总量和增速",
    "总量与增速",
    "规模和增速",
    "总量",
    "规模",
    "总额",
    "增量",
    "增速",
    "增幅",
];

/// The byte length of a standing set off by 、 or ， between a figure and its change
/// (达到5.53万亿元、稳居全国前十强、增长4.8%; 5000亿元，总量居全国第10位，增长5%): a
/// comment on the figure, with no number of its own but a place (第10位, 前3), which is a
/// skip; 0 when `rest` opens with none.
pub(super) fn standing_len(rest: &str) -> usize {
    let moved = rank_move_len(rest);
    if moved > 0 {
        return moved;
    }
    let of = STANDING_OF
        .iter()
        .find(|w| rest.starts_with(*w))
        .map_or(0, |w| w.len());
    // 均居: one standing for each thing it is of (分别居 opens a list, read as one).
    let each = if rest[of..].starts_with('均') {
        '均'.len_utf8()
    } else {
        0
    };
    if !STANDINGS.iter().any(|w| rest[of + each..].starts_with(w)) {
        return 0;
    }
    match rest.find(['、', '，']) {
        Some(end)
            if rest[..end].chars().count() <= 14
                && !rest[..end].contains(['，', ',', '；', ';', '。'])
                && only_places(&rest[..end]) =>
        {
            end
        }
        _ => 0,
    }
}

/// Words that name a standing that moved: 位次较上年前移2位, 排名上升3位.
const RANKS: [&str; 3] = ["位次", "排名", "排位"];

/// Words of a standing's move.
const MOVES: [&str; 5] = ["前移", "上升", "提升", "提高", "前进"];

/// The byte length of a standing that moved, set off by 、 or ， between a figure and its
/// change (85亿元，位次较上年前移2位，增长12%): its places are a `rank` skip; 0 when
/// `rest` opens with none.
fn rank_move_len(rest: &str) -> usize {
    if !RANKS.iter().any(|w| rest.starts_with(w)) {
        return 0;
    }
    let Some(end) = rest.find(['、', '，']) else {
        return 0;
    };
    let clause = &rest[..end];
    let digits = clause.trim_end_matches(['位', '名']);
    let places = digits.trim_end_matches(|c: char| c.is_ascii_digit());
    let moved = MOVES.iter().any(|w| places.ends_with(w));
    let plain = clause.chars().count() <= 14
        && digits.len() < clause.len()
        && places.len() < digits.len()
        && !places.contains(|c: char| c.is_ascii_digit());
    if moved && plain {
        end
    } else {
        0
    }
}

/// True when every number of `clause` is a place: right after 第 or 前.
fn only_places(clause: &str) -> bool {
    let mut prev = ' ';
    clause.chars().all(|c| {
        let ok = !c.is_ascii_digit() || matches!(prev, '第' | '前') || prev.is_ascii_digit();
        prev = c;
        ok
    })
}

/// Spans before the one a figure sums, after 比/较 (比前五年增长1.26倍).
const SPANS_BEFORE: [&str; 6] = [
    "前五年",
    "前5年",
    "前十年",
    "前10年",
    "上一个五年",
    "上个五年",
];

/// Spans printed in words that a change over them may open with: 达到9800多万户，五年
/// 增加70%以上 is the figure's change over the five years.
const SPANS_IN_WORDS: [&str; 4] = ["两年", "三年", "五年", "十年"];

/// The byte length of a span in words that opens `rest` (五年, 十年), after the marks
/// that close the clause before; 0 when none.
pub(super) fn span_in_words_len(rest: &str) -> usize {
    let r = rest.trim_start_matches(['，', ',', '、']);
    SPANS_IN_WORDS
        .iter()
        .find(|s| r.starts_with(*s))
        .map_or(0, |s| rest.len() - r.len() + s.len())
}

/// The byte length of words of since when that open `rest`: 5年, 近3年 (a span whose
/// number is a skip of its own), 较“十三五”, 比“十三五”时期; 0 when none.
pub(super) fn since_len(rest: &str) -> usize {
    let r = rest.strip_prefix('近').unwrap_or(rest);
    let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && r[digits..].starts_with('年') {
        return rest.len() - r.len() + digits + '年'.len_utf8();
    }
    let compared = rest.strip_prefix('较').or_else(|| rest.strip_prefix('比'));
    // 五年累计2.43万亿元，比前五年增长1.26倍: a span's sum against the span before it.
    if let Some(span) = compared.and_then(|r| SPANS_BEFORE.iter().find(|s| r.starts_with(*s))) {
        return rest.len() - compared.map_or(0, str::len) + span.len();
    }
    let Some(q) = compared.and_then(|r| r.strip_prefix('“')) else {
        return 0;
    };
    let Some(close) = q.find('”') else { return 0 };
    let after = &q[close + '”'.len_utf8()..];
    let tail = ["时期", "末期", "末"]
        .iter()
        .find(|t| after.starts_with(*t))
        .map_or(0, |t| t.len());
    rest.len() - after.len() + tail
}

/// Characters a note in brackets may have: （快报数）, （预计数，下同）, （下同）.
const NOTE_CHARS: usize = 12;

/// The byte length of a note in brackets that opens `rest` (（预计数，下同）, （下同）,
/// （不含农户）): words about how the figure is counted, with no number and no change
/// word, which a change after it steps over; 0 when none.
pub(super) fn note_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return 0;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return 0;
    };
    let words = &inner[..close];
    let plain = !words.is_empty()
        && words.chars().count() <= NOTE_CHARS
        && !words.contains(|c: char| c.is_ascii_digit() || "（(；;。".contains(c))
        && !super::changes::has_word(words);
    if plain {
        rest.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    }
}

/// True when the number alone fills a bracket right after the time a change is reckoned
/// from (较上年同期（197.8亿元）增长6.2%): that time's value, which the desk may add as
/// last year's; the change after the bracket stays the figure's. `after_unit` is the text
/// after the number's unit.
pub(super) fn base_value(lead: &str, after_unit: Option<&str>) -> bool {
    base_value_next(lead) && after_unit.is_some_and(|a| a.starts_with(['）', ')']))
}
