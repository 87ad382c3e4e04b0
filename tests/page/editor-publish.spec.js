// The desk's evening (issue 21 §1–§2), played whole: paste a new report; confirm figures;
// fix one; reload; open another report and come back with nothing lost; publish; unzip;
// and check the result: the data file passes check-data, and every SVG and CSV is the
// byte of what the native site command writes for that same file. A problem stops 发布.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, CHECK, stored, openEditor } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

const TEXT = path.join(ROOT, 'tests', 'reports', 'qingshan-county-2024.txt');
const SLUG = 'qingshan-2024';

/** Clicks 发布, accepting its question when `accept`; returns the archive's unzipped folder. */
async function publishAndUnzip(page, accept) {
  const asked = [];
  const answer = (d) => { asked.push(d.message()); if (accept) d.accept(); else d.dismiss(); };
  page.on('dialog', answer);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#publish')]);
  page.off('dialog', answer);
  expect(download.suggestedFilename()).toBe(`${SLUG}-site.zip`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
  const zip = path.join(dir, 'site.zip');
  await download.saveAs(zip);
  execFileSync('unzip', ['-q', zip, '-d', path.join(dir, 'site')]);
  return { site: path.join(dir, 'site'), asked, dir };
}

test('the desk pastes a report, confirms, fixes, reloads, visits another report, comes back and publishes', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  // 1. A new report, pasted.
  await page.fill('#open-text', fs.readFileSync(TEXT, 'utf8'));
  await page.fill('#open-slug', SLUG);
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  // 2. Two figures confirmed, one by one.
  for (let i = 0; i < 2; i += 1) {
    await page.click('#next-to-confirm');
    await page.click('#confirm-figure');
  }
  const confirmed = (await stored(page)).doc.figures.filter((f) => !f.draft).map((f) => f.id);
  expect(confirmed.length).toBe(2);
  // 3. One fixed: its label.
  await page.click('.chart-list [data-chart="0"]');
  const k = (await stored(page)).sel.figure;
  await page.fill(`[data-path="figures[${k}].label.zh"]`, '全县地区生产总值');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe('全县地区生产总值');
  // 4. A reload.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue('全县地区生产总值');
  // 5. Another report, and back through 最近的报告: nothing lost.
  await page.goto('editor.html?report=xihu-2024');
  await page.waitForSelector('body[data-ready]');
  await page.click('#reopen');
  await page.click(`#recent .recent-open[data-slug="${SLUG}"]`);
  const doc = (await stored(page)).doc;
  expect(doc.figures[k].label.zh).toBe('全县地区生产总值');
  expect(doc.figures.filter((f) => !f.draft).map((f) => f.id)).toEqual(confirmed);

  // 6. Publish: the rest is to confirm, and 发布 asks first; declined, nothing goes out.
  page.once('dialog', (d) => d.dismiss());
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('未发布');
  expect((await stored(page)).doc.figures.some((f) => f.draft)).toBe(true);
  const { site, asked, dir } = await publishAndUnzip(page, true);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toContain('待确认');
  await expect(page.locator('#status')).toContainText(`${SLUG}-site.zip`);
  expect((await stored(page)).doc.figures.some((f) => f.draft)).toBe(false);

  // 7–8. The archive: its README lists each confirmation with its time; its data file passes
  // check-data; its SVGs and CSVs are the native site command's bytes for that file.
  const readme = fs.readFileSync(path.join(site, 'README.txt'), 'utf8');
  for (const id of confirmed) expect(readme).toMatch(new RegExp(`\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  数字 ${id}`));
  expect(readme).toContain('全县地区生产总值');
  const data = path.join(site, 'data', `${SLUG}.json`);
  expect(JSON.parse(fs.readFileSync(data, 'utf8'))).toEqual((await stored(page)).doc);
  expect(fs.readFileSync(path.join(site, 'data', `${SLUG}.txt`), 'utf8')).toBe(fs.readFileSync(TEXT, 'utf8'));
  execFileSync(CHECK, ['check', data], { encoding: 'utf8' });
  const native = path.join(dir, 'native');
  execFileSync(CHECK, ['site', data, native], { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } });
  for (const sub of ['svg', 'csv']) {
    const names = fs.readdirSync(path.join(native, sub)).sort();
    expect(fs.readdirSync(path.join(site, sub)).sort()).toEqual(names);
    for (const n of names) {
      expect(fs.readFileSync(path.join(site, sub, n)).equals(fs.readFileSync(path.join(native, sub, n))), `${sub}/${n}`).toBe(true);
    }
  }
  expect(describeProblems(problems)).toEqual([]);
});

test('发布 writes nothing while a problem remains, and says why', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="0"]');
  const k = (await stored(page)).sel.figure;
  const value = page.locator(`[data-path="figures[${k}].value"]`);
  await value.fill(String(Number(await value.inputValue()) + 1));
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('个问题');
  expect(downloaded).toBe(false);
});

for (const lang of ['zh', 'en']) {
  test(`the open screen with 最近的报告 has no axe violations (${lang})`, async ({ page }) => {
    await openEditor(page, '?report=xihu-2024');
    if (lang === 'en') await page.click('#ui-lang');
    await page.click('#reopen');
    await expect(page.locator('#recent .recent-open')).toHaveCount(1);
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    }
  });
}
