//! The reason the editor offers first for an undecided number: the draft's, asked of the
//! drafter's wasm (`desk::skip_reason`) when the desk opens the number, since the marks of
//! the editor's own wasm do not read sentences as the draft does. Sentences of our own.

use report_charts::edit::desk;

#[test]
fn the_reason_offered_for_a_number_is_the_one_the_draft_gives_when_it_skips_it() {
    let cases = [
        // (sentence, number, the draft's reason)
        ("2024年，全区新增经营主体1.9万户", "2024", Some("year")),
        (
            "全区5000平方米以上楼宇入驻率83.46%，提升2.9个百分点",
            "5000",
            Some("label"),
        ),
        ("全区新增经营主体1.9万户", "1.9", None),
        ("全区新增经营主体1.9万户", "7", None),
    ];
    for (sentence, number, reason) in cases {
        assert_eq!(
            desk::skip_reason(sentence, number),
            Ok(reason),
            "{number} of {sentence}"
        );
    }
}
