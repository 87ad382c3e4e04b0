// Accessibility: what a screen reader is given for each chart, axe-core on the story and
// an embed page in both languages and both themes, and forced colours (Windows high
// contrast). Expected texts come from the data file (reading-helpers.js).
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { watchProblems, describeProblems, openStory, canvases } = require('./helpers');
const { data, inFileOrder, chartFigures, chartSources, tableHeads, rowZh, describeZh, axNode } = require('./reading-helpers');

test.describe.configure({ mode: 'parallel' });

const MIN_INK = 0.01;

test.describe('For screen readers', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("every chart canvas is an image whose aria-label gives the chart's title and each figure's label and printed value", async ({ page }) => {
    await openStory(page);
    const d = data();
    const found = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => {
        const c = f.querySelector('canvas');
        return {
          id: f.dataset.chart,
          role: c?.getAttribute('role') ?? null,
          label: c?.getAttribute('aria-label') ?? '',
          // The first chart's static SVG is in the page itself, named by its aria-label.
          alt: f.querySelector('.fallback img')?.getAttribute('alt') ?? f.querySelector('.fallback svg')?.getAttribute('aria-label') ?? null,
          hidden: !c || c.hidden,
        };
      }),
    );
    expect(inFileOrder(found).map((f) => f.id)).toEqual(d.charts.map((c) => c.id));
    const wrong = [];
    for (const chart of d.charts) {
      const f = found.find((x) => x.id === chart.id);
      if (f.hidden) wrong.push(`${chart.id}: canvas hidden`);
      if (f.role !== 'img') wrong.push(`${chart.id}: role ${f.role}`);
      if (!f.label.trim()) wrong.push(`${chart.id}: empty aria-label`);
      if (!f.label.startsWith(`${chart.title.zh}。`)) wrong.push(`${chart.id}: label does not begin with the title`);
      for (const fig of chartFigures(chart.id, d)) {
        if (!f.label.includes(`${fig.label.zh}：`)) wrong.push(`${chart.id}: label lacks ${fig.label.zh}`);
      }
      // One sentence per figure, with the value and change exactly as printed.
      if (f.label !== describeZh(chart.id, d)) wrong.push(`${chart.id}: label\n  ${f.label}\nexpected\n  ${describeZh(chart.id, d)}`);
      if (f.alt !== f.label) wrong.push(`${chart.id}: the static image's alt differs from the canvas label`);
    }
    expect(wrong).toEqual([]);
  });

  test('every chart figure has one figcaption giving its title and subtitle', async ({ page }) => {
    await openStory(page);
    const d = data();
    const captions = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => ({
        id: f.dataset.chart,
        count: f.querySelectorAll(':scope > figcaption').length,
        text: f.querySelector(':scope > figcaption')?.textContent ?? null,
      })),
    );
    expect(inFileOrder(captions)).toEqual(
      d.charts.map((c) => ({ id: c.id, count: 1, text: `${c.title.zh}。${c.subtitle.zh}` })),
    );
  });

  test('every 数据与下载 table has one row per figure with its label, printed value and change, and the sentences under it once each', async ({ page }) => {
    await openStory(page);
    const d = data();
    const tables = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => {
        const details = f.querySelector('details.data');
        const table = details?.querySelector('table');
        const canvas = f.querySelector('canvas');
        return {
          id: f.dataset.chart,
          disclosures: f.querySelectorAll(':scope > details').length,
          summary: details?.querySelector('summary')?.textContent ?? null,
          caption: table?.querySelector('caption')?.textContent ?? null,
          describedBy: canvas?.getAttribute('aria-describedby') ?? null,
          tableId: table?.id ?? null,
          heads: [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.textContent, th.getAttribute('scope')]),
          rows: [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
            head: tr.querySelector('th[scope="row"]')?.textContent ?? null,
            cells: [...tr.querySelectorAll('td:not(.ref)')].map((td) => td.textContent),
            ref: tr.querySelector('td.ref')?.textContent ?? null,
          })),
          sources: [...(details?.querySelectorAll('.sources [lang]') ?? [])].map((e) => [e.textContent, e.lang]),
        };
      }),
    );
    const expected = d.charts.map((c) => {
      const heads = tableHeads(c.id, 'zh', d);
      const sources = chartSources(c.id, d);
      return {
        id: c.id,
        disclosures: 1,
        summary: '数据与下载',
        caption: c.title.zh,
        // The canvas names no description: its aria-label already holds every figure.
        describedBy: null,
        tableId: `table-${c.id}`,
        heads: heads.map((h) => [h, 'col']),
        rows: chartFigures(c.id, d).map(rowZh).map((r) => ({
          head: r.label,
          cells: heads.includes('变化') ? [r.value, r.change] : [r.value],
          ref: sources.length > 1 ? String(sources.indexOf(r.source) + 1) : null,
        })),
        sources: sources.map((s) => [s, 'zh-CN']),
      };
    });
    expect(inFileOrder(tables)).toEqual(expected);
    // Spot checks of the oracle against the report's own print.
    const row = (chart, label) => tables.find((t) => t.id === chart).rows.find((r) => r.head === label).cells;
    expect(row('headline', '地区生产总值').slice(0, 2)).toEqual(['突破800亿元', '增长4.3%']);
    expect(row('service-windows', '区市民中心办事窗口').slice(0, 2)).toEqual(['10个', '由37个压缩为10个']);
    expect(row('consumption', '带动相关消费')[0]).toBe('近40亿元');
    expect(row('business-entities', '经营主体')[0]).toBe('超10万户');
    expect(row('air-water', '空气质量优良天数比率')[1]).toBe('高于全市平均水平1.9个百分点');
  });

  test("Chromium's accessibility tree exposes every chart canvas as an image named by its aria-label", async ({ page }) => {
    await openStory(page);
    const wrong = [];
    for (const chart of data().charts) {
      const selector = `figure[data-chart="${chart.id}"] canvas`;
      const label = await page.locator(selector).getAttribute('aria-label');
      const node = await axNode(page, selector);
      if (!node) {
        wrong.push(`${chart.id}: no accessibility node`);
        continue;
      }
      if (node.ignored) wrong.push(`${chart.id}: ignored by the accessibility tree`);
      if (node.role !== 'image') wrong.push(`${chart.id}: role ${node.role}`);
      if (node.name !== label) wrong.push(`${chart.id}: accessible name ${node.name}`);
      if (['headline', 'growth', 'service-windows'].includes(chart.id)) {
        // What a screen reader is given, recorded in the report of the run.
        test.info().annotations.push({
          type: `screen reader: ${chart.id}`,
          description: `role=${node.role}; name=${node.name}; description=${node.description || '(none)'}`,
        });
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** One line per axe violation and node: rule, impact, target and what to fix. */
function violations(results) {
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}. ${(n.failureSummary || '').replace(/\s+/g, ' ').trim()}`),
  );
}

async function openPage(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
  expect(Number(await page.evaluate(() => document.documentElement.dataset.chartsReady))).toBeGreaterThan(0);
}

const PAGES = [
  { name: 'the story page', url: (lang) => `./${lang === 'en' ? 'en/' : ''}` },
  { name: 'the embed page of growth', url: (lang) => `./embed/growth.html${lang === 'en' ? '?lang=en' : ''}` },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe-core, ${colorScheme} theme`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme });
    // axe checks every node of a long page: give it room on a loaded machine.
    test.describe.configure({ timeout: 120_000 });

    for (const { name, url } of PAGES) {
      for (const lang of ['zh', 'en']) {
        test(`${name} in ${lang === 'zh' ? 'Chinese' : 'English'} has no axe violations`, async ({ page }) => {
          await openPage(page, url(lang));
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.passes.length).toBeGreaterThan(0);
          expect(violations(results)).toEqual([]);
        });
      }
    }

    test('the story page with every 数据与下载 disclosure and its embed codes open and a tooltip showing has no axe violations', async ({ page }) => {
      await openPage(page, './');
      await page.locator('details.data > summary').evaluateAll((ss) => ss.forEach((s) => s.click()));
      expect(await page.locator('details.data[open]').count()).toBe(data().charts.length);
      await page.locator('details.embed-code > summary').evaluateAll((ss) => ss.forEach((s) => s.click()));
      expect(await page.locator('details.embed-code[open]').count()).toBe(data().charts.length);
      await page.locator('figure[data-chart="growth"] canvas').focus();
      await page.keyboard.press('Home');
      await expect(page.locator('.tooltip')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(violations(results)).toEqual([]);
    });
  });
}

test.describe('The embed page in English', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('names the chart in English: document title, caption and canvas label', async ({ page }) => {
    await openPage(page, './embed/growth.html?lang=en');
    const chart = data().charts.find((c) => c.id === 'growth');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const label = await page.locator('figure[data-chart="growth"] canvas').getAttribute('aria-label');
    expect(label.startsWith(`${chart.title.en}. `), label).toBe(true);
    await expect(page.locator('figure[data-chart="growth"] figcaption')).toHaveText(`${chart.title.en}. ${chart.subtitle.en}`);
    // The frame's own title is what a screen reader announces for it when the host
    // page's iframe has no title; under lang="en" it must not stay Chinese.
    expect(await page.title()).toBe(chart.title.en);
  });
});

test.describe('Forced colours', () => {
  test.use({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });

  test('with forced colours the story page loads, every chart draws, and nothing errs', async ({ page }) => {
    const problems = watchProblems(page);
    await openStory(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await page.waitForLoadState('load');
    const all = await canvases(page);
    expect(inFileOrder(all).map((c) => c.id)).toEqual(data().charts.map((c) => c.id));
    expect(Number(await page.evaluate(() => document.documentElement.dataset.chartsReady))).toBe(all.length);
    expect(all.filter((c) => c.hidden || !(c.ink > MIN_INK)).map((c) => `${c.id}: ${(c.ink * 100).toFixed(2)}% ink`)).toEqual([]);
    await expect(page.locator('.chart-error')).toHaveCount(0);
    // The keyboard still gets a focus ring and a tooltip: from the last tab stop before
    // the first chart (the section list, or the article's last live number above it).
    await page.evaluate(() => {
      const first = document.querySelector('figure[data-chart]');
      const before = [...document.querySelectorAll('.sections a, .text a.fig')]
        .filter((a) => a.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
      before[before.length - 1].focus();
    });
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { tag: document.activeElement.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.tag).toBe('CANVAS');
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.tooltip')).toBeVisible();
    // Late warnings (an unused preload, the favicon) come up to 3 s after load.
    await page.waitForTimeout(3_500);
    expect(describeProblems(problems)).toEqual([]);
  });

  test('with forced colours the embed page of growth loads, draws, and nothing errs', async ({ page }) => {
    const problems = watchProblems(page);
    await openPage(page, './embed/growth.html');
    await page.waitForLoadState('load');
    const [c] = await canvases(page);
    expect(c.id).toBe('growth');
    expect(c.hidden).toBe(false);
    expect(c.ink).toBeGreaterThan(MIN_INK);
    await page.waitForTimeout(1_000);
    expect(describeProblems(problems)).toEqual([]);
  });
});
