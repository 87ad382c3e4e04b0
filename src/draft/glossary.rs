//! The glossaries the draft reads: standard statistical terms (id and English) and units
//! (English and figure kind). They are data, in `data/glossary/`, compiled in so that the
//! editor's wasm drafts with the same words as the native command.

use serde::Deserialize;
use std::collections::BTreeMap;

const TERMS: &str = include_str!("../../data/glossary/terms.json");
const UNITS: &str = include_str!("../../data/glossary/units.json");

/// At most this many characters of a label's own may stand before a term (地方, 全区).
const PREFIX_CHARS: usize = 3;

/// Prefixes that make a term's label count what is new (新增高新技术企业215家 beside
/// 总数达到1650家): another number than the term's stock, so the term's English
/// (high-tech enterprises) would say what the text does not.
const NEW_PREFIXES: [&str; 3] = ["新", "净增", "累计新"];

/// Prefixes that name a part of what a term counts (城镇常住人口 is a part of 常住人口;
/// 轻工业增加值 and 重工业增加值 of 工业增加值): the part's number is no number of the
/// whole, nor is its English the whole's.
const PART_PREFIXES: [&str; 6] = ["城镇", "农村", "乡村", "城市", "轻", "重"];

/// The end of a prefix that names a level of government (县级, 市级, 乡镇级): 县级一般公共
/// 预算收入 in a city's report is the counties' part, neither the city's whole nor the
/// term's English, so the label is no term.
const LEVEL: char = '级';

/// True when `prefix`, the words of a label before a term or another label, names a
/// level of government (县级, 市级): the label counts that level's part, not the whole.
pub fn names_level(prefix: &str) -> bool {
    prefix.ends_with(LEVEL)
}

/// A standard term.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Term {
    /// Its id in data files.
    pub id: String,
    /// Its English.
    pub en: String,
    /// The indicator's name in Chinese, whatever label a report prints: `names` in
    /// `terms.json` for an id of several labels (生产总值 and 地区生产总值 are both
    /// 地区生产总值), else its one label.
    #[serde(default)]
    pub zh: String,
}

/// What the glossary knows of a unit.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
pub struct UnitInfo {
    /// Its English, where it does not depend on what is counted.
    #[serde(default)]
    pub en: Option<String>,
    /// The figure kind it implies: `amount`, `share`; a count otherwise.
    #[serde(default)]
    pub kind: Option<String>,
}

#[derive(Deserialize)]
struct TermsFile {
    terms: BTreeMap<String, Term>,
    nouns: BTreeMap<String, String>,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    times: Vec<String>,
    #[serde(default)]
    goals: Vec<String>,
    #[serde(default)]
    names: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct UnitsFile {
    units: BTreeMap<String, UnitInfo>,
}

/// Both glossaries.
#[derive(Debug, Clone)]
pub struct Glossary {
    terms: BTreeMap<String, Term>,
    nouns: BTreeMap<String, String>,
    /// Words that name where a figure counts (全省, 全市): the register reads 全省生产总值
    /// as 生产总值, and nothing else before a term.
    scopes: Vec<String>,
    /// Words that name when a figure counts (上半年, 前三季度), which the register reads
    /// through as it reads a scope; a year (2025年) and months (1—11月, 6月份) too.
    times: Vec<String>,
    /// Words after a term that make it a goal (预期, 目标): 地区生产总值预期 is GDP.
    goals: Vec<String>,
    /// Longest first, so that 人次 is read before 人 and 个百分点 before 个.
    units: Vec<(String, UnitInfo)>,
}

/// Times a rate may be per (元/月, 吨/日, 元/人·月, 立方米/秒), besides the glossary's units.
const PER_TIMES: [&str; 8] = ["小时", "季度", "年", "月", "日", "天", "周", "秒"];

/// Magnitudes that may stand before what a rate is per: 件/万人, 吨标准煤/万元, 张/千人.
const PER_MAGNITUDES: [&str; 4] = ["万", "亿", "千", "百"];

impl Glossary {
    /// The glossaries of `data/glossary/`.
    ///
    /// # Errors
    ///
    /// The message of [`Glossary::parse`] when a bundled glossary does not read.
    pub fn bundled() -> Result<Glossary, String> {
        Glossary::parse(TERMS, UNITS)
    }

    /// Glossaries from their JSON texts.
    ///
    /// # Errors
    ///
    /// A message naming the glossary file and what is wrong when either text is not a
    /// glossary.
    pub fn parse(terms: &str, units: &str) -> Result<Glossary, String> {
        let t: TermsFile =
            serde_json::from_str(terms).map_err(|e| format!("data/glossary/terms.json: {e}"))?;
        let u: UnitsFile =
            serde_json::from_str(units).map_err(|e| format!("data/glossary/units.json: {e}"))?;
        let mut units: Vec<(String, UnitInfo)> = u.units.into_iter().collect();
        units.sort_by_key(|(k, _)| std::cmp::Reverse(k.chars().count()));
        let mut terms = t.terms;
        for (label, term) in &mut terms {
            term.zh = t.names.get(&term.id).unwrap_or(label).clone();
        }
        Ok(Glossary {
            terms,
            nouns: t.nouns,
            scopes: t.scopes,
            times: t.times,
            goals: t.goals,
            units,
        })
    }

    /// The unit that starts `rest`, longest first. A longer unit whose last character
    /// opens 年均/日均 is read without it: 1.2万人年均增收 counts 万人, 人年 is of 万人年.
    pub fn unit_at(&self, rest: &str) -> Option<&str> {
        self.units
            .iter()
            .find(|(k, _)| {
                rest.strip_prefix(k.as_str())
                    .is_some_and(|r| !(r.starts_with('均') && k.chars().nth(1).is_some()))
            })
            .map(|(k, _)| k.as_str())
    }

    /// The byte length of what a rate is per, after its slash (千瓦时 of 元/千瓦时, 人·月 of
    /// 元/人·月), or `None` when the draft does not know it.
    pub fn per_len(&self, per: &str) -> Option<usize> {
        let time = |t: &str| {
            PER_TIMES
                .iter()
                .find(|w| t.starts_with(*w))
                .map(|w| w.len())
        };
        let unit = |u: &str| time(u).or_else(|| self.unit_at(u).map(str::len));
        let magnitude = |p: &str| {
            PER_MAGNITUDES
                .iter()
                .find(|m| p.starts_with(*m))
                .map(|m| m.len())
        };
        let first = unit(per).or_else(|| {
            let m = magnitude(per)?;
            // 人/百亿元, 人/百万辆: two magnitudes before the unit.
            let m = m + magnitude(&per[m..]).unwrap_or(0);
            unit(&per[m..]).map(|len| m + len)
        })?;
        let more = per[first..]
            .strip_prefix('·')
            .and_then(time)
            .map_or(0, |len| '·'.len_utf8() + len);
        Some(first + more)
    }

    fn unit_info(&self, unit: &str) -> Option<&UnitInfo> {
        let base = super::scan::MAGNITUDES
            .iter()
            .find_map(|m| unit.strip_prefix(m))
            .unwrap_or(unit);
        self.units.iter().find(|(k, _)| k == base).map(|(_, i)| i)
    }

    /// The unit without a rate or bracket printed after it (元/月 → 元, 套（间） → 套):
    /// it decides the figure's kind, never its English.
    fn plain_info(&self, unit: &str) -> Option<&UnitInfo> {
        self.unit_info(unit).or_else(|| {
            let plain = super::scan::unit_suffix_start(unit).map(|i| &unit[..i])?;
            self.unit_info(plain)
        })
    }

    /// The figure kind a unit implies: `amount` for money, `share` for %, `rate` for ‰ (a
    /// birth rate is no count), else `count`.
    pub fn unit_kind(&self, unit: &str) -> &str {
        self.plain_info(unit)
            .and_then(|i| i.kind.as_deref())
            .unwrap_or("count")
    }

    /// The term a label is, if any: the label itself, or the label after a short prefix
    /// that does not make it count what is new (新增, 新建, 净增), name a level of
    /// government (县级) nor a part of what the term counts (城镇).
    pub fn term(&self, label: &str) -> Option<&Term> {
        if let Some(t) = self.terms.get(label) {
            return Some(t);
        }
        self.terms
            .iter()
            .filter(|(k, _)| {
                label.strip_suffix(k.as_str()).is_some_and(|p| {
                    p.chars().count() <= PREFIX_CHARS
                        && !NEW_PREFIXES.iter().any(|w| p.starts_with(w))
                        && !PART_PREFIXES.iter().any(|w| p.ends_with(w))
                        && !names_level(p)
                })
            })
            .max_by_key(|(k, _)| k.len())
            .map(|(_, t)| t)
    }

    /// Every label the glossary knows, with its term.
    pub fn labels(&self) -> impl Iterator<Item = (&str, &Term)> {
        self.terms.iter().map(|(k, t)| (k.as_str(), t))
    }

    /// The indicator a label names, for the register: the label is a term, or a term
    /// after a time (上半年, 2025年, 1—11月) and one of the glossary's scopes (全省生产总值,
    /// 全市GDP), in either order, and before a goal word (地区生产总值预期). Stricter than
    /// [`Glossary::term`], whose short prefix would read 海洋生产总值 as GDP: a wrong id
    /// puts a number in another indicator's ranking, so nothing else is read through
    /// (地区生产总值增速 is no GDP level).
    pub fn indicator(&self, label: &str) -> Option<&Term> {
        let label = label.trim();
        self.through(label).or_else(|| {
            let goal = self
                .goals
                .iter()
                .find_map(|g| label.strip_suffix(g.as_str()));
            goal.and_then(|rest| self.through(rest))
        })
    }

    /// The term `label` is, read through at most a time and a scope before it.
    fn through(&self, label: &str) -> Option<&Term> {
        let mut rest = label;
        for _ in 0..2 {
            if let Some(t) = self.terms.get(rest) {
                return Some(t);
            }
            let scoped = self
                .scopes
                .iter()
                .find_map(|s| rest.strip_prefix(s.as_str()));
            rest = scoped.or_else(|| self.after_time(rest))?;
        }
        self.terms.get(rest)
    }

    /// `label` after the time it opens with: a word of `times`, a year (2025年), or a
    /// month or months (6月份, 1—11月).
    fn after_time<'l>(&self, label: &'l str) -> Option<&'l str> {
        if let Some(rest) = self
            .times
            .iter()
            .find_map(|t| label.strip_prefix(t.as_str()))
        {
            return Some(rest);
        }
        let digits = |s: &'l str| s.trim_start_matches(|c: char| c.is_ascii_digit());
        let after = digits(label);
        if after.len() == label.len() {
            return None;
        }
        if let Some(rest) = after.strip_prefix('年') {
            return (label.len() - after.len() == 4).then_some(rest);
        }
        let after = after
            .strip_prefix(['—', '-', '–', '~', '至'])
            .map_or(after, digits);
        let rest = after.strip_prefix('月')?;
        Some(rest.strip_prefix('份').unwrap_or(rest))
    }

    /// The English of a unit: its own, or the noun that the label ends in (…企业 → companies).
    /// A list of things (中小学和幼儿园) is named by a noun only where every item ends in
    /// it: the unit's own English (所 → institutions) says what the last item alone
    /// would misname (kindergartens).
    ///
    /// A word of the total after the noun (经营主体总数, 企业总量) counts the same things:
    /// 新登记经营主体1.9万户 and 经营主体总数16.4万户 are both businesses, never
    /// households beside businesses (tester s-test24 F17).
    pub fn unit_en(&self, unit: &str, label: &str) -> Option<String> {
        let items: Vec<&str> = label
            .split(['和', '及', '与', '、'])
            .map(|i| {
                TOTAL_WORDS
                    .iter()
                    .find_map(|w| i.strip_suffix(w))
                    .unwrap_or(i)
            })
            .collect();
        let noun = self
            .nouns
            .iter()
            .filter(|(k, _)| items.iter().all(|i| i.ends_with(k.as_str())))
            .max_by_key(|(k, _)| k.len())
            .map(|(_, en)| en.clone());
        let own = self.unit_info(unit).and_then(|i| i.en.clone());
        match own.as_deref() {
            Some("%" | "yuan" | "percentage points") => own,
            _ => noun.or(own),
        }
    }
}

/// Words of the total that may close a label after the noun of what it counts
/// (经营主体总数, 企业总量, 市场主体数量): the noun names the unit's English.
const TOTAL_WORDS: [&str; 3] = ["总数", "总量", "数量"];
