//! Any bytes, any string, any JSON, and every input kept in the fuzz corpus load to a
//! report or to problems.

use super::*;

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_bytes_load_to_a_report_or_to_problems(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let json = String::from_utf8_lossy(&bytes).into_owned();
        guarded("bytes", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_string_loads_to_a_report_or_to_problems(json in ".{0,300}") {
        guarded("string", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_json_token_soup_loads_to_a_report_or_to_problems(
        json in r#"[\[\]{}",:0-9a-z.eE+\- \\"]{0,200}"#
    ) {
        guarded("tokens", &json, |j| answers_sanely(j).map(drop))?;
    }

    #[test]
    fn any_json_document_loads_to_a_report_or_to_problems(doc in any_json()) {
        let json = serde_json::to_string(&doc).unwrap();
        guarded("document", &json, |j| answers_sanely(j).map(drop))?;
    }
}

// --- the corpus ---------------------------------------------------------------------

#[test]
fn every_input_in_the_fuzz_corpus_loads_to_a_report_or_to_problems() {
    let dir = path("tests/fuzz_corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "only {} corpus files", files.len());
    let mut bad = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let json = String::from_utf8_lossy(&bytes);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        match std::panic::catch_unwind(|| answers_sanely(&json)) {
            Ok(Ok(_)) => {}
            Ok(Err(why)) => bad.push(format!("{name}: {why}")),
            Err(_) => bad.push(format!("{name}: panicked")),
        }
    }
    assert!(
        bad.is_empty(),
        "{} corpus inputs fail:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}
