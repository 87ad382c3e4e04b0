//! Inputs that hurt, as proptest strategies: any JSON, the data file's keys, numbers at the
//! edges and strings that break naive code.

use super::*;

// --- arbitrary input ----------------------------------------------------------------

/// Any JSON value, a few levels deep, with strings and numbers that hurt.
pub(super) fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        hostile_number(),
        hostile_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A key the data file uses, or any short string.
pub(super) fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "meta", "sections", "figures", "charts", "id", "title", "zh", "en", "label",
            "value", "unit", "change", "kind", "source", "section", "topic", "topics",
            "figures", "accent", "note", "subtitle", "qualifier", "reference", "short", "year",
        ])
        .prop_map(str::to_string),
        1 => ".{0,8}",
    ]
}

/// Numbers at the edges: zero, negative, fractional, tiny, huge, and any finite float.
pub(super) fn hostile_number() -> impl Strategy<Value = Value> {
    let float = |v: f64| Number::from_f64(v).map_or(Value::Null, Value::Number);
    prop_oneof![
        prop::sample::select(vec![
            0.0,
            -0.0,
            -1.0,
            0.5,
            0.001,
            1e-9,
            -1e-9,
            1e12,
            1e15,
            1e300,
            -1e300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            100.0,
            100.000_000_1,
            0.1 + 0.2,
        ])
        .prop_map(float),
        any::<f64>().prop_map(float),
        (0u64..10_000_000_000_000_000).prop_map(move |n| float(n as f64 / 1e4)),
        prop::sample::select(vec![
            Value::from(u64::MAX),
            Value::from(i64::MIN),
            Value::from(0),
            Value::from(1),
        ]),
    ]
}

/// Strings that break naive code: empty, blank, very long, markup, right-to-left,
/// emoji, control characters, ids and words the data file uses.
pub(super) fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            " ",
            "\u{3000}",
            "<script>alert(1)</script>",
            "</text><script>alert(1)</script>",
            "R&D & \"quotes\" 'apostrophes'",
            "&amp; &lt; &#x3c;",
            "مرحبا بالعالم",
            "שלום עולם",
            "\u{202e}txet desrever\u{202c}",
            "📈👨‍👩‍👧‍👦🇨🇳",
            "e\u{301}\u{301}\u{301}",
            "nul\u{0}bell\u{7}esc\u{1b}",
            "\u{feff}bom",
            "\u{fffe}\u{ffff}",
            "line\nbreak\r\ttab",
            "gdp",
            "growth",
            "economy",
            "bars",
            "cards",
            "share",
            "part-whole",
            "before-after",
            "multiples",
            "from",
            "added",
            "above",
            "decline",
            "亿元",
            "万人次",
            "个百分点",
            "%",
            "余",
            "突破",
            "amount",
            "rate",
        ])
        .prop_map(str::to_string),
        ".{0,40}",
        (prop::char::any(), 200usize..3000).prop_map(|(c, n)| c.to_string().repeat(n)),
        (0usize..6).prop_map(|n| "研发投入增长".repeat(n * 40)),
    ]
}
