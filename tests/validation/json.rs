//! JSON itself: malformed, cut short, or of the wrong type, reported with its line and
//! column or its path.

use super::*;

// --- JSON itself --------------------------------------------------------------------

#[test]
fn malformed_json_is_reported_with_its_line_and_column() {
    let text = data_text();
    let needle = "\"year\": 2024,";
    let at = text.find(needle).expect("the data file has a year") + needle.len();
    let line = text[..at].lines().count();
    let broken = format!("{},{}", &text[..at], &text[at..]);
    let e = match validate::partial::load_partial("broken.json", &broken) {
        Ok(_) => panic!("a trailing comma parsed"),
        Err(e) => e,
    };
    assert_eq!(e.problems.len(), 1, "{}", list(&e.problems));
    let p = &e.problems[0];
    assert!(
        p.message.starts_with(&*msg::data::malformed_json("")),
        "{}",
        p.message
    );
    assert!(
        p.message.contains(&format!("line {line} column")),
        "expected line {line} in: {}",
        p.message
    );
    // Inside meta, after its year: the path stops at what was read, without a `?`.
    assert_eq!(p.path, "meta");
}

#[test]
fn a_file_cut_short_is_reported_as_malformed_json() {
    let text = data_text();
    // Half the file, cut on a character (the data holds Chinese).
    let half = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let p = only_problem(&text[..half]);
    assert!(p.message.starts_with("is not valid JSON"), "{}", p.message);
    assert!(p.message.contains("line "), "{}", p.message);
    assert!(p.message.contains("column "), "{}", p.message);
}

#[test]
fn a_value_of_the_wrong_json_type_is_reported_with_its_path() {
    let json = mutated(|v| v["figures"][0]["value"] = json!("800"));
    let p = only_problem(&json);
    assert_eq!(p.path, "figures[0].value");
    assert!(
        p.message
            .contains("invalid type: string \"800\", expected f64"),
        "{}",
        p.message
    );
    // The JSON itself is fine: the message must not say it is not.
    assert!(
        p.message.starts_with(&*msg::data::wrong_type("")),
        "{}",
        p.message
    );
}

#[test]
fn a_list_written_as_a_string_is_reported_with_its_path() {
    let json = mutated(|v| v["charts"][2]["figures"] = json!("gdp"));
    let p = only_problem(&json);
    assert_eq!(p.path, "charts[2].figures");
    assert!(p.message.contains("expected a sequence"), "{}", p.message);
}

#[test]
fn the_chinese_of_a_json_problem_says_the_parsers_detail_in_chinese_with_its_line() {
    let text = data_text();
    let needle = "\"year\": 2024,";
    let at = text.find(needle).expect("the data file has a year") + needle.len();
    let cases = [
        (
            mutated(|v| v["figures"][0]["value"] = json!("800")),
            "类型不对：应为数字，却是文字 \"800\"（第 ",
        ),
        (
            mutated(|v| v["charts"][2]["figures"] = json!("gdp")),
            "应为列表 [ … ]，却是文字 \"gdp\"",
        ),
        (
            format!("{},{}", &text[..at], &text[at..]),
            "不是有效的 JSON：这里应是带引号的键名（多了一个逗号？）",
        ),
        (text[..at].to_string(), "读完之前就结束了（被截断了？）"),
        (format!("{text}}}"), "文件在结尾之后还有多余的字符"),
    ];
    for (json, zh) in cases {
        let p = only_problem(&json);
        assert!(p.message.zh.contains(zh), "{zh} in {}", p.message.zh);
        for english in ["invalid", "expected", "line", "column", "EOF", "trailing"] {
            assert!(
                !p.message.zh.contains(english),
                "{english} in {}",
                p.message.zh
            );
        }
    }
}

/// The line (from 1) of `json` that holds `needle` first.
fn line_holding(json: &str, needle: &str) -> usize {
    json.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn every_problem_after_a_value_of_the_wrong_type_names_its_line_in_both_languages() {
    let json = mutated(|v| {
        v["figures"][1]["value"] = json!("236.8亿");
        v["figures"][4]["value"] = json!("12万");
        v["charts"][7]["figures"][1] = json!("no-such-figure");
    });
    let e = error(&json);
    assert_eq!(e.problems.len(), 3, "{e}");
    // The first keeps the parser's line and column; the others name theirs.
    let wanted = [
        None,
        Some(line_holding(&json, "\"12万\"")),
        Some(line_holding(&json, "\"no-such-figure\"")),
    ];
    let lines: Vec<Option<usize>> = e.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, wanted, "{e}");
    let first = line_holding(&json, "\"236.8亿\"");
    let (en, zh) = (e.to_string(), e.problems_in(Lang::Zh));
    assert!(en.contains(&format!("at line {first} column")), "{en}");
    assert!(zh.contains(&format!("（第 {first} 行第")), "{zh}");
    for line in wanted.into_iter().flatten() {
        assert!(en.contains(&format!(" (line {line})")), "{en}");
        assert!(zh.contains(&format!("（第 {line} 行）")), "{zh}");
    }
    // Every problem, one a line after the file's name, names its path and its line.
    for said in [en.lines().skip(1), zh.lines().skip(1)]
        .into_iter()
        .flatten()
    {
        assert!(said.contains("line ") || said.contains(" 行"), "{said}");
    }
}

#[test]
fn a_compact_files_problems_name_their_lines_in_the_repositorys_layout() {
    let pretty = mutated(|v| v["charts"][7]["figures"][1] = json!("no-such-figure"));
    let compact: String =
        serde_json::to_string(&serde_json::from_str::<Value>(&pretty).unwrap()).unwrap();
    let e = error(&compact);
    let line = line_holding(&pretty, "\"no-such-figure\"");
    assert_eq!(
        e.problems.iter().map(|p| p.line).collect::<Vec<_>>(),
        [Some(line)],
        "{e}"
    );
}
