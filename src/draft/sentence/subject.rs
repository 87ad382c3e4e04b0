//! Labels that name nothing (达到, 占比, 占全部投资的比重, 连续五年, 比一季度加快): the
//! figure is named after the one before it in its sentence where the text says it is
//! that one's (税收收入…，占比74.5%; 突破200亿元，达到203.7亿元), and left to the desk
//! where it does not.

use super::Reader;
use crate::draft::changes;
use crate::draft::label::totals;
use crate::shared::words::{names_no_subject, period_alone, run_of_years};

impl Reader<'_> {
    /// For a label that names only a goal or a time ahead (今年的目标是, 明年): Some(true)
    /// with `label` set to the figure's before it in the same unit, whose goal it is
    /// (外贸进出口总额126亿元，今年的目标是突破140亿元), Some(false) where there is none
    /// (the desk names it); `None` for any other label.
    fn goal_of_the_one_before(&self, label: &mut String, unit: &str) -> Option<bool> {
        let ahead = matches!(label.as_str(), "今年" | "明年" | "下一步");
        if !crate::draft::subjectless::goal_only(label) && !ahead {
            return None;
        }
        let before = self.out.figures.last().filter(|p| {
            p.unit == unit
                && !p.label.is_empty()
                && !names_no_subject(&p.label)
                && !PAST_WORDS.iter().any(|w| p.label.contains(w))
        });
        let Some(before) = before else {
            return Some(false);
        };
        label.clone_from(&before.label);
        Some(true)
    }

    /// The new ones (新设立) named after what the figure before counts; false with
    /// nothing counted before them.
    fn new_ones_of(&self, label: &mut String) -> bool {
        let prev = self.out.figures.last().map(|f| f.label.as_str());
        let Some(p) = prev.filter(|p| !p.is_empty() && !names_no_subject(p)) else {
            return false;
        };
        label.push_str(p);
        true
    }

    /// Names `label` of a figure after the figure before it where it is only a change
    /// or names nothing on its own; false when it still names nothing: the number is
    /// left to the desk.
    pub(super) fn name_subject(&self, label: &mut String, unit: &str) -> bool {
        // 审计发现17名…人员领取养老待遇, 非税收入未及时缴库: a finding or a deed undone
        // names what was found, not the sum counted; the desk names it.
        if crate::draft::subjectless::unsaid(label) {
            return false;
        }
        let prev = self.out.figures.last().map(|f| f.label.as_str());
        if let Some(named) = self.goal_of_the_one_before(label, unit) {
            return named;
        }
        if let Some(named) = self.named_by_sibling(label).or_else(|| self.sibling(label)) {
            *label = named;
            return true;
        }
        // 实施重点项目2800多个，完成投资2400多亿元: the projects' investment.
        if let Some(named) = prev.and_then(|p| totals::invested(p, label)) {
            *label = named;
            return true;
        }
        // 新增境内上市公司62家，总数186家; 市场经营主体增量提质，总量突破1000万户. Where
        // the sentence names nothing, the draft looks at the sentence before.
        if totals::bare_total(label) {
            let first = self.s.split(['，', '、', ',', '；']).next().unwrap_or("");
            let named = prev
                .and_then(|p| totals::total_of(p, label))
                .or_else(|| totals::subject_of(first).map(|s| format!("{s}{label}")));
            if let Some(n) = named {
                *label = n;
            }
            return true;
        }
        // 生产总值达到520亿元，连跨3个百亿元台阶: the marks were crossed by the figure
        // before; with none before, what crossed them is the desk's to say.
        if changes::MARKS.iter().any(|m| label.ends_with(m)) && passer(label).is_none() {
            let before = self.out.figures.last().and_then(|f| passer(&f.label));
            let Some(b) = before.filter(|b| !names_no_subject(b)) else {
                return false;
            };
            // 跨越2500亿元、3000亿元两个台阶: the count after the amounts counts them; each
            // is a mark of what passed it, named so.
            if counts_marks(label) {
                *label = b.to_string();
                return true;
            }
            label.insert_str(0, b);
        }
        if let Some(named) = self.of_the_one_before(label, unit) {
            return named;
        }
        // A difference in another unit than the figure before (人口265.4万人，其中城镇增加
        // 1.2万户) is a figure of its own, named after the figure it compares.
        let only_a_change = changes::word_before(label).is_some_and(|(_, l)| l == label.len());
        if only_a_change || changes::BRIDGES.iter().any(|b| label.starts_with(b)) {
            if let Some(prev) = self.out.figures.last() {
                label.insert_str(0, &prev.label);
            }
        }
        // 粮食总产量连续9年稳定在: the run of years is the figure's period, not its name.
        if let Some((at, _)) = run_of_years(label).filter(|(at, _)| *at > 0) {
            label.truncate(at);
        }
        // 人均生产总值10.5万元，约合1.46万美元: the same figure in another unit; so is
        // one in another currency with no name but its qualifier (增至7.8万元，超过1万
        // 美元).
        let converted = label.is_empty()
            && (self.out.figures.last()).is_some_and(|p| other_currency(&p.unit, unit));
        if matches!(label.as_str(), "约合" | "折合") || converted {
            let Some(prev) = self.out.figures.last() else {
                return false;
            };
            label.clone_from(&prev.label);
            return true;
        }
        // 经营主体达10.8万户，新设立2.1万户: the new ones are of what the sentence counts;
        // with nothing counted before them (新增12家), the desk says new ones of what.
        if NEW.contains(&label.as_str()) {
            return self.new_ones_of(label);
        }
        // 规模以上工业增加值增长8.6%，…，对经济增长的贡献率达到41.5%: the contribution is
        // the clause's subject's, the figure before it; with none, the desk says whose.
        // With no figure before, a sentence that opens with a sector (旅游业国际影响力大幅
        // 提升，对GDP综合贡献率达33.4%) names it; else the label stays as printed.
        if label.starts_with('对') && label.contains("贡献") {
            let prev = self.out.figures.last().map(|f| f.label.as_str());
            let whose = match prev.filter(|p| !p.is_empty() && !names_no_subject(p)) {
                Some(p) => Some(p.strip_suffix("增加值").unwrap_or(p)),
                None => sector_opening(self.s),
            };
            if let Some(w) = whose {
                label.insert_str(0, w);
            }
            return true;
        }
        if !names_no_subject(label) {
            return true;
        }
        let before = self.out.figures.last().map(|f| f.label.as_str());
        let before = before.filter(|b| !b.is_empty() && !names_no_subject(b));
        match before {
            // 工业投资增长8.7%，占全部投资的比重为31.5%: the share of 工业投资.
            Some(b) if label.starts_with('占') || label == "比重" => {
                label.insert_str(0, b);
                // 占一般公共预算支出的81%: the share a 占…的 prints is named as a share
                // (民生支出占一般公共预算支出比重), never as the whole it is of.
                let whole = label.len() > b.len() + '占'.len_utf8();
                if unit == "%" && whole && !label.ends_with("比重") && !label.ends_with('比') {
                    label.push_str("比重");
                }
            }
            // 移送问题线索9件，涉及金额3200万元: the sum the clues involve.
            Some(b) if label.starts_with("涉及") => label.insert_str(0, b),
            // 突破200亿元，达到203.7亿元: the figure that passed the mark.
            // 跨越3个百亿元台阶，达到420.5亿元: what crossed them, not the count of marks.
            Some(b) if reached(label) => match passer(b) {
                Some(p) => *label = p.to_string(),
                None => return false,
            },
            // 连续五年稳定在35万吨以上, 比一季度加快0.3个百分点: a floor over years, a
            // change on another period than the figure's: the desk decides.
            _ => return false,
        }
        true
    }
}

impl Reader<'_> {
    /// A label that says only how its value stands to the figure before it, named after
    /// that one: 2025年达到186.3亿元，是2020年的1.3倍 (a multiple of its value of an
    /// earlier year: 地区生产总值是2020年的); 今年…预期达到16亿元，去年实际完成15.2亿元 (its
    /// actual value: 一般公共预算收入). Some(true) once named, Some(false) with no figure
    /// before (the desk says of what); `None` for a label of another shape.
    fn of_the_one_before(&self, label: &mut String, unit: &str) -> Option<bool> {
        let of_year = label.strip_prefix(['是', '为']).is_some_and(period_alone);
        let multiple = unit.ends_with('倍') && of_year;
        if !multiple && label != "实际" {
            return None;
        }
        let prev = self.out.figures.last().map(|f| f.label.as_str());
        let Some(p) = prev.filter(|p| !p.is_empty() && !names_no_subject(p)) else {
            return Some(false);
        };
        *label = match multiple {
            true => format!("{p}{label}的"),
            false => p.to_string(),
        };
        Some(true)
    }

    /// The label a bare indicator word takes from the figure listed right before it, with
    /// only 、 between (营收增长5.9%、利润增长5.5%: the same companies' 利润); `None` where a
    /// comma parts them (固定资产投资下降3.3%，进出口下降5.4%: the place's 进出口).
    pub(super) fn sibling(&self, label: &str) -> Option<String> {
        let listed = self.s.get(self.cursor..)?.starts_with('、');
        let prev = self.out.figures.last().filter(|_| listed)?;
        totals::sibling(&prev.label, label)
    }
}

/// Words of a label that say it is of the year under review (外贸进出口总额去年): no name
/// for a goal of the year ahead.
const PAST_WORDS: [&str; 2] = ["去年", "上年"];

/// Verbs of setting up alone (新设立2.1万户): new ones of the thing counted before them.
const NEW: [&str; 5] = ["新设立", "新登记", "新注册", "新设", "新增"];

/// True for a label that is a verb of reaching a value alone (达到, 为).
fn reached(label: &str) -> bool {
    matches!(
        label,
        "达到" | "达" | "为" | "实现" | "完成" | "突破" | "超过"
    )
}

/// The sector a sentence opens with, a word of two to five characters ending in 业
/// (旅游业, 制造业, 规上工业) before any mark: whose contribution it goes on to give.
fn sector_opening(s: &str) -> Option<&str> {
    let (at, _) = s.char_indices().take(5).find(|(_, c)| *c == '业')?;
    let word = &s[..at + '业'.len_utf8()];
    (word.chars().count() >= 2 && word.chars().all(crate::draft::scan::is_han)).then_some(word)
}

/// True for a label that is a count of marks alone (两个台阶, 3个台阶): the amounts
/// before it are the marks, and no magnitude (3个百亿元台阶) says it counts others.
fn counts_marks(label: &str) -> bool {
    let rest = label
        .trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    rest.len() < label.len()
        && rest
            .strip_prefix('个')
            .is_some_and(|m| changes::MARKS.contains(&m))
}

/// The name of what reached a value, from the label of the figure before it: that label,
/// or for a count of marks passed (地区生产总值跨越百亿元台阶) what passed them
/// (地区生产总值); `None` where the count names nothing that passed.
fn passer(label: &str) -> Option<&str> {
    if !changes::MARKS.iter().any(|m| label.ends_with(m)) {
        return Some(label);
    }
    const PASSING: [&str; 9] = [
        "连续", "连跨", "跨越", "迈上", "跨过", "跨上", "迈过", "越过", "突破",
    ];
    let at = PASSING.iter().filter_map(|w| label.find(w)).min()?;
    (at > 0).then(|| &label[..at])
}

impl Reader<'_> {
    /// A label that only says how its figure stands to the one before it in the same
    /// sentence, named after that one as the text does: 工业投资占全部投资的比重为45.1%，
    /// 基础设施投资占18.7% is a share of the
    /// same whole (基础设施投资占全部投资的比重), or 基础设施投资占比 where the figure
    /// before names no whole; 地区生产总值年均增长5%，2030年达到1050亿元 names the year
    /// its figure reaches (到2030年突破4900亿元 too), the period's to say. `None` for a label that names its figure.
    fn named_by_sibling(&self, label: &str) -> Option<String> {
        let prev = self.out.figures.last().map(|f| f.label.as_str());
        if let Some(part) = label.strip_suffix('占').filter(|p| !p.is_empty()) {
            let whole = prev
                .and_then(|p| p.find('占').map(|at| &p[at..]))
                .filter(|w| w.ends_with("比重") || w.ends_with("比例"));
            return Some(match whole {
                Some(w) => format!("{part}{w}"),
                None => format!("{part}占比"),
            });
        }
        let prev = prev.filter(|p| !p.is_empty() && !names_no_subject(p))?;
        period_alone(label).then(|| prev.to_string())
    }
}

/// True when `unit` is money in another currency than `before` (万元 then 万美元): the
/// same amount converted, not a figure of its own.
pub(super) fn other_currency(before: &str, unit: &str) -> bool {
    let currency = |u: &str| {
        u.strip_suffix('元')
            .map(|c| c.trim_start_matches(['千', '百', '万', '亿']).to_string())
    };
    matches!((currency(before), currency(unit)), (Some(a), Some(b)) if a != b)
}
