//! The blocks of the long image, each a scene of its own: the headline with its deck,
//! a section's heading, a chart, a section's figures on no chart, the source line.

use super::{chart_scene, Block, Kind, WIDTH};
use crate::publish::resolve;
use crate::shared::charts::{self, Frame};
use crate::shared::layout::builder::{Builder, Ink, Place};
use crate::shared::layout::{Anchor, ApproxMeasure, Font, Mark, Rect, Scene};
use crate::shared::messages;
use crate::shared::model::{Chart, Lang, Report, Section, Text};
use crate::shared::theme::{Palette, Scale, Theme, ThemeName};

/// The light theme at the long image's width: its sizes are the charts' own.
pub(super) fn theme() -> Theme {
    Theme::new(ThemeName::Light, WIDTH)
}

pub(super) fn blank(height: f64, marks: Vec<Mark>) -> Scene {
    Scene {
        width: WIDTH,
        height: height.ceil(),
        background: Palette::of(ThemeName::Light).background,
        marks,
        hits: Vec::new(),
    }
}

/// How a run of text is set: its font, its line height (a multiple of the size), its colour.
#[derive(Debug, Clone, Copy)]
pub(super) struct Set(Font, f64, crate::shared::theme::Color);

/// Lines of text stacked downwards from `y`, inside the charts' padding; returns where
/// the next one starts.
pub(super) fn lines(
    b: &mut Builder<'_>,
    y: f64,
    text: &str,
    Set(font, leading, color): Set,
) -> f64 {
    if text.trim().is_empty() {
        return y;
    }
    let pad = theme().scale.pad;
    let max_w = WIDTH - 2.0 * pad;
    y + b.paragraph(
        text,
        Place {
            x: pad,
            top: y,
            width: max_w,
            anchor: Anchor::Start,
        },
        Ink {
            font,
            leading,
            color,
        },
    )
}

/// The space between blocks, with a hairline across its middle under a chart.
pub(super) fn gap(s: &Scale) -> f64 {
    s.gap * 2.0
}

/// The headline's size: between the charts' titles and their big numbers, so that a
/// headline of about fifteen characters holds one line.
pub(super) fn headline(s: &Scale) -> f64 {
    ((s.title + s.big) / 2.0).round()
}

pub(super) fn head(report: &Report, lang: Lang) -> Block {
    let (
        m,
        Theme {
            palette: p,
            scale: s,
        },
    ) = (&report.meta, theme());
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    let band = (s.gap / 2.0).round();
    b.rect(
        Rect {
            x: 0.0,
            y: 0.0,
            w: WIDTH,
            h: band,
        },
        p.accent,
    );
    let kicker = crate::publish::cover::kicker(report, lang);
    let mut y = lines(
        &mut b,
        band + s.pad * 1.5,
        &kicker,
        Set(Font::bold(s.small), s.leading, p.accent),
    );
    y = lines(
        &mut b,
        y + s.gap / 2.0,
        m.title.pick(lang),
        Set(Font::bold(headline(&s)), 1.25, p.ink),
    );
    y = lines(
        &mut b,
        y + s.gap,
        &crate::publish::punctuation::full_width(m.deck.pick(lang)),
        Set(Font::regular(s.label), s.leading, p.ink),
    );
    Block {
        kind: Kind::Head,
        name: m.title.pick(lang).to_string(),
        scene: blank(y + s.pad, b.marks),
    }
}

/// A section's heading under a rule: its title in the accent colour (the page's short
/// name above it would repeat the title's last words).
pub(super) fn section(section: &Section, lang: Lang) -> Block {
    let Theme {
        palette: p,
        scale: s,
    } = theme();
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    b.rect(
        Rect {
            x: s.pad,
            y: 0.0,
            w: WIDTH - 2.0 * s.pad,
            h: 2.0,
        },
        p.accent,
    );
    let y = lines(
        &mut b,
        s.gap * 1.5,
        section.title.pick(lang),
        Set(Font::bold(s.title), 1.3, p.accent),
    );
    Block {
        kind: Kind::Section(section.id.clone()),
        name: section.title.pick(lang).to_string(),
        scene: blank(y + gap(&s), b.marks),
    }
}

pub(super) fn chart(report: &Report, id: &str, lang: Lang) -> Result<Block, String> {
    let s = theme().scale;
    let mut scene = chart_scene(report, id, lang)?;
    let (h, g) = (scene.height.ceil(), gap(&s));
    scene.marks.push(Mark::Line {
        from: (s.pad, h + g / 2.0),
        to: (WIDTH - s.pad, h + g / 2.0),
        width: 1.0,
        color: theme().palette.track,
    });
    scene.height = h + g;
    let name = report
        .chart(id)
        .map(|c| c.title.pick(lang).to_string())
        .unwrap_or_default();
    Ok(Block {
        kind: Kind::Chart(id.to_string()),
        name,
        scene,
    })
}

/// The figures `rest` of `section` that no chart draws, as compact rows under a title
/// of their own: on the page they are live numbers of the text, which the image lacks.
/// `more` marks the title as continued, for the parts after the first of a section
/// whose figures fill more than one slice.
pub(super) fn figures(
    report: &Report,
    section: &Section,
    rest: &[usize],
    lang: Lang,
    more: bool,
) -> Block {
    let (cont_zh, cont_en) = if more {
        messages::page::LONG_CONTINUED
    } else {
        ("", "")
    };
    let words = |(zh, en): (&str, &str)| Text {
        zh: format!("{zh}{cont_zh}"),
        en: format!("{en}{cont_en}"),
    };
    let rows = Chart {
        id: format!("{}-text", section.id),
        kind: charts::cards::KIND,
        section: section.id.clone(),
        figures: rest.to_vec(),
        title: words(messages::page::LONG_MORE_FIGURES),
        subtitle: Text {
            zh: messages::page::LONG_MORE_FIGURES_UNITS.0.to_string(),
            en: messages::page::LONG_MORE_FIGURES_UNITS.1.to_string(),
        },
        note: None,
        accent: None,
        draft: false,
        lead: false,
        plan: false,
    };
    let mut spec = resolve::resolve(report, &rows, lang);
    spec.footer = String::new();
    let mut scene = charts::framed(&spec, theme(), WIDTH, &mut ApproxMeasure, Frame::Compact);
    scene.height += gap(&theme().scale);
    Block {
        kind: Kind::Figures(section.id.clone()),
        name: format!("{} · {}", section.title.pick(lang), rows.title.pick(lang)),
        scene,
    }
}

/// The source line and byline, the only ones of the image. No image credit: the long
/// image has no photographs.
pub(super) fn foot(report: &Report, lang: Lang) -> Block {
    let Theme {
        palette: p,
        scale: s,
    } = theme();
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    let source = resolve::source_line(report, lang);
    let y = lines(
        &mut b,
        0.0,
        &source,
        Set(Font::regular(s.small), s.leading, p.muted),
    );
    let band = (s.gap / 2.0).round();
    b.rect(
        Rect {
            x: 0.0,
            y: y + s.pad,
            w: WIDTH,
            h: band,
        },
        p.accent,
    );
    Block {
        kind: Kind::Foot,
        name: source,
        scene: blank(y + s.pad + band, b.marks),
    }
}
