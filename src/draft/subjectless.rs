//! A number whose words name no subject, only the verb that aims at it: a headline's
//! 锚定6%, a quote's 我们要跑出7%的增速. Its label would be the verb (锚定), and a
//! percentage so labelled a share a waffle could draw: no such figure is drafted. Of a
//! headline, the number is the heading's (the text says what it is); elsewhere it is
//! left for the desk, who knows what the speaker means.

/// Verbs by which a text aims at a number without naming what it counts. A goal's own
/// words (力争, 确保) are not among them: 2026年力争增长6% stays a target, the goal's.
const AIMS: [&str; 8] = [
    "锚定", "瞄准", "跑出", "冲刺", "剑指", "奔着", "冲击", "挑战",
];

/// Words around such a verb that name no subject either: who speaks, when, and how
/// much they mean it (我们今年要全力…).
const FILLERS: [&str; 15] = [
    "我们", "咱们", "大家", "今年", "明年", "全年", "要", "将", "会", "能", "一定", "努力", "全力",
    "坚决", "奋力",
];

/// True when `label` is a verb of aiming and words that name no subject (锚定, 我们要
/// 跑出): the figure's subject is nowhere in its words.
pub fn verb_only(label: &str) -> bool {
    let Some(rest) = AIMS.iter().find_map(|v| label.strip_suffix(v)) else {
        return false;
    };
    let mut rest = rest.trim_matches(['，', ',']);
    while let Some(shorter) = FILLERS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = shorter.trim_start_matches(['，', ',']);
    }
    rest.is_empty()
}

/// Words that aim at a goal without naming it: a change after them with nothing before
/// (今年力争增长5.5%左右, 今年目标为增长5.5%) is of the indicator the sentence named
/// before, never of 力争.
const GOAL_ONLY: [&str; 12] = [
    "力争",
    "确保",
    "力求",
    "争取",
    "预期",
    "预计",
    "计划",
    "努力",
    "目标",
    "目标为",
    "目标是",
    "的目标是",
];

/// True when `label` is only a goal's words and the year they aim at (力争, 今年预期,
/// 2026年力争, 今年目标为, 2026年预期新增): it names nothing the figure counts.
pub fn goal_only(label: &str) -> bool {
    let rest = without_years(label);
    // 2026年预期新增1.3万人 after 城镇新增就业1.2万人: new ones of the goal, named as well.
    let new = GOAL_ONLY
        .iter()
        .any(|w| rest.strip_prefix(w) == Some("新增"));
    new || GOAL_ONLY.contains(&rest)
}

/// True when `label` is only the year a goal aims at (全年 of 力争全年增长6%, 今年,
/// 2026年, 下一步): read with a goal word before it, it names nothing the figure counts.
pub fn year_only(label: &str) -> bool {
    !label.is_empty() && without_years(label).is_empty()
}

/// True when `before`, a clause up to a number, holds a goal's word (力争全年增长).
pub fn aims(before: &str) -> bool {
    GOAL_ONLY.iter().any(|w| before.contains(w))
}

/// `label` without the years it opens with (今年, 明年, 全年, 下一步, 2026年).
fn without_years(label: &str) -> &str {
    let mut rest = label.trim_matches(['，', ',']);
    loop {
        let before = rest;
        for w in ["今年", "明年", "全年", "下一步"] {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
        if let Some((_, after)) = crate::shared::words::leading_year(rest) {
            rest = after;
        }
        rest = rest.trim_start_matches(['，', ',']);
        if rest == before {
            break;
        }
    }
    rest
}

/// Verbs of an audit's finding that open a label (审计发现17名…人员领取养老待遇).
const FOUND: [&str; 4] = ["审计发现", "检查发现", "核查发现", "发现"];

/// True for a label that opens with a finding and holds a count of its own
/// (发现17名不符合条件人员领取养老待遇): it says what was found, never the sum counted.
fn finding(label: &str) -> bool {
    FOUND.iter().any(|w| label.starts_with(w)) && label.contains(|c: char| c.is_ascii_digit())
}

/// Words of a deed not done (未及时缴库, 未按规定使用): a sum named by what was not done
/// to it (非税收入未及时缴库3.2亿元) leaves what it counts unsaid.
const NOT_DONE: [&str; 5] = ["未及时", "未按规定", "未按时", "未按期", "尚未"];

/// True for a label that holds a deed not done after what it names.
fn undone(label: &str) -> bool {
    NOT_DONE
        .iter()
        .any(|w| label.find(w).is_some_and(|at| at > 0))
}

/// True for a label that says what was found or not done, never what its number counts
/// ([`finding`], [`undone`]). Every figure of the draft is held to it, whichever reader
/// of the sentence named it (a 分别 list's items as much as a clause's label).
pub fn unsaid(label: &str) -> bool {
    finding(label) || undone(label)
}

/// Labels that name only the year a number is of (改造老旧小区120个（上年为136个）):
/// a value of last year beside a target is no target and counts nothing it names.
const PAST: [&str; 4] = ["上年", "去年", "上年同期", "去年同期"];

/// True when `label` names no subject: a verb of aiming ([`verb_only`]) or last year
/// alone ([`PAST`]).
pub fn names_nothing(label: &str) -> bool {
    verb_only(label) || PAST.contains(&label)
}

/// True for a label that names nothing but its bridges (beside [`names_nothing`], which
/// leaves a number unread): empty, or only words that stand between a
/// figure and its change (同口径, 按可比价格计算，比上年), which the clause of an amount
/// left for the desk leaves behind (一般公共预算收入3 210亿元，同口径增长3.2%).
pub fn bridges_only(label: &str) -> bool {
    let mut rest = label.trim_matches(|c: char| c.is_whitespace() || "，,、".contains(c));
    while let Some(r) = super::changes::BRIDGES
        .iter()
        .find_map(|b| rest.strip_prefix(b))
    {
        rest = r.trim_start_matches(|c: char| c.is_whitespace() || "，,、".contains(c));
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_year_alone_names_no_subject_and_a_subject_before_it_does() {
        let cases = [
            ("上年", true),
            ("去年同期", true),
            ("锚定", true),
            ("上年改造老旧小区", false),
            ("改造老旧小区", false),
        ];
        for (label, want) in cases {
            assert_eq!(names_nothing(label), want, "{label}");
        }
    }

    #[test]
    fn a_goals_words_and_its_year_alone_name_no_subject() {
        let cases = [
            ("力争", true),
            ("今年预期", true),
            ("2026年力争", true),
            ("今年目标为", true),
            ("今年的目标是", true),
            ("2026年预期新增", true),
            ("新增", false),
            ("地区生产总值力争", false),
            ("目标任务", false),
            ("计划投资", false),
        ];
        for (label, want) in cases {
            assert_eq!(goal_only(label), want, "{label}");
        }
    }

    #[test]
    fn a_verb_of_aiming_alone_names_no_subject_and_a_subject_before_it_does() {
        let cases = [
            ("锚定", true),
            ("瞄准", true),
            ("我们要跑出", true),
            ("今年，我们要全力冲刺", true),
            ("地区生产总值锚定", false),
            ("全市地区生产总值", false),
            ("力争", false),
            ("研发投入强度达到", false),
            ("", false),
        ];
        for (label, want) in cases {
            assert_eq!(verb_only(label), want, "{label}");
        }
    }
}
