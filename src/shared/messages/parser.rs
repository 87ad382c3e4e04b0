//! The JSON parser's own detail, in Chinese. `serde_json` words its errors in English
//! ("invalid type: string \"800\", expected f64 at line 167 column 22"), and a desk who
//! reads the editor in Chinese should not meet that inside a Chinese message (third
//! tester, finding 17). The English keeps the parser's words, which are what a search
//! for the error finds; the Chinese says the same in the desk's words. A detail of a
//! shape not known here is kept as printed, after a Chinese lead.

/// `detail` (a `serde_json` error as displayed) said in Chinese.
pub fn detail_zh(detail: &str) -> String {
    if detail.is_empty() {
        return String::new();
    }
    let (what, place) = split_place(detail);
    let said = said_zh(what).unwrap_or_else(|| format!("解析器说：{what}"));
    match place {
        Some((line, column)) => format!("{said}（第 {line} 行第 {column} 列）"),
        None => said,
    }
}

/// The detail without its " at line L column C", and L and C.
fn split_place(detail: &str) -> (&str, Option<(&str, &str)>) {
    let Some(at) = detail.rfind(" at line ") else {
        return (detail, None);
    };
    let rest = &detail[at + " at line ".len()..];
    match rest.split_once(" column ") {
        Some((line, column))
            if line.bytes().all(|b| b.is_ascii_digit())
                && column.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (&detail[..at], Some((line, column)))
        }
        _ => (detail, None),
    }
}

/// The Chinese of the parser's sentence, for the shapes it prints.
fn said_zh(what: &str) -> Option<String> {
    const FIXED: [(&str, &str); 12] = [
        ("trailing characters", "文件在结尾之后还有多余的字符"),
        ("trailing comma", "最后一项之后多了一个逗号"),
        ("expected value", "这里应有一个值"),
        ("expected `:`", "这里缺少冒号 :"),
        ("expected `,` or `}`", "这里缺少逗号 , 或右花括号 }"),
        ("expected `,` or `]`", "这里缺少逗号 , 或右方括号 ]"),
        (
            "key must be a string",
            "这里应是带引号的键名（多了一个逗号？）",
        ),
        ("invalid number", "数字写法不对"),
        ("number out of range", "数字超出范围"),
        ("invalid escape", "文字里有无效的转义符 \\"),
        ("expected ident", "这里应为 true、false 或 null"),
        ("recursion limit exceeded", "嵌套层数太多"),
    ];
    if let Some((_, zh)) = FIXED.iter().find(|(en, _)| *en == what) {
        return Some((*zh).to_string());
    }
    if let Some(inside) = what.strip_prefix("EOF while parsing ") {
        return Some(format!(
            "文件在{}读完之前就结束了（被截断了？）",
            thing(inside)
        ));
    }
    if what.starts_with("control character") {
        return Some("文字里有换行符等控制字符（须写成 \\n）".to_string());
    }
    if let Some(rest) = what.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(format!("应为{}，却是{}", thing(expected), thing(found)));
    }
    if let Some(rest) = what.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(format!("应为{}，却是{}", thing(expected), thing(found)));
    }
    if let Some(name) = between(what, "missing field `") {
        return Some(format!("缺少 \"{name}\""));
    }
    if let Some(name) = between(what, "duplicate field `") {
        return Some(format!("\"{name}\" 写了两次"));
    }
    if let Some(name) = between(what, "unknown field `") {
        return Some(format!("有未知的键 \"{name}\"（拼错了？）"));
    }
    if let Some(name) = between(what, "unknown variant `") {
        let allowed = what.split_once("expected ").map_or("", |(_, a)| a);
        return Some(format!("不认识 \"{name}\"，可用的是：{allowed}"));
    }
    None
}

/// The text between `lead` and the next backtick.
fn between<'a>(what: &'a str, lead: &str) -> Option<&'a str> {
    what.strip_prefix(lead)?.split('`').next()
}

/// What the parser names (a JSON type, a Rust type, a value), in Chinese.
fn thing(en: &str) -> String {
    let en = en.trim();
    let quoted = |lead: &str| en.strip_prefix(lead).map(str::trim);
    if let Some(v) = quoted("string ") {
        return format!("文字 {v}");
    }
    for lead in ["integer ", "floating point "] {
        if let Some(v) = quoted(lead) {
            return format!("数字 {}", v.trim_matches('`'));
        }
    }
    if let Some(v) = quoted("boolean ") {
        return format!("真假值 {}", v.trim_matches('`'));
    }
    let plain = en.trim_start_matches("a ").trim_start_matches("an ");
    let word = match plain {
        "f64" | "f32" | "i64" | "i32" | "u64" | "u32" | "u16" | "u8" | "usize" | "isize"
        | "integer" | "number" | "floating point" => "数字",
        "string" | "borrowed string" | "str" | "char" | "value" | "string or map" => "文字",
        "boolean" | "bool" => "真假值（true 或 false）",
        "null" | "unit value" | "unit" => "空值 null",
        "sequence" | "list" | "tuple" => "列表 [ … ]",
        "map" | "object" => "对象 { … }",
        "option" => "值或 null",
        _ if plain.starts_with("struct ") || plain.starts_with("map") => "对象 { … }",
        _ if plain.starts_with("sequence") || plain.starts_with("tuple") => "列表 [ … ]",
        _ => return en.to_string(),
    };
    word.to_string()
}
