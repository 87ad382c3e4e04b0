// Reading the charts under the mouse, under a finger and at 320 px wide: each probed
// figure's tooltip as the report prints it, with its source sentence. What each tooltip
// should say is worked out from the data file (reading-helpers.js), never read back from
// the code under test.
const { test, expect } = require('@playwright/test');
const { openStory } = require('./helpers');
const {
  data,
  reportPlain,
  rowZh,
  shownZh,
  drawnFigures,
  tooltip,
  tipRow,
  expectedTip,
  regionCentre,
} = require('./reading-helpers');

test.describe.configure({ mode: 'parallel' });

/** Figures whose tooltips are checked under the mouse and the finger, with the report's print. */
const PROBES = [
  { chart: 'growth', figure: 'rd-spending', value: '达4.2亿元', change: '增长65.6%' },
  { chart: 'growth', figure: 'gdp', value: '突破800亿元', change: '增长4.3%' },
  { chart: 'key-amounts', figure: 'digital-economy-revenue', value: '126亿元', change: '增长6.5%' },
  { chart: 'key-amounts', figure: 'services-revenue', value: '突破400亿元', change: '增长6.9%' },
  { chart: 'service-windows', figure: 'service-windows', value: '10个', change: '由37个压缩为10个' },
];

/** The probe's row from the data, checked against the literal print above. */
function probeRow(p) {
  const figures = drawnFigures(p.chart);
  const index = figures.findIndex((f) => f.id === p.figure);
  expect(index, `${p.figure} is on ${p.chart}`).toBeGreaterThanOrEqual(0);
  const row = rowZh(figures[index]);
  expect({ value: row.value, change: row.change }).toEqual({ value: p.value, change: p.change });
  return { row, index };
}

/**
 * The tooltip's source line: 原文： and the figure's sentence, shown with full-width
 * punctuation, which is the sentence as printed in the report.
 */
function expectSourceFromReport(t, row, plain) {
  expect(t.source.startsWith('原文：')).toBe(true);
  const sentence = t.source.slice('原文：'.length);
  expect(sentence).toBe(row.source);
  expect(sentence.length).toBeGreaterThan(10);
  const printed = data().figures.find((f) => f.id === row.id).source;
  expect(shownZh(printed)).toBe(sentence);
  expect(plain.includes(printed), `source of ${row.id} in data/xihu-2024.txt`).toBe(true);
  expect(t.sourceLang).toBe('zh-CN');
}

test.describe('Under the mouse', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const p of PROBES) {
    test(`hovering ${p.figure} on ${p.chart} shows ${p.value}${p.change ? `, ${p.change}` : ''} and the source sentence; leaving hides it`, async ({ page }) => {
      const plain = reportPlain();
      const { row, index } = probeRow(p);
      await openStory(page);
      const at = await regionCentre(page, p.chart, index);
      await page.mouse.move(at.x, at.y);
      const t = await tooltip(page);
      expect(t.hidden).toBe(false);
      expect(tipRow(t)).toEqual(expectedTip(row));
      expect(t.value).toBe(p.value);
      expect(t.change).toBe(p.change);
      expectSourceFromReport(t, row, plain);
      const mark = page.locator(`figure[data-chart="${p.chart}"] .highlight`);
      await expect(mark).toHaveCount(1);
      // There is room at 1280 × 800, so the tooltip does not cover the region it describes.
      const m = await mark.boundingBox();
      const overlaps = t.box.left < m.x + m.width && m.x < t.box.right && t.box.top < m.y + m.height && m.y < t.box.bottom;
      expect(overlaps, `tooltip ${JSON.stringify(t.box)} over the highlight ${JSON.stringify(m)}`).toBe(false);
      // Off the chart, to the page's left margin: the tooltip goes.
      await page.mouse.move(2, at.y);
      expect((await tooltip(page)).hidden).toBe(true);
      await expect(page.locator('.highlight')).toHaveCount(0);
    });
  }
});

test.describe('Under a finger', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const p of PROBES) {
    test(`a tap on ${p.figure} on ${p.chart} shows ${p.value}; a tap elsewhere on the page hides it`, async ({ page }) => {
      const plain = reportPlain();
      const { row, index } = probeRow(p);
      await openStory(page);
      const at = await regionCentre(page, p.chart, index);
      await page.touchscreen.tap(at.x, at.y);
      const t = await tooltip(page);
      expect(t.hidden).toBe(false);
      expect(tipRow(t)).toEqual(expectedTip(row));
      expectSourceFromReport(t, row, plain);
      // The tooltip fits the phone's screen.
      expect(t.box.left).toBeGreaterThanOrEqual(0);
      expect(t.box.right).toBeLessThanOrEqual(t.viewport.width);
      // A tap on a section heading, outside every chart.
      const heading = page.locator('h2').first();
      await heading.scrollIntoViewIfNeeded();
      const box = await heading.boundingBox();
      await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
      expect((await tooltip(page)).hidden).toBe(true);
      await expect(page.locator('.highlight')).toHaveCount(0);
    });
  }
});

test.describe('At 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });

  const inside = (t) =>
    t.box.left >= 0 && t.box.top >= 0 && t.box.right <= t.viewport.width && t.box.bottom <= t.viewport.height;

  for (const chart of ['growth', 'key-amounts', 'service-windows']) {
    test(`every tooltip of ${chart}, by tap and by keyboard, stays fully inside the viewport`, async ({ page }) => {
      await openStory(page);
      expect(await page.evaluate(() => innerWidth)).toBe(320);
      const rows = drawnFigures(chart).map(rowZh);
      const outside = [];
      for (let i = 0; i < rows.length; i += 1) {
        const at = await regionCentre(page, chart, i);
        await page.touchscreen.tap(at.x, at.y);
        const tapped = await tooltip(page);
        expect(tapped.hidden, `${rows[i].id} tapped`).toBe(false);
        expect(tapped.label).toBe(rows[i].label);
        if (!inside(tapped)) outside.push(`tap ${rows[i].id}: ${JSON.stringify(tapped.box)}`);
      }
      await page.locator(`figure[data-chart="${chart}"] canvas`).focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < rows.length; i += 1) {
        const t = await tooltip(page);
        expect(t.hidden).toBe(false);
        expect(t.label).toBe(rows[i].label);
        if (!inside(t)) outside.push(`key ${rows[i].id}: ${JSON.stringify(t.box)}`);
        await page.keyboard.press('ArrowRight');
      }
      expect(outside).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
