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
            BACK.iter().any(|w| c.starts_with(w))
                || year.as_deref().is_some_and(|y| c.starts_with(y))
        })
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
