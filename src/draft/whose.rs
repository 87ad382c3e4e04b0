//! Whose number is it: a number of the report's place, or of another subject the text
//! speaks of. A delegate's own company (代表说，他所在的企业出口额增长18%), a village
//! head's village (“我们村…”) or a district head's district in a provincial story
//! (余杭区区长说：“我们区今年力争地区生产总值增长6%”) is no figure of the report: the
//! draft leaves such numbers to the desk as skips of reason `other-subject`, never a
//! chart, a lead card or an indicator of the report's place.
//!
//! A subject is another when the clause up to the number names one: a pronoun or a
//! demonstrative before a unit (他所在的企业, 我们公司, 该企业, 本单位) or before a place
//! narrower than the report's (我们区 in a 省 or 市 report; 我市 in a 市 report is its
//! own). Someone's words (a quote, or 某某说，… ) whose speaker holds the office of a
//! narrower place (区长, 县委书记, 村主任) or of a company (董事长) are of that subject
//! throughout, 全区 included. A narrower place after 其中 (其中，安平县地区生产总值…；县级
//! 一般公共预算收入…) or opening a sentence after ；(全市…增长5.8%；滨江区增长7.1%，新签约
//! 项目32个) is the subject up to the next place or the end, across ；([`Whose::governs`]).
//! Naming the report's own place again (全省, 我省, 浙江) gives the number back
//! to the report; 全市 as a ranking's pool or a comparison's reference (居全市第1位,
//! 高于全市平均水平) does not.

mod governs;
mod runs;
mod words;

use super::glossary::Glossary;
use super::quotes::Spoken;
use super::sentence::Found;
use words::{COMPANY_HEADS, KINDS, MUNICIPALITIES, OFFICES, SAID, UNITS};

/// Words that point at the speaker's or a named subject's own unit or place. Before a
/// place, the last [`SELF_POINTERS`] of them name the text's own: 我市, 本县, 该区 (a
/// news story's subject) is the report's place, as official writing names itself.
const POINTERS: [&str; 11] = [
    "我们", "咱们", "他们", "她们", "他", "她", "我", "咱", "该", "本", "这家",
];

/// How many of [`POINTERS`], from the end, name the text's own place before a place's
/// word: 我, 该, 本, 咱 and 这家 never point at a narrower one.
const SELF_POINTERS: usize = 5;

/// Characters before a pointer that make it part of a word (其他, 应该, 资本, 成本).
const IN_WORD_BEFORE: [char; 14] = [
    '其', '利', '吉', '应', '活', '资', '成', '基', '根', '样', '版', '文', '日', '原',
];

/// Words between a pointer and its unit: 他所在的企业, 我们的公司.
const LINKS: [&str; 4] = ["所在的", "所在", "的", ""];

/// Places by the word that ends their name, with their level: 0 a province, 1 a
/// prefecture-level city, 2 a district or county, 3 a township, 4 a village.
const PLACES: [(&str, u8); 15] = [
    ("特别行政区", 0),
    ("自治区", 0),
    ("省", 0),
    ("自治州", 1),
    ("市", 1),
    ("州", 1),
    ("盟", 1),
    ("自治县", 2),
    ("区", 2),
    ("县", 2),
    ("旗", 2),
    ("街道", 3),
    ("镇", 3),
    ("乡", 3),
    ("村", 4),
];

/// Characters after a place's word that make it another word (市场, 区域, 县级, 区块链).
const IN_WORD_AFTER: [char; 12] = [
    '场', '值', '域', '级', '属', '位', '间', '别', '划', '块', '分', '民',
];

/// The report's place as this module needs it: the word of its level (省, 市, 自治区),
/// its level, and its names.
#[derive(Debug, Clone, Default)]
pub struct Whose {
    /// The word that ends the report's place (省), when known.
    own: Option<&'static str>,
    /// The level of the report's place.
    level: Option<u8>,
    /// Its full name and its short one (浙江省, 浙江).
    names: Vec<String>,
    /// The quote that the last sentence ended in speaks of another subject.
    carry: bool,
    /// The last sentence, a part's (其中，安平县…), ended in its place's figures.
    part_open: bool,
    /// This sentence goes on after a ；of such a sentence: its place's still.
    part: bool,
    /// This sentence follows a ；of the sentence before.
    clause: bool,
}

impl Whose {
    /// The report's place: `place` where the draft read one, unless the text speaks of
    /// a narrower whole (a district's news under the province its opening names says
    /// 全区, not 全省); else the level that the text's 全省, 全市, 全区… name most.
    pub fn new(place: Option<&str>, text: &str) -> Whose {
        let mut w = Whose::default();
        let named = place.and_then(|p| PLACES.iter().map(|(d, _)| *d).find(|d| p.ends_with(d)));
        if let (Some(p), Some(d)) = (place, named) {
            let short = &p[..p.len() - d.len()];
            if short.chars().count() >= 2 {
                w.names.push(short.to_string());
            }
        }
        w.names.extend(place.map(str::to_string));
        let whole = whole_word(text);
        w.own = match (named, whole) {
            (Some(n), Some(t)) if level(t) > level(n) && !n.ends_with(t) => Some(t),
            (n, t) => n.or(t),
        };
        w.level = w.own.map(|d| match place {
            Some(p) if MUNICIPALITIES.contains(&p) && w.own == named => 0,
            _ => level(d),
        });
        w
    }

    /// True when the place whose word is `d` is narrower than the report's; with the
    /// report's level unknown, only a township or a village is.
    fn narrower(&self, d: &str) -> bool {
        if self.own.is_some_and(|o| o.ends_with(d)) {
            return false;
        }
        match self.level {
            Some(l) => level(d) > l,
            None => level(d) >= 3,
        }
    }

    /// What sentence `k` (`s`) says of whose its numbers are, with the ranges of it in
    /// quoted speech (`spoken`, from [`super::quotes::spoken`]); `clause` when it
    /// follows a ；of the sentence before ([`super::text::Sentence::clause`]).
    pub fn sentence(&mut self, (k, clause): (usize, bool), s: &str, spoken: &[Spoken]) -> Scope {
        self.part = clause && self.part_open;
        self.clause = clause;
        let quotes: Vec<&Spoken> = spoken.iter().filter(|r| r.sentence == k).collect();
        let ranges: Vec<(usize, usize)> = quotes.iter().map(|r| (r.start, r.end)).collect();
        let mut other_from = Vec::new();
        for r in quotes {
            let (a, b) = (r.start, r.end);
            let carried = a == 0 && self.carry;
            let before = s[..a].rsplit(['。', '；', '！', '？']).next().unwrap_or("");
            let after = s[b..].split(['，', '。', '；']).next().unwrap_or("");
            // “…增长7.2%。”北湖区区长说: a speaker named after the quote's last sentence.
            let named_after = self.speaker_other(after) || self.speaker_other(&r.speaker);
            if carried || self.speaker_other(before) || named_after {
                other_from.push((a, b));
            }
        }
        // 某区区长说，今年全区…: reported words, the rest of the sentence.
        if let Some(at) = reported(s) {
            if self.speaker_other(&s[..at]) {
                other_from.push((at, s.len()));
            }
        }
        let scope = Scope {
            text: s.to_string(),
            other_from,
            speech: ranges.clone(),
            whose: self.clone(),
            ends: Vec::new(),
        };
        // A quote open at the end of the sentence goes on into the next one.
        self.carry =
            ranges.iter().any(|&(_, b)| b == s.len()) && scope.other_at(s.len(), Places::default());
        // 其中，安平县…；县级…, 全市…；滨江区…，…；…: the place's sentence goes on after its ；.
        let opens = s.char_indices().any(|(i, _)| self.governs(s, i).is_some());
        let subject = Places {
            clause: false,
            subject: true,
        };
        self.part_open = (self.part || opens) && scope.other_at(s.len(), subject);
        scope
    }

    /// True when `clause` (who speaks, before or after their words) names an office of
    /// a place narrower than the report's (北湖区区长) or of a company (董事长).
    fn speaker_other(&self, clause: &str) -> bool {
        if COMPANY_HEADS.iter().any(|h| clause.contains(h)) {
            return true;
        }
        PLACES.iter().any(|(d, _)| {
            clause.match_indices(d).any(|(i, _)| {
                let after = &clause[i + d.len()..];
                OFFICES.iter().any(|o| after.starts_with(o)) && self.narrower(d)
            })
        })
    }

    /// Where in `s` a pointer names another subject (他所在的企业, 我们区), or the
    /// report's place is named (我省, 全省, 浙江), in order: (byte, true when another).
    fn marks(&self, s: &str, speech: bool, by: Places) -> Vec<(usize, bool)> {
        let mut out = Vec::new();
        for (i, c) in s.char_indices() {
            let before = s[..i].chars().next_back();
            let rest = &s[i..];
            // A narrower place that governs what follows ([`Whose::governs`]) is its
            // subject up to the sentence's end, across ；, whatever its figures' labels
            // (县级一般公共预算收入), until a place is named again (全市, 我市, 临湖县): a
            // later mark wins. An item of a list of places is named by its list.
            let subject = by.subject && self.governs(s, i).is_some();
            // A sentence that goes on after such a sentence's ；is its place's, unless it
            // opens with the report's (全市…), whose mark follows at the same place.
            if subject || i == 0 && by.subject && self.part {
                out.push((i, true));
            }
            if self.names.iter().any(|n| rest.starts_with(n.as_str())) {
                out.push((i, false));
                continue;
            }
            // 区内新能源汽车产量… in a city's text: within the district just spoken of.
            let open = before.is_none_or(|b| CLAUSE_ENDS.contains(&b));
            if let Some(d) = place_word(rest).filter(|d| open && self.narrower(d)) {
                if rest[d.len()..].starts_with('内') {
                    out.push((i, true));
                    continue;
                }
            }
            // A place's name opens the number's own clause; it carries no further, as
            // a pointer does (他所在的企业出口额增长18%，新招工人320名).
            let opens = by.clause
                && before.is_none_or(|b| CLAUSE_ENDS.contains(&b))
                && !rest[..rest
                    .find(|c: char| c.is_ascii_digit())
                    .unwrap_or(rest.len())]
                    .contains(CLAUSE_ENDS);
            if let Some(d) = opens.then(|| self.named_place(rest)).flatten() {
                out.push((i, self.narrower(d)));
                continue;
            }
            // 居全市第1位, 高于全市平均水平, 比全市高: the whole is a ranking's pool or a
            // comparison's reference there, not whose the number is.
            let reference = before.is_some_and(|b| REFERENCE_BEFORE.contains(&b));
            if c == '全' {
                if let Some(d) = place_word(&rest[c.len_utf8()..]).filter(|_| !reference) {
                    // 全区 in a district head's words is his district.
                    let other = self.narrower(d);
                    if !other || speech {
                        out.push((i, other));
                    }
                }
                continue;
            }
            if before.is_some_and(|b| IN_WORD_BEFORE.contains(&b)) {
                continue;
            }
            let Some(k) = POINTERS.iter().position(|p| rest.starts_with(*p)) else {
                continue;
            };
            let (p, own) = (POINTERS[k], k >= POINTERS.len() - SELF_POINTERS);
            let after = &rest[p.len()..];
            for link in LINKS {
                let Some(t) = after.strip_prefix(link) else {
                    continue;
                };
                if UNITS.iter().any(|u| t.starts_with(u)) {
                    out.push((i, true));
                    break;
                }
                if let Some(d) = place_word(t) {
                    out.push((i, !own && self.narrower(d)));
                    break;
                }
            }
        }
        out
    }
}

/// Characters before 全市 that make it a ranking's pool, a comparison's reference or
/// what a part pulls or makes a share of (拉动全市经济增长, 带动全市, 占全市的六成).
const REFERENCE_BEFORE: [char; 5] = ['居', '于', '比', '动', '占'];

/// The word that opens a sentence of a part of the report's whole (其中，安平县…).
const PART: &str = "其中";

/// Marks after which a clause opens.
const CLAUSE_ENDS: [char; 4] = ['，', '；', '。', '：'];

/// Words that open a clause before its subject: 今年，北湖区…; 其中南湖区….
const CLAUSE_OPENERS: [&str; 6] = ["今年", "去年", "全年", "其中", "同时", "此外"];

impl Whose {
    /// The word of the place whose own name opens the clause `rest` (北湖区地区生产总值,
    /// 2025年南湖区…), when that place is not the report's; None for none.
    fn named_place(&self, rest: &str) -> Option<&'static str> {
        let mut t = rest;
        loop {
            let year = t.trim_start_matches(|c: char| c.is_ascii_digit());
            let before = t;
            if year.len() < t.len() {
                t = year.strip_prefix('年').unwrap_or(t);
            }
            if let Some(w) = CLAUSE_OPENERS.iter().find(|w| t.starts_with(*w)) {
                t = t[w.len()..].trim_start_matches(['，', ',']);
            }
            if t == before {
                break;
            }
        }
        let after = crate::draft::label::place::place_prefix(t)?;
        let name = &t[..t.len() - after.len()];
        let own = self.names.iter().any(|n| name.starts_with(n.as_str()));
        let kind = KINDS.contains(&name);
        let pointed = name.starts_with(['全', '本', '我', '该', '各', '其', '每']);
        // 省市县, 设区市: words of levels, no one place's name; 县城, 区外: other words.
        let head = name
            .char_indices()
            .next_back()
            .map_or("", |(i, _)| &name[..i]);
        let levels = PLACES.iter().any(|(d, _)| head.contains(d));
        let word = after.starts_with(IN_WORD_AFTER) || after.starts_with(['城', '外', '内', '圈']);
        let han = name.chars().all(crate::draft::scan::is_han);
        if own || kind || pointed || levels || word || !han {
            return None;
        }
        PLACES.iter().map(|(d, _)| *d).find(|d| name.ends_with(d))
    }
}

/// The place's word that the text's 全省, 全市, 全区… name most, if one does.
fn whole_word(text: &str) -> Option<&'static str> {
    let counts = PLACES.map(|(d, _)| text.matches(&format!("全{d}")[..]).count());
    let most = counts.iter().copied().max().unwrap_or(0);
    let mut top = (0..PLACES.len()).filter(|&i| counts[i] == most);
    match (top.next(), top.next()) {
        (Some(i), None) if most > 0 => Some(PLACES[i].0),
        _ => None,
    }
}

/// The level of a place's word.
fn level(d: &str) -> u8 {
    PLACES.iter().find(|(w, _)| *w == d).map_or(0, |(_, l)| *l)
}

/// The place's word that opens `t` as a place (区, not 区域), if any.
fn place_word(t: &str) -> Option<&'static str> {
    let (d, _) = PLACES.iter().find(|(d, _)| t.starts_with(d))?;
    let next = t[d.len()..].chars().next();
    (!next.is_some_and(|n| IN_WORD_AFTER.contains(&n))).then_some(*d)
}

/// Where the reported words of `s` start when its first clause ends with a verb of
/// speech (市人大代表陈建华说，…): after that clause's mark.
fn reported(s: &str) -> Option<usize> {
    let end = s.find(['，', '：'])?;
    let clause = &s[..end];
    let said = SAID.iter().any(|v| clause.ends_with(v)) && clause.chars().count() <= 30;
    said.then(|| end + s[end..].chars().next().map_or(0, char::len_utf8))
}

/// Which places named before a number make it theirs (beside pointers, 全区 and
/// speakers, which always do).
#[derive(Debug, Clone, Copy, Default)]
pub struct Places {
    /// A place whose name opens the number's own clause (北湖区地区生产总值…): for an
    /// indicator the glossary knows, which would be filed under the report's place.
    pub clause: bool,
    /// A place that governs the clauses after it (其中，安平县…；县级…; …；滨江区…), up
    /// to its end across ；: for every number but an item of a list of places, named by
    /// its list, and a figure named by the place alone (滨江区增长7.1%).
    pub subject: bool,
}

/// One sentence's answer to whose its numbers are.
#[derive(Debug, Clone)]
pub struct Scope {
    text: String,
    /// Byte ranges whose speaker speaks for another subject.
    other_from: Vec<(usize, usize)>,
    /// Byte ranges of quoted speech.
    speech: Vec<(usize, usize)>,
    whose: Whose,
    /// Where each figure asked of so far ends, and whether it was another subject's.
    ends: Vec<(usize, bool)>,
}

impl Scope {
    /// True when figure `f` of the sentence is another subject's ([`Scope::other_at`]),
    /// read up to its value: a place that opens the value's clause names it, though its
    /// change follows in a clause of its own (北湖区地区生产总值520.4亿元，增长6.8%),
    /// where `g` knows its label as an indicator; a place that opens the sentence names
    /// every figure but a list's item.
    pub fn other(&self, f: &Found, g: &Glossary) -> bool {
        let item = f.list().is_some();
        let by = Places {
            clause: !item && g.term(&f.label).is_some(),
            subject: !item && !self.whose.place_alone(&f.label),
        };
        self.other_at(f.value_end(), by)
    }

    /// True when the number that ends at byte `end` of the sentence is another
    /// subject's: the last mark before it names another, or it stands in the words of
    /// a speaker for another and no mark after their start names the report's place.
    /// Places named at a clause's or the sentence's start count as `by` says.
    pub fn other_at(&self, end: usize, by: Places) -> bool {
        let at = end.saturating_sub(1);
        let within = |&&(a, b): &&(usize, usize)| a <= at && at < b.max(a + 1);
        let speaker = self.other_from.iter().find(within);
        let speech = speaker.is_some() || self.speech.iter().any(|r| within(&r));
        let from = speaker.map_or(0, |r| r.0);
        let head = self.text.get(..end).unwrap_or(&self.text);
        let last = (self.whose.marks(head, speech, by).into_iter()).rfind(|(i, _)| *i >= from);
        match last {
            Some((_, other)) => other,
            None => speaker.is_some(),
        }
    }
}
