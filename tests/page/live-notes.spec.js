// A live number on no chart (a `span.fig` button, src/publish/story_text.rs): a tap, a
// click, Enter or focus shows its note in the charts' tooltip (its line and its sentence,
// full-width), below or above the number and never over it, says it in the live region,
// and Escape or leaving it hides it. Touch browsers never show a `title`, which was its
// only carrier (the tester's 实现入统率100% at 360 px: a tap showed nothing).
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { openStory, watchProblems, describeProblems } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

/** The boxes (viewport CSS px) of the mark, the tooltip and the language bar. */
const boxes = (mark) => mark.evaluate((m) => {
  const box = (el) => {
    if (!el || el.hidden) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  return {
    mark: box(m),
    tip: box(document.querySelector('.tooltip')),
    bar: box(document.querySelector('.lang-switch')),
    screen: { width: innerWidth, height: innerHeight },
  };
});

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Asserts the note of `mark` is showing, whole, in view and clear of the number and bar. */
async function expectNote(page, mark) {
  const tip = page.locator('.tooltip');
  await expect(tip).toBeVisible();
  const name = await mark.getAttribute('aria-label');
  expect(name, 'an accessible name that says what the number is').toBeTruthy();
  await expect(tip.locator('.tip-value')).toHaveText(name);
  // The sentence as the page prints the text: full-width, never the scan's ASCII marks.
  const source = await tip.locator('.tip-source').textContent();
  expect(source).toContain('原文：');
  expect(source).not.toMatch(/[,:;"]/);
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  const b = await boxes(mark);
  expect(overlap(b.tip, b.mark), 'the note never covers its number').toBe(false);
  expect(b.tip.left).toBeGreaterThanOrEqual(0);
  expect(b.tip.right).toBeLessThanOrEqual(b.screen.width);
  expect(b.tip.top).toBeGreaterThanOrEqual(b.bar ? b.bar.bottom : 0);
  expect(b.tip.bottom).toBeLessThanOrEqual(b.screen.height);
  await expect(page.locator('p.visually-hidden[aria-live="polite"]')).toContainText(name);
}

test.describe('A number on no chart at 360 px, by touch', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });

  test('a tap shows its note below or above it, and a tap elsewhere hides it', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    const marks = page.locator('.text span.fig[data-figure]');
    expect(await marks.count()).toBeGreaterThan(0);
    for (const at of [0, (await marks.count()) - 1]) {
      const mark = marks.nth(at);
      await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
      await mark.tap();
      await expectNote(page, mark);
      // A tap on the heading of the page, away from any number: the note goes.
      await page.locator('h1').first().tap();
      await expect(page.locator('.tooltip')).toBeHidden();
      await expect(mark).toHaveAttribute('aria-expanded', 'false');
    }
    // Near the bottom of the screen there is no room below: the note goes above.
    const mark = marks.first();
    await mark.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().bottom - innerHeight + 12));
    await mark.tap();
    await expectNote(page, mark);
    expect(problems, describeProblems(problems)).toEqual([]);
  });
});

test.describe('A number on no chart at 1280 px, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('focus shows its note, Escape hides it, Enter shows it again, Tab leaves it', async ({ page }) => {
    await openStory(page);
    const mark = page.locator('.text span.fig[data-figure]').first();
    await expect(mark).toHaveAttribute('role', 'button');
    await mark.focus();
    await expectNote(page, mark);
    await page.keyboard.press('Escape');
    await expect(page.locator('.tooltip')).toBeHidden();
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expectNote(page, mark);
    await page.keyboard.press('Tab');
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
  });

  test('the page with a note showing has no axe violations', async ({ page }) => {
    test.setTimeout(120_000);
    await openStory(page);
    const mark = page.locator('.text span.fig[data-figure]').first();
    await mark.focus();
    await expect(page.locator('.tooltip')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});

/**
 * Scrolls so that the number on no chart closest above a chart (the least room between
 * its line and the chart after it) stands at `at` of the screen's height; its locator.
 */
async function nearestAboveAChart(page, at) {
  const index = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('.text span.fig[data-figure]')];
    const charts = [...document.querySelectorAll('figure[data-chart]')];
    const room = (m) => {
      const b = m.getBoundingClientRect().bottom;
      const next = charts.map((c) => c.getBoundingClientRect().top).filter((t) => t >= b);
      return next.length ? Math.min(...next) - b : Infinity;
    };
    return marks.reduce((best, m, i) => (room(m) < room(marks[best]) ? i : best), 0);
  });
  const mark = page.locator('.text span.fig[data-figure]').nth(index);
  await mark.evaluate((m, f) => window.scrollBy(0, m.getBoundingClientRect().top - innerHeight * f), at);
  return mark;
}

for (const [width, height] of [[360, 740], [768, 1024], [1280, 800]]) {
  test.describe(`A number on no chart just above a chart at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('its note covers neither the number nor the chart after it, where there is room', async ({ page }) => {
      await openStory(page);
      const mark = await nearestAboveAChart(page, 0.6);
      await mark.focus();
      await expectNote(page, mark);
      const { tip, charts } = await page.evaluate(() => {
        const r = document.querySelector('.tooltip').getBoundingClientRect();
        return {
          tip: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
          charts: [...document.querySelectorAll('figure[data-chart]')].map((f) => {
            const c = f.getBoundingClientRect();
            return { id: f.dataset.chart, top: c.top, bottom: c.bottom, left: c.left, right: c.right };
          }),
        };
      });
      expect(charts.filter((c) => overlap(tip, c)).map((c) => c.id), 'the note covers no chart, title or canvas').toEqual([]);
    });
  });
}
