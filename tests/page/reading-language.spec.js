// Reading the charts in English: the language switch rewrites every text of the page and
// redraws every canvas, and ?lang=en gives the same. What each text should say is worked
// out from the data file (reading-helpers.js), never read back from the code under test.
const { test, expect } = require('@playwright/test');
const { watchProblems, describeProblems, openStory } = require('./helpers');
const {
  data,
  shownZh,
  chartSources,
  tableHeads,
  chartFigures,
  tooltip,
  liveRegions,
  tipRow,
  canvasPrint,
  installPrinter,
  switchTo,
} = require('./reading-helpers');

test.describe.configure({ mode: 'parallel' });

const HAN = /[\u3400-\u9fff]/;

/** Every text of the page a language switch rewrites, as one comparable object. */
function pageTexts(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent : null);
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: text(document.querySelector('h1')),
      deck: text(document.querySelector('.deck')),
      kicker: text(document.querySelector('.kicker')),
      byline: text(document.querySelector('.byline')),
      foot: text(document.querySelector('.story-foot')),
      current: [...document.querySelectorAll('.lang-switch a[aria-current="page"]')].map((a) => a.textContent),
      sections: [...document.querySelectorAll('section.part h2')].map((h) => ({
        short: text(h.querySelector('.short')),
        title: text(h.querySelector('.title')),
      })),
      charts: [...document.querySelectorAll('figure[data-chart]')].map((f) => ({
        id: f.dataset.chart,
        label: f.querySelector('canvas').getAttribute('aria-label'),
        // The first chart's static SVG is in the page itself, named by its aria-label.
        alt: f.querySelector('.fallback img')?.getAttribute('alt') ?? f.querySelector('.fallback svg')?.getAttribute('aria-label') ?? null,
        caption: text(f.querySelector('figcaption')),
        summary: text(f.querySelector('details.data summary')),
        tableCaption: text(f.querySelector('details.data caption')),
        heads: [...f.querySelectorAll('details.data thead th')].map(text),
        // Label, value and change (when the table has a change column), not the sentence's number.
        rows: [...f.querySelectorAll('details.data tbody tr')].map((tr) => [...tr.children].filter((c) => !c.classList.contains('ref')).map(text)),
        sources: [...f.querySelectorAll('details.data .sources [lang]')].map(text),
        sourceLangs: [...f.querySelectorAll('details.data .sources [lang]')].map((e) => e.lang),
      })),
    };
  });
}

async function prints(page) {
  const out = {};
  for (const c of data().charts) out[c.id] = await canvasPrint(page, c.id);
  return out;
}

/**
 * Scrolls every chart into view in turn, as a reader does (a chart far off screen may
 * be redrawn only when it comes near), then waits until every canvas's pixels differ
 * from `before`: each was redrawn.
 */
async function waitRedrawn(page, before) {
  for (const id of Object.keys(before)) {
    await page.evaluate(
      (chartId) =>
        new Promise((resolve) => {
          document.querySelector(`figure[data-chart="${chartId}"]`).scrollIntoView({ block: 'center' });
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
      id,
    );
  }
  await expect
    .poll(async () => {
      const now = await prints(page);
      return Object.keys(before).filter((id) => now[id].hash === before[id].hash);
    }, { timeout: 5_000, message: 'every canvas redrawn' })
    .toEqual([]);
}

test.describe('Language switch', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('clicking English opens the English page (en/): headline, headings, canvas labels, captions and data tables in English, the canvases drawn in English', async ({ page }) => {
    const problems = watchProblems(page);
    await installPrinter(page);
    await openStory(page);
    const d = data();
    const zhPrints = await prints(page);
    await switchTo(page, 'English');
    await waitRedrawn(page, zhPrints);
    expect(new URL(page.url()).pathname).toMatch(/\/en\/$/);
    const t = await pageTexts(page);
    expect(t.title).toBe(d.meta.title.en);
    expect(t.h1).toBe(d.meta.title.en);
    expect(t.deck).toBe(d.meta.deck.en);
    expect(t.byline).toBe(`By ${d.meta.author.en}`);
    expect(t.current).toEqual(['English']);
    const sections = d.sections.filter((s) => d.charts.some((c) => c.section === s.id));
    expect(t.sections).toEqual(sections.map((s) => ({ short: s.short.en, title: s.title.en })));

    const problemsIn = [];
    for (const chart of d.charts) {
      const f = t.charts.find((c) => c.id === chart.id);
      const figures = chartFigures(chart.id, d);
      if (!f.label.startsWith(`${chart.title.en}. `)) problemsIn.push(`${chart.id}: label does not start with the title: ${f.label}`);
      for (const fig of figures) {
        if (!f.label.includes(`${fig.label.en}: `)) problemsIn.push(`${chart.id}: label lacks "${fig.label.en}: "`);
      }
      if (HAN.test(f.label)) problemsIn.push(`${chart.id}: Chinese left in the label: ${f.label}`);
      if (f.alt !== f.label) problemsIn.push(`${chart.id}: static image alt differs from the canvas label`);
      if (f.caption !== `${chart.title.en}. ${chart.subtitle.en}`) problemsIn.push(`${chart.id}: caption ${f.caption}`);
      if (f.summary !== 'Data and downloads') problemsIn.push(`${chart.id}: summary ${f.summary}`);
      if (f.tableCaption !== chart.title.en) problemsIn.push(`${chart.id}: table caption ${f.tableCaption}`);
      if (JSON.stringify(f.heads) !== JSON.stringify(tableHeads(chart.id, 'en', d))) problemsIn.push(`${chart.id}: heads ${f.heads}`);
      if (JSON.stringify(f.sources) !== JSON.stringify(chartSources(chart.id, d))) problemsIn.push(`${chart.id}: sources ${f.sources}`);
      if (f.rows.length !== figures.length) problemsIn.push(`${chart.id}: ${f.rows.length} rows for ${figures.length} figures`);
      f.rows.forEach((r, i) => {
        const fig = figures[i];
        if (!fig) return;
        if (r[0] !== fig.label.en) problemsIn.push(`${chart.id} row ${i}: ${r[0]} ≠ ${fig.label.en}`);
        if (HAN.test(r[1]) || HAN.test(r[2]) || !r[1]) problemsIn.push(`${chart.id} row ${i}: value/change not English: ${r[1]} | ${r[2]}`);
        // The value or change of the row is in the label, as the screen reader reads it.
        if (!f.label.includes(`${fig.label.en}: ${[r[1], r[2]].filter(Boolean).join(', ')}.`)) {
          problemsIn.push(`${chart.id} row ${i}: label does not say "${fig.label.en}: ${[r[1], r[2]].filter(Boolean).join(', ')}."`);
        }
      });
      if (f.sourceLangs.some((l) => l !== 'zh-CN')) problemsIn.push(`${chart.id}: source cells not marked zh-CN`);
    }
    expect(problemsIn).toEqual([]);

    // Specific prints from the data, as an English reader should get them.
    const row = (chart, label) => t.charts.find((c) => c.id === chart).rows.find((r) => r[0] === label);
    const label = (chart) => t.charts.find((c) => c.id === chart).label;
    expect(label('headline')).toContain('GDP: over 80 billion yuan, up 4.3%.');
    expect(row('headline', 'GDP').slice(1, 3)).toEqual(['over 80 billion yuan', 'up 4.3%']);
    expect(label('consumption')).toContain('Tourist visits: over 30 million visits.');
    expect(row('consumption', 'Tourist visits')[1]).toBe('over 30 million visits');
    expect(row('office-buildings', 'Occupancy of buildings over 5,000 sq m').slice(1, 3)).toEqual(['83.46%', 'up 2.9 percentage points']);
    expect(row('investment', 'Lending by banks in the district')[1]).toBe('273.963 billion yuan');
    expect(row('investment', 'Fixed-asset investment')[1]).toBe('25.164 billion yuan');
    expect(row('service-windows', 'Service windows at the civic centre').slice(1, 3)).toEqual(['10 windows', 'down from 37']);
    expect(row('air-water', 'Days with good air quality')[2]).toBe('1.9 percentage points above the city average');

    // The tooltip speaks English too; the source stays Chinese and is marked so.
    await page.locator('figure[data-chart="headline"] canvas').focus();
    await page.keyboard.press('Home');
    // The tooltip layer loads at the first focus on a chart (story-tools.js).
    await expect(page.locator('.tooltip')).toBeVisible();
    const tip = await tooltip(page);
    expect(tipRow(tip)).toEqual({ label: 'GDP', value: 'over 80 billion yuan', change: 'up 4.3%', source: `Source sentence: ${shownZh(d.figures.find((f) => f.id === 'gdp').source)}` });
    expect(tip.sourceLang).toBe('zh-CN');
    expect((await liveRegions(page)).filter((s) => s.trim())).toEqual(['GDP: over 80 billion yuan, up 4.3%']);
    expect(describeProblems(problems)).toEqual([]);
  });

  test('loading ?lang=en directly gives the same texts and pixels as switching to English', async ({ page, context }) => {
    await installPrinter(context);
    await openStory(page);
    const zhPrints = await prints(page);
    await switchTo(page, 'English');
    await waitRedrawn(page, zhPrints);
    const switched = await pageTexts(page);
    const switchedPrints = await prints(page);

    const direct = await context.newPage();
    await openStory(direct, '?lang=en');
    const loaded = await pageTexts(direct);
    expect(loaded).toEqual(switched);
    expect(loaded.lang).toBe('en');
    expect(await prints(direct)).toEqual(switchedPrints);
  });

  test('switching back to 中文 returns to the Chinese page and its pixels', async ({ page }) => {
    await installPrinter(page);
    await openStory(page);
    const zhTexts = await pageTexts(page);
    const zhPrints = await prints(page);
    expect(zhTexts.lang).toBe('zh-CN');
    await switchTo(page, 'English');
    await waitRedrawn(page, zhPrints);
    const enPrints = await prints(page);
    await switchTo(page, '中文');
    await waitRedrawn(page, enPrints);
    expect(new URL(page.url()).pathname).toMatch(/\/$/);
    expect(new URL(page.url()).pathname).not.toMatch(/\/en\/$/);
    expect(await pageTexts(page)).toEqual(zhTexts);
    expect(await prints(page)).toEqual(zhPrints);
  });
});
