// Where the charts of a page are, and in which order they are drawn (charts.js): how far
// each is from the viewport, nearest first, how wide, and a yield to the browser between
// two, or when a background task has had its share.

/** How far (CSS px) a figure is from the viewport: 0 on screen. */
export function away(figure) {
  const r = figure.getBoundingClientRect();
  return r.bottom < 0 ? -r.bottom : Math.max(0, r.top - innerHeight);
}

/** The figures by how far they are from the viewport, those on screen first. */
export function byDistance(figures) {
  const distance = new Map(figures.map((f) => [f, away(f)]));
  return [...figures].sort((a, b) => distance.get(a) - distance.get(b));
}

/** Gives the main thread back to the browser (input, rendering) and resumes after. */
export const yieldToBrowser = () => (globalThis.scheduler?.yield
  ? globalThis.scheduler.yield()
  : new Promise((resolve) => setTimeout(resolve, 0)));

/**
 * Whether a task that draws charts in the background and began at `begun` is past its
 * share (4 ms), and starts no more: at CPU 1× a chart's layout and paint take 1-4 ms, at
 * CPU 4× a layout alone 3-25 ms and a paint 10-20, which keep tasks of their own (on a
 * busy machine one of 30 ms may take 60 of wall time).
 */
export const late = (begun) => performance.now() - begun > 4;

/** The CSS width of a figure's plot, which its chart is drawn at. */
export const widthOf = (figure) => figure.querySelector('.plot').clientWidth;
