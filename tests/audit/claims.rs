//! What a title claims beyond its numbers: a superlative (最快, 首位, the fastest) stands
//! only where a sentence of the chart's figures says it, whatever the chart holds; and a
//! comparison names what it compares with, never a bare 对比 / "Compared with".

use crate::trace::Finding;
use report_charts::shared::model::{Figure, Report};

// The words of rank are the validator's own, so that the check and the audit agree.
use report_charts::check::validate::titles::{
    SUPERLATIVES_EN as RANKS_EN, SUPERLATIVES_ZH as RANKS_ZH,
};

/// The claims of rank of `title` (zh or en), each as its sentence would say it.
pub fn ranks(title: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in RANKS_ZH {
        for (at, _) in title.match_indices(w) {
            let word: String = if w == "最" {
                title[at..].chars().take(2).collect()
            } else {
                w.to_string()
            };
            out.push(word);
        }
    }
    let lower = title.to_lowercase();
    out.extend(
        RANKS_EN
            .iter()
            .filter(|(w, _)| lower.contains(w))
            .map(|(_, zh)| zh.to_string()),
    );
    out
}

/// Audits a title against the sentences of the figures it stands over.
pub fn title(text: &str, figures: &[&Figure], place: &str, out: &mut Vec<Finding>) {
    for word in ranks(text) {
        if !figures.iter().any(|f| f.source.contains(&word)) {
            out.push(Finding {
                place: place.to_string(),
                printed: text.to_string(),
                problem: format!("claims {word}, which no sentence of its figures says"),
            });
        }
    }
}

/// Audits every title of `r`: each chart's (both languages) against its figures, and
/// the page's headline and deck against every figure.
pub fn titles(r: &Report, out: &mut Vec<Finding>) {
    for c in &r.charts {
        for (side, t) in [("zh", &c.title.zh), ("en", &c.title.en)] {
            let place = format!("charts[{}].title.{side}", c.id);
            title(t, &r.figures_of(c).collect::<Vec<_>>(), &place, out);
        }
    }
    for (key, t) in [("title", &r.meta.title), ("deck", &r.meta.deck)] {
        for (side, text) in [("zh", &t.zh), ("en", &t.en)] {
            let all: Vec<&Figure> = r.figures.iter().collect();
            title(text, &all, &format!("meta.{key}.{side}"), out);
        }
    }
}
