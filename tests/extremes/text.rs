//! Long and hostile text: labels, titles and notes of two hundred characters, markup,
//! right-to-left text, emoji and control characters, drawn legibly and escaped.

use super::*;

// --- long and hostile text ----------------------------------------------------------

#[test]
fn labels_of_two_hundred_characters_wrap_legibly_in_every_chart() {
    let json = every_label(|i| {
        (
            repeat_to(&format!("第{i}项研发投入增长，"), 200),
            repeat_to(
                &format!("item {i} research and development spending, "),
                200,
            ),
        )
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn a_two_hundred_character_word_is_cut_to_fit_in_every_chart() {
    let json = every_label(|_| {
        (
            repeat_to("研", 200),
            repeat_to("Donaudampfschifffahrtsgesellschaft", 200),
        )
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn titles_subtitles_and_notes_of_two_hundred_characters_wrap_legibly() {
    let json = mutated(|v| {
        for c in v["charts"].as_array_mut().unwrap() {
            for key in ["title", "subtitle", "note"] {
                c[key] = json!({
                    "zh": repeat_to("研发投入增长65.6%，增速最快。", 200),
                    "en": repeat_to("R&D spending rose 65.6%, the fastest. ", 200),
                });
            }
        }
        v["meta"]["source_line"] = json!({
            "zh": repeat_to("来源：南昌日报", 200),
            "en": repeat_to("Source: Nanchang Daily ", 200),
        });
    });
    let r = load(&json);
    assert_legible(&r, &all_ids(&r));
}

#[test]
fn markup_ampersands_right_to_left_text_and_emoji_draw_legibly() {
    let r = hostile_report();
    assert_legible(&r, &all_ids(&r));
}

/// `s` as it must appear in SVG text: the five XML entities.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[test]
fn the_svg_carries_hostile_labels_escaped_and_never_as_markup() {
    let r = hostile_report();
    let mut seen_script = false;
    let mut seen_amp = false;
    for c in &r.charts {
        for width in WIDTHS {
            for lang in LANGS {
                let doc = svg(&r, &c.id, width, lang);
                let name = format!("chart {} at {width}px, {lang:?}", c.id);
                assert!(
                    !doc.to_ascii_lowercase().contains("<script"),
                    "{name}: a raw <script in the SVG"
                );
                assert!(!doc.contains("</text><"), "{name}: text closed by the data");
                // Every line of text drawn is in the SVG, escaped.
                for (text, _) in scene(&r, &c.id, width, lang).texts() {
                    assert!(
                        doc.contains(&escaped(text)),
                        "{name}: {text:?} is not in the SVG as {:?}",
                        escaped(text)
                    );
                }
                seen_script |= doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
                seen_amp |= doc.contains("R&amp;D &amp;");
            }
        }
    }
    assert!(seen_script, "no SVG shows the <script> label as text");
    assert!(seen_amp, "no SVG shows the R&D label escaped");
}

#[test]
fn the_svg_title_of_a_hostile_chart_is_escaped_for_screen_readers() {
    let r = hostile_report();
    let c = &r.charts[0];
    let doc = svg(&r, &c.id, 360.0, Lang::En);
    assert!(
        // The title's digit is gone (see `load`); its markup is what is tested.
        doc.contains("<title>&lt;script&gt;alert()&lt;/script&gt; title</title>"),
        "{}",
        &doc[..doc.len().min(600)]
    );
    assert!(doc.contains("aria-label=\"&lt;script&gt;alert()&lt;/script&gt; title\""));
}

#[test]
fn control_characters_in_a_label_never_reach_the_svg() {
    let json = every_label(|_| ("地区\u{0}生产\u{1b}总值".into(), "GDP\u{7}\u{fffe}".into()));
    let r = load(&json);
    for c in &r.charts {
        for lang in LANGS {
            let doc = svg(&r, &c.id, 360.0, lang);
            let bad: Vec<char> = doc
                .chars()
                .filter(|c| (c.is_control() && !"\t\n\r".contains(*c)) || *c == '\u{fffe}')
                .collect();
            assert!(bad.is_empty(), "chart {}: {bad:?} in the SVG", c.id);
        }
    }
}
