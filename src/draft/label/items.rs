//! A list of labels split into its items (城镇和农村居民人均可支配收入 → 城镇居民人均可支配
//! 收入, 农村居民人均可支配收入), for the figures of a 分别 list.

/// Splits a list of labels (城镇和农村居民人均可支配收入, 第一、二、三产业增加值) into `n`
/// labels, sharing the head or the tail that only one item prints; `None` when the
/// list does not have `n` items.
pub fn distribute(list: &str, n: usize) -> Option<Vec<String>> {
    // 新增城镇、农村就业: the verb of the first item is every item's, where that item
    // without it is no whole label (城镇 needs the last item's 就业); 新增城镇就业、农村
    // 劳动力转移就业 names two indicators, the verb the first's only.
    let verb = LEADS.iter().find(|v| {
        let rest = list.strip_prefix(*v).unwrap_or_default();
        let first = split(rest).first().copied().unwrap_or_default();
        !first.is_empty()
            && !TAILS.iter().any(|t| first.ends_with(t))
            && split(rest).iter().skip(1).all(|s| !s.starts_with(*v))
    });
    if let Some(v) = verb {
        let shared = distributed(&list[v.len()..], n)?;
        let whole = shared.iter().any(|s| TAILS.iter().any(|t| s.ends_with(t)));
        if whole {
            return Some(shared.into_iter().map(|s| format!("{v}{s}")).collect());
        }
    }
    distributed(list, n)
}

/// Verbs inside a list's first item that end the head every item shares (节会带动游客
/// 人数和总花费: 节会带动).
const HEAD_VERBS: [&str; 2] = ["带动", "拉动"];

/// Verbs of a count that open a list's first item (新增城镇、农村就业).
const LEADS: [&str; 6] = ["新增", "新建", "新开工", "新签约", "新引进", "净增"];

/// [`distribute`] without a verb before the list.
fn distributed(list: &str, n: usize) -> Option<Vec<String>> {
    if let Some(named) = compound(list, n) {
        return Some(named);
    }
    let mut items: Vec<&str> = split(list).into_iter().filter(|s| !s.is_empty()).collect();
    // 金融业、软件和信息服务业增加值 with two numbers: the 和 of a sector's name.
    if items.len() != n {
        items = sector_split(list, n).unwrap_or(items);
    }
    if items.len() != n || n < 2 {
        return None;
    }
    let len = |s: &str| s.chars().count();
    let last = items[n - 1];
    let mut out: Vec<String> = items.iter().map(|s| s.to_string()).collect();
    // 新开工和竣工保障性住房, 高速公路、铁路通车里程, 工业和服务业增加值: items of one kind
    // end alike (工, 路, 业), and what follows that end in the last item is every item's.
    if let Some(tail) = parallel_tail(&items) {
        // 市级和区级以上重点实验室: the bound is printed with the last level only; the
        // others are of their own level (市级重点实验室), never one the text does not give.
        let shared = ["及以上", "以上", "以下"]
            .iter()
            .find_map(|b| tail.strip_prefix(b))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(tail);
        for item in out.iter_mut().take(n - 1) {
            item.push_str(shared);
        }
        return Some(out);
    }
    // 城镇、农村居民人均可支配收入, 小麦、玉米、大豆播种面积: without such an end, the last
    // item's own words are as long as the others' only where the list shows that length:
    // words of two characters, or items of one length. A guess at another length would
    // cut a word (新开工 beside 竣工保障性住房 gave 新开工障性住房): the items stay as
    // printed, for the desk.
    let head = len(items[n - 2]);
    let one_length = n > 2 && items[..n - 1].iter().all(|s| len(s) == head);
    let known = head <= 2 || one_length;
    let short = items[..n - 1].iter().map(|s| len(s)).max().unwrap_or(0);
    if known && short <= 3 && len(last) >= short + 3 {
        // 城镇、农村居民人均可支配收入: the last item carries the tail of all.
        let tail: String = last.chars().skip(head).collect();
        for item in out.iter_mut().take(n - 1) {
            item.push_str(&tail);
        }
        // 第一、二、三产业: the 第 of the first item is every item's.
        if let Some(rest) = items[0].strip_prefix('第') {
            if !rest.is_empty() {
                for item in out.iter_mut().skip(1) {
                    if !item.starts_with('第') {
                        item.insert(0, '第');
                    }
                }
            }
        }
    } else if let Some(tail) = shared_tail(&items) {
        // 规上高技术制造业、装备制造业增加值, 汽车用锂电池、太阳能电池产量: what the last
        // item's indicator word names (增加值, 产量, 出口) is every item's.
        for item in out.iter_mut().take(n - 1) {
            item.push_str(tail);
        }
    } else if let Some(tail) = tail_of_bare(&items) {
        // 学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率: an item with no
        // indicator word of its own (高中阶段) takes the last item's; the others keep theirs.
        for item in out.iter_mut().take(n - 1) {
            if !own_indicator(item) {
                item.push_str(tail);
            }
        }
    } else if len(last) <= 3 && len(items[0]) > len(last) + 1 {
        // 一般公共预算收入和支出: the first item carries the head of all. 带动游客人数和
        // 总花费: a verb in it ends the head (带动总花费), never a cut by length inside a
        // word (带动游总花费).
        let keep = len(items[0]) - len(last);
        let head: String = items[0].chars().take(keep).collect();
        let head = HEAD_VERBS
            .iter()
            .find_map(|v| head.find(v).map(|i| head[..i + v.len()].to_string()))
            .unwrap_or(head);
        for item in out.iter_mut().skip(1) {
            item.insert_str(0, &head);
        }
    }
    Some(out)
}

/// What follows, in the last item, the character that ends every other item (竣工
/// 保障性住房 after 新开工: 保障性住房), where the last item's own words end with it too:
/// a tail of at least one character after an own word of at least two, and at most one
/// longer than the others' (小学 beside 初中入学率 ends in no 学 of an own word).
fn parallel_tail<'a>(items: &[&'a str]) -> Option<&'a str> {
    let (last, others) = items.split_last()?;
    let end = others.first()?.chars().last()?;
    if !others.iter().all(|s| s.ends_with(end)) {
        return None;
    }
    // 规上制造业、工业战略性新兴产业增加值: an indicator word after an own word that ends
    // alike is the tail, whatever the same end inside the own word (工业).
    if let Some(tail) = shared_tail(items) {
        let own = &last[..last.len() - tail.len()];
        if own.ends_with(end) {
            return Some(tail);
        }
    }
    let (at, _) = last.char_indices().skip(1).find(|&(_, c)| c == end)?;
    let own = last[..at].chars().count() + 1;
    let longest = others.iter().map(|s| s.chars().count()).max()?;
    // 城市公园、“口袋公园”保有量: a closing quote is the own word's.
    let tail = last[at + end.len_utf8()..].trim_start_matches(['”', '’', '」', '』', '》']);
    // 地区生产总值、一般公共预算收入: an item that ends in an indicator is whole; 比2020年
    // is a change's base, no label's word.
    let whole = others.iter().any(|s| TAILS.iter().any(|t| s.ends_with(t)));
    let base = tail.contains(|c: char| c.is_ascii_digit());
    (!tail.is_empty() && !whole && !base && own <= longest + 1).then_some(tail)
}

/// Characters before 及 that make it part of a word (普及率, 涉及, 惠及), never a list's
/// "and".
const JI_IN_WORDS: [char; 5] = ['普', '涉', '惠', '波', '触'];

/// The items of a list split at its marks but the 和 and 及 inside a sector's name (软件和
/// 信息服务业, 住宿和餐饮业: a word not ending in 业 before it, a name ending in 业 after
/// it, but for the tail of all), where that split, and only it, gives `n` items.
fn sector_split(list: &str, n: usize) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in list.char_indices() {
        let after = &list[i + c.len_utf8()..];
        let next = after
            .find(['、', '和', '与', '及'])
            .map_or(after, |j| &after[..j]);
        let next = TAILS
            .iter()
            .find_map(|t| next.strip_suffix(t))
            .unwrap_or(next);
        let inside =
            matches!(c, '和' | '及') && !list[start..i].ends_with('业') && next.ends_with('业');
        let word =
            c == '及' && (list[..i].chars().next_back()).is_some_and(|p| JI_IN_WORDS.contains(&p));
        if matches!(c, '、' | '和' | '与' | '及') && !inside && !word {
            out.push(&list[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&list[start..]);
    out.retain(|s| !s.is_empty());
    (out.len() == n).then_some(out)
}

/// The items of a list, split at 、, 和, 与 and 及 (not the 及 of 普及率).
fn split(list: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev = None;
    for (i, c) in list.char_indices() {
        let mark = matches!(c, '、' | '和' | '与')
            || c == '及' && !prev.is_some_and(|p| JI_IN_WORDS.contains(&p));
        if mark {
            out.push(&list[start..i]);
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    out.push(&list[start..]);
    out
}

/// The words that end a label and name what of its item is counted: the tail a list
/// prints once, after its last item. Longest first.
pub const TAILS: [&str; 27] = [
    "人均可支配收入",
    "人均消费支出",
    "营业收入",
    "进出口额",
    "增加值",
    "零售额",
    "销售额",
    "出口额",
    "进口额",
    "营业额",
    "交易额",
    "进出口",
    "产量",
    "产值",
    "出口",
    "进口",
    "投资",
    "收入",
    "支出",
    "利润",
    "营收",
    "总额",
    "余额",
    "销量",
    "就业",
    // 高中阶段和高等教育毛入学率分别…: the rate the last item prints is every item's.
    "毛入学率",
    "毛入园率",
];

/// True when item `s` ends with an indicator word of its own (地区生产总值, 巩固率).
fn own_indicator(s: &str) -> bool {
    TAILS.iter().any(|t| s.ends_with(t)) || s.ends_with(['值', '率', '量', '额', '比', '重'])
}

/// The tail of the last item (毛入学率) where some other items end with an indicator of
/// their own and the one right before the last does not: a list of whole labels that
/// closes with two items sharing one (…、高中阶段和高等教育毛入学率).
fn tail_of_bare<'a>(items: &[&'a str]) -> Option<&'a str> {
    let (last, others) = items.split_last()?;
    let tail = TAILS
        .iter()
        .find(|t| last.ends_with(*t) && last.len() > t.len())?;
    let bare = others.last().is_some_and(|s| !own_indicator(s));
    bare.then(|| &last[last.len() - tail.len()..])
}

/// The tail that only the last item prints (装备制造业增加值 after 规上高技术制造业),
/// when no other item ends with an indicator word of its own.
fn shared_tail<'a>(items: &[&'a str]) -> Option<&'a str> {
    let (last, others) = items.split_last()?;
    let tail = TAILS
        .iter()
        .find(|t| last.ends_with(*t) && last.len() > t.len())?;
    // 地区生产总值、一般公共预算收入: an item that ends in an indicator is whole.
    (!others.iter().any(|s| own_indicator(s))).then(|| &last[last.len() - tail.len()..])
}

/// Words that name two items at once: 城乡居民人均可支配收入 is 城镇居民… and 农村居民…,
/// 一般公共预算收支 is …收入 and …支出.
const COMPOUNDS: [(&str, [&str; 2]); 6] = [
    ("城乡", ["城镇", "农村"]),
    ("收支", ["收入", "支出"]),
    ("进出口", ["进口", "出口"]),
    ("存贷款", ["存款", "贷款"]),
    ("内外资", ["内资", "外资"]),
    ("牛羊", ["牛", "羊"]),
];

/// The labels of a label with a compound word, when the list has as many items.
fn compound(list: &str, n: usize) -> Option<Vec<String>> {
    // 一二三产增加值, 三次产业增加值, 一、二、三产业增加值: the three industries, named as
    // 第一产业增加值… (一产业 reads as a clipped name: tester s-test23 #15); a list that
    // prints its 第 (第一、二、三产业) keeps its one 第.
    if n == 3 {
        let (head, tail) = ["一二三产", "三次产", "三大产", "一、二、三产"]
            .iter()
            .find_map(|w| list.split_once(w))?;
        let head = head.strip_suffix('第').unwrap_or(head);
        let tail = tail.strip_prefix('业').unwrap_or(tail);
        return Some(
            ["第一产业", "第二产业", "第三产业"]
                .iter()
                .map(|k| format!("{head}{k}{tail}"))
                .collect(),
        );
    }
    // 社会消费品零售总额和进出口总额 lists two items already: its 进出口 is one of them.
    if n != 2 || split(list).len() > 1 {
        return None;
    }
    COMPOUNDS.iter().find_map(|(w, [a, b])| {
        let (head, tail) = list.split_once(w)?;
        Some(vec![format!("{head}{a}{tail}"), format!("{head}{b}{tail}")])
    })
}

/// The most characters of an item of a sector's name before its 、 (电力, 热力; 农, 林).
const SECTOR_ITEM_CHARS: usize = 4;

/// Where the name of a sector starts whose 、 at byte `i` of `s` is inside it, not a
/// list's: a name of the statistics classification (电力、热力、燃气及水生产和供应业;
/// 农、林、牧、渔业增加值) names short items that are no sector alone, and its last item
/// ends in the head they share (业). `None` when the 、 parts items of a list: items
/// that end in 业 themselves (工业、服务业), or no 业 after it.
pub fn sector_name(s: &str, i: usize) -> Option<usize> {
    let tail = s.get(i..)?.strip_prefix('、')?;
    if !tail.contains('业') || !tail.chars().take_while(|&c| c != '业').all(super::is_han) {
        return None;
    }
    let mut at = i;
    loop {
        let before = &s[..at];
        let from = before.rfind(super::CLAUSE_MARKS).map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
        let item = &before[from..];
        let n = item.chars().count();
        if n == 0
            || n > SECTOR_ITEM_CHARS
            || item.ends_with('业')
            || !item.chars().all(super::is_han)
        {
            return None;
        }
        match before[..from].strip_suffix('、') {
            Some(list) => at = list.len(),
            None => return Some(from),
        }
    }
}

/// Levels a 、 may list inside one name (国家级、省级以上重点实验室).
const LEVELS: [&str; 5] = ["国家级", "省级", "市级", "区级", "县级"];

/// Where a name starts whose 、 at byte `i` of `s` lists levels of one thing
/// (新增国家级、省级以上重点实验室): each item before it a level (国家级) and the words
/// after it opening with one (省级以上…). The label keeps every level the text prints;
/// `None` where the 、 parts anything else.
pub fn levels_name(s: &str, i: usize) -> Option<usize> {
    let tail = s.get(i..)?.strip_prefix('、')?;
    if !LEVELS.iter().any(|l| tail.starts_with(l)) {
        return None;
    }
    let mut at = i;
    loop {
        let before = &s[..at];
        let level = LEVELS.iter().find(|l| before.ends_with(*l))?;
        let from = at - level.len();
        match before[..from].strip_suffix('、') {
            Some(list) => at = list.len(),
            None => {
                // The words before the first level, up to the clause's mark: 新增 of
                // 新增国家级、省级以上…, which the label's own rules keep or strip.
                let head = &before[..from];
                let open = head.rfind(super::CLAUSE_MARKS).map_or(0, |k| {
                    k + head[k..].chars().next().map_or(1, char::len_utf8)
                });
                return Some(open);
            }
        }
    }
}

/// Where a name starts whose 、 at byte `i` of `s` lists nouns of one kind that end
/// alike (全市博物馆、美术馆举办文化展览1565场): the item before it a word of two to four
/// characters, once the clause's opening words are off, and the words after it opening
/// with a word as long that ends in the same character. The label keeps both items, never
/// the last alone (美术馆举办…); `None` where the 、 parts anything else (养老床位3852张、
/// 认知障碍照护床位3326张).
pub fn alike_nouns(s: &str, i: usize) -> Option<usize> {
    let tail = s.get(i..)?.strip_prefix('、')?;
    let head = &s[..i];
    let open = head
        .rfind(|c: char| super::CLAUSE_MARKS.contains(&c) || matches!(c, '。' | '；' | ';'))
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let item = super::strip_front(&head[open..]);
    let n = item.chars().count();
    let next: String = tail.chars().take(n).collect();
    let han = |w: &str| w.chars().all(super::is_han);
    let alike = item.chars().last().is_some_and(|end| next.ends_with(end));
    ((2..=4).contains(&n)
        && han(item)
        && han(&next)
        && next.chars().count() == n
        && alike
        && next != item)
        .then_some(open)
}
