//! Ring outlines ([`ring_points`]) and the sine and cosine they need, in a few hundred
//! bytes of wasm: the standard library's (from compiler-builtins' libm) bring a 5 KB
//! argument reduction for angles up to 10^300, and a chart's angles never leave a few
//! turns.
//!
//! Within 4 machine epsilons of the standard library for |a| ≤ 10^4 radians (tested);
//! natively and in the browser alike, so SVG and canvas draw the same outlines.

use std::f64::consts::FRAC_PI_2;

/// π/2 split in two (fdlibm's `pio2_1`, `pio2_1t`): the first has 33 bits, so `k·PIO2_HI`
/// is exact for |k| < 2^20 and `a - k·π/2` loses no bits (Cody–Waite).
const PIO2_HI: f64 = 1.570_796_326_734_125_6;
const PIO2_LO: f64 = 6.077_100_506_506_192e-11;

/// Taylor coefficients of sin(r)/r and cos(r) in powers of r²: ±1/(2j+1)! and ±1/(2j)!.
const SIN: [f64; 9] = [
    1.0,
    -1.0 / 6.0,
    1.0 / 120.0,
    -1.0 / 5_040.0,
    1.0 / 362_880.0,
    -1.0 / 39_916_800.0,
    1.0 / 6_227_020_800.0,
    -1.0 / 1_307_674_368_000.0,
    1.0 / 355_687_428_096_000.0,
];
const COS: [f64; 9] = [
    1.0,
    -1.0 / 2.0,
    1.0 / 24.0,
    -1.0 / 720.0,
    1.0 / 40_320.0,
    -1.0 / 3_628_800.0,
    1.0 / 479_001_600.0,
    -1.0 / 87_178_291_200.0,
    1.0 / 20_922_789_888_000.0,
];

/// sin and cos of `r`, |r| ≤ π/4, where the series' remainder is below 10^-19.
fn kernel(r: f64) -> (f64, f64) {
    let z = r * r;
    let horner = |c: &[f64; 9]| c.iter().rev().fold(0.0, |acc, k| acc * z + k);
    (r * horner(&SIN), horner(&COS))
}

/// `(a.sin(), a.cos())`.
pub fn sin_cos(a: f64) -> (f64, f64) {
    if !a.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    let k = (a / FRAC_PI_2).round();
    let r = (a - k * PIO2_HI) - k * PIO2_LO;
    let (s, c) = kernel(r);
    match (k as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// The angle between the corners of a ring's outline of radius `r`: fine enough that
/// the outline strays less than a twentieth of a CSS pixel from the circle, so small
/// rings (a card's, a dot) take few corners and the static SVGs stay light; never
/// coarser than 15° nor finer than 2°.
fn ring_step(r: f64) -> f64 {
    use std::f64::consts::PI;
    let fine = 2.0 * (1.0 - 0.05 / r.max(0.05)).clamp(-1.0, 1.0).acos();
    fine.clamp(PI / 90.0, PI / 12.0)
}

/// The outline of a ring segment from angle `a0` to `a1` (radians, clockwise from
/// 12 o'clock), as a polygon fine enough to look round at any pixel ratio.
pub fn ring_points(center: (f64, f64), radii: (f64, f64), a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let (cx, cy) = center;
    let (r_out, r_in) = radii;
    let steps = (((a1 - a0).abs() / ring_step(r_out)).ceil() as usize).max(2);
    let at = |r: f64, a: f64| {
        let (sin, cos) = sin_cos(a);
        (cx + r * sin, cy - r * cos)
    };
    let mut pts: Vec<(f64, f64)> = (0..=steps)
        .map(|i| at(r_out, a0 + (a1 - a0) * i as f64 / steps as f64))
        .collect();
    pts.extend(
        (0..=steps)
            .rev()
            .map(|i| at(r_in, a0 + (a1 - a0) * i as f64 / steps as f64)),
    );
    pts
}

#[cfg(test)]
mod tests {
    use super::sin_cos;

    #[test]
    fn sine_and_cosine_agree_with_the_standard_library_on_a_chart_s_angles() {
        let mut worst: f64 = 0.0;
        let turns = (-40_000..=40_000).map(|i| f64::from(i) * 0.000_25 * std::f64::consts::PI);
        let far = (-40_000..=40_000).map(|i| f64::from(i) * 0.25 + 0.1);
        for a in turns.chain(far) {
            let (s, c) = sin_cos(a);
            worst = worst.max((s - a.sin()).abs()).max((c - a.cos()).abs());
        }
        assert!(worst < 4.0 * f64::EPSILON, "worst difference {worst:e}");
    }
}
