//! `publish.json`: what the editor's 发布 needs to build, in the browser, the site that
//! `make build` wrote around it: the page templates, the site's address, and each asset's
//! name before and after its content hash. The editor fetches the assets by their served
//! names and [`unhash`]es them, so that its build renames them exactly as this one did.

use super::{Assets, Dist, Templates};
use crate::publish::bundle::rewrite_refs;
use crate::publish::social::Site;
use serde::{Deserialize, Serialize};

/// The manifest's path under the site's root.
pub const PATH: &str = crate::publish::files::PUBLISH;

/// What a built site tells the editor's 发布 about how it was built.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The site's public address (`SITE_URL`), empty when it was not known.
    pub site: String,
    /// The story page's template (`www/index.html`).
    pub page: String,
    /// A chart's iframe page's template (`www/embed-chart.html`).
    pub embed_chart: String,
    /// The forwarder's template (`www/embed.html`), empty when none.
    pub forwarder: String,
    /// The demo article's template (`www/demo/index.html`), empty when none.
    pub demo: String,
    /// Every asset as `[name in the build, name as served]`, in path order.
    pub assets: Vec<(String, String)>,
}

/// The manifest of a site built from `assets` at `site`, whose assets `renames` renamed.
pub fn manifest(assets: &Assets, site: &Site, renames: &[(String, String)]) -> Manifest {
    let t = &assets.templates;
    let served = |p: &str| {
        renames
            .iter()
            .find(|(old, _)| old == p)
            .map_or_else(|| p.to_string(), |(_, new)| new.clone())
    };
    Manifest {
        site: site.root().unwrap_or_default().to_string(),
        page: t.page.clone(),
        embed_chart: t.embed_chart.clone(),
        forwarder: t.forwarder.clone(),
        demo: t.demo.clone(),
        assets: assets
            .files
            .paths()
            .into_iter()
            .filter(|p| p != PATH)
            .map(|p| {
                let s = served(&p);
                (p, s)
            })
            .collect(),
    }
}

impl Manifest {
    /// The manifest as the file the site holds.
    ///
    /// # Errors
    /// Never in practice: every field is a string.
    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| format!("{PATH}: {e}"))
    }

    /// Reads a site's manifest.
    ///
    /// # Errors
    /// When `json` is not a manifest; the error names the file and where it breaks.
    pub fn parse(json: &str) -> Result<Manifest, String> {
        serde_json::from_str(json).map_err(|e| format!("{PATH}: {e}"))
    }

    /// The templates it names.
    pub fn templates(&self) -> Templates {
        Templates {
            page: self.page.clone(),
            embed_chart: self.embed_chart.clone(),
            forwarder: self.forwarder.clone(),
            demo: self.demo.clone(),
        }
    }

    /// The site's address.
    ///
    /// # Errors
    /// When the manifest's address is not one `SITE_URL` accepts.
    pub fn site(&self) -> Result<Site, String> {
        Site::parse(&self.site)
    }
}

/// The assets as the build read them, from `served` (each asset's bytes by its name in
/// the build, as fetched from its served name): the references that the content hashes
/// rewrote are put back, so that building again renames them the same way.
pub fn unhash(m: &Manifest, served: Dist) -> Dist {
    let base = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    let renamed: Vec<(String, String)> = m
        .assets
        .iter()
        .filter(|(old, new)| old != new)
        .map(|(old, new)| (base(new), base(old)))
        .collect();
    let mut out = Dist::new();
    for (path, bytes) in served.iter() {
        let bytes = match std::str::from_utf8(bytes) {
            Ok(text) if !renamed.is_empty() => renamed
                .iter()
                .fold(text.to_string(), |t, (new, old)| rewrite_refs(&t, new, old))
                .into_bytes(),
            _ => bytes.to_vec(),
        };
        out.put(path, bytes);
    }
    out
}
