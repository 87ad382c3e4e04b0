// The editor's 问题 list says what `report-charts check` warns of, word for word, in the
// interface's language (issue 18 §4): a file that validates but has one of each warning
// (tests/warnings/, of our own) lists every one of them, at its field, naming figures by
// their labels and charts by their titles, and the editor never says 没有问题 meanwhile.
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems } = require('./helpers');
const { ROOT, CHECK, openEditor } = require('./editor-helpers');

const FILE = path.join(ROOT, 'tests', 'warnings', 'every-warning.json');
const TEXT = path.join(ROOT, 'tests', 'warnings', 'every-warning.txt');

test.use({ viewport: { width: 1280, height: 900 } });

/** `check`'s warnings of the file, as it prints them: `at: 中文 / English`. */
function checkSays() {
  const prefix = `${FILE}: warning: `;
  return execFileSync(CHECK, ['check', FILE], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => {
      const [, at, said] = l.slice(prefix.length).match(/^([\w.[\]]+): (.*)$/);
      const cut = said.indexOf(' / ');
      return { at, zh: said.slice(0, cut), en: said.slice(cut + 3) };
    });
}

test('the 问题 list shows each warning check prints, in Chinese and in English, and never 没有问题', async ({ page }) => {
  const problems = watchProblems(page);
  const warnings = checkSays();
  // One of each: a bare verb, a placeholder, a subtitle without its unit, too many
  // cards, a figure on two charts, a lone panel, a dropped decimal, a small count on a
  // card. (A value its sentence does not print is no warning: check refuses it.)
  expect(warnings.length).toBeGreaterThanOrEqual(8);
  await openEditor(page);
  await page.setInputFiles('#open-txt', TEXT);
  await page.setInputFiles('#open-json', FILE);
  await page.click('#open-go');
  await expect(page.locator('#desk')).toBeVisible();
  const list = page.locator('#problems button.problem');
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.click('#ui-lang');
    for (const w of warnings) {
      const shown = page.locator(`#problems button.problem[data-at="${w.at}"]`).filter({ hasText: w[lang] });
      await expect(shown, `${lang} ${w.at}: ${w[lang]}`).toHaveCount(1);
    }
    // Nothing besides: the file validates, and the editor adds nothing check does not say.
    await expect(list).toHaveCount(warnings.length);
    // Each place in the desk's words, never a key of the file (charts, 数字「…」 decimals).
    const places = await page.locator('#problems button.problem strong').allTextContents();
    expect(places.filter((t) => /(^|\s)[a-z_]+(\[\d+\]|\.[a-z_]+)*$/.test(t)), lang).toEqual([]);
    await expect(page.locator('#problems .ok')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(lang === 'zh' ? '没有问题' : 'No problems');
  }
  expect(describeProblems(problems)).toEqual([]);
});
