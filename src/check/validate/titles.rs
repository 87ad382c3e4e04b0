//! A chart's title says only what its figures say (issue 18): every number in it is a
//! value or a change of a figure on the chart, and a superlative (最快, 最高, 首位 …)
//! stands only where a sentence of its figures says it. That the chart holds every
//! figure of its kind does not earn one: 增速最快 is then a ranking of ours, not the
//! text's (the text may leave figures out, or measure them on other bases).
//!
//! Numbers keep the sign printed before them (增长-3.5% says −3.5, which a growth of 3.5
//! does not hold). The Chinese title is compared as printed (800亿元 is 800); the English one in base
//! units (80 billion is 8×10¹⁰, as 800亿元 is), up to the rounding it prints
//! ("nearly 274 billion" for 2739.63亿元).

use super::{Checker, JsonPath};
use crate::check::printed;
use crate::shared::format::{magnitude, sign};
use crate::shared::messages as msg;
use crate::shared::model::{ChangeKind, Chart, Figure, Lang};

/// Superlatives a title may not claim on its own, in Chinese: any 最 and its word (最快,
/// 最高, 最好 …), and the ranks. The output audit (`tests/audit/claims.rs`) reads the
/// same list, so that the check and the audit never disagree on what a claim is.
pub const SUPERLATIVES_ZH: [&str; 4] = ["最", "第一", "首位", "之最"];
/// The English ones, each with the Chinese word its text would say.
pub const SUPERLATIVES_EN: [(&str, &str); 10] = [
    ("the most", "最"),
    ("ranked first", "第一"),
    ("fastest", "最快"),
    ("highest", "最高"),
    ("largest", "最大"),
    ("biggest", "最大"),
    ("lowest", "最低"),
    ("smallest", "最小"),
    ("slowest", "最慢"),
    ("first in", "第一"),
];

/// How far an English number may round its figure: half a unit of its last printed
/// digit, and never more than this share of the figure.
const ROUNDING: f64 = 0.005;

/// A number as a title prints it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Printed {
    /// As written: `800`, `2,739.63 billion`.
    pub(super) text: String,
    /// Its value in base units.
    pub(super) value: f64,
    /// Half a unit of its last printed digit, in base units.
    half_unit: f64,
    /// What the text prints right after its digits (年 of 2025年, th of 14th).
    pub(super) after: String,
}

/// The English scale words a number may stand before, and what each multiplies it by.
const SCALES: [(&str, f64); 4] = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// The numbers of `text` as the draft reads them ([`printed::numbers`], full-width digits
/// as ASCII), with the English scale words after them.
pub(super) fn numbers(text: &str, lang: Lang) -> Vec<Printed> {
    let text = printed::half_width_digits(text);
    printed::numbers(&text)
        .into_iter()
        .map(|n| {
            let decimals = n.text.split_once('.').map_or(0, |(_, f)| f.len());
            // 增长-3.5%: a number keeps its sign (5-5.5% is a range's end, no sign).
            let before = &text[..n.start];
            let sign = sign::minus_before(before)
                .then(|| before.chars().next_back())
                .flatten();
            let shown = match sign {
                Some(m) => format!("{m}{}", n.text),
                None => n.text,
            };
            let value = if sign.is_some() { -n.value } else { n.value };
            let after: String = text[n.end..].chars().take(16).collect();
            let word = after.trim_start();
            let scale = SCALES
                .iter()
                .find(|(name, _)| lang == Lang::En && word.starts_with(name));
            let (text, scale) = match scale {
                Some((name, s)) => (format!("{shown} {name}"), *s),
                None => (shown, 1.0),
            };
            Printed {
                text,
                value: value * scale,
                half_unit: 0.5 * 10f64.powi(-(decimals as i32)) * scale,
                after,
            }
        })
        .collect()
}

/// What a title may print: each figure's numbers, as printed (zh) and in base units (en).
pub(super) fn allowed(figs: &[&Figure], lang: Lang) -> Vec<f64> {
    let mut out = Vec::new();
    for f in figs {
        let scale = 10f64.powi(magnitude(&f.unit.zh));
        let scaled = |v: f64| if lang == Lang::En { v * scale } else { v };
        out.extend([f.value, f.to].into_iter().flatten().map(scaled));
        for c in [&f.change, &f.compare].into_iter().flatten() {
            // A change in the figure's own unit (新增47家, 由37个压缩为10个) scales with it.
            let own = c.unit == f.unit.zh;
            for v in [Some(c.value), c.to].into_iter().flatten() {
                out.push(if own { scaled(v) } else { v });
            }
            // What a change compares with is the figure's too (快于2024年1.8个百分点).
            if let Some(r) = &c.reference {
                out.extend(numbers(r.pick(lang), lang).iter().map(|p| p.value));
            }
        }
        // 从2020年的31250元提高到2025年的40860元: the years a change from an old value
        // prints with its values are the figure's.
        if let Some(c) = f.change.as_ref().filter(|c| c.kind == ChangeKind::From) {
            let printed = crate::shared::format::change(c, f, lang);
            out.extend(numbers(&printed, lang).iter().map(|p| p.value));
        }
        // A number inside what is counted (PM2.5浓度) is the label's, not a claim; the
        // year of a figure's period (2026年目标) is the figure's.
        out.extend(numbers(f.label.pick(lang), lang).iter().map(|p| p.value));
        if let Some(p) = &f.period {
            out.extend(numbers(p.pick(lang), lang).iter().map(|p| p.value));
        }
    }
    out
}

/// `title` without the labels of its figures (the first place each stands whole, longest
/// first, as a title names its figure before its number): a number inside what is
/// counted (PM2.5浓度) is the label's, not a claim, and so is a word (第一产业 is no
/// superlative). A label's digits that run into a
/// number beside them are no label there: the reader sees one number.
pub(super) fn without_labels(title: &str, figs: &[&Figure], lang: Lang) -> String {
    let mut labels: Vec<&str> = figs
        .iter()
        .map(|f| f.label.pick(lang))
        .filter(|l| !l.is_empty())
        .collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
    let numeric = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    let mut out = title.to_string();
    for l in labels {
        let whole = out.match_indices(l).map(|(i, _)| i).find(|&i| {
            let before = out[..i].chars().next_back();
            let after = out[i + l.len()..].chars().next();
            let runs_in = numeric(l.chars().next()) && numeric(before);
            let runs_on = numeric(l.chars().next_back()) && numeric(after);
            !(runs_in || runs_on)
        });
        if let Some(i) = whole {
            out.replace_range(i..i + l.len(), " ");
        }
    }
    out
}

pub(super) fn fits(p: &Printed, allowed: &[f64], lang: Lang) -> bool {
    allowed.iter().any(|&a| match lang {
        // As printed, up to the last bits of a float: a 19-digit number prints shortest.
        Lang::Zh => (p.value - a).abs() <= 1e-12 * a.abs(),
        Lang::En => {
            let diff = (p.value - a).abs();
            diff <= p.half_unit.max(1e-9 * a.abs()) && diff <= ROUNDING * a.abs()
        }
    })
}

impl Checker {
    /// The title of `chart` against its figures (`all`: the report's figures).
    pub(super) fn title_rules(
        &mut self,
        path: &JsonPath,
        chart: &Chart,
        all: &[Figure],
        year: i64,
    ) {
        let figs: Vec<&Figure> = chart.figures.iter().filter_map(|&i| all.get(i)).collect();
        for lang in [Lang::Zh, Lang::En] {
            let side = match lang {
                Lang::Zh => "zh",
                Lang::En => "en",
            };
            let title = chart.title.pick(lang);
            let mut ok = allowed(&figs, lang);
            ok.push(year as f64);
            let claims = without_labels(title, &figs, lang);
            if lang == Lang::Zh {
                self.title_changes(path, &claims, (&figs, &ok));
                self.title_prints(path, &claims, &figs);
                self.title_label_parts(path, title, &figs, chart.draft);
            }
            for p in numbers(&claims, lang) {
                if !fits(&p, &ok, lang) {
                    self.report(
                        path.key("title").key(side),
                        msg::titles::title_number_not_a_figure(&p.text),
                    );
                }
            }
            let lower = claims.to_lowercase();
            // The word of the title, and the word its text would say.
            let claim = match lang {
                Lang::Zh => SUPERLATIVES_ZH
                    .iter()
                    .find_map(|w| superlative_word(&lower, w))
                    .map(|w| (w, w)),
                Lang::En => SUPERLATIVES_EN
                    .iter()
                    .find(|(w, _)| lower.contains(*w))
                    .copied(),
            };
            if let Some((word, said)) = claim {
                if !figs.iter().any(|f| f.source.contains(said)) {
                    self.report(
                        path.key("title").key(side),
                        msg::titles::superlative_not_in_text(word),
                    );
                }
            }
        }
    }
}

/// The superlative `word` as `title` prints it: 最 with the character after it (最快),
/// the other words as they are.
fn superlative_word<'a>(title: &'a str, word: &str) -> Option<&'a str> {
    let at = title.find(word)?;
    let end = match word {
        "最" => title[at + word.len()..]
            .chars()
            .next()
            .map_or(at + word.len(), |c| at + word.len() + c.len_utf8()),
        _ => at + word.len(),
    };
    title.get(at..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_are_read_in_base_units() {
        let n = numbers(
            "GDP passes 80 billion yuan, up 4.3%, 7,427 visits",
            Lang::En,
        );
        let v: Vec<f64> = n.iter().map(|p| p.value).collect();
        assert_eq!(v, vec![8e10, 4.3, 7427.0]);
    }

    #[test]
    fn chinese_numbers_are_read_as_printed() {
        let n = numbers("地区生产总值突破800亿元，增长4.3%", Lang::Zh);
        let v: Vec<f64> = n.iter().map(|p| p.value).collect();
        assert_eq!(v, vec![800.0, 4.3]);
    }

    #[test]
    fn a_title_reads_its_numbers_as_the_draft_reads_its_text() {
        // Full-width digits are the same numbers; commas group thousands in threes only.
        let cases: [(&str, &[f64]); 3] = [
            ("增长５．０％，达１,２３４亿元", &[5.0, 1234.0]),
            ("1,2345", &[1.0, 2345.0]),
            ("1.2.3", &[1.2, 3.0]),
        ];
        for (title, want) in cases {
            let got: Vec<f64> = numbers(title, Lang::Zh).iter().map(|p| p.value).collect();
            assert_eq!(got, want, "{title}");
        }
    }

    #[test]
    fn an_english_number_may_round_but_not_stray() {
        let [p] = &numbers("nearly 274 billion", Lang::En)[..] else {
            panic!("one number")
        };
        assert!(fits(p, &[2739.63e8], Lang::En));
        let [q] = &numbers("3 billion", Lang::En)[..] else {
            panic!("one number")
        };
        assert!(!fits(q, &[2.6e9], Lang::En));
    }
}
