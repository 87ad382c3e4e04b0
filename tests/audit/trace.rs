//! What a printed number may be, and the audit of one text against it.
//!
//! A number traces to a fact: a figure's value, change or comparison, in base units
//! (800亿元 is 8e10), of the chart it is printed on, or of the report for the page's own
//! texts. The few numbers that are no amount are accounted for one by one: the report's
//! year (`meta.year`) and a figure's period (2026年 of a target), names glued to Latin letters that a source sentence prints (PM2.5),
//! a source sentence quoted whole, and a label whose own numbers its sentence prints.
//! Nothing worked out is accounted for (a fall in per cent, a share of a whole): the
//! report does not print it. A number of a figure with a qualifier (突破, 以上 …) must
//! show it beside it.

use crate::read::{self, Printed};
use report_charts::shared::messages;
use report_charts::shared::model::{ChangeKind, Chart, Figure, Lang, Qualifier, Report};

/// A number the data stands behind, in base units, and what it is.
#[derive(Debug, Clone)]
pub struct Fact {
    pub value: f64,
    pub what: String,
    /// The words of its qualifier (以上, or more …), one of which must stand beside the
    /// number wherever it is printed; empty when it has none to show.
    pub hedges: &'static [&'static str],
    /// Where the report prints digits after the point that the number's shortest form
    /// drops (增长5.0%, 191.0亿元): the power of ten its last printed digit counts in
    /// base units (-1; 1e7), which every printing must reach (5% drops the 0).
    pub last: Option<i32>,
    /// The minus sign its sentence prints before a negative number (增长－1.2%), which
    /// every printing of it must show, the same character.
    pub minus: Option<char>,
    /// A decline or a figure below its reference, which a bar's end may print with a
    /// minus sign of its own (下降3% as −3%).
    pub down: bool,
}

/// The minus sign `source` prints right before the number `v` (as its digits read
/// back: 增长－1.2% gives － for −1.2).
fn minus_in(source: &str, v: f64) -> Option<char> {
    read::numbers(source)
        .into_iter()
        .find_map(|(_, p)| match p {
            Printed::Number {
                value,
                minus: Some(m),
                ..
            } if same(value, v) => Some(m),
            _ => None,
        })
}

/// The power of ten the last printed digit of `v` counts in base units, when `decimals`
/// (the figure's) keeps digits its shortest form drops; `None` otherwise.
fn last_printed(v: f64, decimals: u8, scale: f64) -> Option<i32> {
    use report_charts::shared::format::decimals::shortest;
    (decimals > shortest(v)).then(|| scale.log10().round() as i32 - i32::from(decimals))
}

/// The words that show `q` beside its number, in either language: 增长20%以上 printed as
/// "+20%" says more than the text. 达 (reached) hedges nothing and needs no word.
pub fn hedges(q: Option<Qualifier>) -> &'static [&'static str] {
    use Qualifier as Q;
    match q {
        None | Some(Q::Reached) => &[],
        Some(Q::Passed) => &["突破", "over", "pass", "past", "more than", "above"],
        Some(Q::Crossed) => &["跨越", "over", "cross", "more than", "above"],
        Some(Q::Over | Q::OverFully) => &["超", "over", "more than", "above"],
        Some(Q::Nearly) => &["近", "nearly", "almost"],
        Some(Q::MoreThan | Q::Odd | Q::MoreThanBeforeMagnitude | Q::OddAfterMagnitude) => {
            &["余", "多", "more than", "over", "-plus"]
        }
        Some(Q::About) => &["约", "about", "around"],
        Some(Q::Around) => &["左右", "about", "around"],
        Some(Q::AtMost) => &["不超过", "at most", "no more than"],
        Some(Q::NoHigherThan) => &["不高于", "at most", "no more than"],
        Some(Q::AtLeast | Q::NoFewerThan) => &["不低于", "不少于", "at least", "no less than"],
        Some(Q::OrMore) => &["以上", "or more", "at least"],
        Some(Q::Within) => &["以内", "within", "at most"],
        Some(Q::OrLess) => &["以下", "or less", "at most"],
    }
}

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

/// The scale of a Chinese unit: 亿元 → 1e8, 户 → 1.
pub fn scale(unit_zh: &str) -> f64 {
    read::chinese_scale(unit_zh).map_or(1.0, |s| s.0)
}

/// The facts of one figure: its value and its change in base units. Nothing worked out
/// from them (37 → 10 is no 73%, 370 of 6912 no 5.4%): the report prints neither.
pub fn facts(f: &Figure) -> Vec<Fact> {
    let mut out = Vec::new();
    // A range (5万至6万人) prints both its ends.
    for v in f.value.into_iter().chain(f.to) {
        out.push(Fact {
            value: v * scale(&f.unit.zh),
            what: format!("{}: {v}{}", f.id, f.unit.zh),
            hedges: hedges(f.qualifier),
            last: last_printed(v, f.decimals, scale(&f.unit.zh)),
            minus: minus_in(&f.source, v),
            down: false,
        });
    }
    // A comparison (高于全市平均水平0.4个百分点) prints its number as a change does.
    for (word, c) in [("change", &f.change), ("compare", &f.compare)] {
        let Some(c) = c else { continue };
        let s = if c.unit == "%" || c.unit == "个百分点" {
            1.0
        } else {
            scale(&c.unit)
        };
        // A range of change (增长3%—4%) prints both its ends.
        for v in std::iter::once(c.value).chain(c.to) {
            out.push(Fact {
                value: v * s,
                what: format!("{}: {word} {v}{}", f.id, c.unit),
                hedges: hedges(c.qualifier),
                last: last_printed(v, c.decimals, s),
                minus: minus_in(&f.source, v),
                down: matches!(
                    c.kind,
                    ChangeKind::Decline | ChangeKind::Below | ChangeKind::Reduced
                ),
            });
        }
    }
    out
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

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
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
        s.sources.push(f.source.clone());
    }
    // The longest first, so that a quote inside another does not cut it.
    s.quotes.sort_by_key(|q| std::cmp::Reverse(q.len()));
    s
}

/// What the texts of `chart` may print: its own figures, and the key of its kind (a
/// waffle's "each square is 1%", [`report_charts::shared::messages::waffle_key`]).
pub fn chart_scope(r: &Report, chart: &Chart) -> Scope {
    let mut s = scope_of(r, r.figures_of(chart));
    if chart.kind == report_charts::shared::charts::waffle::KIND {
        s.quotes.extend(
            [Lang::Zh, Lang::En]
                .map(messages::waffle_key)
                .map(str::to_string),
        );
    }
    s
}

/// What the page's own texts (headline, deck, headings, footer) may print: any figure.
pub fn page_scope(r: &Report) -> Scope {
    scope_of(r, r.figures.iter())
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
