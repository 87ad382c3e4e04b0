//! Cover images for a WeChat article (native only): the report's and each chart's, as
//! the 2.35:1 cover of an article (900 × 383) and the 1:1 picture of its shares and
//! lists (900 × 900). Each holds a kicker, a title and one figure in big type, every
//! size fitted so that nothing clips: the title shrinks (down to the theme's smallest
//! text) before it would leave its box.

mod fit;
mod kicker;

use crate::publish::resolve;
use crate::shared::charts::growth;
use crate::shared::layout::builder::{Builder, Ink, Place};
use crate::shared::layout::{Anchor, Font, Measure, Rect, Scene};
use crate::shared::model::{Lang, Report};
use crate::shared::spec::Item;
use crate::shared::theme::{Palette, Scale, ThemeName};
use fit::{title, with_figure, Sizes};

/// The shape of a cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// 2.35:1, the article's cover in the feed: 900 × 383 px.
    Wide,
    /// 1:1, the picture of a share and of the article in lists: 900 × 900 px.
    Square,
}

impl Shape {
    /// Both shapes.
    pub const ALL: [Shape; 2] = [Shape::Wide, Shape::Square];

    /// Its size in image pixels.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            Shape::Wide => (900, 383),
            Shape::Square => (900, 900),
        }
    }

    /// The width it is laid out at, in CSS pixels: a phone's column for the wide one
    /// (the feed shows it about that wide), less for the square one, shown smaller.
    pub fn css_width(self) -> f64 {
        match self {
            Shape::Wide => 360.0,
            Shape::Square => 300.0,
        }
    }

    /// Image pixels per CSS pixel.
    pub fn ratio(self) -> f64 {
        f64::from(self.pixels().0) / self.css_width()
    }

    /// Its size in CSS pixels.
    fn css(self) -> (f64, f64) {
        let (_, h) = self.pixels();
        (self.css_width(), f64::from(h) / self.ratio())
    }
}

/// What a cover says: a kicker, a title, and the figure it puts in big type.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// Publication and year, or the report's title.
    pub kicker: String,
    /// The report's or the chart's title.
    pub title: String,
    /// The figure in big type, as its chart resolves it.
    pub figure: Option<Item>,
}

/// The figure a chart's cover shows: its accent, or its first; on a growth chart, which
/// draws changes, its change in place of its value.
fn lead(report: &Report, id: &str, lang: Lang) -> Option<Item> {
    let chart = report.chart(id)?;
    // A cover prints no subtitle: its figure keeps the period a chart's subtitle says
    // for it (resolve::said_once).
    let mut alone = chart.clone();
    alone.subtitle = Default::default();
    let spec = resolve::resolve(report, &alone, lang);
    let pick = spec.items.iter().position(|it| it.accent).unwrap_or(0);
    let mut item = spec.items.into_iter().nth(pick)?;
    if let (true, Some(c)) = (chart.kind == growth::KIND, &item.change) {
        (item.before, item.number, item.unit) =
            (String::new(), Some(c.short.clone()), String::new());
    }
    Some(item)
}

/// True while the desk has not finished with report `r`'s draft: a figure or chart left
/// unconfirmed, a placeholder of the draft (待填写, 未命名) left in a text the pages
/// would show, or a year the draft could not tell (0, which the pages print 未注明年份
/// and the editor's 发布 refuses like any placeholder). Its pages then say they are an
/// unreviewed draft, however they were built (`make build` of a fresh draft, a site, 发布).
pub fn unreviewed(r: &Report) -> bool {
    r.unconfirmed() > 0
        || r.meta.year == 0
        || r.texts().any(|t| {
            [&t.zh, &t.en]
                .into_iter()
                .any(|s| crate::shared::messages::draft::placeholder_in(s).is_some())
        })
}

/// `kicker` as a WeChat image of `report` prints it: after the draft mark while the desk
/// has not finished with the draft ([`unreviewed`]), as its page
/// says in its banner. An image is shared without the page (issue 18 §4, M1).
pub fn marked(report: &Report, kicker: &str, lang: Lang) -> String {
    if unreviewed(report) {
        format!(
            "{} · {kicker}",
            crate::shared::messages::site::draft_mark(lang)
        )
    } else {
        kicker.to_string()
    }
}

/// The kicker of the report's cover and long image: publication and year
/// ([`crate::publish::kicker`]), marked as a draft where it is one ([`marked`]).
pub fn kicker(report: &Report, lang: Lang) -> String {
    marked(report, &crate::publish::kicker::kicker(report, lang), lang)
}

/// The report's cover: its title, and the lead figure of its first chart.
pub fn story(report: &Report, lang: Lang) -> Cover {
    let m = &report.meta;
    Cover {
        kicker: kicker(report, lang),
        title: m.title.pick(lang).to_string(),
        figure: report
            .charts
            .first()
            .and_then(|c| lead(report, &c.id, lang)),
    }
}

/// Chart `id`'s cover: the report's title above the chart's, and the chart's lead figure.
pub fn chart(report: &Report, id: &str, lang: Lang) -> Option<Cover> {
    let chart = report.chart(id)?;
    Some(Cover {
        kicker: marked(report, report.meta.title.pick(lang), lang),
        title: chart.title.pick(lang).to_string(),
        figure: lead(report, id, lang),
    })
}

/// Lays out `cover` in `shape`, in CSS pixels, measuring text with `measure` (the
/// fonts it will be drawn with: [`crate::publish::fonts::Fonts`]).
pub fn scene(cover: &Cover, shape: Shape, measure: &mut dyn Measure) -> Scene {
    let (w, h) = shape.css();
    let s = Scale::for_width(w);
    let p = Palette::of(ThemeName::Light);
    let pad = s.pad * 1.5;
    // Words no line breaks inside: the glossary's (规模以上) and the verbs a title's
    // phrases open with, so that a phrase too long for its line never splits one.
    let keep = crate::publish::nobreak::keep_words([cover.title.as_str(), cover.kicker.as_str()]);
    let verbs: Vec<&str> = (crate::shared::format::verb::chinese())
        .filter(|v| cover.title.contains(v))
        .collect();
    let keep = [keep.as_str()]
        .into_iter()
        .chain(verbs)
        .collect::<Vec<_>>()
        .join(" ");
    let mut b = Builder::new(measure).keeping(keep.trim());
    let band = (s.gap / 2.0).round();
    b.rect(
        Rect {
            x: 0.0,
            y: 0.0,
            w,
            h: band,
        },
        p.accent,
    );
    let kicker_font = Font::bold(s.small);
    let top = band + pad * 0.75;
    let kicker_h = kicker::set(
        &mut b,
        &cover.kicker,
        Place {
            x: pad,
            top,
            width: w - 2.0 * pad,
            anchor: Anchor::Start,
        },
        Ink {
            font: kicker_font,
            leading: s.leading,
            color: p.accent,
        },
    );
    let body = Rect {
        x: pad,
        y: top + kicker_h + s.gap,
        w: w - 2.0 * pad,
        h: h - (top + kicker_h + s.gap) - pad,
    };
    let sizes = match shape {
        Shape::Wide => Sizes {
            title: (24.0, s.small),
            number: (40.0, s.title),
        },
        Shape::Square => Sizes {
            title: (36.0, s.small),
            number: (72.0, s.title),
        },
    };
    let placed = match &cover.figure {
        Some(item) => with_figure(&mut b, cover, item, shape, body, sizes, &s),
        None => false,
    };
    if !placed {
        // No figure, or a title too long to leave it room: the title alone.
        title(&mut b, &cover.title, body, sizes.title, p.ink);
    }
    Scene {
        width: w,
        height: h,
        background: p.background,
        marks: b.marks,
        hits: Vec::new(),
    }
}
