// What the desk sets is what the outputs print (tester s-test14, C5, C6, M5): a change
// has its own qualifier field, and a value's qualifier on a figure with no value is a
// problem at its field; a relabel after 全部确认 that leaves a title naming a tail of the
// new label is a problem, with the title written from the figure offered; a subtitle
// that counts in a unit its figures do not print in is a problem. Short texts of our own.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { CHECK, stored, openEditor, paste, fillPlaceholders } = require('./editor-helpers');

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

const PLAN = '2026年青石县政府工作报告\n今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业4000人以上。\n';
const BULLETIN = '2025年青石县国民经济和社会发展统计公报\n全年全县地区生产总值236.8亿元，比上年增长6.1%。全县规模以上工业增加值比上年增长7.4%。\n';

/**
 * The bulletin's draft, confirmed, with the industry figure labelled as a cut line left
 * it (以上工业增加值) on a chart of its own titled from that label, and `edit` applied.
 */
function cutLabel(edit = () => {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-prints-'));
  const txt = path.join(dir, 'qingshi-2025.txt');
  const json = path.join(dir, 'qingshi-2025.json');
  fs.writeFileSync(txt, BULLETIN);
  execFileSync(CHECK, ['draft', txt, '--out', json], { encoding: 'utf8' });
  const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
  for (const x of [...doc.figures, ...doc.charts]) delete x.draft;
  const f = doc.figures.find((x) => x.change?.value === 7.4);
  f.label.zh = '以上工业增加值';
  doc.charts.forEach((c) => { c.figures = c.figures.filter((id) => id !== f.id); });
  doc.charts = doc.charts.filter((c) => c.figures.length);
  doc.charts.push({
    id: 'industry', kind: 'cards', section: f.section, figures: [f.id],
    title: { zh: '以上工业增加值增长7.4%' }, subtitle: { zh: '单位见各项，2025年' },
  });
  edit(doc);
  return { txt, json: `${JSON.stringify(doc, null, 2)}\n` };
}

/** Opens the bulletin's text with data file `json`. */
async function openWith(page, txt, json) {
  await page.setInputFiles('#open-txt', txt);
  await page.setInputFiles('#open-json', { name: 'qingshi-2025.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
}

test('a growth target’s change has its own qualifier, and a value qualifier with no value is a problem at its field', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  await paste(page, 'qingshi-2026', PLAN);
  await fillPlaceholders(page);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.change?.value === 5.5);
  await page.locator('#text .num', { hasText: /^5\.5$/ }).click();
  const onChange = page.locator(`[data-path="figures[${k}].change.qualifier"]`);
  const onValue = page.locator(`[data-path="figures[${k}].qualifier"]`);
  await expect(onChange).toHaveValue('左右');
  // The desk puts 左右 on the value, which this figure has not: printed nowhere.
  await onChange.selectOption('');
  await onValue.selectOption('左右');
  const lost = page.locator(`#problems button.problem[data-at="figures[${k}].qualifier"]`);
  await expect(lost).toContainText('不会印出');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  // On the change, it is printed: no problem, and the file says so.
  await onValue.selectOption('');
  await onChange.selectOption('左右');
  await expect(lost).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).doc.figures[k].change.qualifier).toBe('左右');
  expect((await stored(page)).doc.figures[k].qualifier).toBeUndefined();
  expect(describeProblems(problems)).toEqual([]);
});

test('a relabel after 全部确认 that leaves the title naming a tail of the label is a problem, rewritten in one click', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  const { txt, json } = cutLabel();
  await openWith(page, txt, json);
  const doc = (await stored(page)).doc;
  const k = doc.figures.findIndex((f) => f.change?.value === 7.4);
  const i = doc.charts.findIndex((c) => c.id === 'industry');
  const stale = page.locator(`#problems button.problem[data-at="charts[${i}].title.zh"]`);
  await expect(stale).toHaveCount(0);
  await page.locator('#text .num', { hasText: /^7\.4$/ }).click();
  const label = page.locator(`[data-path="figures[${k}].label.zh"]`);
  await label.fill('规模以上工业增加值');
  await label.press('Tab');
  await expect(stale.first()).toContainText('以上工业增加值');
  await expect(page.locator('#problems .ok')).toHaveCount(0);
  const fix = page.locator('#problems button.retitle');
  await expect(fix).toHaveCount(1);
  await expect(fix).toContainText('规模以上工业增加值增长7.4%');
  await fix.click();
  await expect.poll(async () => (await stored(page)).doc.charts[i].title.zh).toBe('规模以上工业增加值增长7.4%');
  await expect(stale).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});

test('an English subtitle that counts in 100 million yuan over values printed in billions is a problem', async ({ page }) => {
  const problems = watchProblems(page);
  await openEditor(page);
  const { txt, json } = cutLabel((doc) => {
    const gdp = doc.charts.find((c) => c.figures.includes('gdp'));
    gdp.subtitle.en = '100 million yuan, 2025';
  });
  await openWith(page, txt, json);
  const i = (await stored(page)).doc.charts.findIndex((c) => c.figures.includes('gdp'));
  const unit = page.locator(`#problems button.problem[data-at="charts[${i}].subtitle.en"]`);
  await expect(unit).toContainText('100 million yuan');
  await expect(unit).toContainText('23.68 billion yuan');
  await page.locator(`#problems button.problem[data-at="charts[${i}].subtitle.en"]`).click();
  await page.locator(`[data-path="charts[${i}].subtitle.en"]`).fill('Yuan, 2025');
  await expect(unit).toHaveCount(0);
  expect(describeProblems(problems)).toEqual([]);
});
