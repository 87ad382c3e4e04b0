//! Word lists that both the draft and `check` read a label or a clause by: the draft to
//! cut and keep its labels, `check` to flag a label or a period it cannot trust. One list,
//! so that the two never disagree. Build time and the editor only, like [`super::format`].

/// Words never cut through (有色, 市场): data, `data/glossary/label-words.txt`.
const WORDS: &str = include_str!("../../data/glossary/label-words.txt");

/// Verbs that are no label alone (筹措, 安排): data, `data/glossary/label-verbs.txt`.
pub const BARE_VERBS: &str = include_str!("../../data/glossary/label-verbs.txt");

/// The entries of a word list: one a line, `#` opening a comment.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True when cutting `s` at byte `cut` splits a word of the glossary: 有|色金属,
/// 全市|场交易, 十大|为民. The trimmer then leaves the words whole.
pub fn splits_word(s: &str, cut: usize) -> bool {
    let (Some(left), Some(right)) = (s.get(..cut), s.get(cut..)) else {
        return false;
    };
    entries(WORDS).any(|w| {
        w.char_indices()
            .skip(1)
            .any(|(i, _)| left.ends_with(&w[..i]) && right.starts_with(&w[i..]))
    })
}

/// True when `label` is a verb alone (筹措, 安排): it names no thing counted.
pub fn bare_verb(label: &str) -> bool {
    entries(BARE_VERBS).any(|v| v == label)
}

/// Labels that name no thing counted (达到, 占比): data,
/// `data/glossary/label-relations.txt`.
const RELATIONS: &str = include_str!("../../data/glossary/label-relations.txt");

/// The year `s` opens with (2030年达到…, 2025年的49870元): its four digits as printed and
/// the text after its 年; None where `s` opens with anything else. The one reading of a
/// leading year, for the draft's clauses and for the old values `format` prints.
pub fn leading_year(s: &str) -> Option<(&str, &str)> {
    let digits = s.get(..4)?;
    let rest = s.get(4..)?.strip_prefix('年')?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some((digits, rest))
}

/// The span of years `s` opens with, as printed, and its two years: 2021—2025年 (a dash
/// of any width, or 至) → ("2021—2025年", "2021", "2025"); None where `s` opens with
/// anything else.
pub fn leading_span_of_years(s: &str) -> Option<(&str, &str, &str)> {
    let digits = |d: &str| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit());
    let first = s.get(..4).filter(|d| digits(d))?;
    let mut rest = s.get(4..)?.chars();
    let dash = rest.next()?;
    if !matches!(dash, '—' | '-' | '－' | '–' | '―' | '~' | '～' | '至') {
        return None;
    }
    let from = 4 + dash.len_utf8();
    let last = s.get(from..from + 4).filter(|d| digits(d))?;
    let end = from + 4 + '年'.len_utf8();
    (s.get(from + 4..end)? == "年").then(|| (&s[..end], first, last))
}

/// Counts of years after 连续: 连续五年, 连续9年.
const RUN_COUNTS: [char; 11] = [
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// Verbs a comparison ends with: 比一季度加快, 较上月回落.
const COMPARED: [&str; 8] = [
    "加快", "放缓", "回落", "回升", "提高", "下降", "收窄", "扩大",
];

/// The run of years a label or clause holds, as printed, with where it starts: 粮食总产量
/// 连续9年稳定在 → (15, 连续9年). A floor held over the years, not one year's value.
pub fn run_of_years(s: &str) -> Option<(usize, String)> {
    s.match_indices("连续").find_map(|(at, w)| {
        let rest = &s[at + w.len()..];
        let count = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || RUN_COUNTS.contains(&c))
                .len();
        (count > 0 && rest[count..].starts_with('年')).then(|| {
            (
                at,
                s[at..at + w.len() + count + '年'.len_utf8()].to_string(),
            )
        })
    })
}

/// True when `label` names no thing counted: a verb of reaching or a relation alone
/// (达到, 占比), a share with no part (占全部投资的比重), a run of years with nothing
/// before it (连续五年稳定在), or a comparison alone (比一季度加快). Whose share, what
/// reached, what is faster: the reader cannot tell.
pub fn names_no_subject(label: &str) -> bool {
    // 比重较大, 较快增长: no comparison; 比一季度加快, 较上月回落: one alone.
    let comparison = label.starts_with(['比', '较'])
        && !label.starts_with("比重")
        && !label.starts_with("比例")
        && !label.contains('的')
        && COMPARED.iter().any(|v| label.ends_with(v));
    entries(RELATIONS).any(|w| w == label)
        || period_alone(label)
        || UNDONE.iter().any(|w| label.starts_with(w))
        || share_of_nothing(label)
        || run_of_years(label).is_some_and(|(at, _)| at == 0)
        || comparison
}

/// What was not done, with no noun after it (对尚未整改到位的0.65亿元): a sum named by
/// what was not done to it says nothing it counts.
const UNDONE: [&str; 2] = ["对尚未", "对未"];

/// Words that put a year as a time: 到2030年, 至2030年.
const TO_YEAR: [&str; 4] = ["截至", "到", "至", "在"];

/// True for a label that is a year alone, or the time it is reached by (2030年, 到2030年,
/// 到2030年底): when a figure is of, never what it counts.
pub fn period_alone(label: &str) -> bool {
    let year = TO_YEAR
        .iter()
        .find_map(|w| label.strip_prefix(w))
        .unwrap_or(label);
    let year = year.strip_suffix(['底', '末']).unwrap_or(year);
    leading_year(year).is_some_and(|(_, rest)| rest.is_empty())
}

/// Nouns of a rate of change: 能耗降幅, 工业增加值增速.
const RATE_NOUNS: [&str; 9] = [
    "降幅",
    "增幅",
    "涨幅",
    "减幅",
    "增速",
    "增长率",
    "下降率",
    "降低率",
    "增长速度",
];

/// Verbs of a change that end a label: PM2.5平均浓度下降, 居民消费价格上涨.
const CHANGE_VERBS: [&str; 6] = ["下降", "降低", "增长", "上涨", "减少", "回落"];

/// True when `label` names a rate of change (单位国内生产总值能耗降幅, 增速, 浓度下降):
/// a percentage that is never a part of a whole, so never a ring or a waffle.
pub fn names_a_rate_of_change(label: &str) -> bool {
    RATE_NOUNS.iter().any(|w| label.contains(w)) || CHANGE_VERBS.iter().any(|w| label.ends_with(w))
}

/// Words that open with 占 and name a thing of their own: 占地面积, 占用耕地.
const OCCUPY: [&str; 3] = ["占地", "占用", "占有"];

/// True for a share that says of what it is but not whose: 占比, 占全部投资的比重,
/// 占一般公共预算支出, 占全国. 民生支出占一般公共预算支出 says both.
fn share_of_nothing(label: &str) -> bool {
    label.starts_with('占') && !OCCUPY.iter().any(|w| label.starts_with(w))
}

/// Words of a clause that make its figure a sum or a change over a span.
pub const OVER_SPAN: [&str; 11] = [
    "累计",
    "年均",
    "比20",
    "较20",
    "从20",
    "五年",
    "以来",
    "合计",
    "总计",
    "共计",
    "十四五",
];
