//! The first chart's static SVG written into the story page itself, instead of an image
//! fetched after it (issue 19): the chart is then in the page's first paint by
//! construction, and the browser builds no separate document for an SVG image before
//! that paint (at CPU 4× on a loaded machine, 30 to 90 ms of the main thread each).
//!
//! Three light SVGs are written, each drawn at a width where the canvas that replaces it
//! is drawn at the same width (so that it shows the same chart, and the page does not
//! move when it is replaced): the story's widest plot (every screen from 848 px), a tablet
//! held upright (768 px), and the narrow fallback's 360 px (a phone). The page's stylesheet
//! shows one by the screen's width (`.fallback .wide`, `.mid`, `.narrow`), as the
//! `<picture>` of the other charts picks its file; between those widths it shows at the
//! width it was drawn at, not stretched (a canvas drawn wider keeps the height of its rows:
//! a phone from 360 to 460 px), and only a narrower screen scales it down. A dark
//! screen gets the dark palette from the page's stylesheet (`www/style.css`), which maps
//! each light colour of [`light_to_dark`] to its dark one by attribute (`.fallback svg
//! [fill="#FFFFFF"]`): a style rule beats the SVG's `fill` attribute, so one drawing serves
//! both. Nothing is written inline (no `<style>`, no `style=`): the README's
//! Content-Security-Policy (`style-src 'self'`) would refuse it.
//!
//! The browser may paint before the parser has reached the chart (a first chunk of the
//! page, or a task of the page's script between two chunks, and the header shows alone):
//! a `<link rel="expect" blocking="render">` to the chart's caption, which comes after its
//! SVGs, holds the first paint until they are parsed ([`render_blocking`]).

use crate::shared::theme::{Color, Palette, ThemeName};

/// The story's plot at its widest, in CSS px (`www/style.css`: `.story` is 848 px wide
/// at most, padding included, and a plot bleeds over the padding): the canvas is drawn at
/// this width on every screen wider than it, so the wide SVG drawn here is that canvas.
pub const WIDE: f64 = 848.0;

/// A tablet held upright, in CSS px: the SVG shown on screens from 521 to 847 px.
pub const MID: f64 = 768.0;

/// The light colour of each of the palette's roles beside its dark one, as the SVG
/// backend writes them (`#RRGGBB`, upper case).
pub fn light_to_dark() -> Vec<(String, String)> {
    let (l, d) = (Palette::of(ThemeName::Light), Palette::of(ThemeName::Dark));
    let pairs = [
        (l.background, d.background),
        (l.ink, d.ink),
        (l.muted, d.muted),
        (l.rule, d.rule),
        (l.track, d.track),
        (l.neutral, d.neutral),
        (l.accent, d.accent),
        (l.decrease, d.decrease),
    ];
    pairs
        .iter()
        .map(|&(a, b)| (upper_hex(a), upper_hex(b)))
        .collect()
}

fn upper_hex(c: Color) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// One SVG document as an element of the page: named by `alt` (escaped for an attribute)
/// for screen readers (as the
/// `<img>` it replaces), without the document's title (inline, it would show as a
/// tooltip) and namespace (the HTML parser gives it), its first text timed by the bench
/// (`elementtiming`, Element Timing).
fn element(svg: &str, class: &str, alt: &str) -> String {
    let body = svg
        .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
        .replacen("<text ", "<text elementtiming=\"first-chart\" ", 1);
    // The document's own name (its title) goes: `alt` says all of the chart.
    let body = match (body.find("<title>"), body.find("</title>\n")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &body[..a], &body[b + 9..]),
        _ => body,
    };
    let open_end = body.find('>').unwrap_or(0);
    let open = &body[..open_end];
    // The root's own aria-label is the title; the page's is the whole description.
    let open = match open.find(" aria-label=\"") {
        Some(at) => {
            let rest = &open[at + 13..];
            let close = rest.find('"').map_or(rest.len(), |i| i + 1);
            format!("{}{}", &open[..at], &rest[close..])
        }
        None => open.to_string(),
    };
    let open = open.replacen(
        "<svg ",
        &format!("<svg class=\"{class}\" aria-label=\"{alt}\" "),
        1,
    );
    format!("{open}>{}", &body[open_end + 1..])
}

/// The fallback of the page's first chart, written whole into the page: its light SVGs
/// (`svgs`: each with the class the stylesheet shows it by, wide first), each named `alt`
/// (escaped for an attribute); their dark palette is the stylesheet's.
pub fn fallback(svgs: &[(&str, &str)], alt: &str) -> String {
    let mut out = String::from("<div class=\"fallback\">");
    for (class, svg) in svgs {
        out.push_str(element(svg, class, alt).trim_end());
    }
    out.push_str("</div>");
    out
}

/// The id of the first chart's caption, which the first paint waits for.
pub fn caption_id(chart_id: &str) -> String {
    format!("caption-{chart_id}")
}

/// The head's link that holds the page's first paint until the first chart written into
/// `story` is parsed (its caption, after its SVGs); nothing when no chart is written in.
/// Browsers without `rel="expect"` ignore it (Chromium has it since 124).
pub fn render_blocking(story: &str) -> String {
    const OPEN: &str = "<figcaption class=\"visually-hidden\" id=\"";
    story
        .split_once(OPEN)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(id, _)| format!("<link rel=\"expect\" href=\"#{id}\" blocking=\"render\">\n"))
        .unwrap_or_default()
}
