//! Rule 0 of the draft's charts: the targets and limits of a section get a chart of their
//! own (`targets`, 预期目标), never a chart of results; each stands beside last year's
//! result of the same indicator where the text gives one.

use super::{message, Proposer};
use crate::check::raw::Text;
use crate::check::validate::periods::yearly;
use crate::draft::glossary::names_level;
use crate::draft::Drafted;
use crate::shared::charts::bars::common_ending;
use crate::shared::charts::targets;
use crate::shared::format::basis;
use crate::shared::messages as msg;
use crate::shared::model::{ChangeKind, Lang, Status};

/// The fewest goals of one paragraph that make a targets chart: a work plan names a goal
/// or two a paragraph (新建学校3所), its list of main targets names several.
const MIN_ROWS: usize = 3;

/// Words a clause opens with that make its result last year's (去年实际增长6.2%).
const LAST_YEAR: [&str; 2] = ["去年", "上年"];

/// Words of a growth's clause that give it a basis of its own (同口径增长2.5%): never the
/// headline growth a target of the indicator stands beside.
const BASIS: &str = "口径";

/// Verbs of what a count of things counts, by measure: new ones (新增, 新建, 建成) and
/// old ones made over (改建, 改造). A target of one measure never stands beside last
/// year's result of another, whatever their labels.
const MEASURES: [&[&str]; 2] = [
    &["新增", "新建", "建成", "增加"],
    &["改建", "改造", "改扩建", "翻新"],
];

/// The longest label that is a bare noun ([`Proposer::of_one_phrase`]): 学校, 医院,
/// 营造林.
const BARE_LABEL: usize = 3;

/// Words a goal's clause adds to last year's wording of the same indicator (新建学校12所
/// 以上 beside 新建学校10所): never a phrase of their own.
const GOAL_WORDS: [&str; 8] = [
    "力争",
    "以上",
    "左右",
    "不少于",
    "超过",
    "确保",
    "预期",
    "目标",
];

/// The most rows of one targets chart whose targets stand beside last year's results
/// (two figures a row: `check` allows 16 figures).
const MAX_ROWS: usize = 8;

/// The most rows of one targets chart of targets alone: one list of a paragraph (十大为民
/// 办实事 of twelve lines) stays one chart, not 8 lines under its title and 4 under
/// another's (tester s-test23 #17).
const MAX_LONE_ROWS: usize = 16;

/// The most characters a label may have before the whole of the other and still name
/// one indicator: a word (力争, 全省, 地方, 全体) and no more. 新增规模以上工业企业 is
/// not 企业: a bare noun at the end of a target's label is another sentence's count.
const MAX_HEAD: usize = 2;

/// True when `result` is last year's figure of the indicator `target` sets: the same
/// label (the one ends with the whole of the other after a word of at most [`MAX_HEAD`]
/// characters: 力争地区生产总值 sets 地区生产总值), and the same measure (a growth rate
/// beside a growth rate, a value in the same unit beside a value, a yearly flow beside a
/// yearly flow: 新增公园10座 never beside 累计达到310座).
fn same_indicator(
    result: &crate::shared::model::Figure,
    target: &crate::shared::model::Figure,
) -> bool {
    let rate = |f: &crate::shared::model::Figure| {
        f.change
            .as_ref()
            .filter(|c| matches!(c.kind, ChangeKind::Growth | ChangeKind::Decline))
            .map(|c| c.unit.clone())
    };
    // Last year's result of one year beside a target of one year: never an average a
    // year (年均增长4.8% over five years) or a figure of a span, and never beside a
    // target of a five-year plan (“十五五”时期) or one that is itself 年均.
    let one_year = |p: Option<&crate::shared::model::Text>| {
        p.is_none_or(|p| {
            p.zh.strip_suffix('年')
                .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    if result.period.is_some()
        || !one_year(target.period.as_ref())
        || yearly(result)
        || yearly(target)
        || result.cumulative != target.cumulative
        || result.yearly != target.yearly
        // 比2002年增长65.5%: five years' growth, never 上年 beside a goal of one year.
        || (result.change.as_ref()).is_some_and(|c| basis::since(c).is_some())
    {
        return false;
    }
    let (a, b) = (&result.label.zh, &target.label.zh);
    let shorter = a.chars().count().min(b.chars().count());
    // 县级一般公共预算收入 (the counties' part) is not last year's 一般公共预算收入.
    let longer = if a.len() > b.len() { a } else { b };
    let head: String = longer
        .chars()
        .take(longer.chars().count() - shorter)
        .collect();
    // 城镇居民人均可支配收入 (the towns' residents) is not 居民人均可支配收入 (all).
    let part = RESIDENTS.iter().any(|w| head.ends_with(w))
        && [a, b]
            .iter()
            .any(|l| l.chars().count() == shorter && l.starts_with("居民"));
    // 2025年一般公共预算收入: a year printed into a label is no word of what it counts.
    let words = head.trim_start_matches(|c: char| c.is_ascii_digit());
    let words = match words.len() < head.len() {
        true => words.strip_prefix('年').unwrap_or(words),
        false => words,
    };
    let same = shorter >= 2
        && words.chars().count() <= MAX_HEAD
        && common_ending(a, b) >= shorter
        && !names_level(&head)
        && !part
        || reordered(a, b)
        || scoped(a, b);
    if result.status != Status::Result || !same {
        return false;
    }
    match (target.value, rate(target)) {
        (None, Some(unit)) => rate(result) == Some(unit),
        (Some(_), _) => result.value.is_some() && result.unit.zh == target.unit.zh,
        (None, None) => false,
    }
}

/// True when `a` and `b` are the same two-character words in another order (新增城镇就业,
/// 城镇新增就业): one indicator as two texts word it. Words are not found, only pairs of
/// characters compared, so that no two indicators of other words are ever paired.
fn reordered(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        let chars: Vec<char> = s.chars().collect();
        let mut w: Vec<[char; 2]> = chars.chunks(2).filter_map(|c| c.try_into().ok()).collect();
        w.sort_unstable();
        (chars.len().is_multiple_of(2) && chars.len() >= 4).then_some(w)
    };
    a != b && words(a).is_some_and(|w| Some(w) == words(b))
}

/// Words of where a thing is that a text prints inside one label and leaves out of the
/// other (改造城镇老旧小区136个 last year, 改造老旧小区120个 this year).
const SCOPES: [&str; 2] = ["城镇", "城市"];

/// Words before 居民 that make a part of the residents (城镇居民, 农村居民): never the
/// same indicator as the residents' whole (居民人均可支配收入).
const RESIDENTS: [&str; 4] = ["城镇", "城市", "农村", "乡村"];

/// True when one of `a` and `b` is the other with a word of [`SCOPES`] inside it, after
/// its verb and before what it counts (改造城镇老旧小区, 改造老旧小区): one indicator
/// worded twice. Never at the start: 城镇居民人均可支配收入 is not 居民人均可支配收入.
fn scoped(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    SCOPES.iter().any(|w| {
        long.match_indices(w).any(|(i, _)| {
            let (head, tail) = (&long[..i], &long[i + w.len()..]);
            head.chars().count() >= 2
                && tail.chars().count() >= 2
                && short.strip_prefix(head) == Some(tail)
        })
    })
}

/// True for a line of a budget: a sum of money received or spent (一般公共预算收入,
/// 政府性基金预算支出).
fn budget_line(f: &crate::shared::model::Figure) -> bool {
    let l = &f.label.zh;
    (l.ends_with("收入") || l.ends_with("支出")) && f.unit.zh.ends_with('元')
}

/// Words of a budget's arrangement (今年赤字率拟按4%左右安排, 拟发行超长期特别国债, 拟安排
/// 地方政府专项债券): what the government plans to spend or borrow, not a target to reach.
const ARRANGED: [&str; 3] = ["拟按", "拟安排", "拟发行"];

/// True when the clause of `f` arranges a budget ([`ARRANGED`]).
fn arranged(f: &crate::shared::model::Figure) -> bool {
    ARRANGED.iter().any(|w| f.source.contains(w))
}

/// The title of a targets chart led by goal `d` (of a work plan's goals only, `plan`:
/// 2026年安排：…): what the goals are, then the goal as
/// printed, its qualifier kept (2026年目标：新增高新技术企业500家以上, “十五五”时期目标：
/// 地区生产总值年均增长5%左右), never a label run into its year (新增高新技术企业2026年
/// 目标500家以上), nor one year for an average over years.
fn title(d: &Drafted, plan: bool) -> String {
    let f = &d.figure;
    let period = f.period.as_ref().map(|p| p.zh.as_str());
    let mut goal = d.clone();
    goal.figure.status = Status::Result;
    goal.figure.period = None;
    // “十五五”时期地区生产总值: the period opens the title, never twice.
    let label = &mut goal.figure.label.zh;
    if let Some(rest) = period.and_then(|p| label.strip_prefix(p)) {
        *label = rest.to_string();
    }
    // 年均 is over years: a goal of 年均增长 never says it is one year's.
    let one_year = |p: &str| {
        p.strip_suffix('年')
            .is_some_and(|y| y.parse::<u16>().is_ok())
    };
    let period = period.filter(|p| !(label.contains(p) || yearly(f) && one_year(p)));
    let word = match plan && f.status == Status::Target {
        true => msg::draft::DRAFT_PLAN_WORD,
        false => msg::draft::status_word(f.status, Lang::Zh),
    };
    msg::draft::draft_targets_title(period, word, &message(&goal))
}

impl Proposer<'_> {
    /// True when figure `j` is last year's result of the indicator target `t` sets, as
    /// the text prints it ([`same_indicator`]): a result of the report's year where the
    /// target's year is the next (2025 beside 2026年; a result of a report of no known
    /// year beside a target of a year is of no known year), and no clause after a goal
    /// of its own sentence (报告提出，今年…预期增长6%左右，一般公共预算收入增长5%: the
    /// goal's, never last year's result). A result of a period of its own (截至2026年5月
    /// 底, 上半年) is no year's: a chart never calls it 上年.
    fn last_years(&self, j: usize, t: usize) -> bool {
        let all = self.all;
        let (result, target) = (&all[j].figure, &all[t].figure);
        let target_year = target
            .period
            .as_ref()
            .and_then(|p| p.zh.strip_suffix('年')?.parse::<i64>().ok());
        let of_year = target_year.is_none_or(|y| self.year > 0 && self.year == y - 1);
        let after_goal = all[..j]
            .iter()
            .any(|d| d.figure.source == result.source && d.figure.status != Status::Result)
            && !self.says_last_year(j);
        same_indicator(result, target)
            && of_year
            && !after_goal
            && result.period.is_none()
            && self.of_basis(j) == self.of_basis(t)
            && self.of_one_measure(j, t)
            && self.of_one_phrase(j, t)
    }

    /// False when the labels of figures `j` and `t` are a bare noun (学校, 营造林: at most
    /// [`BARE_LABEL`] characters) and their clauses say two things of it: 10所学校、12个
    /// 专业群入选国家双高计划 is no last year's 整体提升100所学校周边环境. A bare noun
    /// names no indicator; only the same words around both numbers do. Unsure: unpaired.
    fn of_one_phrase(&self, j: usize, t: usize) -> bool {
        let (a, b) = (&self.all[j].figure, &self.all[t].figure);
        let bare = |f: &crate::shared::model::Figure| f.label.zh.chars().count() <= BARE_LABEL;
        if !bare(a) && !bare(b) {
            return true;
        }
        let phrase = |k: usize| -> String {
            let d = &self.all[k];
            let s = d.figure.source.as_str();
            let at = d.found.value_end().min(s.len());
            let cut = ['，', '；', '、', '。', ',', ';'];
            let from = s
                .get(..at)
                .and_then(|h| h.rfind(cut))
                .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
            let to = s
                .get(at..)
                .and_then(|t| t.find(cut))
                .map_or(s.len(), |i| at + i);
            let clause = s.get(from..to).unwrap_or_default();
            let mut words: String = clause
                .chars()
                .filter(|c| !c.is_ascii_digit() && *c != '.')
                .collect();
            for w in GOAL_WORDS {
                words = words.replace(w, "");
            }
            words
        };
        phrase(j) == phrase(t)
    }

    /// False when figures `j` and `t` count by verbs of two measures ([`MEASURES`]):
    /// 改建2000张认知障碍照护床位 is no more of last year's 新增…床位3326张, whatever
    /// their labels. A figure whose clause prints no such verb is of any measure.
    fn of_one_measure(&self, j: usize, t: usize) -> bool {
        let measures = |k: usize| -> Vec<usize> {
            let d = &self.all[k];
            let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
            let clause = before
                .rsplit(['，', '；', ',', ';'])
                .next()
                .unwrap_or(before);
            (0..MEASURES.len())
                .filter(|&m| MEASURES[m].iter().any(|w| clause.contains(w)))
                .collect()
        };
        let (a, b) = (measures(j), measures(t));
        a.is_empty() || b.is_empty() || a.iter().any(|m| b.contains(m))
    }

    /// True when the clause of figure `j` gives its growth a basis of its own
    /// ([`BASIS`]): 增长1.7%（同口径增长2.5%以上） prints two growths of one indicator.
    fn of_basis(&self, j: usize) -> bool {
        let d = &self.all[j];
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let clause = before
            .rsplit(['，', '；', '、', '（', '(', ',', ';'])
            .next()
            .unwrap_or(before);
        clause.contains(BASIS)
    }

    /// True when the clause of figure `j` opens with [`LAST_YEAR`] (今年…预期增长6%，去年
    /// 实际增长6.2%): the text says the result is last year's, after the goal or not.
    fn says_last_year(&self, j: usize) -> bool {
        let d = &self.all[j];
        let before = d.figure.source.get(..d.found.end()).unwrap_or_default();
        let clause = before
            .rsplit(['，', '；', ',', ';'])
            .next()
            .unwrap_or(before);
        LAST_YEAR.iter().any(|w| clause.starts_with(w))
    }

    /// Last year's result of target `k`'s indicator ([`Proposer::last_years`]): the nearest
    /// before it, or one its own sentence prints after it (今年…预期增长6%，去年实际增长
    /// 6.2%).
    fn result_of(&self, k: usize) -> Option<usize> {
        let all = self.all;
        let after = (k + 1..all.len())
            .take_while(|&j| all[j].figure.source == all[k].figure.source)
            .find(|&j| self.last_years(j, k));
        (0..k).rev().find(|&j| self.last_years(j, k)).or(after)
    }

    /// The targets and limits among `goals` (indices into the report's figures), in
    /// charts of at most [`MAX_ROWS`] rows ([`MAX_LONE_ROWS`] where none has a result).
    pub(super) fn targets(&mut self, section: &str, goals: &[usize]) {
        let all = self.all;
        // One paragraph's goals of one period a chart (今年主要预期目标是：…): goals of
        // ten topics under the title of the first say what the text does not. Goals
        // fewer than [`MIN_ROWS`] in their paragraph stay in the text, live numbers,
        // unless one stands beside last year's result of its indicator, or they are the
        // two goals of their section.
        let key = |k: usize| {
            (
                all[k].paragraph,
                all[k].figure.period.as_ref().map(|p| &p.zh),
            )
        };
        let mut keys = Vec::new();
        for &k in goals {
            if !keys.contains(&key(k)) {
                keys.push(key(k));
            }
        }
        for wanted in keys {
            let group: Vec<usize> = goals
                .iter()
                .copied()
                .filter(|&k| key(k) == wanted)
                .collect();
            let paired = group.iter().any(|&t| self.result_of(t).is_some());
            // A short text's targets: two goals that are all of their section's (今年
            // 地区生产总值增长6%左右，固定资产投资增长4%以上) are its plan, a chart of
            // their own, not two goals among a work plan's many.
            let whole = group.len() == 2 && goals.len() == 2;
            if group.len() >= MIN_ROWS || paired || whole {
                self.targets_of(section, &group);
            }
        }
    }

    /// The charts of one paragraph's goals of one period.
    fn targets_of(&mut self, section: &str, goals: &[usize]) {
        let all = self.all;
        let goals = &sums_alone(all, goals);
        let paired = goals.iter().any(|&k| self.result_of(k).is_some());
        let most = if paired { MAX_ROWS } else { MAX_LONE_ROWS };
        for rows in goals.chunks(most) {
            let mut figures = Vec::new();
            for &k in rows {
                // The nearest result before it of the same indicator, once.
                let result = self.result_of(k).filter(|j| !figures.contains(j));
                figures.extend(result);
                figures.push(k);
            }
            let lead = rows[0];
            let period = rows
                .iter()
                .find_map(|&k| all[k].figure.period.as_ref())
                .map(|p| p.zh.clone());
            // 实施重大产业项目120个 of a work plan: the plan's, not the year's main targets.
            // 赤字率拟按4%左右安排，赤字规模5.66万亿元: one paragraph's budget arrangements,
            // said 安排 as the text says them, never 目标.
            let arranges = rows.iter().any(|&k| arranged(&all[k].figure));
            let plan = rows.iter().all(|&k| all[k].plan) || arranges;
            // 一般公共预算收入预算安排43.9亿元: a budget's lines, no work plan's goals.
            let budget = rows.iter().all(|&k| budget_line(&all[k].figure)) || arranges;
            let subtitle = match (plan, budget) {
                (true, true) => msg::draft::draft_budget_subtitle(period.as_deref()),
                (true, false) => msg::draft::draft_plans_subtitle(period.as_deref()),
                (false, _) => msg::draft::draft_targets_subtitle(period.as_deref()),
            };
            let subtitle = Text::zh(subtitle);
            self.add_with(
                targets::KIND,
                section,
                &figures,
                lead,
                (title(&all[lead], plan), subtitle),
            );
            // Its rows say 计划 as its title says 安排: a plan is not a target.
            if let Some(c) = self.charts.last_mut().filter(|_| plan) {
                c.plan = true;
            }
        }
    }
}

/// `goals` without what a sum of a plan's list of funds buys, in another unit, in the
/// sum's own sentence (筹措8.26亿元实施安居惠民工程，帮助8万户以上群众实现安居梦): a row
/// of households among rows of 亿元 reads as one more fund (tester s-test23 #17). It stays
/// a figure, a live number of the text. Goals most of which are no sums keep every row.
fn sums_alone(all: &[Drafted], goals: &[usize]) -> Vec<usize> {
    let money = |k: usize| all[k].figure.unit.zh.ends_with('元');
    let sums = goals.iter().filter(|&&k| money(k)).count();
    if sums * 2 <= goals.len() {
        return goals.to_vec();
    }
    let bought = |k: usize| {
        !money(k)
            && goals
                .iter()
                .any(|&j| money(j) && all[j].figure.source == all[k].figure.source)
    };
    goals.iter().copied().filter(|&k| !bought(k)).collect()
}
