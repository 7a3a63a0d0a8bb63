// Accessibility (issue 11): axe-core (WCAG 2.1 A/AA) finds nothing on any view,
// nor with the provenance panel open, a table sorted, the township picker open
// or a shortcomings quote list open; keyboard: the picker and the panel are
// dialogs (focus moves in, stays in, Escape closes, focus returns), focus never
// falls to the page; one main landmark, a title per view, each chart read once,
// a focus ring of 3:1 or more; 计算值 and 报告所述 told apart in greyscale and
// with each colour-vision deficiency (Chromium's emulation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { VIEWS } from '../../src/app/views';
import { axeViolations } from './axe';
import { connectBrowser, disconnectBrowser, screenshotPath, siteUrl, waitForCharts } from './helpers';

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // bypassCSP: the page's CSP would block the injected axe script.
  context = await (await connectBrowser()).newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await disconnectBrowser();
});

async function show(hash: string, viewport = { width: 1440, height: 900 }) {
  await page.setViewportSize(viewport);
  // A fresh load: the hash alone would keep the state (an open panel) of the last test.
  await page.goto('about:blank');
  await page.goto(siteUrl('shipped', hash));
  await waitForCharts(page);
}

const activeInside = (selector: string) =>
  page.evaluate((s) => {
    const active = document.activeElement;
    return active !== null && active !== document.body && document.querySelector(s)?.contains(active) === true;
  }, selector);
const activeDescription = () =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}${a.className ? `.${String(a.className).split(' ').join('.')}` : ''} “${(a.textContent ?? '').slice(0, 20)}”` : 'none';
  });

describe('axe-core, WCAG 2.1 A and AA', () => {
  for (const view of VIEWS) {
    it(`finds nothing on ${view.label}`, async () => {
      await show(`#view=${view.id}`);
      if (view.id === 'extract') await page.getByRole('textbox', { name: /^报告原文/ }).waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('finds nothing with the provenance panel open, at a wide and a narrow width', async () => {
    for (const width of [1440, 768]) {
      await show('#view=outreach', { width, height: 900 });
      await page.locator('.chart-card__table button.figure').first().click();
      await page.locator('.provenance .reader__text, .provenance .provenance__not-reported').first().waitFor();
      expect(await axeViolations(page), `${width} px`).toEqual([]);
    }
  });

  it('finds nothing with a table sorted', async () => {
    await show('#view=disputes');
    const sortButton = page.locator('.data-table .sort-button').nth(1);
    await sortButton.click();
    await sortButton.click();
    expect(await page.locator('.data-table th[aria-sort]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds nothing with the township picker and a shortcomings quote list open', async () => {
    await show('#view=shortcomings');
    await page.locator('.chart-card__table button.matrix-mark').first().click();
    await page.locator('.cell-quotes').waitFor();
    await page.locator('.picker > summary').click();
    await page.locator('.picker__panel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('the township picker is a dialog: focus moves in, stays in, Escape closes and returns it', async () => {
    await show('#view=outreach');
    const summary = page.locator('.picker > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await activeInside('.picker'), `after ${i + 1} presses: ${await activeDescription()}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('.picker').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
  });

  it('focus stays on 全选 and 清空 after using them', async () => {
    await show('#view=outreach');
    await page.locator('.picker > summary').click();
    // Opening moves the focus to the filter box (on the details' toggle event, a task later):
    // wait for it, or on a busy machine it lands after the focus put on a button below.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    for (const name of ['清空', '全选']) {
      const button = page.locator('.picker__tools button', { hasText: name });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(name);
      expect(await button.getAttribute('aria-disabled')).toBe('true');
    }
    expect(await page.locator('.picker__summary').textContent()).toContain('全部');
  });

  for (const width of [1440, 768]) {
    it(`the provenance panel is a dialog at ${width} px: focus in, kept, Escape from anywhere, focus back`, async () => {
      await show('#view=outreach', { width, height: 900 });
      const figure = page.locator('.chart-card__table button.figure').first();
      await figure.focus();
      await page.keyboard.press('Enter');
      await page.locator('.provenance').waitFor();
      expect(await activeInside('.provenance')).toBe(true);
      expect(await page.locator('.provenance').getAttribute('role')).toBe('dialog');
      for (let i = 0; i < 25; i += 1) {
        await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
        expect(await activeInside('.provenance'), `after ${i + 1} presses: ${await activeDescription()}`).toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await page.locator('.provenance').count()).toBe(0);
      expect(await figure.evaluate((f) => f === document.activeElement)).toBe(true);

      // Opened by mouse, with the focus then put back on the page: Escape still closes it.
      await figure.click();
      await page.locator('.provenance').waitFor();
      await page.locator('.app-header h1').click();
      await page.keyboard.press('Escape');
      expect(await page.locator('.provenance').count()).toBe(0);
    });
  }

  it('a shortcomings quote list takes the focus when it opens and gives it back when closed', async () => {
    await show('#view=shortcomings');
    const mark = page.locator('.chart-card__table button.matrix-mark').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.locator('.cell-quotes').waitFor();
    expect(await activeInside('.cell-quotes')).toBe(true);
    await page.locator('.cell-quotes__close').click();
    expect(await page.locator('.cell-quotes').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });
});

describe('structure', () => {
  it('has one main landmark and a title per view', async () => {
    const titles = new Set<string>();
    for (const view of VIEWS) {
      await show(`#view=${view.id}`);
      expect(await page.getByRole('main').count(), view.label).toBe(1);
      const title = await page.title();
      expect(title).toContain(view.label);
      titles.add(title);
    }
    expect(titles.size).toBe(VIEWS.length);
  });

  it('reads each chart once: one image with the summary, no second image of its drawn text', async () => {
    await show('#view=disputes');
    const cards = page.locator('figure.chart-card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const snapshot = await cards.nth(i).ariaSnapshot();
      const images = snapshot.split('\n').filter((line) => /^\s*- img\b/.test(line));
      expect(images, snapshot.slice(0, 400)).toHaveLength(1);
    }
  });

  it('draws a focus ring with at least 3:1 contrast against the page', async () => {
    await show('#view=outreach');
    await page.locator('.tabs [role=tab]').first().focus();
    await page.keyboard.press('ArrowRight');
    const colours = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { outline: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle, page: getComputedStyle(document.body).backgroundColor, root: getComputedStyle(document.documentElement).backgroundColor };
    });
    expect(colours.style).toBe('solid');
    expect(parseFloat(colours.width)).toBeGreaterThanOrEqual(2);
    for (const background of ['rgb(255, 255, 255)', colours.root]) {
      expect(contrast(colours.outline, background), `${colours.outline} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('colour vision', () => {
  const DEFICIENCIES = ['none', 'achromatopsia', 'deuteranopia', 'protanopia', 'tritanopia'] as const;

  it('tells 计算值 from 报告所述 in greyscale and with each deficiency', async () => {
    await show('#view=disputes');
    const chart = page.locator('figure[data-chart-id="success-rate"] .echart');
    await chart.scrollIntoViewIfNeeded();
    const swatch = async (label: RegExp) => {
      const box = await chart.locator('svg text').filter({ hasText: label }).first().boundingBox();
      if (!box) throw new Error(`no legend text ${label}`);
      // ECharts draws the legend symbol (25 px wide) 5 px left of its text.
      return { x: Math.round(box.x - 28), y: Math.round(box.y + 2), width: 20, height: Math.max(6, Math.round(box.height - 4)) };
    };
    const computed = await swatch(/^计算值/);
    const reported = await swatch(/^报告所述$/);
    const cdp = await context.newCDPSession(page);
    try {
      for (const type of DEFICIENCIES) {
        await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
        const a = greyStats(await page.screenshot({ clip: computed }));
        const b = greyStats(await page.screenshot({ clip: reported }));
        await page.screenshot({ path: screenshotPath(`vision-${type}-success-rate`), clip: await chart.boundingBox() ?? undefined });
        // Told apart by lightness or by pattern (a textured swatch beside a flat one).
        const apart = Math.abs(a.mean - b.mean) >= 40 || Math.abs(a.spread - b.spread) >= 30;
        expect(apart, `${type}: 计算值 ${JSON.stringify(a)} vs 报告所述 ${JSON.stringify(b)}`).toBe(true);
      }
    } finally {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
      await cdp.detach();
    }
  });
});

/** Mean and standard deviation of the luminance (0–255) of a PNG. */
function greyStats(png: Buffer): { mean: number; spread: number } {
  const image = PNG.sync.read(png);
  const values: number[] = [];
  for (let i = 0; i < image.data.length; i += 4) {
    values.push(0.2126 * image.data[i]! + 0.7152 * image.data[i + 1]! + 0.0722 * image.data[i + 2]!);
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const spread = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
  return { mean: Math.round(mean), spread: Math.round(spread) };
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
