//! How the report hedges or bounds a number as printed (突破, 约, 左右, 余万…): a closed
//! list of the data file, apart from the figure's other words because it is read off the
//! printed number itself, and knows where it stands around the number and its unit.

use super::Vocabulary;

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

/// The side of a printed number a bound value lies on (see [`Qualifier::bound`]): a bar
/// of it is drawn open-ended, never as a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// More than the number: 突破400亿元, 超10万户.
    Lower,
    /// Up to the number: 5.5%以内, 近50万人.
    Upper,
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

    /// Which side of its number the value lies, when the qualifier makes the number a
    /// bound: 突破, 超, 以上, 余, 多 a floor (the value may be any size past it), 近, 以内,
    /// 不超过, 以下 a ceiling. 约, 左右 and 达 hedge or reach the number: no bound.
    pub fn bound(self) -> Option<Bound> {
        use Qualifier as Q;
        match self {
            Q::Nearly | Q::AtMost | Q::Within | Q::OrLess | Q::NoHigherThan => Some(Bound::Upper),
            Q::Reached | Q::About | Q::Around => None,
            _ => Some(Bound::Lower),
        }
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
