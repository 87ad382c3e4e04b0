// The desk's evening (issue 21 §1–§2), played whole: paste a new report; confirm figures;
// fix one; reload; open another report and come back with nothing lost; publish; unzip;
// and check the result: the data file passes check-data, every file but the images is the
// byte of what the native site command writes for that same file, and the site, served,
// passes the page checks. A problem stops 发布.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, CHECK, stored, openEditor, fillPlaceholders } = require('./editor-helpers');
const { unzip, unzipTo, serve, listFiles, checkSite } = require('./site-helpers');
const { pngSize } = require('./embed-helpers');

// The published site is served beside the tests' own server, clear of the ports that
// parallel runs take (TEST_PORT, TEST_PORT + 1, …).
const SITE_PORT = Number(process.env.TEST_PORT || 8123) + 1000;

test.use({ viewport: { width: 1280, height: 900 } });

const TEXT = path.join(ROOT, 'tests', 'reports', 'qingshan-county-2024.txt');
const SLUG = 'qingshan-2024';

/** Clicks 发布, accepting its question when `accept`; returns the archive's unzipped folder. */
async function publishAndUnzip(page, accept) {
  const asked = [];
  const answer = (d) => { asked.push(d.message()); if (accept) d.accept(); else d.dismiss(); };
  page.on('dialog', answer);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('#publish')]);
  page.off('dialog', answer);
  expect(download.suggestedFilename()).toBe(`${SLUG}-site.zip`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
  const zip = path.join(dir, 'site.zip');
  await download.saveAs(zip);
  const names = unzipTo(zip, path.join(dir, 'site'));
  return { site: path.join(dir, 'site'), asked, dir, names };
}

test('the desk pastes a report, confirms, fixes, reloads, visits another report, comes back and publishes', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchProblems(page);
  await openEditor(page);
  // 1. A new report, pasted.
  await page.fill('#open-text', fs.readFileSync(TEXT, 'utf8'));
  await page.fill('#open-slug', SLUG);
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  // 2. Two figures confirmed, one by one.
  const confirmedCount = async () => (await stored(page)).doc.figures.filter((f) => !f.draft).length;
  for (let i = 0; i < 2; i += 1) {
    await page.click('#next-to-confirm');
    await page.click('#confirm-figure');
    // Each confirmation is stored before the next figure is chosen.
    await expect.poll(confirmedCount).toBe(i + 1);
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

  // 6. Publish. While the draft's placeholders (待填写) stand, 发布 refuses; the desk writes them.
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('个问题');
  await fillPlaceholders(page);
  // The rest is to confirm, and 发布 asks first; declined, nothing goes out.
  page.once('dialog', (d) => d.dismiss());
  await page.click('#publish');
  await expect(page.locator('#status')).toContainText('未发布');
  expect((await stored(page)).doc.figures.some((f) => f.draft)).toBe(true);
  const { site, asked, dir, names } = await publishAndUnzip(page, true);
  // One question for what is left to confirm, and one first for the numbers of the text
  // left undecided, when there are any.
  expect(asked.filter((a) => a.includes('待确认'))).toHaveLength(1);
  expect(asked.filter((a) => !a.includes('待确认') && !a.includes('待决定'))).toEqual([]);
  // No space after the full-width colon.
  await expect(page.locator('#status')).toHaveText(`已发布：${SLUG}-site.zip`);
  expect((await stored(page)).doc.figures.some((f) => f.draft)).toBe(false);
  expect(describeProblems(problems)).toEqual([]);

  // 7. The archive: its README lists each confirmation with its time; its data file passes
  // check-data; every file is the native site command's for that file, byte for byte, but
  // the images (drawn by the browser: the same sizes, its own glyphs).
  // Those confirmed at 发布's question are listed apart, as confirmed all at once and
  // not checked one by one, with their number: never as checks the desk made.
  const readme = fs.readFileSync(path.join(site, 'README.txt'), 'utf8');
  const [byOne, atOnce = ''] = readme.split('一次全部确认');
  for (const id of confirmed) expect(byOne).toMatch(new RegExp(`\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  数字 ${id}`));
  const rest = doc.figures.filter((f) => !confirmed.includes(f.id));
  expect(rest.length).toBeGreaterThan(0);
  expect(atOnce).toContain(`${rest.length + doc.charts.filter((c) => c.draft).length} 项`);
  for (const f of rest) {
    const line = new RegExp(`数字 ${f.id}(「|\\n)`);
    expect(byOne).not.toMatch(line);
    expect(atOnce).toMatch(line);
  }
  expect(readme).toContain('全县地区生产总值');
  // In the desk's language's punctuation: no ASCII colon or comma after a Chinese word.
  expect(readme).not.toMatch(/[\u4e00-\u9fff）][:,]/);
  const data = path.join(site, 'data', `${SLUG}.json`);
  expect(JSON.parse(fs.readFileSync(data, 'utf8'))).toEqual((await stored(page)).doc);
  expect(fs.readFileSync(path.join(site, 'data', `${SLUG}.txt`), 'utf8')).toBe(fs.readFileSync(TEXT, 'utf8'));
  execFileSync(CHECK, ['check', data], { encoding: 'utf8' });
  const native = path.join(dir, 'native');
  const assets = path.join(ROOT, 'target', 'site-assets');
  execFileSync(CHECK, ['site', '--assets', assets, data, native], { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } });
  const built = listFiles(native).sort();
  // The reader's site only: the editor, what its 发布 reads, the schema, the register's
  // wasm and the demo article stay on the desk's server (src/publish/files.rs, for_the_desk).
  const desk = built.filter((n) => !names.includes(n));
  expect(desk).toEqual(expect.arrayContaining(['editor.html', 'publish.json', 'demo/index.html']));
  for (const n of desk) expect(n).toMatch(/^(editor[.-]|demo\/|publish\.json$|report\.schema\.json$|pkg\/report_charts_(editor|publish|draft|register)_bg)/);
  expect(names).toEqual([...built.filter((n) => !desk.includes(n)), 'README.txt'].sort());
  for (const kind of ['index.html', '.svg', '.csv', 'embed.js', `${SLUG}.html`, 'long/zh.html', 'cover/story.png']) {
    expect(built.some((n) => n.endsWith(kind)), `the site has ${kind}`).toBe(true);
  }
  const differ = [];
  for (const n of built.filter((f) => !desk.includes(f))) {
    const [a, b] = [fs.readFileSync(path.join(site, n)), fs.readFileSync(path.join(native, n))];
    if (n.endsWith('.png')) {
      if (JSON.stringify(pngSize(a)) !== JSON.stringify(pngSize(b))) differ.push(`${n}: size`);
    } else if (!n.endsWith('.zip') && !a.equals(b)) differ.push(n);
  }
  expect(differ).toEqual([]);

  // 8. Served, the published site passes the page checks.
  const served = await serve(site, SITE_PORT, `data/${SLUG}.json`);
  try {
    await checkSite(page, served.url, (await stored(page)).doc.charts.map((c) => c.id));
  } finally {
    served.stop();
  }
  expect(describeProblems(problems)).toEqual([]);
});

test('发布 writes nothing while a number differs from its sentence, and names the figure and both numbers', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="0"]');
  const doc = (await stored(page)).doc;
  const k = (await stored(page)).sel.figure;
  const label = doc.figures[k].label;
  const was = String(doc.figures[k].value);
  const typed = String(Number(was) + 1);
  const value = page.locator(`[data-path="figures[${k}].value"]`);
  await value.fill(typed);
  await value.press('Tab');
  // No title is offered from the wrong number (tester s-test24 F6).
  await expect(page.locator(`#problems .problem[data-at="figures[${k}].value"]`)).toBeVisible();
  await expect(page.locator('#problems .retitle', { hasText: typed })).toHaveCount(0);
  // The chart that cannot be drawn says why at its fields, never by the JSON (F8).
  const box = page.locator('#preview .chart-error').first();
  await expect(box).toContainText('标题');
  await expect(box).not.toContainText('.json');
  await expect(box).not.toContainText('charts[');
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.click('#publish');
  const status = page.locator('#status');
  await expect(status).toContainText(`不能发布：「${label.zh}」的数值 ${typed}`);
  await expect(status).toContainText(was);
  // In English too, as the interface switches.
  await page.click('#ui-lang');
  await expect(status).toContainText(`the value of ${label.en} is ${typed}`);
  await expect(page.locator('#preview .chart-error').first()).toContainText('Chart');
  expect(downloaded).toBe(false);
  // Typed back as printed, the refusal is gone.
  await value.fill(was);
  await value.press('Tab');
  await expect(status).not.toContainText(typed);
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

for (const lang of ['zh', 'en']) {
  test(`the desk, with its single-file tools open, has no axe violations (${lang})`, async ({ page }) => {
    await openEditor(page, '?report=xihu-2024');
    if (lang === 'en') await page.click('#ui-lang');
    await page.click('#one-file-h');
    await expect(page.locator('#one-png')).toBeVisible();
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
}

test('单个文件 gives one chart\'s PNG, its embed code and the long image alone', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  await page.click('#one-file-h');
  const id = await page.locator('#one-chart').inputValue();
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#one-png')]);
  expect(png.suggestedFilename()).toBe(`${id}.png`);
  const bytes = fs.readFileSync(await png.path());
  expect(pngSize(bytes).width).toBe(1080);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#one-embed');
  await expect(page.locator('#status')).toContainText(`data-report-chart="${id}"`);
  await expect(page.locator('#status')).toContainText('embed.js');
  const [long] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#one-long')]);
  expect(long.suggestedFilename()).toBe('xihu-2024-long-zh.zip');
  const slices = unzip(fs.readFileSync(await long.path()));
  expect([...slices.keys()][0]).toBe('zh/01.png');
  for (const b of slices.values()) expect(pngSize(b).width).toBe(1080);
  expect(describeProblems(problems)).toEqual([]);
});
