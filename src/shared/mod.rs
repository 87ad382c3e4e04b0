//! What build time and read time share: the model's types, the chart spec, layout, the
//! chart kinds, the theme and drawing on any plotters backend. Nothing here parses,
//! validates or formats a number: that is done before, at build time.

pub mod charts;
pub mod layout;
mod measure;
pub mod messages;
pub mod model;
pub mod render;
mod shift;
pub mod spec;
pub mod theme;
pub mod trig;
pub mod view;
pub mod wire;
mod wrap;
