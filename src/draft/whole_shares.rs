//! The shares of one whole across the clauses of one sentence (其中，汽车制造业增加值增长
//! 12.5%，占规模以上工业增加值的比重为31.6%；电子信息制造业增长9.3%，占比18.2%): the first
//! clause names the whole, the next ones print only 占比. Each 占比 is of the whole the
//! sentence named, and its label says so (电子信息制造业占规模以上工业增加值的比重), so
//! that a chart of them says of what and sets them beside each other (issue 18, M4).

use super::sentence::Found;
use crate::shared::model::FigureKind;
use crate::shared::words::names_a_rate_of_change;

/// The whole the shares of the sentence being read are of, as its first share names it.
#[derive(Debug, Default)]
pub struct Whole(Option<String>, Option<String>);

impl Whole {
    /// Forgets the whole at a sentence that opens anew (no clause after a ；), or takes
    /// the whole it opens with (规模以上工业增加值中，汽车制造业占31.6%…).
    pub fn next_sentence(&mut self, clause: bool, text: &str) {
        if !clause {
            self.0 = opened_by(text).map(|w| format!("占{w}的比重"));
        }
        self.1 = None;
    }

    /// Names the share `f` after the whole its sentence named before it, or keeps the
    /// whole `f` names for the shares after it. A percentage whose label names a rate of
    /// change (单位国内生产总值能耗降幅超过3%) is no share: it becomes a rate, which no
    /// ring or waffle draws as a part of a whole.
    pub fn name(&mut self, f: &mut Found) {
        if f.kind != FigureKind::Share {
            self.1 = Some(f.label.clone()).filter(|l| !l.is_empty());
            return;
        }
        // 经费投入61.2亿元，占地区生产总值的比重为2.46%: a share that names only its whole
        // is of the amount the clause before counts (R&D经费投入占地区生产总值比重), never
        // a bare 占地区生产总值的比重 that a reader takes for the GDP (issue 18, F10).
        if let (Some(part), Some(whole)) = (&self.1, f.label.strip_prefix('占')) {
            if whole.ends_with("比重") || whole.ends_with("比例") {
                self.0 = Some(format!("占{whole}"));
                f.label = format!("{part}占{}", whole.replacen("的比", "比", 1));
                return;
            }
        }
        if names_a_rate_of_change(&f.label) {
            f.kind = FigureKind::Rate;
            return;
        }
        if let Some(part) = f.label.strip_suffix("占比").filter(|p| !p.is_empty()) {
            if let Some(w) = &self.0 {
                f.label = format!("{part}{w}");
            }
            return;
        }
        if let Some(at) = f.label.find('占').filter(|&at| at > 0) {
            let whole = &f.label[at..];
            if whole.ends_with("比重") || whole.ends_with("比例") {
                self.0 = Some(whole.to_string());
            }
        }
    }
}

/// The whole a sentence opens with, before 中 and its comma (规模以上工业增加值中，): a
/// name without a number, never 其中.
fn opened_by(text: &str) -> Option<&str> {
    let (opening, _) = text.split_once('，')?;
    let w = opening.strip_suffix('中')?;
    let w = w.strip_prefix('在').unwrap_or(w);
    let n = w.chars().count();
    let named =
        (2..=16).contains(&n) && !w.ends_with('其') && w.chars().all(crate::draft::scan::is_han);
    named.then_some(w)
}
