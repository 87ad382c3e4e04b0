//! A figure as the score compares it, read alike from a truth list and from the draft.
//!
//! The draft is read as JSON values, not through its types, so that the score keeps
//! working while the draft's model gains keys (`status`, `to`, `period`, `compare`,
//! `change.qualifier`, `change.to`): a key the draft does not write yet reads as absent.

use super::truth::{strip, TruthChange, TruthFigure};
use serde_json::Value;

/// A change or a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `growth`, `decline`, `above` …
    pub kind: String,
    /// As printed.
    pub value: Option<f64>,
    /// Its unit.
    pub unit: String,
    /// The upper end of a range.
    pub to: Option<f64>,
    /// 左右, 以上 …
    pub qualifier: Option<String>,
    /// An average a year: 年均增长5.7%.
    pub yearly: bool,
}

/// A figure: what a reader is told of one number.
#[derive(Debug, Clone, PartialEq)]
pub struct Fig {
    /// What is counted (printed, never compared).
    pub label: String,
    /// As printed.
    pub value: Option<f64>,
    /// The upper end of a range.
    pub to: Option<f64>,
    /// `zh`, as printed.
    pub unit: String,
    /// 突破, 余, 左右 …
    pub qualifier: Option<String>,
    /// Its change.
    pub change: Option<Change>,
    /// A comparison or a contribution.
    pub compare: Option<Change>,
    /// `result`, `target` or `limit`.
    pub status: String,
    /// Where it is not the report's year.
    pub period: Option<String>,
    /// Its value is an average a year (年均超过70万人); `None` where a truth list has not
    /// been read for it, and then not compared.
    pub yearly: Option<bool>,
    /// The truth's quote or the draft's source sentence, whitespace removed.
    pub source: String,
}

/// What of a drafted figure differs from its truth figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The value.
    Value,
    /// The range's upper end.
    To,
    /// The unit (or its magnitude).
    Unit,
    /// The qualifier.
    Qualifier,
    /// The change: missing, extra, or any of its kind, value, unit, to, qualifier.
    Change,
    /// Result, target or limit.
    Status,
    /// The period.
    Period,
}

impl Field {
    /// As the misses name it.
    pub fn name(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::To => "to",
            Field::Unit => "unit",
            Field::Qualifier => "qualifier",
            Field::Change => "change",
            Field::Status => "status",
            Field::Period => "period",
        }
    }
}

/// `null`, absent and "" are alike.
fn words(v: Option<&Value>) -> Option<String> {
    let v = v?;
    let s = v.as_str().or_else(|| v.get("zh").and_then(Value::as_str))?;
    let s = strip(s);
    (!s.is_empty()).then_some(s)
}

fn opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(strip).filter(|s| !s.is_empty())
}

/// A unit with the full-width ％ some texts print read as %.
fn unit(u: &str) -> String {
    u.replace('％', "%")
}

/// A qualifier with its printed variants of one meaning folded together, and 达/达到
/// (which some truth lists keep and some do not) read as none (`tests/truth/README.md`).
fn fold(q: &Option<String>) -> Option<&str> {
    match q.as_deref()? {
        // 迈上4000亿元台阶: the lists write the level reached with no qualifier (their
        // convention, tests/truth/README.md); the draft keeps the word, as printed.
        "达" | "达到" | "迈上" => None,
        "超过" => Some("超"),
        "接近" => Some("近"),
        "多" | "余万" | "万多" | "万多亿" | "万余亿" => Some("余"),
        "不少于" => Some("不低于"),
        other => Some(other),
    }
}

fn draft_change(v: Option<&Value>) -> Option<Change> {
    let v = v.filter(|v| v.is_object())?;
    Some(Change {
        kind: words(v.get("kind")).unwrap_or_default(),
        value: v.get("value").and_then(Value::as_f64),
        unit: words(v.get("unit")).unwrap_or_default(),
        to: v.get("to").and_then(Value::as_f64),
        qualifier: words(v.get("qualifier")),
        yearly: v.get("yearly").and_then(Value::as_bool).unwrap_or(false),
    })
}

/// A change's kind; the lists write a change in 倍 as `growth` in `倍`, which the data
/// file calls `times`, and a fall in the figure's own unit (减少8.9小时) as `decline` in
/// that unit, which the data file calls `reduced` (`tests/truth/README.md`).
fn truth_kind(c: &TruthChange) -> String {
    match (c.kind.as_str(), strip(&c.unit).as_str()) {
        ("growth", "倍") => "times".to_string(),
        ("decline", u) if !matches!(u, "%" | "个百分点" | "") => "reduced".to_string(),
        (k, _) => k.to_string(),
    }
}

fn truth_change(c: &Option<TruthChange>) -> Option<Change> {
    c.as_ref().map(|c| Change {
        kind: truth_kind(c),
        value: Some(c.value),
        unit: strip(&c.unit),
        to: c.to,
        qualifier: opt(&c.qualifier),
        yearly: c.yearly.unwrap_or(false),
    })
}

impl Fig {
    /// A figure of a truth list; `marked` when the list says which values are an
    /// average a year (`yearly_amounts`).
    pub fn from_truth(t: &TruthFigure, marked: bool) -> Fig {
        Fig {
            label: t.label.clone(),
            value: t.value,
            to: t.to,
            unit: strip(&t.unit),
            qualifier: opt(&t.qualifier),
            change: truth_change(&t.change),
            compare: truth_change(&t.compare),
            status: t.status.name().to_string(),
            period: opt(&t.period),
            yearly: marked.then_some(t.yearly.unwrap_or(false)),
            source: strip(&t.quote),
        }
    }

    /// A figure of the draft's JSON; a missing `status` means `result`.
    pub fn from_draft(v: &Value) -> Fig {
        Fig {
            label: words(v.get("label")).unwrap_or_default(),
            value: v.get("value").and_then(Value::as_f64),
            to: v.get("to").and_then(Value::as_f64),
            unit: words(v.get("unit")).unwrap_or_default(),
            qualifier: words(v.get("qualifier")),
            change: draft_change(v.get("change")),
            compare: draft_change(v.get("compare")),
            status: words(v.get("status")).unwrap_or_else(|| "result".to_string()),
            period: words(v.get("period")),
            yearly: Some(v.get("yearly").and_then(Value::as_bool).unwrap_or(false)),
            source: words(v.get("source")).unwrap_or_default(),
        }
    }

    /// Every number it prints.
    pub fn numbers(&self) -> Vec<f64> {
        let changes = [&self.change, &self.compare];
        let mut out: Vec<f64> = [self.value, self.to].into_iter().flatten().collect();
        for c in changes.into_iter().flatten() {
            out.extend([c.value, c.to].into_iter().flatten());
        }
        out
    }

    /// How many of `other`'s numbers it prints too.
    pub fn shared(&self, other: &Fig) -> usize {
        let mine = self.numbers();
        other
            .numbers()
            .iter()
            .filter(|n| mine.iter().any(|m| same(*m, **n)))
            .count()
    }

    /// What differs from `truth`; the label is not compared.
    pub fn differs(&self, truth: &Fig) -> Vec<Field> {
        let mut out = Vec::new();
        if !same_opt(self.value, truth.value) {
            out.push(Field::Value);
        }
        if !same_opt(self.to, truth.to) {
            out.push(Field::To);
        }
        // A figure without a value prints no unit of its own (the draft writes the
        // change's unit there, the truth ""): only a value's unit is compared.
        if (self.value.is_some() || truth.value.is_some()) && unit(&self.unit) != unit(&truth.unit)
        {
            out.push(Field::Unit);
        }
        if fold(&self.qualifier) != fold(&truth.qualifier) {
            out.push(Field::Qualifier);
        }
        let change_same = match (&self.change, &truth.change) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.kind == b.kind
                    && same_opt(a.value, b.value)
                    && unit(&a.unit) == unit(&b.unit)
                    && same_opt(a.to, b.to)
                    && fold(&a.qualifier) == fold(&b.qualifier)
                    && a.yearly == b.yearly
            }
            _ => false,
        };
        // 年均超过70万人 read as 70万 over five years is five times too few: a wrong change
        // of basis, counted with the change.
        let yearly_same = match (self.yearly, truth.yearly) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if !change_same || !yearly_same {
            out.push(Field::Change);
        }
        if self.status != truth.status {
            out.push(Field::Status);
        }
        out
    }

    /// The period differs from `truth`'s: reported, never scored, since the truth lists'
    /// writers differ on the periods of results (`tests/truth/README.md`).
    pub fn period_differs(&self, truth: &Fig) -> bool {
        self.period != truth.period
    }

    /// The figure in one line, as the misses print it.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        let q = self.qualifier.as_deref().unwrap_or("");
        if let Some(v) = self.value {
            s.push_str(&format!("{v}"));
            if let Some(to) = self.to {
                s.push_str(&format!("—{to}"));
            }
            s.push_str(&format!("{} {q}", self.unit));
        } else if !q.is_empty() {
            s.push_str(q);
        }
        for (name, c) in [("change", &self.change), ("compare", &self.compare)] {
            if let Some(c) = c {
                let v = c.value.map_or("?".to_string(), |v| format!("{v}"));
                let to = c.to.map_or(String::new(), |t| format!("—{t}"));
                let cq = c.qualifier.as_deref().unwrap_or("");
                let yearly = if c.yearly { "yearly " } else { "" };
                s.push_str(&format!(
                    " {name} {yearly}{} {v}{to}{} {cq}",
                    c.kind, c.unit
                ));
            }
        }
        if self.yearly == Some(true) {
            s.push_str(" yearly");
        }
        let period = self.period.as_deref().unwrap_or("-");
        format!(
            "{}: {} [{}, {period}]",
            self.label,
            s.split_whitespace().collect::<Vec<_>>().join(" "),
            self.status
        )
    }
}

/// Two printed numbers are the same number.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn same_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => same(a, b),
        _ => false,
    }
}
