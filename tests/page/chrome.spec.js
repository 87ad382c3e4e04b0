// The chrome around the charts (issue 19 §3): one disclosure per chart, a section list,
// focus never under the sticky language bar, nor a chart's edge beside it, data tables that stack on a phone, sources
// with full-width punctuation, and canvas titles on the text's left edge.
const { test, expect } = require('@playwright/test');
const { openStory } = require('./helpers');
const { data, reportPlain, tooltip } = require('./reading-helpers');

test.describe.configure({ mode: 'parallel' });

const HAN = /[\u3400-\u9fff]/;

/** Where keyboard focus is: the chart it is in (if any), its tag, and its box and the bar's. */
function focusState(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    const bar = document.querySelector('.lang-switch');
    const r = a.getBoundingClientRect();
    return {
      chart: a.closest('figure[data-chart]')?.dataset.chart ?? null,
      section: a.closest('section.part')?.id ?? null,
      live: a.matches('.fig'),
      what: `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''} ${(a.textContent || '').trim().slice(0, 12)}`,
      inBar: Boolean(bar && bar.contains(a)),
      body: a === document.body,
      top: r.top,
      barBottom: bar ? bar.getBoundingClientRect().bottom : 0,
    };
  });
}

/**
 * A walk by keyboard through the whole page is two round trips a stop, some 200 stops
 * there and back: on a machine loaded to 30 it took 59 s and 84 s, past the default 60 s.
 */
const WALK_TIMEOUT = 180_000;

/** Presses `key` until focus leaves the page's end (or `limit` presses); every stop's state. */
async function walk(page, key, limit) {
  const stops = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const s = await focusState(page);
    if (s.body || (stops.length && s.what === stops[0].what && s.top === stops[0].top)) break;
    stops.push(s);
  }
  return stops;
}

test.describe('Tab stops', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('with every disclosure closed, Tab stops at most twice in each chart: its canvas and its 数据与下载', async ({ page }) => {
    // A key and a read for every stop of the page: 44 s at load 32 (WALK_TIMEOUT).
    test.setTimeout(WALK_TIMEOUT);
    await openStory(page);
    const ids = data().charts.map((c) => c.id);
    // Every chart's stops, and every live number of the text between them.
    const stops = await walk(page, 'Tab', 6 * ids.length + 20 + (await page.locator('.text .fig').count()));
    const per = new Map(ids.map((id) => [id, 0]));
    for (const s of stops) if (s.chart) per.set(s.chart, per.get(s.chart) + 1);
    const over = [...per].filter(([, n]) => n > 2).map(([id, n]) => `${id}: ${n}`);
    expect(over).toEqual([]);
    // Each chart is reached: its canvas and its summary.
    expect([...per].filter(([, n]) => n !== 2).map(([id, n]) => `${id}: ${n}`)).toEqual([]);
    test.info().annotations.push({ type: 'tab stops', description: `${stops.length} on the page, ${stops.filter((s) => s.chart).length} in ${ids.length} charts` });
    // The static count agrees: what can take focus in a figure while its disclosure is
    // shut (the content of a closed <details> is not rendered, so it is not visible).
    const focusable = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => [...f.querySelectorAll('a[href], button, textarea, summary, [tabindex="0"]')]
        .filter((e) => e.checkVisibility()).length),
    );
    expect(Math.max(...focusable)).toBeLessThanOrEqual(2);
  });

  test('the disclosure opens by keyboard and holds the table, the sources, the PNG, SVG and CSV links and the embed codes', async ({ page }) => {
    await openStory(page);
    const figure = page.locator('figure[data-chart="growth"]');
    await figure.locator('canvas').focus();
    await page.keyboard.press('Tab');
    await expect(figure.locator('details.data > summary')).toBeFocused();
    await expect(figure.locator('details.data > summary')).toHaveText('数据与下载');
    await expect(figure.locator('table')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(figure.locator('details.data')).toHaveAttribute('open', '');
    await expect(figure.locator('table')).toBeVisible();
    await expect(figure.locator('.sources')).toBeVisible();
    for (const [cls, file] of [['.dl-png', 'png/growth.png'], ['.dl-svg', 'svg/growth.svg'], ['.dl-csv', 'csv/growth.csv']]) {
      await expect(figure.locator(cls)).toHaveAttribute('href', file);
    }
    await figure.locator('details.embed-code > summary').click();
    await expect(figure.locator('details.embed-code textarea').first()).toHaveValue(/embed\/growth\.html/);
  });
});

test.describe('The section list', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Tab reaches each section link, Enter moves focus to that section\'s heading below the bar, and the next Tab goes on inside that section', async ({ page }) => {
    await openStory(page);
    const d = data();
    const sections = d.sections.filter((s) => d.charts.some((c) => c.section === s.id));
    expect(sections.length).toBeGreaterThan(1);
    for (const [i, s] of sections.entries()) {
      // From the top of a fresh page: 中文, English, then the section links in order.
      if (i > 0) await openStory(page);
      for (let t = 0; t < 3 + i; t += 1) await page.keyboard.press('Tab');
      await expect(page.locator('.sections a').nth(i)).toBeFocused();
      await expect(page.locator('.sections a').nth(i)).toHaveText(s.short.zh);
      await page.keyboard.press('Enter');
      await expect(page.locator(`#h-${s.id}`)).toBeFocused();
      const heading = await focusState(page);
      expect(heading.top, `${s.id} heading below the bar`).toBeGreaterThanOrEqual(heading.barBottom - 0.5);
      await page.keyboard.press('Tab');
      const next = await focusState(page);
      // The section's first live number of its text (or, without text, its first chart).
      const first = d.charts.find((c) => c.section === s.id).id;
      expect(next.section, `Tab after ${s.id}`).toBe(s.id);
      expect(next.live || next.chart === first, `Tab after ${s.id}: ${next.what}`).toBe(true);
    }
  });
});

for (const width of [360, 1280]) {
  test.describe(`At ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no element that takes focus, forward or back, is under the sticky language bar', async ({ page }) => {
      test.setTimeout(WALK_TIMEOUT);
      await openStory(page);
      // Every chart's stops, and every live number of the text.
      const limit = 6 * data().charts.length + 20 + (await page.locator('.text .fig').count());
      const forward = await walk(page, 'Tab', limit);
      const back = await walk(page, 'Shift+Tab', limit);
      expect(forward.length).toBeGreaterThan(2 * data().charts.length);
      expect(back.length).toBeGreaterThan(2 * data().charts.length);
      const under = [...forward, ...back]
        .filter((s) => !s.inBar && s.top < s.barBottom - 0.5)
        .map((s) => `${s.what}: top ${s.top.toFixed(1)} above the bar's bottom ${s.barBottom.toFixed(1)}`);
      expect(under).toEqual([]);
    });
  });
}

test.describe('The sticky language bar over the charts', () => {
  for (const width of [360, 768, 1280]) {
    test(`at ${width} px it spans every chart's full bleed, so no edge of a chart shows beside it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openStory(page, 'en/index.html');
      // A chart scrolled half under the bar (the English page at 360 px showed the growth
      // chart's axis as a thin line left of the bar).
      await page.locator('figure[data-chart]').nth(2).evaluate((f) => window.scrollBy(0, f.getBoundingClientRect().top + 100));
      const { bar, plots } = await page.evaluate(() => {
        const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
        return { bar: box(document.querySelector('.lang-switch')), plots: [...document.querySelectorAll('.plot')].map(box) };
      });
      expect(plots.length).toBeGreaterThan(0);
      for (const p of plots) {
        expect(bar.left).toBeLessThanOrEqual(p.left);
        expect(bar.right).toBeGreaterThanOrEqual(p.right);
      }
    });
  }
});

test.describe('Data tables on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('stack: no row heading is narrower than two characters, and each has a line of its own', async ({ page }) => {
    await openStory(page);
    await page.evaluate(() => document.querySelectorAll('details.data').forEach((d) => { d.open = true; }));
    const heads = await page.locator('details.data tbody th').evaluateAll((ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        const row = th.parentElement.getBoundingClientRect();
        return {
          text: th.textContent,
          width: r.width,
          em: parseFloat(getComputedStyle(th).fontSize),
          alone: [...th.parentElement.children].every((c) => c === th || c.getBoundingClientRect().top >= r.bottom - 0.5),
          inside: r.right <= row.right + 0.5,
        };
      }),
    );
    expect(heads.length).toBe(data().charts.reduce((n, c) => n + c.figures.length, 0));
    expect(heads.filter((h) => !(h.width >= 2 * h.em)).map((h) => `${h.text}: ${h.width}px`)).toEqual([]);
    expect(heads.filter((h) => !h.alone).map((h) => h.text)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

/** A displayed sentence with its full-width marks read back as the scan printed them. */
const asPrinted = (s) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/[“”]/g, '"')
  .replace(/（/g, '(').replace(/）/g, ')').replace(/？/g, '?').replace(/！/g, '!');

/** ASCII , : " beside a Han character: what a Chinese reader should never be shown. */
const asciiInChinese = (s) => /[\u3400-\u9fff][,:"]|[,:"][\u3400-\u9fff]|%[,:]/.test(s);

test.describe('Sources as displayed', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every chart quotes each of its sentences once, with full-width punctuation, and each reads back to a figure\'s printed source found in the report', async ({ page }) => {
    await openStory(page);
    const d = data();
    const plain = reportPlain();
    const printed = new Set(d.figures.map((f) => f.source));
    const shown = await page.locator('figure[data-chart]').evaluateAll((fs) =>
      fs.map((f) => ({ id: f.dataset.chart, sentences: [...f.querySelectorAll('.sources [lang="zh-CN"]')].map((e) => e.textContent) })));
    const wrong = [];
    let fullWidth = 0;
    for (const { id, sentences } of shown) {
      const chart = d.charts.find((c) => c.id === id);
      const expected = new Set(chart.figures.map((fid) => d.figures.find((f) => f.id === fid).source));
      if (sentences.length !== expected.size) wrong.push(`${id}: ${sentences.length} sentences shown, ${expected.size} distinct in the data`);
      if (new Set(sentences).size !== sentences.length) wrong.push(`${id}: a sentence shown twice`);
      for (const s of sentences) {
        if (!HAN.test(s) || asciiInChinese(s)) wrong.push(`${id}: ASCII punctuation in ${s}`);
        if (!printed.has(asPrinted(s)) || !plain.includes(asPrinted(s))) wrong.push(`${id}: ${s} is no printed source`);
        if (s !== asPrinted(s)) fullWidth += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(fullWidth, 'sentences whose marks were made full-width').toBeGreaterThan(0);
  });

  test('the tooltip quotes the sentence with full-width punctuation too', async ({ page }) => {
    await openStory(page);
    await page.locator('figure[data-chart="growth"] canvas').focus();
    await page.keyboard.press('Home');
    // The tooltip layer loads at the first focus on a chart (story-tools.js).
    await expect(page.locator('.tooltip')).toBeVisible();
    const t = await tooltip(page);
    expect(t.hidden).toBe(false);
    expect(t.source).toMatch(/^原文：/);
    const sentence = t.source.slice('原文：'.length);
    expect(asciiInChinese(sentence), sentence).toBe(false);
    expect(reportPlain().includes(asPrinted(sentence))).toBe(true);
  });
});

/** The leftmost column with ink in the top `rows` CSS px of a canvas, in CSS px from its left. */
function titleInkLeft(page, id) {
  return page.evaluate((chartId) => {
    const c = document.querySelector(`figure[data-chart="${chartId}"] canvas`);
    const k = c.width / c.clientWidth;
    const h = Math.min(c.height, Math.round(44 * k));
    const d = c.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, c.width, h).data;
    const bg = [d[0], d[1], d[2]];
    let left = Infinity;
    for (let y = 0; y < h; y += 1) {
      for (let x = 0; x < Math.min(left, c.width); x += 1) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 120) left = x;
      }
    }
    return c.getBoundingClientRect().left + left / k;
  }, id);
}

for (const width of [360, 768, 1280]) {
  test.describe(`Alignment at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("the canvas titles start at the page text's left edge", async ({ page }) => {
      await openStory(page);
      const text = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('h2 .title'));
        return range.getBoundingClientRect().left;
      });
      const off = [];
      for (const id of ['headline', 'growth', 'service-windows', 'air-water']) {
        const ink = await titleInkLeft(page, id);
        // A glyph's ink starts a pixel or two after its box.
        if (!(ink >= text - 0.5 && ink <= text + 3)) off.push(`${id}: title ink at ${ink.toFixed(1)}, text at ${text.toFixed(1)}`);
      }
      expect(off).toEqual([]);
    });
  });
}
