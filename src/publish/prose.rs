//! The report's text as the story page prints it: paragraph by paragraph, each number
//! that is a figure marked with that figure's id, and each section's paragraphs beside
//! the report's section they belong to, so that a chart can stand after the paragraph
//! that holds the sources of its figures.
//!
//! The text is cut exactly as the draft and the coverage check cut it
//! ([`text::outline`]), so a sentence here is a figure's `source` or a skip's `sentence`
//! character for character. A number is marked only where a figure of that very sentence
//! prints it (its value, range end, change or comparison) and no skip names it: a number
//! the desk left as a skip, `unread` included, is never made to look like a figure.

use crate::check::printed;
use crate::check::printed::Number;
use crate::draft::coverage::same;
use crate::draft::{latin, numbers, text};
use crate::publish::punctuation::full_width;
use crate::shared::format::sign::minus_before;
use crate::shared::model::{Figure, Qualifier, Report};

/// Where a sentence ends, as [`text::outline`] cuts: the mark is given back for display.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '？', '!', '?'];

/// A run of a paragraph as displayed (full-width punctuation).
#[derive(Debug, Clone, PartialEq)]
pub enum Run {
    /// Text with no live number: words, and numbers that are no figure (skips).
    Text(String),
    /// A number of the text that figure `id` prints, as printed.
    Figure {
        /// The figure's id.
        id: String,
        /// The number as printed (800, 4.3).
        text: String,
    },
    /// A line break before an item of a numbered list (1.…；2.…) inside a paragraph:
    /// a list printed one item a line is not run into one block on the page.
    Break,
}

/// One paragraph of the text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// Its index in the whole text (as [`text::Sentence::paragraph`]).
    pub index: usize,
    /// What it prints, in order.
    pub runs: Vec<Run>,
    /// Its sentences as the data quotes them (whitespace removed, no closing mark).
    pub sentences: Vec<String>,
    /// It is a table: each sentence a row, its cells parted by one space.
    pub table: bool,
}

impl Paragraph {
    /// The ids of the figures it marks, in order, each once.
    pub fn figures(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for r in &self.runs {
            if let Run::Figure { id, .. } = r {
                if !out.contains(&id.as_str()) {
                    out.push(id);
                }
            }
        }
        out
    }
}

/// A part of the text under one heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The report's section it is (by its heading, else by its figures), if any.
    pub section: Option<String>,
    /// Its heading as printed, whitespace removed; `None` for the text before the first.
    pub heading: Option<String>,
    /// Its paragraphs.
    pub paragraphs: Vec<Paragraph>,
}

/// The whole text, cut into parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prose {
    /// The parts in the text's order.
    pub parts: Vec<Part>,
}

impl Prose {
    /// The paragraphs of the report's section `id`, in order.
    pub fn of_section<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Paragraph> {
        self.parts
            .iter()
            .filter(move |p| p.section.as_deref() == Some(id))
            .flat_map(|p| &p.paragraphs)
    }

    /// Every paragraph, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.parts.iter().flat_map(|p| &p.paragraphs)
    }

    /// The paragraph a chart stands after: the last one that holds the source of one of
    /// `figures` (a chart comes after the words it illustrates, all of them).
    pub fn place_of(&self, report: &Report, figures: &[usize]) -> Option<usize> {
        let sources: Vec<&str> = figures
            .iter()
            .filter_map(|i| report.figures.get(*i))
            .map(|f| f.source.as_str())
            .collect();
        self.paragraphs()
            .filter(|p| p.sentences.iter().any(|s| sources.contains(&s.as_str())))
            .map(|p| p.index)
            .max()
    }
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A number a figure prints in its sentence: its value, with whether it carries the
/// sentence's sign, and the unit and qualifier printed around it (which of two equal
/// numbers of one sentence it is: 连续5年压减比例超5% prints 5 twice).
struct Slot<'a> {
    /// The figure's index in [`Report::figures`].
    figure: usize,
    value: f64,
    sign: bool,
    unit: &'a str,
    qualifier: Option<&'static str>,
    /// The figure's label, for its value (县城新增人口100万 beside 3个100万); empty for a
    /// change, whose words (增长) stand between.
    label: &'a str,
}

/// The numbers a figure prints in its sentence, each with whether it carries the
/// sentence's sign: its value does (−1.2 of 同比增速为-1.2%); its range end and those of
/// its change and comparison are magnitudes, as `check`'s coverage reads them; in a
/// table's row (`row`), a change signed as printed (a 比上年增长% cell -3.2: a growth of
/// −3.2) carries its sign, and its mark its minus ([`crate::publish::story_text`]).
fn printed<'a>(i: usize, f: &'a Figure, row: bool) -> Vec<Slot<'a>> {
    let q = f.qualifier.map(Qualifier::zh);
    let slot = |value: f64, sign: bool, unit: &'a str, qualifier: Option<&'static str>| Slot {
        figure: i,
        value,
        sign,
        unit,
        qualifier,
        label: "",
    };
    let label = |s: Slot<'a>| Slot {
        label: &f.label.zh,
        ..s
    };
    let mut out: Vec<Slot> = f
        .value
        .map(|v| label(slot(v, true, &f.unit.zh, q)))
        .into_iter()
        .collect();
    out.extend(f.to.map(|v| slot(v, row && v < 0.0, &f.unit.zh, q)));
    for c in f.change.iter().chain(&f.compare) {
        let q = c.qualifier.map(Qualifier::zh);
        for v in [Some(c.value), c.to].into_iter().flatten() {
            out.push(slot(v, row && v < 0.0, &c.unit, q));
        }
    }
    out
}

/// How well number `n` of `quoted` stands where `slot` was read from: 2 for its unit
/// right after it (余 and 多 inside the unit aside), 1 more for its qualifier around it,
/// and 1 more for the last two characters of its label right before it (or before its
/// qualifier).
fn fit(quoted: &str, n: &Number, slot: &Slot) -> u8 {
    let before = quoted.get(..n.start).unwrap_or_default();
    let after = quoted.get(n.end..).unwrap_or_default();
    let unit_len = slot.unit.chars().count();
    let unit: String = after
        .chars()
        .take(unit_len + 1)
        .filter(|c| !matches!(c, '余' | '多'))
        .take(unit_len)
        .collect();
    let unit_fits = !slot.unit.is_empty() && unit == slot.unit;
    let rest = after
        .char_indices()
        .filter(|(_, c)| !matches!(c, '余' | '多'))
        .nth(if unit_fits { unit_len } else { 0 })
        .map_or("", |(k, _)| &after[k..]);
    let qualifier_fits = slot
        .qualifier
        .is_some_and(|q| before.ends_with(q) || rest.starts_with(q));
    let named = before
        .strip_suffix(slot.qualifier.unwrap_or_default())
        .unwrap_or(before);
    let tail: String = {
        let mut t: Vec<char> = slot.label.chars().rev().take(2).collect();
        t.reverse();
        t.into_iter().collect()
    };
    let label_fits = tail.chars().count() == 2 && named.ends_with(&tail);
    u8::from(unit_fits) * 2 + u8::from(qualifier_fits) + u8::from(label_fits)
}

/// Which figure's number each number of `quoted` is (by index into `slots`), if any.
/// Each figure's number is marked once, at the number that stands as it was read (its
/// unit after it, its qualifier around it: of 15件…“15分钟…” the 15 of 件), the first
/// such where two stand alike; a number the skips name as many times as the sentence
/// prints it is never a figure's (a skip names a number, not where it stands).
fn assign(report: &Report, quoted: &str, wanted: &[Number], slots: &[Slot]) -> Vec<Option<usize>> {
    let mut left: Vec<usize> = wanted
        .iter()
        .map(|n| {
            let printed = wanted.iter().filter(|m| m.text == n.text).count();
            let skipped = (report.skips.iter())
                .filter(|s| s.sentence == quoted && s.number == n.text)
                .count();
            printed.saturating_sub(skipped)
        })
        .collect();
    let mut pairs: Vec<(u8, usize, usize)> = Vec::new();
    for (k, slot) in slots.iter().enumerate() {
        for (j, n) in wanted.iter().enumerate() {
            let v = if slot.sign {
                numbers::signed(quoted, n)
            } else {
                n.value
            };
            if same(slot.value, v) {
                pairs.push((fit(quoted, n, slot), k, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut out = vec![None; wanted.len()];
    let mut taken = vec![false; slots.len()];
    for (_, k, j) in pairs {
        if taken[k] || out[j].is_some() || left[j] == 0 {
            continue;
        }
        taken[k] = true;
        out[j] = Some(k);
        // The numbers printed alike share what the skips leave of them.
        let text = &wanted[j].text;
        for (m, n) in wanted.iter().enumerate() {
            if n.text == *text {
                left[m] -= 1;
            }
        }
    }
    out
}

/// The runs of one sentence (`display`: as shown, closing mark included; `quoted`: as the
/// data quotes it). A figure's number is used once: 增长4.3% twice in one sentence needs
/// two figures to be marked twice.
pub fn runs(report: &Report, quoted: &str, display: &str) -> Vec<Run> {
    runs_of(report, (quoted, display), false)
}

/// The runs of table row `row` (its cells parted by one space), as [`runs`] reads a
/// sentence but for a change signed as printed, which its signed number matches.
pub fn row_runs(report: &Report, row: &str) -> Vec<Run> {
    runs_of(report, (row, row), true)
}

fn runs_of(report: &Report, (quoted, display): (&str, &str), row: bool) -> Vec<Run> {
    let mut out = Vec::new();
    let mut at = 0;
    let wanted = printed::numbers(quoted);
    let shown = printed::numbers(display);
    let slots: Vec<Slot> = (report.figures.iter().enumerate())
        .filter(|(_, f)| f.source == quoted)
        .flat_map(|(i, f)| printed(i, f, row))
        .collect();
    let marks = assign(report, quoted, &wanted, &slots);
    for ((n, d), k) in wanted.iter().zip(&shown).zip(marks) {
        let Some(slot) = k.and_then(|k| slots.get(k)) else {
            continue;
        };
        let Some(f) = report.figures.get(slot.figure) else {
            continue;
        };
        let signed = numbers::signed(quoted, n);
        // -0.96‰ is the figure's number, sign and all: a mark of 0.96 with the minus left
        // outside it reads as a positive number (tester s-test23 #24).
        let lead = display.get(at..d.start).unwrap_or_default();
        let minus = (slot.sign && signed < 0.0 && minus_before(lead))
            .then(|| lead.chars().next_back())
            .flatten();
        let start = d.start - minus.map_or(0, char::len_utf8);
        if start > at {
            out.push(Run::Text(display[at..start].to_string()));
        }
        out.push(Run::Figure {
            id: f.id.clone(),
            text: minus.map_or_else(|| d.text.clone(), |m| format!("{m}{}", d.text)),
        });
        at = d.end;
    }
    if at < display.len() {
        out.push(Run::Text(display[at..].to_string()));
    }
    out
}

/// The report's section a part belongs to: the one whose title is its heading, else the
/// one most of its paragraphs' figures belong to.
fn section_of(report: &Report, heading: Option<&str>, paragraphs: &[Paragraph]) -> Option<String> {
    if let Some(h) = heading {
        let h = strip_ws(h);
        if let Some(s) = report.sections.iter().find(|s| strip_ws(&s.title.zh) == h) {
            return Some(s.id.clone());
        }
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for id in paragraphs.iter().flat_map(Paragraph::figures) {
        let Some(f) = report.figure(id) else { continue };
        match counts.iter_mut().find(|(s, _)| *s == f.section) {
            Some((_, n)) => *n += 1,
            None => counts.push((&f.section, 1)),
        }
    }
    // The first of the most: a tie goes to the section the text reaches first.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .iter()
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s.to_string())
}

/// Reads `text` (the report's text as printed) against `report`.
pub fn read(text: &str, report: &Report) -> Prose {
    let outline = text::outline(text);
    // Each sentence's closing mark, found in the text with its whitespace removed.
    let flat = text::flat(text);
    let mut cursor = 0;
    let mut parts: Vec<Part> = outline
        .sections
        .iter()
        .map(|h| Part {
            section: None,
            heading: h.as_deref().map(strip_ws),
            paragraphs: Vec::new(),
        })
        .collect();
    // A headline the report is titled by stands above as its title: never again as the
    // article's first paragraph.
    let titled = outline
        .headline_text()
        .filter(|h| *h == strip_ws(&report.meta.title.zh))
        .and(outline.headline);
    for s in &outline.sentences {
        if Some(s.paragraph) == titled {
            continue;
        }
        let end = match flat[cursor..].find(&s.text) {
            Some(i) => {
                cursor += i + s.text.len();
                // An English line's full stop (previous year.全年…) is its own.
                flat[cursor..]
                    .chars()
                    .next()
                    .filter(|c| SENTENCE_ENDS.contains(c) || *c == '.' && latin::prose(&s.text))
            }
            None => None,
        };
        // Together, so that a closing `;` of a Chinese sentence becomes full-width too;
        // the quotation marks after its end (…要求。”) close it, as printed.
        let display = full_width(&format!(
            "{}{}",
            s.text,
            end.map(|e| format!("{e}{}", s.closes)).unwrap_or_default()
        ));
        let Some(part) = parts.get_mut(s.section) else {
            continue;
        };
        if part
            .paragraphs
            .last()
            .is_none_or(|p| p.index != s.paragraph)
        {
            part.paragraphs.push(Paragraph {
                index: s.paragraph,
                table: s.row,
                ..Paragraph::default()
            });
        }
        if let Some(p) = part.paragraphs.last_mut() {
            if !p.sentences.is_empty()
                && !p.table
                && numbers::without_item_number(&s.text).is_some()
            {
                p.runs.push(Run::Break);
            }
            p.runs.extend(runs(report, &s.text, &display));
            p.sentences.push(s.text.clone());
        }
    }
    for part in &mut parts {
        part.section = section_of(report, part.heading.as_deref(), &part.paragraphs);
    }
    parts.retain(|p| !p.paragraphs.is_empty() || p.heading.is_some());
    Prose { parts }
}
