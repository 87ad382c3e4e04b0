// Where the charts of a page are, and in which order they are drawn (charts.js): how far
// each is from the viewport, nearest first, and a yield to the browser between two.

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
