// The editor's honest status (issues 18 §4 and 21 §3), driven as a desk would: what the
// draft wrote is counted until the desk confirms it, and 没有问题 appears only then; every
// problem, flag, kind and status in the interface's language, ids behind 高级; selection
// that follows the desk; axe at 1280 and 768 px in both languages.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, DATA, CHECK, stored, openEditor, save, fillPlaceholders } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

test('a pasted report with targets has its drafted figures to confirm, and says 没有问题 only once all are', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await page.fill('#open-text', fs.readFileSync(path.join(ROOT, 'tests', 'reports', 'songlin-county-2025-plan.txt'), 'utf8'));
  await page.fill('#open-slug', 'songlin');
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  const doc = (await stored(page)).doc;
  const drafted = doc.figures.filter((f) => f.draft).length;
  expect(drafted).toBe(doc.figures.length);
  expect(drafted).toBeGreaterThan(5);
  await expect(page.locator('#to-confirm')).toHaveText(new RegExp(`^${drafted} 个数字`));
  // The status line says what is left as it is now, not what was true when drafted.
  await expect(page.locator('#status')).toHaveText(new RegExp(`^已从原文起草：${drafted} 个数字`));
  // The draft's placeholders (待填写) are problems: the desk writes them first.
  await expect(page.locator('#problems .pending')).toHaveCount(0);
  await fillPlaceholders(page);
  await expect(page.locator('#problems .pending')).toContainText('待确认');
  // The count stays in view wherever the desk scrolls to, at a desktop's width and a tablet's.
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator('#preview .pv-chart').last().scrollIntoViewIfNeeded();
    await expect(page.locator('#to-confirm'), `${width} px`).toBeInViewport();
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('没有问题');
  // One figure, reached from the count: confirming it is an edit that undo takes back.
  await page.click('#next-to-confirm');
  const k = (await stored(page)).sel.figure;
  await expect(page.locator('#figure-form .draft-note')).toBeVisible();
  await page.click('#confirm-figure');
  expect((await stored(page)).doc.figures[k].draft).toBeUndefined();
  await expect(page.locator('#to-confirm')).toHaveText(new RegExp(`^${drafted - 1} 个数字`));
  await expect(page.locator('#status')).toHaveText(new RegExp(`^已从原文起草：${drafted - 1} 个数字`));
  await page.click('#undo');
  expect((await stored(page)).doc.figures[k].draft).toBe(true);
  await page.click('#redo');
  // A chart, with the figures it draws.
  await page.click('.chart-list [data-chart="0"]');
  await page.click('#confirm-chart');
  const after = (await stored(page)).doc;
  expect(after.charts[0].draft).toBeUndefined();
  expect(after.figures.filter((f) => after.charts[0].figures.includes(f.id) && f.draft)).toEqual([]);
  await expect(page.locator('body')).not.toContainText('没有问题');
  // All at once: nothing left, and only now 没有问题.
  await page.click('#confirm-all');
  await expect(page.locator('#confirm .confirmed')).toHaveText('全部数字已确认');
  await expect(page.locator('#problems .ok')).toHaveText('没有问题：可以发布。');
  const file = await save(page);
  expect(fs.readFileSync(file, 'utf8')).not.toContain('"draft"');
  expect(execFileSync(CHECK, ['check', file], { encoding: 'utf8' })).not.toContain('待确认');
  expect(describeProblems(problems)).toEqual([]);
});

test('a value changed from its sentence is flagged, and so is a title that still states the old number', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toHaveText('没有问题：可以发布。');
  await expect(page.locator('#confirm .confirmed')).toHaveText('全部数字已确认');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  const k = doc.figures.findIndex((f) => f.id === 'gdp');
  const i = doc.charts.findIndex((c) => c.figures.includes('gdp') && c.title.zh.includes(String(doc.figures[k].value)));
  expect(i).toBeGreaterThanOrEqual(0);
  await page.locator('#text .num.charted', { hasText: String(doc.figures[k].value) }).first().click();
  await page.fill(`[data-path="figures[${k}].value"]`, '801');
  // Beside the field and in the list, in Chinese; the title that says 800 is listed too.
  await expect(page.locator('#figure-form .field-problem.flag')).toContainText('数值 801 不是原句中的数字');
  await expect(page.locator(`#problems .problem[data-at="figures[${k}].value"]`)).toContainText('与原文不符');
  await expect(page.locator(`#problems .problem[data-at="charts[${i}].title.zh"]`)).toContainText(`标题中的 ${doc.figures[k].value}`);
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  // Undone, all is as it was.
  await page.click('#undo');
  await expect(page.locator('#problems .ok')).toBeVisible();
});

test('a label typed anew leaves a title that still names the old label flagged, though the typing is read off the page', async ({ page }) => {
  // Typing is read by the worker's desk, made at the first keystroke: it reads the file as
  // the page's desk last read it first, so it knows the label the title still names.
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toHaveText('没有问题：可以发布。');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  const i = doc.charts.findIndex((c) => c.id === 'housing-renewal');
  const k = doc.figures.findIndex((f) => f.id === doc.charts[i].accent);
  const old = doc.figures[k].label.zh;
  expect(doc.charts[i].title.zh).toContain(old);
  // The chart's form, then its titled figure's.
  await page.click(`.chart-list [data-chart="${i}"]`);
  await page.click(`#chart-form .fig-row .link >> nth=${doc.charts[i].figures.indexOf(doc.charts[i].accent)}`);
  const field = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially('老旧小区改造受益居民', { delay: 30 });
  await expect(page.locator(`#problems .problem[data-at="charts[${i}].title.zh"]`)).toContainText(`“${old}”`);
  await expect(page.locator('#problems .ok')).toHaveCount(0);
});

test('each problem reaches the very field it names: its path comes as steps, and a click focuses that field', async ({ page }) => {
  // The problems' paths cross the wasm edge as steps (["figures",3,"value"]); the page
  // names a field by them (data-path, data-at) and never parses a path back.
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toBeVisible();
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  const k = doc.figures.findIndex((f) => f.id === 'gdp');
  await page.locator('#text .num.charted', { hasText: String(doc.figures[k].value) }).first().click();
  // A figure's value and the chart title that states it; a section's short name; the
  // report's own source line: three panes, and a list of problems across them.
  await page.fill(`[data-path="figures[${k}].value"]`, '801');
  await page.click('#meta-h');
  await page.fill('[data-path="meta.source_line.zh"]', '来源：待填写');
  await page.fill('[data-path="sections[0].short.zh"]', '');
  await page.click('#meta-h');
  const listed = page.locator('#problems button.problem');
  await expect(listed).toHaveCount(4);
  const named = await listed.evaluateAll((bs) => bs.map((b) => b.dataset.at));
  expect(named).toEqual(expect.arrayContaining([`figures[${k}].value`, 'meta.source_line.zh', 'sections[0].short.zh']));
  expect(named.filter((at) => /^charts\[\d+\]\.title\.zh$/.test(at))).toHaveLength(1);
  for (const at of named) {
    await page.locator(`#problems button.problem[data-at="${at}"]`).click();
    // The field itself, not the nearest one above it: the steps named it whole.
    await expect(page.locator(`.edit-pane [data-path="${at}"]`), at).toBeFocused();
  }
});

test('a label typed empty, or a title typed with a number that is no figure of its chart, is in the list and beside its field', async ({ page }) => {
  // Typing sends the desk the item typed into, not the whole file (www/editor-update.js):
  // the list and the flags must still say what the whole file says, key by key.
  await openEditor(page, '?report=xihu-2024');
  await expect(page.locator('#problems .ok')).toBeVisible();
  await page.locator('#text .num.charted').first().click();
  const { figure: k, chart: i } = (await stored(page)).sel;
  const label = page.locator(`[data-path="figures[${k}].label.zh"]`);
  const was = await label.inputValue();
  await label.focus();
  await label.press('End');
  for (let n = 0; n < was.length; n += 1) await label.press('Backspace');
  await expect(page.locator(`#problems .problem[data-at="figures[${k}].label.zh"]`)).toBeVisible();
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  const flag = page.locator(`#${await label.getAttribute('aria-describedby')}`);
  await expect(flag).toBeVisible();
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  // Typed back, one character at a time: nothing is left.
  await label.pressSequentially(was);
  await expect(page.locator('#problems .ok')).toBeVisible();
  await expect(label).not.toHaveAttribute('aria-invalid', 'true');
  // The chart's title, typed into: a number no figure of the chart has.
  const title = page.locator(`[data-path="charts[${i}].title.zh"]`);
  await title.focus();
  await title.press('End');
  await title.pressSequentially('98765亿元');
  await expect(page.locator(`#problems .problem[data-at="charts[${i}].title.zh"]`)).toContainText('98765');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await title.getAttribute('aria-describedby')}`)).toContainText('98765');
  // Left and saved, the file says the same as the list: check-data finds the same problem.
  const file = await save(page);
  expect(() => execFileSync(CHECK, ['check', file], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/98765/);
});

test('the Chinese interface speaks Chinese: kinds in words, ids behind 高级, a legend of counts, selection that follows', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  // The legend counts the numbers of each colour; no sample number.
  const nums = await page.locator('#text .num').evaluateAll((ns) => ns.map((n) => n.classList[1]));
  for (const status of ['charted', 'figure', 'skipped', 'undecided']) {
    await expect(page.locator(`#legend .key.${status}`)).toHaveText(String(nums.filter((n) => n === status).length));
  }
  // Choosing a chart shows its figures: the figure form moves to the chart's accent (or first).
  const i = doc.charts.findIndex((c, n) => n > 0 && c.figures.length > 1);
  await page.locator('#text .num.charted').first().click();
  await page.click(`.chart-list [data-chart="${i}"]`);
  const fid = doc.charts[i].accent || doc.charts[i].figures[0];
  const k = doc.figures.findIndex((f) => f.id === fid);
  await expect(page.locator(`[data-path="figures[${k}].label.zh"]`)).toHaveValue(doc.figures[k].label.zh);
  // Kinds and change kinds in Chinese; the list of charts names kinds in words, not file names.
  const texts = (sel) => page.locator(sel).evaluateAll((os) => os.map((o) => o.textContent));
  for (const sel of [`[data-path="charts[${i}].kind"] option`, `[data-path="figures[${k}].kind"] option`, `[data-path="figures[${k}].change.kind"] option`, '.chart-list button']) {
    const words = await texts(sel);
    expect(words.filter((t) => /[a-z]{3,}/.test(t)), sel).toEqual([]);
  }
  expect(await texts(`[data-path="figures[${k}].change.kind"] option`)).toEqual(expect.arrayContaining(['增长', '下降']));
  // Ids only behind 高级.
  await expect(page.locator(`[data-path="figures[${k}].id"]`)).toBeHidden();
  await expect(page.locator(`[data-path="charts[${i}].id"]`)).toBeHidden();
  await page.locator('#figure-form details.advanced summary').click();
  await expect(page.locator(`[data-path="figures[${k}].id"]`)).toHaveValue(fid);
  expect(await page.locator('#chart-form .fig-row button[aria-label]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')).filter((l) => /[a-z]+-[a-z]+/.test(l)))).toEqual([]);
  // Add to this chart: each figure by its value and its sentence.
  const free = doc.figures.find((f) => !doc.charts[i].figures.includes(f.id) && f.value !== undefined);
  const option = page.locator(`#add-to-chart option[value="${free.id}"]`);
  await expect(option).toContainText(`${free.value}${free.unit.zh}`);
  await expect(option).toContainText(free.source.slice(0, 10));
});

test('the English interface names a problem\'s place in English, and its kinds and statuses in English words', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('#ui-lang');
  await page.locator('#text .num.charted').first().click();
  const k = (await stored(page)).sel.figure;
  await page.fill(`[data-path="figures[${k}].value"]`, '123456');
  const place = page.locator(`#problems .problem[data-at="figures[${k}].value"] strong`);
  await expect(place).toHaveText(/^Figure “.+” Value$/);
  await expect(page.locator('#problems')).not.toContainText('「');
  await expect(page.locator('#figure-form .field-problem.flag')).toContainText('123456');
  const texts = (sel) => page.locator(sel).evaluateAll((os) => os.map((o) => o.textContent));
  for (const sel of [`[data-path="figures[${k}].kind"] option`, `[data-path="figures[${k}].status"] option`, `[data-path="figures[${k}].change.kind"] option`]) {
    expect((await texts(sel)).filter((t) => /[\u4e00-\u9fff]/.test(t)), sel).toEqual([]);
  }
});

test('the English interface prints the lists\' values in English units, and every option and flag in English', async ({ page }) => {
  await openEditor(page, '?report=xihu-2024');
  await page.click('#ui-lang');
  const doc = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  await page.locator('#text .num.charted').first().click();
  const { figure: k, chart: i } = (await stored(page)).sel;
  const han = /[\u4e00-\u9fff]/;
  const texts = (sel) => page.locator(sel).evaluateAll((os) => os.map((o) => o.textContent));
  // The chart's figures by English label and value, in English units (80 billion yuan, not 800亿元).
  const rows = await texts('#chart-form .fig-row button.link');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((t) => han.test(t))).toEqual([]);
  // Add to this chart: the value in English; only the sentence quoted from the text is Chinese.
  const free = doc.figures.find((f) => !doc.charts[i].figures.includes(f.id) && f.value !== undefined && /亿|万/.test(f.unit.zh));
  const [named] = (await texts(`#add-to-chart option[value="${free.id}"]`))[0].split(' · ');
  expect(named).toContain(` ${free.unit.en}`);
  expect(han.test(named), named).toBe(false);
  // Every choice of the forms, the chart list and the legend in English.
  const lists = ['.chart-list button', '#legend', `[data-path="charts[${i}].kind"] option`, `[data-path="charts[${i}].accent"] option`,
    `[data-path="figures[${k}].kind"] option`, `[data-path="figures[${k}].status"] option`,
    `[data-path="figures[${k}].change.kind"] option`, `[data-path="figures[${k}].section"] option`, '.move-to option'];
  for (const sel of lists) expect((await texts(sel)).filter((t) => han.test(t)), sel).toEqual([]);
  // A qualifier in English words, then the Chinese it is printed as: 'passed (突破)'.
  const qualifiers = await texts(`[data-path="figures[${k}].qualifier"] option`);
  expect(qualifiers.slice(1).filter((t) => !/^[^\u4e00-\u9fff(]+( \(.+\))?$/.test(t))).toEqual([]);
  // A flag, beside its field and in the list, in English.
  await page.fill(`[data-path="figures[${k}].value"]`, '123456');
  await expect(page.locator('#figure-form .field-problem.flag')).toContainText('123456');
  for (const sel of ['#figure-form .field-problem', '#problems .problem', '#confirm']) {
    expect((await texts(sel)).filter((t) => han.test(t)), sel).toEqual([]);
  }
  // Back in Chinese, the same lists print Chinese units.
  await page.click('#ui-lang');
  await expect(page.locator(`#add-to-chart option[value="${free.id}"]`)).toContainText(`${free.value}${free.unit.zh}`);
});

for (const width of [1280, 768]) {
  for (const lang of ['zh', 'en']) {
    test(`at ${width} px in ${lang} axe finds no violations and nothing overflows`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openEditor(page, '?report=xihu-2024');
      if (lang === 'en') await page.click('#ui-lang');
      await page.locator('#text .num.charted').first().click();
      // A figure flagged against its sentence, as the desk meets it.
      const k = (await stored(page)).sel.figure;
      await page.fill(`[data-path="figures[${k}].value"]`, '123456');
      await expect(page.locator('#figure-form .field-problem.flag')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (process.env.SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'tests', 'screenshots', `editor-${width}-${lang}.png`) });
    });
  }
}
