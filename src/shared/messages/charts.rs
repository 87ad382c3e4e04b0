//! The words a chart draws besides its data: a waffle's key, a small multiple's unit and
//! scales, a comparison's reference, last year's result beside a target.

use crate::shared::model::Lang;

/// The key under a waffle chart: what one of its hundred cells stands for.
pub fn waffle_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每个小方代表1%",
        Lang::En => "Each square is 1%",
    }
}

/// What stands before a small multiple's unit above its panel: 单位： / Unit:.
pub fn unit_head(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "单位：",
        Lang::En => "Unit: ",
    }
}

/// The reference's bar on a comparison chart; the comparison is printed under it.
pub fn compared_with(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "对比",
        Lang::En => "Compared with",
    }
}

/// Above small multiples of two panels or more: their bars are not on one scale.
pub fn own_scales(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "各组单位不同，长度只在组内可比",
        Lang::En => "Each panel has its own scale: compare bars within a panel only",
    }
}

/// What a work plan's goal says before its number on a plan's chart, where a target
/// says 目标 / target: 2026年计划90个 / 2026 plan 90.
pub fn plan_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "计划",
        Lang::En => "plan",
    }
}

/// What stands before last year's result beside a target: 上年 / last year.
pub fn last_year(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "上年 ",
        Lang::En => "Last year: ",
    }
}

/// What opens a chart's note in its footer: 注： / Note: .
pub fn note_lead(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "注：",
        Lang::En => "Note: ",
    }
}

/// What ends one sentence of a footer before the next: 。 / ". ".
pub fn sentence_stop(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    }
}

/// The byline as each language writes it: 范志刚/文, By Fan Zhigang; a credit that names
/// its roles (记者 周晓岚 通讯员 韩立新) or a speaker's office (自治区主席 嘎玛泽登) as
/// printed: a space parts a role from a name, and a writer's name alone has none.
pub fn byline(author: &str, lang: Lang) -> String {
    let roles = author.contains(char::is_whitespace);
    match lang {
        Lang::Zh if roles => author.to_string(),
        Lang::Zh => format!("{author}/文"),
        Lang::En => format!("By {author}"),
    }
}
