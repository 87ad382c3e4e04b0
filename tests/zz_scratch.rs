#![allow(clippy::unwrap_used, clippy::expect_used)]
#[test]
fn timing() {
    let json = std::fs::read_to_string("/tmp/big.json").unwrap();
    let t = std::time::Instant::now();
    let p = report_charts::validate::load_partial("x", &json).unwrap();
    eprintln!(
        "load {:?} broken {} problems {}",
        t.elapsed(),
        p.broken.len(),
        p.error.map_or(0, |e| e.problems.len())
    );
}
