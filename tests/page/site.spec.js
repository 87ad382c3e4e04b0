// The site of many reports (README, "A site of many reports"), as `make site-test` builds
// it into target/site-test/: data/ (Xihu) and the three short county reports of
// tests/site/, which share indicators. The index → a report → an indicator page → the
// number in its sentence on its report's page; the register's pages in both languages;
// axe on the index and on the indicator pages. Served on TEST_PORT + 1 by this file
// (the other page tests serve dist/); skipped when the site was not built.
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const fs = require('fs');
const path = require('path');
const { watchProblems, describeProblems, canvases } = require('./helpers');
const { serve } = require('./site-helpers');

const ROOT = path.join(__dirname, '..', '..', 'target', 'site-test');
const PORT = Number(process.env.TEST_PORT || 8123) + 1;
const BASE = `http://127.0.0.1:${PORT}/`;

test.skip(!fs.existsSync(path.join(ROOT, 'index.html')), 'target/site-test/ is absent: run make site-test');
test.describe.configure({ mode: 'serial' });

let served;
test.beforeAll(async () => {
  served = await serve(ROOT, PORT, 'index.html');
});
test.afterAll(() => served?.stop());

function violations(results) {
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`));
}

/** Images of the page that do not load, the lazy ones (below the fold) fetched now. */
const brokenImages = (page) => page.evaluate(async () => {
  const imgs = [...document.images];
  for (const i of imgs) i.loading = 'eager';
  await Promise.all(imgs.map((i) => i.decode().catch(() => null)));
  return imgs.filter((i) => i.getClientRects().length && !(i.complete && i.naturalWidth > 0)).map((i) => i.currentSrc || i.src);
});

for (const width of [360, 1280]) {
  test.describe(`At ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the index lists every report, filters them by place without script, and opens a report with its charts drawn', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(`${BASE}index.html`);
      const reports = page.locator('.reports li');
      await expect(reports).toHaveCount(5);
      await page.locator('label', { hasText: '石门县' }).click();
      await expect(page.locator('.reports li:visible')).toHaveCount(2);
      await expect(page.locator('.reports li:visible h2')).toContainText(['石门县', '石门县']);
      await page.locator('fieldset').first().locator('label', { hasText: '全部' }).click();
      await expect(page.locator('.reports li:visible')).toHaveCount(5);
      await page.locator('.reports a', { hasText: '西湖区' }).click();
      await page.waitForURL(/\/xihu-2024\/$/);
      await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
      const drawn = await page.locator('figure[data-chart].drawn').count();
      expect(drawn).toBe(await page.locator('figure[data-chart]').count());
      expect(drawn).toBeGreaterThan(0);
      expect(describeProblems(problems)).toEqual([]);
    });

    test('a reader who picks a year finds every report with data of that year, and the filter says it filters by the data’s year', async ({ page }) => {
      await page.goto(`${BASE}index.html`);
      const years = page.locator('fieldset').nth(1);
      await expect(years.locator('legend')).toHaveText('数据年份');
      // The 2026 work reports review 2025; last year's report of 石门县 reviews 2024, as Xihu's does.
      for (const [year, count, shown] of [['2025年', 3, '2026年报告 · 2025年数据'], ['2024年', 2, /^(2024年|2025年报告 · 2024年数据)$/]]) {
        await years.locator('label', { hasText: new RegExp(`^\\s*${year}$`) }).click();
        const visible = page.locator('.reports li:visible');
        await expect(visible).toHaveCount(count);
        for (const y of await visible.locator('.year').allTextContents()) expect(y).toMatch(shown);
      }
      await expect(years.locator('label')).toHaveCount(3);
    });

    test('the index and the indicator pages read in the story page’s font stack', async ({ page }) => {
      const family = async (url) => {
        await page.goto(`${BASE}${url}`);
        if (process.env.SCREENSHOTS) {
          const name = url.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '-');
          await page.screenshot({ path: path.join(__dirname, '..', 'screenshots', `site-font-${name}-${width}.png`) });
        }
        return page.evaluate(() => getComputedStyle(document.body).fontFamily);
      };
      const story = await family('xihu-2024/');
      expect(story).toMatch(/^"Noto Sans CJK SC"/);
      for (const url of ['index.html', 'indicators/gdp.html', 'indicators/gdp.en.html']) expect(await family(url), url).toBe(story);
    });

    test('the index links an indicator page whose charts show and whose every value opens the number in its sentence', async ({ page }) => {
      const problems = watchProblems(page);
      await page.goto(`${BASE}index.html`);
      await page.locator('.register a', { hasText: '地区生产总值' }).click();
      await page.waitForURL(/indicators\/gdp\.html$/);
      await expect(page.locator('h1')).toContainText('地区生产总值');
      // Named by the glossary's term, it says which labels of the reports it gathers.
      await expect(page.locator('p.labels')).toContainText('生产总值、');
      await expect(page.locator('p.labels')).toContainText('地区生产总值');
      // Last year's 2025 target of 石门县 beside this year's 2025 result, each as what it is.
      const outcome = page.locator('figure', { has: page.locator('figcaption', { hasText: '2025年地区生产总值增长：目标与实绩' }) });
      const pair = await outcome.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => (c.querySelector(':scope > span:not(.r)') ?? c).textContent.trim())));
      expect(pair).toEqual([['石门县', '2025年', '增长4.9%'], ['石门县', '2025年', '2025年目标增长5%左右']]);
      // The static SVG, or the canvas drawn over it.
      await expect(page.locator('figure.chart .plot :is(img, canvas):visible').first()).toBeVisible();
      expect(await brokenImages(page)).toEqual([]);
      // The target-result chart: each county's 2026 target beside its 2025 result.
      const first = page.locator('figure').first();
      await expect(first.locator('figcaption')).toContainText('2026年地区生产总值增长目标与2025年实绩');
      // The first cell: the place, then its report's title under it (never an empty place).
      const rows = await first.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => (c.querySelector(':scope > span:not(.r)') ?? c).textContent.trim())));
      const titles = await first.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.cells[0].querySelector('.r')?.textContent ?? ''));
      expect(titles.every((t) => t.includes('政府工作报告')), titles.join(' | ')).toBe(true);
      expect(rows).toContainEqual(['石门县', '2025年', '增长4.9%']);
      expect(rows).toContainEqual(['石门县', '2026年', '2026年目标增长5.5%左右']);
      // Every value's link lands on a mark in its report's text that prints its number.
      const links = await page.locator('tbody td:nth-child(3) a').evaluateAll((as) => as.map((a) => [a.href, a.textContent]));
      expect(links.length).toBeGreaterThan(0);
      for (const [href, value] of links) {
        const url = new URL(href);
        expect(url.hash).toMatch(/^#t-/);
        const story = await (await fetch(url.href.split('#')[0])).text();
        const at = story.indexOf(` id="${url.hash.slice(1)}"`);
        expect(at, `${href} has no mark`).toBeGreaterThan(0);
        // The mark's paragraph prints the value (a growth rate is marked by its amount's number, before it);
        // a target's value names its year first (2026年目标…), which is the chart's, not the sentence's.
        const paragraph = story.slice(story.lastIndexOf('<p', at), story.indexOf('</p>', at)).replace(/<[^>]+>/g, '');
        expect(paragraph, href).toContain(value.replace(/^\d{4}(年| )/, '').match(/[\d.]+/)[0]);
      }
      await page.locator('tbody td:nth-child(3) a').first().click();
      await page.waitForURL(/\/#t-/);
      await expect(page.locator(':target')).toHaveCount(1);
      expect(describeProblems(problems)).toEqual([]);
    });

    for (const url of ['indicators/gdp.html', 'indicators/gdp.en.html']) {
      test(`${url} draws every chart on canvas over its static SVG, as a story page does, sharp and with no console error`, async ({ page }) => {
        const problems = watchProblems(page);
        await page.goto(`${BASE}${url}`);
        await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
        const drawn = await canvases(page);
        expect(drawn.length).toBeGreaterThanOrEqual(3);
        for (const c of drawn) {
          expect(c.hidden, `${c.id} is drawn`).toBe(false);
          expect(c.ink, `${c.id} has ink`).toBeGreaterThan(0.01);
          expect(c.width, `${c.id} is sharp`).toBe(c.expectedWidth);
        }
        await expect(page.locator('figure.chart.drawn picture.fallback').first()).toBeHidden();
        // The keyboard reaches a chart and its tooltip names a place and its sentence.
        const canvas = page.locator('figure.chart canvas').first();
        await canvas.focus();
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.tooltip')).toBeVisible();
        await expect(page.locator('.tooltip')).toContainText(/石门县|松林县|玉溪县/);
        expect(describeProblems(problems)).toEqual([]);
      });
    }
  });
}

test('the indicator page has its English page, its PNG, SVG and CSV downloads and both embed codes, each of which draws its chart', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${BASE}indicators/gdp.html`);
  await page.locator('nav a[hreflang="en"]').click();
  await page.waitForURL(/gdp\.en\.html$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toContainText('GDP');
  expect(await brokenImages(page)).toEqual([]);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
  const figure = page.locator('figure.chart').first();
  await figure.locator('details.data > summary').click();
  // The build's files: the SVG (light and dark) and the CSV, in English.
  const files = await figure.locator('a.dl-svg, a.dl-csv').evaluateAll((as) => as.flatMap((a) => [a.href, a.dataset.dark && new URL(a.dataset.dark, location.href).href]).filter(Boolean));
  expect(files.length).toBe(3);
  for (const href of files) expect((await fetch(href)).status, href).toBe(200);
  // The PNG is drawn by the script at the chart's width, twice over.
  const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('a.dl-png').click()]);
  expect(png.suggestedFilename()).toMatch(/\.en\.png$/);
  const saved = test.info().outputPath(png.suggestedFilename());
  await png.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(1, 4).toString()).toBe('PNG');
  // Both embed codes, written for this site: the iframe's page and the script embed draw the chart.
  await figure.locator('details.embed-code > summary').click();
  const [frameCode, scriptCode] = await figure.locator('details.embed-code textarea').evaluateAll((ts) => ts.map((t) => t.value));
  const src = frameCode.match(/src="([^"]+)"/)[1];
  await page.goto(src);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
  const [framed] = await canvases(page);
  expect(framed.ink, `${src} draws its chart`).toBeGreaterThan(0.01);
  await expect(page.locator('figure img')).toHaveAttribute('alt', /GDP/);
  await page.setContent(`<!doctype html><html><body>${scriptCode}</body></html>`);
  const host = page.locator('[data-report-chart]');
  await expect.poll(() => host.evaluate((h) => h.shadowRoot?.querySelector('figure.drawn canvas')?.width ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(describeProblems(problems)).toEqual([]);
});

test('an embed asked for English of a report that has none shows the report’s Chinese chart, never an error, and its demo offers no English', async ({ page }) => {
  const problems = watchProblems(page);
  // 松林县's report is drafted from its text alone: it has no English.
  const files = await (await fetch(`${BASE}songlin-2026/files.json`)).json();
  expect(files.en, 'the report has no English').toBeFalsy();
  const [id, names] = Object.entries(files.zh.charts)[0];
  // The iframe embed with ?lang=en.
  await page.goto(`${BASE}songlin-2026/${names.embed}?lang=en`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 20_000 });
  await expect(page.locator('.chart-error')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const [framed] = await canvases(page);
  expect(framed.ink, 'the frame draws its chart').toBeGreaterThan(0.01);
  // The demo article embeds no English, and a script embed asked for English draws in Chinese.
  await page.goto(`${BASE}songlin-2026/demo/index.html`);
  const sources = await page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.getAttribute('src')));
  expect(sources.filter((s) => /lang=en/.test(s))).toEqual([]);
  await page.locator('article').evaluate((a, chart) => {
    const host = document.createElement('div');
    host.id = 'asked-en';
    host.dataset.reportChart = chart;
    host.dataset.lang = 'en';
    a.append(host);
  }, id);
  const host = page.locator('#asked-en');
  await expect.poll(() => host.evaluate((h) => h.shadowRoot?.querySelector('figure.drawn canvas')?.width ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await host.evaluate((h) => h.shadowRoot.querySelectorAll('.chart-error').length)).toBe(0);
  expect(describeProblems(problems)).toEqual([]);
});

test.describe('Without script', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('the indicator page shows every chart as its static SVG, its table linked to the sentences, and offers no download it cannot give', async ({ page }) => {
    await page.goto(`${BASE}indicators/gdp.html`);
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    expect(await brokenImages(page)).toEqual([]);
    await expect(figures.first().locator('picture img')).toBeVisible();
    await expect(figures.first().locator('canvas')).toBeHidden();
    await expect(figures.first().locator('tbody a').first()).toBeVisible();
    await figures.first().locator('details.data > summary').click();
    await expect(figures.first().locator('a.dl-svg')).toBeVisible();
    await expect(figures.first().locator('a.dl-png')).toBeHidden();
  });
});

for (const scheme of ['light', 'dark']) {
  for (const url of ['index.html', 'indicators/gdp.html', 'indicators/gdp.en.html', 'refused/index.html']) {
    test(`${url} (${scheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${BASE}${url}`);
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length).toBeGreaterThan(0);
      expect(violations(results)).toEqual([]);
    });
  }
}

for (const width of [360, 1280]) {
  test(`at ${width} px the index of a site with a refused report lists the others and says, in a reader's words, which was left out`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const problems = watchProblems(page);
    await page.goto(`${BASE}refused/index.html`);
    await expect(page.locator('.reports li')).toHaveCount(4);
    const left = page.locator('section.left-out');
    await expect(left).toBeVisible();
    await expect(left.locator('h2')).toHaveText('暂未收入的报告');
    await expect(left).toContainText('数据有误');
    await expect(left.locator('li')).toHaveText(['2026年双桥县政府工作报告']);
    // No developer's words: no JSON path, no type.
    await expect(left).not.toContainText('meta.year');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `target/site-test/refused-${width}.png`, fullPage: true });
    expect(describeProblems(problems)).toEqual([]);
  });
}
