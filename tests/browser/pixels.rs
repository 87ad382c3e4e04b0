//! What a chart draws, read off its canvas's pixels: a share card's ring, an added
//! change at the end of its whole, a waffle's cells.

use super::*;

const ACCENT: [u8; 3] = [0xc4, 0x22, 0x1f];
const TRACK: [u8; 3] = [0xec, 0xee, 0xf0];

/// The RGB pixels of `canvas` (drawn at a pixel ratio of 1) inside region `i` of chart
/// `id`, row by row.
fn region_pixels(
    charts: &Charts,
    id: &str,
    figure: &str,
    canvas: &HtmlCanvasElement,
) -> Vec<Vec<[u8; 3]>> {
    // Regions are five numbers each, the last the row of their figure in `texts`, whose
    // first record is the chart's own.
    let texts = charts.texts(id).unwrap();
    let rows: Vec<&str> = texts.split('\u{1e}').skip(1).collect();
    let regions = charts.regions(id);
    let b = regions
        .chunks_exact(5)
        .find(|r| {
            rows.get(r[4] as usize)
                .and_then(|row| row.split('\u{1f}').next())
                == Some(figure)
        })
        .unwrap_or_else(|| panic!("{id} has no region for {figure}"));
    let (x, y, w, h) = (b[0].round(), b[1].round(), b[2].round(), b[3].round());
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let data = ctx.get_image_data(x, y, w, h).unwrap().data();
    data.chunks_exact(4)
        .map(|px| [px[0], px[1], px[2]])
        .collect::<Vec<_>>()
        .chunks(w as usize)
        .map(|row| row.to_vec())
        .collect()
}

fn count(rows: &[Vec<[u8; 3]>], colour: [u8; 3]) -> usize {
    rows.iter().flatten().filter(|px| **px == colour).count()
}

#[wasm_bindgen_test]
fn a_share_card_draws_a_ring_beside_its_number_that_sweeps_in() {
    let office = [
        "themed-buildings",
        "buildings-renovated",
        "billion-yuan-buildings",
        "building-firms",
        "large-buildings",
        "building-occupancy",
    ];
    let mut charts = reader_of(&with_cards("office-cards", &office, "building-occupancy"));
    let c = canvas();
    charts
        .draw("office-cards", c.clone(), 640.0, 1.0, "light")
        .unwrap();
    let card = region_pixels(&charts, "office-cards", "building-occupancy", &c);
    // The right quarter of the card holds the ring, away from the number and its label.
    let strip = |rows: &[Vec<[u8; 3]>]| -> Vec<Vec<[u8; 3]>> {
        rows.iter().map(|r| r[r.len() * 3 / 4..].to_vec()).collect()
    };
    let ring = strip(&card);
    // Before the grow-in only the ring's track is drawn: the arc sweeps in.
    charts
        .draw_frame("office-cards", c.clone(), 1.0, 0.0)
        .unwrap();
    let start = strip(&region_pixels(
        &charts,
        "office-cards",
        "building-occupancy",
        &c,
    ));
    // What turns to the accent colour between the first frame and the last is the arc
    // (the number's unit, in the accent colour too, may reach into the strip: it stays).
    let arc = count(&ring, ACCENT) - count(&start, ACCENT);
    assert!(arc > 400, "{arc} pixels of arc");
    assert!(
        count(&start, TRACK) > arc,
        "the track is drawn from the start"
    );
    // 83.46% of the ring is filled: the track shows the rest.
    let share = arc as f64 / (arc + count(&ring, TRACK)) as f64;
    assert!((0.75..0.92).contains(&share), "filled share {share:.3}");
}

#[wasm_bindgen_test]
fn a_count_with_an_added_change_draws_the_part_added_at_the_end_of_its_whole() {
    let digital = [
        "producer-services-firms",
        "park-tenants",
        "digital-core-firms",
        "rd-spending",
        "high-tech-firms",
        "tech-contracts",
    ];
    let mut charts = reader_of(&with_cards(
        "digital-innovation",
        &digital,
        "digital-core-firms",
    ));
    let c = canvas();
    charts
        .draw("digital-innovation", c.clone(), 640.0, 1.0, "light")
        .unwrap();
    let card = region_pixels(&charts, "digital-innovation", "digital-core-firms", &c);
    // The bar's rows: the whole as the track, the 47 added of 236 filled at its end.
    let row = card
        .iter()
        .max_by_key(|r| r.iter().filter(|px| **px == TRACK).count())
        .unwrap();
    let track = row.iter().filter(|px| **px == TRACK).count();
    let filled = row.iter().filter(|px| **px == ACCENT).count();
    let share = filled as f64 / (filled + track) as f64;
    assert!(
        (47.0 / 236.0 - share).abs() < 0.02,
        "part {share:.3} of the whole"
    );
    let first_filled = row.iter().position(|px| *px == ACCENT).unwrap();
    let last_track = row.iter().rposition(|px| *px == TRACK).unwrap();
    assert!(
        first_filled > last_track,
        "the part added stands at the end"
    );
}

#[wasm_bindgen_test]
fn the_waffle_fills_94_of_its_100_cells_and_half_of_them_half_way_through() {
    // Xihu draws its share as a comparison: the same share as a waffle, for its cells.
    let json = DATA.replacen("\"kind\": \"comparison\"", "\"kind\": \"waffle\"", 1);
    assert_ne!(json, DATA, "air-water is Xihu's one comparison");
    let mut charts = reader_of(&json);
    let c = canvas();
    charts
        .draw("air-water", c.clone(), 640.0, 1.0, "light")
        .unwrap();
    let share = |charts: &Charts| {
        let panel = region_pixels(charts, "air-water", "good-air-days", &c);
        let (filled, track) = (count(&panel, ACCENT), count(&panel, TRACK));
        assert!(filled + track > 10_000, "{filled} + {track} cell pixels");
        filled as f64 / (filled + track) as f64
    };
    let whole = share(&charts);
    // Not the number's pixels: the number is the accent's colour too, so allow a little.
    assert!((0.935..0.96).contains(&whole), "filled {whole:.3}");
    charts.draw_frame("air-water", c.clone(), 1.0, 0.5).unwrap();
    let half = share(&charts);
    assert!((0.45..0.55).contains(&half), "filled {half:.3} half way");
}
