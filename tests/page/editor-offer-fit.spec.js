// The choices for an undecided number (issue 19, the tester's ED4): the skip-reason select,
// as wide as its longest reason, overflowed the text pane at 1280 px. At each width the
// choices panel and its select stay inside the pane.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { openEditor } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });

for (const width of [360, 768, 1280]) {
  test(`the skip-reason select fits the text pane at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const problems = watchProblems(page);
    await openEditor(page, '?report=xihu-2024');
    const skipped = page.locator('#text .num.skipped').first();
    const number = await skipped.textContent();
    await skipped.click();
    await page.click('#unskip');
    const undecided = page.locator('#text .num.undecided', { hasText: number }).first();
    await expect(undecided).toBeVisible();
    await undecided.click();
    await expect(page.locator('#skip-reason')).toBeVisible();
    const boxes = await page.evaluate(() => {
      const right = (e) => e.getBoundingClientRect().right;
      const pane = document.querySelector('#text');
      return {
        pane: right(pane),
        offer: right(document.querySelector('.offer')),
        select: right(document.querySelector('#skip-reason')),
        button: right(document.querySelector('#skip-number')),
        scrolls: pane.scrollWidth > pane.clientWidth,
      };
    });
    expect(boxes.select).toBeLessThanOrEqual(boxes.offer + 0.5);
    expect(boxes.button).toBeLessThanOrEqual(boxes.offer + 0.5);
    expect(boxes.offer).toBeLessThanOrEqual(boxes.pane + 0.5);
    expect(boxes.scrolls).toBe(false);
    await page.screenshot({ path: `test-results/offer-${width}.png` });
    expect(describeProblems(problems)).toEqual([]);
  });
}
