//! How the pages present themselves to crawlers (native only): the site's public
//! address, canonical and `hreflang` links, and the Open Graph and Twitter card tags.
//!
//! Facebook, X, LinkedIn and most crawlers ignore a relative `og:image`, so a card only
//! shows when the build knows where the site will be served ([`Site`], from `SITE_URL`).

use crate::publish::html::escape;
use crate::shared::model::Lang;

/// Where the built site is served, if the build was told (`SITE_URL`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Site {
    /// The site's root as an absolute `http(s)` URL ending in `/`.
    root: Option<String>,
}

impl Site {
    /// A build that does not know its address: every URL stays relative.
    pub fn unknown() -> Site {
        Site { root: None }
    }

    /// Reads `SITE_URL`: empty means unknown; anything else must be an absolute
    /// `http://` or `https://` URL without a query or fragment. A missing final `/` is
    /// added (the root is a folder).
    ///
    /// # Errors
    ///
    /// The message for `SITE_URL` when it is not an absolute http(s) URL without a query or
    /// fragment.
    pub fn parse(url: &str) -> Result<Site, String> {
        let url = url.trim();
        if url.is_empty() {
            return Ok(Site::unknown());
        }
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| crate::shared::messages::outputs::site_url_not_absolute(url))?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty()
            || url.contains(['?', '#', '"', '<', '>', ' ', '\\'])
            || url.chars().any(char::is_control)
        {
            return Err(crate::shared::messages::outputs::site_url_not_absolute(url));
        }
        let root = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
        Ok(Site { root: Some(root) })
    }

    /// The site's root, if known.
    pub fn root(&self) -> Option<&str> {
        self.root.as_deref()
    }

    /// The URL of `path` (relative to the site's root) as written on a page that is
    /// `base` (`""`, `"../"`) below the root: absolute when the site is known.
    pub fn url(&self, path: &str, base: &str) -> String {
        match &self.root {
            Some(root) => format!("{root}{path}"),
            None => format!("{base}{path}"),
        }
    }
}

/// The path of the story page in `lang`, relative to the site's root: the Chinese page
/// is the root itself, the English one `en/`.
pub fn story_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => "en/",
    }
}

/// The prefix from the story page in `lang` back to the site's root.
pub fn story_base(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => "../",
    }
}

/// The link from the story page in `from` to the one in `to`, as its `href`.
pub fn story_href(from: Lang, to: Lang) -> String {
    if from == to {
        return "./".to_string();
    }
    let href = format!("{}{}", story_base(from), story_path(to));
    if href.is_empty() {
        "./".to_string()
    } else {
        href
    }
}

/// `zh-CN` or `en`, as `lang` and `hreflang` write them.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// The card of chart `id` in `lang`, relative to the site's root: `og/ID.png`, `og/ID.en.png`.
pub fn card_path(id: &str, lang: Lang) -> String {
    crate::publish::files::og(id, lang)
}

/// What one page tells crawlers about itself.
#[derive(Debug, Clone)]
pub struct Card<'a> {
    /// Title.
    pub title: &'a str,
    /// One or two sentences.
    pub description: &'a str,
    /// The card image's path relative to the site's root.
    pub image: &'a str,
    /// The card image's text alternative.
    pub alt: &'a str,
    /// The page's own path relative to the site's root.
    pub path: &'a str,
    /// The prefix from the page back to the site's root.
    pub base: &'a str,
    /// The page's language.
    pub lang: Lang,
}

/// The Open Graph and Twitter tags of `card`, with `og:url` when the site is known.
pub fn og_tags(card: &Card<'_>, site: &Site) -> String {
    use crate::publish::card::{CARD_HEIGHT, CARD_WIDTH};
    let image = escape(&site.url(card.image, card.base));
    let url = match site.root() {
        Some(root) => format!(
            "<meta property=\"og:url\" content=\"{}\">\n",
            escape(&format!("{root}{}", card.path))
        ),
        None => String::new(),
    };
    let locale = match card.lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    format!(
        "<meta property=\"og:type\" content=\"article\">\n{url}<meta property=\"og:locale\" content=\"{locale}\">\n<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:description\" content=\"{description}\">\n<meta property=\"og:image\" content=\"{image}\">\n<meta property=\"og:image:width\" content=\"{CARD_WIDTH}\">\n<meta property=\"og:image:height\" content=\"{CARD_HEIGHT}\">\n<meta property=\"og:image:alt\" content=\"{alt}\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:image\" content=\"{image}\">\n<meta name=\"twitter:image:alt\" content=\"{alt}\">\n",
        title = escape(card.title),
        description = escape(card.description),
        alt = escape(card.alt),
    )
}

/// The story page's links to itself and its other language, when the site is known:
/// `canonical`, and `alternate` with `hreflang` for each language in `langs` (the Chinese
/// page is also the `x-default`). Search engines reject relative `hreflang` links, so a
/// build that does not know its address writes none; the language switch still links the
/// pages for readers.
pub fn story_links(lang: Lang, langs: &[Lang], site: &Site) -> String {
    let mut out = String::new();
    let Some(root) = site.root() else {
        return out;
    };
    out.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        escape(&format!("{root}{}", story_path(lang)))
    ));
    if langs.len() > 1 {
        for &l in langs {
            let href = format!("{root}{}", story_path(l));
            out.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                lang_code(l),
                escape(&href)
            ));
            if l == Lang::Zh {
                out.push_str(&format!(
                    "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
                    escape(&href)
                ));
            }
        }
    }
    out
}

/// Prefixes every relative `href` and `src` in `html` with `base`, for a template
/// written for the site's root used by a page one folder down. Absolute URLs,
/// root-relative paths, fragments, queries, `data:` URLs and `{{placeholders}}` stay.
pub fn rebase(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    loop {
        let next = [" href=\"", " src=\""]
            .iter()
            .filter_map(|attr| rest.find(attr).map(|i| i + attr.len()))
            .min();
        let Some(i) = next else { break };
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let keep = [
            "http:", "https:", "//", "/", "#", "?", "data:", "{{", "mailto:",
        ]
        .iter()
        .any(|p| rest.starts_with(p));
        if !keep {
            out.push_str(base);
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_url_must_be_absolute_and_gains_a_final_slash() {
        assert_eq!(Site::parse("").unwrap_or_default(), Site::unknown());
        let site = Site::parse("https://news.example.org/charts").unwrap_or_default();
        assert_eq!(site.root(), Some("https://news.example.org/charts/"));
        assert!(Site::parse("news.example.org/").is_err());
        assert!(Site::parse("https:///x").is_err());
        assert!(Site::parse("https://a.org/?x=1").is_err());
        assert!(Site::parse("ftp://a.org/").is_err());
    }

    #[test]
    fn relative_template_urls_move_down_a_folder_and_the_rest_stay() {
        let html = r##"<link href="style.css"><a href="#x"></a><img src="https://a.org/i.png"><a href="?lang=en"><a href="{{x}}"><script src="app.js">"##;
        assert_eq!(
            rebase(html, "../"),
            r##"<link href="../style.css"><a href="#x"></a><img src="https://a.org/i.png"><a href="?lang=en"><a href="{{x}}"><script src="../app.js">"##
        );
    }

    #[test]
    fn the_two_story_pages_link_each_other_from_either_folder() {
        assert_eq!(story_href(Lang::Zh, Lang::En), "en/");
        assert_eq!(story_href(Lang::En, Lang::Zh), "../");
        assert_eq!(story_href(Lang::Zh, Lang::Zh), "./");
        assert_eq!(story_href(Lang::En, Lang::En), "./");
    }
}
