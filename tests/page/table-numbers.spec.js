// A statistical bulletin's table on the story page (src/publish/story_text.rs): a cell
// that prints a figure of its row is a live number as the prose's are, by mouse,
// keyboard and screen reader; the other cells stay plain. The page is a one-report site
// of a short bulletin of our own, drafted and built by the native command into
// target/page-table/ and served on TEST_PORT + 3.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serve } = require('./site-helpers');
const { watchProblems, describeProblems } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'target', 'page-table');
const PORT = Number(process.env.TEST_PORT || 8123) + 3;
const NATIVE = path.join(ROOT, 'target', 'debug', 'report-charts');

const TEXT = `白石县2025年统计公报

全年全县地区生产总值208.5亿元，比上年增长5.1%。
表1　2025年主要工业产品产量
产品　单位　产量　比上年增长（%）
水泥　万吨　96.4　-3.2
钢材　万吨　41.8　2.6
全年建筑业总产值66.2亿元，比上年下降2.4%。
`;

test.describe.configure({ mode: 'serial' });

let served;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'in'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'in', 'baishi-2025.txt'), TEXT);
  execFileSync(NATIVE, ['site', '--no-images', '--assets', path.join(ROOT, 'target', 'site-assets'), path.join(OUT, 'in'), path.join(OUT, 'site')]);
  served = await serve(path.join(OUT, 'site'), PORT, 'baishi-2025/index.html');
});
test.afterAll(() => served?.stop());

async function open(page) {
  await page.goto(`${served.url}baishi-2025/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { timeout: 30_000 });
}

test.describe('A table\'s live numbers', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a cell that prints a figure is a live number and the other cells are plain', async ({ page }) => {
    await open(page);
    const row = page.locator('.text-table tbody tr', { hasText: '水泥' });
    const cells = row.locator('td');
    await expect(cells).toHaveCount(4);
    for (const i of [0, 1]) await expect(cells.nth(i).locator('.fig')).toHaveCount(0);
    for (const [i, printed] of [[2, '96.4'], [3, '-3.2']]) {
      const mark = cells.nth(i).locator('a.fig[data-figure]');
      await expect(mark).toHaveText(printed);
      await expect(mark).toHaveAttribute('href', /^#chart-/);
    }
    await expect(page.locator('.text-table thead .fig, .text-table caption .fig')).toHaveCount(0);
  });

  test('a cell focused by keyboard highlights its figure on its chart and is announced', async ({ page }) => {
    const problems = watchProblems(page);
    await open(page);
    const mark = page.locator('.text-table td a.fig').first();
    const id = await mark.getAttribute('data-figure');
    const chart = (await mark.getAttribute('href')).slice('#chart-'.length);
    await mark.focus();
    await expect(page.locator('.tooltip')).toBeVisible();
    await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
    await expect(mark).toHaveClass(/active/);
    const live = page.locator('p.visually-hidden[aria-live="polite"]');
    await expect(live).toContainText('水泥');
    expect(id).toBeTruthy();
    // The pointer too, with the chart in view.
    await mark.evaluate((m) => m.blur());
    await expect(page.locator('.tooltip')).toBeHidden();
    await page.locator(`figure[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect(page.locator('.tooltip')).toBeVisible();
    await expect(mark).toHaveClass(/active/);
    expect(problems, describeProblems(problems)).toEqual([]);
  });
});
