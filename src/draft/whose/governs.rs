//! Where a narrower place is the subject of the clauses after it: 其中，安平县…；县级…,
//! and without 其中, 全市地区生产总值增长5.8%；滨江区增长7.1%，新签约项目32个 (the 32 is
//! 滨江区's, up to the next place named or the sentence's end).

use super::{Whose, CLAUSE_ENDS, PART};

impl Whose {
    /// The word of the narrower place whose name opens the clause at byte `i` of `s` and
    /// governs the clauses after it: after 其中 (其中，安平县…; 全市…，其中滨江区…), alone
    /// at the start of a sentence that follows a ；(全市地区生产总值增长5.8%；滨江区增长
    /// 7.1%，…), or after a clause of the report's whole (全市新增市场主体1.8万户，滨江区…).
    /// Not a place alone at a sentence's start: a provincial report counts 雄安新区…5300多
    /// 栋楼宇 as its own; nor after any other comma, where a province names its areas'
    /// feats among its own (…石漠化面积1033平方公里，三峡库区431处存量危岩全面除险清患).
    pub(super) fn governs(&self, s: &str, i: usize) -> Option<&'static str> {
        let rest = s.get(i..)?;
        let head = &s[..i];
        let opens = head
            .chars()
            .next_back()
            .is_none_or(|b| CLAUSE_ENDS.contains(&b));
        let part = rest.starts_with(PART);
        let after = if i == 0 {
            part || self.clause
        } else {
            opens && said(head) && (part || self.whole_before(head))
        };
        let d = after.then(|| self.named_place(rest)).flatten()?;
        self.narrower(d).then_some(d)
    }

    /// True when the clause that ends `head` (up to its closing mark) opens with the
    /// report's whole: 全市…, 我市…, 东江市… (after a period's words: 1—11月，全市…).
    fn whole_before(&self, head: &str) -> bool {
        let body = &head[..head.len() - head.chars().next_back().map_or(0, char::len_utf8)];
        let clause = body.rsplit(CLAUSE_ENDS).next().unwrap_or(body);
        let named = self.names.iter().any(|n| clause.starts_with(n.as_str()));
        let whole = clause
            .strip_prefix(['全', '我', '本'])
            .and_then(super::place_word)
            .is_some_and(|d| !self.narrower(d));
        named || whole
    }

    /// True when `label` is a narrower place's name alone (滨江区 of 滨江区增长7.1%): the
    /// label says whose the figure is, so a place that governs its clause makes it no
    /// other subject's.
    pub(super) fn place_alone(&self, label: &str) -> bool {
        let t = format!("{label}增长");
        crate::draft::label::place::place_prefix(&t) == Some("增长")
            && self.named_place(&t).is_some_and(|d| self.narrower(d))
    }
}

/// True when `head` prints a number that is no date: a digit not followed by 年, 月, 日
/// or a dash (2025年, 1—11月 say nothing yet).
fn said(head: &str) -> bool {
    let b = head.as_bytes();
    (0..b.len()).filter(|&k| b[k].is_ascii_digit()).any(|k| {
        // An ASCII digit is one byte: k + 1 is a character's start.
        let after = head.get(k + 1..).unwrap_or_default();
        !after.starts_with(|c: char| c.is_ascii_digit())
            && !after.starts_with(['年', '月', '日', '—', '-', '－'])
    })
}
