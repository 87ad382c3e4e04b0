//! A change from an old value prints the years its sentence gives the two values
//! (人均地区生产总值由2020年的11.2万元提高到2025年的14.6万元): those years are the
//! change's words, read from the text with the figure, as a period's year is (the
//! tester's s-test24 finding 18). A short text of our own.

/// A review of five years whose per-head output is printed from one year to another.
pub const TEXT: &str = "南湖区2025年经济运行情况\n\n一、五年回顾\n\n\
    “十四五”时期，全区人均地区生产总值由2020年的9.8万元提高到2025年的12.6万元，\
    城镇居民人均可支配收入从2020年的4.1万元增至2025年的5.3万元。\n\n\
    二、2025年\n\n全区地区生产总值812.4亿元，增长5.6%。\n";
