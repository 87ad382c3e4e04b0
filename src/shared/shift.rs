//! Moving what is laid out: a scene placed inside another one, as the long image stacks
//! its blocks and a cover places its texts. One helper, so that no caller rebuilds marks
//! field by field.

use crate::shared::layout::{Hit, Mark, Rect, Scene};

impl Rect {
    /// The box moved by `(dx, dy)` CSS pixels.
    pub fn shifted(&self, dx: f64, dy: f64) -> Rect {
        Rect {
            x: self.x + dx,
            y: self.y + dy,
            ..*self
        }
    }
}

impl Mark {
    /// The mark moved by `(dx, dy)` CSS pixels; its size, colour and motion unchanged.
    pub fn shifted(&self, dx: f64, dy: f64) -> Mark {
        let p = |(x, y): (f64, f64)| (x + dx, y + dy);
        let mut out = self.clone();
        match &mut out {
            Mark::Rect { rect, .. } => *rect = rect.shifted(dx, dy),
            Mark::Ring { center, .. } => *center = p(*center),
            Mark::Line { from, to, .. } => {
                *from = p(*from);
                *to = p(*to);
            }
            Mark::Polygon { points, .. } => points.iter_mut().for_each(|q| *q = p(*q)),
            Mark::Text {
                x,
                baseline,
                bounds,
                ..
            } => {
                *x += dx;
                *baseline += dy;
                *bounds = bounds.shifted(dx, dy);
            }
        }
        out
    }
}

impl Hit {
    /// The region moved by `(dx, dy)` CSS pixels.
    pub fn shifted(&self, dx: f64, dy: f64) -> Hit {
        Hit {
            figure: self.figure.clone(),
            rect: self.rect.shifted(dx, dy),
        }
    }
}

impl Scene {
    /// Adds the marks and hits of `other`, its origin placed at `(dx, dy)` of this scene.
    /// The size of this scene is left as it is.
    pub fn place(&mut self, other: &Scene, dx: f64, dy: f64) {
        self.marks
            .extend(other.marks.iter().map(|m| m.shifted(dx, dy)));
        self.hits
            .extend(other.hits.iter().map(|h| h.shifted(dx, dy)));
    }
}
