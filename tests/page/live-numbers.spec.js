// The article and its live numbers: each number of the text that is a figure, by mouse,
// keyboard, tap and screen reader; each chart after its paragraph; the text whole
// without script; axe with a live number's tooltip showing.
const { test, expect } = require('@playwright/test');
const { default: AxeBuilder } = require('@axe-core/playwright');
const { report, openStory } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const figureOf = (id) => report().figures.find((f) => f.id === id);
/** The first chart (page order) that draws figure `id`. */
const chartOf = (id) => {
  const i = report().figures.findIndex((f) => f.id === id);
  return report().charts.find((c) => c.figures.includes(i) || c.figures.includes(id));
};

test.describe('Live numbers', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('hovering a number highlights its figure on its chart, with the tooltip of that figure', async ({ page }) => {
    await openStory(page);
    // A number whose chart follows its paragraph: both in view (hover scrolls nothing).
    const mark = page.locator('.text a.fig[data-figure="services-revenue"]').first();
    const chart = chartOf('services-revenue').id;
    await page.locator(`figure[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect(page.locator('.tooltip')).toBeVisible();
    await expect(page.locator('.tooltip .tip-label')).toHaveText(figureOf('services-revenue').label.zh);
    await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
    await expect(mark).toHaveClass(/active/);
    await page.mouse.move(5, 5);
    await expect(page.locator('.tooltip')).toBeHidden();
  });

  test('a number focused by keyboard brings its chart into view, highlighted, and the tooltip links back to the text', async ({ page }) => {
    await openStory(page);
    // A figure whose chart is far below its first mark's place at the top of the page.
    const id = 'gdp';
    const chart = chartOf(id).id;
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator(`.text a.fig[data-figure="${id}"]`).first().focus();
    // Focus brings the chart into view in the frame that shows the tooltip: the chart's
    // place is taken once the tooltip is there, never right after the focus.
    await expect(page.locator('.tooltip')).toBeVisible();
    await expect(page.locator(`figure[data-chart="${chart}"] .highlight`)).toHaveCount(1);
    const box = await page.locator(`figure[data-chart="${chart}"] canvas`).boundingBox();
    expect(box.y + box.height).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(800);
    const back = page.locator('.tooltip .tip-back a');
    await expect(back).toHaveAttribute('href', `#t-${id}`);
    await expect(page.locator(`#t-${id}`)).toHaveAttribute('data-figure', id);
    // Tab goes on to the next number of the text (gdp's growth), still the same figure.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-figure', id);
    await expect(page.locator('.tooltip')).toBeVisible();
    await page.locator(':focus').evaluate((m) => m.blur());
    await expect(page.locator('.tooltip')).toBeHidden();
  });

  test('every live number taking focus is announced with its label, value and chart', async ({ page }) => {
    // Four round trips a figure, every figure: 108 s at load 36, past the default 60 s.
    test.setTimeout(180_000);
    await openStory(page);
    const live = page.locator('p.visually-hidden[aria-live="polite"]');
    const marks = await page.locator('.text .fig').evaluateAll((ms) => ms.map((m) => m.dataset.figure));
    expect(marks.length).toBeGreaterThan(report().figures.length);
    // Each figure's first mark (every mark is a link, so every one takes focus).
    for (const id of [...new Set(marks)]) {
      const mark = page.locator(`#t-${id}`);
      expect(await mark.evaluate((m) => m.tabIndex >= 0), id).toBe(true);
      await mark.focus();
      await expect(live, id).toContainText(figureOf(id).label.zh);
      // Its chart's title, or, on no chart, that it is on none, and its sentence.
      if (chartOf(id)) await expect(live, id).toContainText(chartOf(id).title.zh);
      else {
        // Its sentence as the page prints it: the scan's ASCII marks made full-width.
        await expect(live, id).toContainText('不在图表中。原文：');
        const words = figureOf(id).source.split(/[,:;"!?()]/).filter((w) => w.length > 1);
        for (const w of words) await expect(live, id).toContainText(w);
      }
    }
  });

  test('every chart stands right after the paragraph that holds one of its figures', async ({ page }) => {
    await openStory(page);
    const placed = await page.locator('figure[data-chart]').evaluateAll((figures) => figures.map((f) => {
      let p = f.previousElementSibling;
      while (p && !p.matches('p.text, p.lead, h2')) p = p.previousElementSibling;
      return { chart: f.dataset.chart, figures: p ? [...p.querySelectorAll('.fig')].map((m) => m.dataset.figure) : [] };
    }));
    // The lead graphic opens the page, before the text: no paragraph before it.
    const lead = report().charts.find((c) => c.lead);
    expect(placed[0]).toEqual({ chart: lead.id, figures: [] });
    for (const { chart, figures } of placed.slice(1)) {
      const c = report().charts.find((x) => x.id === chart);
      const ids = c.figures.map((i) => (typeof i === 'number' ? report().figures[i].id : i));
      expect(figures.some((f) => ids.includes(f)), `${chart} after a paragraph of its figures`).toBe(true);
    }
  });

  test('the page with a live number focused and its tooltip showing has no axe violations', async ({ page }) => {
    test.setTimeout(120_000);
    await openStory(page);
    await page.locator('.text a.fig[data-figure="gdp"]').first().focus();
    await expect(page.locator('.tooltip')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});

test.describe('A tap on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('shows the figure on its chart instead of jumping to it', async ({ page }) => {
    await openStory(page);
    const mark = page.locator('.text a.fig[data-figure="gdp"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect(page.locator('.tooltip')).toBeVisible();
    await expect(page.locator('.tooltip .tip-label')).toHaveText(figureOf('gdp').label.zh);
    expect(new URL(page.url()).hash).toBe('');
  });
});

test.describe('Without script', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('the article reads whole, its numbers links to their charts', async ({ page }) => {
    await page.goto('./');
    const paragraphs = page.locator('p.text');
    expect(await paragraphs.count()).toBeGreaterThan(10);
    await expect(paragraphs.first()).toBeVisible();
    for (const href of await page.locator('.text a.fig').evaluateAll((ms) => ms.map((m) => m.getAttribute('href')))) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
    const en = await page.goto('./en/');
    expect(en.ok()).toBe(true);
    await expect(page.locator('p.text').first()).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.text-note')).toContainText('only in Chinese');
  });
});
