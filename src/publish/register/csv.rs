//! `indicators.csv`: every figure of every report, one row each, in UTF-8 with a
//! byte-order mark (so that Excel reads the Chinese). The columns are documented in
//! `data/README.md` ("The register"); values are written as printed, in the unit column's
//! unit, as the charts' CSVs are.

use super::{Period, Register};
use crate::shared::format;
use crate::shared::model::Lang;

/// The header, in the columns' order.
pub const COLUMNS: [&str; 25] = [
    "report",
    "place",
    "year",
    "period",
    "indicator",
    "label_zh",
    "label_en",
    "value",
    "value_to",
    "unit",
    "unit_en",
    "qualifier",
    "change_kind",
    "change_value",
    "change_to",
    "change_unit",
    "change_qualifier",
    "change_yearly",
    "status",
    "source",
    "link",
    // Last, so that the columns before keep their places for readers of older files.
    "change_basis",
    "change_basis_en",
    "cumulative",
    "yearly",
];

/// One field, quoted when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The register as CSV.
pub fn csv(register: &Register) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for e in &register.entries {
        let f = &e.figure;
        let (year, period) = match &e.period {
            Period::Year(y) => (y.to_string(), String::new()),
            Period::Other(p) => (String::new(), p.clone()),
        };
        let c = f.change.as_ref();
        let fields = [
            e.slug.clone(),
            // One file for both languages, whose places are Chinese as printed.
            e.place_in(Lang::Zh),
            year,
            period,
            e.indicator
                .as_ref()
                .map(|t| t.id.clone())
                .unwrap_or_default(),
            f.label.zh.clone(),
            f.label.en.clone(),
            f.value
                .map(|v| format::decimal(v, f.decimals))
                .unwrap_or_default(),
            f.to.map(|v| format::decimal(v, f.decimals))
                .unwrap_or_default(),
            f.unit.zh.clone(),
            format::unit_as_printed(&f.unit, Lang::En),
            f.qualifier.map(|q| q.zh().to_string()).unwrap_or_default(),
            c.map(|c| c.kind.name().to_string()).unwrap_or_default(),
            c.map(|c| format::decimal(c.value, c.decimals))
                .unwrap_or_default(),
            c.and_then(|c| c.to.map(|t| format::decimal(t, c.decimals)))
                .unwrap_or_default(),
            c.map(|c| c.unit.clone()).unwrap_or_default(),
            c.and_then(|c| c.qualifier)
                .map(|q| q.zh().to_string())
                .unwrap_or_default(),
            // 年均增长4.8% is an average over the years the figure spans, not one year's
            // change: without this column the row would read as the latter.
            c.map(|c| if c.yearly { "yes" } else { "" }.to_string())
                .unwrap_or_default(),
            f.status.name().to_string(),
            f.source.clone(),
            e.link.clone(),
            // 环比增长0.6% beside 同比增长8.1% of the same month: without the basis the two
            // rows read as one indicator's two values.
            basis(f, Lang::Zh),
            basis(f, Lang::En),
            // 累计612.5亿元 is a sum over the period: without it the row reads as one year's.
            if f.cumulative { "yes" } else { "" }.to_string(),
            // 年均超过70万人 is 70万 a year: without it the row reads as the period's.
            if f.yearly { "yes" } else { "" }.to_string(),
        ];
        let line: Vec<String> = fields.iter().map(|s| field(s)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The basis `f`'s sentence prints before its change (实际, 环比 / "in real terms",
/// "month on month"), or nothing.
fn basis(f: &crate::shared::model::Figure, lang: Lang) -> String {
    let Some(c) = f.change.as_ref() else {
        return String::new();
    };
    let printed = format::basis::word(c, f, lang, false).unwrap_or_default();
    // 比2002年增长65.5%: the earlier year it is reckoned from, as the rows print it.
    let since = format::basis::with_since(c, String::new(), lang, false);
    let since = since.trim();
    match (printed, since, lang) {
        (p, "", _) => p.to_string(),
        ("", s, _) => s.to_string(),
        (p, s, Lang::Zh) => format!("{s}{p}"),
        (p, s, Lang::En) => format!("{p} {s}"),
    }
}
