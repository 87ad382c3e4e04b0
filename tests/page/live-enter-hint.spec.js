// Focus on a live number keeps the number in view and highlights its chart (by design);
// where that chart is still off screen, the live region says how to bring it in (Enter),
// so that a keyboard or screen-reader user knows why nothing moved (tester s-test25's
// F19), in both languages. Where the chart is in view, it says nothing of Enter.
const { test, expect } = require('@playwright/test');
const { openStory, afterFrames } = require('./helpers');

const ENTER = { zh: '按回车键显示图表', en: 'Press Enter to show the chart' };

for (const lang of ['zh', 'en']) {
  test(`(${lang}) focus on a number whose chart stays off screen says that Enter shows it, and only then`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 640 });
    await openStory(page, lang === 'en' ? '?lang=en' : '');
    const ids = await page.locator('.text a.fig[href^="#chart-"]').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.figure))]);
    expect(ids.length).toBeGreaterThan(10);
    const live = page.locator('p.visually-hidden[aria-live="polite"]');
    let off = 0;
    for (const id of ids) {
      const mark = page.locator(`#t-${id}`);
      await mark.focus();
      await expect(mark, id).toHaveClass(/active/);
      await expect(live, id).not.toBeEmpty();
      await afterFrames(page);
      const chart = await mark.getAttribute('href');
      const inView = await page.locator(chart).evaluate((f) => {
        const r = f.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      const said = await live.textContent();
      if (!inView) off += 1;
      expect(said.includes(ENTER[lang]), `${id}: chart in view ${inView}, said «${said}»`).toBe(!inView);
      await mark.blur();
    }
    // The page has numbers whose chart focus leaves off screen (the lead graphic's).
    expect(off, 'no number left its chart off screen').toBeGreaterThan(0);
  });
}
