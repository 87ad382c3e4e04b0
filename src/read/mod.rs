//! Read time: what runs in the reader's browser. The wasm edge and the canvas surface;
//! they lay out and draw specs that build time resolved, and hit-test what was drawn.

pub mod canvas;
pub mod web;
