//! The closed lists of the data file (qualifiers, figure kinds, change kinds, statuses,
//! skip reasons): each value with its one name in the data file, so that reading,
//! writing, validation, the schema and the editor's choices share one table.

/// A closed list of words of the data file.
pub trait Vocabulary: Copy + PartialEq + Sized + 'static {
    /// Every value with its name in the data file, in a fixed order.
    const NAMES: &'static [(Self, &'static str)];

    /// Its name in the data file.
    fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, s)| s)
    }

    /// The value of a name, if the list has it.
    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, s)| *s == name)
            .map(|(k, _)| *k)
    }

    /// Every name, for error messages, the schema and the editor's choices.
    fn names() -> Vec<&'static str> {
        Self::NAMES.iter().map(|(_, s)| *s).collect()
    }
}

/// How the report hedges or bounds a number, as printed.
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
    /// 不超过: at most (before the number).
    AtMost,
    /// 不低于: at least (before the number).
    AtLeast,
    /// 以上: or more (after the unit).
    OrMore,
    /// 以内: within (after the unit).
    Within,
    /// 以下: or less (after the unit).
    OrLess,
    /// 多: more than (right after the number, before any magnitude: 100多个, 300多万人).
    Odd,
    /// 余 printed before the magnitude: 380余万人次 (data file `余万`; 万 stands for any
    /// magnitude).
    MoreThanBeforeMagnitude,
    /// 多 printed after the magnitude: 6万多户 (data file `万多`).
    OddAfterMagnitude,
    /// 多 printed between the two magnitudes of 万亿: 4万多亿元, more than 4万亿元 (data
    /// file `万多亿`, on a unit in 万亿).
    OddBetweenMagnitudes,
    /// 余 printed between the two magnitudes of 万亿: 2万余亿元 (data file `万余亿`, on a
    /// unit in 万亿).
    MoreThanBetweenMagnitudes,
    /// 超过: over (before the number), as printed beside 超.
    OverFully,
    /// 不少于: at least (before the number), as printed beside 不低于.
    NoFewerThan,
    /// 不高于: at most (before the number), as printed beside 不超过: a bound.
    NoHigherThan,
    /// 跨越: passed the mark (before the number), as printed beside 突破.
    Crossed,
    /// 迈上: stepped onto a mark (迈上4000亿元台阶, before the number): the level the
    /// figure reached or went past, never its value.
    SteppedOnto,
}

impl Qualifier {
    /// Every qualifier with its printed form, for parsing and for error messages.
    pub const ALL: [(Qualifier, &'static str); 22] = [
        (Qualifier::Passed, "突破"),
        (Qualifier::Over, "超"),
        (Qualifier::Nearly, "近"),
        (Qualifier::Reached, "达"),
        (Qualifier::MoreThan, "余"),
        (Qualifier::About, "约"),
        (Qualifier::Around, "左右"),
        (Qualifier::AtMost, "不超过"),
        (Qualifier::AtLeast, "不低于"),
        (Qualifier::OrMore, "以上"),
        (Qualifier::Within, "以内"),
        (Qualifier::OrLess, "以下"),
        (Qualifier::Odd, "多"),
        (Qualifier::MoreThanBeforeMagnitude, "余万"),
        (Qualifier::OddAfterMagnitude, "万多"),
        (Qualifier::OddBetweenMagnitudes, "万多亿"),
        (Qualifier::MoreThanBetweenMagnitudes, "万余亿"),
        (Qualifier::OverFully, "超过"),
        (Qualifier::NoFewerThan, "不少于"),
        (Qualifier::NoHigherThan, "不高于"),
        (Qualifier::Crossed, "跨越"),
        (Qualifier::SteppedOnto, "迈上"),
    ];

    /// The printed form.
    pub fn zh(self) -> &'static str {
        self.name()
    }

    /// True for 余 and 多 wherever printed: more than, written inside the unit.
    pub fn inside_unit(self) -> bool {
        matches!(
            self,
            Qualifier::MoreThan
                | Qualifier::Odd
                | Qualifier::MoreThanBeforeMagnitude
                | Qualifier::OddAfterMagnitude
                | Qualifier::OddBetweenMagnitudes
                | Qualifier::MoreThanBetweenMagnitudes
        )
    }

    /// True for 余 and 多 printed between the two magnitudes of 万亿 (4万多亿元): they
    /// need a unit in 万亿.
    pub fn between_magnitudes(self) -> bool {
        matches!(
            self,
            Qualifier::OddBetweenMagnitudes | Qualifier::MoreThanBetweenMagnitudes
        )
    }

    /// True for the qualifiers printed after the unit: 5%左右, 6%以上, 5.5%以内.
    pub fn after_unit(self) -> bool {
        matches!(
            self,
            Qualifier::Around | Qualifier::OrMore | Qualifier::Within | Qualifier::OrLess
        )
    }
}

impl Vocabulary for Qualifier {
    const NAMES: &'static [(Self, &'static str)] = &Qualifier::ALL;
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
}

impl FigureKind {
    /// Its name in the data file (without importing [`Vocabulary`]).
    pub fn name(self) -> &'static str {
        <Self as Vocabulary>::name(self)
    }
}

impl Vocabulary for FigureKind {
    const NAMES: &'static [(Self, &'static str)] = &[
        (FigureKind::Count, "count"),
        (FigureKind::Amount, "amount"),
        (FigureKind::Share, "share"),
        (FigureKind::Rate, "rate"),
    ];
}

/// What a figure is: the year's outcome, a goal, or a bound. A target or a limit is never
/// drawn or described as a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// The outcome of the report's year (the default).
    #[default]
    Result,
    /// A goal: 力争地区生产总值增长5.5%左右, every figure of 今年主要预期目标是：….
    Target,
    /// A bound: 城镇调查失业率控制在5.5%以内, 不超过, 低于.
    Limit,
}

impl Status {
    /// Its name in the data file (without importing [`Vocabulary`]).
    pub fn name(self) -> &'static str {
        <Self as Vocabulary>::name(self)
    }
}

impl Vocabulary for Status {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Status::Result, "result"),
        (Status::Target, "target"),
        (Status::Limit, "limit"),
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
    /// 减少x{unit}: a fall in the figure's own unit, the pair of [`ChangeKind::Added`]
    /// (粮食播种面积215.6万亩，比上年减少0.8万亩).
    Reduced,
    /// 由x{unit}压缩为{value}{unit}.
    From,
    /// 低于{reference}x个百分点.
    Below,
    /// A contribution: 拉动{reference}增长x个百分点.
    Pull,
    /// 增长x倍 (提高x倍): grew by x times its size, as printed (增长1.2倍 is ×2.2);
    /// never turned into a percentage.
    Times,
}

impl ChangeKind {
    /// Every kind with its name in the data file.
    pub const ALL: [(ChangeKind, &'static str); 11] = [
        (ChangeKind::Growth, "growth"),
        (ChangeKind::Decline, "decline"),
        (ChangeKind::Improve, "improve"),
        (ChangeKind::Rise, "rise"),
        (ChangeKind::Above, "above"),
        (ChangeKind::Added, "added"),
        (ChangeKind::From, "from"),
        (ChangeKind::Below, "below"),
        (ChangeKind::Pull, "pull"),
        (ChangeKind::Times, "times"),
        (ChangeKind::Reduced, "reduced"),
    ];

    /// True for the kinds that compare the figure with something else (a reference) or
    /// say what it contributed: the kinds of a figure's `compare`.
    pub fn compares(self) -> bool {
        matches!(
            self,
            ChangeKind::Above | ChangeKind::Below | ChangeKind::Pull
        )
    }
}

impl ChangeKind {
    /// Its name in the data file (without importing [`Vocabulary`]).
    pub fn name(self) -> &'static str {
        <Self as Vocabulary>::name(self)
    }
}

impl Vocabulary for ChangeKind {
    const NAMES: &'static [(Self, &'static str)] = &ChangeKind::ALL;
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
    /// A ratio that is not a structure of 100%, or one printed as one number without a
    /// unit (城乡居民收入比为2.01) with its change.
    Ratio,
    /// A number the draft was unsure of (an unknown unit, an unsure 分别 pairing, a
    /// change in 倍…; [`UnreadCause`] names which): the desk decides.
    Unread,
    /// In the title or a heading: the figure, if it is one, is in the text.
    Heading,
    /// A number of a goal that the desk did not make a figure.
    Target,
    /// Inside someone's quoted words, saying again a figure the text gave before it
    /// (代表说：“…增长5.5%左右…”): no second figure.
    Restated,
    /// The meeting's own count, not the place's: its members due and present (应到代表
    /// 512名，实到代表497名).
    Meeting,
    /// A statistic's earlier value that the text says was revised (由初步统计的6.8%修订为
    /// 7.0%): the revised value is the figure, the superseded one never a result.
    Revised,
    /// In a sentence of another language (a bilingual paste's English lines): the text's
    /// figures are read from its Chinese.
    Translation,
    /// Of another subject than the report's place: a speaker's own company or village
    /// (他所在的企业, 我们村), or a place narrower than the report's in someone's words
    /// (区长说：“我们区…”): never the report's figure.
    OtherSubject,
    /// In a line printed around the text, not the report's own: a dateline
    /// (——2026年6月25日在…会议上), a byline or credit, the page's source, time or
    /// counts line, a PDF's page number or table of contents.
    Page,
}

impl SkipReason {
    /// Every reason with its name in the data file.
    pub const ALL: [(SkipReason, &'static str); 17] = [
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
        (SkipReason::Target, "target"),
        (SkipReason::Restated, "restated"),
        (SkipReason::Meeting, "meeting"),
        (SkipReason::Revised, "revised"),
        (SkipReason::Translation, "translation"),
        (SkipReason::OtherSubject, "other-subject"),
        (SkipReason::Page, "page"),
    ];
}

impl SkipReason {
    /// Its name in the data file (without importing [`Vocabulary`]).
    pub fn name(self) -> &'static str {
        <Self as Vocabulary>::name(self)
    }
}

impl Vocabulary for SkipReason {
    const NAMES: &'static [(Self, &'static str)] = &SkipReason::ALL;
}

/// Why a number was left `unread`, as `check` reads it again off its sentence: the
/// draft's reasons for being unsure, which the data file does not store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum UnreadCause {
    /// A number printed with a minus sign that the draft does not read (增速为-0.3%,
    /// 利润总额-3.5亿元): it reads one only right after a word of growth, in %.
    Negative,
    /// A 分别 list whose numbers cannot be paired one to one with its items.
    ListPairing,
    /// A change in 倍 that is no growth (下降2倍): the model has no kind for it.
    TimesChange,
    /// Points after 优于/好于: a comparison whose other side is not named.
    Comparison,
    /// No unit the glossary knows after the number.
    UnknownUnit,
    /// A change that no figure before it can take.
    ChangeUnclaimed,
    /// A number inside a label or a condition (…的企业).
    InsideLabel,
    /// Possibly a target: its sentence says 力争, 预期, 目标, 计划….
    PossibleTarget,
    /// A sum named by a verb alone (筹措890.59亿元), nothing it is for.
    NoSubject,
    /// A row of a table whose header does not make its columns clear (no unit, value or
    /// change column, an index on 上年=100, cells that do not fit the header).
    TableRow,
    /// Digits a space parts (1 250万标准箱): one number printed in groups, or two.
    SpacedDigits,
    /// A word of more or less that no qualifier of the data file writes, before the
    /// number (逾, 不足, 不到, 低于…, a policy's cap 最高…奖励, a mark passed 跨过, 站上)
    /// or after its unit (上下, 前后).
    MoreOrLess,
    /// How far a measure was off its normal (比常年偏高0.5℃, 比常年偏多15%): no change on
    /// the year before, and no change kind holds it.
    OffNormal,
    /// None of the above: the draft could not tell what it counts.
    Unsure,
}
