//! What a chart's own words (its title, subtitle and note) say against its figures, each
//! in both languages: a number or a superlative no figure of the chart says, a title
//! written before the desk changed, relabelled or deleted its figure, and the editor's
//! fix. Apart from [`super::data`], whose problems are of the data's values and
//! references, since these guard the one place a desk writes numbers by hand.

use super::Message;

/// A number in a chart's title that no figure of the chart has.
pub fn title_number_not_a_figure(number: &str) -> Message {
    Message::new(
        format!("标题中的 {number} 不是本图任何数字的数值或变化：标题只说图上数字所说的"),
        format!("{number} in the title is no value or change of a figure on this chart: a title says only what its figures say"),
    )
}

/// A number in a chart's subtitle that no figure of the chart has, and no date is.
pub fn subtitle_number_not_a_figure(number: &str) -> Message {
    Message::new(
        format!("副标题中的 {number} 不是本图任何数字的数值或变化，也不是年份或月份：副标题只说图上数字所说的"),
        format!("{number} in the subtitle is no value or change of a figure on this chart, nor a year or month: a subtitle says only what its figures say"),
    )
}

/// A number in a chart's note that no figure of the chart has, and no date is.
pub fn note_number_not_a_figure(number: &str) -> Message {
    Message::new(
        format!("注释中的 {number} 不是本图任何数字的数值或变化，也不是年份或月份：注释只说图上数字所说的"),
        format!("{number} in the note is no value or change of a figure on this chart, nor a year or month: a note says only what its figures say"),
    )
}

/// A change in a chart's title (新增1.2‰) that no figure of the chart has as printed: a
/// title written from a figure the desk has since changed or relabelled.
pub fn title_change_not_a_figures(said: &str) -> Message {
    Message::new(
        format!("标题说“{said}”，但本图没有数字是这一变化：标题还是按改动前的数字写的，请按数字改写标题"),
        format!("the title says \"{said}\", but no figure on this chart has that change: the title was written from the figure before it changed; rewrite it from the figure"),
    )
}

/// A number of a chart's title followed by a unit or a qualifier (增长5.5%左右) its
/// figure no longer prints after it (`now`: 增长5.5%): written before the desk changed it.
pub fn title_prints_other(said: &str, now: &str) -> Message {
    Message::new(
        format!("标题说“{said}”，但本图数字现在印作“{now}”：请按数字改写标题"),
        format!("the title says \"{said}\", but its figure now prints \"{now}\": rewrite the title from the figure"),
    )
}

/// A chart's title that still names its figure's label from before the desk relabelled it.
pub fn title_names_old_label(old: &str, now: &str) -> Message {
    Message::new(
        format!("标题还写着“{old}”，但这个数字已改名为“{now}”：请按新名称改写标题"),
        format!("the title still says \"{old}\", but its figure is now labelled \"{now}\": rewrite the title from the new label"),
    )
}

/// A chart's title that still names a figure the desk has deleted.
pub fn title_names_deleted_figure(old: &str) -> Message {
    Message::new(
        format!("标题还写着“{old}”，但这个数字已删除：请改写标题"),
        format!(
            "the title still says \"{old}\", but that figure has been deleted: rewrite the title"
        ),
    )
}

/// The editor's one-click fix of a title at fault: the title written from its figure.
pub fn rewrite_title(title: &str) -> Message {
    Message::new(
        format!("按数字改写标题为“{title}”"),
        format!("Rewrite the title from the figure: \"{title}\""),
    )
}

/// A superlative in a chart's title that the text does not say.
pub fn superlative_not_in_text(word: &str) -> Message {
    Message::new(
        format!("标题说“{word}”，但本图数字的原文句子没有这样说"),
        format!("the title says \"{word}\", but no sentence of its figures says so"),
    )
}
