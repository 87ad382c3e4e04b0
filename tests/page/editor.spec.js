// The editor (issue 12), driven as a desk would: a report's text with no data file is
// drafted in the browser; labels, figures, skips and charts are edited; a value that
// the text does not print is flagged; a broken chart shows its problem, path and error
// box while the others draw; a reload finds everything; undo; the saved file passes the
// native check. The curated file draws the story page's pixels and saves byte for byte.
// What the desk must confirm, and the interface's language: editor-status.spec.js; the
// open form (files from disk, a broken data file, a paste too long): editor-open.spec.js.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems, openStory } = require('./helpers');
const { ROOT, TEXT, DATA, CHECK, stored, openEditor, previewState, allDrawn, save, previewIdle } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

test('a desk drafts a report from its text alone, edits it, and saves a file that check-data passes', async ({ page }) => {
  // A desk's whole evening in one test: 72 s at load 27, past the default 60 s.
  test.setTimeout(180_000);
  const problems = watchProblems(page);
  await openEditor(page);
  await page.setInputFiles('#open-txt', TEXT);
  await page.fill('#open-slug', 'xihu-draft');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  let doc = (await stored(page)).doc;
  expect(doc.figures.length).toBeGreaterThan(50);
  expect(doc.charts.length).toBeGreaterThan(3);
  // The draft appears: every chart draws, every number of the text is marked.
  await allDrawn(page, doc.charts.length);
  expect(await page.locator('#text .num').count()).toBeGreaterThan(100);
  await expect(page.locator('#text .num.charted').first()).toBeVisible();

  // Rename a label: the chart redraws with it.
  // The cards chart with the most figures: one is moved away and two are cut below (the
  // draft groups cards by topic, so the largest holds four: the first stays).
  const sizes = doc.charts.map((c) => (c.kind === 'cards' ? c.figures.length : -1));
  const cards = sizes.indexOf(Math.max(...sizes));
  expect(sizes[cards]).toBeGreaterThanOrEqual(4);
  await page.click(`.chart-list [data-chart="${cards}"]`);
  const firstFid = doc.charts[cards].figures[0];
  const k = doc.figures.findIndex((f) => f.id === firstFid);
  await page.click('#chart-form .fig-row .link >> nth=0');
  const before = await page.locator(`.pv-chart[data-index="${cards}"] canvas`).evaluate((c) => c.toDataURL());
  await page.fill(`[data-path="figures[${k}].label.zh"]`, '改过的名称');
  await expect.poll(async () => (await stored(page)).doc.figures[k].label.zh).toBe('改过的名称');
  await expect.poll(() => page.locator(`.pv-chart[data-index="${cards}"] canvas`).evaluate((c) => c.toDataURL())).not.toBe(before);

  // Add a chart, pressed straight from the label's field: its blur retitles the chart the
  // label is on, and the click is never lost to the chart list laid out again under it.
  // The chart is selected, and starts empty (whatever figure was selected stays out).
  const chartsBefore = (await stored(page)).doc.charts.length;
  await page.click('#add-chart');
  await expect(page.locator(`.chart-list [data-chart="${cards}"]`)).toContainText('改过的名称');
  await expect.poll(async () => (await stored(page)).doc.charts.length).toBe(chartsBefore + 1);
  doc = (await stored(page)).doc;
  const added = doc.charts.length - 1;
  expect(doc.charts[added]).toMatchObject({ kind: 'cards', figures: [] });
  expect((await stored(page)).sel).toEqual({ chart: added, figure: null });
  await expect(page.locator(`.chart-list [data-chart="${added}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`[data-path="charts[${added}].title.zh"]`)).toHaveValue('新图表');
  await expect(page.locator('#figure .hint')).toBeVisible();

  // Move a figure of the cards chart to the new chart.
  await page.click(`.chart-list [data-chart="${cards}"]`);
  const moved = doc.charts[cards].figures[1];
  await page.locator('#chart-form .fig-row >> nth=1').locator('select.move-to').selectOption(String(added));
  doc = (await stored(page)).doc;
  expect(doc.charts[cards].figures).not.toContain(moved);
  expect(doc.charts[added].figures).toEqual([moved]);
  await expect(page.locator(`.pv-chart[data-index="${added}"] canvas`)).toBeVisible();

  // A number nobody has decided on (its figure deleted) is skipped with a reason …
  const cut = async (j) => {
    await page.click(`.chart-list [data-chart="${cards}"]`);
    await page.click(`#chart-form .fig-row .link >> nth=${j}`);
    const fig = (await stored(page)).doc.figures[(await stored(page)).sel.figure];
    await page.click('#figure-form button.danger');
    return fig;
  };
  const skipped = await cut(2);
  const number = String(skipped.value ?? skipped.change.value);
  const undecided = page.locator(`#text .num.undecided`, { hasText: number }).first();
  await expect(undecided).toBeVisible();
  const skipsBefore = (await stored(page)).doc.skips.length;
  await undecided.click();
  await page.selectOption('#skip-reason', 'label');
  await page.click('#skip-number');
  doc = (await stored(page)).doc;
  expect(doc.skips.length).toBe(skipsBefore + 1);
  expect(doc.skips.at(-1)).toEqual({ number, sentence: skipped.source, reason: 'label' });
  await expect(page.locator('#text .num.skipped', { hasText: number }).first()).toBeVisible();
  // … and another is added back as a figure, proposed as the draft reads it.
  const readded = await cut(1);
  const count = (await stored(page)).doc.figures.length;
  await page.locator(`#text .num.undecided`, { hasText: String(readded.value ?? readded.change.value) }).first().click();
  // The proposal comes from the drafter's wasm, loaded on this first use: wait for it.
  await page.click('#add-figure');
  await expect.poll(async () => (await stored(page)).doc.figures.length).toBe(count + 1);
  doc = (await stored(page)).doc;
  const back = doc.figures[(await stored(page)).sel.figure];
  expect(back).toMatchObject({ source: readded.source, unit: readded.unit, section: readded.section, topic: readded.topic });
  await expect(page.locator(`[data-path="figures[${(await stored(page)).sel.figure}].source"]`)).toHaveValue(readded.source);
  // Into a chart again.
  await page.click(`.chart-list [data-chart="${cards}"]`);
  await page.selectOption('#add-to-chart', back.id);
  expect((await stored(page)).doc.charts[cards].figures).toContain(back.id);

  // A value that disagrees with the text is flagged beside its field and in the problems
  // list, in the desk's language; the problems list never says 没有问题 meanwhile.
  await page.click(`.chart-list [data-chart="${cards}"]`);
  await page.click('#chart-form .fig-row .link >> nth=0');
  const value = page.locator(`[data-path="figures[${k}].value"]`);
  const printed = await value.inputValue();
  // One less where it can be (a share of 100% plus one would be out of range too).
  const wrong = String(Number(printed) >= 1 ? Number(printed) - 1 : Number(printed) + 1);
  await value.fill(wrong);
  const flag = page.locator('#figure-form .field-problem.flag');
  await expect(flag).toContainText(wrong);
  await expect(flag).toContainText('与原文不符');
  const listed = page.locator(`#problems .problem[data-at="figures[${k}].value"]`);
  await expect(listed).toContainText(wrong);
  await expect(listed).toContainText('与原文不符');
  await expect(listed).toContainText(`「${doc.figures[k].label.zh}」`);
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  await value.fill(printed);
  await expect(flag).toHaveCount(0);
  await expect(listed).toHaveCount(0);

  // Break a chart: its problem, path and error box; the other charts still draw.
  await page.click(`.chart-list [data-chart="${cards}"]`);
  const titlePath = `charts[${cards}].title.zh`;
  const title = await page.locator(`[data-path="${titlePath}"]`).inputValue();
  await page.fill(`[data-path="${titlePath}"]`, '');
  const problem = page.locator(`#problems .problem[data-at="${titlePath}"]`);
  await expect(problem).toContainText('为空');
  // The box names the chart's field in the desk's words, never the JSON path (s-test24 F8).
  const box = page.locator(`.pv-chart[data-index="${cards}"] .chart-error`);
  await expect(box).toContainText('标题（中文） 为空');
  await expect(box).not.toContainText(titlePath);
  const state = await previewState(page);
  expect(state.broken).toEqual([cards]);
  expect(state.drawn.length).toBe(doc.charts.length - 1);
  await expect(page.locator('#chart-form .field-problem', { hasText: '为空' })).toBeVisible();
  await page.locator('#figure-pane').scrollIntoViewIfNeeded();
  await problem.click();
  await expect(page.locator(`[data-path="${titlePath}"]`)).toBeFocused();
  // Fix it: nothing is wrong but the draft's placeholders (待填写 and its default headline,
  // the desk's to write) and, the new chart being cards, the advice on too many cards
  // that check prints too; the draft is not confirmed, so it is not 没有问题 yet.
  await page.keyboard.type('修好的标题');
  const left = page.locator('#problems .problem').filter({ hasNotText: /占位文字|默认标题/ });
  await expect(left).toHaveCount(1);
  await expect(left).toHaveAttribute('data-at', 'charts');
  await expect(left).toContainText('张是数字卡片');
  await expect(page.locator('#to-confirm')).toContainText('待确认');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  await allDrawn(page, doc.charts.length);

  // Reload: everything as it was (typing is stored once the desk pauses).
  await expect.poll(async () => (await stored(page)).doc.charts[cards].title.zh).toBe('修好的标题');
  const kept = await stored(page);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  expect((await stored(page)).doc).toEqual(kept.doc);
  await expect(page.locator(`[data-path="${titlePath}"]`)).toHaveValue('修好的标题');
  await expect(page.locator('#text .num.skipped', { hasText: number }).first()).toBeVisible();
  // Undo: typing into one field is one step, so the title is as the draft had it; redo
  // brings the new one back.
  await page.click('#undo');
  await expect(page.locator(`[data-path="${titlePath}"]`)).toHaveValue(title);
  await page.click('#redo');
  await expect(page.locator(`[data-path="${titlePath}"]`)).toHaveValue('修好的标题');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator(`[data-path="${titlePath}"]`)).toHaveValue('修好的标题');

  // Save; the native check passes the downloaded file.
  const file = await save(page);
  expect(path.basename(file)).toBe('xihu-draft.json');
  const out = execFileSync(CHECK, ['check', file], { encoding: 'utf8' });
  expect(out).toContain('xihu-draft.json');
  // The editor's one warning besides the placeholders is check's too.
  expect(out).toMatch(/warning: charts: \d+ 张图中有 \d+ 张是数字卡片/);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual((await stored(page)).doc);
  expect(describeProblems(problems)).toEqual([]);
});

test('a report never seen before, pasted in, drafts, draws and saves a file that builds', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  const text = fs.readFileSync(path.join(ROOT, 'tests', 'reports', 'qingshan-county-2024.txt'), 'utf8');
  await page.fill('#open-text', text);
  await page.fill('#open-slug', 'qingshan-county-2024');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  const doc = (await stored(page)).doc;
  expect(doc.charts.length).toBeGreaterThan(0);
  await allDrawn(page, doc.charts.length);
  // What the draft could not read from the text is left to the desk, and listed: nothing else.
  await expect(page.locator('#problems .problem').filter({ hasNotText: '待填写' })).toHaveCount(0);
  await expect(page.locator('#to-confirm')).toHaveText(/^\d+ 个数字/);
  // In English and dark, at phone width, the charts still draw.
  await page.check('input[name="pv-lang"][value="en"]');
  await page.check('input[name="pv-theme"][value="dark"]');
  await page.check('input[name="pv-width"][value="phone"]');
  await allDrawn(page, doc.charts.length);
  expect(await page.locator('.pv-canvas').first().evaluate((c) => c.width / window.devicePixelRatio)).toBe(360);
  const file = await save(page);
  // The saved file builds into a page: it validates, and resolves into the charts files.
  execFileSync(CHECK, ['check', file], { encoding: 'utf8' });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-resolve-'));
  execFileSync(CHECK, ['resolve', file, out], { encoding: 'utf8' });
  expect(fs.readdirSync(out)).toContain('charts.zh.bin');
  expect(describeProblems(problems)).toEqual([]);
});

test("the curated report draws the story page's pixels and saves byte for byte", async ({ page, browser }) => {
  const problems = watchProblems(page);
  await openEditor(page, '?report=xihu-2024');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  await allDrawn(page, doc.charts.length);
  await expect(page.locator('#problems .ok')).toBeVisible();
  await expect(page.locator('#text .num.undecided')).toHaveCount(0);
  const ids = doc.charts.map((c) => c.id);
  // The canvases' PNGs, by hash: a mismatch is a short diff.
  const pixels = async (p) => (await p.evaluate((list) => list.map((id) => document.querySelector(`figure[data-chart="${id}"] canvas`).toDataURL()), ids))
    .map((url, i) => `${ids[i]} ${crypto.createHash('sha256').update(url).digest('hex')}`);
  // Every chart, in Chinese and light, then in English and dark, against the story page
  // of that language in that colour scheme at 1280 px (an 848 px column): the preview at
  // the desktop's full size.
  await page.check('input[name="pv-width"][value="full"]');
  for (const [lang, theme, query] of [['zh', 'light', ''], ['en', 'dark', 'en/']]) {
    await page.check(`input[name="pv-lang"][value="${lang}"]`);
    await page.check(`input[name="pv-theme"][value="${theme}"]`);
    await previewIdle(page);
    await allDrawn(page, doc.charts.length);
    const editor = await pixels(page);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, reducedMotion: 'reduce' });
    const story = await context.newPage();
    await openStory(story, query);
    for (const id of ids) {
      await story.locator(`figure[data-chart="${id}"]`).scrollIntoViewIfNeeded();
      await story.waitForFunction((i) => document.querySelector(`figure[data-chart="${i}"]`).classList.contains('drawn'), id);
    }
    const widths = await story.evaluate((list) => list.map((id) => document.querySelector(`figure[data-chart="${id}"] canvas`).clientWidth), ids);
    expect(widths).toEqual(ids.map(() => 848));
    expect(await pixels(story)).toEqual(editor);
    await context.close();
  }

  const file = await save(page);
  expect(fs.readFileSync(file)).toEqual(fs.readFileSync(DATA));
  expect(describeProblems(problems)).toEqual([]);
});

test('a charted number selects its figure and chart; the editor speaks English on request', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  // One Tab stop for the text; the arrows step from number to number.
  await page.locator('#text .num').first().focus();
  expect(await page.locator('#text .num[tabindex="0"]').count()).toBe(1);
  const charted = await page.locator('#text .num').evaluateAll((ns) => ns.findIndex((b) => b.classList.contains('charted')));
  for (let i = 0; i < charted; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#text .num').nth(charted)).toBeFocused();
  await page.keyboard.press('Enter');
  const k = Number((await stored(page)).sel.figure);
  const fid = doc.figures[k].id;
  await expect(page.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue(doc.figures[k].label.zh);
  const chart = doc.charts.findIndex((c) => c.figures.includes(fid));
  await expect(page.locator(`.chart-list [data-chart="${chart}"]`)).toHaveAttribute('aria-pressed', 'true');
  // A click on a bar of the preview selects that bar's figure.
  const growth = doc.charts.findIndex((c) => c.kind === 'growth');
  const canvas = page.locator(`.pv-chart[data-index="${growth}"] canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const picked = [];
  for (const y of [0.3, 0.45, 0.6, 0.75]) {
    await canvas.click({ position: { x: box.width * 0.3, y: box.height * y } });
    picked.push((await stored(page)).sel);
  }
  expect(picked.every((s) => s.chart === growth)).toBe(true);
  const ids = picked.map((s) => doc.figures[s.figure]?.id);
  expect(ids.filter((id) => doc.charts[growth].figures.includes(id)).length).toBeGreaterThan(1);
  await expect(page.locator('#status')).toHaveText('已打开 xihu-2024');
  // Moving a figure down by keyboard keeps the focus on its button, now one row lower.
  const row = page.locator('#chart-form .fig-row').nth(0);
  const fid0 = doc.charts[growth].figures[0];
  await row.locator('button', { hasText: '↓' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page)).doc.charts[growth].figures[1]).toBe(fid0);
  await expect(page.locator('#chart-form .fig-row').nth(1).locator('button', { hasText: '↓' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(page)).doc.charts[growth].figures[0]).toBe(fid0);
  // The move and its undo were edits: what the status line said of the file as opened is
  // stale, and it says nothing until the next event (tester s10, finding 15).
  await expect(page.locator('#status')).toHaveText('');
  await page.click('#ui-lang');
  await expect(page.locator('h1')).toHaveText('Chart editor');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await expect(page.locator('h1')).toHaveText('Chart editor');
  await page.click('#ui-lang');
  await expect(page.locator('h1')).toHaveText('图表编辑器');
});

test('the story page and the embeds never load the editor', async ({ page }) => {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await openStory(page);
  const first = JSON.parse(fs.readFileSync(DATA, 'utf8')).charts[0].id;
  await page.goto('embed.html?chart=' + first);
  // The old address redirects to the chart's own embed page: wait for it to load, so
  // that the redirect cannot interrupt the next navigation.
  await page.waitForURL(new RegExp(`/embed/${first}\\.html`));
  expect(urls.filter((u) => /editor/.test(u))).toEqual([]);
  // … and the editor loads its own wasm only: none of the reader's glue, wasm or charts files.
  urls.length = 0;
  await openEditor(page, '?report=xihu-2024');
  const paths = urls.map((u) => new URL(u).pathname);
  expect(paths.filter((p) => /report_charts_bg|charts\.(zh|en)\.bin|app\.|charts\.js/.test(p))).toEqual([]);
  expect(paths).toContain('/pkg/report_charts_editor_bg.wasm');
});

test("a problem of the report's own texts opens their pane and focuses the field", async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('#meta-h');
  await page.fill('[data-path="meta.publication.zh"]', '');
  const problem = page.locator('#problems .problem[data-at="meta.publication.zh"]');
  await expect(problem).toContainText('为空');
  await page.click('#meta-h');
  await problem.click();
  await expect(page.locator('[data-path="meta.publication.zh"]')).toBeFocused();
  await page.keyboard.type('南昌日报');
  await expect(page.locator('#problems .ok')).toBeVisible();
  // Opening and saving again gives the same bytes.
  const file = await save(page);
  expect(fs.readFileSync(file)).toEqual(fs.readFileSync(DATA));
});
