//! One text scored: the draft's figures matched to the truth's, each drafted figure right
//! or wrong by class, and the headings found.
//!
//! A drafted figure belongs to a truth figure when its source sentence holds the truth's
//! quote (at the quote's own place in the text, so that a repeated quote is told apart by
//! its `nth`) and it prints one of the truth figure's numbers. Each truth figure takes
//! one drafted figure, closest pairs first (a right one before any other); a drafted
//! figure left over that still belongs to a taken truth figure is half of a split.

use super::figure::{Field, Fig};
use super::truth::{occurrence, strip, Half, TruthList};
use serde_json::Value;

/// Why a drafted figure is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Its unit, or the unit's magnitude, differs.
    Unit,
    /// Its change is missing, extra or differs.
    Change,
    /// Its status or period differs.
    Status,
    /// One truth figure drafted as two (the amount and its change apart).
    Split,
    /// Its qualifier, range end or value differs.
    Other,
    /// Its number is no truth figure's: a year, a date, a heading …
    NotFigure,
}

impl Class {
    /// Every class, in the order the score prints them.
    pub const ALL: [Class; 6] = [
        Class::Unit,
        Class::Change,
        Class::Status,
        Class::Split,
        Class::Other,
        Class::NotFigure,
    ];

    /// As the score prints it.
    pub fn name(self) -> &'static str {
        match self {
            Class::Unit => "unit",
            Class::Change => "change",
            Class::Status => "status",
            Class::Split => "split",
            Class::Other => "other",
            Class::NotFigure => "not-figure",
        }
    }

    /// The class of a drafted figure that differs from its truth in `fields`: a wrong
    /// unit first (a wrong magnitude is the worst number), then what the figure means.
    fn of(fields: &[Field]) -> Class {
        if fields.contains(&Field::Unit) {
            Class::Unit
        } else if fields
            .iter()
            .any(|f| matches!(f, Field::Status | Field::Period))
        {
            Class::Status
        } else if fields.contains(&Field::Change) {
            Class::Change
        } else {
            Class::Other
        }
    }
}

/// A drafted figure that is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Wrong {
    /// Index into [`TextScore::draft`].
    pub drafted: usize,
    /// Why.
    pub class: Class,
    /// The truth figure it belongs to, if any (index into [`TextScore::truth`]).
    pub truth: Option<usize>,
    /// What differs from that truth figure.
    pub fields: Vec<Field>,
}

/// The headings of one level: expected, and those the draft did not find.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Headings {
    /// Expected, from the truth list.
    pub expected: usize,
    /// Not among the draft's section and topic titles.
    pub missed: Vec<String>,
}

/// One text scored.
#[derive(Debug, Clone, PartialEq)]
pub struct TextScore {
    /// The text's slug.
    pub slug: String,
    /// Its half.
    pub half: Half,
    /// The folder of its truth list (`gzbg-2026`): the ratchet keeps a record per folder.
    pub folder: String,
    /// The truth's figures.
    pub truth: Vec<Fig>,
    /// The draft's figures.
    pub draft: Vec<Fig>,
    /// For each truth figure, the drafted figure that is right for it.
    pub right: Vec<Option<usize>>,
    /// Every drafted figure that is wrong.
    pub wrong: Vec<Wrong>,
    /// Level-1 and level-2 headings.
    pub headings: [Headings; 2],
}

impl TextScore {
    /// Figures found right whose period differs from the truth list's (reported only).
    pub fn periods_apart(&self) -> usize {
        self.right
            .iter()
            .enumerate()
            .filter_map(|(t, d)| d.map(|d| (t, d)))
            .filter(|&(t, d)| self.draft[d].period_differs(&self.truth[t]))
            .count()
    }

    /// Truth figures found right.
    pub fn found(&self) -> usize {
        self.right.iter().flatten().count()
    }

    /// Wrong drafted figures of `class`.
    pub fn wrong_of(&self, class: Class) -> usize {
        self.wrong.iter().filter(|w| w.class == class).count()
    }
}

/// Where each source sentence stands in the stripped text, found in order (the draft
/// writes its figures in the text's order), or `None` where it cannot be found.
fn source_places(text: &str, figs: &[Fig]) -> Vec<Option<usize>> {
    let mut from = 0;
    figs.iter()
        .map(|f| {
            let at = text
                .get(from..)
                .and_then(|rest| rest.find(&f.source))
                .map(|i| i + from)
                .or_else(|| text.find(&f.source));
            if let Some(at) = at {
                from = at;
            }
            at.filter(|_| !f.source.is_empty())
        })
        .collect()
}

/// Marks that end a sentence, which a draft's source sentence does not hold.
const ENDS: [char; 6] = ['。', '；', '！', '？', ';', '!'];

/// The part of a quote that one sentence holds, and its byte offset in the quote: a quote
/// may end with its sentence's mark (规模工业增加值增长6%；), start with the end of the
/// sentence before it, or run into the words of the sentence after it, written to make
/// the quote unique (…竞争力。产值突破1300亿元; 增长8%左右；城镇新增就业人数): the last
/// sentence of the quote that holds a digit, else its last.
fn sentence_of(quote: &str) -> (usize, &str) {
    let core = quote.trim_end_matches(ENDS);
    let core = core.trim_end_matches(['，', ',']);
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut from = 0;
    for (i, c) in core.char_indices().filter(|(_, c)| ENDS.contains(c)) {
        pieces.push((from, &core[from..i]));
        from = i + c.len_utf8();
    }
    pieces.push((from, &core[from..]));
    pieces.retain(|(_, p)| !p.is_empty());
    let digit = |p: &str| {
        p.chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let with_digit = pieces.iter().rev().find(|(_, p)| digit(p));
    match with_digit.or(pieces.last()) {
        Some(&(at, p)) => (at, p),
        None => (0, core),
    }
}

/// The two sides, with where each quote and each source stands in the text.
struct Sides {
    truth: Vec<Fig>,
    drafted: Vec<Fig>,
    quoted: Vec<Option<usize>>,
    placed: Vec<Option<usize>>,
}

impl Sides {
    /// Drafted figure `d`'s source holds truth figure `t`'s quote, at the quote's place
    /// where both places are known.
    fn holds(&self, d: usize, t: usize) -> bool {
        let (src, quote) = (&self.drafted[d].source, &self.truth[t].source);
        let (skip, core) = sentence_of(quote);
        match (self.placed[d], self.quoted[t]) {
            (Some(s), Some(q)) => s <= q + skip && q + skip + core.len() <= s + src.len(),
            _ => src.contains(core),
        }
    }

    /// Drafted figure `d` is (a part of) truth figure `t`.
    fn belongs(&self, d: usize, t: usize) -> bool {
        self.holds(d, t) && self.drafted[d].shared(&self.truth[t]) > 0
    }

    /// For each truth figure, the drafted figure it takes. Every pair that belongs
    /// together, closest first (fewest fields apart, then most numbers shared, then in
    /// text order), each figure taken once: one truth figure cannot take the drafted
    /// figure that is right for its neighbour.
    fn pair(&self) -> Vec<Option<usize>> {
        let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (t, tf) in self.truth.iter().enumerate() {
            for (d, df) in self.drafted.iter().enumerate() {
                if self.belongs(d, t) {
                    pairs.push((df.differs(tf).len(), usize::MAX - df.shared(tf), t, d));
                }
            }
        }
        pairs.sort_unstable();
        let mut taken = vec![false; self.drafted.len()];
        let mut primary = vec![None; self.truth.len()];
        for (_, _, t, d) in pairs {
            if !taken[d] && primary[t].is_none() {
                taken[d] = true;
                primary[t] = Some(d);
            }
        }
        primary
    }

    /// The truth figures found right, and every wrong drafted figure in draft order.
    fn judge(&self, primary: &[Option<usize>]) -> (Vec<Option<usize>>, Vec<Wrong>) {
        let mut split = vec![false; self.truth.len()];
        let mut wrong = Vec::new();
        for d in 0..self.drafted.len() {
            if primary.contains(&Some(d)) {
                continue;
            }
            let of = (0..self.truth.len()).find(|&t| primary[t].is_some() && self.belongs(d, t));
            if let Some(t) = of {
                split[t] = true;
            }
            wrong.push(Wrong {
                drafted: d,
                class: of.map_or(Class::NotFigure, |_| Class::Split),
                truth: of,
                fields: of.map_or_else(Vec::new, |t| self.drafted[d].differs(&self.truth[t])),
            });
        }
        let mut right = vec![None; self.truth.len()];
        for (t, d) in primary.iter().enumerate() {
            let Some(d) = *d else { continue };
            let fields = self.drafted[d].differs(&self.truth[t]);
            if fields.is_empty() {
                right[t] = Some(d);
                continue;
            }
            // The half of a split that took the truth figure is a split too.
            let class = if split[t] {
                Class::Split
            } else {
                Class::of(&fields)
            };
            wrong.push(Wrong {
                drafted: d,
                class,
                truth: Some(t),
                fields,
            });
        }
        wrong.sort_by_key(|w| w.drafted);
        (right, wrong)
    }
}

/// Scores the draft (the data file's JSON) of `text` against its truth `list`.
pub fn score(slug: &str, list: &TruthList, text: &str, draft: &Value) -> TextScore {
    let stripped = strip(text);
    let quoted = list
        .figures
        .iter()
        .map(|t| occurrence(&stripped, &strip(&t.quote), t.nth.unwrap_or(1)))
        .collect();
    let drafted: Vec<Fig> = draft
        .get("figures")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(Fig::from_draft).collect())
        .unwrap_or_default();
    let sides = Sides {
        truth: (list.figures.iter())
            .map(|t| Fig::from_truth(t, list.yearly_amounts))
            .collect(),
        placed: source_places(&stripped, &drafted),
        drafted,
        quoted,
    };
    let (right, wrong) = sides.judge(&sides.pair());
    TextScore {
        slug: slug.to_string(),
        half: list.half,
        folder: String::new(),
        headings: headings(list, draft),
        truth: sides.truth,
        draft: sides.drafted,
        right,
        wrong,
    }
}

/// A heading without its numbering: 一、 （一） (一) 第一部分.
pub fn unnumbered(heading: &str) -> &str {
    const NUMERALS: &[char] = &[
        '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇', '零',
    ];
    let h = heading.trim_start();
    let after_numerals = |s: &str| s.trim_start_matches(NUMERALS).len() < s.len();
    if let Some(rest) = h.strip_prefix(['（', '(']) {
        let inner = rest.trim_start_matches(NUMERALS);
        if inner.len() < rest.len() {
            if let Some(r) = inner.strip_prefix(['）', ')']) {
                return r.strip_prefix(['、', '，']).unwrap_or(r);
            }
        }
    }
    if let Some(rest) = h.strip_prefix('第') {
        let inner = rest.trim_start_matches(NUMERALS);
        if inner.len() < rest.len() {
            if let Some(r) = inner.strip_prefix("部分") {
                return r.trim_start_matches(['、', '，', '：', ' ']);
            }
        }
    }
    if after_numerals(h) {
        if let Some(r) = h.trim_start_matches(NUMERALS).strip_prefix('、') {
            return r;
        }
    }
    h
}

/// The draft's section and topic titles, whitespace removed.
fn titles(draft: &Value) -> Vec<String> {
    fn title(v: &Value) -> Option<&str> {
        let t = v.get("title")?;
        t.as_str().or_else(|| t.get("zh").and_then(Value::as_str))
    }
    let mut out = Vec::new();
    let sections = draft.get("sections").and_then(Value::as_array);
    for s in sections.into_iter().flatten() {
        out.extend(title(s).map(strip));
        let topics = s.get("topics").and_then(Value::as_array);
        out.extend(topics.into_iter().flatten().filter_map(title).map(strip));
    }
    out
}

fn headings(list: &TruthList, draft: &Value) -> [Headings; 2] {
    let titles = titles(draft);
    let mut out: [Headings; 2] = Default::default();
    for h in &list.headings {
        let Some(level) = out.get_mut(usize::from(h.level).wrapping_sub(1)) else {
            continue;
        };
        let text = strip(&h.text);
        // （一）着力改善民生。: the lists' writers differ on the full stop a page prints
        // after a heading (tests/truth/README.md); the draft's titles never keep it.
        let words = text.trim_end_matches(['。', '.']);
        let bare = unnumbered(words);
        level.expected += 1;
        if !titles.iter().any(|t| t == words || t == bare) {
            level.missed.push(text);
        }
    }
    out
}
