//! The words that tell what a paragraph's or a heading's figures are: goals, plans, the
//! five years under review. Lists, kept apart from the rules that read them.

/// Words that make a figure a goal wherever it stands: no report says them of what it
/// achieved (力争…增长6%, 确保粮食产量稳定在…, 力求全年增长8%). They reach the whole
/// sentence: a result beside a goal (增长7%，力求全年增长8%) is then a target for the desk
/// to confirm, the safe side, while a goal read as a result would be drawn as one.
pub(super) const GOAL_WORDS: [&str; 3] = ["力争", "确保", "力求"];

/// Words that make a goal of the clause they stand in only (努力实现…增长5%, 预期增长6%,
/// 计划完成投资300亿元, 今后五年…年均增长7.5%): a sentence of results may say them of something else, and a
/// result may say 计划 of a plan it met (完成年度计划的112%). 拟 with its verb (拟按3%
/// 安排, 拟发行国债1万亿元) proposes what the year will do; alone it may name what
/// prepares (拟上市企业), no goal.
pub(super) const GOAL_CLAUSE_WORDS: [&str; 17] = [
    "努力",
    "今后五年",
    "未来五年",
    "拟按",
    "拟安排",
    "拟发行",
    "今年目标",
    "明年目标",
    "目标是",
    "预期增长",
    "预期目标",
    "计划完成",
    "计划新建",
    "计划建设",
    "计划实施",
    "计划投资",
    "计划新增",
];

/// Words that say a level is reached already (已达, 已超过): in a paragraph of goals, a
/// fact the goals start from, never one of them.
pub(super) const ALREADY: [&str; 6] = [
    "已达",
    "已超过",
    "已突破",
    "已经达到",
    "已经超过",
    "已经突破",
];

/// Opening words of a paragraph about the five years under review, as printed.
pub(super) const FIVE_YEARS: [&str; 4] = ["这五年", "过去五年", "过去的五年", "五年来"];

/// Words of a paragraph or sentence that sets the targets of the coming year.
pub(super) const GOALS: [&str; 5] = [
    "主要预期目标",
    "预期目标是",
    "主要目标是",
    "目标任务是",
    "主要目标：",
];

/// Words of a heading that sets out the coming year's work, or a plan's goals, even
/// without its year (三、今年工作安排, 二、重点工作, 三、明年工作思路, 二、主要目标).
pub(super) const PLAN: [&str; 9] = [
    "主要目标",
    "工作安排",
    "重点工作",
    "主要工作",
    "工作任务",
    "工作思路",
    "重点任务",
    "主要任务",
    "主要预期目标",
];

/// Words that, beside 今年 or 明年, make a heading the coming year's (今年怎么干, 明年
/// 目标, 今年将…): 今年 alone names no plan, and a line that says what the year
/// achieved (今年西湖区推动经济社会发展再上新台阶) opens no section of goals.
pub(super) const GOAL_BESIDE_YEAR: [&str; 13] = [
    "目标",
    "怎么干",
    "干什么",
    "安排",
    "任务",
    "思路",
    "计划",
    "打算",
    "部署",
    "展望",
    "将",
    "力争",
    "确保",
];
