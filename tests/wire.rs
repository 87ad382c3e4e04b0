//! The resolved form the reader decodes (`data/charts.LANG.bin`): it says what it holds
//! exactly, and no bytes at all (cut short, flipped, from another build, not ours) make
//! the decoder or the layout after it panic. `FUZZ_CASES=N` runs more random cases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use report_charts::publish::resolve;
use report_charts::shared::charts;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::messages;
use report_charts::shared::model::Lang;
use report_charts::shared::spec::{Broken, Entry, Problems, Resolved};
use report_charts::shared::theme::{Theme, ThemeName};
use report_charts::shared::wire::{self, WireError, FORMAT};

fn resolved(lang: Lang) -> Resolved {
    resolve::resolved(&common::report(), &[], common::DATA, lang)
}

/// Lays out every chart that decoded at a phone's and a desktop's width: what the reader
/// does next with whatever it decoded.
fn lay_out_all(r: &Resolved) {
    for e in &r.charts {
        if let Entry::Chart(spec) = e {
            for width in [240.0, 360.0, 1280.0] {
                let theme = Theme::new(ThemeName::Light, width);
                let scene = charts::layout(spec, theme, width, &mut ApproxMeasure);
                assert!(scene.height.is_finite());
            }
        }
    }
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(256, |n: u32| n.max(256))
}

#[test]
fn the_resolved_file_decodes_to_exactly_what_was_encoded_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        let r = resolved(lang);
        let d = wire::decode(&wire::encode(&r)).unwrap();
        for (a, b) in d.charts.iter().zip(&r.charts) {
            assert_eq!(a, b, "{:?}", b.id());
        }
        assert_eq!(d, r);
    }
}

#[test]
fn broken_charts_travel_with_their_problems() {
    let mut value = common::data_value();
    value["charts"][3]["figures"][0] = "no-such-figure".into();
    let partial =
        report_charts::check::validate::partial::load_partial(common::DATA, &value.to_string())
            .unwrap();
    let r = resolve::resolved(&partial.report, &partial.broken, common::DATA, Lang::Zh);
    let decoded = wire::decode(&wire::encode(&r)).unwrap();
    let broken: Vec<_> = decoded
        .charts
        .iter()
        .filter_map(|e| match e {
            Entry::Broken(Broken {
                index,
                problems: Problems::Listed(problems),
                ..
            }) => Some((*index, problems.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(broken.len(), 1);
    // In its place in the file, so that the page and the preview find it there.
    assert_eq!(broken[0].0, 3);
    assert!(matches!(&decoded.charts[3], Entry::Broken(_)));
    assert!(broken[0]
        .1
        .starts_with("data/xihu-2024.json:\ncharts[3].figures[0]: "));
    assert!(broken[0].1.contains("no-such-figure"));
}

#[test]
fn a_chart_of_a_kind_the_program_does_not_draw_is_broken_in_its_place_and_named() {
    // The story page's wasm draws no register kinds: it reads them as this reader does bars.
    let without_bars: wire::Draws = |kind| kind != charts::bars::KIND;
    let r = resolved(Lang::Zh);
    let bytes = wire::encode(&r);
    let d = wire::decode_for(&bytes, without_bars).unwrap();
    assert_eq!(d.charts.len(), r.charts.len());
    let mut seen = 0;
    for (i, (got, sent)) in d.charts.iter().zip(&r.charts).enumerate() {
        match sent {
            Entry::Chart(spec) if spec.kind == charts::bars::KIND => {
                seen += 1;
                let Entry::Broken(b) = got else {
                    panic!("chart {i} was drawn: {got:?}")
                };
                assert_eq!(b.index, i);
                assert_eq!(b.id.as_deref(), Some(spec.id.as_str()));
                let Problems::Damaged(e) = b.problems else {
                    panic!("{b:?}")
                };
                assert_eq!(e, WireError::NotDrawn(charts::bars::KIND));
                let said = messages::reader::damaged_chart(i, e);
                assert!(said.contains("a bars chart"), "{said}");
            }
            _ => assert_eq!(got, sent, "chart {i}"),
        }
    }
    assert!(seen > 0, "the report has no bars chart to leave out");
    // Natively every kind of the table is drawn.
    assert_eq!(wire::decode(&bytes).unwrap(), r);
    assert!(charts::ALL.iter().all(|k| charts::plan(*k).is_some()));
}

#[test]
fn bytes_that_are_not_ours_or_of_another_build_are_refused_with_a_reason() {
    let bytes = wire::encode(&resolved(Lang::Zh));
    assert_eq!(wire::decode(b"{\"meta\": {}}"), Err(WireError::NotOurs));
    assert_eq!(wire::decode(b""), Err(WireError::NotOurs));
    let mut older = bytes.clone();
    older[4] = FORMAT.wrapping_sub(1);
    assert_eq!(
        wire::decode(&older),
        Err(WireError::Format(FORMAT.wrapping_sub(1)))
    );
    assert!(
        messages::reader::unreadable_file(WireError::Format(0)).contains("build the site again")
    );
}

#[test]
fn a_file_cut_anywhere_keeps_the_charts_before_the_cut_and_breaks_the_rest() {
    let r = resolved(Lang::Zh);
    let bytes = wire::encode(&r);
    let total = r.charts.len();
    let mut last_whole = 0;
    for cut in 0..bytes.len() {
        match wire::decode(&bytes[..cut]) {
            Err(_) => assert_eq!(
                last_whole, 0,
                "a header error after charts decoded, at {cut}"
            ),
            Ok(d) => {
                assert_eq!(d.charts.len(), total, "every chart has a place, at {cut}");
                let whole = d
                    .charts
                    .iter()
                    .take_while(|e| matches!(e, Entry::Chart(_)))
                    .count();
                assert!(
                    whole >= last_whole && whole < total,
                    "at {cut}: {whole} whole"
                );
                assert_eq!(&d.charts[..whole], &r.charts[..whole]);
                // Known by their places alone, with the damage as a value for the
                // reader to word.
                for (i, e) in d.charts.iter().enumerate().skip(whole) {
                    assert!(
                        matches!(e, Entry::Broken(Broken { index, id: None, problems: Problems::Damaged(_) }) if *index == i),
                        "at {cut}: chart {i} is {e:?}"
                    );
                }
                last_whole = whole;
            }
        }
    }
    assert_eq!(last_whole, total - 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn flipped_bytes_never_make_the_decoder_or_the_layout_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
    ) {
        let mut bytes = wire::encode(&resolved(Lang::Zh));
        for (at, byte) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
        }
        if let Ok(r) = wire::decode(&bytes) {
            lay_out_all(&r);
        }
    }

    #[test]
    fn arbitrary_bytes_after_the_header_never_make_the_decoder_panic(
        tail in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        let mut bytes = wire::MAGIC.to_vec();
        bytes.extend([FORMAT, 0]);
        bytes.extend(tail);
        if let Ok(r) = wire::decode(&bytes) {
            lay_out_all(&r);
        }
    }
}
