// Nothing lost (issue 21 §2): every report keeps its own saved state and undo history
// across reloads; opening another report never replaces edits without asking; 最近的报告
// reopens each; a browser that stores nothing says so and offers Save.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, COUNTY, DATA, stored, openEditor, paste, save } = require('./editor-helpers');

test.use({ viewport: { width: 1280, height: 900 } });

/** Selects chart `i`'s first figure and renames it; returns the figure's index and old label. */
async function rename(page, i, label) {
  await page.click(`.chart-list [data-chart="${i}"]`);
  const k = (await stored(page)).sel.figure;
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  const before = await field.inputValue();
  await field.fill(label);
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe(label);
  return { k, before };
}

test('two reports keep their own edits and undo history across reloads, and reopen from 最近的报告', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi-2025', COUNTY);
  await expect(page.locator('#desk')).toBeVisible();
  const county = await rename(page, 0, '全县生产总值');

  // A reload resumes the report, and its undo history still undoes the edit.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator(`[data-path="figures[${county.k}].label.zh"]`)).toHaveValue('全县生产总值');
  await expect(page.locator('#undo')).toBeEnabled();
  await page.click('#undo');
  await expect(page.locator(`[data-path="figures[${county.k}].label.zh"]`)).toHaveValue(county.before);
  await page.click('#redo');
  await expect(page.locator(`[data-path="figures[${county.k}].label.zh"]`)).toHaveValue('全县生产总值');

  // Another report, from the site's link: the county's edits stay where they are.
  await page.goto('editor.html?report=xihu-2024');
  await page.waitForSelector('body[data-ready]');
  const xihu = await rename(page, 1, '西湖改过的名称');
  expect((await stored(page, 'qingshi-2025')).doc.figures[county.k].label.zh).toBe('全县生产总值');
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator(`[data-path="figures[${xihu.k}].label.zh"]`)).toHaveValue('西湖改过的名称');

  // 最近的报告 lists both, newest first, marked as not downloaded; the county reopens as it was.
  await page.click('#reopen');
  const listed = page.locator('#recent .recent-open');
  await expect(listed).toHaveCount(2);
  expect(await listed.evaluateAll((bs) => bs.map((b) => b.dataset.slug))).toEqual(['xihu-2024', 'qingshi-2025']);
  await expect(page.locator('#recent li').first()).toContainText('有未下载的修改');
  await page.click('#recent .recent-open[data-slug="qingshi-2025"]');
  await expect(page.locator(`[data-path="figures[${county.k}].label.zh"]`)).toHaveValue('全县生产总值');
  await page.click('#undo');
  await expect(page.locator(`[data-path="figures[${county.k}].label.zh"]`)).toHaveValue(county.before);
  await page.click('#redo');

  // The site's link to a report with stored edits opens the edits, not the site's file.
  await page.goto('editor.html?report=xihu-2024');
  await page.waitForSelector('body[data-ready]');
  await page.click(`.chart-list [data-chart="1"]`);
  await expect(page.locator(`[data-path="figures[${xihu.k}].label.zh"]`)).toHaveValue('西湖改过的名称');
  expect(describeProblems(problems)).toEqual([]);
});

test('opening a text under the name of a report with edits asks first, and keeps them when told to', async ({ page }) => {
  await openEditor(page);
  await paste(page, 'qingshi-2025', COUNTY);
  const county = await rename(page, 0, '全县生产总值');
  await page.click('#reopen');

  // Declined: the edits stay, and the desk is told why nothing opened.
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await paste(page, 'qingshi-2025', COUNTY);
  expect(asked).toContain('qingshi-2025');
  await expect(page.locator('#open-error')).toContainText('已保留');
  expect((await stored(page, 'qingshi-2025')).doc.figures[county.k].label.zh).toBe('全县生产总值');

  // Downloaded edits are safe: the same name then opens without a question.
  await page.click('#recent .recent-open[data-slug="qingshi-2025"]');
  await save(page);
  await page.click('#reopen');
  await expect(page.locator('#recent li').first()).not.toContainText('有未下载的修改');
  page.once('dialog', (d) => { asked = `unexpected: ${d.message()}`; d.dismiss(); });
  await paste(page, 'qingshi-2025', COUNTY);
  await expect(page.locator('#desk')).toBeVisible();
  expect(asked).not.toContain('unexpected');
});

test('a browser that stores nothing says so at once and offers Save', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('editor.html?report=xihu-2024');
  await page.waitForSelector('body[data-ready]');
  const alert = page.locator('#storage-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('无法保存到本浏览器');
  // Save there downloads the document as it is.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#storage-save')]);
  const file = await download.path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).charts.length).toBeGreaterThan(3);
  // Leaving the report with edits that are neither stored nor downloaded asks first.
  await page.click('.chart-list [data-chart="0"]');
  const k = await page.evaluate(() => document.querySelector('[data-path$=".label.zh"]')?.dataset.path);
  await page.fill(`[data-path="${k}"]`, '改过');
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await page.click('#reopen');
  expect(asked).toContain('未能保存');
  await expect(page.locator('#desk')).toBeVisible();
});

// Where the desk is when storage fails: deep in the desk, the page (a phone) or the panes
// (from a tablet up) scrolled far from the bar. The tester found the alert out of view at 360 px.
for (const width of [360, 768, 1280]) {
  test(`storage that fails while the desk edits far down the desk is said in view, as an alert, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 640 ? 740 : 900 });
    await openEditor(page, '?report=xihu-2024');
    const charts = page.locator('.chart-list [data-chart]');
    await charts.last().click();
    await page.locator('#preview .pv-chart').last().scrollIntoViewIfNeeded();
    // The browser's storage fills up now: the next write fails.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const field = page.locator('#figure [data-path$=".label.zh"]').first();
    await field.fill('存不下的名称');
    await field.blur();
    const alert = page.getByRole('alert').filter({ hasText: '无法保存到本浏览器' });
    await expect(alert).toBeVisible();
    await expect(alert).toHaveId('storage-alert');
    // Wholly in the window, and on top: nothing covers its middle or its Save button.
    const box = await alert.boundingBox();
    expect(box.y, 'the alert’s top is in the window').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'the alert’s foot is in the window').toBeLessThanOrEqual(page.viewportSize().height);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const onTop = await page.evaluate(() => {
      const at = (el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return el.contains(hit);
      };
      return [at(document.getElementById('storage-alert')), at(document.getElementById('storage-save'))];
    });
    expect(onTop).toEqual([true, true]);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'tests', 'screenshots', `editor-storage-alert-${width}.png`) });
  });
}

test('edits kept in the editor’s old single slot are moved to their report and resume', async ({ page }) => {
  await openEditor(page);
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  doc.figures[0].label.zh = '旧槽中的修改';
  await page.evaluate((d) => {
    localStorage.clear();
    localStorage.setItem('report-charts:editor', JSON.stringify({ slug: 'xihu-2024', text: '', doc: d, sel: { chart: null, figure: 0 } }));
    localStorage.setItem('report-charts:editor-history', JSON.stringify({ undo: [JSON.stringify({ doc: d, sel: {} })], redo: [] }));
  }, doc);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator('[data-path="figures[0].label.zh"]')).toHaveValue('旧槽中的修改');
  await expect(page.locator('#undo')).toBeEnabled();
  expect(await page.evaluate(() => localStorage.getItem('report-charts:editor'))).toBeNull();
  expect((await stored(page, 'xihu-2024')).doc.figures[0].label.zh).toBe('旧槽中的修改');
});

test('typing is stored once the desk pauses, and at once when the page is left', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.locator('#text .num.charted').first().click();
  const k = (await stored(page)).sel.figure;
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  const before = await field.inputValue();
  // A pause: the typing reaches storage without leaving the field.
  await field.press('End');
  await page.keyboard.type('甲');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe(`${before}甲`);
  // No pause: a reload straight after the keystroke keeps it all the same.
  await page.keyboard.type('乙');
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  expect((await stored(page)).doc.figures[k].label.zh).toBe(`${before}甲乙`);
  await expect(page.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue(`${before}甲乙`);
});
