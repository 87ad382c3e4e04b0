//! The report after validation: strict types that the rest of the pipeline trusts.
//!
//! Nothing here can be missing or malformed: [`crate::check::validate`] is the only way in.

mod qualifier;
mod skips;
mod words;
pub use qualifier::{Bound, Qualifier};
pub use skips::{SkipReason, UnreadCause};
pub use words::{ChangeKind, FigureKind, Status, Vocabulary};

/// The two languages of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Chinese, the report's own language and the default.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Reads `zh` or `en`; anything else is Chinese, the page's default.
    pub fn parse(code: &str) -> Lang {
        if code.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Zh
        }
    }
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn pick(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Report metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Headline.
    pub title: Text,
    /// Sentence under the headline.
    pub deck: Text,
    /// 南昌日报.
    pub publication: Text,
    /// The byline.
    pub author: Text,
    /// The year the figures describe.
    pub year: i64,
    /// The place the report is about (西湖区, 江西省), when the data names it: the site's
    /// index lists and filters reports by it.
    pub place: Option<Text>,
    /// The credit for the photos or images the page shows, when it shows any. The printed
    /// page's credit (本版图片由…提供) is not the web page's: charts alone need none.
    pub image_credit: Option<Text>,
    /// 来源：南昌日报.
    pub source_line: Text,
}

/// One of the report's parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Kebab-case id.
    pub id: String,
    /// The report's heading.
    pub title: Text,
    /// Short name.
    pub short: Text,
    /// The desk's own lead, shown instead of the report's paragraphs (`None`: the text).
    pub lead: Option<Text>,
    /// Topics inside it.
    pub topics: Vec<Topic>,
}

/// A topic inside a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// Kebab-case id.
    pub id: String,
    /// Its name.
    pub title: Text,
}

/// A growth or change printed with a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Its wording and direction.
    pub kind: ChangeKind,
    /// The number as printed, never negative but for a growth printed with a minus
    /// sign (增长-3.5%: −3.5).
    pub value: f64,
    /// `%`, `个百分点` or a count unit.
    pub unit: String,
    /// What `Above` and `Below` compare with, or what `Pull` pulled.
    pub reference: Option<Text>,
    /// The upper end of a range (增长6%—6.5%: `value` 6, `to` 6.5).
    pub to: Option<f64>,
    /// As printed with the change: 增长5%左右.
    pub qualifier: Option<Qualifier>,
    /// An average a year over the figure's period (年均增长5.7%), printed 年均增长 /
    /// "average annual growth" wherever the change is; never a change of one year.
    pub yearly: bool,
    /// The digits after the point as printed, where the shortest form has fewer
    /// (增长5.0%: 1); 0 otherwise. `value` and `to` are printed with at least as many.
    pub decimals: u8,
}

impl Change {
    /// True for a growth or a decline in %: what growth bars draw (a decline in
    /// 个百分点 or a change in 倍 is no growth rate).
    pub fn is_growth_rate(&self) -> bool {
        matches!(self.kind, ChangeKind::Growth | ChangeKind::Decline) && self.unit == "%"
    }

    /// The signed change, for axes: a decline is negative.
    pub fn signed(&self) -> f64 {
        match self.kind {
            ChangeKind::Decline | ChangeKind::Below | ChangeKind::Reduced => -self.value,
            _ => self.value,
        }
    }
}

/// One number of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Kebab-case id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// What is counted.
    pub label: Text,
    /// The number as printed; `None` where the report gives only a change.
    pub value: Option<f64>,
    /// The digits after the point as printed, where the shortest form has fewer
    /// (191.0亿元: 1, so that no output prints 191); 0 otherwise. `value` and `to` are
    /// printed with at least as many.
    pub decimals: u8,
    /// Unit: `zh` as printed, `en` the counted noun.
    pub unit: Text,
    /// 突破, 超, 近, 达, 余, 左右, 不超过, 以内 … as printed.
    pub qualifier: Option<Qualifier>,
    /// The upper end of a range, as printed (6—6.5: `value` 6, `to` 6.5).
    pub to: Option<f64>,
    /// The growth or change printed with it.
    pub change: Option<Change>,
    /// A second change: a comparison (above, below) or a contribution (pull).
    pub compare: Option<Change>,
    /// Count, amount, share or rate.
    pub kind: FigureKind,
    /// A result of the report's year, a target or a limit.
    pub status: Status,
    /// When the figure is not for the report's year: 上半年, “十四五”时期, 2026年.
    pub period: Option<Text>,
    /// A sum over its period (五年来累计完成固定资产投资612.5亿元), printed 累计 /
    /// "cumulative" before its number wherever the value is; never one year's value.
    pub cumulative: bool,
    /// An average a year over its period (城镇新增就业年均超过70万人: 70万 a year, not in
    /// all five), printed 年均 / "annual average" before its number wherever the value
    /// is; never the period's own value. A change's 年均 is the change's `yearly`.
    pub yearly: bool,
    /// The sentence it comes from.
    pub source: String,
    /// Written by the draft and not yet confirmed by the desk.
    pub draft: bool,
}

/// The kinds of chart the page can draw: the table in [`crate::shared::charts`].
use crate::shared::charts::kind::ChartKind;

/// A chart of the page, with its figures resolved to indices into [`Report::figures`].
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Kebab-case id.
    pub id: String,
    /// What it draws.
    pub kind: ChartKind,
    /// Section id.
    pub section: String,
    /// Indices into [`Report::figures`], in drawing order.
    pub figures: Vec<usize>,
    /// The message.
    pub title: Text,
    /// Unit and year.
    pub subtitle: Text,
    /// Footer note.
    pub note: Option<Text>,
    /// Index into [`Report::figures`] of the figure the story is about.
    pub accent: Option<usize>,
    /// Proposed by the draft and not yet confirmed by the desk.
    pub draft: bool,
    /// The lead graphic: the report's headline figures, drawn before the first section.
    /// Only the first chart may be it (`check` says so otherwise).
    pub lead: bool,
    /// A targets chart of a work plan's goals (实施重大产业项目90个 under 重点工作): its
    /// rows say 计划 / plan where a chart of the year's main targets says 目标 / target.
    pub plan: bool,
}

/// A number of the report's text that is deliberately not a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Skip {
    /// The number as printed: 2024.
    pub number: String,
    /// The sentence it stands in, verbatim, whitespace removed.
    pub sentence: String,
    /// Why it is not a figure.
    pub reason: SkipReason,
}

/// The validated report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Metadata.
    pub meta: Meta,
    /// Sections in the report's order.
    pub sections: Vec<Section>,
    /// Figures in the report's order.
    pub figures: Vec<Figure>,
    /// Charts in page order.
    pub charts: Vec<Chart>,
    /// Numbers of the text that are not figures, each with its reason.
    pub skips: Vec<Skip>,
}

impl Report {
    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The chart with this id.
    pub fn chart(&self, id: &str) -> Option<&Chart> {
        self.charts.iter().find(|c| c.id == id)
    }

    /// The lead graphic, which opens the page before the first section: the first chart,
    /// when it is marked `lead`.
    pub fn lead_chart(&self) -> Option<&Chart> {
        self.charts.first().filter(|c| c.lead)
    }

    /// How many texts of the report have no English (an empty `en`): the English edition
    /// appears only when this is 0.
    pub fn missing_english(&self) -> usize {
        self.texts()
            .filter(|t| t.en.trim().is_empty() && !t.zh.is_empty())
            .count()
    }

    /// Every text of the report a reader may see: meta, sections, figures, charts.
    pub fn texts(&self) -> impl Iterator<Item = &Text> + '_ {
        let m = &self.meta;
        let meta = [&m.title, &m.deck, &m.publication, &m.author, &m.source_line]
            .into_iter()
            .chain(m.image_credit.as_ref());
        let sections = self.sections.iter().flat_map(|s| {
            [&s.title, &s.short]
                .into_iter()
                .chain(s.lead.as_ref())
                .chain(s.topics.iter().map(|t| &t.title))
        });
        let figures = self.figures.iter().flat_map(|f| {
            [&f.label, &f.unit]
                .into_iter()
                .chain(f.change.as_ref().and_then(|c| c.reference.as_ref()))
                .chain(f.compare.as_ref().and_then(|c| c.reference.as_ref()))
                .chain(f.period.as_ref())
        });
        let charts = self
            .charts
            .iter()
            .flat_map(|c| [&c.title, &c.subtitle].into_iter().chain(c.note.as_ref()));
        meta.chain(sections).chain(figures).chain(charts)
    }

    /// How many figures and charts the draft wrote and the desk has not confirmed yet
    /// (`"draft": true`): `check` counts them as warnings.
    pub fn unconfirmed(&self) -> usize {
        self.figures.iter().filter(|f| f.draft).count()
            + self.charts.iter().filter(|c| c.draft).count()
    }

    /// How many figure labels have no English.
    pub fn labels_missing_english(&self) -> usize {
        self.figures
            .iter()
            .filter(|f| f.label.en.trim().is_empty())
            .count()
    }

    /// True when every text has its English: the page may offer the English edition.
    pub fn english_complete(&self) -> bool {
        self.missing_english() == 0
    }

    /// The figures a chart draws, in its order.
    pub fn figures_of<'a>(&'a self, chart: &'a Chart) -> impl Iterator<Item = &'a Figure> + 'a {
        chart
            .figures
            .iter()
            .filter_map(move |&i| self.figures.get(i))
    }
}
