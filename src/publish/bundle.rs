//! Packaging the built site (native only): the one-file edition, and content hashes in
//! the names of the assets that may be cached forever.
//!
//! The one-file edition inlines everything: the wasm and the Chinese charts file as
//! base64 (fetching fails on `file://`), the stylesheet, each chart's
//! static SVG, and the page's script, which the build has already bundled into one module,
//! with the module it imports on demand (the disclosure's tools) as a `data:` URL.

use crate::publish::files;
use crate::publish::site::dist::Dist;
use crate::shared::model::Lang;

/// Assets renamed with a content hash, in dependency order: a file's references to the
/// ones before it are rewritten before its own hash is taken.
pub const HASHED: [&str; 5] = [
    files::READER_WASM,
    files::STYLE,
    files::STORY_TOOLS,
    files::APP,
    files::FRAME,
];

/// Files that keep their names (pasted into CMSs, linked from outside) but whose
/// references to hashed assets are rewritten.
pub const STABLE: [&str; 4] = [
    files::story(Lang::Zh),
    files::FORWARDER,
    files::EMBED_SCRIPT,
    files::MANIFEST,
];

/// Standard base64, for inlining bytes.
pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A short content hash (FNV-1a, 64 bit) for cache-busting names; stable across builds.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..10].to_string()
}

/// `name.ext` → `name.HASH.ext`.
fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// Replaces references to the file `old` (a base name) with `new` wherever it stands as
/// a whole path segment: after `/`, `"` or `'`, and before a quote, `?`, `#` or `)`.
pub fn rewrite_refs(text: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(old) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + old.len()..].chars().next();
        out.push_str(&rest[..i]);
        let whole = matches!(before, Some('/' | '"' | '\''))
            && matches!(after, Some('"' | '\'' | '?' | '#' | ')'));
        out.push_str(if whole { new } else { old });
        rest = &rest[i + old.len()..];
    }
    out.push_str(rest);
    out
}

/// Renames the [`HASHED`] assets of `site` to `name.HASH.ext` and rewrites every
/// reference to them in the others and in every HTML page; returns the renames.
///
/// # Errors
/// When an asset to hash is missing or a page is not UTF-8.
pub fn fingerprint(site: &mut Dist) -> Result<Vec<(String, String)>, String> {
    let mut renames: Vec<(String, String)> = Vec::new();
    let rewrite = |text: String, renames: &[(String, String)]| {
        renames.iter().fold(text, |t, (old, new)| {
            let base = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
            rewrite_refs(&t, &base(old), &base(new))
        })
    };
    for name in HASHED {
        let bytes = site
            .take(name)
            .ok_or_else(|| crate::shared::messages::site::site_file_missing(name))?;
        let bytes = match String::from_utf8(bytes) {
            Ok(text) => rewrite(text, &renames).into_bytes(),
            Err(e) => e.into_bytes(),
        };
        let new = hashed_name(name, &content_hash(&bytes));
        site.put(new.clone(), bytes);
        renames.push((name.to_string(), new));
    }
    let pages = site
        .paths()
        .into_iter()
        .filter(|p| p.ends_with(".html") || STABLE.contains(&p.as_str()));
    for name in pages.collect::<Vec<_>>() {
        let text = rewrite(site.text(&name)?.to_string(), &renames);
        site.put(name, text);
    }
    Ok(renames)
}

/// Text safe inside a `<script>` element: no `</` can close it early.
fn script_safe(text: &str) -> String {
    text.replace("</", "<\\/")
}

/// Replaces each `<picture class="fallback">…</picture>` with its wide light SVG inlined
/// as an image, so the one-file edition shows every chart even where no script runs.
fn inline_fallbacks(html: &str, dir: &Dist) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<picture class=\"fallback\">") {
        let Some(len) = rest[start..].find("</picture>") else {
            break;
        };
        let picture = &rest[start..start + len];
        out.push_str(&rest[..start]);
        let src = picture
            .split("<img src=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default();
        let alt = picture
            .split(" alt=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default();
        let svg = dir.bytes(src)?;
        out.push_str(&format!(
            "<picture class=\"fallback\"><img src=\"data:image/svg+xml;base64,{}\" alt=\"{alt}\">",
            base64(svg)
        ));
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The whole story in one self-contained HTML file, built from the site in `dir`
/// (before [`fingerprint`]).
///
/// # Errors
/// When a file it inlines is missing, or the page has no script to replace.
pub fn one_file(dir: &Dist) -> Result<String, String> {
    // The page's script imports the disclosure's tools by their name beside it, which a
    // file on disk has not: the module itself, as a data: URL, instead.
    let tools = format!(
        "\"data:text/javascript;base64,{}\"",
        base64(dir.bytes(files::STORY_TOOLS)?)
    );
    let app = dir
        .text(files::APP)?
        .replace(&format!("\"./{}\"", files::STORY_TOOLS), &tools);
    let wasm = dir.bytes(files::READER_WASM)?;
    let css = dir.text(files::STYLE)?;
    let icon = dir.bytes(files::FAVICON)?;
    let mut scripts = String::new();
    // The page in one file is the Chinese story; its English edition, when the report has
    // one, is a page of its own on the site.
    scripts.push_str(&format!(
        "<script type=\"text/plain\" id=\"report-charts-data-zh\">{}</script>\n",
        base64(dir.bytes(files::resolved(Lang::Zh))?)
    ));
    scripts.push_str(&format!(
        "<script type=\"text/plain\" id=\"report-charts-wasm\">{}</script>\n\
         <script type=\"module\">{}</script>",
        base64(wasm),
        script_safe(&app)
    ));
    let mut html = String::new();
    for line in dir.text(files::story(Lang::Zh))?.lines() {
        let t = line.trim();
        if t.starts_with("<link rel=\"preload\"") {
            continue;
        }
        if t == "<link rel=\"stylesheet\" href=\"style.css\">" {
            html.push_str(&format!(
                "<style>{}</style>\n",
                css.replace("</style", "<\\/style")
            ));
        } else if t.starts_with("<link rel=\"icon\"") {
            html.push_str(&format!(
                "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">\n",
                base64(icon)
            ));
        } else if t.starts_with("<script type=\"module\" async src=\"app.js\"") {
            // Inline, the module runs once the page is parsed (no `async`): the data and
            // the wasm it reads are inside the page.
            html.push_str(&scripts);
            html.push('\n');
        } else if t.starts_with("<nav class=\"lang-switch\"") {
            // The other language is a page of the served site; a file on disk has none.
            continue;
        } else if t.starts_with("<details class=\"embed-code\"") {
            // Embed codes need a served site; a file on disk has none to offer.
            html.push_str(&line.replacen(" hidden>", " hidden data-offline>", 1));
            html.push('\n');
        } else {
            html.push_str(line);
            html.push('\n');
        }
    }
    if !html.contains("id=\"report-charts-wasm\"") {
        return Err(
            "one-file edition: index.html has no <script src=\"app.js\"> to replace".into(),
        );
    }
    inline_fallbacks(&html, dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }

    #[test]
    fn references_are_rewritten_only_as_whole_file_names() {
        let js = "import a from './charts.js'; import b from './pkg/report_charts.js';";
        let out = rewrite_refs(js, "charts.js", "charts.abc.js");
        assert_eq!(
            out,
            "import a from './charts.abc.js'; import b from './pkg/report_charts.js';"
        );
        let html = r#"<link href="../style.css"><a href="style.css?x">"#;
        assert_eq!(
            rewrite_refs(html, "style.css", "style.1.css"),
            r#"<link href="../style.1.css"><a href="style.1.css?x">"#
        );
    }

    #[test]
    fn a_content_hash_changes_with_the_content() {
        assert_eq!(content_hash(b"abc"), content_hash(b"abc"));
        assert_ne!(content_hash(b"abc"), content_hash(b"abd"));
        assert_eq!(content_hash(b"abc").len(), 10);
    }
}
