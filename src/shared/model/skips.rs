//! Why a number of the report's text is not a figure ([`SkipReason`], a closed list of
//! the data file), and why one was left `unread` ([`UnreadCause`], read again by `check`
//! and never stored): apart from the figure's words because they describe the numbers
//! that are not figures.

use super::Vocabulary;

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
