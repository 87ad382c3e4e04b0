// The undo history of large reports (issue 21 §2, the tester's finding 9): two provincial
// reports edited one after the other keep every undo step across a reload, because a
// step is stored as what it changed, not as the whole report; and when storage is full
// all the same, the editor says how many steps it kept and offers Save, never silently.
// The corpus stays outside the repository (../shared/corpus, or $CORPUS); without it
// the first test is skipped.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, stored, openEditor } = require('./editor-helpers');

const CORPUS = path.resolve(ROOT, process.env.CORPUS || path.join('..', 'shared', 'corpus'), 'gzbg-2026');
const LARGE = ['hainan', 'shandong'];
const STEPS = 24;

test.use({ viewport: { width: 1280, height: 900 } });

/** Report `slug`'s stored undo history. */
const history = (page, slug) => page.evaluate((s) => JSON.parse(localStorage.getItem(`report-charts:editor:history:${s}`)), slug);

/** How many figures of the open report are still to confirm. */
const drafts = async (page) => (await stored(page)).doc.figures.filter((f) => f.draft).length;

async function paste(page, slug) {
  await page.fill('#open-text', fs.readFileSync(path.join(CORPUS, `${slug}.txt`), 'utf8'));
  await page.fill('#open-slug', slug);
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible({ timeout: 90_000 });
}

/** Confirms the next `n` figures to confirm, one by one: `n` undo steps. */
async function confirm(page, n) {
  for (let i = 0; i < n; i += 1) {
    await page.click('#next-to-confirm');
    await page.click('#confirm-figure');
    await expect(page.locator('#confirm-figure')).toHaveCount(0);
  }
}

test('two large reports keep every undo step across a reload, and the first one its own', async ({ page }) => {
  test.skip(!LARGE.every((s) => fs.existsSync(path.join(CORPUS, `${s}.txt`))), `${CORPUS} is absent`);
  test.setTimeout(600_000);
  const problems = watchProblems(page);
  await openEditor(page);
  const before = {};
  for (const slug of LARGE) {
    if (slug !== LARGE[0]) await page.click('#reopen');
    await paste(page, slug);
    before[slug] = await drafts(page);
    await confirm(page, STEPS);
    await expect.poll(async () => (await history(page, slug))?.undo?.length).toBe(STEPS);
  }
  await expect(page.locator('#storage-alert')).toBeHidden();
  // Both histories whole, and small beside the reports they undo.
  const sizes = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k).length])));
  for (const slug of LARGE) {
    expect((await history(page, slug)).undo).toHaveLength(STEPS);
    expect(sizes[`report-charts:editor:history:${slug}`]).toBeLessThan(sizes[`report-charts:editor:report:${slug}`] / 4);
  }
  console.log(`stored (chars): ${JSON.stringify(sizes)}`);

  // After a reload, the second report undoes every step, back to its draft.
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  expect(await drafts(page)).toBe(before[LARGE[1]] - STEPS);
  for (let i = 0; i < STEPS; i += 1) await page.click('#undo');
  await expect(page.locator('#undo')).toBeDisabled();
  await expect.poll(() => drafts(page)).toBe(before[LARGE[1]]);
  // Redo brings them back.
  for (let i = 0; i < STEPS; i += 1) await page.click('#redo');
  await expect(page.locator('#redo')).toBeDisabled();
  await expect.poll(() => drafts(page)).toBe(before[LARGE[1]] - STEPS);

  // The first report, reopened from 最近的报告, undoes its own steps.
  await page.click('#reopen');
  await page.click(`#recent .recent-open[data-slug="${LARGE[0]}"]`);
  await expect(page.locator('#desk')).toBeVisible();
  expect(await drafts(page)).toBe(before[LARGE[0]] - STEPS);
  for (let i = 0; i < STEPS; i += 1) await page.click('#undo');
  await expect(page.locator('#undo')).toBeDisabled();
  await expect.poll(() => drafts(page)).toBe(before[LARGE[0]]);
  expect(describeProblems(problems)).toEqual([]);
});

test('when storage holds fewer undo steps than were made, the editor says how many and offers Save', async ({ page }) => {
  // A storage nearly full: the report's state fits, a history of more than a few steps does not.
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key, value) {
      if (String(key).includes(':history:') && String(value).length > 2500) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  await openEditor(page, '?report=xihu-2024');
  await page.click('.chart-list [data-chart="1"]');
  const alert = page.locator('#storage-alert');
  for (let i = 0; i < 12 && await alert.isHidden(); i += 1) {
    await page.click(i % 2 ? '#chart-form .row-tools button >> nth=0' : '#chart-form .row-tools button >> nth=1');
  }
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/撤销记录只存下了最近 \d+ 步（共 \d+ 步）/);
  const text = await alert.textContent();
  const [, kept, of] = text.match(/最近 (\d+) 步（共 (\d+) 步）/).map(Number);
  expect(kept).toBeLessThan(of);
  expect((await history(page, 'xihu-2024')).undo.length).toBe(kept);
  // Save is there, and downloads the report as it is.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#storage-save')]);
  expect(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).charts.length).toBeGreaterThan(3);
  // In the other language too.
  await page.click('#ui-lang');
  await expect(alert).toContainText(/only the last \d+ of \d+ undo steps are stored/);
});

test('a history an older editor stored as whole snapshots still undoes, and is stored again as patches', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('report-charts:editor:report:xihu-2024'));
    const older = JSON.parse(JSON.stringify(saved.doc));
    older.figures[0].label.zh = '旧编辑器的名称';
    localStorage.setItem('report-charts:editor:history:xihu-2024', JSON.stringify({
      undo: [JSON.stringify({ doc: older, sel: { chart: null, figure: 0 } })], redo: [],
    }));
  });
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  const kept = await history(page, 'xihu-2024');
  expect(kept.v).toBe(2);
  expect(kept.undo).toHaveLength(1);
  expect(JSON.stringify(kept.undo[0]).length).toBeLessThan(300);
  await page.click('#undo');
  await expect(page.locator('[data-path="figures[0].label.zh"]')).toHaveValue('旧编辑器的名称');
  await page.click('#redo');
  await expect.poll(async () => (await stored(page)).doc.figures[0].label.zh).not.toBe('旧编辑器的名称');
});
