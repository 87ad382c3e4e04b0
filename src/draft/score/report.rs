//! The score as printed: one row per text, totals per half and overall, then the misses
//! asked for.

use super::matching::{Class, TextScore};
use super::truth::Half;
use super::{folder_tallies, Misses, Tally};
use crate::shared::messages as msg;
use std::fmt::Write;

/// The header and the rows' layout, kept together so that the columns line up.
fn row(half: &str, text: &str, cells: &[String]) -> String {
    let mut s = format!("{half:<5} {text:<22}");
    let widths = [8, 6, 8, 8, 6, 8, 5, 7, 7, 6, 6, 11, 6, 6, 8];
    for (cell, w) in cells.iter().zip(widths) {
        let _ = write!(s, " {cell:>w$}");
    }
    s.trim_end().to_string() + "\n"
}

fn header() -> String {
    let mut cells: Vec<String> = ["expected", "right", "recall", "drafted", "wrong", "share"]
        .map(String::from)
        .to_vec();
    cells.extend(Class::ALL.iter().map(|c| c.name().to_string()));
    cells.extend(["h1", "h2", "period≠"].map(String::from));
    row("half", "text", &cells)
}

fn cells(t: &Tally) -> Vec<String> {
    // A share of nothing is no measure: "-", not 100% or 0%.
    let share = |v: f64, whole: usize| {
        if whole == 0 {
            "-".to_string()
        } else {
            format!("{v:.2}%")
        }
    };
    let mut c = vec![
        t.expected.to_string(),
        t.found.to_string(),
        share(t.recall(), t.expected),
        t.drafted.to_string(),
        t.wrong_total().to_string(),
        share(t.wrong_share(), t.drafted),
    ];
    c.extend(t.wrong.iter().map(usize::to_string));
    c.extend(t.headings.iter().map(|(e, f)| format!("{f}/{e}")));
    c.push(t.periods.to_string());
    c
}

/// The table: every text, then each half's totals and the overall one.
pub fn table(texts: &[TextScore]) -> String {
    let mut out = header();
    for half in Half::ALL {
        for s in texts.iter().filter(|s| s.half == half) {
            out.push_str(&row(half.name(), &s.slug, &cells(&Tally::of([s]))));
        }
    }
    for half in Half::ALL {
        let t = Tally::of(texts.iter().filter(|s| s.half == half));
        // The fresh half's texts stand in a corpus of their own, the others' in another:
        // a half with no text in this corpus has no row.
        if t.texts == 0 {
            continue;
        }
        let label = msg::score::score_total(t.texts);
        out.push_str(&row(half.name(), &label, &cells(&t)));
        out.push_str(&folder_totals(texts, half));
    }
    let all = Tally::of(texts);
    out.push_str(&row(
        "all",
        &msg::score::score_total(all.texts),
        &cells(&all),
    ));
    out
}

/// A half's totals per folder of truth lists, when its texts stand in more than one: the
/// folders are corpora of different registers, and the ratchet holds each to its own.
fn folder_totals(texts: &[TextScore], half: Half) -> String {
    let folders: Vec<(&str, Tally)> = folder_tallies(texts)
        .into_iter()
        .filter(|((_, h), _)| *h == half)
        .map(|((folder, _), t)| (folder, t))
        .collect();
    if folders.len() < 2 {
        return String::new();
    }
    let mut out = String::new();
    for (folder, t) in folders {
        let label = msg::score::score_folder_total(folder, t.texts);
        out.push_str(&row(half.name(), &label, &cells(&t)));
    }
    out
}

/// The misses of one text: each truth figure not found right, each wrong drafted figure,
/// each heading not found.
fn text_misses(s: &TextScore) -> String {
    let mut out = msg::score::score_misses_of(&s.slug, s.half.name());
    let headings_missed = s.headings.iter().any(|h| !h.missed.is_empty());
    if s.wrong.is_empty() && s.found() == s.truth.len() && !headings_missed {
        out.push_str(msg::score::SCORE_NO_MISSES);
        out.push('\n');
    }
    for (t, right) in s.right.iter().enumerate() {
        if right.is_some() {
            continue;
        }
        let truth = &s.truth[t];
        let drafted = s
            .wrong
            .iter()
            .filter(|w| w.truth == Some(t))
            .map(|w| {
                let fields: Vec<&str> = w.fields.iter().map(|f| f.name()).collect();
                format!("{} ({})", s.draft[w.drafted].describe(), fields.join(", "))
            })
            .collect::<Vec<_>>();
        let _ = writeln!(out, "  missed  «{}»", truth.source);
        let _ = writeln!(out, "          truth:   {}", truth.describe());
        if drafted.is_empty() {
            let _ = writeln!(out, "          drafted: -");
        }
        for d in drafted {
            let _ = writeln!(out, "          drafted: {d}");
        }
    }
    for w in &s.wrong {
        let d = &s.draft[w.drafted];
        let _ = writeln!(out, "  wrong   [{}] {}", w.class.name(), d.describe());
        let _ = writeln!(out, "          source: {}", d.source);
    }
    for (level, h) in s.headings.iter().enumerate() {
        for m in &h.missed {
            let _ = writeln!(out, "  heading (level {}) not found: {m}", level + 1);
        }
    }
    out
}

/// The misses asked for: the tune half's, or with [`Misses::All`] the other halves' too.
pub fn misses(texts: &[TextScore], which: Misses) -> String {
    let mut out = String::new();
    if which == Misses::None {
        return out;
    }
    for s in texts {
        if s.half == Half::Tune || which == Misses::All {
            out.push('\n');
            out.push_str(&text_misses(s));
        }
    }
    if which == Misses::Tune && texts.iter().any(|s| s.half != Half::Tune) {
        out.push('\n');
        out.push_str(msg::score::SCORE_TEST_MISSES_HIDDEN);
        out.push('\n');
    }
    out
}
