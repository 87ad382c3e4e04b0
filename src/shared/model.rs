//! The report after validation: strict types that the rest of the pipeline trusts.
//!
//! Nothing here can be missing or malformed: [`crate::validate`] is the only way in.

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
    /// Image credits as printed.
    pub image_credit: Text,
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

/// How the report hedges a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// 突破: passed the mark.
    Passed,
    /// 超: over.
    Over,
    /// 近: nearly.
    Nearly,
    /// 达: reached.
    Reached,
    /// 余: more than (written after the number).
    MoreThan,
    /// 约: about (before the number).
    About,
    /// 左右: around (after the number and its unit).
    Around,
}

impl Qualifier {
    /// Every qualifier with its printed form, for parsing and for error messages.
    pub const ALL: [(Qualifier, &'static str); 7] = [
        (Qualifier::Passed, "突破"),
        (Qualifier::Over, "超"),
        (Qualifier::Nearly, "近"),
        (Qualifier::Reached, "达"),
        (Qualifier::MoreThan, "余"),
        (Qualifier::About, "约"),
        (Qualifier::Around, "左右"),
    ];

    /// The printed form.
    pub fn zh(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(q, _)| *q == self)
            .map_or("", |(_, s)| s)
    }
}

/// What a figure measures, which decides the checks on its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// A number of things: never negative.
    Count,
    /// Money.
    Amount,
    /// A percentage of a whole: 0 to 100.
    Share,
    /// A percentage change.
    Rate,
}

impl FigureKind {
    /// Every kind.
    pub const ALL: [FigureKind; 4] = [
        FigureKind::Count,
        FigureKind::Amount,
        FigureKind::Share,
        FigureKind::Rate,
    ];

    /// Its code in the resolved file: written out, never a position, so that reordering
    /// [`FigureKind::ALL`] cannot change the format.
    pub fn code(self) -> u8 {
        match self {
            FigureKind::Count => 0,
            FigureKind::Amount => 1,
            FigureKind::Share => 2,
            FigureKind::Rate => 3,
        }
    }

    /// The kind of this code in the resolved file.
    pub fn by_code(code: u8) -> Option<FigureKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Its name in the data file.
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Amount => "amount",
            FigureKind::Share => "share",
            FigureKind::Rate => "rate",
        }
    }
}

/// The direction and wording of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// 增长x%.
    Growth,
    /// 下降x%.
    Decline,
    /// 改善x%.
    Improve,
    /// 提升x个百分点.
    Rise,
    /// 高于{reference}x个百分点.
    Above,
    /// 新增x{unit}.
    Added,
    /// 由x{unit}压缩为{value}{unit}.
    From,
}

impl ChangeKind {
    /// Every kind with its name in the data file.
    pub const ALL: [(ChangeKind, &'static str); 7] = [
        (ChangeKind::Growth, "growth"),
        (ChangeKind::Decline, "decline"),
        (ChangeKind::Improve, "improve"),
        (ChangeKind::Rise, "rise"),
        (ChangeKind::Above, "above"),
        (ChangeKind::Added, "added"),
        (ChangeKind::From, "from"),
    ];

    /// Its name in the data file.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, s)| s)
    }
}

/// A growth or change printed with a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Its wording and direction.
    pub kind: ChangeKind,
    /// The number as printed, never negative.
    pub value: f64,
    /// `%`, `个百分点` or a count unit.
    pub unit: String,
    /// What `Above` compares with.
    pub reference: Option<Text>,
}

impl Change {
    /// The signed change, for axes: a decline is negative.
    pub fn signed(&self) -> f64 {
        match self.kind {
            ChangeKind::Decline => -self.value,
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
    /// Unit: `zh` as printed, `en` the counted noun.
    pub unit: Text,
    /// 突破, 超, 近, 达 or 余.
    pub qualifier: Option<Qualifier>,
    /// The growth or change printed with it.
    pub change: Option<Change>,
    /// Count, amount, share or rate.
    pub kind: FigureKind,
    /// The sentence it comes from.
    pub source: String,
}

/// The kinds of chart the page can draw: the table in [`crate::charts`].
pub use crate::charts::ChartKind;

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
}

/// Why a number of the report's text is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// 2024年.
    Year,
    /// 1月18日.
    Date,
    /// 第十八届, 第3批, 第38名.
    Ordinal,
    /// 全省第一, 30强.
    Rank,
    /// 35年来, 连续8个月.
    Duration,
    /// Part of a name: PM2.5, "5G", “十四五”.
    Name,
    /// Part of what a figure counts: 5000平方米以上楼宇.
    Label,
    /// A ratio that is not a structure of 100%.
    Ratio,
    /// A number the draft could not read (no unit it knows): the desk decides.
    Unread,
    /// In the title or a heading: the figure, if it is one, is in the text.
    Heading,
}

impl SkipReason {
    /// Every reason with its name in the data file.
    pub const ALL: [(SkipReason, &'static str); 10] = [
        (SkipReason::Year, "year"),
        (SkipReason::Date, "date"),
        (SkipReason::Ordinal, "ordinal"),
        (SkipReason::Rank, "rank"),
        (SkipReason::Duration, "duration"),
        (SkipReason::Name, "name"),
        (SkipReason::Label, "label"),
        (SkipReason::Ratio, "ratio"),
        (SkipReason::Unread, "unread"),
        (SkipReason::Heading, "heading"),
    ];

    /// Its name in the data file.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, s)| s)
    }
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
    /// The chart with this id.
    pub fn chart(&self, id: &str) -> Option<&Chart> {
        self.charts.iter().find(|c| c.id == id)
    }

    /// How many texts of the report have no English (an empty `en`): the English edition
    /// appears only when this is 0.
    pub fn missing_english(&self) -> usize {
        let m = &self.meta;
        let meta = [
            &m.title,
            &m.deck,
            &m.publication,
            &m.author,
            &m.image_credit,
            &m.source_line,
        ];
        let sections = self.sections.iter().flat_map(|s| {
            [&s.title, &s.short]
                .into_iter()
                .chain(s.topics.iter().map(|t| &t.title))
        });
        let figures = self.figures.iter().flat_map(|f| {
            [&f.label, &f.unit]
                .into_iter()
                .chain(f.change.as_ref().and_then(|c| c.reference.as_ref()))
        });
        let charts = self
            .charts
            .iter()
            .flat_map(|c| [&c.title, &c.subtitle].into_iter().chain(c.note.as_ref()));
        meta.into_iter()
            .chain(sections)
            .chain(figures)
            .chain(charts)
            .filter(|t| t.en.trim().is_empty() && !t.zh.is_empty())
            .count()
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
