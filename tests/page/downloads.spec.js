// The downloads under a chart of the story: PNG, static SVG and CSV, in Chinese and in
// English.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems, openStory } = require('./helpers');
const { MIN_INK, parseCsv, pngSize } = require('./embed-helpers');

test.describe.configure({ mode: 'parallel' });

// --- 9. downloads ------------------------------------------------------------------------

/** Clicks a download link of `figure` and returns the saved file's name and bytes. */
async function download(page, figure, selector) {
  // The links are inside the chart's 数据与下载 disclosure: open it as a reader would.
  const details = figure.locator('details.data');
  if (!(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
  const link = figure.locator(selector);
  await expect(link).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
}

const BOM = '\ufeff';

test.describe('Downloads under a chart of the story', () => {
  const ID = 'key-amounts';

  test('PNG at twice the plot\'s width with ink, the static SVG with the title and the numbers as printed, CSV with BOM, header and one row per figure', async ({ page }) => {
    const problems = watchProblems(page);
    const data = report();
    const chart = data.charts.find((c) => c.id === ID);
    const figuresById = new Map(data.figures.map((f) => [f.id, f]));
    await openStory(page);
    const figure = page.locator(`figure[data-chart="${ID}"]`);
    await figure.scrollIntoViewIfNeeded();
    const plotWidth = await figure.locator('.plot').evaluate((p) => p.clientWidth);

    const png = await download(page, figure, '.dl-png');
    expect(png.name).toBe(`${ID}.png`);
    const size = pngSize(png.bytes);
    expect(size.width, `PNG width for a ${plotWidth} px plot`).toBe(2 * plotWidth);
    expect(size.height).toBeGreaterThan(100);
    const ink = await page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let differ = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ += 1;
      return differ / (d.length / 4);
    }, `data:image/png;base64,${png.bytes.toString('base64')}`);
    expect(ink, 'share of drawn pixels in the PNG').toBeGreaterThan(MIN_INK);

    const svg = await download(page, figure, '.dl-svg');
    expect(svg.name).toBe(`${ID}.svg`);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute('width'),
        text: doc.documentElement.textContent.replace(/\s+/g, ''),
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // The SVG is the one the build wrote (the static chart's, in the page's language and
    // theme): a vector, laid out at the wide fallback's width.
    const wide = Number(await figure.locator('.fallback img').getAttribute('width'));
    expect(Number(parsed.width), 'SVG at the wide fallback\'s width').toBe(wide);
    expect(parsed.text).toContain(chart.title.zh);
    for (const printed of ['突破400亿元', '126亿元']) expect(parsed.text).toContain(printed);

    const csv = await download(page, figure, '.dl-csv');
    expect(csv.name).toBe(`${ID}.csv`);
    expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1)).filter((r) => r.length > 1 || r[0] !== '');
    expect(rows[0]).toEqual(['编号', '项目', '数值（按单位列计）', '单位', '限定词', '变化', '性质', '时期', '原文']);
    expect(rows.length - 1, 'one row per figure').toBe(chart.figures.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(chart.figures);
    for (const row of rows.slice(1)) {
      const f = figuresById.get(row[0]);
      expect(row.length, row[0]).toBe(9);
      expect(row[1], row[0]).toBe(f.label.zh);
      expect(row[2], `${row[0]} value as printed`).toBe(String(f.value));
      expect(row[3], row[0]).toBe(f.unit.zh);
      // The status (a result, a target, a limit), then the period: the figure's own, else
      // the report's year.
      expect(row[6], `${row[0]} status`).toBe({ result: '结果', target: '目标', limit: '上限' }[f.status ?? 'result']);
      expect(row[7], `${row[0]} period`).toBe(f.period ? f.period.zh : `${data.meta.year}年`);
      expect(row[8], `${row[0]} source sentence`).toBe(f.source);
    }
    const digital = rows.find((r) => r[0] === 'digital-economy-revenue');
    expect(digital.slice(1, 4)).toEqual(['数字经济营业收入', '126', '亿元']);
    expect(rows.find((r) => r[0] === 'services-revenue').slice(2, 6)).toEqual(['400', '亿元', '突破', '增长6.9%']);
    expect(describeProblems(problems)).toEqual([]);
  });

  test('in English (?lang=en, or after switching) the CSV has an English header and English labels', async ({ page }) => {
    const data = report();
    const figuresById = new Map(data.figures.map((f) => [f.id, f]));
    const check = async (how) => {
      const csv = await download(page, page.locator(`figure[data-chart="${ID}"]`), '.dl-csv');
      const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\ufeff/, '')).filter((r) => r.length > 1);
      expect(rows[0], `header ${how}`).toEqual(['id', 'item', 'value (in the unit column\'s unit)', 'unit', 'qualifier', 'change', 'status', 'period', 'source (Chinese)']);
      for (const row of rows.slice(1)) expect(row[1], `${row[0]} label ${how}`).toBe(figuresById.get(row[0]).label.en);
      // The value as printed, counted in the unit the unit column names: 400 × 100 million yuan.
      expect(rows.find((r) => r[0] === 'services-revenue').slice(2, 4), `services-revenue ${how}`).toEqual(['400', '100 million yuan']);
    };
    await openStory(page, '?lang=en');
    await check('with ?lang=en');
    await openStory(page);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined);
    await check('after switching to English');
  });
});
