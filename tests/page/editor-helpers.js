// What the editor's page tests share: a short report text of our own, opening the editor
// on a clean storage, the document it keeps, the preview's state, and saving.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('@playwright/test');
const { canvases } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');
const TEXT = path.join(ROOT, 'data', 'xihu-2024.txt');
const DATA = path.join(ROOT, 'data', 'xihu-2024.json');
const CHECK = path.join(ROOT, 'target', 'debug', 'report-charts');

// A county communiqué of our own, in the register of a 统计公报: the draft writes its
// Chinese, and no English.
const COUNTY = [
  '青石县2025年国民经济和社会发展统计公报',
  '一、综合',
  '全年全县地区生产总值312.6亿元，比上年增长5.8%。其中，第一产业增加值41.2亿元，增长3.1%；第二产业增加值120.5亿元，增长6.9%。',
  '二、农业',
  '全年粮食总产量28.4万吨，比上年增长1.2%。',
].join('\n');

/** What the editor keeps in localStorage of report `slug` (default: the one open now). */
const stored = (page, slug = null) => page.evaluate((s) => {
  const current = s || JSON.parse(localStorage.getItem('report-charts:editor:current'));
  return JSON.parse(localStorage.getItem(`report-charts:editor:report:${current}`));
}, slug);

/** Opens `editor.html` + `query` on a clean storage and waits for its wasm. */
async function openEditor(page, query = '') {
  await page.goto('editor.html');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`editor.html${query}`);
  await page.waitForSelector('body[data-ready]');
}

/**
 * Pastes `text` into the open form under the name `slug` and starts: the draft is made off
 * the page's thread, so this waits until the report opened, or was refused with a reason.
 */
async function paste(page, slug, text) {
  await page.fill('#open-text', text);
  await page.fill('#open-slug', slug);
  await page.click('#open-go');
  await expect(page.locator('#desk:not([hidden]), #open-error:not([hidden])').first()).toBeVisible();
}

/** The preview's charts: drawn (with ink) or an error box. */
async function previewState(page) {
  const drawn = (await canvases(page)).filter((c) => !c.hidden && c.ink > 0.01).map((c) => c.id);
  const broken = await page.locator('.pv-chart:has(.chart-error)').evaluateAll((fs) => fs.map((f) => Number(f.dataset.index)));
  return { drawn, broken };
}

/**
 * Waits until the preview has drawn `count` charts. The charts out of view are drawn one
 * an idle moment; on a slow machine (STRESS_TIMERS=600) twelve take longer than a poll's
 * default 5 s.
 */
async function allDrawn(page, count) {
  await expect.poll(async () => (await previewState(page)).drawn.length, { timeout: 30_000 }).toBe(count);
}

/** Waits until the preview has every chart drawn again (aria-busy false), as allDrawn. */
async function previewIdle(page) {
  await expect(page.locator('#preview')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/** Saves and returns the downloaded file's path. */
async function save(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Writes the desk's own text into every field that still holds a placeholder of the draft,
 * as a desk does: each problem clicked opens its field, which is then filled. The texts
 * hold no number (a number in a title must be a figure of its chart). The draft's default
 * headline (2025年报告图解) is one too, unless `opts.title` is false.
 */
async function fillPlaceholders(page, text = '本报', opts = {}) {
  const which = opts.title === false ? /占位文字|placeholder/ : /占位文字|placeholder|默认标题|draft's default/;
  const placeholder = page.locator('#problems button.problem').filter({ hasText: which });
  for (let left = await placeholder.count(); left > 0; left = await placeholder.count()) {
    const at = await placeholder.first().getAttribute('data-at');
    await placeholder.first().click();
    await page.locator(`[data-path="${at}"]`).fill(at.startsWith('meta.source_line') ? `来源：${text}` : text);
    await expect(page.locator(`#problems button.problem[data-at="${at}"]`)).toHaveCount(0);
  }
}

/** The problems listed at `at`. */
const listed = (page, at) => page.locator(`#problems button.problem[data-at="${at}"]`);

/** Figure `k` relabelled `now` in Chinese, as the desk types it and leaves the field. */
async function relabel(page, k, now) {
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await field.fill(now);
  await field.press('Tab');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe(now);
}

module.exports = { ROOT, TEXT, DATA, CHECK, COUNTY, stored, openEditor, paste, previewState, allDrawn, previewIdle, save, fillPlaceholders, listed, relabel };
