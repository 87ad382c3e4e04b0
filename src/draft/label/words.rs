//! The words around a label that are not what is counted: what opens a clause, what
//! closes a label but belongs to the number, and the verbs that end the noun after a
//! measure word. Lists, kept apart from the rules that read them.

/// Words that open a clause but are not what is counted, stripped from the front.
pub(super) const OPENERS: [&str; 64] = [
    "全年",
    // 拟发行超长期特别国债1.3万亿元: the budget arranges the sum; what is counted follows.
    "拟发行",
    "拟安排",
    // 实际下降2.1%，主要是房地产开发投资下降12.6%: the words that give a cause.
    "主要是",
    // 预计全年地区生产总值完成3286亿元: how the value is known, not what is counted.
    "预计",
    // A budget's sums (加上上级补助收入21.5亿元, 减去上解上级支出2.1亿元): the sign of the
    // sum says how it counts, not what is counted.
    "加上",
    "减去",
    // The report naming its own place (我市城镇新增就业) says whose, not what is counted.
    "我市",
    "我省",
    "我区",
    "我县",
    "本市",
    "本区",
    "本县",
    // A period of five years is the figure's period, no part of what it counts.
    "过去五年",
    "过去的五年",
    "这五年",
    "五年来",
    "提出",
    "全区",
    "全市",
    "全省",
    "全县",
    "全镇",
    "年内",
    "目前",
    "此外",
    "同时",
    "其中",
    "累计",
    "共计",
    "完成了",
    "完成",
    "实现了",
    "实现",
    "共",
    "有",
    "已",
    "今年",
    "去年",
    "一年来",
    "截至年底",
    "年末",
    "年底",
    "当年",
    "举办",
    "开展",
    "发放",
    "设立",
    // 累计培育省级以上开发区142个, 认定省级龙头企业50家: what was done to the things
    // counted, not what they are.
    "培育",
    "认定",
    "拨付",
    "成功",
    "区级",
    "市级",
    "带动",
    "现有",
    // The verbs of a plan (将实施重大项目, 力争新增…) say what the status says already.
    "力争",
    "将",
    "再",
    // Verbs of aiming before what they aim at (锚定地区生产总值增长5%左右的目标, 确保一般
    // 公共预算收入增长4%): the goal is the figure's status; the subject follows the verb.
    "锚定",
    "瞄准",
    "确保",
    "力求",
];

/// Words that close a label but belong to the number: 总数达, 规模为, 强度提升至. A
/// longer word before the word it ends with (下降至 before 降至), so none leaves half a verb.
pub(super) const CLOSERS: [&str; 52] = [
    "年均",
    // 单位生产总值能耗累计下降14%: a sum to date is the figure's (its period and
    // `cumulative` say so), not a word of what is counted.
    "累计",
    // 粮食产量首次跃上1.4万亿斤新台阶: the level reached, and that it is the first time,
    // say what happened to the thing counted (首次 is a word of [`super::ends`]).
    "跃上",
    "提升至",
    "提高至",
    "上升至",
    "下降至",
    "降低至",
    "减少至",
    "增加至",
    "扩大至",
    "缩小至",
    "缩减至",
    "提升到",
    "上升到",
    "降低到",
    "减少到",
    "缩小到",
    "增至",
    "升至",
    "降至",
    "跨越",
    "迈上",
    "达到了",
    "稳定在",
    "扩大到",
    "增加到",
    "提高到",
    "下降到",
    "达到",
    "超过",
    "突破",
    "共计",
    "合计",
    "总计",
    "完成",
    "控制在",
    "保持在",
    // 就业率保持95%以上: the bound is kept, which the qualifier says; no word of the label.
    "保持",
    "调整为",
    "为",
    "是",
    "有",
    "达",
    "共",
    "约",
    // 省级一般性支出再压减5%: 再 goes with the verb, not the label.
    "再",
    // 地区生产总值预期增长5.5%左右: the goal's words are its status, not its label.
    "预期",
    "力争",
    // 固定资产投资确保增长8%以上, 地区生产总值将达到200亿元: a goal's verb after its
    // subject, as 预期 is; the status says it.
    "确保",
    "力求",
    "将",
];

/// Verbs that end the noun after a measure word: 22家企业参加消博会 counts 企业.
pub(super) const VERBS: [&str; 17] = [
    "全部", "实施", "加装", "参加", "入选", "申报", "在区", "为", "实现", "成为", "参展", "获评",
    "通过", "开展", "落户", "签约", "入驻",
];
