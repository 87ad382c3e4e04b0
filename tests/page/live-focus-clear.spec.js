// A tooltip that a number of the text opens by keyboard focus never covers that number
// (the tester's H4: above its chart meant over the focused number, its paragraph and its
// heading), at a phone's, a tablet's and a desktop's width.
const { test, expect } = require('@playwright/test');
const { openStory, afterFrames } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

for (const width of [360, 768, 1280]) {
  test(`at ${width} px no focused number is covered by the tooltip it opens`, async ({ page }) => {
    // Every figure's first mark, one focus each: minutes at a load of 30.
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    await openStory(page);
    const ids = await page.locator('.text a.fig[href^="#chart-"]').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.figure))]);
    expect(ids.length).toBeGreaterThan(10);
    const covered = [];
    for (const id of ids) {
      const mark = page.locator(`#t-${id}`);
      await mark.focus();
      await expect(page.locator('.tooltip'), id).toBeVisible();
      await expect(mark, id).toHaveClass(/active/);
      await afterFrames(page);
      const over = await mark.evaluate((m) => {
        const a = m.getBoundingClientRect();
        const b = document.querySelector('.tooltip').getBoundingClientRect();
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
      if (over) covered.push(id);
    }
    expect(covered).toEqual([]);
  });
}
