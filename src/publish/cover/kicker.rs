//! A cover's kicker (草稿 · 西藏日报 · 2026年报告 · 2025年数据), set part by part: its
//! lines break at the separators, which the break replaces, never inside a part (2025年 /
//! 数据), so that no line opens or ends with "·" (tester s-test25's F15). A part too wide
//! for a line alone is wrapped as any text is.

use crate::shared::layout::builder::{Builder, Ink, Place};
use crate::shared::layout::Font;

/// What parts a kicker: as [`crate::publish::kicker`] and the draft mark join them.
const SEPARATOR: &str = " · ";

/// The lines of `kicker` in `font`, each at most `width` wide where its parts allow.
pub(super) fn lines(b: &mut Builder<'_>, kicker: &str, width: f64, font: Font) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for part in kicker.split(SEPARATOR) {
        let joined = if line.is_empty() {
            part.to_string()
        } else {
            format!("{line}{SEPARATOR}{part}")
        };
        if b.width(&joined, font) <= width {
            line = joined;
            continue;
        }
        // The break itself parts the two: no separator at either end of a line.
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        line = part.to_string();
        if b.width(&line, font) > width {
            let mut wrapped = b.wrap(&line, width, font);
            line = wrapped.pop().unwrap_or_default();
            out.extend(wrapped);
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// Sets `kicker` at `at` as [`Builder::paragraph`] sets a paragraph, its lines from
/// [`lines`]; returns its height.
pub(super) fn set(b: &mut Builder<'_>, kicker: &str, at: Place, ink: Ink) -> f64 {
    let lines = lines(b, kicker, at.width, ink.font);
    b.set_lines(&lines, at, ink)
}
