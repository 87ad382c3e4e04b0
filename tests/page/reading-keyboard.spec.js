// Reading the charts by keyboard: the tab order to the first chart, and each chart's
// figures walked by the arrow keys in drawing order. What each tooltip and announcement
// should say is worked out from the data file (reading-helpers.js), never read back from
// the code under test.
const { test, expect } = require('@playwright/test');
const { openStory } = require('./helpers');
const {
  data,
  rowZh,
  drawnFigures,
  announcementZh,
  tooltip,
  liveRegions,
  tipRow,
  expectedTip,
} = require('./reading-helpers');

test.describe.configure({ mode: 'parallel' });

/**
 * The tab stops before the first chart of the page: 中文, English, each section link, then
 * the live numbers of the article's text above that chart (each a link to its figure).
 */
async function stopsBeforeFirstChart(page) {
  const d = data();
  const sections = d.sections.filter((s) => d.charts.some((c) => c.section === s.id)).map((s) => `a ${s.short.zh}`);
  const numbers = await page.evaluate(() => {
    const first = document.querySelector('figure[data-chart]');
    return [...document.querySelectorAll('.text a.fig')]
      .filter((a) => a.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((a) => `a ${a.textContent.trim()}`);
  });
  return ['a 中文', 'a English', ...sections, ...numbers];
}

/** The first chart of the page, in reading order. */
const firstChart = (page) => page.evaluate(() => document.querySelector('figure[data-chart]').dataset.chart);

/** Tabs from the top of the page to its first chart; returns every stop on the way. */
async function tabToFirstChart(page) {
  const stops = [];
  const count = (await stopsBeforeFirstChart(page)).length + 1;
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  return stops;
}

/** What has keyboard focus: tag, text and the chart it belongs to. */
function focused(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    const chart = a?.closest('figure[data-chart]')?.dataset.chart;
    return `${a?.tagName.toLowerCase()}${chart ? `#${chart}` : ''}${a?.tagName === 'A' ? ` ${a.textContent.trim()}` : ''}`;
  });
}

test.describe('By keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("Tab from the top reaches 中文, English, the section list, the text's live numbers above the first chart, then that chart, whose canvas shows a visible focus ring", async ({ page }) => {
    await openStory(page);
    const first = await firstChart(page);
    const before = await stopsBeforeFirstChart(page);
    expect(before.length, 'the article above the first chart has live numbers').toBeGreaterThan(2 + 1);
    expect(await tabToFirstChart(page)).toEqual([...before, `canvas#${first}`]);
    const ring = await page.evaluate(() => {
      const c = document.activeElement;
      const s = getComputedStyle(c);
      return { focusVisible: c.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThan(0);
  });

  test("the arrow keys show the first chart's figures one by one in drawing order, in the tooltip and the live region, and wrap around", async ({ page }) => {
    await openStory(page);
    const id = await firstChart(page);
    const rows = drawnFigures(id).map(rowZh);
    expect(rows.length).toBeGreaterThan(1);
    // The headline's first figure as the report prints it, so the oracle is checked too.
    expect(rows[0]).toMatchObject({ label: '地区生产总值', value: '突破800亿元', change: '增长4.3%' });
    await tabToFirstChart(page);
    expect(await focused(page)).toBe(`canvas#${id}`);
    expect((await tooltip(page)).hidden).toBe(true);

    const shows = async (r, step) => {
      // The tooltip layer loads at the first focus on a chart (story-tools.js).
      await expect(page.locator('.tooltip')).toBeVisible();
      const t = await tooltip(page);
      expect(t.count, 'one tooltip on the page').toBe(1);
      expect(t.role).toBe('tooltip');
      expect(t.hidden, `tooltip shown after ${step}`).toBe(false);
      expect(tipRow(t), step).toEqual(expectedTip(r));
      // Exactly one polite live region speaks, and it says what the tooltip shows.
      const spoken = (await liveRegions(page)).filter((s) => s.trim());
      expect(spoken, `live region after ${step}`).toEqual([announcementZh(r)]);
    };
    for (let i = 0; i < rows.length; i += 1) {
      await page.keyboard.press('ArrowRight');
      await shows(rows[i], `ArrowRight ×${i + 1}`);
    }
    await page.keyboard.press('ArrowRight');
    await shows(rows[0], 'ArrowRight past the last figure (wraps to the first)');
    await page.keyboard.press('ArrowLeft');
    await shows(rows[rows.length - 1], 'ArrowLeft from the first figure (wraps to the last)');
    await page.keyboard.press('ArrowUp');
    await shows(rows[rows.length - 2], 'ArrowUp');
    await page.keyboard.press('ArrowDown');
    await shows(rows[rows.length - 1], 'ArrowDown');
  });

  test('Home and End jump to the first and last figure; Escape hides the tooltip and the highlight; Tab away hides them too', async ({ page }) => {
    await openStory(page);
    const id = await firstChart(page);
    const rows = drawnFigures(id).map(rowZh);
    await tabToFirstChart(page);
    await page.keyboard.press('End');
    // The tooltip layer loads at the first focus on a chart (story-tools.js).
    await expect(page.locator('.tooltip')).toBeVisible();
    expect(tipRow(await tooltip(page))).toEqual(expectedTip(rows[rows.length - 1]));
    expect((await liveRegions(page)).filter((s) => s.trim())).toEqual([announcementZh(rows[rows.length - 1])]);
    await page.keyboard.press('Home');
    expect(tipRow(await tooltip(page))).toEqual(expectedTip(rows[0]));
    expect((await liveRegions(page)).filter((s) => s.trim())).toEqual([announcementZh(rows[0])]);
    await expect(page.locator(`figure[data-chart="${id}"] .highlight`)).toHaveCount(1);

    await page.keyboard.press('Escape');
    expect((await tooltip(page)).hidden).toBe(true);
    await expect(page.locator('.highlight')).toHaveCount(0);
    expect(await focused(page)).toBe(`canvas#${id}`);

    await page.keyboard.press('ArrowRight');
    expect((await tooltip(page)).hidden).toBe(false);
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toBe(`canvas#${id}`);
    expect((await tooltip(page)).hidden).toBe(true);
    await expect(page.locator('.highlight')).toHaveCount(0);
  });

  test("every chart's keyboard walk shows each of its figures once, in drawing order, as printed, then wraps", async ({ page }) => {
    await openStory(page);
    const wrong = [];
    for (const chart of data().charts) {
      const rows = drawnFigures(chart.id).map(rowZh);
      await page.locator(`figure[data-chart="${chart.id}"] canvas`).focus();
      await page.keyboard.press('Home');
      // The tooltip layer loads at the first focus on a chart (story-tools.js).
      await expect(page.locator('.tooltip')).toBeVisible();
      const seen = [];
      for (let i = 0; i <= rows.length; i += 1) {
        const t = await tooltip(page);
        const spoken = (await liveRegions(page)).filter((s) => s.trim());
        const want = rows[i % rows.length];
        seen.push(t.label);
        if (t.hidden || JSON.stringify(tipRow(t)) !== JSON.stringify(expectedTip(want))) {
          wrong.push(`${chart.id} step ${i}: tooltip ${JSON.stringify(tipRow(t))}, expected ${JSON.stringify(expectedTip(want))}`);
        }
        if (JSON.stringify(spoken) !== JSON.stringify([announcementZh(want)])) {
          wrong.push(`${chart.id} step ${i}: live ${JSON.stringify(spoken)}, expected ${announcementZh(want)}`);
        }
        await page.keyboard.press('ArrowRight');
      }
      expect(seen.length).toBe(rows.length + 1);
    }
    expect(wrong).toEqual([]);
  });
});
