//! A sum its words name only by who pays it and the verb of paying (中央财政将安排832亿元):
//! what the money is for is the figure's subject. Where its sentence says it, after the
//! figure's clause (…，比上年增加167亿元，支持卫生事业改革和发展) or in the clause that
//! opens it (为加快社会保障体系建设，今年中央财政将安排2762亿元), the label names it in
//! brackets as printed, so that two such sums of one report are never one label with two
//! values. Where it does not, the label stays as printed for the desk: every truth list
//! counts such a sum a figure, and `check` names two of one label.

use super::sentence::Found;

/// Who pays, as a label names it after its place (中央财政, 市财政, 县政府).
const PAYERS: [&str; 3] = ["财政", "预算内", "政府"];

/// The most characters of the place before the payer (中央, 自治区本级).
const PLACE_CHARS: usize = 5;

/// Words of when or of intent between the payer and the verb.
const BETWEEN: [&str; 5] = ["今年", "将", "拟", "计划", "再"];

/// Verbs of allocating that name no purpose (财政支出, 财政投入 are nouns of their own:
/// what the budget spends, named).
const PAYS: [&str; 3] = ["安排", "下达", "拨付"];

/// Words that open a clause saying what the money is for.
const FOR: [&str; 3] = ["用于", "支持", "支撑"];

/// The most characters of a purpose a label keeps.
const PURPOSE_CHARS: usize = 16;

/// `label` without its words of when and intent, where it is a payer and a verb of
/// paying alone (中央财政将安排 → 中央财政安排); None for any other label.
fn payer_only(label: &str) -> Option<String> {
    let (at, payer) = PAYERS
        .iter()
        .find_map(|p| label.find(p).map(|at| (at, *p)))?;
    let place = &label[..at];
    if place.chars().count() > PLACE_CHARS || !place.chars().all(super::scan::is_han) {
        return None;
    }
    let mut rest = &label[at + payer.len()..];
    while let Some(r) = BETWEEN.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    PAYS.contains(&rest)
        .then(|| format!("{}{rest}", &label[..at + payer.len()]))
}

/// What the money is for, as `sentence` prints it around the figure ending at byte
/// `end`: the clause after it that opens with 用于/支持 (past one clause of its change),
/// or the sentence's first clause opening with 为.
fn purpose(sentence: &str, end: usize) -> Option<String> {
    let after = sentence.get(end..).unwrap_or("");
    let clauses = after.split(['，', ',']).filter(|c| !c.is_empty());
    let own = clauses
        .take(2)
        .find_map(|c| FOR.iter().any(|w| c.starts_with(w)).then(|| c.to_string()));
    let opened = || {
        let first = sentence.split(['，', ',']).next()?;
        let rest = first.strip_prefix('为')?;
        (first.len() < end && !rest.is_empty()).then(|| rest.to_string())
    };
    own.or_else(opened)
        .filter(|p| p.chars().count() <= PURPOSE_CHARS && !p.contains(|c: char| c.is_ascii_digit()))
}

/// Names figure `f` of `sentence` by what its money is for, where its label names only
/// who pays (中央财政安排（支持卫生事业改革和发展）).
pub(super) fn name(f: &mut Found, sentence: &str) {
    if !f.unit.ends_with('元') {
        return;
    }
    let Some(payer) = payer_only(&f.label) else {
        return;
    };
    if let Some(p) = purpose(sentence, f.end()) {
        f.label = format!("{payer}（{p}）");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payer_and_a_verb_alone_name_no_purpose() {
        assert_eq!(payer_only("市财政将安排").as_deref(), Some("市财政安排"));
        assert_eq!(
            payer_only("中央财政将安排").as_deref(),
            Some("中央财政安排")
        );
        assert_eq!(
            payer_only("省级财政今年拟下达").as_deref(),
            Some("省级财政下达")
        );
        assert_eq!(payer_only("全国财政支出"), None);
        assert_eq!(payer_only("中央财政安排农业补贴"), None);
        assert_eq!(payer_only("全市地区生产总值"), None);
    }

    #[test]
    fn the_purpose_is_the_clause_after_it_or_the_one_it_opens_with() {
        let s = "县财政将安排50亿元，比上年增加6亿元，用于农村公路养护";
        assert_eq!(
            purpose(s, s.find("亿元").map_or(0, |i| i + "亿元".len())).as_deref(),
            Some("用于农村公路养护")
        );
        let s = "为改善职工住房，县财政将安排8亿元";
        assert_eq!(purpose(s, s.len()).as_deref(), Some("改善职工住房"));
        let s = "县财政将安排8亿元，比上年增加1亿元";
        assert_eq!(purpose(s, s.len()), None);
    }
}
