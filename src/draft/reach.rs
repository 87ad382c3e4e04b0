//! How far the words that announce goals reach, and where a sentence says it is back in
//! the year under review: 提出今年目标：地区生产总值增长5%左右 is a target wherever it
//! stands (a headline, a review); a paragraph of goals ends at its end unless the next
//! paragraph goes on with goal words; 去年全省民生支出达到5880亿元 is a result in a
//! paragraph of goals, and so is a reporter's own line (记者了解到…).

use super::years::years;

/// Words before a colon that announce what follows it as goals (提出今年目标：…,
/// 主要预期目标是：…).
const LEADS: [&str; 6] = [
    "今年目标",
    "明年目标",
    "目标是",
    "目标为",
    "预期目标",
    "主要目标",
];

/// Words that make goal words a review of them: 完成预期目标 is what was achieved.
const MET: [&str; 5] = ["完成", "实现", "超额", "达成", "好于"];

/// The goals a colon before the figure announces, where it does: `before` is the
/// figure's sentence up to its first number. Some with the year the lead names
/// (2026年…主要预期目标是：), if it names one.
pub fn announced(before: &str) -> Option<Option<String>> {
    let colon = before.rfind(['：', ':'])?;
    // The whole sentence before the colon: 报告提出，2026年全省…主要预期目标是：.
    let lead = before.get(..colon)?;
    let says = LEADS.iter().any(|w| lead.contains(w)) && !MET.iter().any(|w| lead.contains(w));
    says.then(|| years(lead).last().map(|y| format!("{y}年")))
}

/// Words that open a sentence about the coming year (报告提出，今年…; 明年…).
const AHEAD: [&str; 3] = ["报告提出", "今年", "明年"];

/// Goal words that, in a sentence's opening, make goals of all its clauses (今年全市…
/// 预期增长6%左右, 今年全市将安排…).
const LEAD_GOALS: [&str; 5] = ["预期", "目标", "力争", "将", "计划"];

/// Words of a clause that speak of what was done, not of a goal (完成了, 实现了).
const DONE: [&str; 6] = ["完成了", "已完成", "实现了", "超额", "过去", "今年以来"];

/// Words in which 了 is no mark of a thing done: 为了, 除了 (purpose, exception), 了解,
/// 了结 (a verb of its own), 不了 (cannot), 罢了.
const NOT_DONE: [&str; 6] = ["为了", "除了", "了解", "了结", "不了", "罢了"];

/// Verbs by which a plan sets what is to be done: in the perfect (《纲要》安排了18个领域的
/// 重点任务) they say what the plan holds, never what the year did.
const PLAN_VERBS: [&str; 8] = [
    "安排", "提出", "部署", "明确", "确定", "设定", "设置", "规划",
];

/// True when `words` (a clause up to its number) puts its verb in the perfect (取消了原先,
/// 又增加了): what the clause counts is done already, a result even in a paragraph of
/// goals. A goal's own words are read before this ([`goal_led`], the clause's goal
/// words), so 力争 or 要 still make a target.
pub fn perfect(words: &str) -> bool {
    words.match_indices('了').any(|(i, _)| {
        let (verb, after) = (&words[..i], &words[i..]);
        !verb.is_empty()
            && !PLAN_VERBS.iter().any(|v| verb.ends_with(v))
            && !NOT_DONE.iter().any(|w| {
                let head = &w[..w.len() - '了'.len_utf8()];
                w.starts_with('了') && after.starts_with(w)
                    || !head.is_empty() && verb.ends_with(head)
            })
    })
}

/// What a plan met names after 完成 (完成年度计划的112%, 完成预期目标): 完成 alone is a
/// plan's verb as well (全年实施重点项目420个，完成投资1350亿元以上).
const MET_PLAN: [&str; 3] = ["计划", "目标", "任务"];

/// True when `s` says a plan was met: 完成 before what was planned (完成年度计划的112%).
fn plan_met(s: &str) -> bool {
    s.find("完成")
        .is_some_and(|i| MET_PLAN.iter().any(|w| s[i..].contains(w)))
}

/// Characters that make 要 part of a word, not the verb of what is to be done: before it
/// (主要, 重要, 需要, 只要, 必要, 提要, 纲要, 概要, 摘要, 首要, 紧要, 纪要) and after it
/// (要求, 要素, 要点, 要闻, 要害, 要件, 要务).
const NOT_WILL: (&str, &str) = ("主重需只必提纲概摘首紧纪", "求素点闻害件务");

/// True when `open` holds 要 as the verb of what is to be done (今年，我们要跑出…, 全市
/// 要完成…), not inside a word (主要, 要求).
fn will(open: &str) -> bool {
    open.match_indices('要').any(|(i, _)| {
        let before = open[..i].chars().next_back();
        let after = open[i + '要'.len_utf8()..].chars().next();
        !before.is_some_and(|c| NOT_WILL.0.contains(c))
            && !after.is_some_and(|c| NOT_WILL.1.contains(c))
    })
}

/// The opening of `sentence`: its words before the first number that is not a year
/// (报告提出，2026年全市地区生产总值预期增长).
pub(super) fn opening(sentence: &str) -> &str {
    let mut at = 0;
    while let Some(i) = sentence[at..].find(|c: char| c.is_ascii_digit()) {
        let i = at + i;
        let run = sentence[i..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(sentence.len(), |n| i + n);
        if run - i == 4 && sentence[run..].starts_with('年') {
            at = run;
        } else {
            return &sentence[..i];
        }
    }
    sentence
}

/// Where a goal cue opens `sentence` (报告提出，今年全市地区生产总值预期增长6%左右，一般
/// 公共预算收入增长5%…; 据介绍，今年全市将安排…), every later clause is a goal of the
/// same year: Some with the year the opening names (2026年), if it names one. `clause` is
/// the figure's own clause up to its number: one that looks back itself (去年…, 上年…,
/// 完成…, an earlier year) stays a result.
pub fn goal_led(sentence: &str, clause: &str) -> Option<Option<i64>> {
    let open = opening(sentence);
    // A year a change starts from (从2020年的75.2岁提升至…) is no year of goals.
    let named = years(open).into_iter().rfind(|y| {
        let printed = format!("{y}年");
        open.match_indices(&printed).any(|(i, _)| {
            !open[..i].ends_with(['从', '由', '比', '较'])
                && !open[i + printed.len()..].starts_with('的')
        })
    });
    let ahead = AHEAD.iter().any(|w| open.contains(w)) || named.is_some();
    // 报告提出今年重点抓好五方面工作：: what a report puts forward for this year is its plan.
    let proposed = open.contains("提出") && ["今年", "明年"].iter().any(|w| open.contains(w));
    let goals = LEAD_GOALS.iter().any(|w| open.contains(w)) || will(open) || proposed;
    // 完成 alone is a plan's verb too: only what it says was met looks back.
    let done = |s: &str| {
        DONE.iter().any(|w| s.contains(w))
            || plan_met(s)
            || MET
                .iter()
                .any(|w| s.contains(w) && !matches!(*w, "实现" | "完成"))
            || BACK.iter().any(|w| s.starts_with(w))
    };
    let earlier = years(clause).iter().any(|y| named.is_none_or(|n| *y < n));
    (ahead && goals && !done(open) && !done(clause) && !earlier).then_some(named)
}

/// The clauses of `s` (split at ，：,:).
fn clauses(s: &str) -> impl Iterator<Item = &str> {
    s.split(['，', '：', ',', ':'])
}

/// Words a clause opens with when it speaks of the year under review, not the plan.
const BACK: [&str; 4] = ["去年", "上年", "过去一年", "一年来"];

/// True when the sentence up to a figure (`before`) says it is of the year under review
/// (去年全省民生支出…; 2025年… where `review` is 2025), or is a reporter's own line
/// (记者了解到…), which is no plan: in a paragraph of goals, such a figure is a result.
pub fn looks_back(before: &str, review: Option<i64>) -> bool {
    let year = review.map(|y| format!("{y}年"));
    before.starts_with("记者")
        || clauses(before).any(|c| {
            // 其中去年超收…: a part of the sum before it, of the year under review.
            let c = c.strip_prefix("其中").unwrap_or(c);
            BACK.iter().any(|w| c.starts_with(w))
                || year.as_deref().is_some_and(|y| c.starts_with(y))
        })
}

/// True when clause `c` opens with a span of years (从2003年到2006年, 2021年至2025年)
/// that ends by the year under review `review`: what it says was done in those years.
pub fn span_ended(c: &str, review: Option<i64>) -> bool {
    let Some(review) = review else {
        return false;
    };
    let c = c.strip_prefix('从').unwrap_or(c);
    let Some((first, rest)) = c.split_once('年') else {
        return false;
    };
    let Some(rest) = ["到", "至", "—", "－", "-"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
    else {
        return false;
    };
    let Some((last, _)) = rest.split_once('年') else {
        return false;
    };
    match (first.parse::<i64>(), last.parse::<i64>()) {
        (Ok(a), Ok(b)) => (1900..=b).contains(&a) && b <= review,
        _ => false,
    }
}

/// True when `after` (a figure's sentence after it) names the figure as a goal, alone or
/// closing a list of them (…降低20%左右、…减少10%等目标; 没有实现年初确定的…减少2%的目标;
/// 提出今年…增长8%左右的目标): the text speaks of the goal, whether set or missed, never
/// of a result.
pub fn named_as_goal(after: &str) -> bool {
    let clause = after
        .split(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(after);
    ["的目标", "等目标", "的预期目标", "等预期目标"]
        .iter()
        .any(|w| clause.ends_with(w))
}

/// Words a goal's clause opens with that name the coming year or the work ahead (今年
/// 力争…, 明年力争…, 下一步力争…).
const YEAR_AHEAD: [&str; 3] = ["今年", "明年", "下一步"];

/// True when the clause of the goal word at byte `goal` of `sentence` opens with a year of
/// its own (今年, 明年, or a year later than every year `upto` prints) that `upto`, the
/// sentence up to a figure before it, does not name: 2025年，全区…增长5.1%，今年力争增长
/// 5.5%左右; 2025年全县…增长6.8%，2026年力争增长7%. The figure before is then of another
/// year than the goal's.
pub fn goal_opens_ahead(sentence: &str, goal: usize, upto: &str) -> bool {
    let Some(before) = sentence.get(..goal) else {
        return false;
    };
    let clause = before
        .rfind(['，', '；', ',', ';'])
        .map_or("", |i| &before[i..])
        .trim_start_matches(['，', '；', ',', ';']);
    let word = YEAR_AHEAD
        .iter()
        .any(|w| clause.starts_with(w) && !upto.contains(w));
    let later = match (years(clause).first(), years(upto).iter().max()) {
        (Some(y), Some(last)) => clause.starts_with(&format!("{y}年")) && y > last,
        _ => false,
    };
    word || later
}

/// Words by which a paragraph goes on with the goals of the one before it.
const GOING_ON: [&str; 17] = [
    "力争",
    "确保",
    "努力",
    "预期",
    "目标",
    "计划",
    "预计",
    "争取",
    "将",
    "今年",
    "明年",
    "报告提出",
    "控制在",
    "保持在",
    "稳定在",
    "提高到",
    "再压减",
];

/// True when `paragraph` goes on with goals: a targets paragraph's reach ends at its own
/// end otherwise (a summary's later paragraph of last year's figures is no plan).
pub fn goes_on(paragraph: &str) -> bool {
    GOING_ON.iter().any(|w| paragraph.contains(w))
}

/// The year the goals of `period` (2026年) follow, the review's: 2025.
pub fn review_of(period: Option<&str>) -> Option<i64> {
    let p = period?.strip_suffix('年')?;
    (p.len() == 4)
        .then(|| p.parse::<i64>().ok())
        .flatten()
        .map(|y| y - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_after_goal_words_announces_goals_with_the_year_it_names() {
        let cases = [
            ("某省政府工作报告提出今年目标：地区生产总值增长", Some(None)),
            (
                "报告提出，2026年全省的主要预期目标是：地区生产总值增长",
                Some(Some("2026年".to_string())),
            ),
            ("全面完成主要预期目标：地区生产总值增长", None),
            ("报告显示：地区生产总值增长", None),
            ("地区生产总值增长", None),
        ];
        for (before, want) in cases {
            assert_eq!(announced(before), want, "{before}");
        }
    }

    #[test]
    fn a_goal_cue_opening_a_sentence_makes_goals_of_its_later_clauses() {
        // (sentence, the figure's clause up to its number, goal with the year named)
        let goals = "报告提出，今年全市地区生产总值预期增长6%左右，财政收入增长5%";
        let named = "报告提出，2026年全市地区生产总值预期增长6%左右，财政收入增长5%";
        let plan = "据介绍，今年全市将安排重点项目300个，其中产业项目占比不低于60%";
        let cases = [
            (goals, "财政收入增长", Some(None)),
            (goals, "去年财政收入增长", None),
            (goals, "财政收入比上年增长", Some(None)),
            (named, "财政收入增长", Some(Some(2026))),
            (named, "2025年财政收入增长", None),
            (plan, "其中产业项目占比不低于", Some(None)),
            (
                "今年以来，全市将军乡产值增长8%，税收增长5%",
                "税收增长",
                None,
            ),
            (
                "报告显示，2025年全市地区生产总值增长5.8%，财政收入增长5%",
                "财政收入增长",
                None,
            ),
            ("全市完成预期目标，财政收入增长5%", "财政收入增长", None),
            // 要 as the verb of what is to be done, not inside 主要; 完成 of a plan.
            (
                "今年，我们要跑出7%的增速，新开工项目300个",
                "新开工项目",
                Some(None),
            ),
            (
                "今年全市主要指标增长5%，财政收入增长4%",
                "财政收入增长",
                None,
            ),
            ("今年会议纪要显示，财政收入增长4%", "财政收入增长", None),
            (
                "今年全市将新开工项目300个，完成投资900亿元",
                "完成投资",
                Some(None),
            ),
            (
                "今年全市将新开工项目300个，完成年度计划的90%",
                "完成年度计划的",
                None,
            ),
            (
                "报告提出今年抓好三方面工作：一是扩大投资，全年实施重点项目420个",
                "全年实施重点项目",
                Some(None),
            ),
            (
                "以延长寿命为目标，人均预期寿命从2020年的75.1岁提高到76.5岁",
                "人均预期寿命从2020年的",
                None,
            ),
        ];
        for (sentence, clause, want) in cases {
            assert_eq!(goal_led(sentence, clause), want, "{sentence} / {clause}");
        }
    }

    #[test]
    fn last_year_or_a_reporter_takes_a_sentence_back_to_the_review() {
        let cases = [
            ("去年全省民生支出达到", None, true),
            ("在财政方面，去年全省民生支出达到", None, true),
            ("2025年全省民生支出达到", Some(2025), true),
            ("记者了解到，本次会议会期", None, true),
            ("地区生产总值比上年增长", None, false),
            ("2026年全省地区生产总值增长", Some(2025), false),
        ];
        for (before, review, want) in cases {
            assert_eq!(looks_back(before, review), want, "{before}");
        }
    }
}
