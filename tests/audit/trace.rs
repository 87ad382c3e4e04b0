//! What a printed number may be, and the audit of one text against it (the facts it may
//! trace to: `facts`).
//!
//! A number traces to a fact: a figure's value, change or comparison, in base units
//! (800亿元 is 8e10), of the chart it is printed on, or of the report for the page's own
//! texts. The few numbers that are no amount are accounted for one by one: the report's
//! year (`meta.year`) and a figure's period (2026年 of a target), names glued to Latin letters that a source sentence prints (PM2.5),
//! a source sentence quoted whole, and a label whose own numbers its sentence prints.
//! Nothing worked out is accounted for (a fall in per cent, a share of a whole): the
//! report does not print it. A number of a figure with a qualifier (突破, 以上 …) must
//! show it beside it.

use crate::facts::{facts, same, Fact};
use crate::read::{self, Printed};
use report_charts::shared::messages;
use report_charts::shared::model::{ChangeKind, Chart, Figure, Lang, Report};

/// What the numbers of one text may trace to.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub facts: Vec<Fact>,
    /// Texts of the data quoted whole, whose numbers are accounted for by the quote.
    pub quotes: Vec<String>,
    /// The source sentences: they account for the names (PM2.5) the outputs print.
    pub sources: Vec<String>,
    /// `meta.year`, which pages print as the year (2024年, a kicker's "· 2024").
    pub year: i64,
}

/// One number of one output that traces to nothing.
#[derive(Debug, Clone)]
pub struct Finding {
    pub place: String,
    pub printed: String,
    pub problem: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} — {}", self.place, self.printed, self.problem)
    }
}

/// The numbers of `text` that are amounts, in base units.
fn amounts(text: &str) -> Vec<f64> {
    read::numbers(text)
        .into_iter()
        .filter_map(|(_, p)| match p {
            Printed::Number { value, .. } => Some(value),
            Printed::Name(_) => None,
        })
        .collect()
}

/// The amounts of a Chinese text, and one of each magnitude it names without digits:
/// 亿元楼 (a building paying 100 million yuan of tax) names 1e8.
fn amounts_zh(text: &str) -> Vec<f64> {
    let mut out = amounts(text);
    for (i, _) in text.char_indices() {
        let digit_before = text[..i].ends_with(|c: char| c.is_ascii_digit());
        if let Some((scale, _)) = read::chinese_scale(&text[i..]).filter(|_| !digit_before) {
            out.push(scale);
        }
    }
    out
}

/// `text` with every run of white space one space: a wrapped line reads as one.
pub fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A label's numbers (年营业收入超50亿元的企业) are accounted for when its figure's
/// sentence prints them, and the English label's when they are the Chinese label's.
fn labels(f: &Figure) -> Vec<String> {
    let zh = amounts_zh(&f.label.zh);
    let sentence = amounts_zh(&f.source);
    let zh_ok = zh.iter().all(|v| sentence.iter().any(|s| same(*s, *v)));
    let en_ok = amounts(&f.label.en)
        .iter()
        .all(|v| zh.iter().any(|s| same(*s, *v)));
    let mut out = Vec::new();
    if zh_ok && !zh.is_empty() {
        out.push(f.label.zh.clone());
        if en_ok && !f.label.en.is_empty() {
            out.push(spaced(&f.label.en));
        }
    }
    out
}

fn scope_of<'a>(r: &Report, figures: impl Iterator<Item = &'a Figure>) -> Scope {
    let mut s = Scope {
        year: r.meta.year,
        ..Scope::default()
    };
    for f in figures {
        s.facts.extend(facts(f));
        s.quotes.push(f.source.clone());
        // The pages show a source with full-width punctuation (issue 19): the same sentence.
        s.quotes
            .push(report_charts::publish::punctuation::full_width(&f.source));
        s.quotes.extend(labels(f));
        // A figure's period (预期目标，2026年; 2026年限值) is the data's words, read from the
        // text with the figure: its year is accounted for as the report's year is.
        if let Some(p) = &f.period {
            s.quotes.extend(
                [&p.zh, &p.en]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .cloned(),
            );
        }
        // A change from an old value prints the years its sentence gives the two values
        // (由2020年的9.8万元提高到2025年的12.6万元, "up from 98,000 in 2020"): the change's
        // words, read from the text with the figure, as a period's year is.
        if let Some(c) = f.change.as_ref().filter(|c| c.kind == ChangeKind::From) {
            for lang in [Lang::Zh, Lang::En] {
                let printed = report_charts::shared::format::change(c, f, lang);
                s.quotes.extend(printed_years(&printed));
            }
        }
        s.sources.push(f.source.clone());
    }
    // The longest first, so that a quote inside another does not cut it.
    s.quotes.sort_by_key(|q| std::cmp::Reverse(q.len()));
    s
}

/// The years `printed` names with their word: 2020年, and "in 2020" in English.
fn printed_years(printed: &str) -> Vec<String> {
    let chars: Vec<char> = printed.chars().collect();
    let mut out = Vec::new();
    for (i, w) in chars.windows(4).enumerate() {
        let digit_at = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
        let whole =
            w.iter().all(char::is_ascii_digit) && !(i > 0 && digit_at(i - 1)) && !digit_at(i + 4);
        if !whole {
            continue;
        }
        let year: String = w.iter().collect();
        if chars.get(i + 4) == Some(&'年') {
            out.push(format!("{year}年"));
        }
        if chars[..i].iter().collect::<String>().ends_with("in ") {
            out.push(format!("in {year}"));
        }
    }
    out
}

/// What the texts of `chart` may print: its own figures, and the key of its kind (a
/// waffle's "each square is 1%", [`report_charts::shared::messages::charts::waffle_key`]).
pub fn chart_scope(r: &Report, chart: &Chart) -> Scope {
    let mut s = scope_of(r, r.figures_of(chart));
    if chart.kind == report_charts::shared::charts::waffle::KIND {
        s.quotes.extend(
            [Lang::Zh, Lang::En]
                .map(messages::charts::waffle_key)
                .map(str::to_string),
        );
    }
    s
}

/// What the page's own texts (headline, deck, headings, footer) may print: any figure,
/// and the deck whole where it quotes a line of the text the data accounts for (the
/// subhead 地区生产总值突破900亿元 规上工业增长7.2%, its numbers skips of that line), as
/// the article quotes the text's sentences.
pub fn page_scope(r: &Report) -> Scope {
    let mut s = scope_of(r, r.figures.iter());
    let deck = &r.meta.deck.zh;
    let flat: String = deck.split_whitespace().collect();
    let quoted = (r.skips.iter().map(|k| &k.sentence))
        .chain(r.figures.iter().map(|f| &f.source))
        .any(|line| !flat.is_empty() && *line == flat);
    if quoted {
        s.quotes.push(deck.clone());
        s.quotes
            .push(report_charts::publish::punctuation::full_width(deck));
        s.quotes.sort_by_key(|q| std::cmp::Reverse(q.len()));
    }
    s
}

/// Up to 24 characters either side of `needle`, printed at byte `i` of `text`.
fn around(text: &str, i: usize, needle: &str) -> String {
    let before: Vec<char> = text[..i].chars().rev().take(24).collect();
    let before: String = before.into_iter().rev().collect();
    let after: String = text[i + needle.len()..].chars().take(24).collect();
    format!("…{before}[{needle}]{after}…")
}

/// Audits every number of `text` against `scope`, adding what traces to nothing to `out`.
pub fn audit(text: &str, scope: &Scope, place: &str, out: &mut Vec<Finding>) {
    let mut masked = spaced(text);
    for q in &scope.quotes {
        if !q.is_empty() {
            masked = masked.replace(q.as_str(), "〔quote〕");
        }
    }
    for (at, p) in read::numbers(&masked) {
        let (printed, problem) = match p {
            Printed::Name(name) => {
                if scope.sources.iter().any(|s| s.contains(&name)) {
                    continue;
                }
                (name, "a name that no source sentence prints".to_string())
            }
            Printed::Number {
                text: t,
                value,
                last,
                minus,
            } => {
                // A decline's bar end prints its own sign (−3% for 下降3%).
                let of: Vec<&Fact> = (scope.facts.iter())
                    .filter(|f| same(f.value, value) || f.down && same(-f.value, value))
                    .collect();
                if t == scope.year.to_string() {
                    continue;
                }
                if let Some(problem) = unsigned(&of, value, minus, scope) {
                    let t = format!("{}{t}", minus.map(String::from).unwrap_or_default());
                    let start = at - minus.map_or(0, char::len_utf8);
                    out.push(Finding {
                        place: place.to_string(),
                        printed: around(&masked, start, &t),
                        problem,
                    });
                    continue;
                }
                match unhedged(&masked, at, &t, &of) {
                    None if !of.is_empty() && dropped(&of, last) => (
                        t.clone(),
                        "printed with fewer digits after the point than the report".to_string(),
                    ),
                    None if !of.is_empty() => continue,
                    None => (t.clone(), problem(value, scope)),
                    Some(words) => (
                        t.clone(),
                        format!("printed without its qualifier (one of {words:?})"),
                    ),
                }
            }
        };
        out.push(Finding {
            place: place.to_string(),
            printed: around(&masked, at, &printed),
            problem,
        });
    }
}

/// Why a number printed with the sign `minus` (its value `value`, `of` the facts of that
/// value) is not the text's: it drops the minus sign of a negative fact, or prints
/// another one than its sentence does. `None` when its sign is the text's.
fn unsigned(of: &[&Fact], value: f64, minus: Option<char>, scope: &Scope) -> Option<String> {
    if of.is_empty() {
        let negative = scope
            .facts
            .iter()
            .find(|f| f.value < 0.0 && same(-f.value, value))?;
        return Some(format!(
            "printed without the minus sign of {}",
            negative.what
        ));
    }
    let signs: Vec<char> = of.iter().filter_map(|f| f.minus).collect();
    match minus {
        Some(m) if !signs.is_empty() && !signs.contains(&m) => Some(format!(
            "printed with the minus sign {m:?}, where its sentence prints {:?}",
            signs[0]
        )),
        _ => None,
    }
}

/// True when every fact a number may be was printed with digits after the point that
/// this printing (its last digit counting `last`) leaves out: 5% for 增长5.0%.
pub fn dropped(of: &[&Fact], last: i32) -> bool {
    of.iter().all(|f| f.last.is_some_and(|want| last > want))
}

/// Characters either side of a number in which its qualifier must stand: 突破 800 亿元
/// before it, 20%以上 after it, "at least" or "or more" a few words away in English.
const HEDGE_WINDOW: usize = 24;

/// The qualifier words that should stand beside the number `printed` at byte `at` of
/// `text` and do not, when every fact it may be has a qualifier; `None` when it is shown
/// (or one of its facts has none).
fn unhedged(text: &str, at: usize, printed: &str, of: &[&Fact]) -> Option<Vec<&'static str>> {
    if of.is_empty() || of.iter().any(|f| f.hedges.is_empty()) {
        return None;
    }
    let before: String = {
        let mut v: Vec<char> = text[..at].chars().rev().take(HEDGE_WINDOW).collect();
        v.reverse();
        v.into_iter().collect()
    };
    let after: String = text[at + printed.len()..]
        .chars()
        .take(HEDGE_WINDOW)
        .collect();
    // 120余万户: the 余 read with the magnitude stands inside the printed number.
    let near = format!("{before} {printed} {after}").to_lowercase();
    let words: Vec<&'static str> = of.iter().flat_map(|f| f.hedges.iter().copied()).collect();
    (!words.iter().any(|w| near.contains(w))).then_some(words)
}

/// Why `value` traces to nothing: the fact it differs from by a power of ten, if any.
fn problem(value: f64, scope: &Scope) -> String {
    let off = scope.facts.iter().find(|f| {
        let ratio = (f.value / value).log10();
        value != 0.0 && ratio.is_finite() && (ratio - ratio.round()).abs() < 1e-9
    });
    let none = format!("reads as {value:e}, which is no figure of its chart or report");
    match off {
        Some(f) => format!(
            "{none}; the same digits are {} ({:e}): off by 10^{}?",
            f.what,
            f.value,
            (f.value / value).log10().round()
        ),
        None => none,
    }
}

/// The product of the amounts `text` prints, 1 when none: the magnitude a CSV's unit
/// column names ("100 million yuan" → 1e8).
pub fn amounts_product(text: &str) -> f64 {
    amounts(text).iter().product()
}
