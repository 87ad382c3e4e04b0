// What a title was written for (issue 18 §4, C4 follow-up): the editor remembers and
// forgets a chart's `title_for` by the check's own rule, which it asks of its wasm
// (www/editor-retitle.js, src/check/validate/title_for.rs). The table of cases that the
// native test reads (tests/truth/title-for-cases.json), run through the editor's script,
// and a desk that relabels, has the title rewritten longer, relabels again and reloads:
// 发布 is not refused for a title that no longer names the old label. Short texts of our
// own, with figures of no real place.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, stored, openEditor, paste, fillPlaceholders, listed, relabel } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const CASES = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'truth', 'title-for-cases.json'), 'utf8')).cases;

test('each case of the table is remembered and forgotten by the editor’s script as the check names it', async ({ page }) => {
  // The editor's script as written (www/) and its wasm's glue as built, served beside the page.
  const served = { 'editor-retitle.js': path.join(ROOT, 'www', 'editor-retitle.js'),
    'pkg/report_charts_editor.js': path.join(ROOT, 'target', 'www', 'pkg', 'report_charts_editor.js') };
  await page.route('**/t/**', (route) => {
    const file = served[new URL(route.request().url()).pathname.replace(/^\/t\//, '')];
    return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(file, 'utf8') });
  });
  await page.goto('editor.html');
  const said = await page.evaluate(async (cases) => {
    const glue = await import('/t/pkg/report_charts_editor.js');
    await glue.default({ module_or_path: '/pkg/report_charts_editor_bg.wasm' });
    const { retitled, unfigure } = await import('/t/editor-retitle.js');
    return cases.map((c) => {
      const figures = c.labels.map((l, i) => ({ id: `f${i}`, label: { [c.lang]: l } }));
      const chart = () => ({ figures: [...figures.map((f) => f.id), 'x'], title: { [c.lang]: c.title } });
      // A title just written, the chart remembering `old` for figure x, labelled otherwise now.
      const written = { figures: [...figures, { id: 'x', label: { [c.lang]: `${c.old}·` } }], charts: [chart()] };
      written.charts[0].title_for = { x: { [c.lang]: c.old } };
      retitled(written, written.charts[0], c.lang);
      // Figure x, labelled `old`, deleted.
      const deleted = { figures, charts: [chart()] };
      unfigure(deleted, { id: 'x', label: { [c.lang]: c.old } });
      return [c.why, Boolean(written.charts[0].title_for), Boolean(deleted.charts[0].title_for)];
    });
  }, CASES);
  expect(said).toEqual(CASES.map((c) => [c.why, c.names, c.names]));
});

// A county's year: the desk shortens the investment's label to 投资, has the title
// rewritten, then lengthens it to 工业投资 (the title now names 投资 only inside it) and
// has the title rewritten longer, then counts it: 工业投资额.
const TEXT = '南川县2025年经济运行情况\n'
  + '2025年，全县固定资产投资128.6亿元，增长8.5%。一般公共预算收入36.2亿元，增长3.4%。\n';

test('a title rewritten longer forgets the label it no longer names, and 发布 is not refused after a reload', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'nanchuan-2025', TEXT);
  // The draft's placeholders are listed once the desk's first review is in.
  await expect(page.locator('#problems button.problem', { hasText: '占位文字' }).first()).toBeVisible();
  await fillPlaceholders(page);
  await page.click('#confirm-all');
  await expect.poll(async () => (await stored(page)).doc.figures.some((f) => f.draft)).toBe(false);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.value === 128.6);
  const fid = doc.figures[k].id;
  const i = doc.charts.findIndex((c) => c.figures.includes(fid));
  expect(i, JSON.stringify(doc.charts)).toBeGreaterThanOrEqual(0);
  const at = `charts[${i}].title.zh`;
  const fix = page.locator('#problems li', { has: page.locator(`button.problem[data-at="${at}"]`) }).locator('button.retitle');
  await page.locator('#text .num', { hasText: /^128\.6$/ }).first().click();

  for (const now of ['投资', '工业投资']) {
    await relabel(page, k, now);
    await expect(listed(page, at)).toContainText('标题还写着');
    await fix.click();
    await expect(listed(page, at)).toHaveCount(0);
    const chart = (await stored(page)).doc.charts[i];
    expect(chart.title.zh).toContain(now);
    // Rewritten from the figure: 投资 stands in the title only inside 工业投资, which the
    // check does not read as 投资, and the chart remembers nothing.
    expect(chart.title_for).toBeUndefined();
  }
  // Counted: the title names 工业投资, which 工业投资额 begins with. It is remembered, and right.
  await relabel(page, k, '工业投资额');
  expect((await stored(page)).doc.charts[i].title_for).toEqual({ [fid]: { zh: '工业投资' } });

  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator('#problems li.ok, #problems li.pending').first()).toBeVisible();
  await expect(listed(page, at)).toHaveCount(0);
  page.on('dialog', (d) => d.dismiss());
  await page.click('#publish');
  await expect(page.locator('#status')).toHaveText(/未发布|已发布/, { timeout: 30_000 });
  expect(describeProblems(problems)).toEqual([]);
});
