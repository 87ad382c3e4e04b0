//! The `figures` of a data file: each number with its unit, qualifier, change, status,
//! range and period, checked against the contract of `data/README.md`.

use super::{Checker, JsonPath};
use crate::check::{printed, raw};
use crate::shared::format;
use crate::shared::messages as msg;
use crate::shared::model::{Change, ChangeKind, Figure, FigureKind, Section};
use std::collections::HashMap;

impl Checker {
    pub(super) fn figures(&mut self, raw: &[raw::Figure], sections: &[Section]) -> Vec<Figure> {
        let mut seen = HashMap::new();
        raw.iter()
            .enumerate()
            .map(|(i, f)| self.figure(&JsonPath::item("figures", i), f, sections, &mut seen))
            .collect()
    }

    fn figure(
        &mut self,
        path: &JsonPath,
        f: &raw::Figure,
        sections: &[Section],
        seen: &mut HashMap<String, String>,
    ) -> Figure {
        self.extra(path, &f.extra);
        let id = self.id(&path.key("id"), f.id.as_ref(), seen);
        let section = self.string(&path.key("section"), f.section.as_ref());
        let topic = self.string(&path.key("topic"), f.topic.as_ref());
        self.place(path, &section, &topic, sections);
        let label = self.text(&path.key("label"), f.label.as_ref());
        let unit = self.text(&path.key("unit"), f.unit.as_ref());
        let kind = self
            .word(&path.key("kind"), f.kind.as_ref())
            .unwrap_or(FigureKind::Count);
        let status = self
            .word(&path.key("status"), f.status.as_ref())
            .unwrap_or_default();
        let value = f.value.filter(|&v| self.number(&path.key("value"), v));
        if let Some(v) = value {
            match kind {
                FigureKind::Count | FigureKind::Amount if v < 0.0 => {
                    self.report(path.key("value"), msg::data::negative_count(v))
                }
                FigureKind::Share if !(0.0..=100.0).contains(&v) => {
                    self.report(path.key("value"), msg::data::share_out_of_range(v))
                }
                _ => {}
            }
        }
        let to = self.range(path, value, f.to, f.value.is_some());
        let source = self.string(&path.key("source"), f.source.as_ref());
        let decimals = self.decimals(&path.key("decimals"), f.decimals, [value, to], &source);
        let qualifier = self.word(&path.key("qualifier"), f.qualifier.as_ref());
        // A value's qualifier with no value to print it beside is printed nowhere.
        if let (Some(q), None) = (qualifier, f.value) {
            let word = msg::trust::qualifier_without_value(q.zh());
            self.report(path.key("qualifier"), word);
        }
        // 4万多亿元: 多 between 万 and 亿 is printed only where the unit has both.
        if let Some(q) = qualifier.filter(|q| q.between_magnitudes()) {
            if !unit.zh.starts_with("万亿") {
                let word = msg::trust::between_magnitudes_without_wanyi(q.zh(), &unit.zh);
                self.report(path.key("qualifier"), word);
            }
        }
        let change = f
            .change
            .as_ref()
            .and_then(|c| self.change(&path.key("change"), c, &unit.zh, &source));
        let compare = f.compare.as_ref().and_then(|c| {
            let cpath = path.key("compare");
            let compare = self.change(&cpath, c, &unit.zh, &source)?;
            if !compare.kind.compares() {
                self.report(
                    cpath.key("kind"),
                    msg::data::compare_kind(compare.kind.name()),
                );
            } else if f.change.is_none() {
                self.report(cpath, msg::data::compare_without_change());
            }
            Some(compare)
        });
        if value.is_none() && f.value.is_none() && f.change.is_none() {
            self.report(path, msg::data::no_value_no_change());
        }
        let period = f
            .period
            .as_ref()
            .map(|p| self.text(&path.key("period"), Some(p)));
        // A sum over a period that its sentence never calls one (累计) says what the text
        // does not.
        if f.cumulative && !source.contains("累计") {
            self.report(path.key("cumulative"), msg::trust::cumulative_not_printed());
        }
        if f.yearly && !source.contains("年均") {
            self.report(path.key("yearly"), msg::trust::yearly_not_printed());
        }
        Figure {
            id,
            section,
            topic,
            label,
            value,
            decimals,
            unit,
            qualifier,
            to,
            change,
            compare,
            kind,
            status,
            period,
            cumulative: f.cumulative,
            yearly: f.yearly,
            source,
            draft: f.draft,
        }
    }

    /// The section and topic a figure names must exist.
    fn place(&mut self, path: &JsonPath, section: &str, topic: &str, sections: &[Section]) {
        match sections.iter().find(|s| s.id == section) {
            None if !section.is_empty() => self.report(
                path.key("section"),
                msg::data::unknown_ref(msg::data::Ref::Section, section),
            ),
            Some(s) if !topic.is_empty() && !s.topics.iter().any(|t| t.id == topic) => self.report(
                path.key("topic"),
                msg::data::unknown_ref(msg::data::Ref::Topic(section), topic),
            ),
            _ => {}
        }
    }

    /// The upper end `to` of a range whose lower end is `value`: finite, above it, and
    /// only with a lower end (`printed` is false when the file has no value at all).
    fn range(
        &mut self,
        path: &JsonPath,
        value: Option<f64>,
        to: Option<f64>,
        printed: bool,
    ) -> Option<f64> {
        let to = to.filter(|&t| self.number(&path.key("to"), t))?;
        match value {
            Some(v) if to <= v => {
                self.report(path.key("to"), msg::data::range_inverted(v, to));
                None
            }
            None if !printed => {
                self.report(path.key("to"), msg::data::range_without_value());
                None
            }
            _ => Some(to),
        }
    }

    pub(super) fn change(
        &mut self,
        path: &JsonPath,
        c: &raw::Change,
        figure_unit: &str,
        source: &str,
    ) -> Option<Change> {
        self.extra(path, &c.extra);
        let kind_path = path.key("kind");
        if c.kind.is_none() {
            self.report(kind_path.clone(), msg::data::missing());
        }
        let kind = self.word(&kind_path, c.kind.as_ref());
        let value = match c.value {
            None => {
                self.report(path.key("value"), msg::data::missing());
                None
            }
            Some(v) if !self.number(&path.key("value"), v) => None,
            // 增长-3.5%: a growth keeps the sign its sentence prints (coverage checks it
            // there); every other kind says its direction in words.
            Some(v) if v < 0.0 && kind != Some(ChangeKind::Growth) => {
                self.report(path.key("value"), msg::data::negative_change(v));
                None
            }
            Some(v) => Some(v),
        };
        let to = self.range(path, value, c.to, c.value.is_some());
        let decimals = self.decimals(&path.key("decimals"), c.decimals, [value, to], source);
        let qualifier = self.word(&path.key("qualifier"), c.qualifier.as_ref());
        let unit = self.string(&path.key("unit"), c.unit.as_ref());
        let reference = match (kind, &c.reference) {
            (Some(ChangeKind::Above | ChangeKind::Below), r) => {
                Some(self.text(&path.key("reference"), r.as_ref()))
            }
            (Some(ChangeKind::Pull), Some(r)) => Some(self.text(&path.key("reference"), Some(r))),
            // 比2002年增长65.5%: the earlier year a change is reckoned from
            // (`format::basis::since`); a `from` change prints its own years.
            (Some(k), Some(r)) if k != ChangeKind::From && names_a_year(r) => {
                Some(self.text(&path.key("reference"), Some(r)))
            }
            (_, Some(_)) => {
                self.report(path.key("reference"), msg::data::unknown_key("reference"));
                None
            }
            _ => None,
        };
        let kind = kind?;
        let expected = match kind {
            // 比重下降0.5个百分点: a decline may be in points too.
            ChangeKind::Decline if unit == "个百分点" => "个百分点",
            ChangeKind::Growth | ChangeKind::Decline | ChangeKind::Improve => "%",
            ChangeKind::Rise | ChangeKind::Above | ChangeKind::Below | ChangeKind::Pull => {
                "个百分点"
            }
            ChangeKind::Added | ChangeKind::Reduced | ChangeKind::From => figure_unit,
            ChangeKind::Times => "倍",
        };
        // 2.18万亿元，比去年增加5600亿元: an amount added or taken away is the figure's
        // own unit, in whatever magnitude the sentence prints it.
        let same_base = matches!(kind, ChangeKind::Added | ChangeKind::Reduced)
            && format::unit_base(&unit) == format::unit_base(expected);
        if !unit.is_empty() && unit != expected && !expected.is_empty() && !same_base {
            self.report(
                path.key("unit"),
                msg::data::change_unit(kind.name(), &unit, expected),
            );
        }
        Some(Change {
            kind,
            value: value?,
            unit,
            reference,
            to,
            qualifier,
            yearly: c.yearly.unwrap_or(false),
            decimals,
        })
    }

    /// The digits after the point a number is printed with (`decimals`): its sentence
    /// must print the number (value or range end) so, where it prints the number at all.
    fn decimals(
        &mut self,
        path: &JsonPath,
        decimals: Option<u8>,
        numbers: [Option<f64>; 2],
        source: &str,
    ) -> u8 {
        let Some(d) = decimals else { return 0 };
        for v in numbers.into_iter().flatten() {
            let seen = printed::decimals(source, v);
            let wanted = d.max(format::decimals::shortest(v));
            if !seen.is_empty() && !seen.contains(&wanted) {
                let printed: Vec<String> = seen.iter().map(|&p| format::decimal(v, p)).collect();
                let message = msg::data::decimals_not_in_sentence(&format::decimal(v, d), &printed);
                self.report(path.clone(), message);
            }
        }
        d
    }
}

/// True when a change's `reference` names a year (2002年), as the base of a change of
/// any kind but a comparison, a contribution or `from` must: anything else there is no
/// key of the change.
fn names_a_year(r: &crate::check::raw::Text) -> bool {
    let zh = r.zh.as_deref().unwrap_or_default().trim();
    crate::shared::words::leading_year(zh).is_some_and(|(_, rest)| rest.is_empty())
}
