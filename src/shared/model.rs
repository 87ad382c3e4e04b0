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
}

impl Qualifier {
    /// Every qualifier with its printed form, for parsing and for error messages.
    pub const ALL: [(Qualifier, &'static str); 5] = [
        (Qualifier::Passed, "突破"),
        (Qualifier::Over, "超"),
        (Qualifier::Nearly, "近"),
        (Qualifier::Reached, "达"),
        (Qualifier::MoreThan, "余"),
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
    /// Every kind, in the order the resolved charts file numbers them.
    pub const ALL: [FigureKind; 4] = [
        FigureKind::Count,
        FigureKind::Amount,
        FigureKind::Share,
        FigureKind::Rate,
    ];
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

/// The kinds of chart the page can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// A grid of big-number cards.
    Cards,
    /// Horizontal bars of amounts in one unit.
    Bars,
    /// Bars of growth rates from a zero baseline.
    Growth,
    /// A gauge per percentage of a whole.
    Share,
    /// An arrow from an old value to a new one.
    BeforeAfter,
    /// Proportional bars of a part and its whole.
    PartWhole,
    /// Small bar panels, one per unit.
    Multiples,
    /// A hundred cells, the share filled: one headline share that deserves the space.
    Waffle,
}

impl ChartKind {
    /// Every kind with its name in the data file.
    pub const ALL: [(ChartKind, &'static str); 8] = [
        (ChartKind::Cards, "cards"),
        (ChartKind::Bars, "bars"),
        (ChartKind::Growth, "growth"),
        (ChartKind::Share, "share"),
        (ChartKind::BeforeAfter, "before-after"),
        (ChartKind::PartWhole, "part-whole"),
        (ChartKind::Multiples, "multiples"),
        (ChartKind::Waffle, "waffle"),
    ];

    /// Its name in the data file.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, s)| s)
    }
}

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
}

impl Report {
    /// The chart with this id.
    pub fn chart(&self, id: &str) -> Option<&Chart> {
        self.charts.iter().find(|c| c.id == id)
    }

    /// The figures a chart draws, in its order.
    pub fn figures_of<'a>(&'a self, chart: &'a Chart) -> impl Iterator<Item = &'a Figure> + 'a {
        chart
            .figures
            .iter()
            .filter_map(move |&i| self.figures.get(i))
    }
}
