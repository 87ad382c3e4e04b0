//! Numbers inside what another number counts, or inside a name: a capacity in a
//! project's name (年产4万吨碳酸锂), a count that only says which ones (19个援疆省市落实
//! 援疆资金197亿元), a report's own parts (6个方面工作), an age (0—6岁儿童), a policy
//! known by its count (稳增长27条, 20条具体举措). The reasons [`super::not_figures::skip_reason`]
//! gives a `label` (or, for a policy, a `name`) skip, one function each.

use super::scan::{is_han, unit_suffix_start, MAGNITUDES};
use crate::check::printed::{numbers, Number};

/// People an age may name: 0—6岁儿童, 60岁以上老年人.
pub(super) const AGED: [&str; 8] = [
    "儿童",
    "幼儿",
    "婴幼儿",
    "老年人",
    "老人",
    "青少年",
    "妇女",
    "女生",
];

/// The parts a report is written in: 6个方面. (The truth lists count 25项主要指标
/// and 30项举措 as figures: a plan's measures are what the year did; N条 before 措施 is a
/// policy's name, [`policy_name`].)
const PLAN_PARTS: [&str; 1] = ["方面"];

/// True for a count of a report's own parts (主要做了6个方面工作, 突出抓好3件事), or of a
/// set the place is one of (全国5个试点地区之一): what the text is made of, not what the
/// year did. 完成10件民生实事 counts what was done; N条路径 is no part (建成250个社区健身
/// 路径 counts trails, 谋划9条技术路径 what was planned).
pub(super) fn plan_part(unit: &str, rest: &str) -> bool {
    let things = unit == "件"
        && rest
            .strip_prefix('事')
            .is_some_and(|r| !r.starts_with(is_han));
    if things {
        return true;
    }
    let clause = rest
        .split(['，', '；', '。', ',', ';', '、', '：', ':'])
        .next()
        .unwrap_or(rest);
    let near: String = clause.chars().take(12).collect();
    matches!(unit, "个" | "项" | "条") && PLAN_PARTS.iter().any(|w| near.contains(w))
        || clause.ends_with("之一") && !clause.ends_with("分之一")
}

/// Where a ranking's pool is counted: 全国31个省份, 在168个重点城市.
const POOLS: [&str; 5] = ["全国", "全球", "世界", "全省", "在"];

/// Words of a place in a ranking: 排名第8, 位列前10, 后十位.
const RANKINGS: [&str; 10] = [
    "排名", "排位", "位次", "位列", "名列", "倒数", "前十", "后十", "首位", "末位",
];

/// True for the count of a pool a ranking is taken among (在全国31个省份中排名第8,
/// 退出全国168个重点城市空气质量后10位): how many the place is ranked with, not a figure
/// of its own. A count of a pool that ranks nothing (辐射全国75个城市) stays a figure.
pub(super) fn ranking_pool(lead: &str, unit: &str, rest: &str) -> bool {
    let clause = rest
        .split(['，', '；', '。', ',', ';', '、', '：', ':'])
        .next()
        .unwrap_or(rest);
    let place = |w: &str| {
        clause.match_indices(w).any(|(i, _)| {
            let after = &clause[i + w.len()..];
            let digits = after.trim_start_matches(|c: char| c.is_ascii_digit());
            digits.len() < after.len() && digits.starts_with(['位', '名'])
        })
    };
    let ranked = RANKINGS.iter().any(|w| clause.contains(w)) || place("前") || place("后");
    matches!(unit, "个" | "座" | "家" | "所") && POOLS.iter().any(|w| lead.ends_with(w)) && ranked
}

/// Verbs by which a plan is said to set its indicators: 共设置26项指标, 细化提出22项主要指标.
const SETS: [&str; 5] = ["设置", "设置了", "提出", "共计", "设立"];

/// Words a plan's indicators are qualified by: 22项主要指标, 8项约束性指标.
const INDICATOR_KINDS: [&str; 6] = ["主要", "核心", "约束性", "预期性", "预期", "量化"];

/// True for the count of indicators a plan sets (规划共设置26项指标, 提出5项指标): how the
/// plan is written, as 6个方面 is, not what it will achieve. A count of indicators that
/// did something (9项约束性指标全部完成, 5项指标居全国第一) follows no such verb and stays a
/// figure. `tests/truth/scripts/plan_indicators.py` applies the same test to the lists.
pub(super) fn plan_indicators(lead: &str, unit: &str, rest: &str) -> bool {
    // 12项主要预期指标: kinds may stand two deep.
    let mut kinds = rest;
    while let Some(r) = INDICATOR_KINDS.iter().find_map(|k| kinds.strip_prefix(k)) {
        kinds = r;
    }
    unit == "项" && kinds.starts_with("指标") && SETS.iter().any(|v| lead.ends_with(v))
}

/// True for the speed a line is built for, before what it names: 时速350公里高铁,
/// 设计时速160公里的城际铁路. It says which line, as a class does; the line's length is
/// the figure. A speed that closes its clause (试验时速达600公里) is not of this shape.
pub(super) fn speed_class(lead: &str, rest: &str) -> bool {
    lead.ends_with("时速") && rest.chars().next().is_some_and(is_han)
}

/// Units of a plant's capacity, which a project's name carries: 60万吨钾肥复合造粒项目,
/// 150亿方/年天然气产能工程.
const CAPACITY: [&str; 6] = ["吨", "千瓦", "立方米", "方", "千瓦时", "GWh"];

/// Measures of a thing's size or power, which name the thing when they stand right before
/// it (4.5米水深航道, 110米口径射电望远镜, 720兆瓦储能电站, 12吉瓦时动力电池, 100兆瓦级).
const SIZES: [&str; 11] = [
    "米",
    "千米",
    "毫米",
    "公斤",
    "兆瓦",
    "吉瓦",
    "兆瓦时",
    "吉瓦时",
    "千伏安",
    "MW",
    "GW",
];

/// True for a size right before what it sizes: it says which one, as a class does. A
/// size a sentence reports closes its clause (建成绿道120米, 光伏装机120兆瓦) or goes on
/// with 以上, 左右 or 的.
pub(super) fn size_class(unit: &str, rest: &str) -> bool {
    let base = MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit);
    SIZES.contains(&base) && rest.starts_with(|c: char| is_han(c) && !"的以左多余".contains(c))
}

/// What a capacity may name: a project, a plant (1000吨/日垃圾焚烧发电厂, 污水处理厂), a
/// station (变电站, 电站) or a line.
const FACILITIES: [&str; 6] = ["项目", "装置", "生产线", "工程", "厂", "站"];

/// True for a capacity in a project's name: 年产4万吨基础锂盐一体化, 亚太轻合金10万吨
/// 绿电高端铝基材料等项目, 20亿立方米/年煤制天然气项目. A capacity a sentence reports
/// (形成60万吨政府可调度煤炭储备能力) names no project after it and stays a figure.
pub(super) fn capacity(lead: &str, unit: &str, rest: &str) -> bool {
    let base = MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit);
    // 20亿立方米/年: the rate is part of the capacity.
    let base = unit_suffix_start(base).map_or(base, |i| &base[..i]);
    if !CAPACITY.contains(&base) {
        return false;
    }
    if lead.ends_with("年产") {
        return true;
    }
    let named = rest.starts_with('/') || rest.chars().next().is_some_and(is_han);
    let clause = rest
        .split(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(rest);
    named && FACILITIES.iter().any(|w| clause.contains(w))
}

/// True for a count that opens its clause's subject when the clause then gives that
/// subject an amount or a change in % of its own: 19个援疆省市落实对口援疆资金197亿元,
/// 15个重点事项审批时限压缩70%. The count says which ones; the amount is the figure.
/// A share after it (3个国控断面水质优良比例100%) leaves the count a figure: it is the
/// whole the share is of.
pub(super) fn counted_subject(unit: &str, rest: &str) -> bool {
    if unit.contains(['元', '%']) || !rest.chars().next().is_some_and(is_han) {
        return false;
    }
    let clause = rest
        .split(['，', '；', '。', ',', ';', '、'])
        .next()
        .unwrap_or(rest);
    numbers(clause).iter().any(|m| {
        let after = &clause[m.end..];
        let after = after.trim_start_matches(['多', '余']);
        let after = MAGNITUDES
            .iter()
            .find_map(|g| after.strip_prefix(g))
            .unwrap_or(after);
        after.starts_with('元')
            || after.starts_with(['%', '％'])
                && super::changes::word_before(&clause[..m.start]).is_some()
    })
}

/// What a policy is called by: N条 before these words names the policy (出台科技金融20条
/// 政策措施), as 稳增长27条 does before 、…等政策举措.
const POLICY: [&str; 5] = ["举措", "措施", "政策", "具体举措", "意见"];

/// True for a policy known by the count of its articles (制定实施稳增长惠民生27条、
/// 金融支持民营经济发展12条等政策举措; 20条具体举措): the count is part of its name, not
/// a figure of the year. 项 is left alone: 实施稳经济30项举措 counts the measures
/// (tests/truth/README.md, "Policies known by their count").
pub(super) fn policy_name(unit: &str, rest: &str) -> bool {
    if unit != "条" {
        return false;
    }
    let clause = rest
        .split(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(rest);
    let policy = |t: &str| POLICY.iter().any(|w| t.starts_with(w));
    // 30条防汛避险救灾硬措施, 58条改革举措: a few words of what the policy is for stand
    // between; 的 or a digit among them makes them a clause of their own.
    let modified = clause
        .char_indices()
        .take_while(|&(i, c)| i < 8 * 3 && is_han(c) && c != '的')
        .any(|(i, _)| policy(&clause[i..]));
    policy(clause)
        || modified
        || clause
            .match_indices('等')
            .any(|(i, _)| policy(&clause[i + '等'.len_utf8()..]))
}

/// Measure words of things counted one by one: 600个以上项目 counts 项目.
const COUNTED: [&str; 17] = [
    "个", "条", "名", "户", "家", "所", "项", "座", "支", "只", "艘", "辆", "人", "颗", "款", "对",
    "人次",
];

/// Verbs of doing right before a count: 加快推动600个以上亿元级工业项目建设.
const DOING: [&str; 21] = [
    "推动", "培育", "建设", "选派", "帮助", "为", "实施", "新增", "引进", "打造", "开展", "建成",
    "新建", "创建", "组建", "招引", "形成", "建立", "推出", "完成", "用于",
];

/// True when number `n` of `s`, in count unit `unit` with 以上 and a noun after it, is
/// how many of that noun the clause does (选派1200名以上科技特派员, 建设300个以上精品示范村,
/// 完成2100万人次以上职业技能培训任务):
/// a figure, not a threshold inside what another number counts (103栋5000平方米以上楼宇,
/// 全省50户以上村寨). It takes a verb of doing right before it and no other number in its
/// clause.
pub(super) fn floor_of_a_count(s: &str, n: &Number, unit: &str) -> bool {
    let base = MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit);
    // 完成1000万以上农村贫困人口脱贫任务: a bare magnitude counts the people after it.
    if !COUNTED.contains(&base) && !base.is_empty() {
        return false;
    }
    let lead = &s[..n.start];
    let marks = ['，', '；', '。', ',', ';', '：', ':', '、'];
    let start = lead.rfind(marks).map_or(0, |i| {
        i + lead[i..].chars().next().map_or(0, char::len_utf8)
    });
    let stop = s[n.end..].find(marks).map_or(s.len(), |i| n.end + i);
    let alone = numbers(&s[start..stop]).len() == 1;
    alone && DOING.iter().any(|v| lead.ends_with(v))
}

/// True for a count whose clause goes on to give a share of what it counts (22条排水沟
/// 整治率达100%, 14个重点产业产值占总产值的80%以上): the count says of which ones; the
/// share is the figure.
pub(super) fn share_of_counted(unit: &str, rest: &str) -> bool {
    let clause = rest
        .split(['，', '；', '。', ',', ';', '、', '：', ':'])
        .next()
        .unwrap_or(rest);
    let Some(pct) = clause.find(['%', '％']) else {
        return false;
    };
    let before = &clause[..pct];
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    // 比例保持100%, 整治率达100%, 占…的80%: a verb between; 3个断面水质优良比例100%
    // names its share with no verb, and its count is a figure of its own.
    let share = ["率", "比例", "比重", "占"]
        .iter()
        .any(|w| digits.find(w).is_some_and(|at| digits.len() > at + w.len()));
    matches!(unit, "个" | "条" | "家" | "座" | "所") && digits.len() < before.len() && share
}

/// Count units a restated count is printed in: 吉光3个省实验室, 五指山等5家市疾控中心.
const RESTATED: [&str; 13] = [
    "个", "家", "座", "条", "件", "项", "所", "支", "处", "种", "只", "名", "位",
];

/// True for a count that says no more than the names listed right before it
/// (支持长白山、三江、吉光3个省实验室; 海口、三亚、儋州、琼海、五指山等5家市疾控中心):
/// the names are the news, the count only restates how many were named. `lead` is the
/// The list is the clause's items split at 、, one more for
/// a 和/及/与 in the last, a 等 allowed at its end; no item holds a digit (孵化器3个、
/// 众创空间2个 lists figures) and the last does not end in 的 (规模最大、技术领先的2座
/// describes). A count larger than its names (北京、上海等20个城市) tells something and
/// stays a figure, and so does a range (街区2-3家). `tests/truth/scripts/restated_counts.py`
/// applies the same test to the truth lists. `s` is the sentence.
pub(super) fn restated_count(s: &str, n: &Number, unit: &str) -> bool {
    let whole = !n.text.contains('.') && n.value >= 2.0;
    if !RESTATED.contains(&unit) || !whole || !s[n.end..].starts_with(unit) {
        return false;
    }
    let clause = clause_before(&s[..n.start]);
    let clause = clause.strip_suffix('等').unwrap_or(clause);
    let items: Vec<&str> = clause.split('、').collect();
    let Some(last) = items.last() else {
        return false;
    };
    let bad = items
        .iter()
        .any(|i| i.is_empty() || i.chars().any(|c| c.is_ascii_digit()));
    let long = items.iter().skip(1).any(|i| i.chars().count() > 16);
    if bad || long || last.ends_with('的') {
        return false;
    }
    let joined = usize::from(last.contains(['和', '及', '与']));
    let k = items.len() + joined;
    k >= 2 && k as f64 == n.value
}

/// The clause that ends `lead`: after its last mark, or after a closing quote that ends
/// no item of a list (“省市共建、一室一策”支持长白山…: the quote is a clause of its own;
/// 渔船“木改钢”、化工…: the quote is an item).
fn clause_before(lead: &str) -> &str {
    let mut start = 0;
    let mut next: Option<char> = None;
    for (i, c) in lead.char_indices().rev() {
        let mark = "，；。：！？,;:（(".contains(c);
        let quote_end = "”》）)".contains(c) && next.is_some_and(|x| x != '、');
        if mark || quote_end {
            start = i + c.len_utf8();
            break;
        }
        next = Some(c);
    }
    &lead[start..]
}

/// Words of a strip of land along something: 长江沿线1公里, 河道两岸500米.
const ALONG: [&str; 6] = ["沿线", "沿岸", "两岸", "周边", "沿江", "沿河"];

/// True for a number that only says which ones (`lead` is the sentence before it, `tail`
/// what follows its unit): a population class (20万人口以上的县: the unit read as 万人 is
/// the word 人口), a distance that draws a zone (长江沿线1公里化工腾退地块), or a class
/// right after a count (2个1类创新药: the class of what is counted), or a tax rate in a
/// policy's name (企业和个人15%所得税优惠). A count of marks
/// passed (跨越3个千亿元台阶) stays a figure, as most lists have it.
pub(super) fn which_ones(lead: &str, unit: &str, tail: &str) -> bool {
    let population =
        unit.ends_with('人') && ["口以上", "口以下"].iter().any(|w| tail.starts_with(w));
    let zone = matches!(unit, "公里" | "米" | "千米") && ALONG.iter().any(|w| lead.ends_with(w));
    let mut back = lead.chars().rev();
    let after_count = unit == "类"
        && back.next().is_some_and(|c| "个种项".contains(c))
        && back.next().is_some_and(|c| c.is_ascii_digit());
    let tax = unit == "%" && TAXES.iter().any(|w| tail.starts_with(w));
    population || zone || after_count || tax
}

/// Taxes a rate may be the name of: 15%所得税优惠, 9%增值税税率.
const TAXES: [&str; 5] = ["所得税", "企业所得税", "个人所得税", "增值税", "关税"];

/// Verbs ending in 过 that pass a number rather than name a class: 超过 is a qualifier,
/// 跨过3万亿元 a mark the figure passed.
const PASSED: [&str; 5] = ["超过", "通过", "经过", "跨过", "越过"];

/// True for an amount after a bare 过 that names a class of what follows it (北方第一个过
/// 10万亿元省份, 过百亿元企业): the class, not a figure; `after` follows the unit.
pub(super) fn class_over(lead: &str, after: &str) -> bool {
    lead.ends_with('过')
        && !PASSED.iter().any(|w| lead.ends_with(w))
        && after.starts_with(is_han)
        && !after.starts_with(['的', '和', '及', '与', '或'])
}

/// Words after an amount that say how big it is, not what it classes: 超100亿元规模.
const SIZE_WORDS: [&str; 6] = ["规模", "水平", "大关", "台阶", "关口", "以上"];

/// What people counted after 超过 may have done (超过5.2亿人次参与, 超1000人受益).
const PEOPLE_DID: [&str; 5] = ["参与", "参加", "受益", "观看", "就业"];

/// True for an amount after 超 or 超过 right before a short noun that closes its clause
/// (引进总投资超10亿元项目, 经受住用电负荷超1亿千瓦考验): the class of what the noun
/// names, as after a bare 过 ([`class_over`]). A share (超50%企业实现增长) is a figure
/// of what follows, and an amount that closes its clause (投资超10亿元，) or goes on with
/// a verb and its object (资金超10亿元用于技术改造) is the clause's own.
pub(super) fn class_over_noun(lead: &str, unit: &str, after: &str) -> bool {
    let over = ["超", "超过"].iter().any(|w| lead.ends_with(w));
    if !over || unit.contains(['%', '％']) {
        return false;
    }
    let clause = after
        .split(['，', '；', '。', ',', ';', '、', '：', ':', '（', '('])
        .next()
        .unwrap_or(after);
    let noun = (2..=4).contains(&clause.chars().count()) && clause.chars().all(is_han);
    // 超过5.2亿人次参与: what the people counted did, no class of theirs.
    let people_did = unit.ends_with('人') || unit.ends_with("人次");
    let did = people_did && PEOPLE_DID.iter().any(|w| clause.starts_with(w));
    noun && !did
        && !clause.starts_with(['的', '和', '及', '与', '或', '左', '多', '余'])
        && !SIZE_WORDS.iter().any(|w| clause.starts_with(w))
        && !super::changes::opens_with_word(clause)
}

/// True for an amount a class reaches, where its clause opens with the share of that
/// class (95%以上的村集体经营性收入超过10万元, 80%的企业营收超过1亿元): the share is the
/// figure; the amount says which ones it counts.
pub(super) fn threshold_of_a_share(lead: &str) -> bool {
    let clause = lead
        .rsplit(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(lead);
    let over = ["超过", "超", "达到", "高于", "在"]
        .iter()
        .any(|w| clause.ends_with(w));
    over && numbers(clause).iter().any(|m| {
        let after = clause[m.end..].trim_start_matches(['%', '％']);
        let after = after.strip_prefix("以上").unwrap_or(after);
        clause[m.end..].starts_with(['%', '％']) && after.starts_with('的')
    })
}
