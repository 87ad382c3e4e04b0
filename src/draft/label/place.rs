//! A place's name opening a label (青山县经营主体 → 经营主体): the report's place, no part
//! of what is counted; words that end in 区, 市 or 县 and name no place stay.

use crate::shared::words::splits_word;

/// Nouns ending in 区 or 市 that are not the report's place: 建成区绿地率 keeps them.
const NOT_PLACES: [&str; 26] = [
    // 边民互市贸易区, 自贸试验区: words of trade and of zones, never a place's name.
    "互市",
    "贸易区",
    "试验区",
    "实验区",
    "集聚区",
    "先行区",
    "合作区",
    "综试区",
    "上市",
    "城市",
    "超市",
    "建成区",
    "开发区",
    "示范区",
    "功能区",
    "保护区",
    "风景区",
    "自贸区",
    "高新区",
    "城区",
    "景区",
    "园区",
    "社区",
    "地区",
    // 完成老旧小区改造46个: an estate is what was renovated, never the report's place.
    "小区",
    "街区",
];

/// 青山县经营主体 → 经营主体: three or four characters ending in 区市县省, when the
/// rest is still a label.
pub fn place_prefix(s: &str) -> Option<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for n in [3usize, 4] {
        let (Some(&(_, c)), Some(&(cut, _))) = (chars.get(n - 1), chars.get(n)) else {
            continue;
        };
        let word: String = chars[..n].iter().map(|&(_, c)| c).collect();
        // 京津冀区域优良天数比率: 区域 is a word, not a place; so are 省级, 市属 (实施省级
        // 重点项目 is no place 实施省 before 级重点项目), and a level with its kin in
        // brackets (开放县（区、市）: the counties opened, no county named 开放县).
        let word_goes_on = chars
            .get(n)
            .is_some_and(|&(_, next)| matches!(next, '域' | '级' | '属' | '（'));
        // 省市县长项目: a list of levels (省、市、县), no place's name.
        let levels = word.chars().all(|c| "省市县区乡镇".contains(c));
        // 占全省外贸比重: a share of the whole place, whose part the figure before names.
        let share = word.starts_with('占');
        if matches!(c, '区' | '市' | '县' | '省')
            && !word_goes_on
            && !levels
            && !share
            && !splits_word(s, cut)
            && chars.len() - n >= 2
            && !NOT_PLACES.iter().any(|w| word.ends_with(w))
        {
            return Some(&s[cut..]);
        }
    }
    None
}
