//! The closed lists of the data file: the table every list shares ([`Vocabulary`]: each
//! value with its one name in the data file, so that reading, writing, validation, the
//! schema and the editor's choices share one table), and the lists that say what a figure
//! is (figure kinds, statuses, change kinds). How a number is hedged: `qualifier.rs`;
//! why a number is no figure: `skips.rs`.

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
