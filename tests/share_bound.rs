#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A share printed as a bound (资助面超过20%) shows its bound in the ring's hole, 超过20%,
//! never a bare 20% with 超过 glued to the label below (tester s-test23 #35). A text of
//! our own.

mod common;

use report_charts::shared::model::Lang;
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;

const TEXT: &str = "某县2025年政府工作报告
一、教育
完善学生资助体系，高中学生资助面超过30%，中职学生资助面超过85%。
";

#[test]
fn a_rings_hole_prints_the_bound_its_share_is_printed_with() {
    let r = common::drafted("county", TEXT);
    let c = (r.charts.iter())
        .find(|c| c.kind.name() == "share")
        .unwrap_or_else(|| panic!("no share chart: {:#?}", r.charts));
    for width in [360.0, 720.0] {
        let view = View {
            width,
            lang: Lang::Zh,
            theme: ThemeName::Light,
        };
        let svg = report_charts::publish::svg(&r, &c.id, view).unwrap();
        let texts: Vec<&str> = (svg.split("<text").skip(1))
            .map(|t| t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()].trim())
            .collect();
        for bound in ["超过30%", "超过85%"] {
            assert!(texts.contains(&bound), "{width}: {texts:?}");
        }
        assert!(
            !texts.iter().any(|t| t.ends_with("超过")),
            "{width}: {texts:?}"
        );
    }
}
