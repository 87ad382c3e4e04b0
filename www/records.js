// What the wasm hands out, decoded in one place for the story page, the embeds and the
// editor: texts as records of fields (joined by FIELD and RECORD, src/shared/wire.rs),
// and the figure regions of a drawn chart (five numbers each, src/read/web.rs `regions`).

/** Splits records of fields. */
export const records = (text) => (text ? text.split('\x1e').map((r) => r.split('\x1f')) : []);

/** A chart's figure rows from its texts: the first record is its title's, then one a figure. */
export const rows = (text) => records(text).slice(1).map(([id, label, value, change, source]) => ({
  id, label, value, change, source,
}));

/** The figure regions of a drawn chart, in CSS px, each with the index of its row in `rows`. */
export function regions(flat) {
  const out = [];
  for (let i = 0; i + 5 <= flat.length; i += 5) {
    out.push({ x: flat[i], y: flat[i + 1], w: flat[i + 2], h: flat[i + 3], row: flat[i + 4] });
  }
  return out;
}
