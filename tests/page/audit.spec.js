// The audit's browser half. tests/audit.rs traces every number the build writes (the
// static pages' alt texts and captions among them) and every text the reader's wasm
// decodes; here, what the page's script writes into the page once the charts are drawn
// (each canvas's aria-label, each static image's alt, each caption) must be exactly what
// the build wrote, so that the browser prints no number the audit did not see.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems, openStory } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

for (const [name, query, path] of [['Chinese', '', './'], ['English', '?lang=en', './en/']]) {
  test(`on the ${name} page, the texts the script writes are the build's, number for number`, async ({ page, request }) => {
    const problems = watchProblems(page);
    const built = await (await request.get(path)).text();
    await openStory(page, query);
    const [drawn, written] = await page.evaluate((html) => {
      const texts = (root) => [...root.querySelectorAll('figure[data-chart]')].map((f) => ({
        id: f.dataset.chart,
        label: f.querySelector('canvas')?.getAttribute('aria-label') ?? null,
        // The first chart's static SVG is in the page itself, named by its aria-label.
        alt: f.querySelector('.fallback img')?.getAttribute('alt') ?? f.querySelector('.fallback svg')?.getAttribute('aria-label') ?? null,
        caption: f.querySelector('figcaption')?.textContent ?? null,
      }));
      return [texts(document), texts(new DOMParser().parseFromString(html, 'text/html'))];
    }, built);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((d) => d.label && d.alt && d.caption)).toBe(true);
    expect(drawn).toEqual(written);
    expect(describeProblems(problems)).toEqual([]);
  });
}
