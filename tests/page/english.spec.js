// The English page (en/index.html) as search engines and readers without script get it,
// the switch between the two pages that keeps the reader's place, and ?lang=en.
const { test, expect } = require('@playwright/test');
const { report, watchProblems, describeProblems, openStory } = require('./helpers');

const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Every text of the page a reader or crawler gets, without the elements marked zh-CN. */
function englishTexts(page) {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('[lang="zh-CN"]').forEach((el) => el.remove());
    const attrs = [...body.querySelectorAll('[alt], [aria-label], [title]')].flatMap((el) =>
      ['alt', 'aria-label', 'title'].map((a) => el.getAttribute(a)).filter(Boolean),
    );
    const head = [...document.head.querySelectorAll('meta[content]')].map((m) => m.getAttribute('content'));
    return { text: body.textContent, attrs, head, title: document.title };
  });
}

test.describe('Without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the English page is in English: its lang, its title, every text but the quoted sources, its static charts', async ({ page }) => {
    const d = report();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(d.meta.title.en);
    await expect(page.locator('h1')).toHaveText(d.meta.title.en);
    const t = await englishTexts(page);
    const chinese = [...t.text.split('\n'), ...t.attrs, ...t.head, t.title].filter((s) => HAN.test(s));
    expect(chinese).toEqual([]);
    // Every chart has its English table, and its fallback image is the English SVG.
    for (const c of d.charts) {
      const figure = page.locator(`figure[data-chart="${c.id}"]`);
      await expect(figure.locator('table caption')).toHaveText(c.title.en);
      // The first chart's SVGs are written into the page, named as its canvas is.
      if (await figure.locator('.fallback svg').count()) {
        await expect(figure.locator('.fallback svg.wide')).toHaveAttribute('aria-label', (await figure.locator('canvas').getAttribute('aria-label')) ?? '');
      } else await expect(figure.locator('.fallback img')).toHaveAttribute('src', `../svg/${c.id}.en.svg`);
    }
    // The images load (scrolled into view, as they are lazy).
    const broken = [];
    for (const c of d.charts.slice(0, 5)) {
      const img = page.locator(`figure[data-chart="${c.id}"] .fallback img`);
      if (!(await img.count())) continue;
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
      if (!(await img.evaluate((i) => i.currentSrc.includes('.en.')))) broken.push(c.id);
    }
    expect(broken).toEqual([]);
  });

  test('the switch is a plain link between the two pages; hreflang links wait for SITE_URL', async ({ page }) => {
    await page.goto('./');
    // The test build has no SITE_URL, and relative hreflang links are invalid (tests/site.rs).
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
    await page.locator('.lang-switch a[hreflang="zh-CN"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

/** Waits until the page has drawn its charts and found the reader's place again. */
async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined);
  await page.waitForFunction(() => !sessionStorage.getItem('report-charts:place'));
}

/** Waits until the page's height and scroll position hold still for 300 ms. */
async function stable(page) {
  const shape = () => page.evaluate(() => `${document.documentElement.scrollHeight}:${window.scrollY}`);
  let last = await shape();
  for (let i = 0; i < 20; i += 1) {
    await page.waitForTimeout(300);
    const now = await shape();
    if (now === last) return;
    last = now;
  }
}

/** The block at the top of the window and how far into it, as the switch records it. */
function place(page) {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.story-head, .part > h2, figure.chart, .story-foot')];
    const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > 0);
    const r = blocks[i].getBoundingClientRect();
    return { i, id: blocks[i].id, into: -r.top / r.height, scrollY: window.scrollY };
  });
}

for (const width of [360, 1280]) {
  test(`at ${width} px the switch stays in view and takes the reader to the same place on the other page, and back`, async ({ page }) => {
    const problems = watchProblems(page);
    const d = report();
    await page.setViewportSize({ width, height: 800 });
    await openStory(page);
    // A reader deep in the story, a third of the way into a chart.
    const target = d.charts[Math.floor(d.charts.length / 2)].id;
    await page.evaluate((id) => {
      const f = document.getElementById(`chart-${id}`);
      const r = f.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + r.top + r.height / 3);
    }, target);
    // Charts near the new place are drawn as they come into view: measure once the page
    // has stopped growing, as a reader's place is where the page comes to rest.
    await stable(page);
    const before = await place(page);
    expect(before.id).toBe(`chart-${target}`);
    const link = page.locator('.lang-switch a[hreflang="en"]');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await settled(page);
    const after = await place(page);
    expect(after.id).toBe(before.id);
    expect(Math.abs(after.into - before.into)).toBeLessThan(0.01);
    // And back to Chinese, still there.
    await page.locator('.lang-switch a[hreflang="zh-CN"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await settled(page);
    const back = await place(page);
    expect(back.id).toBe(before.id);
    expect(Math.abs(back.scrollY - before.scrollY)).toBeLessThanOrEqual(4);
    expect(describeProblems(problems)).toEqual([]);
  });
}

test('a page opened afresh starts at its top, whatever was switched before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openStory(page, '?lang=en');
  expect(new URL(page.url()).pathname).toMatch(/\/en\/$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('?lang=en forwards to the English page keeping the fragment; its embed codes ask for English', async ({ page }) => {
  const d = report();
  const id = d.charts[1].id;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?lang=en#chart-${id}`);
  await page.waitForURL(/\/en\/#chart-/);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined);
  expect(new URL(page.url()).hash).toBe(`#chart-${id}`);
  await expect(page.locator(`#chart-${id}`)).toBeInViewport();
  // The embed codes are inside the chart's 数据与下载 disclosure.
  await page.locator(`#chart-${id} details.data > summary`).click();
  const details = page.locator(`#chart-${id} details.embed-code`);
  await details.locator('summary').click();
  // The codes are written when the details' toggle event comes, a task after the click.
  await expect(details.locator('textarea')).toHaveCount(2);
  await expect(details.locator('textarea').last()).toHaveValue(/data-report-chart/);
  const codes = await details.locator('textarea').evaluateAll((areas) => areas.map((a) => a.value));
  expect(codes[0]).toContain(`/embed/${id}.en.html"`);
  expect(codes[1]).toContain(`data-report-chart="${id}" data-lang="en"`);
  // ?lang=zh on the English page goes back to the Chinese one.
  await page.goto('./en/?lang=zh');
  await page.waitForURL((u) => !u.pathname.includes('/en/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the English embed code gives a frame in English that the host script sizes', async ({ page }) => {
  const problems = watchProblems(page);
  const d = report();
  const chart = d.charts.find((c) => c.id === 'growth') ?? d.charts[0];
  await page.route('**/host-english.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<iframe class="ours" src="embed/${chart.id}.en.html" title="chart" width="100%" frameborder="0" scrolling="no"></iframe>
<script type="module" src="embed.js"></script></body></html>`,
    }),
  );
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto('./host-english.html');
  const frame = await (await page.locator('iframe.ours').elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.chartsReady !== undefined, null, { polling: 100 });
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await frame.title()).toBe(chart.title.en);
  expect(await frame.locator('canvas').getAttribute('aria-label')).toMatch(new RegExp(`^${chart.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect.poll(() => page.locator('iframe.ours').evaluate((f) => parseFloat(f.style.height) || 0)).toBeGreaterThan(200);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(Math.abs((await page.locator('iframe.ours').evaluate((f) => parseFloat(f.style.height))) - inner)).toBeLessThanOrEqual(2);
  expect(describeProblems(problems)).toEqual([]);
});
