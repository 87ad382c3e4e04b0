//! How a message names a figure or a chart (issue 18 §4): as the desk sees it, a figure
//! by its label as printed and a chart by its title, quoted, never by an internal id
//! (`gdp-2`) alone. The id follows in brackets only where another figure has the same
//! label (or another chart the same title), so that the two can still be told apart.

use crate::shared::model::{Chart, Figure, Text};

/// `shown` (Chinese, and English where there is one) quoted, with `id` after it where
/// `shared`; `id` alone where there is nothing to show.
fn named(shown: &Text, id: &str, shared: bool) -> Text {
    if shown.zh.trim().is_empty() {
        return Text {
            zh: format!("“{id}”"),
            en: format!("\"{id}\""),
        };
    }
    let en = if shown.en.trim().is_empty() {
        &shown.zh
    } else {
        &shown.en
    };
    let mut out = Text {
        zh: format!("“{}”", shown.zh),
        en: format!("\"{en}\""),
    };
    if shared {
        out.zh.push_str(&format!("（{id}）"));
        out.en.push_str(&format!(" ({id})"));
    }
    out
}

/// Figure `f` of `all` (the report's figures) as a message names it: “地区生产总值”, or
/// “地区生产总值”（gdp-2） where another figure has that label.
pub fn figure(all: &[Figure], f: &Figure) -> Text {
    let shared = all
        .iter()
        .filter(|g| g.label.zh == f.label.zh && g.id != f.id)
        .count()
        > 0;
    named(&f.label, &f.id, shared)
}

/// Chart `c` of `all` (the report's charts) as a message names it: by its title, with
/// its id where another chart has that title.
pub fn chart(all: &[Chart], c: &Chart) -> Text {
    let shared = all.iter().any(|d| d.title.zh == c.title.zh && d.id != c.id);
    named(&c.title, &c.id, shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(zh: &str, en: &str) -> Text {
        Text {
            zh: zh.to_string(),
            en: en.to_string(),
        }
    }

    #[test]
    fn a_name_is_the_label_quoted_with_the_id_only_beside_a_twin() {
        // (label, shared, as named)
        let cases = [
            (
                text("地区生产总值", "GDP"),
                false,
                text("“地区生产总值”", "\"GDP\""),
            ),
            (
                text("地区生产总值", "GDP"),
                true,
                text("“地区生产总值”（gdp-2）", "\"GDP\" (gdp-2)"),
            ),
            (
                text("税收收入", ""),
                false,
                text("“税收收入”", "\"税收收入\""),
            ),
            (text("", ""), true, text("“gdp-2”", "\"gdp-2\"")),
        ];
        for (label, shared, want) in cases {
            assert_eq!(named(&label, "gdp-2", shared), want, "{label:?}");
        }
    }
}
