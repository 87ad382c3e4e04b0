//! The two pages around the charts that name no chart of their own: `embed.html` (which
//! forwards `?chart=ID` to `embed/ID.html`) and the demo article `demo/index.html` that
//! shows a newsroom how the embed codes behave. Both are templates in `www/`, filled from
//! the report, so that every report's site has them and none names another report.

use crate::publish::html::escape;
use crate::shared::model::Report;

/// `www/embed.html` with `{{title}}`: the report's title.
pub fn forwarder(template: &str, report: &Report) -> String {
    template
        .replace("{{title}}", &escape(&report.meta.title.zh))
        .replace("{{files}}", crate::publish::files::MANIFEST)
}

/// `www/demo/index.html` with `{{title}}` and, for the charts it embeds, `{{chart0}}` …
/// `{{chart4}}` (ids) and `{{title0}}` … `{{title4}}` (their titles): the report's first
/// five charts, again from the first when it has fewer. A report without English loses
/// the English embed between `<!--en-->` and `<!--/en-->`: a demo never offers a
/// language the report lacks.
pub fn article(template: &str, report: &Report) -> String {
    let mut out = template.replace("{{title}}", &escape(&report.meta.title.zh));
    if !crate::publish::page::has_english(report) {
        if let (Some(from), Some(to)) = (out.find("<!--en-->"), out.find("<!--/en-->")) {
            out.replace_range(from..to + "<!--/en-->".len(), "");
        }
    }
    let n = report.charts.len();
    for i in 0..5 {
        if let Some(c) = report.charts.get(i % n.max(1)) {
            out = out
                .replace(&format!("{{{{chart{i}}}}}"), &escape(&c.id))
                .replace(&format!("{{{{title{i}}}}}"), &escape(&c.title.zh));
        }
    }
    out
}
